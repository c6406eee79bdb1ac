"""Rule pass 146, from rounds 249-256: a date given in two calendars ("27 March/8 April 1848",
"6 (19) October 1910") is not blanked by half; a fact sheet's "Exile: arrived in Lisbon on ..."
is no "was the exile arrived", and "Annexation:" is "the annexation"; "Tension in Lhasa" is a
common noun; ", and much of the officer corps had been shot" is a clause of its own; "the town
that now bears his name" keeps its present; "renamed Choibalsan" is not completed as a person;
"While Cary and others are preparing ..., gunpowder explodes" and "Talks held in Berlin in
1918 under German auspices failed" are no questions; a gapped second agreement with its own
date is cut; a cloze cut at ", and the government." is refused. Every sentence here is
invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.clauses import date_question
from quiz.generate.dates import find_dates
from quiz.generate.names import with_document_names
from quiz.generate.trim import without_dated_conjunct

_DAYS = st.integers(min_value=1, max_value=28)
_MONTHS = st.sampled_from(["January", "March", "June", "October"])
_YEARS = st.integers(min_value=1700, max_value=1917)


@given(_DAYS, _DAYS, _MONTHS, _YEARS)
def test_a_date_in_two_calendars_is_no_date_to_blank(old: int, new: int, month: str,
                                                     year: int) -> None:
    for written in (f"{old}/{new} {month} {year}", f"{old} ({new}) {month} {year}",
                    f"{old} {month}/{new} {month} {year}"):
        assert find_dates(f"The boyars met at Vell on {written} to petition the prince.") == []


@given(_DAYS, _MONTHS, _YEARS)
def test_a_date_beside_a_fraction_or_a_bracket_is_still_found(day: int, month: str,
                                                               year: int) -> None:
    """(guard: "3/4 of the seats", "(the third)" are no second calendar)"""
    text = f"On {day} {month} {year} the party (the third) won 3/4 of the seats."
    assert [m.text for m in find_dates(text)] == [f"{day} {month} {year}"]


def test_no_card_blanks_half_of_a_date_in_two_calendars() -> None:
    kept, _ = _run("The boyars of Vell met at the Hotel Kell on 27 March/8 April 1848 to "
                   "petition Prince Ivo Tamm for reforms.\n")
    assert not any("April" in answer or "March" in answer for answer in kept.values()), kept


@given(st.sampled_from(["arrived in", "died in", "fled to"]))
def test_a_label_and_an_intransitive_past_is_no_passive(act: str) -> None:
    prepared = _prepared_titled("The Vell Campaign of 1895", (
        "The Vell Campaign of 1895 destroyed the Kell kingdom, the last state of the south.\n\n"
        f"## Key facts\n\n- **Exile:** {act} Vell on 13 March 1896; held in Dask fort; "
        "landed at Kell, Ostria, on 27 June 1896\n"))
    questions = [cand.question.lower() for cand in prepared.candidates]
    assert not any(f"was the exile {act.split()[0]}" in q for q in questions), questions


def test_a_label_and_a_participle_is_still_asked_in_the_passive() -> None:
    """(guard: "Treaty of Dask: signed in Dask on ..." is done to the treaty)"""
    kept, _ = _run("## Key facts\n\n- **Treaty of Dask:** signed in Dask on 3 May 1891\n")
    assert "On what date was the Treaty of Dask signed in Dask?" in kept, kept


@given(st.sampled_from(["Tension", "Rivalry", "Resentment"]))
def test_a_common_noun_and_in_before_a_place_is_lowered(noun: str) -> None:
    text = f"10 March 1959 — {noun} in Vell comes to a head when crowds surround the palace."
    question = date_question(text, 0, 13, "on what date")
    assert question is not None and f"did {noun.lower()} in Vell come to a head" in question


def test_a_body_and_in_before_a_place_keeps_its_capital() -> None:
    """(guard: "Parliament in Vell" is a body's name)"""
    text = "10 March 1959 — Parliament in Vell votes to dissolve itself."
    question = date_question(text, 0, 13, "on what date")
    assert question is not None and "did Parliament in Vell vote" in question


def test_a_quantified_subject_after_and_opens_a_clause_of_its_own() -> None:
    text = ("On 24 March 1939 Ivo Tamm became Prime Minister after the arrest of Karl Berg, and "
            "much of the officer corps had been shot or imprisoned.")
    question = date_question(text, 3, 16, "on what date")
    assert question == ("On what date did Ivo Tamm become Prime Minister after the arrest of "
                        "Karl Berg?")


@given(st.sampled_from(["bears", "carries"]))
def test_a_relative_clause_of_today_keeps_its_present(verb: str) -> None:
    kept, _ = _run(f"Ivo Tamm was born on 8 February 1895 near the town that now {verb} his "
                   "name.\n")
    assert any(f"that now {verb} his name" in question for question in kept), kept


@given(st.sampled_from(["renamed", "named"]))
def test_a_name_after_renamed_is_not_completed(verb: str) -> None:
    text = "Ivo Tamm was born in 1895. Tamm died in 1952."
    question = f"In what year was the town of Dask {verb} Tamm in his honour?"
    assert with_document_names(question, "1941", text) == (question, "")


def test_a_while_clause_with_no_subject_to_take_is_no_question() -> None:
    text = ("8 November 1828 — While Ivo Tamm and others are preparing cartridges for a "
            "campaign, gunpowder explodes in the old agency house.")
    assert date_question(text, 0, 15, "on what date") is None


def test_a_while_clause_before_a_named_subject_is_dropped() -> None:
    """(guard: "While X was away, Karl Berg seized power": the main clause is asked)"""
    text = "On 9 August 1960, while Ivo Tamm was in Vell, Karl Berg seized power in Dask."
    assert date_question(text, 3, 16, "on what date") == (
        "On what date did Karl Berg seize power in Dask?")


@given(st.sampled_from(["Talks", "Negotiations"]))
def test_a_participle_before_the_date_and_a_past_after_it_is_no_question(noun: str) -> None:
    text = f"{noun} held in Vell in 1918 under Kellan auspices failed."
    at = text.index("1918")
    assert date_question(text, at, at + 4, "in what year") is None


def test_a_past_before_the_date_and_a_relative_clause_is_still_asked() -> None:
    """(guard: "opened in 1918 in a hall that Tamm had designed": the verb is "opened")"""
    text = "The Vell Congress opened in 1918 in a hall that Ivo Tamm had designed."
    at = text.index("1918")
    assert date_question(text, at, at + 4, "in what year") is not None


def test_a_gapped_second_agreement_with_its_own_date_is_cut() -> None:
    question = ("What agreement did the Vell Legislature approve by an act of 10 November 1926, "
                "and the Loan Agreement by a joint resolution of 7 December 1926?")
    assert without_dated_conjunct(question) == (
        "What agreement did the Vell Legislature approve by an act of 10 November 1926?")


def test_a_cloze_cut_after_and_a_noun_is_refused() -> None:
    _, left = _run("The Kell Act of 3 March 1819 allowed Ivo Tamm to send settlers back to the "
                   "coast and to appoint agents on the coast, and the government and the Vell "
                   "Society worked hand in hand from then on.\n")
    assert any(question.endswith("and the government.") and "cut after" in reason
               for question, reason in left.items()), left


# (not "Cession": pass 255 leaves an unnamed "the cession" out, as readers kept 2 of 42 such)
@given(st.sampled_from(["Annexation", "Partition"]))
def test_a_one_word_label_of_a_common_noun_is_lowered(label: str) -> None:
    prepared = _prepared_titled("Maryland in Vell", (
        "Maryland in Vell was a colony founded in 1834.\n\n## Key facts\n\n"
        f"- **{label}:** accepted by Vell in March 1857\n"))
    questions = [cand.question for cand in prepared.candidates]
    assert not any(f"was the {label} accepted by Vell" in q for q in questions), questions
    # (pass 146 asked "was the annexation accepted by Vell"; since pass 410 a label's common
    # noun is not asked as the thing of its line at all: readers kept 11 of 44 such verdicts)
