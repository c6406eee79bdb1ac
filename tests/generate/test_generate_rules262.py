"""Rule pass 262, from rounds 885-892 (heldout877-884):

- "In what year did Philip Simonsson leave no heir, and with Bishop Nikolas's consent the
  Bagler came to terms with King Håkon ...?" (a second clause after a phrase opened by "with");
- "did King Oscar II arrive in the royal yacht Drott, anchors off Norderhamn?" (a timeline's
  next act after a comma, before "off");
- "When local self-government was introduced on ____ Frøya formed part of Hitra municipality."
  (the comma after an opening clause, left out by the source, read as the blank running into
  the name).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.coordination import second_clause
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["with Bishop Ivo's consent", "under the regent's pressure",
                        "despite the bishop's doubts"]))
def test_a_clause_after_a_phrase_of_with_or_under_is_a_second_clause(phrase: str) -> None:
    assert second_clause(f"left no heir, and {phrase} the Bagler came to terms with King Karl")


def test_a_guard_with_and_a_name_that_is_no_clause_stays() -> None:
    assert second_clause("signed treaties with France, and with Sweden in 1720") is None


@given(st.sampled_from(["anchors off Lerno", "lands at Kellvik", "moors near the pier"]))
def test_a_timelines_next_act_before_a_place_is_no_part_of_the_question(act: str) -> None:
    body = (f"## 1890\n\n- 13 August: King Karl II arrives in the royal yacht Dorn, {act} and "
            f"takes part in a hare hunt organised by the company's board.\n")
    asked = [q for q in _kept(body, "Vell Islands") if "arrive" in q]
    assert asked and not [q for q in asked if f", {act.split()[0]} " in q], asked


@given(st.sampled_from([("Ivo Holm", "came home"), ("Kell", "formed part of Vell municipality")]))
def test_an_opening_clause_ending_on_the_blank_gets_its_comma(main: tuple[str, str]) -> None:
    who, did = main
    body = (f"When the war between Vell and Ostria broke out in 1675 {who} {did} and was "
            f"commissioned as an officer in the Vell Life Regiment.")
    asked = [q for q in _kept(body, "Lerno") if "broke out" in q]
    assert asked and all(f"____, {who} " in q for q in asked), asked


def test_a_guard_an_opening_clause_with_its_comma_is_unchanged() -> None:
    body = ("When the war between Vell and Ostria broke out in 1675, Ivo Holm came home and was "
            "commissioned as an officer in the Vell Life Regiment.")
    assert [q for q in _kept(body, "Lerno") if "____, Ivo Holm came" in q]


def test_a_guard_with_a_partner_named_is_no_second_clause() -> None:
    assert second_clause("founded the party in 1938, and with Governor Ivo Dorn, appointed in "
                         "1941, carried through land reform") is None
