"""What a deck's values must look like, shared by the checked reading (quiz.deck.loader, which
says what is wrong and where) and the quick one (quiz.deck.quick, which only tells a clean deck
from one to check)."""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
MAX_LINE_DIGITS = 9  # a source line up to 999,999,999; SQLite and int() stay far from limits
DIGITS = re.compile("[0-9]+")  # ASCII digits only: '²' and '٣' are digits to str.isdigit()
GROUP_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")
BOOLEANS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
            "FALSE": False}
