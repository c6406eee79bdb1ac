"""Rule pass 128, from rounds 201-208: "take office" of someone who held several offices does not
say which; a three-word name after an office's "of" phrase keeps its given name ("Minister of
Mines and Hydrocarbons Valentín Hernández Acosta", "Secretary of the Army Frank Pace Jr.");
a nickname in quotation marks is part of a name (Ernesto "Che" Guevara), so a bare "Guevara"
is no longer read as another man's "Guevara Arze"; "and soon moves" and "after the talks
collapse" are a timeline's present left in a question; "force him to resign" needs the
document; "did ... members then multiply" loses its "then"; a fill-in whose only verb is in its
closing relative clause is no statement. Every sentence here is invented. Each test fails on
the code before, except the guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.names import document_full_names
from quiz.generate.officials import find_officials
from quiz.generate.quality import _OBJECT_PRONOUN
from quiz.generate.sentences import Sentence
from quiz.generate.tense import present_left
from quiz.generate.trim import without_then


def _officials(text: str) -> dict[str, str]:
    sentence = Sentence(text=text, line=1)
    return {fact.answer: fact.role for fact in find_officials(sentence)}


def test_take_office_of_someone_with_several_offices_is_refused() -> None:
    prepared = _prepared_titled("Ivo Tamm", (
        "Ivo Tamm (1890-1960) was a Vellish statesman. Governor Ivo Tamm of Dask ruled the "
        "province from 1920. President Ivo Tamm of Vell was elected in 1931. Ivo Tamm took "
        "office on 3 May 1931."))
    assert not any(c.question.endswith("take office?") for c in prepared.candidates)
    assert any(r.candidate.question.endswith("take office?") and "several" in r.reason
               for r in prepared.rejected)


@given(st.sampled_from([
    ("Minister of Mines and Hydrocarbons Valentín Hernández Acosta said the talks were over.",
     "Valentín Hernández Acosta", "Minister of Mines and Hydrocarbons"),
    ("Secretary of the Army Frank Pace Jr. was to have carried the order.",
     "Frank Pace Jr", "Secretary of the Army"),
    ("Minister of the Interior Luis Arce Gómez denied it.", "Luis Arce Gómez",
     "Minister of the Interior")]))
def test_a_given_name_after_an_offices_of_phrase_is_the_names(case: tuple[str, str, str]) -> None:
    text, name, role = case
    found = _officials(text)
    assert any(found_name.startswith(name) and found_role == role
               for found_name, found_role in found.items()), found


@given(st.sampled_from([
    ("Governor of New Mexico Bill Richardson arrived.", "Bill Richardson", "Governor of New Mexico"),
    ("Governor of Punjab Ali Khan spoke.", "Ali Khan", "Governor of Punjab"),
    ("Secretary of State Charles Evans Hughes resigned.", "Charles Evans Hughes",
     "Secretary of State")]))
def test_a_guard_a_place_ending_an_office_stays_the_offices(case: tuple[str, str, str]) -> None:
    """Guard."""
    text, name, role = case
    assert _officials(text).get(name) == role


def test_a_nickname_in_quotes_is_part_of_a_name() -> None:
    text = ('Ernesto "Che" Vell arrives in Dask. Congress names Walter Vell Arze, President of the '
            "Senate, interim President.")
    assert 'Ernesto "Che" Vell' in document_full_names("Vell", text)


def test_a_bare_surname_two_people_share_through_a_nickname_is_not_completed() -> None:
    kept, left = _run("## 1966\n\n- **3 November 1966** — Ernesto \"Che\" Vell arrives in Dask "
                      "disguised as a trader.\n\n## 1967\n\n- **8 October 1967** — Vell is "
                      "wounded and captured at the Quebrada del Yuro.\n\n## 1979\n\n- **8 August "
                      "1979** — Congress names Walter Vell Arze, President of the Senate, interim "
                      "President.")
    assert not any("Vell Arze wounded" in question for question in kept)


@given(st.sampled_from([
    "On what date did Ivo Tamm arrive in Dask disguised as a trader and soon moves to a farm?",
    "On what date did Vell break relations with Ostria again after the Dask talks collapse?"]))
def test_a_timelines_present_left_in_the_question_is_found(question: str) -> None:
    assert present_left(question)


def test_a_guard_a_plural_noun_before_a_closing_verb_in_the_past_is_no_present() -> None:
    """Guard."""
    assert not present_left("On what date did Vell break relations with Ostria after the Dask "
                            "talks failed?")


@given(st.sampled_from(["force", "persuade", "order", "allow"]))
def test_force_him_to_resign_needs_the_document(verb: str) -> None:
    assert _OBJECT_PRONOUN.search(f"On what date did the cabinet of Ivo Tamm, fearing war, {verb} "
                                  "him to resign?")


def test_then_between_a_long_subject_and_its_verb_goes() -> None:
    assert without_then("In what year did the sharp rise in prices decided by Vell members then "
                        "multiply Ostria's income?") == (
        "In what year did the sharp rise in prices decided by Vell members multiply Ostria's "
        "income?")


def test_a_fill_in_whose_only_verb_is_in_its_closing_relative_clause_is_no_statement() -> None:
    kept, left = _run("The Dask Protocol of 20 July 1922, by which Vell and Ostria submitted the "
                      "Tamm question to the arbitration of the President of Kaldora.")
    assert not any("by which" in question for question in kept)


def test_a_guard_a_timelines_present_before_the_relative_clause_is_the_verb(
        tmp_path: Path) -> None:
    """Guard."""
    kept, _ = _run("## 1817\n\n- **November 1817** — The Archduchess Ivia of Vell arrives in Dask "
                   "as the bride of Crown Prince Tamm, to whom she had been married by proxy.")
    assert any("Archduchess Ivia" in question for question in kept), kept
