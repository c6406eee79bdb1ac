"""A generated card's wrong options differ from each other and from its answer as the deck's
loader compares them (case, accents, punctuation and spacing folded): round 307 wrote "1942 –
1943" and "1942–1943" as two options of one card, and the deck failed `quiz check`. Every
sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.deck.loader import load_deck
from quiz.deck.model import normalise_question
from quiz.generate import generate_decks
from quiz.generate.distractors import _distinct
from quiz.generate.facts import DATE, Fact
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence

_SPACINGS = st.sampled_from(["–", " – ", "-", " - ", "—"])


def _candidate(answer: str) -> Candidate:
    sentence = Sentence(f"Kell raised two divisions in {answer}.", 1)
    fact = Fact(DATE, answer, 29, 29 + len(answer), sentence)
    return Candidate(fact, "cloze", "Kell raised two divisions in ____.", answer)


@given(st.lists(st.tuples(st.integers(1900, 1990), _SPACINGS), min_size=1, max_size=6),
       _SPACINGS)
def test_options_differ_as_the_loader_compares_them(spans: list[tuple[int, str]],
                                                    answer_dash: str) -> None:
    options = [f"{year}{dash}{year + 1}" for year, dash in spans]
    answer = f"1941{answer_dash}1942"
    kept = _distinct(options, _candidate(answer))
    keys = [normalise_question(option) for option in kept]
    assert len(keys) == len(set(keys))
    assert normalise_question(answer) not in keys
    assert {normalise_question(o) for o in options} - {normalise_question(answer)} == set(keys)


def test_a_deck_with_spaced_and_closed_ranges_loads(tmp_path: Path) -> None:
    text = ("The Kellan Divisions\n\nThe Kellan Autonomous Republic was abolished by a decree of "
            "27 December 1943. Far more Kellans served in the Red Army, which had raised two "
            "Kellan cavalry divisions, the 110th and 111th, in 1941–1942. The 110th fought on the "
            "Don in 1942 – 1943, and the survivors were dispersed in 1943–1944. A planned third "
            "division was discussed in 1940–1941. Some Kellans served with the occupiers in "
            "1942–1943. The deportation of the Kellans began on 28 December 1943.\n")
    source = tmp_path / "kellan-divisions-summary.txt"
    source.write_text(text, encoding="utf-8")
    [result] = generate_decks([source], tmp_path / "out").results
    assert result.path is not None
    deck = load_deck(result.path)  # (raises DeckError on an option listed twice)
    for card in deck.cards:
        keys = [normalise_question(choice) for choice in card.choices]
        assert len(keys) == len(set(keys))
