"""Rule pass 43, from the cards of rounds 53 and 54 and the readers' verdicts on pass 42's new
cards: a year range offered ranges of any span ("1988–2003" for a party split of "1987–1988");
an office held for another office-holder cut from its owner ("Special Representative for
Angola", the UN Secretary-General's); an office dated with the month of another clause ("In
February 1950 ..., and in March the Secretary of State ..."); a country that is a verb's subject
read into a treaty's name ("the Treaty of Shimonoseki China recognised"); a bracket left
hanging after an agreement's blank ("adopted ____ (XX)", "The ____ (Seoul)"); a surname not
written in full when the given name is hyphenated ("Guillaume" for "Charles-Édouard
Guillaume"). Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _cards_by_answer, _run


def test_a_year_range_is_offered_only_ranges_spanning_alike(tmp_path: Path) -> None:
    text = ("Tunku Ivo Tamm (1903–1990)\n\nIvo Tamm was born in Kell in 1903. Tamm led Vell to "
            "independence in 1957. In old age Tamm criticised Prime Minister Ana Ros and "
            "supported the dissident faction that became the Kell Party after the party split "
            "in 1987–1988. He had chaired the Harrow Commission in 1988–2003. Tamm fought the "
            "Brisa rising in 1960–1961, and he resolved the Ostrian crisis in 1970–1971. He led "
            "the Vellish talks in 1990–1991. Tamm died in 1990.\n")
    cards = _cards_by_answer(tmp_path, "tamm.txt", text)
    split = cards["1987–1988"]
    assert split.choices and "1988–2003" not in split.choices, split.choices



def test_an_office_held_for_another_office_holder_keeps_its_owner() -> None:
    kept, left = _run("The UN Secretary-General's Special Representative for Kell, Ivo Tamm, who "
                      "mediated the talks, was present when the Harrow Protocol was signed on 20 "
                      "November 1994.")
    answers = {a for q, a in kept.items() if "Ivo Tamm" in q}
    assert answers == {"UN Secretary-General's Special Representative for Kell"}, kept


def test_an_office_is_not_dated_with_another_clauses_month() -> None:
    kept, _ = _run("In February 1950 Ivo Tamm was invited to Harrow for talks, and in March the "
                   "Secretary of State for Kell Relations, Ana Ros, announced that he would be "
                   "kept out of the protectorate for five years.")
    asked = [q for q in kept if "Ana Ros" in q]
    assert asked and not any("February" in q for q in asked), kept


def test_a_country_acting_after_a_treaty_is_not_part_of_its_name(tmp_path: Path) -> None:
    text = ("Kell and its neighbours\n\nIn Article 1 of the Treaty of Harrow China recognised "
            "the full independence of Kell. The Treaty of Brisa was signed by Ivo Tamm and Ana "
            "Ros, and it ended the war between Ostria and Kell. The Treaty of Lerno, signed by "
            "Ana Ros and Karl Benn, opened three ports. The Treaty of Aster, signed by Karl "
            "Benn and Ivo Tamm, settled the border.\n")
    cards = _cards_by_answer(tmp_path, "kell.txt", text)
    offered = {option for card in cards.values() for option in card.choices} | set(cards)
    assert "Treaty of Harrow China" not in offered, offered
    assert "Treaty of Harrow" in offered, offered


def test_a_bracket_after_an_agreements_blank_is_left_out() -> None:
    kept, left = _run("The Treaty of Harrow (Seoul), signed by Ivo Tamm and Ana Ros on 9 January "
                      "1885, required a Kellish apology and an indemnity.")
    asked = [q for q in [*kept, *left] if "required a Kellish apology" in q and "____," in q]
    assert asked and not any("____ (Seoul)" in q for q in [*kept, *left]), (kept, left)


def test_a_surname_is_written_with_a_hyphenated_given_name() -> None:
    body = ("## Directors\n\n| Director | Country | Term |\n|---|---|---|\n"
            "| Ivo-Émile Tamm | Vellish | 1915–1936 |\n\n## Awards\n\n"
            "Tamm received the Harrow Prize in Physics in 1920 for his discovery of kellite, "
            "an alloy used in precision instruments.\n\nThe Commonwealth Secretary-General "
            "observers monitored the elections of 1980 in Kell.\n")
    kept, left = _run(body)
    asked = [q for q in [*kept, *left] if "Harrow Prize" in q]
    assert asked and all("Ivo-Émile Tamm" in q for q in asked), asked
    assert not any("Secretary-General observers" in q and "Commonwealth Secretary-General "
                   "Secretary" in q for q in kept)
