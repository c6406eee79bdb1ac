"""Rule pass 53, from rounds 63-64: a timeline's plural subject read as a name and its verb
("Customs controls on the borders are lifted" asked "did customs control ... are lifted"), and
a present verb left in a later clause of a question asked in the past ("was the suspension
lifted after Mara Dorn takes office", "the protests that bring down"). Every sentence here is
invented. Each test but the guards fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.tense import entry_in_the_past, rest_in_the_past


def test_a_plural_subject_before_a_passive_is_no_name_and_verb() -> None:
    kept, _ = _run("## 2011\n\n- 1 July: Customs controls on the internal borders of Kaldora "
                   "and Vesteria are lifted.")
    assert kept == {"On what date in 2011 were customs controls on the internal borders of "
                    "Kaldora and Vesteria lifted?": "1 July"}, kept
    kept, _ = _run("## 2012\n\n- 3 May: Passport checks between Kaldora and Vesteria are "
                   "abolished.")
    assert not any("did" in q for q in kept) and kept, kept


def test_a_verb_before_a_passive_of_another_clause_is_still_put_in_the_past() -> None:
    assert entry_in_the_past("Ivo Tamm controls the border and Vesteria is admitted.") == (
        "Ivo Tamm controlled the border and Vesteria was admitted.")


def test_a_later_clause_follows_the_question_into_the_past() -> None:
    assert rest_in_the_past("In what year was the suspension lifted after Mara Dorn takes "
                            "office on 15 August?") == (
        "In what year was the suspension lifted after Mara Dorn took office on 15 August?")
    assert rest_in_the_past("On what date did Kaldora sign the pact, setting off the protests "
                            "that bring down President Ivo Tamm?") == (
        "On what date did Kaldora sign the pact, setting off the protests that brought down "
        "President Ivo Tamm?")


def test_the_main_verb_and_a_names_particle_are_left_alone() -> None:
    broken = "In what month and year did a Kell commission of inquiry arrives in Dorn?"
    assert rest_in_the_past(broken) == broken  # (left out by present_left, not made "arrived")
    named = ("On what date did Kaldora proclaim the republic, with Ivo Xavier do Amaral as "
             "president, when the army withdraws?")
    assert "do Amaral" in rest_in_the_past(named) and "withdrew" in rest_in_the_past(named)


def test_a_year_range_label_is_no_part_of_a_fill_in() -> None:
    """Pass 54: "1855–1890: Responsible government is introduced ... in ____" kept the label."""
    kept, _ = _run("## 1855\n\n- **1855–1890:** Responsible government is introduced in "
                   "Kaldora and Vesteria (1855–1857), in Trell, separated from Kaldora in 1859, and "
                   "finally in Dorn in 1890.")
    assert not any(q.startswith("1855–1890") for q in kept), kept
