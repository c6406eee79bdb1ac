"""The English month names, and the number of each name and usual abbreviation.

One table for the generator's date grammar, answer checking's date parser and the deck
loader's comma hint, so "Sept" means September everywhere.
"""

from __future__ import annotations

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

# Lower-case full names and abbreviations ("mar", "sept") -> month number (1-12).
MONTH_NUMBERS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}
