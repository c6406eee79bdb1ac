"""Rule pass 235, from rounds 722-728 (heldout714-720, after passes 231 and 234): a fact
sheet's "World Heritage status: inscribed on 19 September 2023 ..." was asked "was the World
Heritage status inscribed" (and "Historic status: listed on the National Register ..." "was
the historic status listed"): what was inscribed is the island, not its status; and "Under
Franco, the Colonia ... de Tefía, opened in 1954 and closed in 1966, held men ..." became the
fill-in "Under Franco, the Colonia ... de Tefía, opened in ____." with no main clause. Every
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question

Questions = Callable[[str, str], list[str]]


def _asked(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    return date_question(sentence, start, start + len(date), "on what date")


def test_a_status_label_names_nothing_inscribed() -> None:
    assert _asked("World Heritage status:   inscribed on 19 September 2023 under criterion "
                  "(viii); a property of 18,240 ha.", "19 September 2023") is None
    assert _asked("Historic status:   listed on the National Register on 13 December 1966.",
                  "13 December 1966") is None


@given(st.sampled_from(["status", "designation", "listing", "protection"]),
       st.sampled_from(["inscribed", "listed", "designated", "granted"]))
def test_no_state_label_is_asked_as_a_thing_done_to(noun: str, participle: str) -> None:
    asked = _asked(f"Heritage {noun}:   {participle} on 4 May 1990 by the council.",
                   "4 May 1990")
    assert asked is None or noun not in asked


def test_a_name_and_its_participle_is_no_fill_in(questions_from: Questions) -> None:
    text = ("Vellia\n\nVellia became independent of Ostria on 4 May 1950.\n\nUnder Tamas Orlo, "
            "the Colonia Agrícola Penal de Dask, opened in 1954 and closed in 1966, held men "
            "sentenced under the Law on Vagrants and Idlers (Ley de Vagos y Ociosos), many of "
            "them for their debts to the state.\n")
    asked = [q for q in questions_from("vellia-encyclopedia", text) if "Colonia" in q]
    assert not any(q.rstrip(".").endswith("opened in ____") for q in asked), asked
