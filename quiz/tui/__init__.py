"""The Textual study app. Thin: every rule it shows lives in the core.

Importing this package imports Textual; the CLI does so only when the app is opened.
"""

from quiz.tui.app import QuizApp, make_app

__all__ = ["QuizApp", "make_app"]
