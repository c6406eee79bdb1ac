"""Rule pass 94, from rounds 98-99 (heldout94, heldout95): a bare first or family name after a
relative or linking word ("under which Catherine undertook", "which Razak signed", "but Yusuf
demanded") stayed bare, though the document names the person in full; readers reject a bare
name as vague. ("as" is left out: "served as President of ..." names an office, no one.) Every
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import with_document_names

_TEXT = ("Ivo Kaskovar was born in Dorn. The Treaty of Vell was signed on 8 August 1967. "
         "Kaskovar signed it for Kaldora.")


@given(st.sampled_from(["which", "whom", "that", "where", "once", "because", "but", "then"]))
def test_a_bare_name_after_a_linking_word_is_written_in_full(word: str) -> None:
    question = f"Kaldora joined the Treaty of Vell of ____, {word} Kaskovar signed it."
    asked, why = with_document_names(question, "8 August 1967", _TEXT)
    assert f"{word} Ivo Kaskovar signed" in asked and not why, asked


def test_a_monarch_after_which_gets_the_documents_name_but_an_office_after_as_none() -> None:
    text = ("Empress Catherine II ruled Kaldora. Catherine paid the subsidy. President Lev Tamm "
            "of the Council spoke. Ivo Kask served as President of the Council.")
    asked, _ = with_document_names(
        "Ostria signed an alliance under which Catherine undertook to pay a subsidy.", "", text)
    assert "which Empress Catherine II undertook" in asked or "which Catherine II undertook" in (
        asked), asked
    # control: "as President" is an office, not the President Lev Tamm of the Council
    asked, _ = with_document_names("Ivo Kask served from ____ as President of the Council.",
                                   "1921", text)
    assert "as President of the Council" in asked, asked
