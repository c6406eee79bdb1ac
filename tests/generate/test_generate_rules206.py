"""Rule pass 206, from rounds 545-548 (heldout537-heldout540): a town's name completed as a
person's ("did the Allies enter Messina Denaro"), a prince known by rank and given name
completed as another man of that name ("Alfonso Carrillo" for the Infante Alfonso), "was"
taken from an "although" clause ("was Alfonso died at Cardeñosa"), a name run over a sentence's
stop ("the Kingdom of Valencia. For"), and a bare ruler's name after a verb in a text of many
numbered rulers of that name ("did Yusuf rout Alfonso"). Every sentence here is invented. Each
test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.definites import resolve_definites
from quiz.generate.names import with_document_names

_TOWN_TEXT = ("Vessaro lies on the coast. Its great towns are Palermo, Corvano and Ostera. "
              "Palermo was the seat of the viceroys in Palermo and later in Palermo. "
              "Ostera rebelled in 1674. The bosses Luca Rinaldi and Marco Ostera Lunardi were "
              "taken in 2004. In 1943 the Allies entered Ostera on 17 August.")


@given(st.sampled_from(["On what date in 1943 did the Allies enter Ostera?",
                        "In what year did Ostera rebel?"]))
def test_a_town_listed_with_places_is_not_completed_as_a_person(question: str) -> None:
    assert with_document_names(question, "17 August", _TOWN_TEXT) == (question, "")


def test_a_middle_name_used_alone_is_still_completed() -> None:
    """(guard: "Fraga" alone is "Fraga Iribarne", his family name, where no list makes it a place)"""
    text = ("Manuel Fraga Iribarne led the party. In 1989 Fraga won the election. "
            "Fraga governed until 2005.")
    assert with_document_names("In what year did Fraga win the election?", "1989", text) == (
        "In what year did Fraga Iribarne win the election?", "")


_PRINCE_TEXT = ("The rebels were led by Diego Pacheco and Alfonso Carrillo, Archbishop of Tordo. "
                "They demanded that the king's half-brother, the Infante Alfonso, be named "
                "heir. On 5 July 1468 Alfonso died at Cardeña, although poison was suspected.")


def test_a_given_name_also_borne_by_a_titled_prince_is_not_completed() -> None:
    question, why = with_document_names("On what date did Alfonso die at Cardeña?",
                                        "5 July 1468", _PRINCE_TEXT)
    assert question == "On what date did Alfonso die at Cardeña?"
    assert "Infante Alfonso" in why


@given(st.sampled_from(["although", "though", "whereas"]))
def test_a_past_before_a_concessive_clause_is_the_clauses_verb(word: str) -> None:
    sentence = f"On 5 July 1468 Alfonso died at Cardeña, {word} poison was suspected."
    question = date_question(sentence, 3, 14, "On what date")
    assert question is not None
    assert "did Alfonso die at Cardeña" in question
    assert "was Alfonso" not in question


def test_a_name_does_not_run_over_a_sentences_stop() -> None:
    text = ("Ribera was made Viceroy of the Kingdom of Tarsena. For two years, until 1604, he "
            "held power in the kingdom, presiding over the courts.")
    quote = "For two years, until 1604, he held power in the kingdom, presiding over the courts."
    question, why = resolve_definites(
        "For two years, until ____, Ribera held power in the kingdom.", "1604", text, quote)
    assert "Tarsena. For" not in question
    assert question == "For two years, until ____, Ribera held power in the Kingdom of Tarsena."


_KINGS_TEXT = ("Alfonso VI took Toledo in 1085. Alfonso VII was crowned emperor in 1135. "
               "Alfonso VIII won at Las Navas in 1212. The emir Yusuf routed Alfonso at Sagra "
               "on 23 October 1086.")


def test_a_bare_ruler_after_a_verb_among_numbered_namesakes_is_refused() -> None:
    question, why = with_document_names("On what date did the emir Yusuf rout Alfonso at Sagra?",
                                        "23 October 1086", _KINGS_TEXT)
    assert "Alfonso VI" in why and "Alfonso VIII" in why


def test_a_bare_family_name_after_a_verb_stays_when_two_people_bear_it() -> None:
    """(guard: "pardon Dreyfus", two Dreyfuses of given names, reads as clear)"""
    text = ("Alfred Dreyfus was convicted in 1894. His brother Mathieu Dreyfus campaigned. "
            "The president pardoned Dreyfus on 19 September 1899.")
    question, why = with_document_names("On what date did the president pardon Dreyfus?",
                                        "19 September 1899", text)
    assert why == ""
