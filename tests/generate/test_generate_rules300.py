"""Rule pass 300, from rounds 1149-1156 (heldout1141-1148) as their first readers judged them:

- "On what date did D'Ogeron die in Paris" (of a sentence that opened "D'Ogeron died": the
  elided particle kept its capital inside the question, as "D'Elbée" did in round 1114, where
  the document writes "d'Ogeron" mid-sentence).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import particles_as_written


@given(st.sampled_from(["Ogeron", "Elbée", "Arvieux"]))
def test_an_elided_particle_is_written_as_the_document_writes_it_mid_sentence(name: str) -> None:
    text = f"In 1665 the king chose d'{name} as governor. D'{name} died in Paris in 1676."
    assert particles_as_written(f"On what date did D'{name} die in Paris?", text) == (
        f"On what date did d'{name} die in Paris?")


def test_a_guard_a_name_the_document_always_capitalises_keeps_it() -> None:
    text = "D'Arcy came in 1901. The Anglo-Persian concession went to D'Arcy."
    assert particles_as_written("In what year did D'Arcy come?", text) == (
        "In what year did D'Arcy come?")
