"""Rule pass 349, from rounds 1477-1484's first readers (heldout1469-1476, publishing houses): a
text that writes "What" only in a title ("What's My Line?") and never in lower case had
every question's own "what" capitalised ("On What date was Bennett Cerf born": 17 cards of
round 1481). The words questions are built with are no names.

Every sentence here is invented. The test fails on the code before, but the guard, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["What", "Which", "When"]))
def test_a_question_word_a_title_capitalises_stays_lower_case(word: str) -> None:
    from quiz.generate.names import names_as_written
    text = (f"Vell House\n\nAnn Tamm sat on the panel of the quiz programme {word}'s My Line? "
            "and in 1950 moved to Kask.\n")
    question = f"On {word.lower()} date was Ann Tamm born in Kask?"
    assert names_as_written(question, text) == question


def test_a_guard_a_name_the_text_always_capitalises_keeps_its_capital() -> None:
    from quiz.generate.names import names_as_written
    text = "Vell House\n\nIn 1941 the house published a novel by Tamm, and Tamm moved to Kask.\n"
    assert names_as_written("In what year did tamm move to Kask?", text) == (
        "In what year did Tamm move to Kask?")
