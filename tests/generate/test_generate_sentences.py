"""Sentence splitting: exact text, line numbers, abbreviations, initials and table rows."""

from __future__ import annotations

from quiz.generate.sentences import heading_text, split_line, split_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = ("Sen. Maria Lopez met Gen. Adams in Washington, D.C. on Jan. 5. "
            "Under Secretary John K. Ortiz and George H.W. Bush spoke later.")
    assert split_line(text) == [
        "Sen. Maria Lopez met Gen. Adams in Washington, D.C. on Jan. 5.",
        "Under Secretary John K. Ortiz and George H.W. Bush spoke later.",
    ]


def test_us_at_the_end_of_a_sentence_ends_it_but_not_before_a_title() -> None:
    assert split_line("Its diaspora lives in the U.S. Wars broke out later.") == [
        "Its diaspora lives in the U.S.", "Wars broke out later."]
    assert split_line("In 1992 the U.S. Congress adopted a ban. It lasted.") == [
        "In 1992 the U.S. Congress adopted a ban.", "It lasted."]


def test_a_missing_space_after_a_full_stop_still_splits() -> None:
    assert split_line("It ended the talks.On May 2, 2012, they resumed.") == [
        "It ended the talks.", "On May 2, 2012, they resumed."]


def test_sentences_keep_line_numbers_and_headings_and_tables_become_rows() -> None:
    text = ("# Visits\n\nThe first visit was short. The second was long.\n\n"
            "## Table of visits\n| Leader | Date |\n|---|---|\n| President Ruiz | May 2-4, 2012 |\n")
    sentences = split_sentences(text)
    assert [(s.line, s.text) for s in sentences[:2]] == [
        (3, "The first visit was short."), (3, "The second was long.")]
    row = sentences[2]
    assert row.is_table_row and row.line == 8
    assert row.cells == ("President Ruiz", "May 2-4, 2012")
    assert row.header == ("Leader", "Date")
    assert row.heading == "Table of visits"


def test_heading_forms() -> None:
    assert heading_text("## History ##") == "History"
    assert heading_text("== Contemporary relations ==") == "Contemporary relations"
    assert heading_text("Plain line") is None


def test_markdown_markup_is_blanked_for_the_rules_but_kept_in_the_quote() -> None:
    from quiz.generate.sentences import mask_markdown

    line = "The [Treaty of Riga](https://x.org/a_(b)) was signed on **18 March 1921**."
    masked = mask_markdown(line)
    assert len(masked) == len(line)
    assert " ".join(masked.split()) == "The Treaty of Riga was signed on 18 March 1921 ."
    [sentence] = split_sentences(line + "\n")
    assert sentence.quote == line and sentence.text == masked


def test_front_matter_code_blocks_and_quote_marks_are_not_sentences() -> None:
    text = ("---\ntitle: Notes\ndate: 2023-05-04\n---\n\n> Riga hosted the summit in 2006.\n\n"
            "```\nprint(1999)\n```\nEstonia joined in 2004.\n")
    sentences = split_sentences(text)
    assert [(s.line, s.quote) for s in sentences] == [
        (6, "Riga hosted the summit in 2006."), (11, "Estonia joined in 2004.")]


def test_hard_wrapped_paragraphs_are_joined_and_keep_their_first_line() -> None:
    text = ("Notes on the accord\n\n"
            "The two governments signed the Tallinn Accord on 12 May 1995 in\n"
            "the old town hall, after three years of talks. The accord\n"
            "entered into force in January 1996, once both parliaments had\n"
            "ratified it in the spring.\n\n"
            "A second paragraph follows here, wrapped at the same width as\n"
            "the first one was.\n")
    sentences = split_sentences(text)
    assert [(s.line, s.text) for s in sentences[1:4]] == [
        (3, "The two governments signed the Tallinn Accord on 12 May 1995 in the old town hall, "
            "after three years of talks."),
        (4, "The accord entered into force in January 1996, once both parliaments had ratified "
            "it in the spring."),
        (8, "A second paragraph follows here, wrapped at the same width as the first one was."),
    ]


def test_one_paragraph_per_line_is_not_joined() -> None:
    long = "The treaty was signed in Oslo by both foreign ministers after a week of talks " * 2
    text = f"Title line without a stop\n{long.strip()}.\n{long.strip()}!\n"
    assert [s.line for s in split_sentences(text)] == [1, 2, 3]
