"""Rule pass 242, from rounds 750, 752 and 756 (heldout742, heldout744 and heldout748, after
pass 240): two fill-ins with no main clause, and two names written wrong. "The Grotta del Genovese on Levanzo, found in ____ by the
Florentine painter Francesca Minellono." (a name and a passive participle with its agent: the
sentence's verb, "preserves", was cut off) and "Lérins Islands: Briefly occupied again by
Austrian and Piedmontese troops in ____." (a participle with no subject; the label is none).
Every sentence here is invented. Each test fails on the code before, except the guards named
as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.definites import resolve_definites
from quiz.generate.facts import DATE, Fact
from quiz.generate.names import document_full_names
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence


def _faults(question: str, answer: str = "1950") -> list[str]:
    text = question.replace("____", answer)
    start = text.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(text, 1))
    return faults(Candidate(fact, "cloze", question, answer))


def test_a_name_and_a_passive_participle_is_no_statement() -> None:
    found = _faults("The Grotta del Vell on Dask, found in ____ by the Ostrian painter Ilse "
                    "Orlo.")
    assert any(f.startswith("nonsensical") for f in found), found


def test_a_participle_with_no_subject_after_a_label_is_no_statement() -> None:
    found = _faults("Kell Islands: Briefly occupied again by Ostrian and Vellian troops in ____.")
    assert any(f.startswith("nonsensical") for f in found), found


def test_a_name_and_its_own_verb_after_an_aside_is_a_statement() -> None:
    """(guard: "The railway, which crosses the province, opened on ____." has its verb)"""
    found = _faults("The Dask freight railway, which crosses the province to the border at "
                    "Kell, opened on ____.")
    assert not any(f.startswith("nonsensical: a name and a participle") for f in found), found


@given(st.sampled_from(["found", "discovered", "painted", "built"]),
       st.sampled_from(["the painter Ilse Orlo", "Tamas Vell", "the Ostrian Ilan Dask"]))
def test_every_passive_participle_with_its_agent_is_caught(part: str, agent: str) -> None:
    found = _faults(f"The Grotta del Vell on Dask, {part} in ____ by {agent}.")
    assert any(f.startswith("nonsensical") for f in found), found


def test_a_pair_of_halves_before_a_name_is_one_name() -> None:
    """(and pass 242's second rule, from round 756: "the North and South Holland Lifeboat
    Society" was written "North Holland and South Holland Lifeboat Society")"""
    text = ("Vellia\n\nNorth Vellia and South Vellia were one province until 1840. The North "
            "and South Vellia Lifeboat Society was founded on 11 November 1824.\n")
    question, why = resolve_definites("On what date in 1824 was the North and South Vellia "
                                      "Lifeboat Society founded?", "11 November", text,
                                      "The North and South Vellia Lifeboat Society was founded "
                                      "on 11 November 1824.")
    assert "the North and South Vellia Lifeboat Society" in question, (question, why)


def test_an_owner_and_his_state_is_no_full_name() -> None:
    """(and a third, found on the judged sets with the second: "Chief Minister Bimala Prasad
    Chaliha's Assam government" made "Prasad Chaliha's Assam" a full name of "Assam")"""
    text = ("Vellia\n\n- 1 April 1898: The hills are amalgamated as the Dask District of Kell, "
            "with its headquarters at Orla.\n- 1947: the Governor of Kell visits Orla.\n- 1966: "
            "famine follows. Chief Minister Bimala Tamas Orlo's Kell government is blamed for "
            "its slow response.\n")
    assert document_full_names("Kell", text) == frozenset()
