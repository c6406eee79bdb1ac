"""Rule pass 327, from rounds 1309-1316 (heldout1301-1308) as both readers judged them:

- "did the Apollo Belvedere and the Apoxyomenos find in Trastevere?": a list's "found in
  Trastevere in 1849" read as the things' own act, the question ending at the place, is refused
  (rounds 156-1316 kept none of 6 such verdicts);
- "Baron Ludwig II von der Pfordten" (round 1321's first readers): a given name before its
  particle and family name is not completed with another person's name.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["find in Kask", "discover at Vell", "find?"]))
def test_a_finds_passive_read_as_the_things_act_is_refused(ending: str) -> None:
    from quiz.generate.quality import _FOUND_READ_AS_ACTIVE
    assert _FOUND_READ_AS_ACTIVE.search(f"In what year did the Dorn Apollo and the Vell Head "
                                        f"{ending}{'' if ending.endswith('?') else '?'}")


def test_a_guard_a_finders_object_after_the_place_is_kept() -> None:
    from quiz.generate.quality import _FOUND_READ_AS_ACTIVE
    assert not _FOUND_READ_AS_ACTIVE.search(
        "In what year did Ivo Kask find near Vell a limestone that yielded cement?")


@given(st.sampled_from(["von der Vell", "de Vell", "van Vell"]))
def test_a_given_name_before_its_particle_is_not_completed(family: str) -> None:
    from quiz.generate.names import with_document_names
    text = f"King Ivo II built the castle. Ivo loved it. Baron Ivo {family} was minister."
    question = f"In what year did Baron Ivo {family} resign?"
    assert with_document_names(question, "1866", text)[0] == question


def test_a_guard_a_bare_given_name_is_still_completed() -> None:
    from quiz.generate.names import with_document_names
    text = "King Ivo II built the castle. Ivo loved it. Baron Oskar von der Vell was minister."
    asked = with_document_names("In what year did Ivo visit the castle?", "1866", text)[0]
    assert asked == "In what year did Ivo II visit the castle?", asked
