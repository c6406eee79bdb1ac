"""Rule pass 27, from the faults readers found in round 39 (heldout38, judged before any of these
rules was written): "it" after an opening phrase with an irregular verb ("With Chinese help it
built"); "went further"; a year asked of a month the question names; a topic's abbreviation
that spells out the answer ("CSTO: ... signed the ____" for "Collective Security Treaty"); "the
most famous of them, Henry Morgan,"; "Morgan himself"; a measure left by a cut (", two
weeks?"). Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.quality import label_expands_to


def test_it_after_an_opening_phrase_with_an_irregular_verb_is_unnamed() -> None:
    kept, _ = _run("With Ostrian help it built the Vell railway to Dask, completed in 1975.")
    assert not kept


def test_went_further_leans_on_another_sentence() -> None:
    kept, _ = _run("In the summer of 1361 King Karl IV of Kaldora went further.")
    assert not kept


def test_a_year_is_not_asked_of_a_month_the_question_names() -> None:
    kept, _ = _run("## 2012\n\n- **2012:** Ostria suspends its participation in June and leaves "
                   "the organisation before the end of the year.\n")
    assert "In what year did Ostria suspend its participation in June?" not in kept


def test_an_abbreviation_spelling_out_the_answer_gives_it_away() -> None:
    assert label_expands_to("KSTO", "Kaldoran Security Treaty")
    assert label_expands_to("KSTO: Ostria signed the ____.", "Kaldoran Security Treaty")
    # controls: the answer's own abbreviation, another body's, a short name
    assert not label_expands_to("KST", "Kaldoran Security Treaty")
    assert not label_expands_to("NATO", "Kaldoran Security Treaty")
    assert not label_expands_to("KSTO", "Vell Pact")


def test_one_of_them_named_is_the_name_alone() -> None:
    kept, _ = _run("Kaldoran privateers raided the coast of Ostria for years. In 1668 the most "
                   "famous of them, Ivo Tamm, sacked the port of Vell on the Ostrian coast.")
    assert not any("of them" in q for q in kept)
    assert any("Ivo Tamm sack" in q or "Ivo Tamm sacked" in q for q in kept), kept


def test_an_emphatic_self_after_a_name_is_left_out() -> None:
    kept, _ = _run("In 1672 Karl Berg himself was brought to Lerno to answer for the raids.")
    assert not any("himself" in q for q in kept)
    assert kept


def test_a_measure_whose_event_was_cut_is_left_out() -> None:
    kept, _ = _run("## 1975\n\n- **1 September 1975:** Kaldoran leaders, among them the priest "
                   "Ivo Tamm, proclaim the \"Republic of Vell\", two weeks before Ostria becomes "
                   "independent on 16 September.\n")
    assert not any(q.endswith("two weeks?") for q in kept)
    assert any(q.endswith('proclaim the "Republic of Vell"?') for q in kept), kept
    # control: a measure that is the question's own ("for ten years")
    kept, _ = _run("In 1990 Kaldora signed the Vell Pact for ten years.")
    assert "In what year did Kaldora sign the Vell Pact for ten years?" in kept
