"""Rule pass 272, from rounds 957-964 (heldout949-956) as their first readers judged them (no
batch has judged it) and the rejects of rounds 156-956:

- "ending more than 360 years of Hermann Neuton Paulsen tenure" (a family's name before its
  noun completed as one man);
- "did Orust Municipality mark its fiftieth anniversary?" (the day an anniversary was marked:
  rounds 156-956 kept 9 of 42 such verdicts);
- "In what year did Blekinge pass to Sweden under the Treaty of Roskilde of 26 February
  1658, a cession confirmed by the Treaty of Copenhagen?" answered 1660 (the date of the
  apposition's participle asked of the clause);
- "A plot of about 4,500 m² round the conservation station owned since ____ by ..." (a list's
  noun phrase and its participle, no sentence).

Every sentence here is invented. Each test fails on the code before, except the guards named
as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["tenure", "ownership"]))
def test_a_family_name_before_its_noun_is_not_completed(noun: str) -> None:
    body = ("Hermann Ivo Dorn bought the Hallig in 1910.\n\nIn 1971 the Hallig was sold to the "
            f"Land of Vell, ending more than 360 years of Dorn {noun}; since 1985 it has lain in "
            "a nature park.\n")
    asked = [q for q in _kept(body, "Lerno Hallig") if noun in q]
    assert asked and all(f"of Dorn {noun}" in q for q in asked), asked


@given(st.sampled_from(["marked its fiftieth anniversary", "celebrated its centenary"]))
def test_the_day_an_anniversary_was_marked_is_left_out(marked: str) -> None:
    body = (f"Lerno Municipality was formed in 1921. On 1 January 2021 Lerno Municipality "
            f"{marked}.\n")
    assert not any("anniversary" in q or "centenary" in q for q in _kept(body)), _kept(body)


def test_a_guard_an_act_on_an_anniversary_stays() -> None:
    body = ("On 3 May 1857, the anniversary of the landing at Dorn, the first stone of Fort "
            "Lerno was laid at Vesk.\n")
    assert any("first stone of Fort Lerno" in q for q in _kept(body)), _kept(body)


@given(st.sampled_from(["a cession confirmed by", "a transfer ratified by"]))
def test_the_date_of_an_apposed_participle_is_not_asked_of_the_clause(apposed: str) -> None:
    text = (f"Dornland passed to Vellia under the Treaty of Lerno of 26 February 1658, {apposed} "
            f"the Treaty of Vesk in 1660.")
    at = text.index("1660")
    assert date_question(text, at, at + 4, "in what year") is None


def test_a_guard_an_apposed_participle_after_the_date_keeps_the_question() -> None:
    text = "On 3 May 1990 Ivo Dorn met Karl Vesk at Lerno, a meeting arranged by the envoy."
    asked = date_question(text, 3, 13, "on what date")
    assert asked == "On what date did Ivo Dorn meet Karl Vesk at Lerno, a meeting arranged by the envoy?"


@given(st.sampled_from(["owned since 1950 by", "held since 1950 by"]))
def test_a_lists_noun_phrase_and_participle_is_no_cloze(participle: str) -> None:
    body = ("- **Administration:** part of no municipality and no district; most of the land "
            "owned by the state of Dornland; a plot of about 4,500 m² round the conservation "
            f"station {participle} the Lerno Society for History and Nature.\n")
    assert not any("A plot of" in q for q in _kept(body)), _kept(body)


def test_a_guard_a_resolution_to_celebrate_stays() -> None:
    body = ("On 3 May 1875 the diet of Vell resolved to celebrate the centenary of the union with "
            "Dornland together with the opening of a university.\n")
    assert any("to celebrate the centenary" in q for q in _kept(body)), _kept(body)


def test_a_guard_a_sentence_opening_before_a_semicolon_is_no_list_part() -> None:
    body = ("A regional public establishment with an indirectly chosen council existed from 1973 "
            "under the law of 5 July 1972; the law of 2 March 1982 made Vell a full local "
            "authority.\n")
    assert any("existed from" in q for q in _kept(body, "Vell Region")), _kept(body, "Vell Region")
