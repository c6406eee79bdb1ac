"""Rule pass 93, from rounds 98-99 (heldout94, heldout95): a paragraph opening "By the late
1780s ..." near the top was read as a byline, so the encyclopedia article was "dated" 19 August
1772 and "the Danish force won a minor action ... on 29 September" was asked "in 1771"; an office
was offered against itself in other words ("Australia's Minister for Foreign Affairs" for the
"Australian Minister for Foreign Affairs"); "was Peace between Serbia and the Porte signed";
"appointed U.S?" (a sentence cut after "U.S."); the answer "January, 1950" beside options
without a comma; "The This treaty" (a quotation's "This treaty" taken for the document's
treaty); "Walter F. George K. C. Yeh" (a surname expanded inside another man's name); "the
Akkerman Convention on Serbian" (a name taking the adjective of the noun after it); a
subordinate clause alone whose only commas are a list's; "did France follow with a treaty",
"did the Senate reject adherence?". Every sentence here is invented. Each test fails on the
code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.agreements import find_agreements
from quiz.generate.distractors import _words
from quiz.generate.documents import document_date
from quiz.generate.sentences import split_sentences


def test_a_paragraph_opening_with_by_is_no_byline() -> None:
    text = ("Treaty of Vell\n\nBy the late 1780s King Ivo, who had restored royal power by his "
            "coup of 19 August 1772, saw an opportunity in the war to recover some of the lands "
            "lost earlier in the century.\n")
    assert document_date(text) is None
    # control: a byline is one
    assert document_date("Treaty signed\n\nBy Lev Kask, 12 June 1985\n\nThe treaty ...\n")


def test_an_office_in_other_words_is_the_same_office() -> None:
    assert _words("Australia's Minister for Foreign Affairs") == _words(
        "Australian Minister for Foreign Affairs")
    assert _words("British Prime Minister") == _words("Prime Minister of Britain")


def test_a_common_noun_before_between_is_lowered() -> None:
    kept, _ = _run("## 1877\n\n- **28 February 1877** — Peace between Kaldora and Ostria is "
                   "signed on the basis of the status quo.")
    assert any("was peace between Kaldora" in q for q in kept), kept


def test_us_before_an_office_ends_no_sentence() -> None:
    sentences = split_sentences("In 1861 Ivo Tamm was appointed U.S. Minister to Kaldora by "
                                "President Lev Kask.\n")
    assert len(sentences) == 1, [s.text for s in sentences]


def test_a_month_and_year_answer_loses_its_comma() -> None:
    kept, _ = _run("Kaldora, which recognized the Dorn government in January, 1950, has kept "
                   "its embassy open.")
    assert "January, 1950" not in kept.values(), kept


def test_a_demonstrative_is_no_agreements_name() -> None:
    [sentence] = split_sentences("\"This treaty threatens no one,\" Ivo Tamm said.\n")
    assert not find_agreements(sentence)


def test_a_surname_inside_another_mans_initialled_name_stays() -> None:
    kept, _ = _run("The treaty was signed on 2 December 1954 by the Foreign Minister of Kaldora, "
                   "Lev K. C. Tamm, who had been in Vell for a month. Senator Ivo F. Lev of Dorn "
                   "said the committee would give the pact careful consideration.")
    assert not any("Ivo F. Lev K. C." in q for q in kept), kept


def test_a_nations_adjective_goes_with_the_noun_after_the_name() -> None:
    [sentence] = split_sentences("The Porte undertook to carry out the Akkerman Convention on "
                                 "Serbian autonomy in 1829.\n")
    assert [f.answer for f in find_agreements(sentence)] == ["Akkerman Convention"]


def test_a_subordinate_clause_alone_with_a_list_is_refused() -> None:
    kept, _ = _run("Treaty of Tamm\n\nWhen Kaldora, Ostria and Lerno bound themselves by the "
                   "Treaty of Vell of 6 July 1827 to impose an armistice on the Dornish conflict.")
    assert not any(q.startswith("When Kaldora") for q in kept), kept


def test_following_with_a_treaty_does_not_say_whom_with() -> None:
    kept, _ = _run("Ostria followed with a treaty of amity and commerce signed in Vell on 25 "
                   "September 1839. The Senate of Kaldora rejected adherence on 29 January 1935.")
    assert not any("follow with" in q or "adherence?" in q for q in kept), kept


@given(st.lists(st.sampled_from(["the", "late", "war", "king", "had", "restored", "power",
                                 "in", "his", "coup", "lands", "lost", "earlier"]),
                min_size=12, max_size=30),
       st.integers(min_value=1, max_value=28), st.sampled_from(["March", "August"]),
       st.integers(min_value=1600, max_value=1999))
def test_no_long_paragraph_opening_with_by_dates_the_document(
        words: list[str], day: int, month: str, year: int) -> None:
    text = f"Treaty of Vell\n\nBy {' '.join(words)} on {day} {month} {year} it ended.\n"
    assert document_date(text) is None
