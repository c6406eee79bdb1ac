"""Rule pass 267, from rounds 925-932 (heldout917-924), after they were judged (no batch has
judged it):

- "did Spanish troops land from galleys burn Mousehole ...?" (a plural noun, a participle's
  phrase and the present verb, read as two acts of the subject);
- "did Charles II order the Commissioners ... to have the buildings?" (the two objects of a
  causative "have", "the buildings and ordnance of the Bass surveyed", cut at their "and").

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from([("landed from galleys", "burn"), ("carried in boats", "sack")]))
def test_a_participles_phrase_after_a_plural_subject_keeps_the_verb(said: tuple[str, str]) -> None:
    phrase, verb = said
    body = (f"## 1595\n\n- 23 July: Kellish troops {phrase} {verb} Lerno, Dorn and Vesk on the "
            f"western shore of Vell Bay.\n")
    asked = [q for q in _kept(body) if "Lerno" in q]
    assert asked and all(f"troops {phrase} {verb} Lerno" in q for q in asked), asked


@given(st.sampled_from(["surveyed", "repaired"]))
def test_the_two_objects_of_a_causative_have_are_kept_whole(participle: str) -> None:
    body = (f"## 1671\n\n- 21 January: Writing from Lerno, King Ivo II orders the Commissioners "
            f"of the Treasury of Vell to have the buildings and ordnance of the Rock "
            f"{participle}.\n")
    asked = [q for q in _kept(body) if "Commissioners" in q]
    assert asked and all(q.endswith(f"ordnance of the Rock {participle}?") for q in asked), asked


def test_a_guard_a_second_clause_after_and_is_still_cut() -> None:
    body = ("## 1671\n\n- 21 January: King Ivo II orders the Commissioners of Vell to have the "
            "buildings surveyed, and the governor resigned his post.\n")
    assert not [q for q in _kept(body) if "governor" in q]
