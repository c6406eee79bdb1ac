"""Rule pass 49, from the faults readers found in rounds 58 and 59 (heldout56 and heldout57,
judged before any of these rules was written): an opening phrase of the sentence left between
the auxiliary and the subject ("In what year was Back in Tennessee, Cordell Hull appointed");
a second clause left in the present after "did" ("did tanks surround the palace and Lampson
forces Farouk"); a plural title before one name, its list cut ("sponsored by Senators Daniel
Akaka?"). Pass 50, from rounds 61-62: a three-word name cut by an office "of State" ("Secretary
of State Charles" / "Evans Hughes"), a surname filled out inside an agreement's name ("the Robert
Lansing–Ishii Agreement"), a lead-in read into an office ("As Mr Uribe's Defence Minister").
Every sentence here is invented. Each test but the guard fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled, _run


def test_an_opening_phrase_goes_before_the_wh_phrase() -> None:
    title = "Ivo Tamm (1871–1955)"
    body = ("Ivo Tamm was born in Kell in 1871. Tamm served as captain in the Kell war of 1898. "
            "Back in Vell he was appointed in 1903 judge of the Fifth Judicial Circuit, and was "
            "known for the rest of his life as the Judge. Exhausted and suffering from "
            "tuberculosis, Tamm entered hospital in October 1944. He died in 1955, and Tamm was "
            "buried in Kell.")
    prepared = _prepared_titled(title, body)
    asked = [c.question for c in prepared.candidates if "judge" in c.question
             or "hospital" in c.question]
    assert asked, [c.question for c in prepared.candidates]
    assert not any("was Back" in q or "did exhausted" in q for q in asked), asked


def test_a_subject_with_an_absolute_phrase_is_not_taken_for_an_opening() -> None:
    kept, _ = _run("On 18 July 1971 six rulers, Ras Kell holding back, agreed in Harrow to form "
                   "the Union of Vell under a provisional constitution.")
    assert not any(q.startswith("Six rulers,") for q in kept), kept


def test_a_second_clause_left_in_the_present_is_refused() -> None:
    kept, _ = _run("## 1942\n\n- **4 February 1942** – Vellish tanks surround the Harrow Palace "
                   "and Tamm forces Benn to appoint Ros Prime Minister.\n")
    assert not any("Tamm forces" in q for q in kept), kept


def test_a_plural_title_before_one_name_is_a_cut_list() -> None:
    kept, _ = _run("## 1993\n\n- **23 November 1993:** President Bill Tamm signs Public Law "
                   "103-150, the Apology Resolution sponsored by Senators Ivo Ros and Karl Benn, "
                   "acknowledging the role of Vellish agents in the overthrow of 1893.\n")
    assert not any(q.endswith("Senators Ivo Ros?") for q in kept), kept


def test_a_three_word_name_after_an_office_of_state_is_kept_whole() -> None:
    kept, left = _run("The Harrow Conference, which opened on 12 November 1921 under Secretary of "
                      "State Ivo Evans Tamm, addressed the Pacific questions collectively. Tamm "
                      "exchanged notes cancelling the Lerno–Ros Agreement on 14 April 1923.")
    questions = [*kept, *left]
    assert not any("Secretary of State Ivo?" in q or kept.get(q) == "Secretary of State Ivo"
                   for q in questions), kept
    assert any("Ivo Evans Tamm" in q for q in questions), questions
    assert not any("Ivo Evans Tamm–Ros" in q or "Evans Tamm–Ros" in q for q in questions)


def test_a_lead_in_is_no_part_of_an_office() -> None:
    prepared = _prepared_titled("Kell", "As Mr Benn's Defence Minister, Ivo Tamm oversaw the "
                                "Vellish offensive of March 2008 against the rebels in Kell.")
    offices = [c.answer for c in prepared.candidates if "position" in c.question] + [
        r.candidate.answer for r in prepared.rejected if "position" in r.candidate.question]
    assert offices and not any(a.startswith(("As ", "Mr ")) for a in offices), offices
