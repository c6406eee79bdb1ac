"""Rule pass 118, from rounds 164-167: a sentence opening with an ʿayn or an accented capital
not split from the one before ("leave the Canal Zone only . ʿUrabi was pardoned"); "were Joseph
Jenkins Roberts inaugurated" (a name in "s" read as a plural); "Inside Finland" taken for part
of the subject; "The Supreme Court rules that ..." read as an agreement named "Supreme Court
rules"; the first part of a list of dates blanked ("in ____, 1979 and 1981"); a named day in
apposition to a fronted date opening the question ("was the Republic Day, the deputy shot
dead"); and a second clause glued to a question after "and" ("and the rebel coalition ...
entered Addis Ababa", ", and Khedive Ismail's son Tawfiq (Tewfik) became Khedive"). Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import _past_be, date_question
from quiz.generate.quality import _clause_after_did
from quiz.generate.sentences import split_sentences


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


@given(st.sampled_from(["ʿUrabi", "Émile", "Łukasz"]))
def test_a_sentence_opening_with_an_ayn_or_an_accented_capital_is_split(name: str) -> None:
    text = f"The last troops left Vell in June 1956 only. {name} was pardoned by the king."
    assert len(split_sentences(text)) == 2


@given(st.sampled_from([("Joseph Jenkins Roberts", "was"), ("Ivo Banks", "was"), ("Ana Fields", "was"),
                        ("the delegates", "were"), ("Kaldora and Ostria", "were")]))
def test_a_name_in_s_is_one_person(case: tuple[str, str]) -> None:
    subject, be = case
    assert _past_be(subject) == be


def test_a_named_person_in_a_fact_sheet_line_takes_was() -> None:
    assert (_asked("Joseph Jenkins Roberts, inaugurated on 3 January 1848", "3 January 1848")
            or "").startswith("On what date was ")


def test_a_guard_a_plural_names_head_still_takes_were() -> None:
    """Guard."""
    assert _asked("Camp David Accords, signed on 17 September 1978", "17 September 1978") == (
        "On what date were the Camp David Accords signed?")


def test_a_fronted_place_phrase_is_no_part_of_the_subject() -> None:
    text = "Inside Kaldora he dismissed the Interior Minister Jaan Kask in May 1948."
    assert "did Inside" not in (_asked(text, "May 1948", "in what month and year") or "")


def test_a_body_and_its_verb_are_no_agreement() -> None:
    sentence = split_sentences("The Supreme Court rules that Ostra has no veto over amendments.")[0]
    assert not any("rules" in fact.answer for fact in find_agreements(sentence))


def test_a_guard_rules_named_as_such_are_still_an_agreement() -> None:
    """Guard."""
    sentence = split_sentences("Kaldora adopted the Vell Trade Rules in 1990.")[0]
    assert any(fact.answer == "Vell Trade Rules" for fact in find_agreements(sentence))


def test_a_named_day_in_apposition_to_a_fronted_date_is_passed_over() -> None:
    text = "On 25 July 2013, Republic Day, the deputy Ivo Tamm was shot dead in Ostra."
    assert _asked(text, "25 July 2013") == "On what date was the deputy Ivo Tamm shot dead in Ostra?"


@given(st.sampled_from([
    "In what month and year did Ivo Tamm flee Kaldora and the rebel coalition of the Ostran "
    "Democratic Front (ODF) entered Vell?",
    "On what date did the imperial order arrive, and Khedive Ivo's son Jaan (Jan) became Khedive?",
    "In what month and year did Ostran troops occupy Lerno and a parliament elected from a single "
    "list asked to join Ostria?"]))
def test_a_second_clause_after_and_is_refused(question: str) -> None:
    assert _clause_after_did(question)


@given(st.sampled_from(["On what date did Ivo Tamm sign the treaty and the protocol attached to it?",
                        "On what date did Ivo Tamm and the delegates sign the treaty?",
                        "On what date did Tamm sign the treaty and the protocol that ended the "
                        "war?"]))
def test_a_guard_one_clause_with_and_stays(question: str) -> None:
    """Guard."""
    assert not _clause_after_did(question)


def test_the_first_part_of_a_list_of_dates_is_no_blank() -> None:
    kept, left = _run("Soldiers seized power in 1966, 1972, 1978 (in a palace coup), 1979 and 1981, "
                      "and the economy of Kaldora contracted sharply.")
    assert not any(q.startswith("Soldiers seized power in ____") for q in kept), kept
    assert any(q.startswith("Soldiers seized power in ____") and "list of dates" in why
               for q, why in left.items()), left
