"""Rule pass 359, from rounds 1542-1549's readers (heldout1533-1540, record labels):

* an article titled in capitals with one word, "EMI", labelled every card "Emi:" (12 verdicts
  of round 1542): a title in capitals keeps the capitals of the words its text writes so too;
* a company named after a man was written as the man: "Siemens and Philips form the
  Grammophon-Philips Group" became "did Ernst von Siemens and Philips form" (round 1543), "after
  thirty-one years with Philips" became "with Frits Philips" (round 1549). A text that uses the
  name as a firm's ("Siemens & Halske AG", "the Philips group", "president of Philips") leaves
  the bare name as it is.

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import read_document
from quiz.generate.names import named_as_company


def _document(tmp_path: Path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


_LABEL_TEXT = ("{title}\n\n{name} (Vellmark Sound Industries Ltd) was a British record company "
               "formed in 1931 by the merger of two older firms. {name} opened its studios at Kask "
               "on 12 November 1931, and {name} was bought by the Orrin Bank in 2007.\n")


@pytest.mark.parametrize("name", ["VSI", "QTZ", "KXM"])
def test_a_title_in_capitals_the_text_writes_in_capitals_is_kept(tmp_path: Path,
                                                                 name: str) -> None:
    doc = _document(tmp_path, _LABEL_TEXT.format(title=name, name=name))
    assert doc.cased_title == name
    assert doc.subject is not None and doc.subject.name == name


def test_a_label_keeps_the_capitals(questions_from) -> None:
    questions = questions_from("doc", _LABEL_TEXT.format(title="VSI", name="VSI"))
    assert questions and not any(q.startswith("Vsi:") for q in questions), questions


def test_guard_a_title_in_capitals_the_text_writes_as_a_name_is_a_name(tmp_path: Path) -> None:
    doc = _document(tmp_path, _LABEL_TEXT.format(title="VELLMARK", name="Vellmark"))
    assert doc.cased_title == "Vellmark"


def test_a_headline_in_capitals_keeps_its_acronym(tmp_path: Path) -> None:
    doc = _document(tmp_path, "VSI ENDS KASK CONTRACT AFTER THREE MONTHS\n\nLONDON, 7 January "
                    "1977 — VSI said yesterday that it had ended the contract of the Kask Four.\n")
    assert doc.cased_title == "VSI Ends Kask Contract After Three Months"


def test_guard_a_dateline_place_is_no_name_in_capitals(tmp_path: Path) -> None:
    doc = _document(tmp_path, "KASK TRADE PACT SIGNED IN LONDON\n\nLONDON, 7 January 1977 — A "
                    "trade pact was signed in London yesterday by the Kask envoy.\n")
    assert doc.cased_title == "Kask Trade Pact Signed in London"


_FIRM_USES = ["Siemens & Halske AG bought the rest", "the Siemens group bought the rest",
              "the president of Siemens asked him", "Siemens AG bought the rest",
              "shares of Siemens were sold"]


@given(st.sampled_from(_FIRM_USES))
def test_a_name_used_as_a_firm_s_is_a_company(use: str) -> None:
    text = f"Ernst von Siemens was chairman. In 1962 {use}. Siemens and Vell formed a group."
    assert named_as_company("Siemens", text)


@given(st.sampled_from(["Ernst von Siemens was chairman; Siemens died in 1990.",
                        "the wife of Siemens was born in Kask", "Siemens Street was renamed",
                        "the president of Siemens College spoke"]))
def test_guard_a_man_s_name_is_no_company(use: str) -> None:
    assert not named_as_company("Siemens", f"Ernst von Siemens was chairman. {use}")


def test_the_firm_is_not_written_as_the_man(questions_from) -> None:
    text = ("Vellmark Records\n\nVellmark Records is a German record company. Frits Orrin, "
            "president of Orrin from 1961 to 1971, was its chairman. In 1962 Orrin and the "
            "Kask group formed the Vellmark Group, each taking half of the other's record "
            "company. On 4 December 1995 Orrin announced that Cor Vell would succeed him as "
            "head of the Vellmark Group.\n")
    questions = questions_from("doc", text)
    assert questions and not any("Frits Orrin announce" in q or "Frits Orrin and" in q
                                 for q in questions), questions
