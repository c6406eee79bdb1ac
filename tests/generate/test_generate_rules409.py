"""Rule pass 409, from the first readers of rounds 1791-1798 (chartered companies): "he married
Anne, daughter of Sir William Rawlinson" was asked "did John Aislabie marry Queen Anne, daughter
of Sir William Rawlinson" (round 1794, nonsensical), the text naming Queen Anne too. A given name
described by its kin and a titled man ("daughter of Sir ...") is that woman, not completed with
another's title.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.names import with_document_names


def test_a_given_name_described_by_her_father_is_not_completed() -> None:
    text = ("Ivo Kask (1670-1742) served Queen Vella.\n\nIn 1694 he married Vella, daughter of "
            "Sir Dorn Rawl of Hendon.\n\nQueen Vella made him Treasurer in 1714.")
    question = "In ____ Ivo Kask married Vella, daughter of Sir Dorn Rawl."
    assert with_document_names(question, "1694", text, "Ivo Kask")[0] == question
    assert with_document_names("In ____ Vella made Ivo Kask Treasurer.", "1714", text,  # (guard)
                               "Ivo Kask")[0] == "In ____ Queen Vella made Ivo Kask Treasurer."
