"""Rule pass 19, from the faults readers found in rounds 29-32: a fact sheet's line that is a
name and its participles ("Treaty of X, signed ...; in force ..."), asked about the name; a
second clause with its own year glued after "and"; "the island", "the emperor", "the
treaties" and "of both" with nothing saying which; the answer's year written "mid-1977" or
inside a list of years; bare names after "When" and names with accented capitals ("Âli").
Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.documents import read_document
from quiz.generate.fragments import is_name_with_participles, name_date_question
from quiz.generate.names import with_document_names
from quiz.generate.pipeline import prepare


def test_a_fact_sheet_line_of_a_name_and_its_participles_is_asked_about_the_name() -> None:
    kept, left = _run("## Key facts\n\n- Founding charter (revised): Charter of the Kaldoran "
                      "Customs Union, signed 14 March 1962; in force 1 July 1963.\n")
    assert kept.get("On what date was the Charter of the Kaldoran Customs Union signed?") == \
        "14 March 1962"
    assert not any(q.startswith("Founding charter") for q in kept)


def test_a_list_item_with_two_participles_is_no_sentence_and_no_which_question() -> None:
    kept, left = _run("## Agreements\n\n- Charter of the Kaldoran Customs Union, signed at Vell, "
                      "amended in 2004.\n- Protocol on Fisheries, leading to the Kaldoran "
                      "Fisheries Zone launched in August 2009.\n")
    assert kept.get("In what year was the Charter of the Kaldoran Customs Union amended?") == \
        "2004"
    assert kept.get("In what month and year was the Kaldoran Fisheries Zone launched?") == \
        "August 2009"
    assert not any(q.startswith(("Which charter,", "Which protocol,")) for q in kept)
    assert any("a name and what was done to it" in reason for reason in left.values())


def test_a_sentence_whose_last_participle_is_its_verb_is_not_a_name_line() -> None:
    # controls: each has a verb of its own, the last one or an earlier one
    assert not is_name_with_participles("Rouen, starved by a long siege, surrendered in 1419.")
    assert not is_name_with_participles(
        "The Vell Declaration of 1999, adopted at a special summit, called for a new union.")
    assert not is_name_with_participles("Treaty of Vell, leading to war, was signed in 1990.")
    assert not is_name_with_participles(
        "On what date in 1980 did Ostria invade Kaldora, opening the war?")


_NAMES = st.sampled_from(["Treaty of Vell", "Charter of the Kaldoran Union", "Vell Accords",
                          "Protocol on Fisheries"])
_PARTICIPLES = st.sampled_from(["signed", "amended", "ratified", "adopted"])
_YEARS = st.integers(min_value=1500, max_value=2030).map(str)


@settings(max_examples=60, deadline=None)
@given(_NAMES, _PARTICIPLES, _PARTICIPLES, _YEARS, _YEARS)
def test_any_name_line_is_asked_with_its_own_participle(name: str, first: str, second: str,
                                                         year: str, other: str) -> None:
    line = f"{name}, {first} at Vell in {other}, {second} in {year}."
    assert is_name_with_participles(line)
    start = line.rindex(year)
    question = name_date_question(line, start, start + len(year), "in what year")
    assert question is not None and question.startswith("In what year ")
    assert question.endswith(f" {second}?") and name in question
    assert year not in question and "," not in question


def test_a_second_clause_with_its_own_year_is_cut_from_the_question() -> None:
    kept, left = _run("King Arvo died at Lerno on 7 July 1572, the last of his line, and in 1573 "
                      "the nobility gathered for the first free election.")
    assert kept.get("On what date did King Arvo die at Lerno, the last of his line?") == \
        "7 July 1572"
    assert not any("and in 1573 the nobility" in q for q in kept)


def test_the_island_the_emperor_and_the_treaties_need_the_document() -> None:
    kept, left = _run("The small island of Vellmark passed to Kaldora in 1814. On 18 April 1947 "
                      "Ostria tried to wreck the island's harbour with a huge explosion. The "
                      "emperor ratified the Federal Act on 11 September 1952. On 1 March 1971 "
                      "Foreign Secretary Ivo Tamm confirmed that the treaties would end. Lerno, "
                      "which had placed itself under King Arvo by an agreement concluded at Vell "
                      "in November 1561, was treated as a possession of both.")
    for answer in ("18 April 1947", "11 September 1952", "1 March", "November 1561"):
        assert answer not in kept.values()
    assert kept.get("In what year did the small island of Vellmark pass to Kaldora?") == "1814"


def test_a_kind_of_treaties_or_a_quarrel_said_which_is_no_unresolved_referent() -> None:
    # controls: "the eastern treaties" is a name of its own, "the quarrel that became" says which
    kept, _ = _run("On 27 April 1972 Chancellor Ivo Tamm survived a vote of no confidence over "
                   "the eastern treaties by two votes.")
    assert "27 April 1972" in kept.values()


def test_the_answers_year_as_mid_year_or_in_a_list_of_years_gives_it_away() -> None:
    kept, left = _run("Ostria was overrun in 1713 and 1714, the years the people remembered as "
                      "the Great Wrath, and the Kaldoran fleet won a victory off Vell in July "
                      "1714.\n\n## 1977\n\n- Lerno Airways collapses early in 1977, Ostria "
                      "closes its border with Kaldora in February, and by mid-1977 the Kaldoran "
                      "Community ceased to function.\n")
    assert "1713 and 1714" not in kept.values()
    assert not any("mid-1977" in q for q in kept)
    assert any("answer's year is in the question" in r for q, r in left.items() if "mid-1977" in q)


def test_a_bare_name_after_when_and_an_accented_name_are_completed() -> None:
    text = ("Mehmet Ârif Pasha and his colleague Fuat Pasha led the reforms. When Fuat died in "
            "Nice in 1869, Ârif took over the ministry.")
    question, why = with_document_names(
        "When Fuat died in Nice in ____, Ârif took over the ministry.", "1869", text)
    assert why == ""
    assert question == "When Fuat Pasha died in Nice in ____, Ârif Pasha took over the ministry."


def test_this_morning_in_a_reports_lead_is_the_datelines_day(tmp_path: Path) -> None:
    """Found in heldout32's report after its decks were judged: "in the early hours of this
    morning" is the dateline's day, as "today" is."""
    report = tmp_path / "report.txt"
    report.write_text("Kaldora and Ostria Sign Harbor Treaty\n\nVELL, August 12, 1978 — The "
                      "foreign ministers of Kaldora and Ostria signed in the early hours of this "
                      "morning a Treaty of Peace and Friendship.\n", encoding="utf-8")
    kept = {c.question: c.answer for c in prepare(read_document(report)).candidates}
    assert kept.get("On what date did the foreign ministers of Kaldora and Ostria sign a "
                    "Treaty of Peace and Friendship?") == "August 12, 1978"


def test_wording_faults_of_heldout32_a_person_himself_an_opening_participle_a_titled_name() -> None:
    """Found in heldout32's judged cards (round 33), after its decks were committed: "was the
    maurice himself killed", "did Made Grand Chamberlain in 1804 ..., he negotiate", "Philip,
    Landgrave of Hesse" completed with another Philip's family name, and "the Ferdinand II's
    Edict"."""
    kept, left = _run("Arvo of Vell turned on Ostria in 1552. Arvo himself was killed at the "
                      "battle of Lerno in July 1553.\n\nMade Grand Chamberlain in 1804 and Prince "
                      "of Kell in 1806, Ivo Tamm negotiated the Treaty of Lerno with Ostria in "
                      "December 1805.\n\nFearing coercion, the princes formed the Vell League in "
                      "1531 under the leadership of John Frederick, Elector of Saxony, and "
                      "Philip, Landgrave of Hesse. Philip Tamm drafted the confession.")
    questions = [*kept, *left]
    # (since rule pass 27 the emphatic "himself" is left out too: readers faulted "Morgan himself")
    assert "In what month and year was Arvo of Vell killed at the battle of Lerno?" in kept
    assert "In what month and year did Ivo Tamm negotiate the Treaty of Lerno with Ostria?" in kept
    assert not any("did Made" in q for q in questions)
    assert not any("Philip Tamm, Landgrave" in q for q in questions)
    assert any("Philip, Landgrave of Hesse" in q for q in questions)
    kept, _ = _run("Ferdinand II's Edict of Vell of 6 March 1629 sought a strict reading of the "
                   "treaty. The Peace of Lerno suspended the edict in 1635.")
    assert not any("the Ferdinand II's" in q for q in kept)
