"""British and American spellings of a word are one answer (quiz.scheduling.spelling).

Properties (hypothesis): whatever the answer around it, a word typed in the other spelling is
right and exact; one spelling is a fixed point (spelling it again changes nothing); a short
word, a word with a digit and a word that is no variant are left as they are; and a different
word than the answer's is still wrong, whichever spelling either is written in.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deck.model import Card
from quiz.scheduling.answers import check_answer
from quiz.scheduling.spelling import american_spelling

EXAMPLES = int(os.environ.get("QUIZ_FUZZ_EXAMPLES", "200"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# (British, American): each regular pattern and some of the irregular list
PAIRS = [
    ("programme", "program"), ("programmes", "programs"), ("kilogramme", "kilogram"),
    ("labour", "labor"), ("honour", "honor"), ("favourite", "favorite"),
    ("neighbours", "neighbors"), ("behaviour", "behavior"), ("harbour", "harbor"),
    ("centre", "center"), ("theatres", "theaters"), ("metre", "meter"), ("fibre", "fiber"),
    ("meagre", "meager"), ("organisation", "organization"), ("recognised", "recognized"),
    ("privatisation", "privatization"), ("modernising", "modernizing"),
    ("analyse", "analyze"), ("paralysed", "paralyzed"), ("defence", "defense"),
    ("offences", "offenses"), ("licence", "license"), ("catalogue", "catalog"),
    ("dialogue", "dialog"), ("judgement", "judgment"), ("travelled", "traveled"),
    ("cancelled", "canceled"), ("counsellor", "counselor"), ("modelling", "modeling"),
    ("paediatric", "pediatric"), ("encyclopaedia", "encyclopedia"), ("oestrogen", "estrogen"),
    ("mediaeval", "medieval"), ("anaesthetic", "anesthetic"), ("grey", "gray"),
    ("cheque", "check"), ("tyres", "tires"), ("aluminium", "aluminum"),
    ("manoeuvre", "maneuver"), ("jewellery", "jewelry"), ("sceptical", "skeptical"),
]
# Words of answers around the variant: names, offices, numbers
CONTEXT = ["State", "Partnership", "Ministry", "of", "National", "Azerbaijan", "Heydar",
           "Aliyev", "Minister", "for", "Trade", "1994", "Baku", "Treaty", "Council", "New"]
# Different words that must stay different (a typo is forgiven only within one word's form)
DIFFERENT = [("program", "progress"), ("center", "censor"), ("labor", "later"),
             ("defence", "deference"), ("license", "licensee"), ("filled", "filed"),
             ("Boeing", "Bering"), ("Israel", "Isrel Ltd")]


def card(answer: str) -> Card:
    return Card(id="c1", question="?", answer=answer)


@st.composite
def answers_with_a_variant(draw: st.DrawFn) -> tuple[str, str]:
    """(answer, response): the same words, one in the other spelling, in any case."""
    before = draw(st.lists(st.sampled_from(CONTEXT), max_size=3))
    after = draw(st.lists(st.sampled_from(CONTEXT), max_size=3))
    british, american = draw(st.sampled_from(PAIRS))
    if draw(st.booleans()):
        british, american = american, british
    if draw(st.booleans()):
        british, american = british.capitalize(), american.capitalize()
    return " ".join([*before, british, *after]), " ".join([*before, american, *after])


@SETTINGS
@given(answers_with_a_variant())
def test_the_other_spelling_is_right_and_exact(pair: tuple[str, str]) -> None:
    answer, response = pair
    verdict = check_answer(card(answer), response)
    assert verdict.correct and verdict.exact, (answer, response, verdict.note)


@SETTINGS
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=16))
def test_one_spelling_is_a_fixed_point(word: str) -> None:
    once = american_spelling(word)
    assert american_spelling(once) == once
    assert abs(len(once) - len(word)) <= 2  # a spelling, not another word


@SETTINGS
@given(st.text(min_size=1, max_size=4) | st.from_regex(r"[a-z]{2,8}[0-9][a-z]{0,4}",
                                                     fullmatch=True))
def test_short_words_and_words_with_digits_are_left_alone(word: str) -> None:
    assert american_spelling(word) == word or word in {"grey", "kerb", "gaol"}


@pytest.mark.parametrize(("british", "american"), PAIRS)
def test_each_pair_is_one_spelling(british: str, american: str) -> None:
    assert american_spelling(british) == american_spelling(american) == american


@pytest.mark.parametrize(("answer", "response"), DIFFERENT + [(b, a) for a, b in DIFFERENT])
def test_a_different_word_is_still_wrong(answer: str, response: str) -> None:
    assert not check_answer(card(f"{answer} Act"), f"{response} Act").exact
    assert american_spelling(answer.lower()) != american_spelling(response.lower())


def test_the_state_partnership_programme_typed_either_way() -> None:
    """Seen in the app: "State Partnership programme" was marked wrong against "program"."""
    verdict = check_answer(card("State Partnership Program"), "State Partnership programme")
    assert verdict.correct and verdict.exact
