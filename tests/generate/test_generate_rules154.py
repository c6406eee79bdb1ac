"""Rule pass 154, from rounds 277-280: "the nation" no country in the question names is left for
the card to be dropped, not written as the document's main country ("general of France" for
Corsica's "general of the nation"); "At Salemi Garibaldi proclaims" is a place, then the man;
"which Palermo rejects" closing a timeline entry goes into the past; "and that of others" opens
no clause; "Forty-four Special Action Force commandos" and "Sporadic violence" are lowered
mid-question; "Republic Act No. 11054" is no agreement's name; and these are refused: an "After
..." clause whose main clause was cut, "replaced it" with nothing for "it" to be, "split between
the followers of Belmonte" (the other party cut), "..., and Corsica." cut before its verb, a noun
and its relative clause alone, and "Hashim Salamat, a cleric ..., tried ...; his faction" read
as the biography's subject's. Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import cut_clause, date_question
from quiz.generate.countries import resolve_the_country
from quiz.generate.names import document_full_names
from quiz.generate.questions import _another_person_named
from quiz.generate.sentences import Sentence
from quiz.generate.tense import entry_in_the_past


def test_the_nation_no_country_names_is_not_the_main_country() -> None:
    assert resolve_the_country("On what date was Ivo Tamm, general of the nation, killed?",
                               "France") is None


def test_the_nations_named_country_is_still_written() -> None:
    """(guard: "When did Estonia join, the nation's first treaty?")"""
    assert resolve_the_country("When did Estonia join, the nation's first treaty?", "Estonia") == (
        "When did Estonia join, Estonia's first treaty?")


@given(st.sampled_from(["At", "In", "From"]))
def test_a_place_opening_an_entry_is_no_first_name(opening: str) -> None:
    text = (f"- 14 May: {opening} Zellemi Vellardi proclaims himself dictator.\n"
            "- 27 May: Vellardi enters Kell.\n")
    assert "Zellemi Vellardi" not in document_full_names("Vellardi", text)


def test_a_full_name_is_still_found() -> None:
    """(guard: "Giuseppe Vellardi proclaims")"""
    text = "- 14 May: Giuseppe Vellardi proclaims himself dictator.\n- 27 May: Vellardi enters Kell.\n"
    assert document_full_names("Vellardi", text) == frozenset({"Giuseppe Vellardi"})


@given(st.sampled_from([
    ("Ivo Tamm promulgates a constitution, which Kell rejects.", "which Kell rejected."),
    ("The Act of Zell offers Kell a parliament on terms the Kellan parliament rejects.",
     "on terms the Kellan parliament rejected."),
]))
def test_a_relative_clause_closing_an_entry_goes_into_the_past(case: tuple[str, str]) -> None:
    entry, ending = case
    assert entry_in_the_past(entry).endswith(ending)


def test_a_noun_and_its_plural_closing_an_entry_stay_nouns() -> None:
    """(guard: "The Court upholds the registration and deportation provisions.")"""
    assert entry_in_the_past("The Court upholds the registration and deportation provisions.") == (
        "The Court upheld the registration and deportation provisions.")


def test_that_of_others_opens_no_clause() -> None:
    text = " has served, by his own account and that of others, in the armies of Kell."
    assert cut_clause(text) == text


@given(st.sampled_from(["Forty-four", "Twelve", "Three hundred"]))
def test_a_number_before_a_named_units_plural_is_lowered(number: str) -> None:
    text = f"{number} Kell Action Force commandos were killed at Vell in 2015."
    question = date_question(text, text.index("2015"), text.index("2015") + 4, "in what year")
    assert question is not None and f"were {number.lower()} Kell Action Force commandos" in (
        question)


def test_a_name_holding_a_number_keeps_its_capital() -> None:
    """(guard: "Thirty Years War")"""
    text = "Thirty Years War broke out in Vell in 1618."
    question = date_question(text, text.index("1618"), text.index("1618") + 4, "in what year")
    assert question is not None and "Thirty Years War" in question


def test_an_ic_adjective_the_lexicon_also_knows_as_a_noun_is_lowered() -> None:
    text = "Sporadic violence began in Vell in November 1990, but the main fighting came later."
    at = text.index("November")
    question = date_question(text, at, at + 13, "in what month and year")
    assert question is not None and "sporadic violence" in question


def test_a_law_by_its_number_is_no_agreement_name() -> None:
    assert find_agreements(Sentence("The Kell Organic Law, Republic Act No. 11054, was "
                                    "signed.", 1)) == []


def test_an_after_clause_whose_main_clause_was_cut_is_refused() -> None:
    sentence = ("After the Kell Assembly's decree of 30 November 1789 declared Vell part of the "
                "kingdom and allowed the exiles to return, Ivo Tamm came home in 1790.")
    question = "After the Kell Assembly's decree of ____ declared Vell part of the kingdom."
    assert any("subordinate clause alone" in f for f in _date_card_faults(sentence, question,
                                                                    "30 November 1789"))


def test_an_after_phrase_before_its_main_clause_is_no_fault() -> None:
    """(guard: "After Tamm's overthrow in ____ the new government asked")"""
    sentence = "After Tamm's overthrow in 1955 the new Kell government asked Vell for help."
    question = "After Tamm's overthrow in ____ the new Kell government asked Vell for help."
    assert not any("subordinate clause alone" in f for f in _date_card_faults(sentence, question,
                                                                        "1955"))


def test_it_the_object_of_the_first_verb_is_refused() -> None:
    sentence = "The Kell Statute of 10 July 1848 replaced it as the law of the kingdom of Vell."
    question = "The Kell Statute of ____ replaced it as the law of the kingdom of Vell."
    assert any("“it”, the object" in f for f in _date_card_faults(sentence, question, "10 July 1848"))


def test_it_after_its_antecedent_is_no_fault() -> None:
    """(guard: "Azikiwe at first supported it", after the clause naming Biafra)"""
    sentence = ("When Kellia seceded as Vellia on 30 May 1967, Ivo Tamm at first supported it "
                "and travelled abroad.")
    question = ("When Kellia seceded as Vellia on ____, Ivo Tamm at first supported it and "
                "travelled abroad.")
    assert not any("“it”, the object" in f for f in _date_card_faults(sentence, question, "30 May 1967"))


def test_one_side_of_between_is_refused() -> None:
    sentence = ("The Kell parliament of 1813 split between the followers of Belmonte and those "
                "of Zell.")
    question = "The Kell parliament of ____ split between the followers of Belmonte."
    assert any("“between” one party" in f for f in _date_card_faults(sentence, question, "1813"))


def test_between_a_plural_is_no_fault() -> None:
    """(guard: "a frontier between two Kellan states.")"""
    sentence = ("When Vell became independent on 30 November 1967, the line became a frontier "
                "between two Kellan states.")
    question = ("When Vell became independent on ____, the line became a frontier between two "
                "Kellan states.")
    assert not any("“between” one party" in f for f in _date_card_faults(sentence, question,
                                                                   "30 November 1967"))


def test_a_second_clause_cut_after_its_subject_is_refused() -> None:
    sentence = ("Kell had lost much of its empire by the Peace of Vell of 1763, and Zellia, lying "
                "off its coast, promised a strategic gain.")
    question = "Kell had lost much of its empire by the Peace of Vell of ____, and Zellia."
    assert any("cut after “, and”" in f for f in _date_card_faults(sentence, question, "1763"))


def test_a_list_closing_with_and_a_name_is_no_fault() -> None:
    """(guard: "after Kell, which signed a treaty on ____, and Vell, which followed")"""
    sentence = ("Zell became the third state to do so, after Kell, which signed a treaty on 26 "
                "March 1979, and Vell, which followed in 1994.")
    question = ("Zell became the third state to do so, after Kell, which signed a treaty on ____, "
                "and Vell.")
    assert not any("cut after “, and”" in f for f in _date_card_faults(sentence, question,
                                                                 "26 March 1979"))


def test_a_noun_and_its_relative_clause_alone_is_refused() -> None:
    sentence = ("It passed through stages: a long negotiation over Kellan autonomy that ended with "
                "the Final Vell Agreement of 2 September 1996; and a second process.")
    question = "A long negotiation over Kellan autonomy that ended with the Final Vell Agreement of ____."
    assert any("relative clause, with no verb" in f
               for f in _date_card_faults(sentence, question, "2 September 1996"))


def test_that_before_a_month_is_no_relative_pronoun() -> None:
    """(guard: "the collapse of the government in Kell that December ended the occupation")"""
    sentence = ("The Vellish withdrawal in May 1946 and the collapse of the government in Kell "
                "that December ended the occupation.")
    question = ("The Vellish withdrawal in ____ and the collapse of the government in Kell that "
                "December ended the occupation.")
    assert not any("relative clause, with no verb" in f
                   for f in _date_card_faults(sentence, question, "May 1946"))


def test_another_persons_clause_before_a_semicolon_is_found() -> None:
    before = ("In December 1977 Karl Brannik, a cleric who resented the chairman's secular "
              "leadership, tried to take over the front")
    assert _another_person_named(before, "Ivo Tamm")


def test_the_biographys_own_clause_before_a_semicolon_is_no_other_person() -> None:
    """(guard: "... with Karl Brannik to Vell for the talks, and in the following months he
    served ...": his is the biography's)"""
    before = ("He went with Karl Brannik to Vell for the talks that produced the treaty of 14 "
              "August 1945, and in the following months he served as commissioner in Zell")
    assert not _another_person_named(before, "Ivo Tamm")
