"""Rule pass 348, from rounds 1453-1460's first readers (heldout1445-1452, zoos):

- "the first giant panda conceived naturally and bear in a European zoo": an apposition's two
  participles are no verbs of the question's "did" (round 1454);
- "did Walter Van den bergh become director, an office he holds for about thirty years?": a
  pronoun's present after the asked one goes into the past with it (round 1458);
- "did the five-storeyed pagoda rebuild, an Important Cultural Property, ...?": a fact sheet's
  participle read as an act, with no object, is refused (round 1460).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from([("conceived naturally", "born"), ("bred", "raised"),
                        ("caught", "kept")]))
def test_an_apposition_s_participles_are_no_verbs_of_did(parts: tuple[str, str]) -> None:
    from quiz.generate.clauses import invert
    first, second = parts
    asked = invert(f"Ann Tamm gave birth to Ivo, the first bear {first} and {second} in Vell.",
                   "on what date in 2007")
    assert asked is not None and f"{first} and {second} in Vell" in asked, asked


def test_a_guard_a_second_act_after_and_still_takes_did() -> None:
    from quiz.generate.clauses import invert
    assert invert("Ivo Tamm left Vell, the capital, and sailed to Kask.", "in what year") == (
        "In what year did Ivo Tamm leave Vell, the capital, and sail to Kask?")


@given(st.sampled_from([("holds", "held"), ("keeps", "kept"), ("remains", "remained")]))
def test_a_pronoun_s_present_after_the_asked_one_goes_into_the_past(verbs: tuple[str, str]) -> None:
    from quiz.generate.clauses import date_question
    present, past = verbs
    rest = "an office he holds" if present == "holds" else f"a post he {present} in"
    text = f"1945: Ivo Tamm becomes director, {rest} for about thirty years."
    asked = date_question(text, 0, 4, "in what year")
    assert asked is not None and f" {present} " not in asked and f" {past} " in asked, asked


@given(st.sampled_from(["rebuild", "erect", "renovate"]))
def test_a_participle_line_read_as_an_act_before_an_apposition_is_refused(verb: str) -> None:
    from quiz.generate.leaning import leaning_faults
    found = leaning_faults(f"Vell Zoo: In what year did the old pagoda {verb}, an Important "
                           "Cultural Property, in the East Garden?")
    assert any(verb in fault for fault in found), found


def test_a_guard_an_object_verb_before_an_apposition_is_kept() -> None:
    from quiz.generate.leaning import leaning_faults
    assert leaning_faults("In what year did Ivo Tamm leave, the capital burning?") == []
