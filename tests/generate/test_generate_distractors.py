"""Wrong options: same type and format, never the answer, never true for the same fact."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from test_generate_quality import _cards_by_answer

from quiz.generate.distractors import Pools, build_pools, choices_for
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.questions import Candidate, candidates_for
from quiz.generate.sentences import Sentence
from quiz.generate.text import fold

CORPUS = [
    "On 3 March 2008, Kaldoran President Tomas Reyes signed a bilateral energy agreement.",
    "On 14 February 1994, Vesterian Prime Minister Anna Lindqvist opened the new embassy.",
    "On 9 July 2011, the Meridian Foreign Minister Sofia Alvarez visited the port.",
    "On 21 June 2019, then Kaldoran President Marta Osei hosted a fisheries summit.",
    "In 1999, Ortega signed the Treaty of Nice.",
    "The Harbor Accord was signed in May 2012 by both fleets.",
    "In 2016, US President Barack Obama met Ortega.",
    "In 1919, President of the United States Woodrow Wilson met the delegates.",
    "In 2004, Ostrian President Pavel Dorn opened the bridge at Lerno.",
    "In 2009, Vesterian President Ivo Stan closed the old mine.",
    "In 2013, Meridian Prime Minister Lia Berg visited the northern islands.",
    "In 1972, the two powers signed the Anti-Ballistic Missile Treaty in Moscow.",
    "The ABM Treaty was discussed again in 2001.",
    "The Treaty of Lisbon entered into force in December 2009.",
    "The Treaty of Rome was signed in March 1957.",
    "The Treaty of Paris ended the war in 1783.",
    "Kaldoran Transport Minister Ana Vidal opened the ferry line in 2010.",
    "Vesterian Transport Minister Karl Ots opened the clinic in 2012.",
    "Ostrian Transport Minister Jon Berra cut the tariff in 2014.",
    "Meridian Transport Minister Sara Kell opened the school in 2015.",
]


def _all() -> tuple[Pools, list[Candidate]]:
    doc = Document(Path("d.txt"), "x", "D")
    facts, cands = [], []
    for i, text in enumerate(CORPUS, start=1):
        for fact in find_facts(Sentence(text, i), doc):
            facts.append(fact)
            cands.extend(candidates_for(fact, doc))
    return build_pools(facts), cands


def _find(cands: list[Candidate], answer: str, form: str | None = None) -> Candidate:
    return next(c for c in cands if c.answer == answer and (form is None or c.form == form))


def test_dates_get_same_granularity_and_style_never_the_answer() -> None:
    pools, cands = _all()
    cand = _find(cands, "3 March 2008")
    choices = choices_for(cand, pools)
    assert len(choices) == 3
    assert "3 March 2008" not in choices
    assert all(len(c.split()) == 3 and c.split()[0].isdigit() for c in choices)  # "14 February 1994"


def test_year_answers_get_years() -> None:
    pools, cands = _all()
    choices = choices_for(_find(cands, "1999"), pools)
    assert choices and all(c.isdigit() and len(c) == 4 and c != "1999" for c in choices)


def test_forward_card_never_offers_someone_who_held_the_same_office() -> None:
    pools, cands = _all()
    cand = _find(cands, "Tomas Reyes", "forward")
    choices = choices_for(cand, pools, people=frozenset(pools.name_options))  # (one document)
    assert "Marta Osei" not in choices  # also a Kaldoran President: could be a right answer
    assert "Tomas Reyes" not in choices and len(choices) == 3
    # The rivals held a like office (a president or a prime minister), not any office at all.
    assert set(choices) <= {"Pavel Dorn", "Ivo Stan", "Lia Berg", "Anna Lindqvist",
                            "Barack Obama", "Woodrow Wilson"}


def test_reverse_card_options_are_offices_of_the_same_kind_never_famous_or_equivalent() -> None:
    pools, cands = _all()
    cand = _find(cands, "Kaldoran Transport Minister", "reverse")
    choices = choices_for(cand, pools)
    assert len(choices) == 3 and all("Transport Minister" in c for c in choices)
    for cand in cands:
        if cand.form == "reverse":
            options = {fold(c) for c in choices_for(cand, pools)}
            assert not options & {"us president", "president of the united states"}


def test_a_card_gets_three_adequate_options_or_none() -> None:
    pools, cands = _all()
    for cand in cands:
        assert len(choices_for(cand, pools)) in (0, 3), cand.question
    # Only two other agreements of its kind exist for the Harbor Accord: typed, not a coin toss.
    assert choices_for(_find(cands, "Harbor Accord"), pools) == ()


def test_agreement_options_are_of_the_same_kind_and_never_another_name_of_it() -> None:
    pools, cands = _all()
    choices = choices_for(_find(cands, "Anti-Ballistic Missile Treaty"), pools)
    assert "ABM Treaty" not in choices  # the same treaty, abbreviated
    assert len(choices) == 3 and all("Treaty" in c for c in choices)
    assert "bilateral energy agreement" not in choices_for(_find(cands, "Treaty of Nice"), pools)


def test_date_options_are_near_in_time_and_never_a_few_days_off() -> None:
    pools, cands = _all()
    choices = choices_for(_find(cands, "1999"), pools)
    assert len(choices) == 3 and all(abs(int(c) - 1999) <= 10 for c in choices)
    doc = Document(Path("d.txt"), "x", "D")
    facts = [f for i, text in enumerate([
        "On 3 March 2008, Kaldoran President Tomas Reyes signed a bilateral energy agreement.",
        "The energy deal of Kaldora was signed by Tomas Reyes on 4 March 2008, the paper said.",
        "On 9 July 2011, the Meridian Foreign Minister Sofia Alvarez visited the port."],
        start=1) for f in find_facts(Sentence(text, i), doc)]
    cand = next(c for f in facts if f.answer == "3 March 2008" for c in candidates_for(f, doc))
    assert "4 March 2008" not in choices_for(cand, build_pools(facts))


def test_role_options_are_distinct_offices() -> None:
    pools, cands = _all()
    for cand in cands:
        if cand.form != "reverse":
            continue
        words = [frozenset(fold(c).split()) for c in choices_for(cand, pools)]
        for i, a in enumerate(words):
            assert all(not (a <= b or b <= a) for b in words[i + 1:]), cand.question


def test_date_options_never_contradict_the_sentence_or_the_documents_date() -> None:
    doc = Document(Path("d.txt"), "x", "D")
    texts = ["After the harbour riots in 1996, the Kaldoran Senate passed the ferry act of 1998.",
             *(f"The Kaldoran port opened pier {n} in {year}." for n, year in
               enumerate((1990, 1992, 1993, 1994, 1999, 2000, 2001), start=1)),
             "Kaldora is set to host the fisheries forum in 2026."]
    facts = [f for i, text in enumerate(texts, start=1) for f in find_facts(Sentence(text, i), doc)]
    pools = build_pools(facts)
    riots = next(c for f in facts if f.answer == "1996" for c in candidates_for(f, doc))
    assert choices_for(riots, pools) and all(int(c) < 1998 for c in choices_for(riots, pools))
    forum = next(c for f in facts if f.answer == "2026" for c in candidates_for(f, doc))
    choices = choices_for(forum, pools, written=2024)
    assert len(choices) == 3 and all(int(c) >= 2024 for c in choices)  # a plan is not past
    pier = next(c for f in facts if f.answer == "1999" for c in candidates_for(f, doc))
    assert all(int(c) <= 2000 for c in choices_for(pier, pools, written=2000))


def test_made_up_month_options_stay_real_months() -> None:
    doc = Document(Path("d.txt"), "x", "D")
    facts = find_facts(Sentence("The Red Army invaded Kaldora in April 1920 from the north.", 1),
                       doc)
    cand = next(c for f in facts for c in candidates_for(f, doc))
    choices = choices_for(cand, build_pools(facts))
    assert len(choices) == 3 and all(c.split()[0] in {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"} for c in choices)
    assert len({c.split()[0] for c in choices}) > 1  # not every option in April


def test_made_up_options_never_single_out_the_answer_by_its_parts() -> None:
    # Options that each change one part of the answer give it away: the answer would be the
    # date sharing the most with the others. Made-up options form a grid instead.
    from quiz.generate.dates import find_dates

    doc = Document(Path("d.txt"), "x", "D")
    facts = find_facts(Sentence("On 16 March 1992, Kaldora opened its embassy in Lerno.", 1), doc)
    cand = next(c for f in facts for c in candidates_for(f, doc))
    choices = choices_for(cand, build_pools(facts))
    dates = [find_dates(c)[0] for c in (*choices, "16 March 1992")]
    assert len(choices) == 3
    for part in ("year", "month", "day"):
        values = [getattr(d, part) for d in dates]
        assert values.count(1992 if part == "year" else 3 if part == "month" else 16) <= 2


def test_range_options_are_written_like_the_answer() -> None:
    doc = Document(Path("d.txt"), "x", "D")
    texts = ["The Kaldoran survey ran from 2003 to 2005 along the coast.",
             *(f"The Vesterian pier works lasted {a}–{b} at the harbour." for a, b in
               ((2001, 2004), (2004, 2006), (2006, 2008), (2007, 2009)))]
    facts = [f for i, text in enumerate(texts, start=1) for f in find_facts(Sentence(text, i), doc)]
    survey = next(c for f in facts if f.answer == "2003 to 2005" for c in candidates_for(f, doc))
    choices = choices_for(survey, build_pools(facts))
    assert len(choices) == 3
    assert all(" to " in c and "–" not in c for c in choices), choices


def test_written_form_ignores_the_numbers_and_the_kind_of_dash() -> None:
    from quiz.generate.distractors import written_form
    assert written_form("2004 - 2006") == written_form("1998–2001")
    assert written_form("2003 to 2005") != written_form("2004–2006")
    assert written_form("17–18 September 1998") == written_form("3–4 May 2001")


def _year_choices(corpus: list[str], answer: str, asked: str = "") -> tuple[str, ...]:
    """The options of the card of `answer` (whose question opens with `asked`) in `corpus`."""
    doc = Document(Path("d.txt"), "x", "D")
    facts, cands = [], []
    for i, text in enumerate(corpus, start=1):
        for fact in find_facts(Sentence(text, i), doc):
            facts.append(fact)
            cands.extend(candidates_for(fact, doc))
    pools = build_pools(facts)
    return choices_for(next(c for c in cands if c.answer == answer
                            and c.question.startswith(asked)), pools)


def test_date_options_straddle_the_answer_even_when_the_corpus_has_only_later_dates() -> None:
    corpus = ["Oskar Lind attended the Lerno and Vesta summits in 1945.",
              "The Vesterian fleet sailed to Norland in 1946.",
              "The Ostrian mint opened in 1947.",
              "The Meridian railway reached the coast in 1948."]
    options = [int(o) for o in _year_choices(corpus, "1945")]
    assert len(options) == 3
    assert min(options) < 1945 < max(options)


def test_a_date_cut_from_the_question_does_not_order_the_options() -> None:
    corpus = ["Oskar Lind led the Kaldoran delegation at Lerno (August 1944), and he attended "
              "the Vesta summit in 1945.",
              "The Kaldoran assembly met at Port Aster in 1943.",
              "The Vesterian fleet sailed to Norland in 1946.",
              "The Ostrian mint opened in 1947.",
              "The Meridian railway reached the coast in 1948."]
    doc = Document(Path("d.txt"), "x", "D")
    facts = [f for i, t in enumerate(corpus, 1) for f in find_facts(Sentence(t, i), doc)]
    cand = next(c for f in facts for c in candidates_for(f, doc) if c.answer == "1945")
    cut = replace(cand, question=re.sub(r"\s*\([^()]*\)", "", cand.question))
    options = [int(o) for o in choices_for(cut, build_pools(facts))]
    assert 1943 in options and 1944 not in options


def test_options_hold_at_most_one_first_or_last_day_of_a_year() -> None:
    corpus = ["The Vesterian fleet reached Norland on 12 May 1931.",
              "The Ostrian levy was abolished on 31 December 1930.",
              "The Meridian tariff took effect on 1 January 1932.",
              "Kaldoran salt duties ended on 31 December 1929.",
              "The Lerno canal opened on 4 August 1930.",
              "The Vesta bridge was finished on 19 October 1932.",
              "The Norland mint struck its first coin on 7 March 1931."]
    options = _year_choices(corpus, "12 May 1931")
    assert len(options) == 3
    ends = [o for o in options if o.startswith(("1 January", "31 December"))]
    assert len(ends) <= 1


def test_options_before_the_founding_of_the_body_are_not_offered() -> None:
    from quiz.generate.lifetime import before_founding
    pools, cands = _all()
    cand = _find(cands, "2010")  # "... opened the ferry line in 2010"
    founded = ((2009, 0, 0), 99)
    choices = choices_for(cand, pools, founded=founded)
    assert choices and all(int(c) >= 2009 for c in choices)
    assert before_founding((2008, 0, 0), (2010, 0, 0), 18, founded)


def test_a_day_range_takes_other_days_of_the_documents_before_other_years() -> None:
    doc = Document(Path("d.txt"), "x", "D")
    texts = ["The Kaldoran and Vesterian envoys met at Lerno on 11–12 June 1820.",
             "The Ostra Accord was signed on 2 February 1820.",
             "Vell recalled its envoy on 19 September 1820.",
             "The Lerno fair opened on 7 April 1821."]
    facts = [f for i, text in enumerate(texts, start=1) for f in find_facts(Sentence(text, i), doc)]
    meeting = next(c for f in facts if f.answer == "11–12 June 1820" for c in candidates_for(f, doc))
    choices = choices_for(meeting, build_pools(facts))
    assert len(choices) == 3
    assert sum(c.startswith("11–12 June") for c in choices) <= 1, choices
    assert "2–3 February 1820" in choices, choices


def test_options_for_a_day_stay_within_a_year_of_it(tmp_path: Path) -> None:
    body = "\n\n".join([
        "On 1 February 1979 Ivo Tamm returned to Vell from exile in Ostria.",
        "On 5 April 1976 the Kaldoran Diet passed the Harbor Act.",
        "On 16 January 1979 King Orel left Kaldora for Ostria.",
        "On 4 November 1979 students seized the Ostrian embassy in Vell.",
        "On 12 March 1982 the Diet approved the Treaty of Lund.",
        "On 8 June 1977 the Kaldoran Navy opened the port of Lerno."])
    cards = _cards_by_answer(tmp_path, "doc.md", f"# Kaldora\n\n{body}\n")
    choices = cards["1 February 1979"].choices
    assert choices and all(abs(int(option[-4:]) - 1979) <= 1 for option in choices)


def test_a_year_before_a_dated_event_of_the_question_has_no_option_in_that_year() -> None:
    """Round 28's "In late ____ Carl Peters collected treaties ..., and a charter followed on
    27 February 1885" offered 1885: a year asked before a month of 1885 is before 1885."""
    corpus = ["In late 1884 Oskar Lind collected treaties from chiefs in Vell, and a charter of "
              "protection followed in February 1885.",
              "The Kaldoran assembly met at Port Aster in 1883.",
              "The Vesterian fleet sailed to Norland in 1886.",
              "The Ostrian mint opened in 1882.",
              "The Lerno railway opened in 1881."]
    assert "1885" not in _year_choices(corpus, "1884")


def test_an_agreement_blank_followed_by_its_year_is_studied_typed(tmp_path: Path) -> None:
    """Round 34's "grew out of the ____ of 1948" offered treaties of other years, which the
    year rules out: the card is studied typed."""
    cards = _cards_by_answer(tmp_path, "union.txt", (
        "The Kaldoran Union grew out of the Treaty of Vell of 1948 and existed until 2011.\n\n"
        "The Treaty of Lerno was signed in 1955. The Treaty of Ostria followed in 1992. The "
        "Treaty of Kell was signed in 2007.\n"))
    card = cards.get("Treaty of Vell")
    assert card is not None and "____ of 1948" in card.question
    assert not card.choices
