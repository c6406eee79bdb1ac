"""Pronouns, demonstratives, discourse links and short names that point back into the
document (quiz.generate.anaphora), on sentences written for these tests."""

from __future__ import annotations

import pytest

from quiz.generate.anaphora import unresolved


@pytest.mark.parametrize("question", [
    # a pronoun after an opening preposition
    "By it the riparian states agreed to share the flood data gathered at ____.",
    "Under them the orchestra toured Lisbon and Porto in ____.",
    # a link to the sentence before
    "By contrast, the Gdansk shipyard resumed work on ____.",
    "In response, the Ministry of Fisheries closed the Baltic cod season in ____.",
    "The chess federation of Peru, in turn, lifted the ban in ____.",
    "In ____ the cabinet decided instead to lease the harbour at Valparaíso.",
    # "its" / "their" with nothing to belong to
    "Quarrels over funding delayed its opening until ____.",
    "Their founding charter was drafted in ____ at Uppsala.",
    # a demonstrative after a preposition, or closing the asked clause
    "Jailed in ____ with other founders of that society, Mirela Kovač was freed in June.",
    "In what month and year did the Saeima vote to repeal that decree?",
    "On what date did the Storting confirm this appointment?",
    # a group counted, or "them", whose members another sentence named
    "In ____ the three states signed a fishing accord with Chile.",
    "In what year did the Louvre add them to its permanent collection?",
    # a body or an agreement by its kind alone
    "On what date did the Constitution come into force?",
    "The Fund opened its first office in Nairobi in ____.",
    "On what date did Bhutan sign the new Charter?",
    # an agreement told by its other party alone: whose it was is in another sentence
    "A treaty with Portugal in ____ secured the river trade at Tete.",
    "In ____, a secret alliance with Bavaria gave the duchy two fortresses.",
])
def test_pointers_without_a_referent_are_found(question: str) -> None:
    assert unresolved(question) is not None


@pytest.mark.parametrize("question", [
    "On what date did the United States recognise Azerbaijan's independence?",
    "On what date did Chile deposit its instrument of accession?",
    "Cuba, which had joined in 1998, closed its embassy in Oslo on ____.",
    "Left to their own devices, the Zurich bankers founded a clearing house in ____.",
    # a speech verb: "that" opens what was said
    "On what date did Amara Diallo announce that talks would resume?",
    # a demonstrative before a time
    "In what month of that year did the Sejm convene?",
    "On what date did the Danube Commission adopt the Statute of the Commission?",
    "In what year was the Charter of Paris for a New Europe signed?",
    "On what date did the General Assembly adopt the Statute adopted by the WMO Congress?",
    "The Agreement relating to Part Seven was adopted on ____.",
    "On what date did Emperor Menelik address the Assembly?",
    "On what date did the three Baltic states sign the Tallinn Accord?",
    "In ____ the four allies, Spain, Chile, Peru and Bolivia, met in Lima.",
    "On what date did the two chambers of the Diet meet?",
    "On what date did Chile and Peru send them to the Hague?",
    "In what year did the 1858 treaties take effect?",
    "In ____ the duchy of Lorvia signed a treaty with Portugal.",
    "On what date did Lorvia conclude an alliance with Bavaria?",
    # quoted words are the speaker's
    "On what date did Lena Ortiz say “by contrast, we won”?",
])
def test_questions_that_stand_alone_are_kept(question: str) -> None:
    assert unresolved(question) is None
