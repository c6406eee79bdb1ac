"""Rule pass 116, from rounds 156-159: a plural after adjectives only read as the verb ("did New
Soviet rule require", "did the Western power make"); a verb after "never" and one with its
particle after a gerund left in the present ("which never meets again", "where shooting breaks
out"); "newly elected" after a possessive taken for the verb ("did Nepal's newly elect
Constituent Assembly voted"); a possessive read into a full name ("did Ayub Khan's resign"); a
dynasty's name filled out as its founder ("the Prithvi Narayan Shah kings"); "Bevin twice" given
an article ("the Ernest Bevin twice fail"); and the apposition of a fronted date opening the
question ("Ernest Bevin’s seventieth birthday, on what date did Attlee move him"). Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _common_noun_lowered, _with_article, date_question
from quiz.generate.grammar import present_verb
from quiz.generate.names import document_full_names, with_full_names
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from([("New Kaldoran rules require inspection of trains.", "require"),
                        ("The Western powers make the mark the sole legal tender.", "make")]))
def test_a_plural_after_adjectives_only_is_the_subjects_noun(case: tuple[str, str]) -> None:
    entry, verb = case
    found = present_verb(entry)
    assert found is not None and entry[found[0]:found[1]] == verb


@given(st.sampled_from(["The Kaldoran Council grants Lerno candidate status.",
                        "The Kaldoran army overthrows the Ostran administration."]))
def test_a_guard_a_noun_the_lexicon_also_calls_an_adjective_still_heads_the_subject(
        entry: str) -> None:
    """Guard: "Council", "army" are nouns, so the "-s" word after them is the verb."""
    found = present_verb(entry)
    assert found is not None and entry[found[0]:found[1]] in {"grants", "overthrows"}


def test_a_new_before_a_nations_adjective_is_lowered_mid_question() -> None:
    assert _common_noun_lowered("New Soviet rules") == "new Soviet rules"


@given(st.sampled_from(["New Zealand troops", "New York bankers", "Free French forces"]))
def test_a_guard_a_name_opening_with_new_keeps_its_capital(subject: str) -> None:
    """Guard."""
    assert _common_noun_lowered(subject) == subject


@given(st.sampled_from([
    ("Tamm walks out of the Allied Council, which never meets again.", "which never met again."),
    ("Tamm summons Kask to the palace, where shooting breaks out.", "where shooting broke out."),
    ("Tamm calls a halt, and fighting flares up in Vask.", "fighting flared up in Vask.")]))
def test_a_verb_after_never_or_before_its_particle_goes_into_the_past(
        case: tuple[str, str]) -> None:
    entry, ending = case
    assert entry_in_the_past(entry).endswith(ending)


def test_newly_elected_after_a_possessive_describes_the_noun() -> None:
    text = "Kaldora's newly elected Constituent Assembly voted on 28 May 2008 to abolish the crown."
    at = text.index("28 May")
    assert date_question(text, at, at + 11, "on what date") == (
        "On what date did Kaldora's newly elected Constituent Assembly vote to abolish the crown?")


def test_a_possessive_is_no_part_of_a_full_name() -> None:
    text = "Ayub Kask's martial law began in 1958. A rising against Ayub forced him out in 1969."
    assert document_full_names("Ayub", text) == frozenset({"Ayub Kask"})


def test_a_name_after_the_describes_what_follows_it() -> None:
    question = "For most of the century after ____ the Tamm kings were figureheads."
    assert with_full_names(question, "1846", {"Tamm": "Ivo Lembit Tamm"}) == question


def test_a_guard_a_bare_surname_is_still_written_in_full() -> None:
    """Guard."""
    assert with_full_names("In what year did Tamm resign?", "1969",
                           {"Tamm": "Ivo Lembit Tamm"}) == "In what year did Ivo Lembit Tamm resign?"


def test_a_name_and_an_adverb_take_no_article() -> None:
    assert _with_article("Kask twice") == "Kask twice"


def test_a_dates_apposition_does_not_open_the_question() -> None:
    text = ("By then he was gravely ill, and on 9 March 1951, his seventieth birthday, Tamm moved "
            "him to the post of Lord Privy Seal.")
    at = text.index("9 March")
    assert date_question(text, at, at + 12, "on what date") == (
        "On what date did Tamm move him to the post of Lord Privy Seal?")
