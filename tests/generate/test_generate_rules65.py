"""Rule pass 65, from rounds 72-75: a "then" that points back to the sentence before was
kept after "did" ("did Thailand then join", "did Angela Merkel then steer"), and a cloze
opened with "Shortly afterwards, on ____, ...". Every sentence here is invented. Each test
fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled

from quiz.generate.trim import without_then


def test_then_after_did_and_a_named_subject_is_dropped() -> None:
    assert without_then("On what date did Kaldora then join the other participants?") == (
        "On what date did Kaldora join the other participants?")


def test_a_cloze_does_not_open_with_shortly_afterwards() -> None:
    body = ("Kaldora and Vesteria signed the Treaty of Dorn in Kell on 27 October 1795. Shortly "
            "afterwards, on 22 July 1796, Vesteria made peace with Ostria at Vell, and Ivo Tamm "
            "received the title of Prince of the Peace.")
    prepared = _prepared_titled("Kell politics", body)
    asked = [c.question for c in prepared.candidates if c.answer == "22 July 1796"]
    assert asked and not any("fterwards" in q for q in asked), asked
