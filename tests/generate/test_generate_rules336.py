"""Rule pass 336, from rounds 1365-1372 (heldout1357-1364, ports) as both readers judged them:

- a subject, the participle describing it and one phrase, then the subject's present verb, is
  put in the past at that verb ("An American bombing raid aimed at the port falls on the
  district": round 1365 asked "did ... raid aim at the port falls on");
- "found" before "their shipyard", a firm, a club or works is the present of "found" (round
  1366 asked "did Hermann Blohm and Ernst Voss find their shipyard");
- a one-word name listed with places of the text, and with no one else the text names, is a
  place ("opening Valparaíso, Coquimbo, Talcahuano and Valdivia": round 1371 wrote "Pedro de
  Valdivia", the conquistador, for the port);
- a participle left alone between commas when its date was taken out ("did the Treaty of
  Jassy, signed, confirm the cession") is refused (0 of 4 such verdicts kept).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from([("falls on", "fell on"), ("strikes the", "struck the"),
                        ("lands in", "landed in")]))
def test_a_subject_described_by_a_participle_has_its_verb_put_in_the_past(
        verbs: tuple[str, str]) -> None:
    from quiz.generate.tense import entry_in_the_past
    present, past = verbs
    text = f"A Kaldoran bombing raid aimed at the docks {present} district of Vell."
    assert f"docks {past} district" in entry_in_the_past(text)


def test_a_guard_a_participle_phrase_with_no_verb_after_it_is_left() -> None:
    from quiz.generate.tense import entry_in_the_past
    text = "Kask signs the treaty drafted at Vell."
    assert entry_in_the_past(text) == "Kask signed the treaty drafted at Vell."


@given(st.sampled_from(["shipyard", "firm", "club", "factory"]))
def test_found_before_a_firm_is_the_present_of_found(thing: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    text = f"Anna Kask and Paul Tamm found their {thing} on Vell Island."
    assert f"founded their {thing}" in entry_in_the_past(text)


def test_a_guard_found_before_a_person_is_still_the_past_of_find() -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("The police found their leader on Vell Island.") == (
        "The police found their leader on Vell Island.")


@given(st.sampled_from(["Valdivia", "Kaskara", "Tammsaare"]))
def test_a_name_listed_with_places_is_a_place_not_a_man(name: str) -> None:
    from quiz.generate.names import with_document_names
    text = (f"# Ports of Vell\n\nIn 1541 Governor Pedro de {name} founded a fort.\n\n"
            f"Ships were built in Valparaíso and in Coquimbo in 1600.\n\n"
            f"21 February 1811: the junta opens Valparaíso, Coquimbo, Talcahuano and {name} "
            "to neutral ships.\n")
    question = (f"On what date in 1811 did the junta open Valparaíso, Coquimbo, Talcahuano and "
                f"{name} to neutral ships?")
    written, _ = with_document_names(question, "21 February", text)
    assert f"Pedro de {name}" not in written


def test_a_guard_a_list_of_men_is_still_completed() -> None:
    from quiz.generate.names import _listed_as_a_place
    text = ("# Vell\n\nGeneral Paul Bazaine and General Jan Canrobert met Anna Kask.\n\n"
            "France, Bazaine, Canrobert and Kask agreed in 1870.\n")
    assert not _listed_as_a_place("Kask", "Did France, Bazaine, Canrobert and Kask agree?", text)


@given(st.sampled_from(["signed", "concluded", "ratified"]))
def test_a_participle_alone_between_commas_is_refused(participle: str) -> None:
    from quiz.generate.quality import _BARE_PARTICIPLE_ASIDE
    assert _BARE_PARTICIPLE_ASIDE.search(
        f"Port of Vell: On what date did the Treaty of Kask, {participle}, confirm the cession?")


def test_a_guard_a_participle_with_its_phrase_is_kept() -> None:
    from quiz.generate.quality import _BARE_PARTICIPLE_ASIDE
    assert not _BARE_PARTICIPLE_ASIDE.search(
        "On what date did the Treaty of Kask, signed at Vell, confirm the cession?")
