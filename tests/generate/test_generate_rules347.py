"""Rule pass 347, from the judged sets' comparison after pass 346 (no new readers): pass 346's
reading of a family name first with two given names ("Lee Kuan Yew") had taken "Robert Louis
Stevenson" for a "Robert" named family first, and written the writer for the engineer "Robert
Stevenson" (heldout917); and a name with its family names first named more or less fully
("Macías Nguema", "Macías Nguema Biyogo") had become two people, leaving a bare "Macías"
(heldout308).

Every sentence here is invented. Each test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Ivo", "Karl", "Anton"]))
def test_a_given_name_first_whose_family_name_stands_elsewhere_is_not_family_first(
        given_name: str) -> None:
    from quiz.generate.names import document_full_names
    text = (f"Kask Light\n\n{given_name} Tamm built the light. {given_name} Tamm married in 1799. "
            f"His grandson, the writer {given_name} Louis Tamm, visited it.\n")
    assert document_full_names(given_name, text) == {f"{given_name} Tamm"}


@given(st.sampled_from([("Macías", "Nguema", "Biyogo"), ("Vell", "Kask", "Dorn")]))
def test_one_name_more_or_less_fully_is_one_person(names: tuple[str, str, str]) -> None:
    from quiz.generate.names import _one_person
    first, second, third = names
    found = frozenset({f"{first} {second}", f"{first} {second} {third}"})
    assert _one_person(found) == {f"{first} {second}"}


def test_a_guard_two_family_first_names_stay_two() -> None:
    from quiz.generate.names import _one_person
    found = frozenset({"Lee Kuan Yew", "Lee Boon Yang"})
    assert _one_person(found) == found
