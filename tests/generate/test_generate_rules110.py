"""Rule pass 110, from rounds 131-134: titles that named their subject and were not read, and
sentences that became broken questions.

"Dhofar Rebellion" was read as a life of "Dhofar" (a biography's "his residence" became
"Dhofar's residence"); "The 1954 Guatemalan Coup d'État" (a year first) and "The United
States–Iraq Status of Forces Agreement" (an "of" inside an agreement's name) headed nothing.
"at UN headquarters" was put in the past as a verb ("headquartered", then "headquarter");
"After completing his schooling in Helsinki he entered" named the man in the wrong place;
"the road to today's ceremony" became "the road to on 6 August 1962's ceremony"; "did ... die,
and many of his colleagues had defected", "did ..., he appointed", "did out of the disturbances
come", "did the Constituent Assembly elect?" and "and declines to accept" after "did" were kept.
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.dates import find_dates
from quiz.generate.documents import main_person
from quiz.generate.headline_topic import headline_topic
from quiz.generate.inflect import present_base
from quiz.generate.quality import _DID_PREPOSITION, _OBJECTLESS, _clause_after_did
from quiz.generate.questions import _biography_subject_named
from quiz.generate.subject import Subject, document_subject, name_the_subject
from quiz.generate.tense import entry_in_the_past
from quiz.generate.text import anchor_relative_dates
from quiz.generate.topic import place_or_event, title_topic

_REBELLION = ("Kaldoran Rebellion\n\nThe Kaldoran Rebellion began in 1965. The Sultan ruled "
              "Kaldora from 1932; he moved his residence to Lerno in 1958. Kaldoran rebels "
              "ambushed a patrol, and he sent troops. Kaldoran exiles met in Dorn, and Kaldoran "
              "chiefs fled. He died in "
              "1972, and his son succeeded him.\n")


def test_a_rebellion_is_no_persons_life_but_the_documents_event() -> None:
    assert main_person("Kaldoran Rebellion", [_REBELLION]) is None
    event = place_or_event("Kaldoran Rebellion", [_REBELLION])
    assert event is not None and (event.name, event.kind) == ("Kaldoran Rebellion", "event")


@given(st.sampled_from(["Development Bank", "Agreements", "Mutiny", "Insurgency", "Coup"]))
def test_no_title_ending_in_a_bodys_agreements_or_events_head_is_a_life(head: str) -> None:
    text = _REBELLION.replace("Rebellion", head)
    assert main_person(f"Kaldoran {head}", [text]) is None


def test_a_person_is_still_a_biographys_subject() -> None:
    """Guard: a name ending in no such head."""
    text = ("Ivo Kask\n\nIvo Kask was born in 1901. He studied law. Kask was elected in 1931, "
            "and he led the party. He died in 1972. Kask is buried in Lerno.\n")
    assert main_person("Ivo Kask", [text]) == ("Ivo Kask", "he")


def test_a_title_opening_with_a_year_is_headed_without_it() -> None:
    topic = title_topic("The 1954 Dornian Coup d'État")
    assert topic is not None and topic.name == "Dornian Coup d'État"


def test_an_agreements_name_with_of_inside_is_the_documents_subject() -> None:
    subject = document_subject("The Dornia–Ostria Status of Forces Agreement (2008)")
    assert subject is not None and subject.agreement
    assert subject.name == "Dornia–Ostria Status of Forces Agreement"


@given(st.sampled_from(["Tamm Cites Defiance of Supreme Court",
                        "Kask Defends Status of Dornian Workers"]))
def test_no_headline_or_head_first_name_is_read_as_such_an_agreement(title: str) -> None:
    """Guard: a body's head after "of" (a headline), an agreement's head before it."""
    subject = document_subject(title)
    assert subject is None or subject.name != title or not subject.agreement


def test_an_act_of_union_is_an_act_not_a_union() -> None:
    """Guard: "Act of Union" is headed by "Act" (an instrument since pass 317 reads a title's
    Act as the document's agreement), never by the body's "Union" after its "of"."""
    subject = document_subject("Dornian Act of Union")
    assert subject is None or subject.head == "Act"


def test_headquarters_is_a_noun_not_a_verb() -> None:
    assert present_base("headquarters") is None and present_base("comes") == "come"
    assert "at UN headquarters in Lerno" in entry_in_the_past(
        "Talks convened at UN headquarters in Lerno end with a truce.")


@given(st.sampled_from(["at UN headquarters", "on the KLF headquarters", "near the barracks",
                        "in the city's outskirts"]),
       st.sampled_from(["The first stage opens with an assault", "Ministers meet",
                        "The army attacks"]))
def test_a_noun_in_s_is_never_put_in_the_past(place: str, opening: str) -> None:
    entry = f"{opening} {place} in Lerno."
    past = entry_in_the_past(entry)
    noun = place.split()[-1]
    assert f" {noun} " in past and "quartered" not in past and "barracked" not in past


def test_a_fronted_phrase_keeps_his_and_names_the_one_doing_it() -> None:
    question = "After completing his schooling in Lerno he entered the Dorn Academy in ____."
    assert _biography_subject_named(question, "1889", "Ivo Kask", "he") == (
        "After completing his schooling in Lerno Ivo Kask entered the Dorn Academy in ____.")


def test_his_in_a_question_without_a_later_he_is_still_named() -> None:
    """Guard: the rule before, where no "he" follows."""
    assert _biography_subject_named("In what year did his party win the election?", "1931",
                                    "Ivo Kask", "he") == (
        "In what year did Ivo Kask’s party win the election?")


def test_todays_in_a_dated_report_is_the_days_attribute() -> None:
    day = find_dates("6 August 1962")[0]
    assert anchor_relative_dates("The road to today's ceremony began in ____.", day) == (
        "The road to the 6 August 1962 ceremony began in ____.")
    assert anchor_relative_dates("Kaldora today became independent.", day) == (
        "Kaldora on 6 August 1962 became independent.")


@given(st.sampled_from([
    "In what year did Ivo Kask die without a trial, and many of his colleagues had defected?",
    "On what date did Dornian ships fight Ostrian troops at Lerno and some sixty Ostrians were "
    "killed?",
    "In what year did Tamm take charge of the government under King Ivo, he appointed Kask "
    "adviser?"]))
def test_a_second_clause_after_did_is_refused(question: str) -> None:
    assert _clause_after_did(question)


@given(st.sampled_from(["Dornia", "Ostria", "the Kaldoran Union"]),
       st.sampled_from(["Kask", "the rebels", "Lerno"]),
       st.sampled_from(["sign the Treaty of Dorn", "meet in Lerno",
                        "announce that Dornia and Ostria had agreed",
                        "return to Lerno, which had been taken"]))
def test_a_did_question_with_one_clause_is_kept(first: str, second: str, verb: str) -> None:
    """Guard: two subjects joined by "and", a "that" clause and a relative clause."""
    assert not _clause_after_did(f"On what date did {first} and {second} {verb}?")


def test_did_before_a_fronted_place_or_without_an_object_is_refused() -> None:
    assert _DID_PREPOSITION.search(
        "In what month and year did out of the riots come the Dorn Workers' Union?")
    assert _OBJECTLESS.search("Kaldora: On what date did the Constituent Assembly elect?")
    assert not _OBJECTLESS.search(  # guard: "what initiative" is what he signed
        "What initiative did President Tamm sign, under which he handed power to Kask?")


def test_a_coordinated_present_before_to_is_asked_in_its_base() -> None:
    question = invert("Prince Tamm flies to Lerno and, at Dorn, declines to accept the terms.",
                      "on what date")
    assert question is None or "declines" not in question


# After rounds 136-139 (heldout129-132, judged with the rules above): mends not judged afresh.

def test_a_headlines_verb_at_the_end_of_its_name_heads_nothing() -> None:
    title = "Tamm resigns after 32 years in power; Kask sworn in as Dornia's third President"
    body = (f"{title}\n\nLERNO, 21 May 1998 — President Tamm resigned today. The President "
            "spoke on television. The President left. Kask became President.\n")
    assert title_topic(title) is None
    assert headline_topic(title, [body]) is None  # (nor a title alone: "President")


def test_a_states_span_of_years_is_no_life() -> None:
    topic = title_topic("Democratic Republic of Dornia (1918–1921)")
    assert topic is not None and topic.name == "Democratic Republic of Dornia"
    assert title_topic("Ivo Tamm (1909–1974)") is None  # guard: a person's life


def test_an_adjective_opening_a_timeline_entry_is_lowered_or_no_subject() -> None:
    assert invert("Heavy shooting breaks out around the radio station.", "on what date") == (
        "On what date did heavy shooting break out around the radio station?")
    question = invert("Violent clashes between Dornians and Ostrians leave ten dead.",
                      "on what dates")
    assert question is None or "Violent clash " not in question
    assert invert("North and South are reunified as the Republic of Dornia.", "on what date") == (
        "On what date were North and South reunified as the Republic of Dornia?")  # guard


def test_a_plural_names_possessive_takes_no_second_s() -> None:
    subject = Subject("Charter of the Association of Kaldoran Nations", "Charter", True)
    assert name_the_subject("The Charter's limits were exposed in ____.", "2021", subject) == (
        "The Charter of the Association of Kaldoran Nations' limits were exposed in ____.", "")
