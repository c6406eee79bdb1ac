"""The student a served page asked for, carried from the page's address to its app process.

The page `/?student=NAME` opens a websocket at `/ws/<NAME in URL-safe base64>` (textual-serve's
page script appends `?width=..&height=..` to the websocket address, so the name cannot ride in
its query string). The server decodes it and checks it with the core's rule: a good name is
studied at once, a bad one (or one that cannot be read) gives the student prompt with the reason.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from quiz.core.students import student_name_problem


@dataclass(frozen=True)
class RequestedStudent:
    """Who a session studies as: `name` when the address gave a good one; else `notice` says
    why the address's name was refused (both None: the address named nobody)."""

    name: str | None = None
    notice: str | None = None


def encode_student(name: str) -> str:
    """`name` as one path segment: URL-safe base64 of its UTF-8, without padding."""
    raw = name.encode("utf-8", "surrogatepass")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_student(segment: str | None) -> RequestedStudent:
    """The student a websocket path segment names (None: no segment, the page asks)."""
    if segment is None:
        return RequestedStudent()
    try:
        padded = segment + "=" * (-len(segment) % 4)
        name = base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8").strip()
    except (ValueError, binascii.Error, UnicodeError):
        return RequestedStudent(notice="The student name in the address could not be read.")
    problem = student_name_problem(name)
    if problem is not None:
        return RequestedStudent(notice=f"The name in the address cannot be used: {problem}.")
    return RequestedStudent(name=name)
