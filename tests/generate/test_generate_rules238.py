"""Rule pass 238, from rounds 734 and 737 (heldout729, after pass 237): the summary of the "Convention
concerning the Protection of the World Cultural and Natural Heritage (1972)" headed its cards
"Natural Heritage:", the tail of the title's name, which the text repeats ("cultural and
natural heritage"), and which alone names another thing. A name its title gives only as the
last of a pair ("X and Natural Heritage") is no topic. Every text here is invented. Each test
fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.grammar import find_verb
from quiz.generate.headline_topic import headline_topic

_BODY = ["The Vellian convention protects Natural Heritage sites. Natural Heritage was defined "
         "in Article 2. Natural Heritage sites are listed by the committee. Natural Heritage "
         "needs care, the committee said in 1975."]


def test_the_tail_of_a_pair_in_a_title_is_no_topic() -> None:
    title = "Convention concerning the Protection of the Vellian Cultural and Natural Heritage"
    topic = headline_topic(title, _BODY)
    assert topic is None or topic.name != "Natural Heritage", topic


@given(st.sampled_from(["and", "of", "for"]),
       st.sampled_from(["Cultural", "World", "Vellian"]))
def test_no_tail_after_a_linking_word_is_a_topic(link: str, before: str) -> None:
    title = (f"Convention concerning the Protection of the {before} Cultural {link} Natural "
             "Heritage")
    topic = headline_topic(title, _BODY)
    assert topic is None or topic.name != "Natural Heritage"


def test_a_names_particle_and_name_is_no_verb() -> None:
    """(and pass 238's second rule, from round 734: "Nuri al-Said pressed Britain" was asked
    "did Nuri al-say pressed Britain", the name read as the past of "say")"""
    assert find_verb("Tamas al-Said pressed Vellia to join the union") == (14, 21, "past")
    assert find_verb("Ilan el-Saied and Aren al-Jaber signed") == (32, 38, "past")


@given(st.sampled_from(["al", "el", "ibn", "bin"]),
       st.sampled_from(["Said", "Jaber", "Hashed", "Rashid", "Majid"]))
def test_no_particle_name_is_taken_for_a_verb(particle: str, name: str) -> None:
    found = find_verb(f"Tamas {particle}-{name} went to Dask")
    assert found is not None and found[0] > len(f"Tamas {particle}-{name}")
