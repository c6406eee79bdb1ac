"""Rule pass 163, from rounds 309-312: "with Ch. Chhunga as its first Chief Minister" is one
sentence ("Ch." a given name written short); "Soviet rule" is no "Soviet Yakutia rule" (a
nation's adjective is no one's given name); "Mount Athos" is a place, not a person whose "him"
a question may be written as. Every sentence here is invented. Each test fails on the code
before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import main_person
from quiz.generate.names import document_full_names
from quiz.generate.sentences import sentence_spans


@given(st.sampled_from(["Ch.", "Md.", "Wm.", "Mohd."]))
def test_a_given_name_written_short_does_not_end_the_sentence(short: str) -> None:
    text = (f"Kell became a Union Territory on 21 January 1972, with {short} Tamm as its first "
            "Chief Minister.")
    assert len(sentence_spans(text)) == 1


def test_a_short_name_at_a_sentences_end_still_ends_it() -> None:
    """(guard: "The talks were held with Li. Then Xi spoke.")"""
    assert len(sentence_spans("The talks were held with Li. Then Xi spoke.")) == 2


@given(st.sampled_from(["Soviet", "German", "French"]))
def test_a_nations_adjective_has_no_full_name(adjective: str) -> None:
    text = (f"{adjective} rule was proclaimed on 1 July 1918. The history of {adjective} Kell "
            f"began then, and {adjective} Kell lasted until 1991.")
    assert document_full_names(adjective, text) == frozenset()


@given(st.sampled_from(["Mount", "Lake", "Cape", "Fort"]))
def test_a_places_title_is_no_person(first: str) -> None:
    text = (f"{first} Kell is a monastic community. The monks made their submission to Sultan "
            f"Murad II before Vell fell to him in 1430. He ruled long, and his heirs kept {first} "
            f"Kell. Kell was spared. He died in 1451. Kell remained his. {first} Kell grew.")
    assert main_person(f"{first} Kell", [text]) is None
