"""A DataTable of rows: Home and End move the cursor to the first and last row.

Textual's DataTable gives Home and End to the columns (ctrl+Home and ctrl+End to the rows); in a
table with a row cursor, as home and browse have, the student expects the rows.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import DataTable


class RowTable(DataTable[Any]):
    """A DataTable whose Home / End go to the first / last row."""

    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]
