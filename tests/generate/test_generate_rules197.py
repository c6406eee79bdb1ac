"""Rule pass 197, from rounds 465, 480 and 481 (heldout457, heldout472, heldout473): an
agreement's name that ran on into the subject after it ("By the Treaty of Louviers Richard
ceded Gisors", "By the Treaty of Arras Philip the Good was reconciled") was blanked whole; it is
refused when the document writes the name, or the words after it, without the other more often
than with it. Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.pipeline import _runs_on


@given(st.sampled_from(["Ivo", "Maria Tamm", "Olav II"]))
def test_a_name_run_on_into_its_subject_is_refused(person: str) -> None:
    body = (f"By the Treaty of Vell {person} ceded Zell to Kaldora in 1196. The Treaty of Vell "
            f"was broken within two years, and {person} died in 1199.")
    kept, left = _run(body)
    assert f"Treaty of Vell {person}" not in kept.values(), kept
    assert any("runs on" in why for why in left.values()), left


def test_a_place_of_two_words_is_not_a_run_on() -> None:
    """(guard: "the Treaty of San Vell", written so every time; it fails on the code before
    only as _runs_on was not there)"""
    text = "The Treaty of San Vell was signed in 1878. The Treaty of San Vell ended the war."
    assert not _runs_on("Treaty of San Vell", text)
