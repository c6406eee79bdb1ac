"""The HTML reports' templates: Jinja2 with autoescaping, one self-contained printable page.

No scripts, fonts, images or links to fetch: the file opens the same offline, mailed or
printed (the shell and its CSS are templates/page.html.j2 and report.css). Every value from a
deck, a student or an export reaches the page through a template with autoescaping on, and
the SVG charts are built with markupsafe (quiz.export.svg), so a question such as `<script>`
is shown, never run, and no code has to remember to escape anything.
"""

from __future__ import annotations

import functools
from typing import Any

import jinja2

from quiz.export.labels import source_file_label, when
from quiz.export.stats import percent


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("quiz.export", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,  # a misspelt name fails, never renders as nothing
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["percent"] = percent
    env.filters["source_file"] = source_file_label
    env.filters["when"] = when
    return env


def render(template: str, **context: Any) -> str:
    """The text of `template` (a file in quiz/export/templates) filled with `context`."""
    return _environment().get_template(template).render(**context)
