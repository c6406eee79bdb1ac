"""Rule pass 365, from rounds 1582-1589's readers (heldout1573-1580, newspapers and news
agencies):

* "the Reuter Monitor Money Rates service goes live": "goes" is always a verb in a timeline, put
  in the past as "went" ("did ... goes live": round 1585);
* "killed by fire from United States helicopters in Baghdad": a plural after a preposition and a
  name, before a named place, is a noun when the clause's verb came before it ("helicoptered":
  round 1585). (After two names joined by "and" the plural may be their verb: "Dundas and
  Pénaud anchors off Sveaborg", "Victoria and Albert anchors in Mount's Bay".)

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from([("the Vell Money service goes live.", "the Vell Money service went live."),
                        ("Kask Partners goes public on the Orrin exchange.",
                         "Kask Partners went public on the Orrin exchange."),
                        ("Kask goes bankrupt.", "Kask went bankrupt.")]))
def test_goes_is_put_in_the_past(pair: tuple[str, str]) -> None:
    entry, past = pair
    assert entry_in_the_past(entry) == past


@given(st.sampled_from([
    "two drivers are killed by fire from Orrin Vell helicopters in Kask.",
    "the army is attacked from Kask positions near Orrin.",
]))
def test_a_plural_after_a_preposition_and_a_name_before_a_place_is_a_noun(entry: str) -> None:
    past = entry_in_the_past(entry)
    assert past.split()[-3].endswith("s"), past  # the plural kept


@given(st.sampled_from([("the Senate votes in Kask on the bill.",
                         "the Senate voted in Kask on the bill."),
                        ("Orrin troops land at Kask.", "Orrin troops landed at Kask."),
                        ("the yacht Vell and Orrin anchors in Kask Bay.",
                         "the yacht Vell and Orrin anchored in Kask Bay."),
                        ("the fleet under Admiral Vell and Admiral Orrin anchors off Kask.",
                         "the fleet under Admiral Vell and Admiral Orrin anchored off Kask.")]))
def test_guard_a_name_s_verb_before_a_place_is_still_a_verb(pair: tuple[str, str]) -> None:
    entry, past = pair
    assert entry_in_the_past(entry) == past
