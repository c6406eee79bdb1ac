"""Rule pass 339, from rounds 1389-1396 (heldout1381-1388, railway stations) as both readers
judged them: a person the text names in the possessive ("Chancellor Helmut Kohl's visit") counts
as named when a bare surname two people share is completed, so "Chancellor Kohl", after both
"Michael Kohl" and "Helmut Kohl's" were named, is not written as the one of them who is an
official of the text (round 1392 wrote "Chancellor Michael Kohl").

Every sentence here is invented. Each test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["’s", "'s"]))
def test_a_possessive_mention_counts_as_naming_a_namesake(mark: str) -> None:
    from quiz.generate.names import shared_surnames
    text = (f"Vell\n\nState Secretary Paul Kask signed the transit treaty.\n\n"
            f"After Chancellor Anna Kask{mark} visit to Tamm in 1989 a commission was set up.\n")
    assert shared_surnames({"Kask": "Paul Kask"}, text) == {
        "Kask": [(3, "Paul Kask"), (5, "Anna Kask")]}


def test_a_guard_a_surname_one_person_bears_is_not_shared() -> None:
    from quiz.generate.names import shared_surnames
    text = "Vell\n\nState Secretary Paul Kask signed the transit treaty.\n"
    assert shared_surnames({"Kask": "Paul Kask"}, text) == {}
