"""Rule pass 370, from rounds 1613 and 1615-1622's readers (heldout1603, Mars; heldout1605-1612,
steelmakers):

* "Frank" of "Frank C. Vell": a given name that is also a word ("frank"), which the text writes
  only with its capital, is a given name, completed to the one full name the text gives it
  (round 1613 left three cards' "Frank" bare; pass 373 keeps the family name to words the
  lexicon does not know, so "Frank C. Mars" itself stays bare).
* "Fried. Krupp", "Gebr. Stumm": a given name written short ends no sentence (round 1617 cut
  "becoming Fried. Krupp AG Hoesch-Krupp" at "Fried.").
* "U.S. Steel raised prices": "Steel" goes on after "U.S." (round 1616 asked "did Steel
  raise prices").
* "His father, born in 1853, was ...; he died at Naples on ____": the father's death, not the
  biography's subject's (round 1619 wrote "Dolf Kessler died at Naples").
* "the company" is not "the United Company" of "the United Company Shareholder Group" (round
  1621).
* "On what date did the European Commission approve the acquisition?": a deal another sentence
  names, left out as vague (rounds 300-1622 kept 0 of 24 such verdicts).
* "Summary of the ... Agreement by which ...": a summary's subtitle is no sentence (0 of 4).
* "Corus Nederland": a firm's branch in a land is no full name of "Corus" (round 1619 asked
  "did Corus Nederland announce").

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.definites import resolve_definites
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.sentences import split_sentences

_FAMILY = ("Franklin Vell (1883–1934) founded the Vell Candy Company. Frank C. Vell married Ethel "
           "Healy in 1910, and their son Forrest Vell was born in 1904. In 1932 Frank settled "
           "money on his son Forrest.")


def test_a_given_name_that_is_also_a_word_is_completed() -> None:
    asked, why = with_document_names("In what year did Frank settle money on his son?", "1932",
                                     _FAMILY)
    assert (asked, why) == ("In what year did Frank C. Vell settle money on his son?", "")


def test_guard_a_word_the_text_writes_small_is_no_given_name() -> None:
    text = _FAMILY + " The talks were frank."
    asked, _ = with_document_names("In what year did Frank settle money on his son?", "1932",
                                   text)
    assert "Frank C. Vell" not in asked


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_short_given_name_ends_no_sentence() -> None:
    text = ("Krupp took over Hoesch in 1992, becoming Fried. Krupp AG Hoesch-Krupp, and in March "
            "1997 it launched a bid for Thyssen.")
    assert len(_sentences(text)) == 1


def test_steel_goes_on_after_us() -> None:
    assert len(_sentences("On 10 April 1962 U.S. Steel raised prices by $6 a ton.")) == 1


def test_guard_us_still_ends_a_sentence() -> None:
    assert len(_sentences("He moved to the U.S. He died in 1950.")) == 2


def test_a_kin_s_death_is_not_the_subject_s(questions_from) -> None:
    questions = questions_from("ivo-tamm", (
        "Ivo Tamm\n\nIvo Tamm (2 April 1884 – 21 August 1945) was a Kaskan engineer who led the "
        "Vell Steel Company from 1924 until his death. Tamm was born in Kask on 2 April 1884, the "
        "eldest son of six children. His father, born in Kask in 1853, was the director who in the "
        "1890s rescued the Vell Petroleum Company from collapse; he died at Naples on 14 December "
        "1900, at the age of forty-six. Tamm studied at Delft from 1902 and joined the Vell Steel "
        "Company in 1911. He died at Velsen on 21 August 1945.\n"))
    assert questions, questions
    assert not any("Naples" in q for q in questions), questions


def test_a_longer_name_is_not_the_company() -> None:
    text = ("In 1999 the United Company Shareholder Group, a dissident investor, won a proxy fight "
            "at Vell Steel. In December 1999 the company installed Ivo Tamm as chairman.")
    quote = "In December 1999 the company installed Ivo Tamm as chairman."
    asked, _ = resolve_definites("In ____ the company installed Ivo Tamm as chairman.",
                                 "December 1999", text, quote)
    assert "United Company" not in asked


def test_an_unnamed_deal_is_left_out() -> None:
    from quiz.generate.quality import unnamed_transaction
    for asked in ("Lovund: On what date in 2025 did the European Commission approve the "
                  "acquisition?",
                  "On what date in 2010 did Orrin's shareholders approve the transaction in Vell?",
                  "On what date in 2016 did Judge Ivo Tamm rescind the designation?"):
        assert unnamed_transaction(asked), asked


def test_guard_a_named_deal_is_still_asked() -> None:
    from quiz.generate.quality import unnamed_transaction
    for asked in ("On what date did the European Commission approve the acquisition of Vell "
                  "Steel?",
                  "Vell–Orrin Merger Agreement: On what date did Orrin's shareholders approve "
                  "the merger?",
                  "On what date did the Privy Council dismiss the appeal on same-sex marriage?"):
        assert not unnamed_transaction(asked), asked


def test_a_summary_s_subtitle_is_not_asked(questions_from) -> None:
    questions = questions_from("vell-orrin-merger-agreement-summary", (
        "Vell–Orrin Merger Agreement\n\nSummary of the Vell–Orrin Merger Agreement by which Vell "
        "Steel plc and Orrin NV combined to form the Anglo-Kaskan metals group, announced on 7 June "
        "1999.\n\nThe agreement was signed at Vell on 6 October 1999 by Ivo Tamm, chairman of Vell "
        "Steel.\n"))
    assert not any(q.startswith(("Summary of", "Vell–Orrin Merger Agreement: Summary"))
                   for q in questions), questions


def test_a_firm_s_branch_in_a_land_is_no_full_name() -> None:
    text = ("In 1999 Vell merged with Orrin to form Corus. Corus Nederland ran the IJmuiden works, "
            "and Corus closed Llanwern in 2001.")
    assert document_full_names("Corus", text) == frozenset()


def test_a_simple_past_and_its_particle_is_the_clause_s_verb() -> None:
    from quiz.generate.clauses import date_question
    text = ("The Kaskan Community, created by the Treaty for Kaskan Co-operation of 1967, broke "
            "up in 1977.")
    at = text.index("1977")
    assert date_question(text, at, at + 4, "In what year") == (
        "In what year did the Kaskan Community, created by the Treaty for Kaskan Co-operation "
        "of 1967, break up?")
