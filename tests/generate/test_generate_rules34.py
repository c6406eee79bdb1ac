"""Rule pass 34, from the faults readers found in round 46 (heldout45, judged before any of these
rules was written) and in earlier rounds: a nation's leader asked what office they held with no
topic to tie it to ("What position did Yitzhak Rabin hold in 1994?"); a date question that
carries a second, dated event joined by "and" ("at Gundet and at Gura in March 1876"); a
biography's subject called by the father's name ("Plaza Gutiérrez" for Galo Plaza Lasso); a
stray comma after an opening "When" ("When, Galo Plaza Lasso left office"). Every sentence here
is invented. Each test fails on the code before, except two guards of the leader rule (a card
headed with the document's subject, a deputy's office), which that code passes as it has no such
rule."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.documents import Document
from quiz.generate.names import with_document_names
from quiz.generate.pipeline import prepare
from quiz.generate.questions import _biography_subject_named
from quiz.generate.trim import without_dated_conjunct

_SIGNING = ("On 17 September 1978 the Ostrian Prime Minister, Karl Benn, signed the Harrow "
            "Accords with Vell. Benn had led Ostria since 1977. In 1979 Benn met Ivo Tamm again, "
            "and Benn resigned in 1983.")


def test_a_nations_leaders_office_is_not_asked_out_of_context() -> None:
    kept, left = _run(_SIGNING)
    asked = "What position did Karl Benn hold in September 1978?"
    assert asked not in kept
    assert "leader" in left[asked]
    # Asked the other way it is as trivial (pass 100: readers rejected 25 of 36 such verdicts)
    assert "leader" in left.get("Who was the Ostrian Prime Minister in September 1978?", "")


def test_a_nations_leaders_office_is_not_asked_under_the_documents_subject_either() -> None:
    """Pass 104 dropped this guard's exception: headed with the document's subject, such cards
    were accepted in only 5 of 12 verdicts (rounds 60-115)."""
    body = (f"The Harrow Accords were signed on 17 September 1978. {_SIGNING} The Harrow Accords "
            "ended the war.")
    doc = Document(Path("harrow-accords.txt"), f"The Harrow Accords\n\n{body}\n",
                   "The Harrow Accords", None)
    kept = {c.question: c.answer for c in prepare(doc).candidates}
    assert "Harrow Accords: What position did Karl Benn hold in September 1978?" not in kept


def test_a_deputys_office_is_no_leaders() -> None:
    _, left = _run("On 17 September 1978 the Ostrian Deputy Prime Minister, Karl Benn, signed "
                   "the Harrow Accords with Vell. Benn had led the party since 1977. In 1979 Benn "
                   "met Ivo Tamm again, and Benn resigned in 1983.")
    assert not any("leader" in reason for reason in left.values())


def test_a_second_dated_event_joined_by_and_is_cut() -> None:
    assert without_dated_conjunct(
        "In what month and year did Emperor Otmar defeat the invaders at Vell and at Harrow in "
        "March 1876?") == "In what month and year did Emperor Otmar defeat the invaders at Vell?"
    assert without_dated_conjunct(
        "In what month and year did Ostria sign a treaty with Vell, and another with Harrow in "
        "1654?") == "In what month and year did Ostria sign a treaty with Vell?"
    for kept in (  # a list of dated events; a relative clause; a cloze
            "In what year did Ostria win at Vell, at Harrow in 1692 and at Kell in 1693?",
            "In what month and year did Ostria invade Vell, which it gave up in 1809?",
            "Ostria won at Vell in ____ and at Harrow in 1693."):
        assert without_dated_conjunct(kept) == kept


def test_a_biographys_subject_is_not_called_by_a_relatives_name() -> None:
    text = ("Ivo Benn Mason (1906–1987)\n\nBenn was born in Harrow on 17 February 1906. His "
            "father, General Karl Benn Gutiérrez, had been President of Vell.")
    question = "On what date was Benn born in Harrow?"
    assert with_document_names(question, "17 February 1906", text, "Ivo Benn Mason")[0] == (
        "On what date was Ivo Benn Mason born in Harrow?")
    # without the subject, "Mason" being a word too, the one full name found is the father's
    assert with_document_names(question, "17 February 1906", text)[0] == (
        "On what date was Benn Gutiérrez born in Harrow?")


def test_an_opening_when_takes_no_comma_before_the_subjects_name() -> None:
    assert _biography_subject_named(
        "When he left office on ____, he became the first president of Vell to complete a term.",
        "31 August 1952", "Karl Benn", "he") == (
        "When Karl Benn left office on ____, he became the first president of Vell to complete a "
        "term.")
