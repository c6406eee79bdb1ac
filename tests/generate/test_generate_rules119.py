"""Rule pass 119, from rounds 168-171: "Police open fire" not read as a plural's present, so the
question took the later participle for its verb ("did Police open fire on striking workers
gather in a church"), and a noun before the gerund it is the object of kept its capital
("did Phosphate mining on Banaba come to an end"). Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _common_noun_lowered, date_question


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


@given(st.sampled_from(["Police", "Riot police", "People"]))
def test_a_plural_in_no_s_takes_its_present_verb(subject: str) -> None:
    text = (f"3 March 1976 — {subject} open fire on striking workers gathered in a church in "
            "Vell, killing five.")
    assert (_asked(text, "3 March 1976") or "").startswith(
        f"On what date did {subject.lower()} open fire on striking workers gathered in a church")


@given(st.sampled_from([("Phosphate mining on Vell", "phosphate mining on Vell"),
                        ("Uranium mining at Dask", "uranium mining at Dask")]))
def test_a_noun_before_its_gerund_is_lowered(case: tuple[str, str]) -> None:
    subject, lowered = case
    assert _common_noun_lowered(subject) == lowered


@given(st.sampled_from(["Ye Jianying, Chairman of the Standing Committee", "Congress leaders",
                        "London talks"]))
def test_a_guard_a_name_before_a_word_in_ing_keeps_its_capital(subject: str) -> None:
    """Guard."""
    assert _common_noun_lowered(subject) == subject
