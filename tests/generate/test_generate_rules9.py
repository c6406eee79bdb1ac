"""Person references and talks whose parties another sentence gives: "follow him", "his" after
the name of a country, "it" opening a clause, "the invaders", "negotiations open in Vell".

Sentences are invented for these tests."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.anaphora import unresolved
from quiz.generate.quality import _DANGLING, _names_a_person, unnamed_parties


def test_an_object_pronoun_after_follow_is_someone_another_sentence_names() -> None:
    kept, left = _run("The old abbot Ansgar Rudde died in 1388. "
                      "Prior Tomas Vell followed him on 2 March 1390.")
    assert not any("follow him" in q for q in kept)


def test_his_after_the_names_of_countries_has_no_owner() -> None:
    # countries are no one a "his" can belong to; a person named after the comma is
    assert not _names_a_person("Burma and Nepal", person=True)
    assert _names_a_person("Ivo Tamm", person=True)


def test_it_as_the_subject_after_an_opening_phrase_points_to_another_sentence() -> None:
    assert unresolved("Until ____ it was called the Guild of Kell Weavers.") is not None
    assert unresolved("Until ____ the Vell Guild said it was called the Weavers' Hall.") is None


def test_the_invaders_are_not_named() -> None:
    kept, _ = _run("The Vell militia under Ivo Tamm drove the invaders out of Kell in 1644.")
    assert not any("the invaders" in q for q in kept)


def test_talks_and_recognition_need_their_parties_named() -> None:
    text = "The envoys met in Vell. Later talks moved to Kell."
    assert unnamed_parties("On what date did formal negotiations open in Vell?", text, "")
    assert unnamed_parties("Vell proposed peace talks in the spring of ____.", text, "")
    # parties in the question, or a person presiding, or the label naming them
    assert not unnamed_parties("On what date did Ostria and Kaldora open negotiations?", text, "")
    assert not unnamed_parties("From ____ Ivo Tamm presided over talks at Kell.", text, "")
    assert not unnamed_parties("On what date did negotiations open in Vell?", text,
                               "Ostrian–Kaldoran peace talks")
    # "the ceasefire line" is a place, not an act
    assert not unnamed_parties("On what date was the ceasefire line drawn in Vell?", text, "")


def test_recognition_that_followed_does_not_say_what_it_followed() -> None:
    # a fill-in: "followed in ____" does not say what it followed
    assert _DANGLING.search("Recognition by the Vell League followed in ____.")
    assert not _DANGLING.search("Recognition by the Vell League came in ____.")
