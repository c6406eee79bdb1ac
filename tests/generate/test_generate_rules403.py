"""Rule pass 403, from the readers of rounds 1743-1758.

- A description opening a sentence before its pronoun ("A leader of the moderate, non-Marxist
  wing of the Zionist labour movement for forty years, he became the first Speaker of the
  Knesset in 1949") was asked as the subject: "In what year did a leader of the moderate, ...,
  Yosef Sprinzak become" (round 1750, ungrammatical). The pronoun is the subject, and no
  question is asked of it; the sentence's blank, with the person's name, is.

- A shipping company's article, "United States Lines (1921–1952)", was read as a life whose
  pronoun is "she", and a liner's "her maiden voyage" became "United States Lines maiden
  voyage" (round 1748). "Lines" names no person, and an operator of liners is a body.
- "the President Roosevelt", a liner, was written "the President Kermit Roosevelt" (round
  1748): after "the" a title and a surname are a thing's name.
- "at 3.37 in the afternoon" was cut to "in the afternoon" (round 1746).
- A question of a "when" clause alone ("On what date did a de Havilland Comet leave London?")
  left out its main clause, the fact ("BOAC introduced the first jet airliner service on 2 May
  1952, when ..."): rounds 1261-1758 kept 40 of 76; the sentence's blank keeps both. After a
  main clause that only says an event came ("The worst disaster came on ..."), 30 of 42.
- "Among them was ...", "Among the first projects was ...": among what (5 of 18 kept).
- "United States Lines (1921–1952)" gave its cards no label: "States" was read as a headline's
  verb and the years as a life's.
- "gathering the leading Atlantic lines" was put in the past as "lined" (round 1742), and "on
  the day the revolution reaches Berlin" was left in the present (round 1744).

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.clauses import invert
from quiz.generate.documents import main_person
from quiz.generate.names import with_full_names
from quiz.generate.questions import _TIME_OF_DAY
from quiz.generate.tense import entry_in_the_past, rest_in_the_past


def test_a_description_before_its_pronoun_is_no_subject() -> None:
    assert invert("A leader of the moderate, non-Marxist wing of the Dorn labour movement for "
                  "forty years, he became the first Speaker of the Vell Assembly ",
                  "in what year") is None


def test_guard_a_description_before_a_name_goes_after_it() -> None:
    assert invert("A member of the Kask party from about 1980, Lars Vell won the election ",
                  "in what year") == (
        "In what year did Lars Vell, a member of the Kask party from about 1980, win the "
        "election?")


def test_a_shipping_line_is_no_life() -> None:
    text = ["The Kask Vell Lines was the leading Dorn operator of transatlantic passenger liners "
            "between the two world wars. Kask Vell Lines grew.",
            "The Leviathan was her flagship. She sailed in 1932 and her maiden voyage was a "
            "success. She was sold in 1940; her crew left her. She sank. She was raised. Her "
            "master was Lee. She was fast. Her builder was Kask. Vell was sold to Kask Vell "
            "Lines. Vell Lines paid."]
    assert main_person("Kask Vell Lines (1921–1952)", text) is None


def test_a_title_after_the_is_a_thing_s_name() -> None:
    names = {"Vell": "Kermit Vell"}
    question = "In what year did Captain Dorn Fried of the President Vell rescue the crew?"
    assert with_full_names(question, "1926", names) == question


def test_guard_a_title_before_a_surname_is_the_man_s() -> None:
    names = {"Vell": "Kermit Vell"}
    assert with_full_names("In what year did President Vell sign the act?", "1926", names) == (
        "In what year did President Kermit Vell sign the act?")


def test_the_part_of_the_day_goes_with_its_hour() -> None:
    assert _TIME_OF_DAY.sub("", "On what date did Queen Vella launch the Kask at 3.37 in the "
                                "afternoon?") == "On what date did Queen Vella launch the Kask?"
    assert _TIME_OF_DAY.sub("", "On what date did the Kask sail at 3.37 p.m.?") == (  # (guard)
        "On what date did the Kask sail?")


def test_an_ing_verb_s_object_stays_a_plural_noun() -> None:
    question = ("In what year did Dorn, who was then gathering the leading Atlantic lines into a "
                "single trust, approach the Kask shareholders?")
    assert rest_in_the_past(question) == question


def test_a_clause_of_time_after_the_day_is_put_in_the_past() -> None:
    assert entry_in_the_past("Vell dies on the day the revolution reaches Dorn.") == (
        "Vell died on the day the revolution reached Dorn.")
    assert entry_in_the_past("Vell dies as the revolution reaches Dorn.") == (  # (guard)
        "Vell died as the revolution reached Dorn.")


def test_a_when_clause_is_not_asked_without_its_main_clause() -> None:
    from quiz.generate.clauses import date_question
    text = ("Kask Air introduced the first jet airliner service on 2 May 1952, when a Vell "
            "Comet left Dorn for Johannesburg.")
    start = text.index("2 May 1952")
    assert date_question(text, start, start + len("2 May 1952"), "on what date") is None


def test_guard_a_when_clause_after_an_event_that_came_is_asked() -> None:
    from quiz.generate.clauses import date_question
    text = ("The worst disaster came on 12 August 1985, when Flight 123 of Kask Air lost its fin "
            "over Vell.")
    start = text.index("12 August 1985")
    assert date_question(text, start, start + len("12 August 1985"), "on what date") == (
        "On what date did Flight 123 of Kask Air lose its fin over Vell?")


def test_among_the_ones_another_sentence_names_is_vague() -> None:
    from quiz.generate.quality import _AMONG_UNNAMED
    assert _AMONG_UNNAMED.match("Kask Lines: Among them was the Vell, launched on ____.")
    assert _AMONG_UNNAMED.match("Among the first projects was the Dorn, laid down on ____.")
    assert not _AMONG_UNNAMED.match(  # (guard: says which)
        "Among the first tasks of Vell's government was the reform that took effect on ____.")


def test_a_company_s_title_with_its_years_is_its_label() -> None:
    """("United States Lines (1921–1952)": "States" is no verb of a headline, and the years are
    no life's)"""
    from quiz.generate.topic import title_topic
    subject = title_topic("United States Kask Lines (1921–1952)")
    assert subject is not None and subject.name == "United States Kask Lines"
    assert title_topic("Ivo Kask (1921–1952)") is None  # (guard: a life)
