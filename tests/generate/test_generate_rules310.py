"""Rule pass 310, from rounds 1213-1220 (heldout1205-1212) as their second readers judged them:

- "Between ____ a revolt drove Emperor Otto III and Orso Orseolo out of the city": the text also
  calls the doge "Ottone (Otto)", so a bare "Otto" is not only the emperor it names;
- "was the Act of Hereditary Absolute Rule issued in three copies for the nobility?" of "... for
  the nobility, the clergy and the burghers": a question that ends on a list's first item;
- "In what year was the liberal Democrat elected Governor of Connecticut?" of "came through
  Chester Bowles, the liberal Democrat elected Governor ... in 1948": an apposition on a name
  after a preposition is no clause to ask.

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
