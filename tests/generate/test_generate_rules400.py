"""Rule pass 400, from rounds 1727-1734's readers (heldout1724, the Peace Corps): "30 April:
Vaughn leaves office" was asked "did Hood Vaughn leave office?" (round 1734 faulted the garbled
name), the document naming "Jack Hood Vaughn": "Jack", a word of the language too, had been
read as a title before the name and dropped. A few given names that are also words ("Jack",
"Bill", "Frank", "Grace") open a full name of three words; a title still does not ("General
Emiliano Chamorro").

Every name here but the given names is invented. The test fails on the code before, but the
guard, named as such.
"""

from __future__ import annotations

from quiz.generate.names import document_full_names

_TEXT = ("Kask Corps\n\nOn 1 March 1966 Jack Orrin Vell became the second Director. Vell left "
         "office in 1969. General Ivo Tamm ruled Dorn.\n")


def test_a_given_name_that_is_a_word_opens_the_full_name() -> None:
    assert document_full_names("Vell", _TEXT) == frozenset({"Jack Orrin Vell"})


def test_guard_a_title_before_the_name_is_still_no_name() -> None:
    assert document_full_names("Tamm", _TEXT) == frozenset({"Ivo Tamm"})
