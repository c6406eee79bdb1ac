"""Rule pass 404, from the first readers of rounds 1759-1766 (military academies):

- a timeline titled "The United States Military Academy at West Point, 1778–1968" had no
  label, so "become the first Black graduate" was of nothing (round 1759): a body's name too
  long for a label is cut before "at", "in" or "of" its place, for academies, colleges,
  institutes, schools, universities, museums, libraries, hospitals, lines and railways too;
- "Three VMI cadets found the Alpha Tau Omega fraternity" was asked "did three VMI cadets find"
  (round 1764): "found" before a named fraternity, guild or movement is the present of "found";
- in a life of Francis Henney Smith, "David Hunter occupied Lexington, and on 12 June 1864 his
  troops burned the barracks" became "Francis Henney Smith's troops" (round 1764, a wrong
  answer): a possessive after another man's clause is his;
- "the academy" was written "War Academy", with no "the", because the document gives that name
  only as a gloss in brackets ("The Kriegsakademie (War Academy)", round 1763);
- "the corps" (of cadets) was written "the Marine Corps" named just before (round 1764, a wrong
  answer): of several corps the nearest is a guess;
- a news report's headline in capitals, cased word by word ("Sigel Beaten At New Market"),
  labelled its cards: a small word with a capital is a headline's, not a name's;
- "On ____ (29 Vendémiaire Year II)": the Republican calendar's date beside the blank gives the
  answer away (2 of 8 such verdicts kept);
- prose on an instrument its title names (a contract, a deed, a law: "The Admiralty Mail
  Contract with Samuel Cunard (1839)") and an agreement's summary ask a learned chance of 0.75
  of their cards: on rounds 1261-1766 readers kept 56 % and 60 % of those under it, 70 % and
  72 % above (the share kept over all 33,925 verdicts, 80.1 % -> 80.9 %; 1,228 left out);
- "the new company", "the new council", "the parent company", with nothing after them that says
  which, are vague (21 of 56 such verdicts kept).

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.definites import _never_after_the
from quiz.generate.questions import _biography_subject_named
from quiz.generate.tense import entry_in_the_past
from quiz.generate.topic import title_topic


def test_a_long_academy_name_is_labelled_without_its_place() -> None:
    subject = title_topic("The United States Kask Academy at West Vell, 1778–1968")
    assert subject is not None and subject.name == "United States Kask Academy"


def test_found_before_a_named_fraternity_is_its_present() -> None:
    assert entry_in_the_past("Three Kask cadets found the Alpha Vell Omega fraternity in Dorn.") == (
        "Three Kask cadets founded the Alpha Vell Omega fraternity in Dorn.")
    assert entry_in_the_past("Three cadets found the Kask Hotel in ruins.") == (  # (guard)
        "Three cadets found the Kask Hotel in ruins.")


def test_a_possessive_after_another_man_s_clause_is_his() -> None:
    question = ("Major General Ivo Dorn occupied Vell, and on ____ his troops burned the "
                "barracks.")
    assert _biography_subject_named(question, "12 June 1864", "Alda Kask Smith", "he") == question


def test_guard_a_possessive_of_the_life_s_subject_is_named() -> None:
    assert _biography_subject_named("On ____ his troops burned the barracks.", "12 June 1864",
                                    "Alda Kask Smith", "he") == (
        "On ____ Alda Kask Smith’s troops burned the barracks.")


def test_a_gloss_in_brackets_says_nothing_of_the_article() -> None:
    text = "The Kaskakademie (Vell Academy) in Dorn was the senior school of the army."
    assert not _never_after_the("Vell Academy", text)
    assert _never_after_the("Vell Academy", "Vell Academy in Dorn was founded in 1810.")  # (guard)


def _document(tmp_path, name: str, text: str):
    from quiz.generate.documents import read_document
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_prose_on_an_instrument_its_title_names_asks_more_of_its_cards(tmp_path) -> None:
    """(rounds 1261-1766: 56 % of such cards kept at a chance under 0.75, 70 % above)"""
    from quiz.generate.learned import UNLIKELY_IN
    from quiz.generate.pipeline import document_kind
    doc = _document(tmp_path, "kask.txt", "The Kask Mail Contract with Ivo Dorn (1839)\n\n"
                    "The contract was signed in Vell on 4 May 1839. It bound Dorn to carry the "
                    "mails.\n\nIts terms were revised in 1840.\n")
    assert doc.summarises_an_instrument
    assert document_kind(doc, doc.subject) == "instrument summary"
    assert UNLIKELY_IN["instrument summary"] == UNLIKELY_IN["agreement summary"] == 0.75


def test_guard_a_list_of_dated_entries_is_no_summary(tmp_path) -> None:
    doc = _document(tmp_path, "kask.md", "# The Kask Mail Contract, 1839-1900: a timeline\n\n"
                    "- 4 May 1839: The contract is signed in Vell.\n"
                    "- 1840: Its terms are revised.\n- 1850: Dorn sells his share.\n")
    assert not doc.summarises_an_instrument


def test_a_headline_cased_word_by_word_is_no_label() -> None:
    """("SIGEL BEATEN AT NEW MARKET" cased "Sigel Beaten At New Market", round 1764)"""
    assert title_topic("Kask Beaten At New Vell") is None
    subject = title_topic("Kask Society of Vell")  # (guard)
    assert subject is not None and subject.name == "Kask Society of Vell"


def test_a_republican_calendar_date_beside_the_blank_is_obvious() -> None:
    from quiz.generate.quality import _REPUBLICAN_DATE
    assert _REPUBLICAN_DATE.search("On ____ (29 Vendémiaire Year II) Ivo Dorn was attached.")
    assert not _REPUBLICAN_DATE.search("On ____ (20 October 1793) Ivo Dorn was attached.")


def test_the_new_company_is_vague() -> None:
    """(rounds 300-1766 kept 21 of 56 such verdicts)"""
    from quiz.generate.quality import _NEW_BODY
    assert _NEW_BODY.search("In what year did the new company acquire the Kask shipyard?")
    assert _NEW_BODY.search("From ____ the parent company was called Vell Corporation.")
    assert not _NEW_BODY.search("In what year did the new company Kask Ltd buy Vell?")  # (guard)
    assert not _NEW_BODY.search("On what date did Dorn join the new state of Vell?")  # (guard)
