"""Rule pass 357, from rounds 1526-1533's readers (heldout1517-1524, commercial banks): "the"
was put before a bank named by a name ("did the Lloyds Bank buy", "chaired the Lloyds Bank",
"did the TSB Bank plc transfer": four cards of round 1533 faulted as ungrammatical). A bank's
name of names or acronyms before "Bank" takes no article; "the World Bank", "the Asian
Development Bank" and "the Bank of England" keep theirs.

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Vellyds Bank", "Kasksche Bank", "VTB Bank plc", "Vellyds VTB Bank plc"]))
def test_a_bank_named_by_a_name_takes_no_article(bank: str) -> None:
    from quiz.generate.grammar import with_article_before_name
    question = f"In what year did {bank} buy a stake in Kask Life?"
    assert with_article_before_name(question) == question


@given(st.sampled_from(["World Bank", "Asian Development Bank", "National Bank"]))
def test_guard_a_bank_named_by_words_keeps_its_article(bank: str) -> None:
    from quiz.generate.grammar import with_article_before_name
    assert with_article_before_name(f"In what year did {bank} open?") == (
        f"In what year did the {bank} open?")


def test_the_bank_written_as_the_subject_takes_no_article() -> None:
    from quiz.generate.subject import Subject, _name_bare_parts
    subject = Subject("Vellyds Bank", "Bank", False, kind="body")
    assert _name_bare_parts("Ann Vell chaired the bank from 1922 to 1945.", subject) == (
        "Ann Vell chaired Vellyds Bank from 1922 to 1945.")
