"""Rule pass 130, from rounds 213-216: "declare the King?" cut before "deposed" is refused; a
question ending "again?" leans on the time before; a law's words are no one's name ("Argentina's
General Elections Law"); an office cut at a name's initial ("chief of staff to General Dwight
D") is no office; a bare "Abdullah" the text first names "Emir Abdullah bin ..." is not the
table's "Abdullah Sarraj" alone (the two leave it unresolved). Every sentence here is invented. Each test fails on the code before,
except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.anaphora import unresolved
from quiz.generate.names import document_full_names
from quiz.generate.officials import find_officials
from quiz.generate.sentences import Sentence


def _officials(text: str) -> dict[str, str]:
    return {fact.answer: fact.role for fact in find_officials(Sentence(text=text, line=1))}


@given(st.sampled_from(["On what date did Ivo Tamm declare the King?",
                        "On what date did the Vell Parliament declare King Ivo II?"]))
def test_declare_cut_before_its_complement_is_refused(question: str) -> None:
    from quiz.generate.quality import _DECLARE_CUT  # (new in this pass)

    assert _DECLARE_CUT.search(question)
    assert not _DECLARE_CUT.search("On what date did Vell declare war?")
    assert not _DECLARE_CUT.search("On what date did Vell declare the King deposed?")


@given(st.sampled_from(["On what date was Ivo Tamm arrested again?",
                        "In what year did Vell break relations again?"]))
def test_again_closing_the_question_leans_on_the_time_before(question: str) -> None:
    assert unresolved(question)


def test_a_guard_again_inside_a_clause_is_left_to_other_rules() -> None:
    """Guard."""
    assert unresolved("On what date did Ivo Tamm walk out of the council, which never met "
                      "again in Vell?") is None


def test_a_laws_words_are_no_ones_name() -> None:
    assert "Elections Law" not in _officials(
        "In 1912 Vell passed Ostria's General Elections Law, drafted by Ivo Tamm.")


def test_an_office_cut_at_an_initial_is_no_office() -> None:
    found = _officials("The pact was signed by Ivo Kask Tamm, chief of staff to General Jaan D. "
                       "Saar, and by General Mart Vell.")
    assert not any(role.endswith(" D") for role in found.values()), found


def test_a_ruler_first_named_with_his_rank_is_not_a_tables_namesake() -> None:
    text = ("Vell was ruled by Emir Abdullah bin al-Tamm from 1921.\n\n| 1931–1933 | Abdullah "
            "Kask |\n\nAbdullah was assassinated in Dask on 20 July 1951.")
    assert document_full_names("Abdullah", text) == frozenset({"Emir Abdullah", "Abdullah Kask"})


@given(st.sampled_from([
    ("Prince Mihailo Tamm ruled Vell. Mihailo Tamm was shot. Mihailo died.", "Mihailo",
     "Mihailo Tamm"),
    ("Count Terauchi Masatake arrived. Terauchi Masatake ruled. Terauchi left.", "Terauchi",
     "Terauchi Masatake")]))
def test_a_guard_a_rulers_own_full_name_is_still_read(case: tuple[str, str, str]) -> None:
    """Guard."""
    text, name, full = case
    assert document_full_names(name, text) == frozenset({full})
