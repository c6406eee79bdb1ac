"""Rule pass 252, from rounds 821-828 (heldout813-820):

- "did Estonia grant the Soviet Union based on Saaremaa" (the thing given read as a verb);
- "By the London Protocol, Britain, on what date did France and Russia declare ..." (a list of
  names after an opening phrase not read as the subject);
- "did Tartu fall ..., and by the Treaty of Nystad Sweden ceded Livonia", "did the Danish army
  defeat the Swedes ... and in the winter of 1567–1568 carried fire" (a second clause glued on);
- "Treaty of London's" offered as an option; "Treaty of Stolbovo" offered where the question
  names the frontier of Stolbovo; "8 May 1945" alone in its year among three days of 1944;
- "Metropolitan of Nizhny Novgorod" for the source's "Metropolitan of Novgorod";
- "again met a British force, the time Admiral ...'s Force H" (the source's "this time").

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.names import with_full_names
from quiz.generate.pipeline import generate_decks, prepare
from quiz.generate.sentences import split_sentences
from quiz.generate.tense import entry_in_the_past

_FILE_SETTINGS = settings(max_examples=4, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])


def _asked(text: str, date: str, wh: str = "On what date") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def _cards(tmp: Path, name: str, text: str) -> list[dict[str, Any]]:
    """The cards `quiz generate` makes from the one document NAME holding TEXT."""
    doc = tmp / name
    doc.write_text(text, encoding="utf-8")
    generate_decks([doc], tmp / "out", jobs=1)
    return [card for deck in (tmp / "out").glob("*.yaml")
            for card in yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"]]


@given(st.sampled_from([("grants", "granted"), ("offers", "offered"), ("gives", "gave")]),
       st.sampled_from(["bases", "ports", "harbours"]))
def test_what_is_given_after_whom_it_is_given_to_is_no_verb(verbs: tuple[str, str],
                                                            noun: str) -> None:
    present, past = verbs
    entry = f"Under the Vell Pact, Ostria {present} the Kell Union {noun} on Dask and at Mora."
    assert entry_in_the_past(entry) == (
        f"Under the Vell Pact, Ostria {past} the Kell Union {noun} on Dask and at Mora.")


def test_a_guard_a_later_clauses_verb_still_goes_into_the_past() -> None:
    assert entry_in_the_past("Ostria grants the Kell Union access and Dask protests.") == (
        "Ostria granted the Kell Union access and Dask protested.")


@given(st.sampled_from(["By", "Under", "In"]),
       st.sampled_from([("declare", "declared"), ("recognise", "recognised")]),
       st.sampled_from(["Ostria, Dask and Kellia", "Ostria and Kellia"]))
def test_names_after_an_opening_phrase_are_the_subject(opening: str, verbs: tuple[str, str],
                                                       names: str) -> None:
    present, past = verbs
    entry = f"{opening} the Vell Protocol, {names} {present} Mora an independent state."
    assert entry_in_the_past(entry) == (
        f"{opening} the Vell Protocol, {names} {past} Mora an independent state.")


@given(st.sampled_from(["signed on 30 August 1721", "concluded at Dorn", "ratified in 1722"]))
def test_a_second_clause_after_a_bracketed_phrase_is_cut(bracket: str) -> None:
    text = (f"Kell fell to the army of Dask I in July 1704, and by the Treaty of Vell ({bracket}) "
            f"Ostria ceded Mora to Dask.")
    assert _asked(text, "July 1704", "In what month and year") == (
        "In what month and year did Kell fall to the army of Dask I?")


@given(st.sampled_from(["in the winter of 1567–1568", "in March 1568", "in 1568"]),
       st.sampled_from(["carried", "raided", "burned"]))
def test_a_second_verb_after_a_dated_phrase_is_cut(phrase: str, verb: str) -> None:
    text = (f"The Vell army under Ivo Rand defeated the Kellians at Dorn on 20 October 1565 and "
            f"{phrase} {verb} deep into Mora.")
    assert _asked(text, "20 October 1565") == (
        "On what date did the Vell army under Ivo Rand defeat the Kellians at Dorn?")


@given(st.sampled_from(["Treaty of Vell", "Convention of Dorn", "Treaty of Kell"]))
def test_an_agreements_possessive_is_no_part_of_its_name(name: str) -> None:
    sentence = split_sentences(
        f"Under the Armistice of Mora of 3 November 1918, whose line repeated the {name}'s list "
        f"of islands, Dask was occupied.")[0]
    names = [fact.answer for fact in find_agreements(sentence)]
    assert name in names and f"{name}'s" not in names


@given(st.sampled_from(["Metropolitan", "Archbishop", "Bishop"]))
def test_a_see_after_a_title_is_not_written_as_a_person(title: str) -> None:
    question = f"In what month and year was Ivo consecrated {title} of Novgorod?"
    assert with_full_names(question, "March 1649", {"Novgorod": "Nizhny Novgorod"}) == question


def test_a_guard_a_bare_surname_still_gets_its_full_name() -> None:
    assert with_full_names("On what date did Holm sign the treaty?", "3 May 1901",
                           {"Holm": "Ivo Holm"}) == "On what date did Ivo Holm sign the treaty?"


@_FILE_SETTINGS
@given(st.sampled_from(["this time", "this day"]))
def test_this_time_is_kept(tmp_path: Path, words: str) -> None:
    text = (f"Ivo Holm\n\nIvo Holm was a Vell admiral. On 27 November 1940 Holm again met a "
            f"Kell force, {words} Admiral Ivo Rand's Force H, off Cape Dorn.\n")
    folder = tmp_path / words.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    questions = [card["question"] for card in _cards(folder, "holm-biography.txt", text)]
    asked = [q for q in questions if "Force H" in q]
    assert asked and all(words in q for q in asked), questions


def _treaty_choices(tmp: Path, named: str) -> list[str]:
    text = (f"# Dask\n\nDask lay on the frontier. The Treaty of {named} of 1617 closed Kell's "
            f"access to the sea. The Treaty of Mora of 1920 ended the war. The Treaty of Dorn of "
            f"1721 gave Vell to Kell. The Treaty of Lund of 1700 was short-lived.\n\n"
            f"The Treaty of Kardis restored the frontier of {named} in full.\n")
    for card in _cards(tmp, "dask-encyclopedia.txt", text):
        if card["answer"] == "Treaty of Kardis":
            return list(card.get("choices") or [])
    raise AssertionError("no card asks for the Treaty of Kardis")


@_FILE_SETTINGS
@given(st.sampled_from(["Stolbovo", "Velkoye", "Narvik"]))
def test_a_treaty_the_question_names_by_its_place_is_no_option(tmp_path: Path,
                                                                named: str) -> None:
    folder = tmp_path / named
    folder.mkdir(exist_ok=True)
    choices = _treaty_choices(folder, named)
    assert choices and f"Treaty of {named}" not in choices


def _capitulation_choices(tmp: Path, day: int) -> list[str]:
    text = ("# Vell timeline\n\n## 1944\n\n"
            "- 17 May 1944: German aircraft bomb the harbour of Vell.\n"
            "- 24 May 1944: German troops seize the lighthouse.\n"
            "- 8 July 1944: The German garrison is reinforced.\n\n"
            f"## 1945\n\n- {day} May 1945: The German forces in Vell capitulate.\n")
    for card in _cards(tmp, "vell-timeline.md", text):
        if "capitulate" in card["question"]:
            return list(card.get("choices") or [])
    raise AssertionError("no card asks when the forces capitulated")


@_FILE_SETTINGS
@given(st.sampled_from([8, 9, 10]))
def test_the_answer_is_not_alone_in_its_year(tmp_path: Path, day: int) -> None:
    folder = tmp_path / str(day)
    folder.mkdir(exist_ok=True)
    choices = _capitulation_choices(folder, day)
    assert len(choices) == 3 and any(choice.endswith("1945") for choice in choices), choices


@_FILE_SETTINGS
@given(st.sampled_from(["Suleiman I", "Christian IV", "Selim II"]))
def test_a_rulers_his_is_his_own_in_a_biography(tmp_path: Path, ruler: str) -> None:
    text = (f"Ivo Holm\n\nIvo Holm was Grand Master of the Order of Vell from 1521. {ruler} had "
            f"succeeded his father on 30 September 1520 and took Kell in August 1521. Holm died "
            f"on 21 August 1534.\n")
    folder = tmp_path / ruler.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    asked = [card["question"] for card in _cards(folder, "holm-biography.txt", text)
             if card["answer"] == "30 September 1520"]
    assert asked and all("Holm's father" not in q and "his father" in q for q in asked), asked


@given(st.sampled_from(["at this time", "by this time", "at this point"]))
def test_a_time_the_sentence_before_gives_is_left_out(words: str) -> None:
    body = f"On 12 July 1944 the Vell army under General Ivo Rand {words} held all of Dask."
    doc = Document(Path("doc.md"), f"# Dask\n\n{body}\n", "Dask", None)
    asked = [c.question for c in prepare(doc).candidates]
    assert not [q for q in asked if "all of Dask" in q], asked
