"""Word forms from the lexicon: base forms for "did ...", participles for "was ...", and words
that only look like verbs."""

from __future__ import annotations

import pytest

from quiz.generate.clauses import invert
from quiz.generate.grammar import base_form, find_verb, present_base, present_verb
from quiz.generate.inflect import ing_base, is_participle, is_past_tense, is_plural_noun


@pytest.mark.parametrize(("past", "base"), [
    ("seized", "seize"), ("recognized", "recognize"), ("recognised", "recognise"),
    ("authorised", "authorise"), ("travelled", "travel"), ("annulled", "annul"),
    ("overran", "overrun"), ("fled", "flee"), ("underwent", "undergo"),
    ("re-appointed", "re-appoint"), ("co-sponsored", "co-sponsor"),
])
def test_base_forms_come_from_the_lexicon(past: str, base: str) -> None:
    assert base_form(past) == base


def test_auxiliaries_and_adjectival_participles_have_no_base_form() -> None:
    for word in ("was", "had", "been", "united", "armed", "hundred", "landmark"):
        assert base_form(word) is None, word


def test_present_and_participle_forms() -> None:
    assert present_base("declares") == "declare"
    assert present_base("seizes") == "seize"
    assert ing_base("bidding") == "bid"
    assert is_participle("born") and not is_past_tense("born")
    assert is_past_tense("withdrew") and not is_participle("withdrew")
    assert is_plural_noun("porters") and not is_plural_noun("declares")


def test_a_plural_noun_is_not_a_present_verb() -> None:
    assert present_verb("Dock porters stage a walk-out at the quays.") is None
    text = "Charter Resolution 9 declares the estuary a reserve."
    start, end = present_verb(text)  # type: ignore[misc]
    assert text[start:end] == "declares"


def test_a_participle_inside_a_noun_phrase_is_not_the_verb() -> None:
    text = "a large rehearsed evacuation was staged in Brisa in 1987"
    start, end, kind = find_verb(text)  # type: ignore[misc]
    assert (text[start:end], kind) == ("was", "aux")
    text = "the Guild Council approved the tariff"
    start, end, _ = find_verb(text)  # type: ignore[misc]
    assert text[start:end] == "approved"


def test_timeline_verbs_are_undone_by_the_lexicon() -> None:
    assert invert("The Harbour Board seizes the customs ledgers.", "on what date") == (
        "On what date did the Harbour Board seize the customs ledgers?")
    assert invert("Chess Statute 4 recognizes the Ostra Club as a member.", "on what date") == (
        "On what date did Chess Statute 4 recognize the Ostra Club as a member?")


def test_a_passive_is_asked_with_was() -> None:
    assert invert("a large rehearsed evacuation was staged in Brisa", "in what year") == (
        "In what year was a large rehearsed evacuation staged in Brisa?")
    assert invert("The Brisa Compact, drafted by Ivo Tamm, had been signed by Kaldora and Ostra",
                  "on what date") == ("On what date was the Brisa Compact, drafted by Ivo Tamm, "
                                      "signed by Kaldora and Ostra?")


def test_a_plural_subject_keeps_its_noun_and_its_verb() -> None:
    assert invert("The last Kaldoran garrisons leave Port Aster at a parade watched by Ivo Tamm.",
                  "on what date") == ("On what date did the last Kaldoran garrisons leave Port "
                                      "Aster at a parade watched by Ivo Tamm?")
    assert invert("The twin otters Pip and Tam, a loan from Ostra, reach the Brisa aquarium.",
                  "on what date") == ("On what date did the twin otters Pip and Tam, a loan "
                                      "from Ostra, reach the Brisa aquarium?")
    # "Dock" may be a name or a capital opening the sentence: no question prints it safely
    assert invert("Dock porters stage a walk-out at the quays.", "on what date") is None
    assert invert("Foreign envoys open the second round in Brisa.", "on what date") == (
        "On what date did foreign envoys open the second round in Brisa?")


def test_an_aside_after_the_subject_is_not_the_verb() -> None:
    assert invert("Vesteria, long shielded by its pact with Kaldora, became a full member",
                  "in what year") == ("In what year did Vesteria, long shielded by its pact with "
                                      "Kaldora, become a full member?")


def test_a_quantified_plural_subject_is_not_asked() -> None:
    # "most wardens" of what: the sentence leaves it to the document
    assert invert("Most wardens close the gates in response to the flood.", "on what date") is None
    assert invert("Twelve guilds sign the Lerno Charter.", "on what date") == (
        "On what date did twelve guilds sign the Lerno Charter?")
