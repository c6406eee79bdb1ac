"""Rule pass 139, from the unresolved chambers of rounds 133-236: "the Diet", "the Chamber",
"the Parliament", "the Senate", "the Congress", "the Legislature" and "the Residency" are
written as the document named them in the sentence's own paragraph ("the Sardinian Chamber of
Deputies"), never from an earlier paragraph (a country's chamber changes its name over the
years: the Imperial Diet, then the National Diet). Every sentence here is invented. Each test
fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.bodies import name_bodies

_CHAMBERS = {
    "Diet": "the Vellish Federal Diet",
    "Chamber": "the Kellan Chamber of Deputies",
    "Parliament": "the Central Dask Parliament",
    "Senate": "the Vellish Senate",
    "Congress": "the Dask National Congress",
    "Legislature": "the Kellan Legislature",
    "Residency": "the British Residency",
}


@given(st.sampled_from(sorted(_CHAMBERS)))
def test_a_bare_chamber_takes_the_name_of_its_paragraph(kind: str) -> None:
    name = _CHAMBERS[kind]
    quote = f"On 3 March 1848 the {kind} voted to abolish censorship."
    text = f"Tamm came to Kell.\n\nIn 1847 {name} met at Kell. {quote}"
    question = f"On ____ the {kind} voted to abolish censorship."
    assert name_bodies(question, "3 March 1848", text, quote) == (
        f"On ____ {name} voted to abolish censorship.")


@given(st.sampled_from(sorted(_CHAMBERS)))
def test_a_chamber_named_in_an_earlier_paragraph_is_left_alone(kind: str) -> None:
    """(guard: the Imperial Diet of 1890 is not the Diet of 1967)"""
    name = _CHAMBERS[kind]
    quote = f"On 3 March 1967 the {kind} voted to abolish censorship."
    text = f"In 1890 {name} met at Kell.\n\nTamm ruled for long. {quote}"
    question = f"On ____ the {kind} voted to abolish censorship."
    assert name_bodies(question, "3 March 1967", text, quote) == question


def test_an_assembly_named_in_an_earlier_paragraph_is_still_written_in() -> None:
    """(guard: a body of the older kinds keeps its one name from anywhere before)"""
    quote = "On 3 March 1950 the Assembly adopted the text."
    text = f"In 1949 the Kellan Constituent Assembly met.\n\nTamm ruled for long. {quote}"
    assert name_bodies("On ____ the Assembly adopted the text.", "3 March 1950", text,
                       quote) == "On ____ the Kellan Constituent Assembly adopted the text."
