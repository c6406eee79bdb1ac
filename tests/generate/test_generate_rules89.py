"""Rule pass 89, from rounds 92-93 (heldout88, heldout89): "the St Petersburg Protocol, by which
Britain and Russia agreed" was cut to "..., by which Britain?"; "before he can leave" stayed in
the present in a past question; "Truman did so before Congress", "had been signed days
earlier", "did the mission reach Liverpool" and "a fortnight after the signature" point to
another sentence; "Elizabeth died ..., and her successor, Peter III, ..., halted" was asked as
one question; "Aigun, the garrison town on the Amur, in May 1858 with a flotilla" lost the comma
that closed the apposition; "The palace, a hunting lodge begun in ____ for ..." has no verb;
"What convention did a defensive agreement signed shortly after Britain and Prussia conclude?"
took a subordinate clause for the subject; "President of the Board" left out "of Trade"; a bare
"Yaqub" or "Joseph" was not written as "Yaqub Khan" or "Archduke Joseph". Every sentence here is
invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.clauses import date_question
from quiz.generate.names import document_full_names
from quiz.generate.tense import entry_in_the_past


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


def test_the_subject_of_a_relative_clause_is_not_cut_at_its_and() -> None:
    asked = _asked("On 4 April 1826 Ivo Tamm signed the Protocol of Vell, by which Kaldora and "
                   "Ostria agreed to mediate.", "4 April 1826")
    assert asked is not None and not asked.endswith("by which Kaldora?"), asked


def test_can_goes_into_the_past_with_the_rest_of_the_entry() -> None:
    assert entry_in_the_past("Ivo Tamm dies at Vell before he can leave for the congress") == (
        "Ivo Tamm died at Vell before he could leave for the congress")


def test_did_so_points_to_another_sentence() -> None:
    kept, left = _run("The war in Vell was over. Ivo Tamm did so before the Kaldoran Diet on 12 "
                      "March 1947, announcing what became known as the Tamm Doctrine.")
    assert not any("did so" in q for q in kept), kept
    assert any("did so" in q and reason.startswith("vague") for q, reason in left.items()), left
    # control: "without instructions to do so" says what within the question
    kept, _ = _run("On 12 December 1846 Ivo Tamm agreed to the guarantee without instructions to "
                   "do so and signed the Treaty of Vell.")
    assert any("to do so" in q for q in kept), kept


def test_days_earlier_counts_from_an_event_the_question_does_not_give() -> None:
    kept, _ = _run("The Treaty of Vell and the mutual defence treaty with Ostria had been signed "
                   "days earlier.")
    assert not any("days earlier" in q for q in kept), kept
    # control: "a fortnight later than planned" says from what
    kept, _ = _run("Kaldora was proclaimed a republic on 16 September 1963, a fortnight later "
                   "than planned.")
    assert any("later than planned" in q for q in kept), kept


@given(st.sampled_from(["days", "weeks", "months", "a week", "a fortnight", "a month", "two days",
                        "eleven days", "some weeks"]),
       st.sampled_from(["earlier", "later", "afterwards"]))
def test_no_relative_time_without_its_date_is_asked_of_a_treaty(span: str, way: str) -> None:
    kept, _ = _run(f"Kaldora and Ostria had signed the Treaty of Vell {span} {way}.")
    assert not any(f"{span} {way}" in q for q in kept), kept


def test_the_mission_and_the_signature_are_not_named() -> None:
    kept, _ = _run("The mission landed at Port Vell on 15 January 1872. Kaldora declared war on "
                   "Ostria on 1 August 1894, a fortnight after the signature.")
    assert not any("the mission" in q or "the signature" in q for q in kept), kept
    # control: "the mission to Ostria" says which
    kept, _ = _run("The mission to Ostria landed at Port Vell on 15 January 1872.")
    assert any("mission to Ostria" in q for q in kept), kept


def test_a_possessive_subject_after_a_comma_and_opens_a_second_clause() -> None:
    asked = _asked("Queen Mara died on 5 January 1762 (New Style), and her successor, Ivo III, "
                   "an open admirer of the Kaldoran king, at once halted operations.",
                   "5 January 1762")
    assert asked == "On what date did Queen Mara die (New Style)?", asked


def test_the_comma_that_closes_an_apposition_stays() -> None:
    asked = _asked("Ivo Tamm arrived at Vell, the garrison town on the Dorn, in May 1858 with a "
                   "flotilla and troops.", "May 1858", "in what month and year")
    assert asked == ("In what month and year did Ivo Tamm arrive at Vell, the garrison town on "
                     "the Dorn, with a flotilla and troops?"), asked


def test_a_subject_and_its_apposition_alone_are_no_fill_in() -> None:
    kept, left = _run("The palace of Vell, a hunting lodge begun in 1721 for Prince Ivo while he "
                      "was still a boy and stripped of its furniture during the war, survives as "
                      "a museum.")
    assert not any(q.startswith("The palace of Vell, a hunting lodge begun in ____") for q in kept)
    # control: an opening phrase, then a clause, is a statement
    kept, left = _run("Within Kaldora, the shock of defeat and the siege of the capital helped "
                      "bring about the introduction of absolute monarchy in the autumn of 1660.")
    assert not any("apposition" in reason for reason in left.values()), left


def test_a_subordinate_clause_is_no_part_of_the_subject() -> None:
    kept, _ = _run("Under Ivo Tamm's guidance, Kaldora sought an alliance with its old rival "
                   "Ostria, and the \"Diplomatic Revolution\" of 1756 produced the Treaty of Vell "
                   "of 1 May 1756, a defensive agreement signed shortly after Kaldora and Ostria had "
                   "concluded the Convention of Dorn on 16 January 1756.")
    assert not any(q.startswith("What convention did a defensive agreement") for q in kept), kept


def test_a_phrase_opened_by_after_is_not_a_subordinate_clause_alone() -> None:
    kept, _ = _run("After Ivo Tamm's overthrow in September 1955 the new military government "
                   "asked Lev Dorn for advice.")
    assert "September 1955" in kept.values(), kept


def test_the_board_is_written_with_the_name_the_sentence_gives() -> None:
    kept, _ = _run("The agreement was signed at the Board of Trade by Sir Ivo Tamm, President of "
                   "the Board, and by Lev Dorn, Commissary for Foreign Trade, on 16 March 1921.")
    offices = [q for q in kept if "President of the Board" in q] + [
        a for a in kept.values() if "President of the Board" in a]
    assert offices and all("Board of Trade" in o for o in offices), kept


def test_a_name_ending_and_a_rank_complete_a_bare_given_name() -> None:
    text = ("Amir Mohammad Vello Khan signed the treaty on 26 May 1879. Vello opened "
            "correspondence in March 1879. The eldest son, Archduke Ivo, was named heir; Ivo was "
            "duly elected at Dorn on 27 March 1764.")
    assert document_full_names("Vello", text) == {"Vello Khan"}
    assert document_full_names("Ivo", text) == {"Archduke Ivo"}
    prepared = _prepared_titled("Treaty of Vell", text)
    asked = [c.question for c in prepared.candidates]
    assert any("Vello Khan open" in q for q in asked), asked
