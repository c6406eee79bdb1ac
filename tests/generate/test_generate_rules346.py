"""Rule pass 346, from rounds 1445-1452's first readers (heldout1437-1444, botanical gardens):

- "On what date did Desmond Lee plant a mempat tree?": a text's "Lee Kuan Yew" and "Lee Hsien
  Loong" (the family name first, then two given names, though "lee" and "yew" are words) are
  people a bare "Lee" may be (round 1448);
- "did Merrill succeed Elizabeth Gertrude Britton?": "Nathaniel Lord Britton", whose middle name
  is "Lord", is one more person a bare "Britton" may be (round 1451);
- "was the United Kingdom ratified?": a country's "ratified" is its own act, no passive (round
  1445);
- pass 345's refusal of "did ... inaugurate?" over asides is kept to the verbs that never stand
  without an object (round 1445's "did the Duke of Edinburgh, Prince Philip, visit?" had been
  refused with it).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from([("Lee", "Kuan Yew", "Boon Yang"), ("Goh", "Chok Tong", "Keng Swee")]))
def test_a_family_name_first_with_two_given_names_is_a_person(names: tuple[str, str, str]) -> None:
    from quiz.generate.names import document_full_names
    family, first, second = names
    text = (f"Vell Gardens\n\nPrime Minister {family} {first} planted a tree on 16 June 1963. "
            f"{family} {second}, a minister, spoke. Desmond {family} opened the hall. {family} "
            "planted another.\n")
    found = document_full_names(family, text)
    assert {f"{family} {first}", f"{family} {second}", f"Desmond {family}"} <= found, found


@given(st.sampled_from(["Nathaniel", "Ivo", "Karl"]))
def test_a_middle_name_lord_is_no_rank(given_name: str) -> None:
    from quiz.generate.names import document_full_names
    text = (f"Vell Garden\n\n{given_name} Lord Tamm was its first director. His wife, Ann Gertrude "
            "Tamm, studied mosses. Tamm retired in 1929.\n")
    assert f"{given_name} Lord Tamm" in document_full_names("Tamm", text)


@given(st.sampled_from(["United Kingdom", "France", "Kenya"]))
def test_a_country_s_ratification_is_no_passive(country: str) -> None:
    from quiz.generate.clauses import date_question
    the = "The " if country == "United Kingdom" else ""
    text = f"{the}{country} ratified in June 1994."
    at = text.index("June")
    asked = date_question(text, at, at + 9, "in what month and year")
    assert asked is None or f"was {the.lower()}{country} ratified" not in asked, asked


def test_a_guard_a_treaty_s_signing_is_still_asked() -> None:
    from quiz.generate.clauses import date_question
    text = "The Treaty of Vell, signed in June 1994."
    at = text.index("June")
    assert date_question(text, at, at + 9, "in what month and year") == (
        "In what month and year was the Treaty of Vell signed?")


@given(st.sampled_from(["visit", "leave", "attend"]))
def test_a_verb_whose_object_may_be_the_label_s_keeps_its_aside(verb: str) -> None:
    from quiz.generate.leaning import leaning_faults
    found = leaning_faults(f"Vell Island: On what date did the Duke of Kask, Prince Ivo, {verb}?")
    assert not any(verb in fault for fault in found), found
