"""Rule passes 190-191. Pass 190, from rounds 425-432: a past participle followed by where ("an
earthquake centred south of Elassona damages houses") describes its noun, and the verb is the
later one ("did an earthquake centred south of Elassona damage", not "did an earthquake centre
... damaged"); "damages houses and schools in villages" keeps its two plurals; "Konstantinos
Lachanas and his followers kill" is one plural subject, whose verb goes into the past; "22
February (10 February, Old Style):" is a timeline entry's label; a row of election results, an
office completed as a name ("appointed Kountouriotis Regent") and a verb that kept its "-s"
after "did" are refused. Pass 191, from rounds 433-440: a clause of another subject glued on
with ", and" and a past, a document's note on how it gives its dates, and "the The" are refused.
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card_faults

from quiz.generate.actors import _office_phrase
from quiz.generate.clauses import cut_clause, invert
from quiz.generate.facts import OFFICIAL, Fact
from quiz.generate.names import with_document_names
from quiz.generate.questions import _CAPITAL_COUNT, _ENTRY_LABEL
from quiz.generate.sentences import Sentence
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["centred south of Vell", "centred near Vell", "based outside Vell"]))
def test_a_participle_of_place_describes_its_noun(phrase: str) -> None:
    entry = entry_in_the_past(f"An earthquake {phrase} damages the town of Zell.")
    assert invert(entry, "on what date") == (
        f"On what date did an earthquake {phrase} damage the town of Zell?")


def test_a_participle_as_the_verb_is_still_the_verb() -> None:
    """(guard: "Ivo Tamm sailed north of Vell": no later verb, "sailed" is the clause's)"""
    assert invert("Ivo Tamm sailed north of Vell in 1801.", "in what year") == (
        "In what year did Ivo Tamm sail north of Vell in 1801?")


@given(st.sampled_from(["schools", "farms", "churches"]))
def test_two_plurals_joined_by_and_stay_nouns(second: str) -> None:
    assert entry_in_the_past(f"The flood damages houses and {second} in villages near Vell.") == (
        f"The flood damaged houses and {second} in villages near Vell.")


def test_a_second_verb_after_and_still_goes_into_the_past() -> None:
    """(guard: "is elected President and takes office")"""
    assert entry_in_the_past("Ivo Tamm is elected President and takes office in May.") == (
        "Ivo Tamm was elected President and took office in May.")


@given(st.sampled_from(["followers", "men", "sons"]))
def test_a_name_and_his_plural_is_one_subject(people: str) -> None:
    assert entry_in_the_past(f"Ivo Tamm and his {people} kill the guards at Vell.") == (
        f"Ivo Tamm and his {people} killed the guards at Vell.")


def test_an_entry_label_with_its_other_calendar_is_no_part_of_the_card() -> None:
    label = _ENTRY_LABEL.match("22 February (10 February, Old Style): The Treaty of Vell is "
                               "signed by Ivo Tamm.")
    assert label is not None and label.group().startswith("22 February (10 February")


@given(st.sampled_from(["On what date in 2003 did KP 18 seat, VP 13, ZP 8?",
                        "On what date was KP 13, VP 12, ZP 5 in a chamber of 35 seats?"]))
def test_a_row_of_election_results_is_refused(question: str) -> None:
    sentence = "25 May 2003: KP 18 seats, VP 13, ZP 8."
    assert any("election results" in why for why in _date_card_faults(sentence, question,
                                                                      "25 May 2003"))


def test_two_numbered_articles_are_no_results() -> None:
    """(guard: "Article 5, Section 3" is no row of results)"""
    sentence = "On 2 May 1990 Article 5, Section 3 of the Kell Act came into force."
    question = "On what date did Article 5, Section 3 of the Kell Act come into force?"
    assert not any("election results" in why for why in _date_card_faults(sentence, question,
                                                                          "2 May 1990"))


@given(st.sampled_from(["Regent", "Viceroy", "Mayor"]))
def test_an_office_after_a_verb_is_no_name_to_complete(office: str) -> None:
    text = (f"Ivo Tamm\n\nIvo Tamm was born at Vell in 1856. In 1920 parliament elected Tamm "
            f"{office}. When the king left in 1923, Tamm was again appointed {office}.\n")
    question = f"When the king left in ____, Ivo Tamm was again appointed {office}."
    assert with_document_names(question, "1923", text, subject="Ivo Tamm") == (question, "")


@given(st.sampled_from([("did Ivo Tamm I dies near Vell?", "died"),
                        ("did the great cyclone strikes near Vell?", "struck")]))
def test_a_verb_that_kept_its_s_after_did_is_refused(case: tuple[str, str]) -> None:
    question, past = case
    subject = question.removeprefix("did ").split(" dies")[0].split(" strikes")[0]
    sentence = f"On 9 May 1520 {subject} {past} near Vell."
    assert any("kept its “-s”" in why for why in _date_card_faults(
        sentence, f"On what date {question}", "9 May 1520"))


def test_a_plural_subject_before_its_verb_is_kept() -> None:
    """(guard: "did Kellish forces in trucks overrun the garrison": "forces" is the subject)"""
    sentence = "On 2 January 1987 Kellish forces in trucks overran the garrison at Vell."
    question = "On what date did Kellish forces in trucks overrun the garrison at Vell?"
    assert not any("kept its “-s”" in why for why in _date_card_faults(sentence, question,
                                                                       "2 January 1987"))


@given(st.sampled_from([", and Zell fell in November", ", and parliament elected Kell Regent",
                        ", and the demarcation dragged on for years"]))
def test_a_past_clause_glued_on_with_and_is_refused(clause: str) -> None:
    sentence = f"On 9 July 1822 Ivo Tamm destroyed the army at Vell{clause}."
    question = f"On what date did Ivo Tamm destroy the army at Vell{clause}?"
    assert any("glued on" in why for why in _date_card_faults(sentence, question, "9 July 1822"))


def test_a_names_and_is_no_clause() -> None:
    """(guard: "the Kell Nuclear Free Zone, Disarmament, and Arms Control Act passed")"""
    sentence = "In June 1987 the Kell Nuclear Free Zone, Disarmament, and Arms Control Act passed."
    question = ("In what month and year was the Kell Nuclear Free Zone, Disarmament, and Arms "
                "Control Act passed?")
    assert not any("glued on" in why for why in _date_card_faults(sentence, question,
                                                                  "June 1987"))


@given(st.sampled_from(["Old Style dates are given first", "dates below are given in the New "
                        "Style"]))
def test_a_documents_note_on_its_dates_is_refused(note: str) -> None:
    sentence = f"Kell used the Julian calendar until 1923; {note}."
    question = f"Kell used the Julian calendar until ____; {note}."
    assert any("how it gives its dates" in why for why in _date_card_faults(sentence, question,
                                                                            "1923"))


def test_the_the_is_refused() -> None:
    sentence = "In 1917 Ivo Tamm, the Provisional Government's Foreign Minister, claimed Vell."
    question = "Who, as the The Provisional Government's Foreign Minister, claimed Vell in 1917?"
    assert any("“the The”" in why for why in _date_card_faults(sentence, question, "1917"))


def test_two_names_after_a_participle_of_place_open_no_clause() -> None:
    assert invert("An earthquake centred near Vell and Zell damaged Kell and the valley.",
                  "on what date") == (
        "On what date did an earthquake centred near Vell and Zell damage Kell and the valley?")


@given(st.sampled_from([("Pius IX's Secretary of State", "Who, as Pius IX's Secretary of State,"),
                        ("The Kell Government's Foreign Minister",
                         "Who, as the Kell Government's Foreign Minister,")]))
def test_an_office_opened_by_a_possessive_takes_no_second_the(case: tuple[str, str]) -> None:
    role, phrase = case
    fact = Fact(OFFICIAL, "Ivo Tamm", 0, 8, Sentence("Ivo Tamm spoke.", 1), role=role)
    assert _office_phrase(fact) == phrase


def test_a_count_opening_the_sentence_is_lowered_after_were() -> None:
    question = "On what date were Nine young men captured near Vell shot by the garrison?"
    assert _CAPITAL_COUNT.sub(lambda m: m.group().lower(), question) == (
        "On what date were nine young men captured near Vell shot by the garrison?")


@given(st.sampled_from(["Exchange of Kellish and Vellish Populations", "Ministry of Trade and Industry"]))
def test_an_and_inside_a_name_after_of_is_no_clause_break(name: str) -> None:
    text = f" under the {name} signed at Zell on 30 January 1923."
    assert cut_clause(text) == text


def test_an_and_between_two_subjects_still_breaks() -> None:
    """(guard: "invaded Poland and Britain declared war": two clauses)"""
    assert cut_clause(" Kell invaded Vell and Zell declared war.") == " Kell invaded Vell"
