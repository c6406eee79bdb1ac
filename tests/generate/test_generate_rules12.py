"""A date from a later predicate, an opening age phrase, a named war cut at its dash, a treaty
named after the countries in its cloze, a number word's capital inside a question.

Sentences are invented for these tests."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.clauses import date_question


def _asked(text: str, date: str, wh: str = "in what year") -> str | None:
    start = text.rindex(date)
    return date_question(text, start, start + len(date), wh)


def test_a_date_after_a_later_predicate_is_not_asked_of_the_first() -> None:
    text = ("When the revolt began in 1731, Orla Vennick first advised the council in Dunmere "
            "and later became a captain, leading a march across the hills in 1734.")
    assert _asked(text, "1734") is None


def test_a_clause_after_an_opening_when_clause_keeps_its_own_date() -> None:
    text = "When the revolt ended, Orla Vennick signed the charter in 1736."
    assert _asked(text, "1736") == "In what year did Orla Vennick sign the charter?"


def test_an_opening_age_phrase_is_left_out_of_a_question() -> None:
    text = ("In 1729, at the age of thirty-one, Duke Arno Feld named Orla Vennick keeper of "
            "the seals.")
    question = _asked(text, "1729")
    assert question is not None and "age" not in question
    assert question.startswith("In what year did Duke Arno Feld name")


def test_a_named_war_with_a_dash_is_not_cut_to_its_second_word() -> None:
    kept, _ = _run("The war between Kell and Ostria began in March 1702, following a dispute "
                   "over the salt mines of Varn.\n\n"
                   "The Treaty of Dunmere ended the Kellish–Ostrian War in June 1704.")
    assert not any("Ostrian War between" in q for q in kept)
    assert any("the war between Kell and Ostria" in q for q in kept)


def test_a_treaty_named_after_the_nations_in_its_cloze_is_given_away() -> None:
    kept, left = _run("Sweden sold its last colonies in the west to France under the "
                      "French–Swedish Treaty of 1878.")
    assert not any(answer == "French–Swedish Treaty" for answer in kept.values())
    assert any("every word of the name" in reason for reason in left.values())


def test_a_number_word_opening_the_sentence_is_lower_case_inside_a_question() -> None:
    kept, _ = _run("Fourteen Ostrian towns signed the Charter of Varn on 3 May 1702.")
    assert any("did fourteen Ostrian towns sign" in q for q in kept)
    assert not any("Fourteen Ostrian" in q for q in kept)


def test_a_passive_phrase_after_the_asked_object_goes_with_the_question_word() -> None:
    kept, left = _run("- **March 1702:** the Vell assembly endorsed the Kell Peace Plan proposed "
                      "by Prince Arno of Ostria.")
    asked = [q for q in {**kept, **left} if q.startswith("What plan")]
    assert asked == ["What plan proposed by Prince Arno of Ostria did the Vell assembly endorse?"]
    assert not any(reason.startswith("vague: what it refers") for q, reason in left.items()
                   if q in asked)
