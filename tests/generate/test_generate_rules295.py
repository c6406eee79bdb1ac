"""Rule pass 295, from rounds 1117-1124 (heldout1109-1116) as their first readers judged them,
and from pass 294's comparison on the judged sets:

- "Tadamichi Kuribayashi: On what date did the Americans land?" (in a life, whose label is a
  person, an arrival at no place: rounds 156-1124 kept 0 of 10 such verdicts);
- "On what date did Arai Hakuseki die in Edo (the nineteenth day of the fifth month of Kyōhō
  10)?" (the day in another calendar gives the answer away);
- "did the cabinet of Prime Minister Itō Hirobumi approve the request?", "notify the United
  States of the approval" (an unnamed request, approval or transfer);
- "did South Korean guard fire on prisoners" (of "South Korean guards fire": a compass word
  and a nation's adjective before the plural noun, read as its verb);
- "What position did Yokomichi Takahiro hold in February 2023?" (of "Yokomichi Takahiro, governor
  of Hokkaido at the time of the disaster, dies": an office of another time, dated by the
  clause's);
- "In what year did the Japanese interest follow the annexation of the Bonin Islands?" (the
  year was the annexation's: rounds 156-1124 kept 2 of 12 such "did ... follow the ..."
  verdicts);
- "The allied on what date did British, French and Russian fleets destroy" (pass 294 gave a list's
  first adjective back to it, but left its "the allied" behind);
- "Mercy" alone "may be any of Count Mercy, Mercy" (pass 294 called the biography's peer by
  the title's name, which the text also writes with the rank: one man).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import _candidates
from test_generate_rules294 import _faults

from quiz.generate.definites import resolve_definites
from quiz.generate.documents import Document
from quiz.generate.peerage import without_peerage
from quiz.generate.pipeline import prepare
from quiz.generate.questions import BLANK


def _life_questions(body: str, title: str) -> list[str]:
    doc = Document(Path("life.txt"), f"{title}\n\n{body}\n", title, None)
    return [c.question for c in prepare(doc).candidates]


@given(st.sampled_from([("The Vellish marines landed", "land?"),
                        ("The Kaskan envoys arrived", "arrive?")]))
def test_in_a_life_an_arrival_at_no_place_is_left_out(arrival: tuple[str, str]) -> None:
    told, asked_verb = arrival
    body = ("Ivo Dorn was born in Kask on 3 March 1890. Dorn served in the army, and he "
            "commanded the garrison of Lerno from 1940. He wrote many letters to his wife.\n\n"
            f"{told} on 19 February 1945.\n\nDorn died on 26 March 1945; he was buried at Kask.")
    asked = _life_questions(body, "Ivo Dorn (1890–1945)")
    assert asked and not any(q.endswith(asked_verb) for q in asked), asked


@given(st.sampled_from(["On what date did Ivo Dorn die in Kask (the nineteenth day of the fifth "
                        "month of Kyōhō 10)?",
                        "Ivo Dorn died in Kask on the ninth day of the seventh month of Keiō 4, "
                        "____, before the city was renamed."]))
def test_the_day_in_another_calendar_gives_the_answer_away(question: str) -> None:
    found = _faults(question, "29 June 1725")
    assert any(f.startswith("obvious") and "another calendar" in f for f in found), found


def test_a_guard_a_month_of_another_year_is_no_fault() -> None:
    found = _faults("The chronicle, compiled in ____, says that in the sixth month of 512 Vell "
                    "submitted to Kask.", "1145")
    assert not any("another calendar" in f for f in found), found


@given(st.sampled_from([
    ("request", "the cabinet approved the request.", "did the cabinet approve the request?"),
    ("approval", "Vell notified Kask of the approval.", "did Vell notify Kask of the approval?"),
    ("transfer", "the council completed the transfer.", "did the council complete the "
     "transfer?")]))
def test_an_unnamed_request_or_approval_is_named_in_another_sentence(
        case: tuple[str, str, str]) -> None:
    noun, clause, asked = case
    text = f"# Vell Island\n\nIn 1595 the Brisa {noun} was first heard of.\n\nIn 1596 {clause}\n"
    _, why = resolve_definites(f"Vell Island: In what year {asked}", "1596", text,
                               f"In 1596 {clause}", "Vell Island", labelled=True)
    assert why, why


def _timeline_questions(entries: str, year: int = 1952) -> list[str]:
    text = f"# Vell: a timeline\n\n## {year}\n\n{entries}\n"
    doc = Document(Path("vell-timeline.md"), text, "Vell: a timeline", None)
    return [c.question for c in prepare(doc).candidates]


@given(st.sampled_from([("South Korean guards fire on prisoners in Compound 9, killing twelve.",
                         "guards fire"),
                        ("North Vietnamese gunners fire on the ships off Lerno, sinking two.",
                         "gunners fire")]))
def test_a_compass_word_and_a_nations_adjective_describe_the_plural_noun(
        entry: tuple[str, str]) -> None:
    told, kept = entry
    asked = _timeline_questions(f"- 13 March: {told}\n- 2 May: the Kask mine closes for good.")
    dated = [q for q in asked if "Compound" in q or "Lerno" in q]
    assert dated and all(kept in q for q in dated), asked


def test_the_peers_titled_name_is_the_peer_himself() -> None:
    found = frozenset({"Count Mercy", "Mercy", "Comte de Mercy", "Anna Mercy"})
    assert without_peerage("Mercy", found) == frozenset({"Mercy", "Anna Mercy"})


@given(st.sampled_from(["at the time of the flood", "at that time"]))
def test_an_office_of_another_time_is_not_dated_by_the_clause(when: str) -> None:
    """"Yokomichi Takahiro, governor of Hokkaido at the time of the disaster, dies" was asked
    "What position did Yokomichi Takahiro hold in February 2023?" (round 1121): he died then,
    long out of office."""
    asked = _timeline_questions(f"- 2 February 1952: Ivo Dorn, governor of Kask {when}, dies "
                                "aged 82.")
    assert not any("hold in" in q and "Ivo Dorn" in q for q in asked), asked


def test_a_guard_an_office_held_at_the_clauses_time_is_dated() -> None:
    asked = _timeline_questions("- 2 February 1952: Ivo Dorn, governor of Kask, dies aged 82.")
    assert any("hold in February 1952" in q for q in asked), asked


@given(st.sampled_from(["In what year did the Vellish interest follow the annexation of Kask?",
                        "On what date did a second mobilisation follow the offensive in the "
                        "west?"]))
def test_what_followed_an_event_is_asked_of_neither(question: str) -> None:
    found = _faults(question, "1876")
    assert any(f.startswith("nonsensical") and "followed" in f for f in found), found


def test_a_list_of_adjectives_opened_after_its_determiner_stays_whole() -> None:
    """"when the allied British, French and Russian fleets destroyed" was asked "The allied on
    what date did British, French and Russian fleets destroy" (pass 294 on heldout-set
    biographies): the noun phrase goes back whole, its "the allied" with it."""
    text = ("The battle of Lerno came on 20 October 1827, when the allied Vellish, "
            "Kaskan and Brisan fleets destroyed the Ostrian squadrons.")  # (pass 403: after a
    # main clause of its own, "Ivo Dorn fought at the battle of Lerno on ...", the "when"
    # clause is no more asked alone)
    cands, _ = _candidates([text])
    asked = [c.question for c in cands if c.answer == "20 October 1827" and BLANK not in c.question]
    assert asked and all("the allied Vellish, Kaskan and Brisan fleets" in q for q in asked), asked
