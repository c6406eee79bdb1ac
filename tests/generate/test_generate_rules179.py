"""Rule pass 179, from rounds 373-376: "did Twenty-five CRPF personnel die" lowers its count
("personnel", "police": plurals with no -s); "when police open fire" goes into the past with its
question ("open fire", "take power": a set phrase after a plural); "a further agreement ... deals
with the citizenship of Gorkhas settled in India" is asked of "deal", not "settle" (a participle
after "of" and a plural describes it); "the Chief Minister of West Bengal, Mamata Banerjee" is
no "Chief Minister of West" held by "Bengal Mamata Banerjee". Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import _common_noun_lowered, invert
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.sentences import Sentence
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["personnel", "police", "staff"]))
def test_a_count_of_a_plural_with_no_s_is_lowered(noun: str) -> None:
    assert _common_noun_lowered(f"Twenty-five KRPF {noun}") == f"twenty-five KRPF {noun}"


def test_a_count_inside_a_name_keeps_its_capital() -> None:
    """(guard: "Thirty Years War")"""
    assert _common_noun_lowered("Thirty Years War") == "Thirty Years War"


@given(st.sampled_from(["police open fire", "the Kell troops open fire", "rebels take power"]))
def test_a_plurals_set_phrase_goes_into_the_past(clause: str) -> None:
    past = clause.replace("open", "opened").replace("take", "took")
    assert entry_in_the_past(f"Ivo Tamm is killed when {clause} at Vell.") == (
        f"Ivo Tamm was killed when {past} at Vell.")


@given(st.sampled_from(["Gorkhas", "Kellish traders", "refugees"]))
def test_a_participle_after_of_and_a_plural_is_no_verb(people: str) -> None:
    body = (f"A further agreement between the Centre and the Vell Front dealt with the "
            f"citizenship of {people} settled in Zell.")
    assert invert(body, "on what date") == (
        f"On what date did a further agreement between the Centre and the Vell Front deal with "
        f"the citizenship of {people} settled in Zell?")


@given(st.sampled_from(["West Bengal", "Upper Kell", "New Zell"]))
def test_an_office_a_comma_closes_keeps_its_place(place: str) -> None:
    text = f"Ivo Tamm, the Chief Minister of {place}, Ann Sorel, and Bo Lind sat beside them."
    doc = Document(Path("a.txt"), f"T\n\n{text}\n", "T")
    roles = {(f.answer, f.role) for f in find_facts(Sentence(text, 3), doc)}
    assert ("Ann Sorel", f"Chief Minister of {place}") in roles
    assert not any(answer.endswith("Ann Sorel") and answer != "Ann Sorel" for answer, _ in roles)


def test_a_given_name_left_in_an_office_is_still_moved() -> None:
    """(guard: "Minister of Mines and Hydrocarbons Valentín Hernández Acosta")"""
    text = "Minister of Mines and Hydrocarbons Valentín Hernández Acosta signed it."
    doc = Document(Path("a.txt"), f"T\n\n{text}\n", "T")
    assert [(f.answer, f.role) for f in find_facts(Sentence(text, 3), doc)] == [
        ("Valentín Hernández Acosta", "Minister of Mines and Hydrocarbons")]
