"""Rule pass 343, from rounds 1421-1428's first readers (heldout1413-1420, orchestras):

- "until Boston Symphony Orchestra's death", "Leipzig Gewandhaus Orchestra's Violin Concerto":
  a title naming an orchestra (or a text that says its subject "is a symphony orchestra") is
  no person's life, whose "he" and "his" would be written as the title (rounds 1421-1426: 18
  verdicts);
- "On what date in 1951 did Natalie Koussevitzky die?": a given name that is also a word of the
  language ("Serge", a cloth) but never written in lower case is a given name, so a bare
  "Koussevitzky" is one of two people, not the wife (round 1426);
- "the Berlin Symphony Orchestra's last wartime concert": "the orchestra" of a text that opens
  "The Berlin Philharmonic ... is a symphony orchestra based in Berlin" is the label's (round
  1422);
- "On what date did Haitink become first conductor and chief conductor in 1961?": a second
  part with a date of its own is cut (rounds 156-1420 kept 6 of 58 such verdicts);
- "did the Berkshire Music Center, opened on 8 July 1940, rename the Tanglewood Music Center?":
  a fact sheet's participle read as the verb is refused (rounds 156-1420 kept none of 8).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_CONDUCTOR = ("He was born in Vell. He studied music. He led the players. He fled to Ostra, "
              "where he died. Kask was his pupil. Kask and he toured. He wrote a memoir. ")


@given(st.sampled_from(["Vell Symphony Orchestra", "Kask Philharmonic", "Dorn Academy",
                        "Vell Chamber Choir"]))
def test_an_orchestra_s_title_is_no_person_s_life(title: str) -> None:
    from quiz.generate.documents import main_person
    text = f"{title}\n\n{title} was founded in 1881. " + _CONDUCTOR * 3
    assert main_person(title, [text]) is None


@given(st.sampled_from(["orchestra", "choir", "learned society"]))
def test_a_text_defining_its_subject_as_a_body_is_no_life(kind: str) -> None:
    from quiz.generate.documents import main_person
    text = f"Vell Kask\n\nVell Kask is a {kind} based in Dorn. " + _CONDUCTOR * 3
    assert main_person("Vell Kask", [text]) is None


def test_a_guard_a_person_s_title_is_still_a_life() -> None:
    from quiz.generate.documents import main_person
    text = "Ivo Kask (1870–1930)\n\nIvo Kask was a conductor based in Dorn. " + _CONDUCTOR * 3
    assert main_person("Ivo Kask (1870–1930)", [text]) == ("Ivo Kask", "he")


@given(st.sampled_from(["Serge", "Basil", "Ivy"]))
def test_a_given_name_that_is_also_a_word_is_a_given_name(given_name: str) -> None:
    from quiz.generate.names import document_full_names
    text = (f"Vell Orchestra\n\n- 10 October: {given_name} Tamm conducts his first concert.\n"
            "- January: Natalie Tamm dies.\n- 4 June: Tamm dies in Dorn.\n")
    assert document_full_names("Tamm", text) == {f"{given_name} Tamm", "Natalie Tamm"}


def test_a_guard_a_word_the_text_writes_in_lower_case_is_no_given_name() -> None:
    from quiz.generate.names import document_full_names
    text = ("Vell Orchestra\n\nThe players wore blue serge. Serge Tamm conducts. Natalie Tamm "
            "dies. Tamm dies in Dorn.\n")
    assert document_full_names("Tamm", text) == {"Natalie Tamm"}


def test_a_guard_a_word_after_the_name_is_no_given_name() -> None:
    from quiz.generate.names import document_full_names
    text = ("Vell Orchestra\n\nThe Handel and Tamm Society sang. The first concert gave Tamm's "
            "Symphony No. 2.\n")
    assert document_full_names("Tamm", text) == frozenset()


@given(st.sampled_from(["based in Vell", "widely regarded as the finest", "known abroad as the "
                        "Kask Players"]))
def test_the_subject_s_defining_noun_is_read_past_a_participle(rest: str) -> None:
    from quiz.generate.definites import _defining_noun
    text = f"Dorn Philharmonic\n\nThe Dorn Philharmonic (Dorner) is a symphony orchestra {rest}.\n"
    assert _defining_noun(text) == "orchestra"


@given(st.booleans())
def test_the_defining_noun_under_a_place_like_label_is_the_label_s(comma: bool) -> None:
    from quiz.generate.definites import resolve_definites
    quote = "The orchestra's last wartime concert took place on 16 April 1945."
    text = ("Dorn Philharmonic\n\nThe Dorn Philharmonic is a symphony orchestra based in Dorn. "
            f"The Dorn Symphony Orchestra{',' if comma else ''} a rival, closed in 1932. "
            + quote + "\n")
    question = "On what date did the orchestra's last wartime concert take place?"
    asked = resolve_definites(question, "16 April 1945", text, quote, "Dorn Philharmonic",
                              labelled=True, place_label=True)
    assert asked == (question, ""), asked


@given(st.sampled_from([("and chief conductor in 1961", "become first conductor"),
                        ("and re-elected on 6 April 1924", "elected to the Chamber"),
                        ("and into the Vell Union on 1 May 2004", "back Kask's entry into "
                                                                   "the Dorn Pact")]))
def test_a_second_part_with_its_own_date_is_cut(parts: tuple[str, str]) -> None:
    from quiz.generate.trim import without_dated_conjunct
    second, first = parts
    verb = "was" if first.startswith("elected") else "did"
    subject = "Ivo Tamm"
    question = f"On what date {verb} {subject} {first} {second}?"
    assert without_dated_conjunct(question) == f"On what date {verb} {subject} {first}?"


def test_a_guard_in_and_around_is_no_second_part() -> None:
    from quiz.generate.trim import without_dated_conjunct
    question = ("On what date did the Court authorise an investigation into crimes committed in "
                "and around Vell in 2008?")
    assert without_dated_conjunct(question) == question


def _faults_of(question: str) -> list[str]:
    from dataclasses import replace
    from pathlib import Path

    from quiz.generate.documents import Document
    from quiz.generate.extract import find_facts
    from quiz.generate.quality import faults
    from quiz.generate.questions import candidates_for
    from quiz.generate.sentences import Sentence
    doc = Document(Path("d.txt"), "x", "D")
    text = "The Vell Music Center was renamed the Kask Music Center in 1985."
    cand = next(cand for fact in find_facts(Sentence(text, 1), doc)
                for cand in candidates_for(fact, doc) if cand.answer == "1985")
    return faults(replace(cand, question=question))


@given(st.sampled_from(["opened on 8 July 1940", "a summer school", "founded by Ivo Tamm"]))
def test_renamed_after_an_aside_is_refused(aside: str) -> None:
    found = _faults_of(f"In what year did the Vell Music Center, {aside}, rename the Kask Music "
                       "Center?")
    assert any("renamed" in fault for fault in found), found


def test_a_guard_a_renaming_with_its_object_is_kept() -> None:
    found = _faults_of("In what year did the Vell Council rename the Music Center the Kask "
                       "Music Center?")
    assert not any("renamed" in fault for fault in found), found
