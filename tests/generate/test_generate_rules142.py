"""Rule pass 142, from rounds 241-244: a title naming an event or a work after a person ("Pullman
Strike", "Jameson Raid", "Hoover Dam") is no biography's person ("he" of George Pullman had been
written as "Pullman Strike": "did Pullman Strike declare himself a socialist"). Every sentence
here is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import main_person

_TEXT = ("Ivo Tamm built a model town in 1880. Tamm was a hard employer, and he cut wages in "
         "1893. His workers struck in May 1894, and Tamm refused to talk to them. He had built "
         "his fortune on sleeping cars. Tamm died in 1897, and he was buried at night.")


@given(st.sampled_from(["Strike", "Raid", "Boycott", "Expedition", "Dam", "Canal", "Corps"]))
def test_an_event_or_work_named_after_a_person_is_no_biography(head: str) -> None:
    assert main_person(f"Tamm {head}", [_TEXT]) is None
    assert main_person(f"Ivo Tamm {head}", [_TEXT]) is None


def test_a_persons_name_is_still_a_biography() -> None:
    """(guard)"""
    assert main_person("Ivo Tamm (1831–1897)", [_TEXT]) == ("Ivo Tamm", "he")
