"""Rule pass 395, from rounds 1719-1726's readers (heldout1709-1716, police forces): "On what
date did Giuseppe Zangara fire at President-elect Franklin D. Roosevelt?" (15 February 1933)
had been offered 24 April 1933, 24 February 1934 and 15 April 1934, all after his oath (round
1722 found the card obvious): a question naming a President of the United States
"President-elect" keeps its options between the election (from 1 November) and the oath (4
March, or 20 January from 1937).

Every name here but the presidents' is invented. The tests fail on the code before, but the
guards, named as such."""

from __future__ import annotations

from test_generate_date_context import choices_asking

from quiz.generate.terms import president_elect_s_weeks

_SENTENCES = ["On 15 February 1933 Ivo Tamm fired at President-elect Franklin D. Roosevelt in "
              "Kask.", "On 24 April 1933 Orrin Dask opened the Vell bridge.",
              "On 24 February 1934 Mara Vell led the Dorn march.",
              "On 2 January 1933 Ivo Dorn sailed for Kask.",
              "On 15 April 1934 Orrin Vell left the Tamm board.",
              "On 20 December 1932 Mara Tamm founded the Kask club."]


def test_a_president_elect_s_weeks_run_from_the_election_to_the_oath() -> None:
    assert president_elect_s_weeks("did Ivo Tamm fire at President-elect Franklin D. Roosevelt?",
                                   1933) == ((1932, 11, 1), (1933, 3, 4))
    assert president_elect_s_weeks("did Ivo Tamm meet President-elect John F. Kennedy?",
                                   1960) == ((1960, 11, 1), (1961, 1, 20))


def test_guard_a_president_in_office_is_no_president_elect() -> None:
    assert president_elect_s_weeks("did President Franklin D. Roosevelt meet Ivo Tamm?",
                                   1934) is None


def test_a_president_elect_s_options_keep_inside_his_weeks() -> None:
    options = choices_asking(_SENTENCES, "President-elect")
    assert options, options
    for option in options:
        assert option in {"2 January 1933", "20 December 1932"}, options


def test_guard_the_same_date_with_no_president_elect_keeps_its_options() -> None:
    sentences = [_SENTENCES[0].replace("President-elect Franklin D. Roosevelt", "Orrin Vell"),
                 *_SENTENCES[1:]]
    assert len(choices_asking(sentences, "Orrin Vell in Kask")) == 3
