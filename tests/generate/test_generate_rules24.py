"""Rule pass 24, from the faults readers found in rounds 35 and 37 (heldout34 and heldout36,
each judged before any of these rules was written): an office option naming a people its
document never names ("German Foreign Minister" at accords between Afghanistan, Pakistan and
the Soviet Union); an opening time counted from another sentence ("Less than a year later, in
____,"); "did X cross ... and laid siege"; a dated list left in the question; "such a summit";
"to the day after"; "it" after an opening phrase with a comma; "an agenda" as a subject; a
relative clause cut before its verb; a date of a "that ... will" clause; a capitalised
participle opening the subject; a biography whose subject's family name comes first; and date
options later than the death its title gives. Every sentence here is invented."""

from __future__ import annotations

from test_generate_distractors import _all, _find
from test_generate_quality import _run

# A biography of an invented statesman whose family name comes first, as the text calls him.
_LIFE = """Tamm Ivo was a Kaldoran statesman.

He was born in Vell. Tamm studied law in Lerno and Dask. Tamm entered the Kaldoran Senate in
1870, and Tamm led it for years.

When the Kaldoran Diet opened in November 1890, he was the first President of its upper
chamber.

Tamm resigned as Governor of Ostria in June 1909 and once again became President of the
Kaldoran Privy Council.

He died in Lerno in October 1909. Less than a year later, in August 1910, Kaldora annexed
Ostria outright, and in March 1911 the Diet was dissolved. Kaldora held elections in September
1910 and again in November 1911 and March 1912.
"""


def test_an_office_option_of_a_people_the_document_never_names_is_off_topic() -> None:
    from quiz.generate.distractors import capital_prefixes, choices_for

    pools, cands = _all()
    cand = _find(cands, "Kaldoran Transport Minister", "reverse")
    everyone = choices_for(cand, pools)  # no document text given: every option as before
    assert len(everyone) == 3
    named = capital_prefixes("Kaldoran and Vesterian ministers met in Ostria and Meridia.")
    assert choices_for(cand, pools, named=named) == everyone  # all four peoples are named
    # Meridia never named: its minister is no rival, and two options are too few (typed)
    named = capital_prefixes("Kaldoran and Vesterian ministers met in Ostria.")
    assert choices_for(cand, pools, named=named) == ()


def test_a_nation_word_is_found_by_its_country_and_a_possessive_by_its_name() -> None:
    from quiz.generate.distractors import capital_prefixes, foreign_nation

    answer = frozenset({"soviet", "foreign", "minister"})
    named = capital_prefixes("Germany and Pakistan's envoys met the Soviet delegation in Geneva.")
    assert not foreign_nation("German Foreign Minister", answer, named)  # "Germany" names it
    assert not foreign_nation("Pakistan's Foreign Minister", answer, named)
    assert foreign_nation("French Foreign Minister", answer, named)
    assert foreign_nation("Minister of Foreign Affairs of Thailand", answer, named)
    # not a people: titles and offices are never taken for one
    assert not foreign_nation("Secretary of State", answer, named)
    assert not foreign_nation("Chairman of the Commission", answer, named)
    assert not foreign_nation("Foreign Minister", answer, named)
    assert not foreign_nation("Christian Democratic Party Chairman", answer, named)
    # unknown text (a test's pool, or no document): nothing is judged off-topic
    assert not foreign_nation("French Foreign Minister", answer, None)


def test_an_opening_time_counted_from_another_sentence_is_left_out() -> None:
    kept, _ = _run("Less than a year later, in August 1910, Kaldora annexed Ostria outright.")
    assert kept.get("In what month and year did Kaldora annex Ostria outright?") == "August 1910"
    kept, _ = _run("A year later, on 8 August 870, the Treaty of Lerno divided Ostria between "
                   "Karl and Ludo.")
    assert kept.get("On 8 August 870, the ____ divided Ostria between Karl and Ludo.") == (
        "Treaty of Lerno")
    kept, _ = _run("Within a year Kaldora and Ostria had concluded the first Partition Treaty, "
                   "signed on 11 October 1698, and a second followed in March 1700.")
    assert not any(q.startswith("Within") for q in kept)
    # control: a time counted from a date the sentence gives is kept
    kept, _ = _run("The Vell Pact was signed in 1950, and two years later Kaldora joined it.")
    assert not any(q.startswith(("Two", "In ____, Kaldora")) for q in kept)


def test_a_second_verb_after_did_is_put_in_its_base_form() -> None:
    kept, left = _run("In September 1688 Kaldoran troops crossed the Vell and laid siege to Lerno.")
    assert not any(" laid " in q for q in [*kept, *left])
    assert any(q.startswith("In what month and year did Kaldoran troops cross the Vell")
               for q in kept)


def test_other_dated_items_of_a_list_are_not_left_in_a_question() -> None:
    kept, left = _run("The Kaldorans won at Vell in 1690, at Lerno in 1692 and at Dask in 1693, "
                      "while the fleets met at Tarn in 1692.")
    assert not any(q.startswith("In what year did the Kaldorans win") for q in kept)


def test_such_a_thing_and_to_the_day_lean_on_other_sentences() -> None:
    kept, left = _run("Karl Berg, who had succeeded Ivo Tamm as Kaldoran Prime Minister in "
                      "December 1991, had pressed for such a summit.")
    assert "December 1991" not in kept.values()
    kept, left = _run("The last Kaldoran troops left Ostria on 30 June 1964, four years to the "
                      "day after independence.")
    assert "30 June 1964" not in kept.values()
    # control: "such as" lists its own examples
    kept, _ = _run("Kaldora signed such agreements as the Treaty of Dask with Ostria in 1977.")
    assert kept


def test_it_after_an_opening_phrase_and_a_comma_is_unnamed() -> None:
    kept, _ = _run("With Ana Ros as Foreign Minister, it secured the Treaty of Vell of "
                   "16 July 1894, which ended the quarrel with Ostria.")
    assert not kept


def test_an_indefinite_subject_does_not_say_which_one() -> None:
    kept, left = _run("An agenda was fixed at Lerno in May 1990, and on 26 July of the same year "
                      "the parties signed the Vell Agreement.")
    assert "May 1990" not in kept.values()
    # controls: a subject whose parties or agent the question names
    kept, _ = _run("A ceasefire was agreed between Kaldora and Ostria in June 1991.")
    assert "June 1991" in kept.values()
    kept, _ = _run("A new constitution was adopted by Kaldora in 1995.")
    assert "1995" in kept.values()


def test_a_cloze_never_ends_in_a_relative_clause_cut_before_its_verb() -> None:
    kept, left = _run("When Ivo Tamm died at Vell on 16 September 1701, Karl recognised his son as "
                      "Ivo II, which Ludo and the Ostrian Parliament treated as a breach of the "
                      "promise made at Lerno.")
    assert not any(q.rstrip(".").endswith("which Ludo") for q in [*kept, *left])


def test_the_date_of_a_that_clause_is_not_asked_of_the_main_verb() -> None:
    kept, left = _run("## 1960\n\n- **20 January – 20 February:** At the Round Table Conference "
                      "in Vell, Kaldoran and Ostrian leaders agree that the colony will become "
                      "independent on 30 June.\n")
    assert not any("will Kaldoran" in q or "agree that" in q and "?" in q for q in kept)


def test_a_participle_opening_the_subject_is_lower_cased_inside_a_question() -> None:
    kept, _ = _run("Alarmed princes of the Empire formed the League of Tarn with Emperor Ludo I "
                   "on 9 July 1686.")
    assert kept.get("On what date did alarmed princes of the Empire form the League of Tarn "
                    "with Emperor Ludo I?") == "9 July 1686"


def test_a_biography_whose_family_name_comes_first_names_its_subject(tmp_path) -> None:
    from quiz.generate.documents import main_person

    assert main_person("Tamm Ivo (1841–1909)", [_LIFE]) == ("Tamm", "he")
    kept, _ = _run_biography()
    assert any(q.startswith("When the Kaldoran Diet opened in ____, Tamm")
               and "he was" not in q for q in kept)


def test_no_date_option_of_what_the_subject_did_is_after_the_death_the_title_gives(
        tmp_path) -> None:
    from test_generate_quality import _cards_by_answer

    cards = _cards_by_answer(tmp_path, "tamm-ivo-biography.txt",
                             "Tamm Ivo (1841–1909)\n\n" + _LIFE.split("\n", 1)[1])
    resigned = cards["June 1909"]
    assert resigned.choices, "the card should offer options"
    assert all(option.endswith(("1909", "1908", "1907", "1906", "1905"))
               for option in resigned.choices), resigned.choices


def _run_biography() -> tuple[dict[str, str], dict[str, str]]:
    from pathlib import Path

    from quiz.generate.documents import Document
    from quiz.generate.pipeline import prepare

    title = "Tamm Ivo (1841–1909)"
    doc = Document(Path("tamm-ivo-biography.txt"), f"{title}\n\n{_LIFE}", title, None)
    prepared = prepare(doc)
    kept = {c.question: c.answer for c in prepared.candidates}
    left = {r.candidate.question: r.reason for r in prepared.rejected}
    return kept, left


def test_a_fact_sheet_label_names_what_its_line_tells_of() -> None:
    # "Secretariat: Singapore, established in 1993": the secretariat was, not the city
    kept, _ = _run("- **Secretariat:** Vell, established in 1993\n")
    assert "In what year was Vell established?" not in kept
    assert kept.get("In what year was the Secretariat in Vell established?") == "1993"
    # a label that is an agreement's name, its parts after it: asked about the name
    kept, _ = _run("- European Convention on Fishing Rights: signed in Lerno on 4 November 1950; "
                   "in force 3 September 1953.\n- Moon Treaty: adopted by the General Assembly "
                   "on 5 December 1979.\n")
    assert kept.get("On what date was the European Convention on Fishing Rights signed in "
                    "Lerno?") == "4 November 1950"
    assert kept.get("On what date did the European Convention on Fishing Rights enter into "
                    "force?") == "3 September 1953"
    assert kept.get("On what date was the Moon Treaty adopted by the General Assembly?") == (
        "5 December 1979")
    # controls: a person's line keeps the person; "held" after a comma is the conference's
    # (and the label, an office, is what the person was elected: pass 220)
    kept, _ = _run("Chairperson of the Vell Commission: Ivo Tamm of Kaldora, elected 15 February "
                   "2025\n")
    assert kept.get("On what date was Ivo Tamm of Kaldora elected Chairperson of the Vell "
                    "Commission?") == "15 February 2025"
    kept, _ = _run("- **Statute:** adopted at the second Vell Conference, held in Lerno in "
                   "January 1961.\n")
    assert not any("Statute held" in q for q in kept)
