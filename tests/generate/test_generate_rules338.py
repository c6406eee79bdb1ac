"""Rule pass 338, from rounds 1381-1388 (heldout1373-1380, central banks) as both readers judged
them: "the bank", "the palace", "the ministry", "the protocol", "the charter" or "the theatre" of
a text that names two or more of that kind is left as written, not written as the one named
last (rounds 393-1372 kept 11 of 48 verdicts on palaces, ministries, protocols and charters so
named; round 1384 wrote "The Allied Bank issued the Deutsche Mark" and "the Land Central Bank
could suspend interventions" for a text's "the bank").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_TWO = "The storm of 1911 flooded the vaults of the Red Ash {Head} and of the Grey {Head}. "
_ONE = "The storm of 1911 flooded the vaults of the Red Ash {Head}. "
_QUOTE = "Clerks reopened the {head} in 1913."


def _resolve(head: str, text: str, labelled: bool) -> tuple[str, str]:
    from quiz.generate.definites import resolve_definites
    text = text.format(Head=head.capitalize()) + _QUOTE.format(head=head) + "\n"
    return resolve_definites(f"In what year did clerks reopen the {head}?", "1913", text,
                             _QUOTE.format(head=head), "", labelled)


@given(st.sampled_from(["bank", "palace", "ministry", "theatre"]))
def test_the_noun_of_a_text_naming_two_of_its_kind_is_left_as_written(head: str) -> None:
    assert _resolve(head, _TWO, labelled=True) == (
        f"In what year did clerks reopen the {head}?", "")


@given(st.sampled_from(["bank", "palace", "theatre"]))
def test_without_a_label_the_noun_of_a_text_naming_two_is_left_out(head: str) -> None:
    question, reason = _resolve(head, _TWO, labelled=False)
    assert "Grey" not in question and reason


def test_a_guard_the_one_bank_a_text_names_is_still_written() -> None:
    assert _resolve("bank", _ONE, labelled=False) == (
        "In what year did clerks reopen the Red Ash Bank?", "")
