"""Rule pass 111, from rounds 136-139: a biography's card that names neither the person nor
anything of theirs is headed with the person; "the following year" after a year gives the
answer away; a timeline's "though Marcos keeps" after "did" is put in the past; ", and some
1,500 French troops remain there" after "did" is a second clause; "despite RUF attacks" has no
verb. Readers of rounds 113-139 kept 67 % of a biography's cards that did not name its person,
against 77 % of those that did ("In what month and year were relations with Paris broken?":
whose?). Every sentence here is invented. Each test fails on the code before, except the guards
named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.documents import person_in_title, read_document
from quiz.generate.pipeline import prepare
from quiz.generate.quality import _clause_after_did, _counted_year
from quiz.generate.tense import entry_in_the_past
from quiz.generate.topic_label import with_person_label

_LIFE = ("Ivo Kask (1901–1972)\n\nIvo Kask was born in Lerno in 1901. He studied law in Dorn. "
         "Kask was elected to the Dornian parliament in 1931, and he led the Workers' Party "
         "from 1935. In 1946 he became Prime Minister of Dornia. Relations with Ostria were "
         "broken in March 1950, and the Dornian Assembly adopted a new constitution on 4 June "
         "1952. Kask resigned in 1960. He died in Lerno on 2 May 1972.\n")


def test_a_biographys_card_not_naming_the_person_is_headed_with_them(tmp_path: Path) -> None:
    path = tmp_path / "ivo-kask-biography.txt"
    path.write_text(_LIFE, encoding="utf-8")
    questions = [c.question for c in prepare(read_document(path)).candidates]
    unnamed = [q for q in questions if "Kask" not in q.split(":", 1)[-1]]
    assert unnamed and all(q.startswith("Ivo Kask: ") for q in unnamed), questions


@given(st.sampled_from(["Kask", "Ivo", "Ivo Kask"]), st.sampled_from(["question", "answer"]))
def test_a_card_naming_the_person_is_not_headed(name: str, where: str) -> None:
    """Guard: the person named in the question or the answer, in full or by a word of it."""
    question = f"In what year did {name} resign?" if where == "question" else (
        "Who became Prime Minister of Dornia in 1946?")
    answer = name if where == "answer" else "1960"
    assert with_person_label(question, answer, "Ivo Kask") == question


def test_the_label_is_the_name_the_title_gives_in_full() -> None:
    assert person_in_title("Yoshida Kenzo", "Yoshida") == "Yoshida Kenzo"
    assert person_in_title("A life", "Yoshida") == "Yoshida"  # guard: no name in the title


@given(st.sampled_from([("the following year", "1922"), ("the next year", "1922"),
                        ("two years later", "1923"), ("the previous year", "1920"),
                        ("the same year", "1921")]))
def test_a_year_counted_from_the_questions_year_is_obvious(counted: tuple[str, str]) -> None:
    phrase, year = counted
    assert _counted_year(phrase, "Kask resigned in 1921 and returned ") == year


def test_a_year_counted_from_no_year_or_in_days_is_not() -> None:
    """Guard: no year before the phrase, a count of days, or "some years"."""
    assert _counted_year("the following year", "Kask resigned and returned ") == ""
    assert _counted_year("the following day", "Kask resigned in 1921 and ") == ""
    assert _counted_year("some years later", "Kask resigned in 1921 and ") == ""


def test_a_concession_in_a_timeline_is_put_in_the_past() -> None:
    assert invert("Proclamation No. 12 formally lifts martial law, though Tamm keeps the "
                  "power to rule by decree.", "on what date") == (
        "On what date did Proclamation No. 12 formally lift martial law, though Tamm kept the "
        "power to rule by decree?")


@given(st.sampled_from([
    "In what year did Dornia move its forces from Lerno into Ostria, and some 1,500 Dornian "
    "troops remain there?",
    "In what month and year did negotiations on an Association Agreement open, and talks on "
    "a trade area followed?"]))
def test_a_second_clause_after_comma_and_is_refused(question: str) -> None:
    assert _clause_after_did(question)


@given(st.sampled_from([
    "On what date did Tamm sign, and the Kaldoran delegates witness, the Treaty of Dorn?",
    "On what date did Kaldora, and the states that joined it, sign the pact?",
    "On what date did the army take Lerno, and the capital fall?"]))
def test_one_clause_with_a_comma_and_is_kept(question: str) -> None:
    """Guard: a subject or a verb shared across ", and"."""
    assert not _clause_after_did(question)


def test_a_noun_after_despite_and_names_is_not_put_in_the_past() -> None:
    assert entry_in_the_past("Elections are held despite KLF attacks on voters.") == (
        "Elections were held despite KLF attacks on voters.")
    assert entry_in_the_past("At Lerno Tamm tells Kask of the plan.") == (  # guard
        "At Lerno Tamm told Kask of the plan.")

