"""Rule pass 106, from rounds 118-121 (heldout113-116): "Ryukyu Disposition" was read as a
man's name, so "He Ruzhang" became "Ryukyu Ruzhang" and "his successor" "Ryukyu's successor";
"Saud al-Faisal (1940-2015)" was read as no one's life, so a bare "Saud" became the king
"Abdulaziz Al Saud" ("On what date was Abdulaziz Al Saud born?"); a headline listing three
parties ("Israel, the United Arab Emirates and Bahrain sign ...") labelled every card "Israel:";
"broadcasted"; "was United Republic of Tanzania adopted"; "President of the Court" (which
court?); "Federal Foreign Minister" offered for a Czech Foreign Minister. Every sentence here is
invented (people and bodies of invented lands). Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.distractors import build_pools, choices_for
from quiz.generate.documents import Document, main_person
from quiz.generate.extract import find_facts
from quiz.generate.grammar import with_article_before_name
from quiz.generate.inflect import past_tense
from quiz.generate.quality import incomplete_role
from quiz.generate.questions import candidates_for
from quiz.generate.sentences import Sentence
from quiz.generate.topic import title_topic


@given(st.sampled_from(["Disposition", "Settlement", "Annexation", "Partition", "Emergency"]))
def test_an_act_named_after_a_place_is_no_ones_life(noun: str) -> None:
    blocks = [f"The Dornish {noun} ended the kingdom. Dornish envoys protested; he wrote; he "
              f"left. Dornish ships sailed. He Ruzhang arrived, and he protested. Dornish rule "
              f"ended."]
    assert main_person(f"Dornish {noun}", blocks) is None


def test_a_name_with_a_hyphenated_particle_is_a_life() -> None:
    blocks = ["Saud al-Tamm was born in Dorn. Saud studied law; he served as envoy. Saud "
              "retired, and he wrote his memoirs; he died in 2015. Saud was buried in Dorn."]
    assert main_person("Saud al-Tamm (1940–2015)", blocks) == ("Saud", "he")


def test_a_headline_listing_parties_labels_no_card() -> None:
    assert title_topic("Kaldora, the Dornish Republic and Ostria sign accords in Vell") is None


def test_a_title_naming_one_topic_still_labels() -> None:
    """Guard: a single name is still the cards' label."""
    topic = title_topic("The Kaldoran Crisis, 1960-1966")
    assert topic is not None and topic.name.startswith("Kaldoran Crisis")


@given(st.sampled_from(["broadcast", "forecast", "telecast"]))
def test_a_cast_verb_keeps_its_form_in_the_past(verb: str) -> None:
    assert past_tense(verb) == verb


@given(st.sampled_from(["United Republic of Kaldora", "Agreement", "Federal Union of Dorn"]))
def test_a_name_headed_by_a_common_noun_takes_the(name: str) -> None:
    assert with_article_before_name(f"On what date was {name} adopted?") == (
        f"On what date was the {name} adopted?")


@given(st.sampled_from(["Protocol I", "Protocol No. 6", "Union troops", "Ivo Tamm"]))
def test_a_numbered_name_or_an_adjective_takes_no_the(words: str) -> None:
    question = f"When was {words} sent?"
    assert with_article_before_name(question) == question


@given(st.sampled_from(["Court", "Council", "Assembly", "Commission", "Tribunal"]))
def test_an_office_of_a_bare_body_is_incomplete(body: str) -> None:
    assert incomplete_role(f"President of the {body}")
    assert not incomplete_role(f"President of the Dornish {body}")


def test_the_president_of_the_court_is_not_asked() -> None:
    kept, left = _run("On 13 December 1999 the President of the Court, Judge Ivo Tamm of "
                      "Kaldora, read the judgment on the northern channel. Tamm had presided "
                      "over the Court since 1997, and Tamm wrote the award. Tamm retired in 2003.")
    assert not any(a == "President of the Court" for a in kept.values()), kept
    asked = "What position did Judge Ivo Tamm of Kaldora hold in December 1999?"
    assert "incomplete" in left[asked], left


def _role_options(sentences: list[str], answer: str) -> tuple[str, ...]:
    doc = Document(Path("d.txt"), "x", "D")
    facts = [f for i, text in enumerate(sentences, start=1)
             for f in find_facts(Sentence(text, i), doc)]
    cand = next(c for f in facts for c in candidates_for(f, doc)
                if c.answer == answer and c.form == "reverse")
    return choices_for(cand, build_pools(facts))


_MINISTERS = ["In 1999 the Kaldoran Foreign Minister, Ivo Tamm, signed the protocol.",
              "In 1999 the Dornish Foreign Minister, Lev Kask, signed the protocol.",
              "In 1999 the Ostrian Foreign Minister, Ole Varn, signed the protocol.",
              "In 1999 the Vellish Foreign Minister, Ada Rist, signed the protocol.",
              "In 1999 the Federal Foreign Minister, Karl Benn, signed the protocol."]


def test_a_role_option_names_a_nation_when_the_answer_does() -> None:
    options = _role_options(_MINISTERS, "Kaldoran Foreign Minister")
    assert options and "Federal Foreign Minister" not in options, options


def test_a_role_without_a_nation_gets_no_nations_offices() -> None:
    options = _role_options(_MINISTERS, "Federal Foreign Minister")
    assert not any(word in " ".join(options) for word in ("Kaldoran", "Dornish")), options


@given(st.sampled_from(["German", "US", "U.S."]))
def test_german_and_us_are_nations_of_an_office(nation: str) -> None:
    """"German" ends like "Chairman", and "US" is capitals: both name a nation all the same."""
    options = _role_options(_MINISTERS[:4] + [
        f"In 1999 the {nation} Foreign Minister, Karl Benn, signed the protocol."],
        f"{nation} Foreign Minister")
    assert options and all(any(w in o for w in ("Kaldoran", "Dornish", "Ostrian", "Vellish"))
                           for o in options), options
