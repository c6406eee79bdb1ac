"""Rule pass 263, from rounds 901-908 (heldout893-900), after they were judged (no batch has
judged it):

- "did the corporation of County Galway petition the Queen" (the town of "the corporation of
  Galway" written with the county's name, as if completing a person's);
- "On what date in 1603 did Queen Elizabeth I die six days earlier?" (a time counted from a
  date the question does not give; the year asked in is none).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Ivo Dorn") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from([("County", "Kellway"), ("Lough", "Vellmore"), ("Fort", "Dornan")]))
def test_a_towns_name_is_not_completed_as_the_places_longer_name(place: tuple[str, str]) -> None:
    head, name = place
    body = (f"{head} {name} lies in the west. When the terms became known, the corporation of "
            f"{name} petitioned the Queen in March 1588 on behalf of Ivo Dorn.")
    asked = [q for q in _kept(body) if "petition" in q]
    assert asked and not [q for q in asked if f"{head} {name}" in q], asked


def test_a_guard_a_persons_one_word_name_is_still_completed() -> None:
    body = ("Karl Vesterholm was the governor of the town. In March 1588 Vesterholm petitioned "
            "the Queen on behalf of the corporation of Lerno.")
    asked = [q for q in _kept(body, "Lerno") if "petition" in q]
    assert asked and all("Karl Vesterholm" in q for q in asked), asked


@given(st.sampled_from(["six days earlier", "two weeks later"]))
def test_a_time_counted_from_no_given_date_is_no_question(counted: str) -> None:
    body = (f"## 1603\n\n- 30 March: Ivo Dorn submits to Lord Kell at Lerno, ending the war. "
            f"Queen Vella I had died {counted}, on 24 March, a fact Kell keeps from him.\n")
    assert not [q for q in _kept(body, "Vell Island") if counted in q]
