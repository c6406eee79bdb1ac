"""Rule pass 96: an official asked through the act the sentence gives them ("After the war,
which Secretary of State negotiated with the British ambassador?"), where "What position did X
hold?" asked an office out of context or not at all (no year in the sentence); a person's
wrong options taken from their own document, not a president of another century; a question
never cut down to its fronted phrase ("In November 2011?"); "Senator Ivo Tamm of Dorn,
chairman of ..." no longer reads "Dorn" as the chairman. Every sentence here is invented. Each
test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.deck.loader import load_deck
from quiz.generate.actors import actor_question
from quiz.generate.officials import find_officials
from quiz.generate.pipeline import generate_decks
from quiz.generate.sentences import Sentence
from quiz.generate.trim import shorten


def _actor(text: str, name: str) -> str | None:
    sentence = Sentence(text, 3, 1, text)
    [fact] = [f for f in find_officials(sentence) if f.answer == name]
    return actor_question(fact)


def test_an_office_first_subject_is_asked_which_office_did_the_act() -> None:
    assert _actor("After the border war, the Kaldoran Foreign Minister, Ivo Tamm, negotiated a "
                  "truce with the Vellish envoy at Dorn.", "Ivo Tamm") == (
        "After the border war, which Kaldoran Foreign Minister negotiated a truce with the "
        "Vellish envoy at Dorn?")


def test_a_name_then_its_office_is_asked_the_same_way() -> None:
    assert _actor("Ivo Tamm, the Kaldoran Foreign Minister, signed the protocol at Dorn on 4 May "
                  "1931.", "Ivo Tamm") == (
        "Which Kaldoran Foreign Minister signed the protocol at Dorn on 4 May 1931?")


def test_an_office_with_a_possessive_is_asked_who_as() -> None:
    assert _actor("He praised the work of Ivo Tamm, Kaldora's special envoy, who visited Dorn "
                  "in March as the talks gathered pace.", "Ivo Tamm") == (
        "Who, as Kaldora's special envoy, visited Dorn in March as the talks gathered pace?")


def test_the_act_ends_where_the_next_clause_begins() -> None:
    assert _actor("The Kaldoran Foreign Minister, Ivo Tamm, visited Dorn in May, and the "
                  "embargo was lifted in June 1974.", "Ivo Tamm") == (
        "Which Kaldoran Foreign Minister visited Dorn in May?")


def test_what_was_said_is_no_act() -> None:
    for verb in ("said the talks had failed", "welcomed the accord warmly",
                 "told the assembly that the talks had failed"):
        assert _actor(f"The Kaldoran Foreign Minister, Ivo Tamm, {verb}.", "Ivo Tamm") is None


def test_no_act_is_asked_that_a_document_must_date_or_that_joins_two_people() -> None:
    assert _actor("The Kaldoran Foreign Minister, Ivo Tamm, visited Dorn that November to "
                  "press the claim.", "Ivo Tamm") is None
    assert _actor("The observers mentioned Ivo Tamm, Kaldora's Ambassador to Vell, who led a "
                  "mission to Dorn in 1957.", "Ivo Tamm") is None  # his office then?
    assert _actor("President Ivo Tamm of Kaldora and President Lev Kask of Vell signed the "
                  "accord at Dorn on 4 May 1931.", "Ivo Tamm") is None


def test_an_actor_card_reaches_the_deck_where_the_office_card_had_no_year() -> None:
    kept, left = _run("The talks dragged on for months. The Kaldoran Foreign Minister, Ivo Tamm, "
                      "negotiated the final text with the Vellish envoy at Dorn.")
    assert kept.get("Which Kaldoran Foreign Minister negotiated the final text with the Vellish "
                    "envoy at Dorn?") == "Ivo Tamm", (kept, left)


def test_a_fronted_phrase_is_not_all_that_is_left_of_a_long_question() -> None:
    question = ("In November 2011, which Kaldoran Secretary of the Navy met with the Vellish "
                "President and Defence Minister announcing that the military ties between the "
                "two countries would expand greatly in the years that followed?")
    assert shorten(question).startswith("In November 2011, which Kaldoran Secretary")


@given(st.lists(st.sampled_from(["In 1931", "After the war", "At Dorn", "On 4 May"]),
                min_size=1, max_size=3),
       st.integers(min_value=25, max_value=40))
def test_shortening_keeps_what_makes_it_a_question(fronted: list[str], words: int) -> None:
    body = " ".join(["word"] * words)
    question = f"{', '.join(fronted)}, which minister met {body}?"
    shortened = shorten(question)
    assert "which" in shortened or "what" in shortened.lower()


def test_a_persons_wrong_options_come_from_their_own_document(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    # Another document of the run names other foreign ministers: none of them is offered.
    (source / "other.txt").write_text(
        "Other Matters\n\nIn 1990 the Norlandic Foreign Minister, Ada Rist, met the Sorlandic "
        "Foreign Minister, Eno Vask, and the Estlandic Foreign Minister, Oda Lind.\n",
        encoding="utf-8")
    (source / "truce.txt").write_text(
        "Talks at Dorn\n\nThe Kaldoran Foreign Minister, Ivo Tamm, negotiated the Dorn Truce "
        "with the Vellish envoy at Dorn. The Vellish Foreign Minister, Lev Kask, signed the Dorn "
        "Truce for Vell on 4 May 1931. The Kaldoran Prime Minister, Ugo Brandt, opposed the Dorn "
        "Truce in June 1931. The Vellish Prime Minister, Ole Varn, resigned over the Dorn Truce "
        "in 1932.\n", encoding="utf-8")
    report = generate_decks([source], tmp_path / "out", jobs=1)
    [deck] = [load_deck(r.path) for r in report.results if r.path and "truce" in r.path.name]
    [card] = [c for c in deck.cards if c.answer == "Ivo Tamm"]
    assert card.question.endswith(
        "Which Kaldoran Foreign Minister negotiated the Dorn Truce with the Vellish envoy at "
        "Dorn?")
    assert card.choices and not {"Ada Rist", "Eno Vask", "Oda Lind"} & set(card.choices), (
        card.choices)


def test_a_place_after_a_senators_name_is_no_official() -> None:
    text = ("The delegation included Senator Ivo Tamm of Dorn, chairman of the Senate Banking "
            "Committee, and Representative Lev Kask.")
    names = {f.answer for f in find_officials(Sentence(text, 3, 1, text))}
    assert "Dorn" not in names and "Ivo Tamm" in names
