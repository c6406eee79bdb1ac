"""Rule pass 258, from rounds 861-868 (heldout853-860):

- "placed four of them, Hanikatsi, Vareslaid, Kõrgelaid and Kõverlaid, under protection"
  ("them": the islets of another sentence; the names that follow say which);
- "A Muhu family farmed the north end from ____; registered population of more than five by
  2025." (a fact sheet's next note, with no subject, glued to the cloze);
- "was the region of Eastern Uusimaa merged into the region of Uusimaa?" 1 January, against
  "26 January | 27 January | 28 January" (a unit of government made or ended on a first of the
  month, its options not);
- "the Council of Europe awarded the park its European Diploma" ("the park" left unnamed: a
  second object after it hid that the noun ended the phrase).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_distractors import _year_choices

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["four", "three", "several"]),
       st.sampled_from([("Hanik", "Varr", "Kõrg"), ("Ostra Holm", "Lerno", "Vesta Skär")]))
def test_a_count_of_them_followed_by_their_names_keeps_only_the_names(
        count: str, names: tuple[str, str, str]) -> None:
    listed = f"{names[0]}, {names[1]} and {names[2]}"
    body = (f"On 28 May 1958 the executive committee of the Vell District Soviet placed {count} "
            f"of them, {listed}, under protection.")
    asked = [q for q in _kept(body) if "1958" not in q]
    assert asked and all(f"placed {listed} under protection" in q for q in asked), asked


def test_a_guard_them_with_no_names_after_it_is_left_to_the_other_rules() -> None:
    body = ("On 28 May 1958 the executive committee of the Vell District Soviet placed four of "
            "them under protection.")
    assert not [q for q in _kept(body) if "placed " in q and " of them" not in q]


@given(st.sampled_from(["registered population of more than five by 2025",
                        "confirmed in office in 1952", "deposed by the regent in 1950"]))
def test_a_cloze_drops_a_subjectless_note_after_a_semicolon(note: str) -> None:
    body = (f"- **Settlement:** inhabited from at least 1564 until 1973; a Muhu family farmed the "
            f"north end of Vell from 1934 to 1941; {note}.")
    asked = [q for q in _kept(body) if "farmed" in q]
    assert asked and not [q for q in asked if note in q], asked


def test_a_guard_a_clause_with_its_subject_after_a_semicolon_stays() -> None:
    body = ("In 1934 a Muhu family settled on the north end of Vell; the family farmed the island "
            "until the war came.")
    asked = [q for q in _kept(body) if "settled" in q]
    assert not asked or all("the family farmed" in q for q in asked if q.count(";")), asked


def _options(corpus: list[str], answer: str) -> tuple[str, ...]:
    return _year_choices(corpus, answer, "On what")


@given(st.sampled_from(["was merged into the region of Vell", "was abolished",
                        "ceased to exist", "came into being"]))
def test_a_unit_made_or_ended_on_a_first_of_the_month_gets_firsts_as_options(act: str) -> None:
    corpus = [f"The region of Eastern Vell {act} on 1 January 2011.",
              "The Lerno ferry began daily trips on 26 January 2011.",
              "The Vesta mill burned on 27 January 2011.",
              "The Ostra school opened on 28 January 2011."]
    options = _options(corpus, "1 January 2011")
    assert len(options) == 3 and all(o.startswith("1 ") for o in options), options


def test_a_guard_an_event_on_a_first_of_the_month_keeps_other_days() -> None:
    corpus = ["The Vell fleet reached Lerno on 1 January 2011.",
              "The Lerno ferry began daily trips on 26 January 2011.",
              "The Vesta mill burned on 27 January 2011.",
              "The Ostra school opened on 28 January 2011."]
    options = _options(corpus, "1 January 2011")
    assert len(options) == 3 and not all(o.startswith("1 ") for o in options), options


@given(st.sampled_from(["its European Diploma", "their first charter"]))
def test_a_the_noun_before_a_second_object_is_named_or_left_out(second: str) -> None:
    body = ("The Vell Archipelago National Park was established by an act of 26 May 1989 and "
            f"covers the outer islands. In June 1996 the Council of Europe awarded the park {second}.")
    asked = [q for q in _kept(body, "Vell") if "awarded" in q]
    assert not [q for q in asked if "the park " in q], asked
