"""Rule pass 160, from rounds 297-300: a title naming a khanate ("Kazan Khanate") is no
person's, so "his position" is not written as the khanate's; a name alone on a document's first
line ("Casamance") is its title, not the section heading below it; "Lewanika receiving a share
from his own reserve" keeps "his" Lewanika's; "Chairman of the Russian Supreme Soviet" has no
holder "Supreme Soviet"; "found the first MFDC" is the present of "found"; "Soviet Socialist
Republic of Abkhazia proclaimed on ..." is asked as a passive; "Longest reign: Lewanika,
installed in 1878" asks when Lewanika was installed; a bare "Ivan" beside "Ivan III" and "Ivan
IV" is either. Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.coordination import dated_conjunct
from quiz.generate.documents import document_title, main_person
from quiz.generate.fragments import name_date_question
from quiz.generate.names import with_document_names
from quiz.generate.officials import find_officials
from quiz.generate.questions import _biography_subject_named
from quiz.generate.sentences import Sentence


@given(st.sampled_from(["Khanate", "Emirate", "Duchy", "Shogunate"]))
def test_a_states_title_is_no_person(kind: str) -> None:
    text = (f"The Kell {kind} was a state on the Vell. Its first khan was Ulugh. He ruled the Kell "
            f"{kind} for years, and his sons fought over the Kell {kind}. He died in 1445. His son "
            f"Mahmud seized the Kell {kind}. He was khan until 1466. He built mosques.")
    assert main_person(f"Kell {kind}", [text]) is None


def test_a_persons_title_is_still_a_person() -> None:
    """(guard: "Ivo Tamm" of a life of Ivo Tamm)"""
    text = ("Ivo Tamm was born in Kell. He became mayor in 1901. Tamm resigned in 1905. He "
            "left for Vell, where Tamm taught. He died there; Tamm's grave is at Zell.")
    assert main_person("Ivo Tamm", [text]) == ("Ivo Tamm", "he")


@given(st.sampled_from(["Casamance", "Tatarstan", "Zululand"]))
def test_a_name_alone_on_the_first_line_is_the_title(name: str) -> None:
    text = (f"{name}\n\n{name} is a region of tidal creeks and forest, long disputed.\n\n"
            "Land and people\n\nIts people grow rice.\n")
    assert document_title(text, Path("x.txt")) == name


def test_a_section_word_on_the_first_line_is_no_title() -> None:
    """(guard: "Introduction")"""
    text = "Introduction\n\nThe Kell treaty was signed in 1901.\n"
    assert document_title(text, Path("kell.txt")) != "Introduction"


def test_his_after_a_named_actor_is_the_actors() -> None:
    question = ("In what year was a hut tax introduced, Lewanika receiving a share of the "
                "collections from his own reserve?")
    assert _biography_subject_named(question, "1904", "Ivo Tamm", "he") == question


def test_his_of_no_one_else_is_still_the_subjects() -> None:
    """(guard: "did the council cut his salary")"""
    question = "In what year did the council cut his salary?"
    assert _biography_subject_named(question, "1904", "Ivo Tamm", "he") == (
        "In what year did the council cut Ivo Tamm’s salary?")


def test_a_legislature_is_no_office_holder() -> None:
    text = ("In August 1990 Mr Tamm, then Chairman of the Russian Supreme Soviet, told an "
            "audience in Vell to take as much as it could.")
    assert "Supreme Soviet" not in [fact.answer for fact in find_officials(Sentence(text, 1))]


def test_a_persons_name_like_a_legislatures_is_still_a_holder() -> None:
    """(guard: "Minister of Hydrocarbons Andrés Soliz Rada")"""
    text = "On 1 May 2006 the Minister of Hydrocarbons, Andrés Soliz Rada, read the decree."
    assert "Andrés Soliz Rada" in [fact.answer for fact in find_officials(Sentence(text, 1))]


def test_found_the_first_initials_is_a_founding() -> None:
    text = ("March 1947: Ivo Tamm, Karl Berg and others found the first KDF to press for fairer "
            "representation.")
    question = date_question(text, 0, 10, "in what month and year")
    assert question is not None and "others found the first KDF" in question


def test_a_proclaimed_republic_is_asked_as_a_passive() -> None:
    text = ("Soviet rule proclaimed: Vell taken on 4 March 1921; Soviet Socialist Republic of "
            "Kell proclaimed on 31 March 1921")
    at = text.index("31 March")
    assert date_question(text, at, at + 13, "on what date") == (
        "On what date was the Soviet Socialist Republic of Kell proclaimed?")


def test_a_superlative_label_describes_its_name() -> None:
    text = "Longest reign:   Tamm, installed in 1878, deposed in 1884, restored in 1885"
    at = text.index("1878")
    assert name_date_question(text, at, at + 4, "in what year") == (
        "In what year was Tamm installed?")


def test_a_things_label_is_still_placed() -> None:
    """(guard: "Secretariat: Vell, established in 1993")"""
    text = "Secretariat: Vell, established in 1993"
    at = text.index("1993")
    assert name_date_question(text, at, at + 4, "in what year") == (
        "In what year was the Secretariat in Vell established?")


def test_a_given_name_of_two_numbered_rulers_is_either() -> None:
    text = ("Grand Prince Ivan III intervened in Kell. Ivan IV, crowned Tsar in 1547, took it. "
            "Ivan left Moscow on 16 June 1552.")
    _, why = with_document_names("Ivan left Moscow on ____.", "16 June 1552", text)
    assert "Ivan III" in why and "Ivan IV" in why


def test_a_span_since_a_year_is_no_conjuncts_date() -> None:
    text = ("On 20 December 2005, at Vell, Ivo Tamm met the commanders Karl Berg and Jaan Sepp "
            "for the first time since 1993.")
    at = text.index("20 December")
    question = date_question(text, at, at + 16, "on what date")
    assert question is not None and "Karl Berg and Jaan Sepp" in question


def test_a_conjunct_with_its_own_date_is_still_cut() -> None:
    """(guard: "ceded Kell in 1842 and Vell in 1860")"""
    predicate = "cede Kell under the Treaty of Zell in 1842 and Vell under the Convention of Dask in 1860"
    span = dated_conjunct(predicate)
    assert span is not None and predicate[: span[0]].endswith("1842")
