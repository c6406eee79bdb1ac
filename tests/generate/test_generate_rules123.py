"""Rule pass 123, from rounds 184-187: an opening "While" clause taken for the one asked ("was
Zahir Shah in Italy ..., Daoud seized power"); a clause glued on after ", and later"; a
participle describing the subject taken for its verb ("did a court preside over by Judge ...
convicted", "did Rajiv Gandhi come into force", "did Päts, with Laidoner appoint"); "to be
held" made "to be hold"; a date that belongs to "considered to have been awarded"; a law's year
after its name ("the ... Act, 2002, creating"); a word of the language or a span's start read as
a title's topic ("Mass:", "From Murtala's Coup:"); the year before "Act" blanked; an "also"
that links to the sentence before; "sentence him"; what did not happen and what went on
("could Rawlings not stand", "remain head of the government"). Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import date_question
from quiz.generate.headline_topic import headline_topic
from quiz.generate.quality import _clause_after_did
from quiz.generate.sentences import Sentence
from quiz.generate.topic import place_or_event
from quiz.generate.trim import without_then


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


def test_an_opening_while_clause_is_passed_over_for_the_main_one() -> None:
    assert _asked("17 July 1973 — While Ivo Tamm was in Ostria for medical treatment, Jaan Kask "
                  "seized power in Vell with the help of army officers.", "17 July 1973") == (
        "On what date did Jaan Kask seize power in Vell with the help of army officers?")


def test_a_while_clause_before_a_plural_present_is_not_asked() -> None:
    question = _asked("29 July 1975 — While General Ivo Tamm was attending the summit in Dask, "
                      "officers in Vell announce his removal.", "29 July 1975")
    assert question is None or "was General Ivo Tamm attending" not in question


def test_a_clause_after_and_later_is_glued_on() -> None:
    assert _clause_after_did("In what year was Ivo Tamm assassinated at Dask airfield, and later "
                             "governments in Vell returned to an Ostrian orientation?")


@given(st.sampled_from([
    "In what year were Ostria, Vell and the Dask joined into a single colony named Kaldora?",
    "In what year were the Saar and the Federal Republic of Vell both admitted to the Council as "
    "associate members?"]))
def test_a_guard_a_lists_last_name_is_no_clause(question: str) -> None:
    """Guard."""
    assert not _clause_after_did(question)


@given(st.sampled_from([
    ("10 May 2013: a court presided over by Judge Ivo Tamm convicted Jaan Kask of treason.",
     "10 May 2013", "On what date did a court presided over by Judge Ivo Tamm convict Jaan Kask "
     "of treason?"),
    ("The non-attack agreement signed in Vell by Ivo Tamm and Jaan Kask came into force in "
     "January 1991.", "January 1991", "In what month and year did the non-attack agreement "
     "signed in Vell by Ivo Tamm and Jaan Kask come into force?"),
    ("12 March 1934 — Ivo Tamm, with Jaan Kask appointed Commander-in-Chief, declared a state "
     "of defence.", "12 March 1934", "On what date did Ivo Tamm, with Jaan Kask appointed "
     "Commander-in-Chief, declare a state of defence?")]))
def test_a_participle_describing_the_subject_is_not_its_verb(case: tuple[str, str, str]) -> None:
    text, date, question = case
    wh = "in what month and year" if date == "January 1991" else "on what date"
    assert _asked(text, date, wh) == question


@given(st.sampled_from([
    ("Kaldoran troops went to Dask with the UN Force established in 1964.", "1964",
     "went to Dask with the UN Force establish"),
    ("Soviet forces landed at Vell on the Caspian coast on 18 May 1920.", "18 May 1920",
     "did Soviet forces land at Vell on the Caspian coast"),
    ("An agreement with the Ostrian Union confirmed Kaldoran use of the base on 9 September 1954.",
     "9 September 1954", "did an agreement with the Ostrian Union confirm Kaldoran use")]))
def test_a_guard_a_verb_of_the_clause_stays_its_verb(case: tuple[str, str, str]) -> None:
    """Guard."""
    text, date, words = case
    wh = "in what year" if date == "1964" else "on what date"
    question = _asked(text, date, wh) or ""
    if words.startswith("went"):
        assert words not in question
    else:
        assert words in question


def test_a_passive_infinitive_is_no_verb() -> None:
    question = _asked("Follow-up: a conference of Kaldoran states to be held in 1960 to draw up a "
                      "charter.", "1960", "in what year")
    assert question is None or "to be hold" not in question


def test_a_date_of_a_perfect_infinitive_is_not_the_clauses() -> None:
    question = _asked("The relocation was to produce a net transfer to Ostria of about 437 acres, "
                      "the area considered to have been awarded to Ostria in 1911.", "1911",
                      "in what year")
    assert question is None


def test_a_laws_year_after_its_name_is_part_of_it() -> None:
    sentence = Sentence("Parliament passed the Vell Reconciliation Act, 2002, creating a "
                        "commission under Justice Ivo Tamm.", 1)
    assert [fact.answer for fact in find_agreements(sentence)] == ["Vell Reconciliation Act, 2002"]


def test_a_word_of_the_language_is_no_headlines_topic() -> None:
    blocks = ["VELL, 25 March 1980 — Archbishop Tamm was shot dead while saying Mass. He said "
              "Mass in the chapel. Mass was said daily. After Mass he spoke."]
    topic = headline_topic("Archbishop Tamm shot dead while saying Mass in Vell", blocks)
    assert topic is None or topic.name != "Mass"


def test_a_spans_start_is_no_titles_event() -> None:
    subject = place_or_event("Kaldora's Second Republic: From Tamm's Coup to Kask's, 1975–1983",
                             ["Kaldora became a republic in 1975."])
    assert subject is None or not subject.name.startswith("From")


def test_the_year_before_act_is_no_blank() -> None:
    kept, _ = _run("The Form of Government Act of 1919 created the presidency of Kaldora. The 1919 "
                   "Act gave the President of Kaldora wide authority over foreign policy.")
    assert not any("The ____ Act" in question for question in kept)


@given(st.sampled_from([
    ("On what date did Vell also host the signing of the treaty?",
     "On what date did Vell host the signing of the treaty?"),
    ("Ostria, Vell and Dask also drew together in the Union of Kaldoran States in ____.",
     "Ostria, Vell and Dask drew together in the Union of Kaldoran States in ____.")]))
def test_an_also_linking_to_the_sentence_before_goes(case: tuple[str, str]) -> None:
    question, expected = case
    assert without_then(question) == expected


@given(st.sampled_from([
    "On what date did Vell file an application over the Dask Cayes, which Ostria also claims?",
    "The Vell Rising, also known as the Dask War, began in ____.",
    "Ivo Tamm was not only envoy but also minister in ____."]))
def test_a_guard_an_also_within_the_sentence_stays(question: str) -> None:
    """Guard."""
    assert without_then(question) == question


def test_sentence_him_is_someone_unnamed() -> None:
    kept, _ = _run("The trial of the former ruler of Kaldora ended in Vell. On 10 July 1992 Judge "
                   "Ivo Tamm sentenced him to forty years' imprisonment.")
    assert not any("sentence him" in question for question in kept)


@given(st.sampled_from([
    "Barred by the two-term limit, Ivo Tamm could not stand for the presidency of Kaldora in 2000.",
    "In November 1933 Ivo Tamm, the new King's uncle, remained head of the government of Kaldora."]))
def test_what_did_not_happen_or_went_on_is_not_dated(sentence: str) -> None:
    kept, _ = _run(sentence)
    assert not any(("not stand" in question or "remain head" in question) and "what" in question
                   for question in kept)


def test_a_guard_choosing_not_to_act_is_an_act() -> None:
    """Guard."""
    kept, _ = _run("In 1901 Ostria and Vell chose not to federate with Kaldora.")
    assert any("choose not to federate" in question for question in kept)
