"""Rule passes 65 and 66, from rounds 72-75: a "then" that points back to the sentence before was
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


def test_the_year_a_memoir_or_a_commissions_report_came_out_is_not_asked() -> None:
    """Pass 66 (rounds 19-73): readers rejected 4 of 5 such cards as trivial. A report that is
    an act of policy ("the Dorn report was published on ...") is still asked."""
    body = ("Ivo Tamm's memoirs, Unfinished Battles, appeared in 1969. Tamm also sat on the "
            "Kell Commission, whose report, Common Ground, was published in 1982. The Dorn "
            "report on the future of Vell was published on 1 August 1962.")
    prepared = _prepared_titled("Ivo Tamm", body)
    answers = {c.answer for c in prepared.candidates}
    assert "1969" not in answers and "1982" not in answers, answers
    assert "1 August 1962" in answers, answers


def test_then_after_the_aside_of_a_which_question_is_dropped() -> None:
    """Pass 72 (round 78): "Which protocol, signed on 7 October 1864, then fixed ..."."""
    assert without_then("Which protocol, signed on 7 October 1864, then fixed the frontier?") == (
        "Which protocol, signed on 7 October 1864, fixed the frontier?")
