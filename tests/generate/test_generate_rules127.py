"""Rule pass 127, from rounds 201-204: a relative clause without its "that" is not the clause
("the frontier it fixed survived"); a date of what a clause leaves out ("apart from the
annexation of Nice in 1860") is not the clause's; "the North" is a divided country's half only
where the other half is named too; "here" and "one month ago" need the document; a one-word
opening before the wh-phrase goes ("Over-confident, in what year"); a relative clause's present
in a timeline goes into the past ("which soon surrenders", "a campaign that strikes"); an owned
subject's verb after "and" is glued on ("and its army advanced westward"); ", and a provisional
agreement on trade and commerce is concluded" is cut at its comma. Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.anaphora import unresolved
from quiz.generate.clauses import date_question, invert
from quiz.generate.definites import resolve_definites
from quiz.generate.grammar import find_verb
from quiz.generate.quality import _clause_after_did
from quiz.generate.tense import entry_in_the_past


def _asked(text: str, date: str, wh: str = "in what year") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


def test_a_relative_clause_without_that_is_not_the_clause() -> None:
    text = "The border it drew survived until 1871."
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] == "survived"


@given(st.sampled_from(["The treaty he signed in Vell lapsed in 1901.",
                        "The town they took fell again in 1901."]))
def test_a_relative_clause_with_a_pronoun_subject_is_passed_over(text: str) -> None:
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] in {"lapsed", "fell"}


def test_a_guard_a_pronoun_clause_opening_the_text_keeps_its_verb() -> None:
    """Guard."""
    text = "When it signed the pact, Vell left the league."
    found = find_verb(text[5:])
    assert found is not None and text[5:][found[0]:found[1]] == "signed"


def test_a_date_of_what_the_clause_leaves_out_is_not_asked() -> None:
    assert _asked("The Vell frontier survived, apart from the annexation of Dask and Ostria in "
                  "1860, until 1871.", "1860") is None


def test_a_guard_a_date_after_the_excepted_phrase_is_asked() -> None:
    """Guard."""
    question = _asked("The foreign troops left Vell on 17 September 1901, apart from the "
                      "legation guards.", "17 September 1901", "on what date")
    assert question is not None and question.startswith("On what date did the foreign troops")


def test_the_north_is_no_sea() -> None:
    text = ("In 1810 the empire annexed the North Sea coast. Vell suffered a crisis in 1811, "
            "with unrest in the Midlands and the North.")
    question, why = resolve_definites(
        "In what year did Vell suffer a crisis with unrest in the Midlands and the North?",
        "1811", text, "Vell suffered a crisis in 1811, with unrest in the Midlands and the North.")
    assert "North Sea" not in question


def test_a_guard_the_north_of_a_divided_country_is_named() -> None:
    """Guard."""
    text = "North Vell and South Vell signed an armistice in 1953. The North tested a bomb in 2006."
    question, why = resolve_definites("In what year did the North test a bomb?", "2006", text,
                                      "The North tested a bomb in 2006.")
    assert question == "In what year did North Vell test a bomb?" and not why


@given(st.sampled_from(["On what date did King Ivo Tamm die here after a long illness?",
                        "A council was created by a decree of ____, exactly one month ago.",
                        "In ____, two years ago, Vell joined the league."]))
def test_here_and_ago_need_the_document(question: str) -> None:
    assert unresolved(question)


def test_a_guard_there_before_a_verb_is_no_place_and_words_with_here_are_no_here() -> None:
    """Guard."""
    assert unresolved("In what year did Vell adhere to the hereditary principle?") is None


@given(st.sampled_from(["Over-confident", "Disappointed", "Exhausted"]))
def test_a_one_word_opening_before_the_wh_phrase_goes(word: str) -> None:
    from quiz.generate.trim import without_lone_opening_word  # (new in this pass)

    assert without_lone_opening_word(
        f"Vell: {word}, in what year did Ivo Tamm attack the Dask delta?") == (
        "Vell: In what year did Ivo Tamm attack the Dask delta?")


@given(st.sampled_from(["Meanwhile, in what year did Ivo Tamm attack the Dask delta?",
                        "Drawn to socialism, in what year did Ivo Tamm leave Vell?",
                        "With the treasury empty, on what date did Congress suspend payments?"]))
def test_a_guard_adverbs_and_phrases_stay(question: str) -> None:
    """Guard (it fails on the code before only because the function is new)."""
    from quiz.generate.trim import without_lone_opening_word  # (new in this pass)

    assert without_lone_opening_word(question) == question


@given(st.sampled_from([
    ("An explosion wrecks the fortress of Dask, which soon surrenders.", "which soon surrendered"),
    ("Vell forces are driven back by a bombing campaign that strikes Ostrian towns.",
     "campaign that struck"),
    ("Vell becomes a republic under a constitution that makes the Unity Party the only party.",
     "constitution that made"),
    ("Ivo Tamm interviews every member to establish who commands a majority.",
     "who commanded")]))
def test_a_relative_clauses_present_goes_into_the_past(case: tuple[str, str]) -> None:
    entry, expected = case
    assert expected in entry_in_the_past(entry)


@given(st.sampled_from([
    ("Congress passes the Vell Law, under which salaries and pensions paid by the state are cut.",
     "under which salaries and pensions paid by the state were cut"),
    ("Ivo Tamm presents the White Paper, which favours a new relationship with Ostria.",
     "which favours a new relationship")]))
def test_a_guard_nouns_after_which_and_asides_stay(case: tuple[str, str]) -> None:
    """A noun after "under which" is no verb, nor the plural after its "and" before a participle
    (the code before made "pensioned"); guard: an aside with its object, which a question cut
    to length leaves out, is left as it is."""
    entry, expected = case
    assert expected in entry_in_the_past(entry)


def test_an_owned_subjects_verb_after_and_is_glued_on() -> None:
    assert _clause_after_did("What treaty did Ostria repudiate and its Red Army advanced "
                             "westward?")


def test_a_guard_an_owned_objects_participle_is_no_clause() -> None:
    """Guard."""
    assert not _clause_after_did("In what year did Ostria sign the treaty and its protocol?")


def test_a_noun_phrase_after_comma_and_keeps_its_verb_past_a_later_and() -> None:
    question = invert("Vell recognises the kingdom, and a provisional agreement on friendship "
                      "and commerce is concluded after a mission visits Dask.", "in what year")
    assert question is not None and "friendship" not in question


def test_the_whole_document_asks_no_glued_clause() -> None:
    kept, _ = _run("## 1946\n\n- **1946** — Vell recognises the kingdom of Dask, and a "
                   "provisional agreement on friendship and commerce is concluded after a Vell "
                   "mission visits Dask.")
    assert not any(question.endswith("friendship?") for question in kept)
