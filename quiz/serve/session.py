"""One served session: the study app for one browser, started by the server per websocket.

    python -m quiz.serve.session --decks DIR --db FILE [--student NAME | --notice TEXT]

textual-serve sets `TEXTUAL_DRIVER` so the app talks to the server over its pipes instead of a
terminal. Without `--student` the first screen asks who studies, under `--notice` (why the name
in the address was refused) when given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quiz.tui import make_app


def main(argv: list[str] | None = None) -> int:
    """Run the app for one browser session; its exit status."""
    parser = argparse.ArgumentParser(prog="quiz.serve.session")
    parser.add_argument("--decks", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--student", default=None)
    parser.add_argument("--notice", default=None)
    args = parser.parse_args(argv)
    app = make_app(args.decks, args.db, args.student, ask_student=args.student is None,
                   student_notice=args.notice)
    app.run()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())
