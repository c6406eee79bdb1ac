"""Rule pass 185, from rounds 401-408: a one-word place is no one's short name ("Burhanpur" is
not "Mughal Burhanpur", a section's heading; "Mandal" is not "the Praja Mandal", a body;
"Mewar", the state a history is about, is not "Vishvaraj Singh Mewar"); "the Company" of a life
that names two companies stays as written; "the country" of a region's history is no country
named for it; "and paramountcy lapses" is a second clause, cut; "and later sat" after "did" is
"and later sit"; "The ____, took effect" loses the comma of the year its blank took; "Jaipur's
is signed" has lost its noun. Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate import generate_decks
from quiz.generate.bodies import name_bodies
from quiz.generate.clauses import invert
from quiz.generate.documents import Document
from quiz.generate.facts import DATE, Fact
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.quality import faults
from quiz.generate.questions import cloze
from quiz.generate.sentences import Sentence

_TOWNS = st.sampled_from(["Dorsk", "Vellan", "Zarpur", "Kellgarh"])


@given(_TOWNS)
def test_a_heading_is_no_full_name(town: str) -> None:
    text = (f"Vellmark\n\nThe old capital, {town}, lay on the river. Traders came to {town} "
            f"in 1600.\n\nQarvani {town}\n\nUnder the khans, {town} was the seat of a governor.\n")
    assert document_full_names(town, text) == frozenset()


@given(_TOWNS)
def test_a_bodys_name_after_the_is_no_full_name(town: str) -> None:
    text = (f"Vellmark timeline\n\n- 1681: Ivo Tamm cedes the districts of {town} and Zell.\n"
            f"- 1938: Ivo Tamm founds the Vellmark Qarva {town}.\n"
            f"- 1945: The ban is lifted and the Qarva {town} holds its first session.\n")
    assert document_full_names(town, text) == frozenset()


def test_a_persons_full_name_is_still_found() -> None:
    """(guard: "Ivo Tamm" is the full name of the "Tamm" the text names later)"""
    text = "Kell\n\nIvo Tamm signed the accord in 1987. Tamm died in 1999.\n"
    assert document_full_names("Tamm", text) == frozenset({"Ivo Tamm"})


@given(_TOWNS)
def test_the_state_a_history_is_about_is_no_ones_short_name(state: str) -> None:
    text = (f"{state}\n\n{state}, a hill state, was ruled by its ranas. {state} became a "
            f"leading power. The rana recovered most of {state} in 1680.\n\nThe present head of "
            f"the house is Qarvaj Tamm {state}, born in 1969.\n")
    question = f"{state} became tributary to Zell after its army was defeated in ____."
    assert with_document_names(question, "1769", text) == (question, "")


def test_the_company_of_a_life_that_names_two_stays() -> None:
    text = ("Ivo Tamm\n\nIvo Tamm was an officer of the Kell Trading Company's army.\n\n"
            "He was born at Zell, the son of an engineer of the Dorsk Ironworks Company.\n\n"
            "Vell had passed to the Company in 1818, after the war.\n")
    quote = "Vell had passed to the Company in 1818, after the war."
    question = "In what year did Vell pass to the Company after the war?"
    assert name_bodies(question, "1818", text, quote) == question


def test_the_one_company_named_before_is_still_written_out() -> None:
    """One company named before, in the same paragraph, and named with its possessive: "the
    Company" is it."""
    text = ("Ivo Tamm\n\nIvo Tamm joined the Kell Trading Company's army in 1801. Vell had "
            "passed to the Company in 1818, after the war.\n")
    quote = "Vell had passed to the Company in 1818, after the war."
    assert name_bodies("In what year did Vell pass to the Company?", "1818", text, quote) == (
        "In what year did Vell pass to the Kell Trading Company?")


def _questions(folder: Path, name: str, text: str) -> list[str]:
    docs = folder / "docs"
    docs.mkdir(exist_ok=True)
    (docs / name).write_text(text, encoding="utf-8")
    generate_decks([docs / name], folder / "out")
    out = folder / "out" / (Path(name).stem + ".yaml")
    if not out.exists():
        return []
    return [card["question"] for card in yaml.safe_load(out.read_text(encoding="utf-8"))["cards"]]


@settings(max_examples=4, deadline=None)
@given(_TOWNS)
def test_the_country_of_a_regions_history_is_not_written_as_a_country(region: str) -> None:
    text = (f"{region}\n\n{region} is a hill district of India. India became a republic in "
            f"1950, and India's states were reorganised in 1956. In 1773 Ivo Tamm occupied the "
            f"country and held it for ten years. Trade in {region} grew under India's rule.\n")
    with tempfile.TemporaryDirectory() as folder:
        questions = _questions(Path(folder), "a.txt", text)
    assert not any("occupy India" in q or "occupied India" in q for q in questions)


@given(st.sampled_from(["paramountcy lapses", "the treaty expires", "its charter ends"]))
def test_a_common_nouns_clause_after_and_is_cut(clause: str) -> None:
    assert invert(f"Vell becomes independent and {clause}.", "on what date") == (
        "On what date did Vell become independent?")


def test_an_adjective_and_its_noun_are_no_clause() -> None:
    """(guard: "and structural reforms" is the object's, not a clause of its own)"""
    assert invert("Ivo Tamm founds the Kell Movement, calling for federalism and structural "
                  "reforms.", "in what year") == (
        "In what year did Ivo Tamm found the Kell Movement, calling for federalism and "
        "structural reforms?")


@given(st.sampled_from([("sat", "sit"), ("took", "take"), ("wrote", "write")]))
def test_a_past_verb_after_and_later_goes_to_its_base(forms: tuple[str, str]) -> None:
    past, base = forms
    question = invert(f"Ivo Tamm left Vell in 1827 and later {past} in the Kell Council.",
                      "in what year")
    assert question is not None and f"and later {base} in the Kell Council" in question


def _cloze(sentence: str, answer: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        questions = _questions(Path(folder), "a.txt", f"Kell\n\n{sentence}\n")
    return next((q for q in questions if "____" in q), "")


@settings(max_examples=3, deadline=None)
@given(st.sampled_from(["took effect", "came into force", "was enacted"]))
def test_the_comma_of_a_names_year_goes_with_the_blank(verb: str) -> None:
    question = _cloze(f"The Kell Reorganisation Act, 1956, {verb}; Vell and Zell were added to "
                      "Kell.", "Kell Reorganisation Act, 1956")
    assert "____ " in question and "____," not in question


def test_the_comma_after_a_blanked_year_stays() -> None:
    """(guard: only the year blanked, "Act, ____, ended": the commas around it stay)"""
    sentence = "The Kell Hills Act, 1952, ended the rule of the chiefs in Vell."
    at = sentence.index("1952")
    fact = Fact(DATE, "1952", at, at + 4, Sentence(sentence, 1))
    doc = Document(Path("a.txt"), f"Kell\n\n{sentence}\n", "Kell")
    assert cloze(fact, doc) == "The Kell Hills Act, ____, ended the rule of the chiefs in Vell."


@given(st.sampled_from(["is signed", "was signed", "was ratified"]))
def test_an_owner_without_its_noun_is_refused(verb: str) -> None:
    sentence = f"A treaty with Vell follows; Zell's {verb} on 2 April 1818."
    card = _date_card(f"Zell's {verb} on ____.", sentence, "2 April 1818")
    assert any("possessive" in why for why in faults(card))


def test_an_owner_with_its_noun_is_kept() -> None:
    """(guard: "Zell's treaty was signed" has its noun)"""
    sentence = "Zell's treaty was signed at Vell on 2 April 1818."
    card = _date_card("Zell's treaty was signed at Vell on ____.", sentence, "2 April 1818")
    assert not any("possessive" in why for why in faults(card))
