"""Rule pass 125, from rounds 193-196: "those involved" made "the involved" (a pronoun and its
participle taken for a demonstrative and its noun), and "those killed" taken for ones another
sentence names; a state's name in its own language given as a person's full name ("Jamhuuriyadda
Somaliland"); a noun phrase glued on after ", and" ("Which acts restricted aid to belligerents,
and an amendment sponsored by Senator Walsh?"); an active past with its object after a "was"
question's "and" ("was the new Queen born at Soestdijk Palace and spent most of the war").
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.anaphora import unresolved
from quiz.generate.names import document_full_names
from quiz.generate.quality import _AND_NOUN_PHRASE_END, _clause_after_did


@given(st.sampled_from(["involved", "killed", "arrested", "wounded"]))
def test_those_and_a_participle_are_people_not_a_pointer(participle: str) -> None:
    kept, _ = _run(f"## 1975\n\n- **26 September 1975** — Ivo Tamm issues the Indemnity Ordinance, "
                   f"protecting those {participle} in the August killings from prosecution.\n")
    assert not any(f"the {participle} in" in question for question in kept)
    assert unresolved(f"Fighting broke out in Vell in ____, and Ivo Tamm was among those "
                      f"{participle}.") is None


def test_a_guard_those_and_a_noun_still_point_elsewhere() -> None:
    """Guard."""
    assert unresolved("Ivo Tamm signed the treaty among those delegates in ____.") is not None


def test_a_states_name_is_no_persons() -> None:
    text = ("The Republic of Kaldoria (Jamhuuriyadda Kaldoria) declared itself independent in "
            "1991. Kaldoria has its own army. Kaldoria holds elections. Kaldoria forces took "
            "Vell in 2007.")
    assert document_full_names("Kaldoria", text) == frozenset()


def test_a_noun_phrase_glued_on_after_and_is_refused() -> None:
    assert _AND_NOUN_PHRASE_END.search("Which acts restricted aid to belligerents, and an "
                                       "amendment sponsored by Senator Ivo Tamm?")


def test_a_guard_a_clause_after_and_with_its_verb_is_not_a_noun_phrase() -> None:
    """Guard."""
    assert not _AND_NOUN_PHRASE_END.search("Which acts restricted aid to belligerents, and an "
                                           "amendment sponsored by Senator Ivo Tamm, barred "
                                           "what?")


def test_an_active_past_with_its_object_after_a_was_questions_and_is_glued_on() -> None:
    assert _clause_after_did("On what date was the new Queen born at Vell Palace and spent most "
                             "of the war with her mother in exile in Ostra?")


@given(st.sampled_from([
    "On what date was Ivo Tamm elected President and awarded the Order of Vell?",
    "On what date was the treaty signed and ratified by the Senate?"]))
def test_a_guard_a_passive_pair_is_one_clause(question: str) -> None:
    """Guard."""
    assert not _clause_after_did(question)
