"""Timeline entries in the historic present asked in the past, and clauses glued together in
one sentence asked from the clause that holds the fact (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.tense import entry_in_the_past, present_left


def _kept(body: str) -> dict[str, str]:
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document", None)
    return {c.question: c.answer for c in prepare(doc).candidates}


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def test_every_verb_of_a_timeline_entry_moves_to_the_past() -> None:
    assert entry_in_the_past(
        "A caravan under Colonel Ruiz Soto reaches Tarvel, days after the council has adjourned."
    ) == ("A caravan under Colonel Ruiz Soto reached Tarvel, days after the council had adjourned.")
    assert entry_in_the_past("Ostria is expelled after its junta fails to hold elections.") == (
        "Ostria was expelled after its junta failed to hold elections."
    )


def test_a_plural_noun_after_a_name_stays_a_noun() -> None:
    # "rules" after a name that is the object of "adopt" is a noun, not a present verb
    assert entry_in_the_past("Ostria is expelled for failing to adopt Kaldoran rules.") == (
        "Ostria was expelled for failing to adopt Kaldoran rules."
    )
    assert entry_in_the_past("British forces land at Porto Alba.") == (
        "British forces landed at Porto Alba."  # (pass 61: the plural's own verb does move)
    )
    assert entry_in_the_past("The Lerno talks open in “a spirit that is new”.") == (
        "The Lerno talks opened in “a spirit that is new”."
    )


def test_a_timeline_entry_is_asked_with_every_verb_in_the_past() -> None:
    assert _asked(
        "3 May 1902: A caravan under Colonel Ruiz Soto reaches Tarvel, days after the "
        "council has adjourned.",
        "3 May 1902",
    ) == (
        "On what date did a caravan under Colonel Ruiz Soto reach Tarvel, days after the council "
        "had adjourned?"
    )
    assert _asked(
        "8 June 1931: Ostria is expelled after its junta fails to hold elections.", "8 June 1931"
    ) == ("On what date was Ostria expelled after its junta failed to hold elections?")
    assert _asked(
        "9 July 1890: A convention signed in Lerno fixes the northern frontier, leaving "
        "the valley to Kaldora.",
        "9 July 1890",
    ) == (
        "On what date did a convention signed in Lerno fix the northern frontier, leaving the "
        "valley to Kaldora?"
    )


def test_a_past_question_with_a_present_verb_left_in_it_is_refused() -> None:
    assert present_left("On what date was Ostria expelled after its junta fails to vote?")
    assert not present_left("On what date was Ostria expelled after its junta failed to vote?")
    assert not present_left("On what date did Ostria sign the “treaty that ends all wars”?")


def test_a_clause_after_and_with_its_own_opening_phrase_is_cut_off() -> None:
    predicate = "ask the Diet for a war credit of £4 million, and for a month peace seemed lost"
    cut = second_clause(predicate)
    assert cut is not None and predicate[: cut[0]] == "ask the Diet for a war credit of £4 million"
    assert second_clause("trade with Ostria and with Kaldora") is None


def test_clauses_joined_by_commas_alone_are_asked_one_by_one() -> None:
    text = (
        "Tarvel fell on 3 May 1702, the Ostrians were routed near Ossa on 9 June 1703, and a "
        "Kaldoran fleet under Admiral Berg took the islands in 1704."
    )
    assert _asked(text, "3 May 1702") == "On what date did Tarvel fall?"
    assert _asked(text, "9 June 1703") == "On what date were the Ostrians routed near Ossa?"
    # "the port" of the second clause is named in the first: not asked alone
    assert (
        _asked("Kaldora took Tarvel in 1702, the port was returned on 9 June 1703.", "9 June 1703")
        is None
    )


def test_a_list_of_names_is_not_cut_at_its_commas() -> None:
    assert (
        _asked(
            "Lerno entered in 1986, and Ostria, Kaldora and Vesteria joined the union on 1 May 2004.",
            "1 May 2004",
        )
        == "On what date did Ostria, Kaldora and Vesteria join the union?"
    )


def test_a_phrase_before_a_comma_is_no_clause_of_its_own() -> None:
    # the comma closes "a week after ..." (a phrase of the main clause), and an apposition with
    # an aside ("Ana Lind, who ..., ") is not a clause
    assert _asked(
        "On 3 May 1961, a week after Ivo Tamm took office, Lia Berg was appointed envoy to Lerno.",
        "3 May 1961",
    ) == ("On what date was Lia Berg appointed envoy to Lerno?")
    question = _asked(
        "A charter signed in 1898 by Ivo Tamm, Kaldora's envoy, and Ostria's "
        "chancellor, Ana Lind, which would have ended the quarrel, was never "
        "ratified.",
        "1898",
        "in what year",
    )
    assert question is None or "chancellor?" not in question


def test_a_list_subject_is_not_split_by_an_opening_phrase() -> None:
    assert _asked(
        "On 4 April 1612, with the Doge as its patron, the Duke Anselm II, Ostria and "
        "the Republic of Lerno formed the Sea League.",
        "4 April 1612",
    ) == (
        "With the Doge as its patron, on what date did the Duke Anselm II, Ostria and the "
        "Republic of Lerno form the Sea League?"
    )


def test_a_date_of_a_participle_after_a_present_verb_is_not_the_clause_s() -> None:
    # "The quarrel goes back to the treaty signed [on ...]": asking when the quarrel "went back"
    # makes no sense
    assert (
        _asked(
            "The quarrel goes back to the Frontier Treaty signed in Lerno on 2 March 1861, "
            "which gave Ostria the islands.",
            "2 March 1861",
        )
        is None
    )


def test_a_relative_aside_inside_the_subject_is_not_its_verb() -> None:
    assert _asked(
        "The Ostrians, into whose sector the port passed, expelled the mayor on 6 October 1946, "
        "ostensibly for fraud.",
        "6 October 1946",
    ) == (
        "On what date did the Ostrians, into whose sector the port passed, expel the mayor, "
        "ostensibly for fraud?"
    )


def test_timeline_entries_become_past_questions_in_a_deck() -> None:
    kept = _kept(
        "## 1885\n\n- 10 April 1885: The Kaldoran cabinet asks the Diet for a war credit, "
        "and for some weeks war seems likely.\n- 2 May 1885: A convention signed in "
        "Lerno settles the frontier, leaving the valley to Ostria.\n"
    )
    assert (
        "On what date did a convention signed in Lerno settle the frontier, leaving the valley "
        "to Ostria?" in kept
    )
    assert not any("seems" in q or "settles" in q for q in kept)
