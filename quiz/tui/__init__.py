"""The Textual study app. Thin: every rule it shows lives in the core."""
