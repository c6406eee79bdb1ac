"""Rule pass 85, from rounds 88-89 (heldout84, heldout85): "Britain itself made peace" was
asked "did the Britain itself make peace"; "created Oxenstierna Count of Södermöre later" kept
its "later"; a fill-in ending in a bracket "(28 March 1801)" had no full stop; ", and many
trekkers then crossed back" was glued to the question. Every sentence here is invented. Each
test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run

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
