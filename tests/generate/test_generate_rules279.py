"""Rule pass 279, from rounds 997-1004 (heldout989-996) as their first readers judged them (no
batch has judged it):

- "Local Government etc:" (a statute's title cut at the stop of its "etc.", the label of every
  card of its summary);
- "did the Queen in Council give Royal Assent?" (assent to no law the question names: rounds
  156-1000 kept 1 of 10 such verdicts);
- "Willington Shelton Agar" (a name of three given names read two deep);
- "What position did Social Cohesion hold?" (the fields of "Minister of Employment, Social
  Cohesion and Housing" read as the office's holder);
- "Which Minister of Marine telegraphed ... last night?" (a time told from a report's own day:
  rounds 156-1004 kept 0 of 4);
- "the wrecks of la Hougue" (a place's "La" written in lower case because the text has "the
  Tour de la Hougue");
- "was Le Dall de Kéréon, the last offshore lighthouse of the Iroise, automated?" (a lighthouse
  named after an officer completed as his name).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.facts import DATE, Fact
from quiz.generate.names import document_full_names, particles_as_written, with_document_names
from quiz.generate.officials import find_officials
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence
from quiz.generate.subject import title_parts


@given(st.sampled_from(["Local Government etc. (Vellia) Act 1994",
                        "Harbours etc. Act 1960"]))
def test_a_titles_etc_is_no_part_of_its_label(title: str) -> None:
    assert not any(part.endswith("etc") for part in title_parts(title)), title_parts(title)


def _wh_faults(question: str, sentence: str, answer: str = "2008") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, "wh", question, answer))


@given(st.sampled_from(["give Royal Assent", "grant the royal assent", "give his assent"]))
def test_assent_to_no_law_is_vague(assent: str) -> None:
    sentence = f"In 2008 the Queen in Council did {assent} in Vell."
    found = _wh_faults(f"In what year did the Queen in Council {assent} in Vell?", sentence)
    assert any("assent given" in fault for fault in found), found


def test_a_guard_assent_to_a_law_is_kept() -> None:
    sentence = "In 2008 the Queen in Council gave Royal Assent to the Reform (Vell) Law in Kask."
    found = _wh_faults("In what year did the Queen in Council give Royal Assent to the Reform "
                       "(Vell) Law in Kask?", sentence)
    assert not any("assent given" in fault for fault in found), found


@given(st.sampled_from(["Augustus Willington Shelton", "Maria Teresa Luisa"]))
def test_a_third_given_name_is_read(given_names: str) -> None:
    text = (f"{given_names} Dorn, VC, was an officer of the Vell navy.\n\n"
            f"In 1919 Dorn was summoned to Kask.\n")
    assert f"{given_names} Dorn" in document_full_names("Dorn", text)


@given(st.sampled_from(["Employment, Social Cohesion and Housing", "Culture, Heritage and Sport"]))
def test_an_offices_fields_are_no_holder(fields: str) -> None:
    sentence = Sentence(f"In 2005 Ivo Dorn stayed on as Minister of {fields} until 2007.", 1)
    assert [fact.answer for fact in find_officials(sentence)] in ([], ["Ivo Dorn"])


@given(st.sampled_from(["La Hougue", "Le Conquet"]))
def test_a_places_article_after_de_is_no_lower_case_particle(place: str) -> None:
    lower = place[0].lower() + place[1:]
    text = f"The Tour de {lower} stands on the shore. Finds from the wrecks of {place} are shown."
    question = f"In what year were finds from the wrecks of {place} shown?"
    assert particles_as_written(question, text) == question


def test_a_guard_a_particle_written_in_lower_case_mid_sentence_is_kept() -> None:
    text = "In 1958 the general returned. Later de Gaulle said no."
    assert particles_as_written("In what year did De Gaulle say no?", text) == (
        "In what year did de Gaulle say no?")


@given(st.sampled_from(["lighthouse", "island", "fort"]))
def test_a_thing_named_after_a_person_is_not_completed_as_the_person(thing: str) -> None:
    text = (f"The {thing} takes its name from Charles Ivo Le Dall de Vellon, a naval officer.\n\n"
            f"Vellon was automated in 2004.\n")
    question = f"In what year was Vellon, the last {thing} of the coast, automated?"
    asked, _ = with_document_names(question, "2004", text)
    assert asked == question, asked


@given(st.sampled_from(["last night", "yesterday", "this morning"]))
def test_a_time_told_from_the_reports_day_is_vague(when: str) -> None:
    sentence = f"In 1896 the Minister of Marine telegraphed from Vell {when}."
    found = _wh_faults(f"In what year did the Minister of Marine telegraph from Vell {when}?",
                       sentence, "1896")
    assert any("report's own day" in fault for fault in found), found
