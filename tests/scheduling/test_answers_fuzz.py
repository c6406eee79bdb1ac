"""Property-based tests of the word diff and the notes of answer checking (hypothesis).

* the diff's kept and inserted words (equal, extra, wrong) are the typed answer, word for
  word; its kept and deleted words (equal, missing) are the expected answer (the kept words as
  typed, each the same word as the expected one once folded);
* a note never names a typed word more often than the student typed it, besides the times it
  cites the card's own answer or accepted forms ("unexpected words: D.C D.C" is a failure);
* checking never fails, whatever the text.

The CI run is small (QUIZ_FUZZ_EXAMPLES examples per property, default 200); raise it to fuzz
for longer: `QUIZ_FUZZ_EXAMPLES=5000 pytest tests/scheduling/test_answers_fuzz.py`.
"""

from __future__ import annotations

import os
import string
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deck.model import Card
from quiz.scheduling.answers import EQUAL, EXTRA, MISSING, WRONG, Verdict, check_answer
from quiz.scheduling.textnorm import split_words
from quiz.scheduling.worddiff import diff_keys, word_diff

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "200"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Words answers are made of: names, titles, offices, countries, dates, numbers and units,
# abbreviations with full stops, words with punctuation around them, articles and fillers.
VOCABULARY = [
    "Woodrow", "Wilson", "Wilson,", "Ilham", "Aliyev", "Heydar", "de", "Gaulle", "O'Brien",
    "President", "Prime", "Minister", "Deputy", "Foreign", "Secretary", "State", "Ambassador",
    "Armenia", "Armenian", "Azerbaijan", "Azerbaijani", "United", "States", "US", "U.S.",
    "Washington", "Washington,", "D.C.", "DC", "Paris", "Treaty", "Hague",
    "September", "Sept.", "18", "18,", "1919", "18/9/1919", "3/4/1919", "1919-9-18", "18.09.1919",
    "150", "million", "km", "kilometres", "miles", "3.5%", "%", "per", "cent", "five",
    "twenty-five", "1,000", "907", "970", "the", "The", "a", "of", "in", "and", "it", "was",
    "Mr.", "(Wilson)", '"Paris"', "Baku.", "-", "—", "F-16",
]
WORD = st.one_of(st.sampled_from(VOCABULARY), st.text(min_size=1, max_size=6).filter(str.strip))
PHRASE = st.lists(WORD, min_size=0, max_size=6).map(" ".join)
ANSWER = st.lists(WORD, min_size=1, max_size=5).map(" ".join).filter(str.strip)
QUESTION = st.sampled_from(["?", "Who was it?", "When?", "What position did he hold?"])
TAGS = st.sampled_from([(), ("official",), ("date",)])


@st.composite
def typed_for(draw: st.DrawFn, answer: str) -> str:
    """A response: the answer with words dropped, repeated, swapped or added, or any phrase."""
    if draw(st.booleans()):
        return draw(PHRASE)
    words = split_words(answer)
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.sampled_from(["drop", "repeat", "swap", "add"]))
        at = draw(st.integers(0, max(len(words) - 1, 0)))
        if action == "drop" and words:
            words.pop(at)
        elif action == "repeat" and words:
            words.insert(at, words[at])
        elif action == "swap" and len(words) > 1:
            other = draw(st.integers(0, len(words) - 1))
            words[at], words[other] = words[other], words[at]
        else:
            words.insert(at, draw(WORD))
    return " ".join(words)


def kept_and_inserted(diff: tuple[tuple[str, str], ...]) -> list[str]:
    return [w for text, kind in diff if kind in (EQUAL, EXTRA, WRONG) for w in split_words(text)]


def assert_diff_rebuilds(diff: tuple[tuple[str, str], ...], typed: str, expected: str) -> None:
    """Typed words = equal + extra + wrong, in order; expected = equal + missing, in order,
    the equal words being the expected ones once folded."""
    assert {kind for _, kind in diff} <= {EQUAL, EXTRA, WRONG, MISSING}
    assert kept_and_inserted(diff) == split_words(typed)
    typed_words, typed_keys = diff_keys(typed)
    expected_words, expected_keys = diff_keys(expected)
    i = j = 0
    for text, kind in diff:
        for word in split_words(text):
            if kind == EQUAL:
                assert typed_words[i] == word
                assert typed_keys[i] == expected_keys[j], (word, expected_words[j])
                i, j = i + 1, j + 1
            elif kind == MISSING:
                assert expected_words[j] == word
                j += 1
            else:
                i += 1
    assert (i, j) == (len(typed_words), len(expected_words))


def note_words(text: str) -> list[str]:
    """Words compared as a note may quote them: without the signs around them, folded."""
    words = [w.strip(string.punctuation + "\u2014\u2018\u2019\u201c\u201d").casefold()
             for w in text.split()]
    return [w for w in words if w]


@given(typed=PHRASE, expected=ANSWER)
@SETTINGS
def test_the_diff_rebuilds_both_texts(typed: str, expected: str) -> None:
    assert_diff_rebuilds(word_diff(typed, expected), typed, expected)


@given(data=st.data(), answer=ANSWER, accept=st.lists(ANSWER, max_size=2),
       question=QUESTION, tags=TAGS)
@SETTINGS
def test_verdicts_diff_and_note(data: st.DataObject, answer: str, accept: list[str],
                                question: str, tags: tuple[str, ...]) -> None:
    card = Card(id="c", question=question, answer=answer, accept=tuple(accept), tags=tags)
    typed = data.draw(typed_for(answer))
    verdict = check_answer(card, typed)
    assert isinstance(verdict, Verdict)
    assert verdict.correct or verdict.note
    assert verdict.exact <= verdict.correct
    assert (verdict.matched is not None) is verdict.correct
    # the diff: the whole response shown as right, or a diff that rebuilds both texts
    text = typed.strip()  # what is compared
    if not (verdict.correct and verdict.diff == ((text, EQUAL),)):
        assert_diff_rebuilds(verdict.diff, text, verdict.matched or answer)
    # the note: no typed word more often than typed, besides citing the card's own forms
    typed_count = Counter(note_words(typed))
    cited = Counter(w for form in (answer, *accept) for w in note_words(form))
    for word, count in Counter(note_words(verdict.note)).items():
        if word in typed_count:
            assert count <= max(typed_count[word], 1) + cited[word], (word, verdict.note)


def test_the_washington_dc_note_is_what_the_property_catches() -> None:
    """The failure the note property is for (the note before the fix repeated D.C)."""
    typed = Counter(note_words("Washington, D.C."))
    assert Counter(note_words("unexpected words: D.C D.C"))["d.c"] > typed["d.c"]
    assert Counter(note_words("unexpected words: D.C."))["d.c"] <= typed["d.c"]
