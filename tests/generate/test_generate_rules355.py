"""Rule pass 355, from rounds 1518-1525's first readers (heldout1509-1516, grand hotels): "The
Hotel Adlon is a luxury hotel in Berlin" and "The Waldorf Astoria New York, written for most of
its history as the Waldorf-Astoria, is a luxury hotel" were read as lives, so a guest's "he"
became the hotel ("Waldorf Astoria New York inherited his father's house"): "hotel" is a kind
of body, and an aside "written ... as ..." between the name and "is" is read as "known as" is.
A fact sheet's "Privatisation: sold at auction by the City of Moscow" describes the hotel, not
the privatisation ("was the privatisation sold"): "sold", "acquired", "auctioned" and the like
are said of the subject.

Every sentence here is invented. The tests fail on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_BODY = ("Its first owner, Ann Vell, was born at Kask in 1850; he opened it in 1907, and he "
         "ran it until he died. Vell's son, he said, kept Vell's name over the door.")


def _life(title: str, opening: str) -> tuple[str, str] | None:
    from quiz.generate.documents import main_person
    return main_person(title, [opening, _BODY])


@given(st.sampled_from(["The Hotel Vell is a luxury hotel in Kask",
                        "The Vell Kask, written for most of its history as the Vell-Kask, is "
                        "a luxury hotel at 301 Park Avenue",
                        "The Imperial Vell (Teikoku Vell) is a luxury hotel in Kask"]))
def test_a_hotel_is_no_life(opening: str) -> None:
    title = opening.split(",")[0].split(" is ")[0].split(" (")[0].removeprefix("The ")
    assert _life(title, f"{opening}.") is None


@given(st.sampled_from(["a hotel manager", "a hotel porter and poet"]))
def test_guard_a_person_of_the_hotel_trade_is_a_life(trade: str) -> None:
    assert _life("Ann Vell", f"Ann Vell was {trade}, born at Kask.") == ("Ann Vell", "he")


@given(st.sampled_from(["Privatisation", "Sale", "Purchase"]),
       st.sampled_from(["sold", "auctioned", "acquired"]))
def test_a_sale_label_is_not_what_was_sold(label: str, participle: str) -> None:
    from quiz.generate.fragments import names_an_event_of_the_subject
    assert label == "Sale" or names_an_event_of_the_subject(label, participle)


def test_guard_an_event_label_with_its_own_participle_is_kept() -> None:
    from quiz.generate.fragments import names_an_event_of_the_subject
    assert not names_an_event_of_the_subject("Privatisation", "approved")
