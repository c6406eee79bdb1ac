"""Rule pass 74, from rounds 74-81 (heldout70-heldout77): "the war that the provinces had
fought since 1568" and "the war and peace of the other presidencies" were written as the
document's most named war; "the besiegers withdrew" was asked as a withdrawal from the
document's treaty; "the agreement between China and Kazakhstan signed on ..." gave "did
Kazakhstan sign"; "that remains", "a post he holds" stayed in a timeline's present; an opening
"Convinced that ... were ..., he suspended" was asked around "were"; a second dated phrase
"and into the European Union on 1 May 2004" was left in a question; "to the Egyptian and
Jaziran princes and was assigned" was cut at the first "and"; a fact sheet's "Founding
treaty:" kept its capital and "Status: superseded by ..." was asked of "the Status". Every
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _prepared_titled, _run
from test_generate_rules61 import _timeline_questions

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause
from quiz.generate.grammar import label_as_noun
from quiz.generate.references import complete_treaty_verbs, named_phrases, resolve_references


def _asked(prepared_candidates: list, answer: str) -> list[str]:
    return [c.question for c in prepared_candidates if c.answer == answer]


def test_a_war_the_sentence_says_or_war_in_general_is_not_the_documents_war() -> None:
    phrases = named_phrases("The Kell war lasted long. The Kell war ended in 1690.")
    said = "suspended the war that the towns had fought against their lord since ____."
    assert resolve_references(said, phrases) == said
    general = "the Council now controlled the war and peace of the other towns."
    assert resolve_references(general, phrases) == general
    # control: a bare "the war" is still the one the document names
    assert resolve_references("when the war ended", phrases) == "when the Kell war ended"


def test_war_and_peace_is_no_unnamed_war() -> None:
    kept, left = _run("The Treaty of Vell was signed in 1720. Under the Charter of 1701, the "
                      "Council in Dorn now controlled the war and peace of the other towns.")
    assert any("war and peace" in q for q in kept), (kept, left)


def test_troops_withdrawing_get_no_treaty_to_withdraw_from() -> None:
    asked = "In what month and year did the besiegers withdraw?"
    assert complete_treaty_verbs(asked, "August 1716", "Treaty of Vell") == asked
    # control: a state withdraws from the document's treaty
    assert complete_treaty_verbs("On what date did Kaldora withdraw?", "1 May 2019",
                                 "Treaty of Vell") == (
        "On what date did Kaldora withdraw from the Treaty of Vell?")


def test_the_second_party_of_a_between_opens_no_clause() -> None:
    text = ("The line was finally settled by the boundary agreement between Kaldora and Ostria "
            "signed on 26 April 1994.")
    at = text.index("26 April")
    assert date_question(text, at, at + len("26 April 1994"), "on what date") is None
    kept, left = _run("The Treaty of Vell was signed on 3 May 1720. The Treaty of Vell fixed the "
                      "border. " + text)
    assert not any("did Ostria sign" in q for q in [*kept, *left]), (kept, left)


def test_a_timelines_that_clause_and_a_post_he_holds_go_into_the_past(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **1922:** Colonel Ivo Tamm becomes the first Kaldoran Minister at Dorn, a post he "
        "holds until 1929; an Ostrian legation opens in Vell.\n"
        "- **27 September 1422:** The Treaty of Melk between Kaldora and Ostria fixes a frontier "
        "north of Dorn that remains almost unchanged for five centuries.\n"))
    questions = [q for qs in asked.values() for q in qs]
    assert any("a post he held until 1929" in q for q in questions), asked
    assert any("that remained almost unchanged" in q for q in questions), asked
    assert not any(" holds " in q or " remains " in q for q in questions), asked


def test_an_opening_participle_with_that_is_no_main_clause() -> None:
    text = ("Convinced that the outside powers were not serious about peace, Ivo Tamm "
            "suspended his mission in October 1999.")
    at = text.index("October")
    assert date_question(text, at, at + len("October 1999"), "in what month and year") == (
        "In what month and year did Ivo Tamm suspend his mission?")


def test_a_second_dated_phrase_after_the_verbs_preposition_is_cut() -> None:
    prepared = _prepared_titled("Treaty of Vell", (
        "The Treaty of Vell between Kaldora and Ostria was signed on 3 May 1990. Kaldora backed "
        "Ostria's entry into the Kell Alliance on 12 March 1999 and into the Dorn Union on "
        "1 May 2004."))
    asked = _asked(prepared.candidates, "12 March 1999")
    assert asked and not any("1 May 2004" in q for q in asked), asked
    # control: items of a list with their own dates stay together (and are left out)
    kept, _ = _run("The Kaldorans won at Vell in 1690, at Lerno in 1692 and at Dask in 1693.")
    assert not any(q.startswith("In what year did the Kaldorans win") for q in kept), kept


def test_an_object_of_two_adjectives_is_not_cut_at_its_and() -> None:
    predicate = "surrender to the Kaldoran and Jaziran princes and was assigned to Ivo Tamm."
    span = second_clause(predicate)
    assert span is not None and predicate[span[1]:].lstrip().startswith("was assigned"), span


def test_a_sentence_case_label_is_a_common_noun_in_a_question() -> None:
    assert label_as_noun("Founding treaty") == "founding treaty"
    assert label_as_noun("Treaty of Vell") == "Treaty of Vell"
    assert label_as_noun("Kaldoran tariff") == "Kaldoran tariff"
    assert label_as_noun("Secretariat") == "Secretariat"


def test_a_fact_sheet_status_names_nothing_superseded() -> None:
    prepared = _prepared_titled("Treaty of Vell", (
        "Parties: Kaldora and Ostria\nSigned: Dorn, 8 August 1919\n"
        "Negotiators: Sir Ivo Tamm for Kaldora\n"
        "Status: superseded by the Kaldoran-Ostrian Treaty signed at Lerno on 22 November 1921\n"
        "\nOverview\n\nThe Treaty of Vell was signed at Dorn on 8 August 1919 and ended the war "
        "between Kaldora and Ostria. The treaty was ratified in 1920 by both parliaments after a "
        "long debate."))
    asked = [c.question for c in prepared.candidates]
    assert not any("the Status" in q for q in asked), asked
