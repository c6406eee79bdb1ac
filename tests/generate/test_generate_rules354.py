"""Rule pass 354, from rounds 1510-1517's first readers (heldout1501-1508, department stores):

- "El Corte Inglés, S.A. is a Spanish retail group" and "The Galeries Lafayette is a Paris
  department store" were read as lives ("El Corte Inglés was stripped of his executive
  powers", of a manager): "S.A." after the name, a retail group or chain, a department store,
  and one place's name before the kind noun now say the title names a body;
- the kind noun ends its phrase: "an English churchman and university administrator" (John Fell)
  or "a school teacher" is a person, though "a French daily newspaper published in Paris" and
  "an island nation" are no lives;
- "Harrod's Stores Limited" is a company's name: "Harrod's" in it is not completed ("Charles
  Henry Harrod's Stores Limited").

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_BODY = ("Its founder, Ann Vell, was born at Kask in 1870; he opened the first shop, and he "
         "ran it for thirty years. Vell's nephew, he said, kept Vell's name. He died in 1940.")


def _life(title: str, opening: str) -> tuple[str, str] | None:
    from quiz.generate.documents import main_person
    return main_person(title, [opening, _BODY])


@given(st.sampled_from(["El Corte Vell, S.A. is a Spanish retail group",
                        "The Galeries Vell is a Paris department store",
                        "Vell is a department store on the Brompton Road",
                        "Vell is a Kaskian chain of department stores and a retailer"]))
def test_a_retail_group_or_a_department_store_is_no_life(opening: str) -> None:
    title = opening.split(" is ")[0].removeprefix("The ").removesuffix(", S.A.")
    assert _life(title, f"{opening}, with its head office in Kask.") is None


@given(st.sampled_from(["an English churchman and university administrator",
                        "a Kaskian school teacher", "a bank clerk and poet",
                        "a magazine editor"]))
def test_a_person_whose_trade_names_a_body_is_a_life(trade: str) -> None:
    assert _life("Ann Vell", f"Ann Vell was {trade}, born at Kask.") == ("Ann Vell", "he")


@given(st.sampled_from(["a French daily newspaper published in Paris", "an island nation",
                        "a volcanic island in the Kaskian Sea"]))
def test_guard_a_kind_noun_before_a_participle_or_another_kind_is_no_life(kind: str) -> None:
    assert _life("Le Vell", f"Le Vell is {kind}.") is None


@given(st.sampled_from(["Stores Limited", "Stores", "Bank"]))
def test_a_companys_name_after_a_possessive_is_not_completed(rest: str) -> None:
    from quiz.generate.names import with_full_names
    question = f"In what year did Vell's {rest} become Vells Limited?"
    assert with_full_names(question, "1920", {"Vell": "Charles Henry Vell"}) == question


def test_guard_a_possessive_before_a_common_noun_is_completed() -> None:
    from quiz.generate.names import with_full_names
    question = "In what year did Vell's nephew open the shop?"
    assert with_full_names(question, "1920", {"Vell": "Charles Henry Vell"}) == (
        "In what year did Charles Henry Vell's nephew open the shop?")
