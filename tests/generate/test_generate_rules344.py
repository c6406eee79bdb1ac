"""Rule pass 344, from rounds 1429-1436's first readers (heldout1421-1428, newspapers):

- "did the paper Print Ochs's statement" (a quoted slogan's "Fit to Print"), "in 1949 Was the
  Basic Law promulgated" (a German title's "Was bleibt"): a word capitalised only inside a
  quoted title, or an auxiliary, is given no capital (rounds 1431, 1436);
- "did the paper prints Thomas Mann's open letter": a timeline entry whose only "present" is a
  noun's ("open letter") is put in the past whole (round 1432);
- "was the Télérama and La Vie acquired": a fact sheet's label of two titles is plural, with no
  "the" (round 1430);
- "did Sport release News UK from them": "the Secretary of State for Digital, Culture, Media and
  Sport" is one office, no clause after its "and" (round 1429);
- "was Fenoglio approved at a second vote and takes office on 2 July?": an idiom's present
  ("takes office") after "and" opens a clause of its own (round 1430).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Print", "Sell", "Read"]))
def test_a_word_capitalised_only_in_a_quoted_title_keeps_its_lower_case(word: str) -> None:
    from quiz.generate.names import names_as_written
    low = word.lower()
    text = (f"Vell Gazette\n\n- 1896: the slogan \"All the News That's Fit to {word}\" first "
            f"appears.\n- 19 August: the paper {low}s the statement.\n")
    question = f"On what date did the paper {low} the statement?"
    assert names_as_written(question, text) == question


@given(st.sampled_from(["Was", "Were", "Had"]))
def test_an_auxiliary_a_title_capitalised_is_no_name(word: str) -> None:
    from quiz.generate.names import names_as_written
    text = (f"Vell Gazette\n\n- 1990: Ivo Tamm's review of the story {word} bleibt opens a "
            "debate.\n- 23 May: the law is promulgated in Kask.\n")
    question = f"On what date in 1949 {word.lower()} the law promulgated in Kask?"
    assert names_as_written(question, text) == question


def test_a_guard_a_name_the_text_always_capitalises_keeps_its_capital() -> None:
    from quiz.generate.names import names_as_written
    text = "Vell Gazette\n\nIn 1901 the editor met Smuts at Kask, and Smuts wrote for the paper.\n"
    assert names_as_written("In what year did the editor meet smuts?", text) == (
        "In what year did the editor meet Smuts?")


@given(st.sampled_from([("prints", "print"), ("publishes", "publish"), ("reprints", "reprint")]))
def test_a_timeline_entry_whose_present_is_a_noun_s_is_put_in_the_past(
        verbs: tuple[str, str]) -> None:
    from quiz.generate.clauses import date_question
    verb, base = verbs
    text = (f"3 February: the paper {verb} Ivo Tamm's open letter to Kask, his first public "
            "declaration against the regime.")
    asked = date_question(text, 0, len("3 February"), "on what date in 1936")
    assert asked is not None and f"did the paper {base} Ivo Tamm's open letter" in asked, asked


@given(st.sampled_from([("Vellblatt", "La Kask"), ("Tammzeit", "Il Dorn")]))
def test_a_label_of_two_titles_is_plural_and_takes_no_the(titles: tuple[str, str]) -> None:
    from quiz.generate.clauses import date_question
    first, second = titles
    text = f"{first} and {second}: acquired with the Publications de Vell in 2003."
    at = text.index("2003")
    asked = date_question(text, at, at + 4, "in what year")
    assert asked == (f"In what year were {first} and {second} acquired with the Publications "
                     "de Vell?"), asked


def test_a_guard_one_title_is_singular() -> None:
    from quiz.generate.clauses import date_question
    text = "Vellblatt: acquired with the Publications de Vell in 2003."
    at = text.index("2003")
    asked = date_question(text, at, at + 4, "in what year")
    assert asked is not None and asked.startswith("In what year was"), asked


@given(st.sampled_from(["Digital, Culture, Media and Sport", "Trade, Industry and Energy"]))
def test_an_office_named_by_its_fields_is_one_subject(fields: str) -> None:
    from quiz.generate.clauses import start_of_clause
    text = (f"They stayed in force until the Secretary of State for {fields} released Vell News "
            "from them in February 2022.")
    at = text.index(" in February")
    assert start_of_clause(text, at, commas=True) == 0


@given(st.sampled_from(["takes office", "assumes power", "takes charge"]))
def test_an_idiom_s_present_after_and_opens_a_clause(idiom: str) -> None:
    from quiz.generate.coordination import second_clause
    predicate = f" approved at a second vote with 68.4 per cent and {idiom} on 2 July?"
    span = second_clause(predicate)
    assert span is not None and predicate[: span[0]].endswith("per cent"), span


def test_a_guard_a_plural_noun_after_and_opens_none() -> None:
    from quiz.generate.coordination import second_clause
    assert second_clause(" approved by the council and the ministers of Vell?") is None
