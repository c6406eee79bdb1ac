"""Rule pass 85, from rounds 88-89 (heldout84, heldout85): "Britain itself made peace" was
asked "did the Britain itself make peace"; "created Oxenstierna Count of Södermöre later" kept
its "later"; a fill-in ending in a bracket "(28 March 1801)" had no full stop; ", and many
trekkers then crossed back" was glued to the question. Every sentence here is invented. Each
test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled, _run

from quiz.generate.clauses import _finish, date_question


def test_a_name_and_itself_takes_no_article() -> None:
    text = "Britain itself made peace at Vell on 25 March 1802."
    at = text.index("25 March")
    asked = date_question(text, at, at + len("25 March 1802"), "on what date")
    assert asked is not None and "the Britain" not in asked and "britain" not in asked, asked


def test_a_bare_later_closing_a_question_goes() -> None:
    text = "In 1645 Queen Mara created Ivo Tamm Count of Vell later."
    assert date_question(text, 3, 7, "in what year") == (
        "In what year did Queen Mara create Ivo Tamm Count of Vell?")
    # control: "two years later" says when, and stays
    assert _finish("In what year did Ivo Tamm move to Dorn two years later") == (
        "In what year did Ivo Tamm move to Dorn two years later?")


def test_a_fill_in_ending_in_a_bracket_gets_its_full_stop() -> None:
    kept, _ = _run("Kaldora and Ostria signed the Treaty of Vell on 9 February 1801. Within weeks "
                   "Kaldora imposed the Treaty of Dorn on Lerno (28 March 1801)")
    assert all(not q.endswith(")") for q in kept), kept


def test_a_quantifier_opens_a_second_clauses_subject() -> None:
    text = ("Kaldora annexed the Republic of Vell in 1843, and many trekkers then crossed back "
            "over the mountains.")
    at = text.index("1843")
    assert date_question(text, at, at + 4, "in what year") == (
        "In what year did Kaldora annex the Republic of Vell?")


def test_the_court_alone_does_not_say_which_court() -> None:
    """Pass 86: "Who was the President of the Court in 1966?" (the International Court of
    Justice, named in another sentence): readers rejected all ten such verdicts."""
    prepared = _prepared_titled("Ivo Tamm", (
        "Ivo Tamm (1893-1985) was a Kaldoran judge.\n\nIvo Tamm was born in Vell on 6 February "
        "1893. He sat on the International Court of Justice from 1964 and presided over the "
        "General Assembly in 1962 and over the Court from 1970 to 1973. After leaving the Court "
        "in 1973, Ivo Tamm lived for some years in Dorn before returning home."))
    asked = [c.question for c in prepared.candidates]
    assert asked and not any("the Court" in q for q in asked), asked
