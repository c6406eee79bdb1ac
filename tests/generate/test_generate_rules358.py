"""Rule pass 358, from rounds 1534-1541's readers (heldout1525-1532, fashion houses): "Christian
Dior, generally known as Dior, is a French luxury fashion house" and "Louis Vuitton is a French
luxury house" were read as the founders' lives, so a successor's "he" became the house's name
("Christian Dior was succeeded by Kris Van Assche", "Louis Vuitton was replaced by Michael
Burke": wrong answers in rounds 1535 and 1537). A house, a label or a brand is a body, and
"generally known as" an aside like "commonly known as".

Every sentence here is invented. The test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_BODY = ("Its founder, Ann Vell, was born at Kask in 1905; he opened it in 1946, and he ran it "
         "until he died. Vell's successor, he said, kept Vell's name on the door.")


def _life(title: str, opening: str) -> tuple[str, str] | None:
    from quiz.generate.documents import main_person
    return main_person(title, [opening, _BODY])


@given(st.sampled_from(["Ann Vell, generally known as Vell, is a French luxury fashion house",
                        "Ann Vell is a French luxury house",
                        "Ann Vell is an Italian fashion label founded in 1946",
                        "Ann Vell is a luxury brand"]))
def test_a_house_named_after_its_founder_is_no_life(opening: str) -> None:
    assert _life("Ann Vell", f"{opening}.") is None


@given(st.sampled_from(["a house painter", "a fashion house owner", "a brand manager"]))
def test_guard_a_person_of_a_house_trade_is_a_life(trade: str) -> None:
    assert _life("Ann Vell", f"Ann Vell was {trade}, born at Kask.") == ("Ann Vell", "he")
