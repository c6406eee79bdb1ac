"""Rule pass 360, from rounds 1550-1557's readers (heldout1541-1548, drug makers):

* an article whose first line is its title ending in a shortened word, "Merck & Co." or
  "Pfizer Inc.", was taken for a sentence, so its first section heading became the title and
  every card's label ("Darmstadt origins:", "Founding:": 21 verdicts of rounds 1551 and 1555).
  Such a line is the title; a company's legal form is left out of the label ("Pfizer");
* "Berry Gordy Jr." as a title is the life of Berry Gordy (the text's "Gordy");
* a bare "Glaxo" was written as "Glaxo Wellcome", the company it became by merger, as if that
  were a man's full name ("did Glaxo Wellcome launch Ostelin" in 1924: a wrong answer in
  round 1550): a name the text gives a company's legal form ("Glaxo Wellcome plc") is no one's
  full name;
* "with Colonel John T. Wilder's mounted 'Lightning Brigade'": a past form after a possessive in
  a phrase, before a name or a quotation, describes it and is no verb (round 1554 asked "did the
  battery fought ... with Colonel John T. Wilder's mount").

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import main_person, read_document
from quiz.generate.grammar import find_verb
from quiz.generate.names import with_document_names


def _document(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


_ARTICLE = ("{title}\n\n{name} is an American maker of medicines with its headquarters in Kask, "
            "Vermont.\n\nThe Orrin origins\n\nIn 1868 Ann Vell bought a pharmacy in Orrin. "
            "{name} opened a plant at Kask on 12 March 1901, and in 1925 its chemists isolated "
            "the vellin hormone.\n")


@pytest.mark.parametrize(("title", "label"), [("Vellmark & Co.", "Vellmark & Co."),
                                              ("Vellmark Inc.", "Vellmark"),
                                              ("Vellmark Corp.", "Vellmark"),
                                              ("Vellmark Ltd.", "Vellmark")])
def test_a_first_line_ending_in_a_shortened_word_is_the_title(tmp_path: Path, title: str,
                                                              label: str) -> None:
    doc = _document(tmp_path, _ARTICLE.format(title=title, name=title.removesuffix(".")))
    assert doc.title == title
    assert doc.subject is not None and doc.subject.name == label


def test_no_card_is_labelled_with_a_section_heading(questions_from) -> None:
    questions = questions_from("doc", _ARTICLE.format(title="Vellmark Inc.", name="Vellmark"))
    assert questions and not any(q.startswith("Orrin origins") for q in questions), questions


def test_guard_a_first_line_that_is_a_sentence_is_no_title(tmp_path: Path) -> None:
    doc = _document(tmp_path, "Vellmark was sold in 1999 to Orrin.\n\nThe Orrin origins\n\n"
                    "In 1868 Ann Vell bought a pharmacy in Orrin. It grew fast.\n")
    assert doc.title == "The Orrin origins"


@given(st.sampled_from(["Jr.", "Sr.", "Jr"]))
def test_a_title_name_with_its_generation_is_the_life(suffix: str) -> None:
    text = (f"Tom Vell {suffix} (born 2 March 1929) is an American record producer. Vell "
            "founded Kask Records in 1959. He sold it in 1988, and he retired in 2019. Vell "
            "was born in Kask, where his father ran a shop; he left school at sixteen. In 1990 "
            "Vell wrote his memoirs, and he was honoured by his city in 2001.")
    assert main_person(f"Tom Vell {suffix}", [text]) == ("Tom Vell", "he")


def test_guard_a_title_with_a_generation_and_no_life_is_none() -> None:
    text = "Kask Records Jr. is a record label. It was founded in 1959 and sold in 1988."
    assert main_person("Kask Records Jr.", [text]) is None


_MERGED = ("Drug makers of Britain\n\nVellmark was a British maker of medicines. In 1924 Vellmark launched "
           "Orrinol, its first medicine. On 23 January 1995 Vellmark announced a bid for Kask "
           "plc, and the combined company took the name Vellmark Kask. In 2000 Vellmark Kask "
           "plc merged with Orrin Beecham.\n")


@given(st.sampled_from(["In what year did Vellmark launch Orrinol?",
                        "On what date did Vellmark announce a bid for Kask plc?"]))
def test_a_company_s_later_name_is_not_its_full_name(question: str) -> None:
    assert with_document_names(question, "1924", _MERGED) == (question, "")


def test_guard_a_man_s_full_name_is_still_written() -> None:
    text = ("Vellmark\n\nVellmark was a British maker of medicines. Its founder, Joseph Orrin, "
            "sailed for Kask in 1853 and returned in 1887, when Orrin opened a shop.\n")
    assert with_document_names("In what year did Orrin open a shop?", "1887", text) == (
        "In what year did Joseph Orrin open a shop?", "")


@given(st.sampled_from(["Colonel John T. Wilder's mounted \"Lightning Brigade\"",
                        "General Orrin's armoured “Kask Column”",
                        "the Duke of Vell's united Kask Regiment"]))
def test_a_past_after_a_possessive_in_a_phrase_is_no_verb(phrase: str) -> None:
    assert find_verb(f"the battery fights at Kask Gap with {phrase}") is None


@given(st.sampled_from(["Macy's opened Herald Square in 1902",
                        "Vell's opened its first store in 1858",
                        "In 1902 Macy's opened Herald Square"]))
def test_guard_a_name_ending_in_s_before_its_verb(sentence: str) -> None:
    found = find_verb(sentence)
    assert found is not None and sentence[found[0]:found[1]] == "opened"
