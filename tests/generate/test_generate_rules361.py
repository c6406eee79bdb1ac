"""Rule pass 361, from rounds 1558-1565's readers (heldout1549-1556, brewers):

* "Nonetheless Asahi overtook Kirin in beer in 1998": a link to the sentence before with no
  comma after it stayed before the subject ("did Nonetheless Asahi overtake": round 1564);
* "J.C. Jacobsen" and his son "Carl Jacobsen": the last initial "C." was read as "Carl", so a
  bare "Jacobsen" became the son in four cards of the father's life ("did Carl Jacobsen die in
  Rome" in 1887: wrong answers in round 1560). One given name is not the last of two initials;
* "Arthur Guinness" and his son "Arthur Guinness II" were read as one man, so the other Guinness
  named by then, Richard, was written for the founder ("did Richard Guinness marry Olivia
  Whitmore": round 1558). A generation's number or "Jr." tells two men of one name apart;
* an unnamed "the acquisition" or "the bid" is named in another sentence (rounds 300-1557 kept
  4 of 14 and 0 of 4 such verdicts);
* "Six Continents is divided": a number word before a capitalised word is a name's, not a count
  ("six Continents": round 1562).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.definites import resolve_definites
from quiz.generate.grammar import lower_first
from quiz.generate.names import document_full_names, shared_surnames, with_document_names

_FATHER_AND_SON = ("Kask Breweries\n\nThe brewery was founded by J.C. Vellsen in 1847. His son "
                   "Carl Vellsen opened a second brewery in 1882. Father and son were "
                   "reconciled in 1886; J.C. Vellsen died in Rome on 30 April 1887. In 1875 "
                   "Vellsen created the Kask Laboratory.\n")


def test_two_initials_are_not_one_given_name() -> None:
    assert document_full_names("Vellsen", _FATHER_AND_SON) == frozenset(
        {"J.C. Vellsen", "Carl Vellsen"})


def test_the_son_is_not_written_for_a_bare_family_name() -> None:
    question, _ = with_document_names("In what year did Vellsen create the Kask Laboratory?",
                                      "1875", _FATHER_AND_SON)
    assert "Carl Vellsen" not in question


@given(st.sampled_from(["R. G. Tamm", "R.G. Tamm"]))
def test_guard_initials_that_agree_are_one_man(initialled: str) -> None:
    text = (f"Richard Gardiner Tamm was born in 1890. {initialled} became governor in 1946, "
            "and Tamm retired in 1951.")
    assert document_full_names("Tamm", text) == frozenset({"Richard Gardiner Tamm"})


_GENERATIONS = ("# Vell & Son: a timeline\n\n- Arthur Vell is born, the eldest son of Richard "
                "Vell, a land steward.\n- 31 December: Arthur Vell signs a lease of the Kask "
                "brewery.\n- 17 June: Vell marries Olivia Tamm.\n- 12 March: Arthur Vell II, "
                "the founder's second son, is born.\n- Arthur Vell II becomes Lord Mayor.\n")


def test_a_son_of_the_same_name_and_number_is_another_man() -> None:
    shared = shared_surnames({"Vell": "Arthur Vell II"}, _GENERATIONS)
    assert {name for _, name in shared["Vell"]} >= {"Arthur Vell", "Arthur Vell II",
                                                     "Richard Vell"}


def test_guard_one_man_named_more_or_less_fully_is_not_shared() -> None:
    text = "Benjamin Alden Tamm was envoy. Benjamin Tamm signed the treaty in 1846."
    assert "Tamm" not in shared_surnames({"Tamm": "Benjamin Tamm"}, text)


@given(st.sampled_from(["acquisition", "bid"]))
def test_an_unnamed_acquisition_or_bid_is_named_elsewhere(noun: str) -> None:
    text = (f"Vellmark agreed to buy Kask Breweries for $52 billion. On 9 March 2010 Kask's "
            f"shareholders approved the {noun} at a meeting in Orrin.")
    quote = text.split(". ", 1)[1]
    _, why = resolve_definites(f"On what date did Kask's shareholders approve the {noun}?",
                               "9 March 2010", text, quote)
    assert "named in another sentence" in why


@pytest.mark.parametrize("link", ["Nonetheless", "Nevertheless", "However", "Still"])
def test_a_link_without_a_comma_opens_no_question(questions_from, link: str) -> None:
    text = ("Kask Brewery\n\nKask Brewery is a Japanese brewer founded in 1907 in Yokohama. "
            f"Its lager led the market for decades after 1954. {link} Orrin overtook Kask "
            "in beer in 1998, and Kask recovered the lead in 2009.\n")
    questions = questions_from("kask", text)
    assert not any(link in q for q in questions), questions


@given(st.sampled_from(["Six Continents is divided", "Three Mile Island leaks",
                        "Seven Sisters Road opens"]))
def test_a_number_word_before_a_name_is_the_name_s(entry: str) -> None:
    assert lower_first(entry) == entry


@given(st.sampled_from(["Two British ships sink", "Three ships sink", "The war ends"]))
def test_guard_a_count_or_a_determiner_is_lowered(entry: str) -> None:
    assert lower_first(entry)[0].islower()
