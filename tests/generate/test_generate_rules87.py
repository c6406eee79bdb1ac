"""Rule pass 87, from round 91 (heldout87) and round 90 (heldout86): a name written with letters
beyond Latin-1 ("Kijūrō", "Piłsudski", "Dačić") was no name word, so a life of Shidehara Kijūrō
wrote every bare "Shidehara" as his brother "Shidehara Taira", the one "Shidehara ..." the
pattern could read; and in a life of Alva Myrdal "appointed her envoy", "disappointed her
because" became "Alva Myrdal's envoy", "Alva Myrdal's because". Every sentence here is invented
(the names only borrow the letters). Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled

from quiz.generate.documents import read_document
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.pipeline import prepare

# Letters of Latin Extended-A that names carry (macrons, ogoneks, carons, the Polish ł)
_EXTENDED = "āēīōūłńśźżčšžőűăşţğı"


def test_a_given_name_with_extended_letters_is_a_name_word() -> None:
    text = ("Vell Kijūrō was born in 1872. His elder brother, Vell Taira, taught history. Vell "
            "became Prime Minister in 1945.")
    assert document_full_names("Vell", text) == {"Vell Kijūrō", "Vell Taira"}


@given(st.text(alphabet=_EXTENDED + "abcdefghijklmnoprstuvz", min_size=3, max_size=8).filter(
    lambda s: any(ch in _EXTENDED for ch in s)))
def test_any_given_name_with_extended_letters_is_found(rest: str) -> None:
    given_name = "K" + rest
    text = f"{given_name} Tamm was born in 1872. Tamm became Prime Minister in 1945."
    assert document_full_names("Tamm", text) == {f"{given_name} Tamm"}


def test_a_biographys_subject_is_not_written_as_the_brother() -> None:
    prepared = _prepared_titled("Vell Kijūrō (1872–1951)", (
        "Vell Kijūrō was a Kaldoran diplomat and statesman. His name was attached to a policy "
        "of peace.\n\nVell Kijūrō was born in Dorn on 13 August 1872. His elder brother, Vell "
        "Taira, became a historian. He studied law, and he joined the Foreign Ministry. In 1919 "
        "Vell was appointed Ambassador to Ostria, and he held the post for three years. On 9 "
        "October 1945 Vell became Prime Minister. He resigned in 1946. Vell died in Dorn on 10 "
        "March 1951, and he was buried there."))
    asked = [c.question for c in prepared.candidates]
    assert asked and not any("Vell Taira" in q for q in asked), asked
    # the bare "Vell" of the life is its subject, named as the title names him
    assert any("Vell Kijūrō" in q and "Ambassador" in q for q in asked), asked


def test_her_after_a_naming_verb_or_before_a_conjunction_is_an_object(tmp_path: Path) -> None:
    body = ("Mara Lund (1902-1986) was a Kaldoran diplomat.\n\nMara Lund was born in Vell on "
            "31 January 1902. In 1955 the government appointed her envoy to Ostria. The treaty of "
            "1968 disappointed her because it left the great powers free. She met her husband Ivo Lund "
            "in 1922.")
    source = tmp_path / "mara-lund-biography.txt"
    source.write_text(f"Mara Lund\n\n{body}\n", encoding="utf-8")
    prepared = prepare(read_document(source), keep_rejected=True)
    asked = [c.question for c in prepared.candidates] + [
        r.candidate.question for r in prepared.rejected]
    assert not any("Mara Lund’s envoy" in q or "Mara Lund’s because" in q for q in asked), asked
    assert any("appointed Mara Lund envoy" in q for q in asked), asked


def test_a_bare_family_name_of_the_subject_is_the_titles_person() -> None:
    """Pass 88: the life's subject, "Vell" in its text, is named as its title names him, not
    refused as any of the two Vells the text names in full."""
    text = ("Vell Kijūrō (1872–1951)\n\nVell Kijūrō was a Kaldoran diplomat. His elder brother, "
            "Vell Taira, became a historian. Vell was appointed Ambassador to Ostria in 1919.")
    question, why = with_document_names("In what year was Vell appointed Ambassador to Ostria?",
                                        "1919", text, "Vell")
    assert (question, why) == ("In what year was Vell Kijūrō appointed Ambassador to Ostria?", "")
