"""The app's screens: home, study, summary, stats, browse, card, help."""
