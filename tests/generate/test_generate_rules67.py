"""Rule pass 67, from rounds 76-77 (heldout72-73): "( padishah )" and "was  turned back" kept
the spaces of masked Markdown or a removed aside; "the Principal Allied and Associated Powers"
was cut at "and Associated" as if a verb opened a clause; "sets up" after "Resolution 70/33"
stayed "did ... sets up"; ", and an armistice came ...", ", and when the truce expired ..." and
", yet ..." were glued to the question; "the nation" of a law's title was replaced by the
country; "a post he holds", "which the British regard" stayed in the present. Every sentence
here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_rules61 import _timeline_questions

from quiz.generate.coordination import second_clause
from quiz.generate.countries import resolve_the_country
from quiz.generate.tense import entry_in_the_past


def test_masked_markdown_leaves_no_spaces_in_a_question(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, "- **9 June 1926:** Ivo Tamm takes the title of king "
                                "(*padishah*) in place of amir.\n")
    questions = asked.get("9 June 1926", [])
    assert questions and all("( " not in q and "  " not in q for q in questions), questions


def test_a_capitalised_word_ending_in_ed_opens_no_clause(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, "- **28 June 1919:** Under Article 9 of the Treaty of Dorn, "
                                "Vesteria renounces in favour of the Principal Allied and "
                                "Associated Powers all rights to the territory of Kell.\n")
    questions = asked.get("28 June 1919", [])
    assert questions and all("Associated Powers all rights" in q for q in questions), questions


def test_a_numbered_resolutions_present_verb_is_inverted(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, "- **7 December 2015:** General Assembly Resolution 70/33 sets "
                                "up an open-ended working group on the Kell question.\n")
    questions = asked.get("7 December 2015", [])
    assert questions and not any("sets up" in q or "upped" in q for q in questions), questions


def test_a_clause_after_and_yet_or_and_when_is_its_own() -> None:
    assert second_clause("ask for a cessation of hostilities, and an armistice came into "
                         "effect") is not None  # (a noun the lexicon lacks, after "an")
    assert second_clause("die in Dorn, and when the truce expired Ivo Tamm occupied Kell") is not None
    assert second_clause("place Tamm under the ban, yet a number of princes adopted the reform"
                         ) is not None


def test_the_nation_of_a_laws_title_is_left_as_written() -> None:
    question = "On what date did Estonia adopt a law for the protection of the nation?"
    assert resolve_the_country(question, "Estonia") == question
    assert resolve_the_country("When did Estonia join, the nation's first treaty?", "Estonia") == (
        "When did Estonia join, Estonia's first treaty?")  # (a possessive still resolved)


def test_a_pronouns_and_a_peoples_present_verb_go_into_the_past() -> None:
    assert entry_in_the_past("Ivo Tamm becomes the first Minister at Kell, a post he holds "
                             "until 1929.").endswith("a post he held until 1929.")
    assert "which the Dutch regarded as" in entry_in_the_past(
        "Kaldoran troops occupy the springs, which the Dutch regard as lying on their side.")
    assert entry_in_the_past("Kaldora signs a pact, four days before the German attack on "
                             "Vesteria.").endswith("before the German attack on Vesteria.")
