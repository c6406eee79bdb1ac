"""Rule pass 104, from rounds 113-115 (heldout108-110): a state's title ("Gran Colombia") was
read as a biography's subject, so "he" of Bolívar became "Gran Colombia escaped by leaping from
a window"; ministers named only in a list of those who attended were asked their offices; a
nation's leader's office was still asked when the card was headed with the document's subject
("Dominican Republic: Who was the President of Venezuela in June 1960?"); an official's year
came from the date of a charter his clause named ("What position did Thomas Shannon hold in
2001?"). Every sentence here is invented (the people, and the lands other than real nations).
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.documents import main_person


@given(st.sampled_from(["Gran Colombia", "Greater Bolivia", "Old Peru", "Free Chile"]))
def test_a_state_named_after_a_country_is_no_ones_life(title: str) -> None:
    words = title.split()[-1]
    blocks = [f"{title} was a republic. {words} grew. He led it; he fought; his army won. "
              f"{words} fell apart, and he left. {words} was divided."]
    assert main_person(title, blocks) is None


def test_a_persons_name_is_still_a_life() -> None:
    """Guard: "Ivo Jordan" is a man, though Jordan is also a country."""
    blocks = ["Ivo Jordan was born in Dorn. Jordan studied law; he served as envoy. "
              "Jordan retired, and he wrote his memoirs; he died in 1950."]
    assert main_person("Ivo Jordan", blocks) == ("Ivo Jordan", "he")


def test_he_is_not_written_as_the_states_name() -> None:
    prepared = _prepared_titled(
        "Gran Colombia",
        "Gran Colombia was a republic founded in 1819. Gran Colombia covered Venezuela and Quito. "
        "Its president, Ivo Tamm, ruled from Bogotá. Gran Colombia was large.\n\n"
        "On the night of 25 September 1828 conspirators broke into the palace in Bogotá and he "
        "escaped only by leaping from a window.")
    assert not any("Gran Colombia escaped" in c.question for c in prepared.candidates)


_ATTENDED = ("Their foreign ministers attended, as did the ministers responsible for trade: "
             "Ivo Tamm, Kaldora's Minister of Economy; Lev Kask, Dornia's Minister of Commerce; "
             "Ole Varn, Ostria's Secretary of Economy; and Ada Rist, Veldia's Minister of Trade.")


def test_a_minister_named_only_among_those_who_attended_is_not_asked() -> None:
    kept, left = _run("KALDORA CITY, 6 June 2012 — Four presidents signed the Framework "
                      "Agreement of the Western Alliance today. " + _ATTENDED, dated=True)
    assert not any("Lev Kask" in q or "Dornia's Minister" in a for q, a in kept.items()), kept
    assert "named only in a list of those who attended" in left["What position did Lev Kask "
                                                                 "hold?"]


def test_a_minister_the_document_is_about_is_still_asked() -> None:
    """Guard: named again and again, the minister is an actor, not the audience."""
    _, left = _run("KALDORA CITY, 6 June 2012 — Four presidents signed the Framework Agreement "
                   "of the Western Alliance today. " + _ATTENDED + " Kask had drafted the text. "
                   "Kask negotiated it for a year. Kask said the text was fair.", dated=True)
    assert "attended" not in left.get("What position did Lev Kask hold?", ""), left
    assert "attended" in left["What position did Ole Varn hold?"]


def test_a_leaders_office_is_not_asked_under_the_documents_label() -> None:
    prepared = _prepared_titled(
        "The Kaldoran Crisis, 1960-1966",
        "## 1960\n\n- **24 June 1960** — Agents of the Kaldoran regime try to kill President "
        "Ivo Tamm of Venezuela with a car bomb in Caracas.\n- **2 July 1960** — The Kaldoran "
        "Assembly meets in Dorn.")
    assert not any("President of Venezuela" in c.question or c.answer == "Venezuelan President"
                   for c in prepared.candidates), [c.question for c in prepared.candidates]


def test_an_officials_year_is_not_the_date_of_a_charter_his_clause_names() -> None:
    kept, _ = _run("KALDORA CITY, 3 June 2009 — The ministers today repealed the resolution of "
                   "1962.\n\nThe delegation, led by the Assistant Secretary of State for "
                   "Western Affairs, Ivo Tamm, had circulated language linking any return to the "
                   "Democratic Charter adopted in Lima on 11 September 2001.", dated=True)
    assert not any("hold in 2001" in q or "in September 2001" in q and "Tamm" in q
                   for q in kept), kept
