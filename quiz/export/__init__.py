"""Progress and deck exports: CSV, JSON, the HTML report, Anki; no Textual here."""
