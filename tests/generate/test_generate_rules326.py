"""Rule pass 326, from rounds 1309-1316 (heldout1301-1308) as their first readers judged them:

- "Michelangelo Simonetti returned to the chapel to paint the Last Judgment", "Louis Napoleon
  made his brother Louis king of Holland": a man known by one name ("Michelangelo",
  "Napoleon") is not completed with another full name the text gives.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Michelangelo", "Napoleon", "Raphael"]))
def test_a_man_known_by_one_name_is_not_completed(name: str) -> None:
    from quiz.generate.names import with_document_names
    text = f"{name} Vellini built the new wing in 1780. Later {name} painted the vault at Kask."
    question = f"In what year did {name} paint the vault at Kask?"
    assert with_document_names(question, "1512", text)[0] == question


def test_a_guard_another_given_name_is_still_completed() -> None:
    from quiz.generate.names import with_document_names
    text = "Ivo Vellini built the new wing in 1780. Later Ivo painted the vault at Kask."
    asked = with_document_names("In what year did Ivo paint the vault at Kask?", "1512", text)[0]
    assert asked == "In what year did Ivo Vellini paint the vault at Kask?", asked


def test_a_guard_a_one_name_mans_own_full_name_still_completes_him() -> None:
    from quiz.generate.names import with_document_names
    text = "Leonardo da Vinci painted it in 1490. The duke bought Leonardo's picture at Kask."
    asked = with_document_names("In what year did the duke buy Leonardo's picture?", "1865",
                                text)[0]
    assert "Leonardo da Vinci's picture" in asked, asked
