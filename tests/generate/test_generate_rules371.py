"""Rule pass 371, from rounds 1623-1630's readers (heldout1613-1620, telephone and telegraph
companies):

* "Vodafone holds a majority of Vodacom, where the M-Pesa money transfer service was launched
  in 2007": the verb found is the relative clause's, however long its subject; no question of
  the main clause (round 1625 asked "did Vodafone hold a majority of Vodacom", 2007).
* "20 per cent of Racal Telecom sold on 26 October 1988": a share of a thing sold, asked in the
  passive (round 1625 asked "did 20 per cent of Racal Telecom sell").
* "in cash, Lenovo shares and a three-year promissory note": a name's plural noun as a list's
  item, no verb (round 1630 wrote "Lenovo shared").
* "Paul V. Galvin": a middle initial, no regnal number (round 1630 wrote "Paul V's son").

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.clauses import date_question
from quiz.generate.names import with_document_names
from quiz.generate.tense import entry_in_the_past


def _asked(sentence: str, date: str, wh: str = "In what year") -> str | None:
    at = sentence.index(date)
    return date_question(sentence, at, at + len(date), wh)


def test_a_long_relative_clause_s_verb_is_not_the_main_clause_s() -> None:
    assert _asked("Orrin holds a majority of Vellcom, where the Kask money transfer service was "
                  "launched in 2007.", "2007") is None


def test_guard_a_relative_clause_s_date_in_the_past_is_still_left_out() -> None:
    assert _asked("Orrin held a majority of Vellcom, where the Kask service was launched in 2007.",
                  "2007") is None


def test_a_share_of_a_thing_sold_is_asked_in_the_passive() -> None:
    assert _asked("20 per cent of Vell Telecom sold on 26 October 1988, at a valuation of about "
                  "£1.7 billion.", "26 October 1988", "On what date") == (
        "On what date was 20 per cent of Vell Telecom sold at a valuation of about £1.7 billion?")


def test_guard_a_firm_that_sold_is_active() -> None:
    assert _asked("Vell sold on 26 October 1988, at a loss.", "26 October 1988",
                  "On what date") == "On what date did Vell sell at a loss?"


def test_a_name_s_plural_in_a_list_is_no_verb() -> None:
    told = "buy Vell Mobility for 2.91 billion dollars, in cash, Orrin shares and a promissory note"
    assert entry_in_the_past(told) == told


def test_a_middle_initial_is_no_regnal_number() -> None:
    text = ("Vell Radio was founded by Paul V. Tamm in 1928. Robert Tamm, Paul's son, led it from "
            "1959.")
    asked, _ = with_document_names("On ____ Robert Tamm, Paul's son, was born.", "1922", text)
    assert "Paul V's" not in asked, asked
