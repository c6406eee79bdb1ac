"""Turn a progress document into the text of the chosen format, and save exports to files.

One entry point per command keeps the CLI thin: `progress_text` renders, `save_export` writes
(CSV files get a BOM for Excel; see quiz.export.csvout).
"""

from __future__ import annotations

import json
from pathlib import Path

from quiz.core.files import write_atomic
from quiz.errors import QuizError
from quiz.export.csvout import progress_csv, write_csv_file
from quiz.export.documents import ProgressDoc

PROGRESS_FORMATS = ("csv", "json", "html")


def progress_text(doc: ProgressDoc, fmt: str) -> str:
    """The document as CSV, JSON (indented, UTF-8 kept readable) or the HTML report."""
    if fmt == "csv":
        return progress_csv(doc)
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from quiz.export.html_report import render_progress_html

        return render_progress_html(doc)
    raise QuizError(f"unknown format {fmt!r}; use one of {', '.join(PROGRESS_FORMATS)}")


def save_export(text: str, fmt: str, path: Path) -> None:
    """Write export text to `path` atomically; CSV as UTF-8 with a BOM, the rest plain UTF-8."""
    try:
        if fmt == "csv":
            write_csv_file(path, text)
        else:
            write_atomic(Path(path), text)
    except OSError as exc:
        raise QuizError(f"cannot write {path}: {exc.strerror or exc}") from None
