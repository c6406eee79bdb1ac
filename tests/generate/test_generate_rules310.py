"""Rule pass 310, from rounds 1213-1220 (heldout1205-1212) as their second readers judged them:

- "Between ____ a revolt drove Emperor Otto III and Orso Orseolo out of the city": the text also
  calls the doge "Ottone (Otto)", so a bare "Otto" is not only the emperor it names;
- "was the Act of Hereditary Absolute Rule issued in three copies for the nobility?" of "... for
  the nobility, the clergy and the burghers": a question that ends on a list's first item;
- "In what year was the liberal Democrat elected Governor of Connecticut?" of "came through
  Chester Bowles, the liberal Democrat elected Governor ... in 1948": an apposition on a name
  after a preposition is no clause to ask;
- pass 309's later-act rule (pass 311): an earlier clause joined by ", and" or an aside before
  the clause's verb is no list of acts (the judged sets lost 22 kept cards to it, among them "did
  Manuel Fraga Iribarne ... hand over power at Santa Isabel?").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.names import document_full_names


def test_a_name_given_in_brackets_after_another_is_a_second_bearer() -> None:
    text = ("Ivo befriended the Emperor Ludo III. His younger brother Ludovico (Ludo) became doge "
            "in 1009. In 1022 a revolt drove Ludo and Ivo out of the city.")
    assert document_full_names("Ludo", text) == frozenset({"Ludo III", "Ludovico"})


def test_a_guard_one_bearer_is_still_the_name() -> None:
    text = "Ivo befriended the Emperor Ludo III. In 1002 Ludo died at Kask."
    assert document_full_names("Ludo", text) == frozenset({"Ludo III"})


def test_a_question_ending_on_a_lists_first_item_is_left_out() -> None:
    from quiz.generate.questions import _asked_inside_list
    text = ("The Act of Kask is issued in three copies for the nobility, the clergy and the "
            "burghers and sent round the kingdom for signature.")
    assert _asked_inside_list("On what date in 1661 was the Act of Kask issued in three copies "
                              "for the nobility?", text)


def test_a_guard_a_question_ending_on_a_whole_phrase_is_kept() -> None:
    from quiz.generate.questions import _asked_inside_list
    text = "The Act of Kask was issued in three copies for the nobility on 10 January 1661."
    assert not _asked_inside_list("On what date was the Act of Kask issued in three copies for "
                                  "the nobility?", text)


def test_an_apposition_on_a_name_after_a_preposition_is_no_clause() -> None:
    from quiz.generate.clauses import date_question
    text = ("His first post came through Ivo Dorn, the liberal Democrat elected Governor of Kask "
            "in 1948.")
    at = text.index("1948")
    assert date_question(text, at, at + 4, "in what year") is None


def test_a_guard_a_clause_after_an_opening_place_is_asked() -> None:
    from quiz.generate.clauses import date_question
    text = "In Kask, the council elected Ivo Dorn in 1900."
    at = text.index("1900")
    assert date_question(text, at, at + 4, "in what year") == (
        "In Kask, in what year did the council elect Ivo Dorn?")


def test_a_guard_an_earlier_clause_or_an_aside_is_no_list_of_acts() -> None:
    # (pass 309 read "X won ..., and Y, Minister of Z, handed over power [in 1968]" and "a fleet
    # under X, allied with Y, forced Z [in 1667]" as lists of acts whose last had the date)
    from quiz.generate.clauses import date_question
    text = ("Ivo won the run-off of 29 September 1968, and Lia Dorn, Kask's Minister of Ports and "
            "Tourism, handed over power at Vell on 12 October 1968.")
    at = text.index("12 October 1968")
    assert date_question(text, at, at + 15, "on what date") == (
        "On what date did Lia Dorn, Kask's Minister of Ports and Tourism, hand over power at "
        "Vell?")
    text = "A fleet under Ivo Dorn, allied with Lia Vell, forced the Sultan of Kask to yield in 1667."
    at = text.index("1667")
    asked = date_question(text, at, at + 4, "in what year")
    assert asked is not None and "force the Sultan of Kask" in asked, asked
