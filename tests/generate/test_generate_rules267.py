"""Rule pass 267, from rounds 925-932 (heldout917-924), after they were judged (no batch has
judged it):

- "On what date in 1561 did Mary of Guise land at Leith?" (a given name completed as the one
  "Mary of ..." the document names, though it also names "Mary, Queen of Scots").

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import with_document_names


@given(st.sampled_from([("Vella", "Queen of Kell"), ("Ivo", "Duke of Lerno")]))
def test_a_given_name_of_two_titled_people_is_not_completed(person: tuple[str, str]) -> None:
    name, title = person
    text = (f"# Vell Island\n\n{name} of Dornia fortified the island in 1549. {name} of Dornia "
            f"died in June 1560. {name}, {title}, landed at Leith on 19 August 1561.\n")
    question, why = with_document_names(f"On what date in 1561 did {name} land at Leith?",
                                        "19 August", text)
    assert why and f"{name} of Dornia" not in question, question


def test_a_guard_a_given_name_of_one_titled_person_is_completed() -> None:
    text = "# Vell Island\n\nVella of Dornia fortified the island in 1549. Vella died in 1560.\n"
    question, why = with_document_names("In what year did Vella die?", "1560", text)
    assert not why and "Vella of Dornia die" in question, question
