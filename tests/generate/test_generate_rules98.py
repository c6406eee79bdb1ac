"""Rule pass 98, from rounds 104-105 (heldout100, heldout101) and the seeds' round 106: the
cards of pass 96 that ask an official through an act offered a Sudanese president for "Which
President of Tanzania" and a Slovak diplomat for "Serbian Prime Minister"; "Which Serbian
President struck a warmer note?" asked what was said; "Who ... visited Azerbaijan in March"
left the year to guess. Every sentence here is invented (the people, with real nations). Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.deck.loader import load_deck
from quiz.generate.actors import actor_question
from quiz.generate.dates import find_dates
from quiz.generate.documents import Document
from quiz.generate.officials import find_officials
from quiz.generate.pipeline import generate_decks
from quiz.generate.questions import _bare_months_dated
from quiz.generate.sentences import Sentence


def test_a_persons_wrong_options_share_the_answers_nation(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "war.txt").write_text(
        "The Dorn War\n\nThe Tanzanian President, Ivo Tamm, refused to recognise the Ugandan "
        "junta of Lev Kask. The Tanzanian Foreign Minister, Ugo Brandt, signed the Dorn Accord "
        "on 3 March 1979. The Sudanese President, Ole Varn, hosted the Dorn summit in July 1979. "
        "The Ugandan Foreign Minister, Ada Rist, signed the Dorn Accord for Uganda on 3 March "
        "1979. The Sudanese Prime Minister, Eno Vask, opposed the Dorn Accord in May 1979. The "
        "Tanzanian Prime Minister, Oda Lind, resigned over the Dorn Accord in 1980.\n",
        encoding="utf-8")
    report = generate_decks([source], tmp_path / "out", jobs=1)
    [deck] = [load_deck(r.path) for r in report.results if r.path]
    [card] = [c for c in deck.cards if c.answer == "Ivo Tamm"]
    assert not {"Ole Varn", "Ada Rist", "Eno Vask"} & set(card.choices), card.choices


@given(st.sampled_from(["struck a warmer note", "took a hard line on the talks",
                        "struck a conciliatory tone at Dorn", "adopted a firm stance on Vell"]))
def test_a_stance_is_what_was_said_not_an_act(stance: str) -> None:
    text = f"The Kaldoran Foreign Minister, Ivo Tamm, {stance}."
    [fact] = [f for f in find_officials(Sentence(text, 3)) if f.answer == "Ivo Tamm"]
    assert actor_question(fact) is None


_SAID = Sentence("The envoy visited Dorn in March as the talks gathered pace.", 3)


def _doc(dated: bool) -> Document:
    date = find_dates("12 August 2025")[0] if dated else None
    return Document(Path("d.txt"), "Title\n\nx\n", "Title", date)


def test_a_month_without_its_year_is_dated_by_the_document_or_not_asked() -> None:
    question = "Who, as Kaldora's special envoy, visited Dorn in March as the talks gathered pace?"
    assert _bare_months_dated(question, _SAID, _doc(True)) == question.replace("March", "March 2025")
    assert _bare_months_dated(question, _SAID, _doc(False)) == ""
    later = "Which Kaldoran envoy visited Dorn on 19 October?"
    assert _bare_months_dated(later, _SAID, _doc(True)) == later.replace("October", "October 2024")
    dated = "Which Kaldoran envoy visited Dorn on 19 October 1931?"
    assert _bare_months_dated(dated, _SAID, _doc(False)) == dated
