"""Rule pass 316, from rounds 1253-1260 (heldout1245-1252) as their readers judged them:

- "give a night festival for some two thousand Olympic guested": a count written in words, a
  name's word, then the count's plural noun is no verb a timeline's past rewrites;
- "adopt a petition of Czech?": an "and" between two peoples' adjectives of one noun ("Czech
  and German demands") joins no clauses;
- "since ____ it has been owned.": two participles of one passive that share the agent after
  the second ("owned and managed by the Foundation") are not cut apart;
- "Karl August von Hardenberg became State Chancellor, an office Frederick William III held":
  the "he" of ", an office he held" holds the office the man just named took, not the
  biography's subject;
- "did the Manfréd Weiss work, moved to Csepel?": a name's plural noun read as its verb, the
  participle's aside closing the question with no verb after it, is refused;
- "On ____ the abbey passed ... to the Austrian Benedictine abbey of Altenburg": a common noun
  after the "and" of a subject ("Tihany Peninsula and Abbey") does not name it alone, so the
  card is labelled with it;
- "did Haushofer marry": a given name that ends as a people's adjective does ("Maximilian",
  "Christian") is a given name, so "Maximilian Haushofer" is the full name a bare "Haushofer"
  is written with.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import cut_clause, invert
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["some two thousand", "three hundred", "twenty"]),
       st.sampled_from(["Olympic guests", "Royal Navy sailors", "Vell pilgrims"]))
def test_a_counts_noun_after_a_name_is_no_verb(count: str, noun: str) -> None:
    told = entry_in_the_past(f"Ivo Kask gives a feast for {count} {noun}; the band plays.")
    assert f"{count} {noun};" in told and told.startswith("Ivo Kask gave"), told


def test_a_guard_a_names_verb_after_a_count_is_still_put_in_the_past() -> None:
    told = entry_in_the_past("Twenty Labour members vote against the bill.")
    assert told == "Twenty Labour members voted against the bill.", told


@given(st.sampled_from([("Czech", "German"), ("French", "Spanish"), ("Polish", "Lithuanian")]))
def test_two_peoples_adjectives_of_one_noun_are_one_clause(peoples: tuple[str, str]) -> None:
    first, second = peoples
    asked = invert(f"A meeting at Kask adopted a petition of {first} and {second} demands to "
                   "the Emperor.", "on what date")
    assert asked is not None and f"{first} and {second} demands to the Emperor?" in asked, asked


def test_a_guard_a_second_clause_after_a_people_is_still_cut() -> None:
    asked = invert("A meeting at Kask adopted a petition to the French and German troops left "
                   "the town.", "on what date")
    assert asked == "On what date did a meeting at Kask adopt a petition to the French?", asked


@given(st.sampled_from(["owned and managed", "built and run", "founded and funded"]))
def test_two_participles_sharing_their_agent_are_one_clause(pair: str) -> None:
    text = f" it has been {pair} by the Kask Foundation."
    assert cut_clause(text) == text


def test_a_guard_an_and_before_another_clause_is_still_cut() -> None:
    cut = cut_clause(" it has been owned by the state and the Kask Foundation managed it later.")
    assert "managed" not in cut, cut


def test_the_holder_of_an_office_is_the_man_named_before_it() -> None:
    from quiz.generate.questions import _biography_subject_named
    question = ("In what month and year did Karl August von Vell become State Chancellor, an "
                "office he held until his death?")
    assert _biography_subject_named(question, "June 1810", "Ivo Kask", "he") == question


def test_a_guard_a_he_with_no_one_else_named_is_the_biographys() -> None:
    from quiz.generate.questions import _biography_subject_named
    question = "In what year did he become State Chancellor, an office he held until his death?"
    named = _biography_subject_named(question, "1810", "Ivo Kask", "he")
    assert named.startswith("In what year did Ivo Kask become"), named


@given(st.sampled_from(["moved to Kask", "transferred to the state", "restored in Vell"]))
def test_a_names_noun_read_as_its_verb_is_refused(aside: str) -> None:
    from quiz.generate.quality import _NOUN_READ_AS_VERB
    assert _NOUN_READ_AS_VERB.search(f"Kask: In what year did the Ivo Vell work, {aside}?")


def test_a_guard_the_verb_after_the_aside_is_kept() -> None:
    from quiz.generate.quality import _NOUN_READ_AS_VERB
    assert not _NOUN_READ_AS_VERB.search(
        "On what date did Kask forces, backed by Vell, take the upper valley?")


@given(st.sampled_from(["Abbey", "Castle", "Island"]))
def test_a_common_noun_after_and_in_a_subject_does_not_name_it_alone(head: str) -> None:
    from quiz.generate.subject import Subject
    from quiz.generate.topic_label import with_topic_label
    subject = Subject(f"Kask Peninsula and {head}", "", False, kind="topic")
    question = f"On ____ the {head.lower()} passed to the {head.lower()} of Vell."
    labelled = with_topic_label(question, "9 July 1701", f"Kask Peninsula and {head}", subject)
    assert labelled == f"Kask Peninsula and {head}: {question}", labelled


def test_a_guard_a_country_of_a_pair_still_names_it() -> None:
    from quiz.generate.subject import Subject
    from quiz.generate.topic_label import with_topic_label
    subject = Subject("Greece and Turkey", "", False, kind="pair")
    question = "In what year did Turkey invade the island?"
    assert with_topic_label(question, "1974", "Greece and Turkey", subject) == question


@given(st.sampled_from(["Maximilian", "Christian", "Julian", "Adrian"]))
def test_a_given_name_ending_as_a_peoples_adjective_is_a_full_names(given: str) -> None:
    from quiz.generate.names import document_full_names
    text = f"In 1828 the painter {given} Vellhofer crossed to Kask. Vellhofer married Anna."
    assert document_full_names("Vellhofer", text) == frozenset({f"{given} Vellhofer"})


def test_a_guard_a_peoples_adjective_before_a_name_is_no_given_name() -> None:
    from quiz.generate.names import document_full_names
    text = "In 1828 the Bavarian Vellhofer crossed to Kask. Vellhofer married Anna."
    assert document_full_names("Vellhofer", text) == frozenset()
