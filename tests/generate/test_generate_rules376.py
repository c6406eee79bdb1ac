"""Rule pass 376, from rounds 1655-1662's readers (heldout1645-1652, mining companies):

* "BHP Billiton": a name with an acronym in it is no one's life (round 1657 read the group's
  article as a life: Gilbertson's "he resigned" became "BHP Billiton resigned", and every
  "Billiton" of 1994 "BHP Billiton"); a ship's prefix ("RMS Vell") still names a "she".
* "Anglo American: chairmen, chief executives and transactions": a nation's adjective is no
  family name (its fact sheet had been read as a life).
* "did Canada's Industry Minister, Tony Clement, rejects BHP Billiton's bid": an "-s" present
  left after a name's apposition is found (round 1657), and the noun after an owner ("Billiton's
  bid") is no verb of a longer subject.
* "Fire in the Granite Mountain and Speculator shafts of the North Butte Mining Company kills":
  the plural after two names joined by "and" is no verb (round 1659 asked "did fire in ...
  shaft ... killed").

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from test_generate_rules375 import _person

from quiz.generate.documents import main_person
from quiz.generate.tense import entry_in_the_past


def test_a_name_with_an_acronym_is_no_life() -> None:
    assert _person("BHV Vellan", "BHV Vellan was the name borne from 2001 to 2018 by the "
                   "resources group now known simply as BHV.") is None


def test_guard_a_ship_s_prefix_still_names_her() -> None:
    opening = "RMS Vellan was a liner of the Kask Line, launched in 1906."
    life = "She was launched in 1906. She sailed in 1907. She sank in 1915; her wreck lies off Kask."
    assert main_person("RMS Vellan", ["RMS Vellan", opening, life, "RMS Vellan grew. " * 3,
                                      life, "born"]) == ("RMS Vellan", "she")


def test_a_nation_s_adjective_is_no_family_name() -> None:
    assert _person("Vell American: chairmen, chief executives and transactions",
                   "This fact sheet summarises the Vell American Corporation of Kaskia, founded "
                   "by Ivo Tamm in 1917.") is None


def test_a_present_after_an_apposition_is_left_out(questions_from) -> None:
    questions = questions_from("vell-oil-timeline", (
        "# Vell Oil: a timeline, 1900-2010\n\nThis chronology follows Vell Oil.\n\n## 2009\n\n"
        "- 1 May: Vell Oil opens its Kask refinery.\n\n## 2010\n\n- 3 November: Kaskia's Industry "
        "Minister, Ivo Clement, rejects Vell Oil's bid for the Potash Corporation of Dorn under "
        "the Investment Act; the bid is withdrawn later in the month.\n"))
    assert not any("Clement, rejects" in q for q in questions), questions
    assert any("Kask refinery" in q for q in questions), questions  # (the guard)


def test_a_plural_after_two_joined_names_is_no_verb() -> None:
    past = entry_in_the_past("Fire in the Granite Vell and Kask shafts of the Orrin Mining "
                             "Company kills 168 miners.")
    assert "Kask shafts of" in past and "killed 168" in past, past
