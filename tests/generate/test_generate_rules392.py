"""Rule pass 392, from rounds 1711-1718's readers (heldout1701-1708, scientific institutions):

- "the Office" of a history of the United States Patent Office, which also names the General
  Post Office, was left bare ("appeals from the Office", round 1717; readers faulted it as
  unresolved every time): of several bodies of one kind named in earlier paragraphs, the one
  the document's title names is meant.
- "on French territory" was written "on Bruce French territory" (round 1714), the biography
  naming the physicist J. Bruce French: a nation's adjective before its noun is no one's
  family name.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.bodies import name_bodies
from quiz.generate.names import with_document_names

_TEXT = ("Kask Patent Office\n\nThe Kask Patent Office was opened in 1790. The General Post "
         "Office shared its building.\n\nIn 1929 the Court of Appeals took over appeals from "
         "the Office.\n")
_QUOTE = "In 1929 the Court of Appeals took over appeals from the Office."


def test_of_several_offices_the_title_s_is_meant() -> None:
    question = "In ____ the Court of Appeals took over appeals from the Office."
    assert name_bodies(question, "1929", _TEXT, _QUOTE, title="Kask Patent Office") == (
        "In ____ the Court of Appeals took over appeals from the Kask Patent Office.")


def test_guard_with_no_title_naming_one_several_offices_stay_unresolved() -> None:
    question = "In ____ the Court of Appeals took over appeals from the Office."
    assert name_bodies(question, "1929", _TEXT, _QUOTE) == question


def test_a_nation_s_adjective_before_its_noun_is_no_surname() -> None:
    text = ("Ivo Tamm\n\nIvo Tamm worked with the physicist J. Orrin French at Kask. In 1965 "
            "Vell signed an agreement on the laboratory's status on French territory.\n")
    question = ("On what date did Vell sign an agreement on the laboratory's status on French "
                "territory?")
    assert with_document_names(question, "13 September 1965", text)[0] == question


def test_guard_the_surname_alone_is_still_written_in_full() -> None:
    text = ("Ivo Tamm\n\nIvo Tamm worked with the physicist J. Orrin French at Kask. In 1950 "
            "French resigned.\n")
    assert with_document_names("In what year did French resign?", "1950", text)[0] == (
        "In what year did Orrin French resign?")
