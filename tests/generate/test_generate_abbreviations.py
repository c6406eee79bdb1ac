"""Abbreviations a document defines are written out in the questions that use them bare."""

from __future__ import annotations

from quiz.generate.abbreviations import defined_abbreviations, spell_out_abbreviations

TEXT = ("Kaldora Fisheries\n"
        "In 1991 the coastal states adopted the Northern Kelp Protection Plan (NKPP), a voluntary"
        " scheme.\n"
        "The WSA (Western Shipping Authority) inspects the ports. Fees rose (FY 2020) and the"
        " harbour (see map) grew.\n"
        "The Comprehensive Net-Size Ban Treaty (CNBT) was signed later.\n")


def test_definitions_are_read_in_either_order_only_when_the_letters_are_the_initials() -> None:
    found = defined_abbreviations([TEXT])
    assert found == {"NKPP": "Northern Kelp Protection Plan",
                     "WSA": "Western Shipping Authority",
                     "CNBT": "Comprehensive Net-Size Ban Treaty"}


def test_a_bare_defined_abbreviation_is_written_out() -> None:
    found = defined_abbreviations([TEXT])
    assert spell_out_abbreviations("On what date was the NKPP merged into the fisheries board?",
                                   "4 May 1996", found) == (
        "On what date was the Northern Kelp Protection Plan merged into the fisheries board?")


def test_an_abbreviation_is_kept_where_writing_it_out_would_repeat_or_give_away() -> None:
    found = defined_abbreviations([TEXT])
    defining = "In ____ the states adopted the Northern Kelp Protection Plan (NKPP), a scheme."
    assert spell_out_abbreviations(defining, "1991", found) == defining
    asking = "Which plan did the NKPP replace in 1996?"
    assert spell_out_abbreviations(asking, "Northern Kelp Protection Plan", found) == asking
    owner = "The NKPP's first report, published in ____, counted the kelp beds."
    assert spell_out_abbreviations(owner, "1993", found) == owner  # not "Plan's"
    undefined = "When did the OSCE meet in Vienna?"
    assert spell_out_abbreviations(undefined, "1995", found) == undefined
