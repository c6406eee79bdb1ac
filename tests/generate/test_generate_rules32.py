"""Rule pass 32, from the faults readers found in rounds 43 and 44 (heldout42 and heldout43,
judged before any of these rules was written): a surname or given name ending in "-i"
("Károlyi", "Tafari") taken for a nation's adjective and so never completed; a ruler named by
name and number alone ("Leopold I", "Charles II") or by one word ("Christina") where the
document introduces them with a rank or a land; an epithet name ("Louis the German") given
another ruler's number. Every sentence here is invented. Each test fails on the code before,
except two guards of the new rule (a land named only later; a rank that would make the question
too long), which that code passes as it adds no rank at all."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.officials import NATIONAL_WORD
from quiz.generate.ranks import with_ranks


def test_a_name_ending_in_i_is_no_nations_adjective() -> None:
    for name in ("Vasári", "Tafuri", "Benotti"):
        assert not NATIONAL_WORD.fullmatch(name)
    for adjective in ("Iraqi", "Pakistani", "Thai", "Saudi", "Israeli", "Azerbaijani", "Māori"):
        assert NATIONAL_WORD.fullmatch(adjective)
    kept, _ = _run("Count Pál Vasári led the army of the estates. Vasári was created a count of "
                   "Ostria in 1712.")
    assert "In what year was Pál Vasári created a count of Ostria?" in kept


def test_a_given_name_ending_in_i_is_completed() -> None:
    text = ("Ras Mulu was born Lij Tafuri Benkat in 1892.\n\n"
            "Taught by missionaries, Tafuri became governor of Harrow in 1910.")
    assert document_full_names("Tafuri", text) == frozenset({"Tafuri Benkat"})
    question = "Taught by missionaries, Tafuri became governor of Harrow in ____."
    assert with_document_names(question, "1910", text)[0] == (
        "Taught by missionaries, Tafuri Benkat became governor of Harrow in ____.")


def test_a_regnal_name_gets_the_rank_or_land_it_was_first_named_with() -> None:
    text = ("Emperor Otmar I ruled Ostria for forty years. Karl II of Vell made war on him. "
            "Otmar I died on 5 May 1705, and Karl II died in 1700.")
    assert with_ranks("On what date did Otmar I die?", "5 May 1705", text) == (
        "On what date did Emperor Otmar I die?")
    assert with_ranks("In what year did Karl II die?", "1700", text) == (
        "In what year did Karl II of Vell die?")
    kept, _ = _run(text)
    assert "On what date did Emperor Otmar I die?" in kept
    # a rank already given, or the name in the answer, is left as it is
    assert with_ranks("On what date did Emperor Otmar I die?", "5 May 1705", text) == (
        "On what date did Emperor Otmar I die?")
    assert with_ranks("Who died on 5 May 1705?", "Otmar I", text) == "Who died on 5 May 1705?"


def test_a_land_given_only_later_may_be_anothers() -> None:
    # the first "Karl II" is Ostria's; the later "Karl II of Vell" is another king
    text = ("Karl II agreed to marry Princess Ilsa in 1661. Years later the death of Karl II of "
            "Vell in 1700 left no heir.")
    question = "In what year did Karl II agree to marry Princess Ilsa?"
    assert with_ranks(question, "1661", text) == question


def test_a_rank_that_would_make_the_question_too_long_is_not_added() -> None:
    text = "Emperor Otmar I ruled Ostria. " + "Otmar I died. " * 3
    question = ("On what date did Otmar I, after a reign of forty years spent in wars with every "
                "neighbour of Ostria and with the Vellish princes, finally die there at Harrow?")
    assert len(question.split()) == 30
    assert with_ranks(question, "5 May 1705", text) == question


def test_a_one_word_ruler_gets_the_rank_first_given() -> None:
    text = ("Queen Ilsa inherited the throne of Vell as a child.\n\n"
            "In December 1644 Ilsa came of age and took the government into her own hands.")
    assert document_full_names("Ilsa", text) == frozenset({"Queen Ilsa"})
    kept, _ = _run(text)
    assert "In what month and year did Queen Ilsa come of age?" in kept
    # a rank given only after another first naming may be one risen to later
    later = ("Omar Benkat bin Tamm was born in 1906.\n\nIn 1919 Omar led a mission. "
             "Prince Omar signed the pact in 1934.")
    assert document_full_names("Omar", later) != frozenset({"Prince Omar"})


def test_a_name_with_an_epithet_is_whole() -> None:
    text = ("Karl II ruled the middle kingdom. Karl the Bold and his brother divided the west in "
            "843.")
    question = "In what year did Karl the Bold and his brother divide the west?"
    assert with_document_names(question, "843", text)[0] == question
