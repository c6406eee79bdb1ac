"""Rule pass 270, from rounds 941-948 (heldout933-940), after they were judged (no batch has
judged it), and round 940:

- "John St Aubyn, 4th Baron St Levan, dies aged 94" gave no card (a peer's number and title
  as an apposition between the subject and its verb);
- "... under the Local Government etc?" (the sentence split at the "etc." inside a statute's
  name; and a day under a year heading refused for the statute's own year);
- "and in ____ the Finnish Pilot." (cut at the "and" inside "Pilot and Lighthouse
  Administration": the verb before ", and" is the clause before's);
- "the fitting out of the Great Michael and launched on ____" (a participle of the name
  before it joined to the perfect as a second act);
- "In what year was John Tiptoft, Earl of Worcester, Lord Deputy?" of "In 1467, while John
  Tiptoft, Earl of Worcester, was Lord Deputy, a licence was given ..." (a subordinate clause
  whose subject has commas of its own asked instead of the main clause the date opens);
- "did Queen Victoria die in Rome?" of Victoria of Sweden (a ruler by rank and one name, read
  as Britain's queen: given the one land the document makes her queen of).

Every sentence here is invented. Each test fails on the code before, except the guards named
as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.questions import _participles_joined
from quiz.generate.ranks import with_realms
from quiz.generate.sentences import iter_sentences


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from([("4th Baron Lerno", "dies aged 94"), ("2nd Baronet", "dies at Dorn")]))
def test_a_peers_number_and_title_is_an_apposition(said: tuple[str, str]) -> None:
    title, act = said
    body = (f"## 2013\n\n- 7 April: John Vellan, {title}, {act}. His nephew James succeeds him."
            f"\n- 9 May: The Vell Trust opens a new visitor centre.\n")
    asked = [q for q in _kept(body) if "John Vellan" in q]
    assert asked and all(f"John Vellan, {title}, die" in q for q in asked), asked


@given(st.sampled_from(["(Vellish)", "[Vellish]"]))
def test_etc_before_a_bracket_does_not_end_the_sentence(bracket: str) -> None:
    text = (f"# Vell\n\n- 1 April: Vell Council becomes the authority under the Local Government "
            f"etc. {bracket} Act 1994.\n")
    assert [s.text for s in iter_sentences(text)] == [text.split("- ", 1)[1].strip()]


def test_a_guard_etc_before_a_capital_ends_the_sentence() -> None:
    text = "# Vell\n\nThey carried nets, boats etc. Ships came later.\n"
    assert len(list(iter_sentences(text))) == 2


@given(st.sampled_from(["Local Government etc. (Vellish) Act 1994", "Harbours Act 1994"]))
def test_a_statutes_year_leaves_a_timeline_day_its_heading(act: str) -> None:
    body = (f"## 1996\n\n- 1 April: Vell and Dorn Council becomes the single-tier authority for "
            f"the area under the {act}.\n")
    asked = [q for q in _kept(body) if "Vell and Dorn Council" in q]
    assert asked and all(q.endswith(f"under the {act}?") for q in asked), asked


@given(st.sampled_from(["Pilot and Lighthouse Administration", "Roads and Harbours Service"]))
def test_a_name_with_and_after_the_blank_is_not_cut(name: str) -> None:
    body = (f"Shipping to the ports of Lerno, Dorn and Vesk passed close to the skerries, and in "
            f"1857 the Vellish {name} decided to build a light on the outer rock.\n")
    first = name.split(" and ")[0]
    assert not any(q.endswith(f"the Vellish {first}.") for q in _kept(body)), _kept(body)


@given(st.sampled_from(["launched", "completed"]))
def test_a_participle_of_the_name_before_it_is_not_a_second_act(participle: str) -> None:
    question = (f"Wood is said to have overseen the fitting out of the Great Vell, {participle} "
                f"on ____.")
    assert _participles_joined(question, question[:-1]) is None


def test_a_guard_a_series_after_a_perfect_is_joined() -> None:
    question = "He had emigrated to Queensland, made a fortune in ____."
    assert _participles_joined(question, question[:-1]) == (
        "He had emigrated to Queensland and made a fortune in ____.")


@given(st.sampled_from(["Queen Victoria of Dornland", "Victoria, Queen of Dornland"]))
def test_a_ruler_by_rank_and_one_name_gets_the_documents_land(introduced: str) -> None:
    body = (f"Under his will, Vell passes to his sister, {introduced}.\n\n## 1930\n\n"
            "- 4 April: Queen Victoria dies in Lerno.\n- 9 May: Prince Ivo inherits the island.\n")
    asked = [q for q in _kept(body) if "Lerno" in q]
    assert asked and all("Queen Victoria of Dornland die" in q for q in asked), asked


def test_a_guard_two_lands_leave_the_ruler_as_named() -> None:
    text = "King Henry of Dornland met King Henry of Vesk at Lerno."
    question = "On what date did King Henry die?"
    assert with_realms(question, "3 May", text) == question


@given(st.sampled_from(["Ivo Dorn, Earl of Vesk,", "Ivo Dorn, the Earl of Vesk,"]))
def test_a_date_opening_a_sentence_asks_the_main_clause_after_a_while_clause(who: str) -> None:
    text = (f"In 1467, while {who} was Lord Deputy, a licence was given to build a fortress on "
            f"the island.")
    asked = date_question(text, 3, 7, "in what year")
    assert asked == "In what year was a licence given to build a fortress on the island?", asked
