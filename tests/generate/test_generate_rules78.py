"""Rule pass 78, from rounds 64 and 84-85 (heldout64, heldout80, heldout81): "the North" of a
document that writes only "North Korean" became "North Korean conduct", and "last year" anchored
as "in 2017" repeated the year the question gives; "the eastern Netherlands" got a second "the";
"... and Paraguay protests." and "... and calls for" stayed in a timeline's present; "and under
the Gold Coast Colony in 1874" and ", and Venezuela's ministers under President X included"
were glued to the question; "the European Economic Community" gave a person "Economic
Community". Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _prepared_titled, _run
from test_generate_rules61 import _timeline_questions

from quiz.generate.clauses import date_question
from quiz.generate.coordination import second_clause
from quiz.generate.definites import resolve_definites
from quiz.generate.tense import present_left


def test_the_north_is_the_noun_of_the_adjective_the_document_writes() -> None:
    text = ("Ostria welcomed the North Kaldorean leader. South Kaldorea and the North met. The "
            "North tested a missile on 3 September.")
    question, why = resolve_definites("On what date did the North test a missile?", "3 September",
                                      text, "The North tested a missile on 3 September.")
    assert (question, why) == ("On what date did North Kaldorea test a missile?", ""), why


def test_a_year_the_question_gives_is_not_repeated() -> None:
    kept, _ = _run("Relations changed fast. Kaldora tested its sixth missile on 3 September "
                   "last year and its seventh on 29 November.", dated=True)
    asked = [q for q, a in kept.items() if a == "3 September"]
    assert asked and not any(q.count("2023") > 1 for q in asked), kept


def test_an_article_before_an_adjective_is_not_doubled() -> None:
    kept, _ = _run("The Bishop of Dorn, who had invaded the eastern Netherlands with Kaldoran "
                   "subsidies, was forced to make peace at Vell in April 1666.")
    assert kept and not any("the eastern the Netherlands" in q for q in kept), kept


def test_a_names_verb_closing_a_timeline_entry_goes_into_the_past(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **June 1965:** Kaldoran troops set up a post in the disputed area near the falls, and "
        "Ostria protests.\n"))
    questions = [q for qs in asked.values() for q in qs]
    assert questions and not any(q.endswith("Ostria protests?") for q in questions), asked
    assert present_left("On what date did the resolution declare that the vote was void and "
                        "calls for talks?")


def test_a_dated_phrase_after_and_under_is_cut() -> None:
    kept, _ = _run("Dorn was placed under the Governor of the Kaldoran Settlements at Vell in "
                   "1866 and under the Ostrian Colony in 1874, and became a colony again in 1886.")
    asked = [q for q, a in kept.items() if a == "1866"]
    assert asked and not any("1874" in q for q in asked), kept


def test_a_possessive_opens_the_subject_of_a_second_clause() -> None:
    predicate = ("succeed Lund in 1984, and Ostria's ministers under President Ivo Tamm included "
                 "Mara Berg")
    assert second_clause(predicate) is not None


def test_a_bodys_name_is_no_persons() -> None:
    prepared = _prepared_titled("The Vell Doctrine", (
        "The Vell Doctrine, 1955-1970.\n\n"
        "- **January 1958:** Ivo Tamm leaves the Foreign Office to become the first President of "
        "the Commission of the Kaldoran Economic Community, a post he holds until 1967.\n"))
    asked = [c.question for c in prepared.candidates]
    assert not any("did Economic Community" in q for q in asked), asked


def test_a_date_inside_an_apposition_is_not_the_main_verbs() -> None:
    """Pass 79: "John Beecroft, appointed in 1849 as consul ..., took up Akitoye's cause" was
    asked "In what year did John Beecroft ... take up Akitoye's cause?" (1849)."""
    for text, year in (("Ivo Tamm, appointed in 1849 as Kaldoran consul for the Vell coast, took "
                        "up Mara Lund's cause.", "1849"),
                       ("The Vell Society, the secret society founded in Dorn in 1814 to prepare a "
                        "rising, approached him twice.", "1814")):
        at = text.index(year)
        assert date_question(text, at, at + 4, "in what year") is None, text
    kept, _ = _run("In July 1469 the couple married at Vell.")
    assert "July 1469" not in kept.values(), kept
