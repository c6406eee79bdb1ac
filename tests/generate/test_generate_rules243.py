"""Rule pass 243, from round 762 (heldout754, after pass 242): the article headed "Gorgona"
wrote its island's name as its peak's, "Punta Gorgona", which the text names once ("Punta
Gorgona passed to the Kingdom of Sardinia"). A bare name that is the whole title is the
document's subject and is never written out as a longer name. Every sentence here is invented.
Each test fails on the code before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import with_document_names


def _text(island: str) -> str:
    return (f"{island}\n\n{island} is a small island off Vellia. Its highest point, Punta "
            f"{island}, rises to 255 metres. {island} passed to Ostria after the plebiscite of "
            f"1860.\n")


def test_the_titles_name_is_the_subject_not_a_longer_name() -> None:
    question, _ = with_document_names("Orlana passed to Ostria after the plebiscite of ____.",
                                      "1860", _text("Orlana"))
    assert "Punta Orlana" not in question, question


@given(st.sampled_from(["Orlana", "Dasko", "Kellia", "Vestra"]),
       st.sampled_from(["Punta", "Monte", "Capo", "Porto"]))
def test_no_title_name_grows_a_place_word(island: str, word: str) -> None:
    text = _text(island).replace("Punta", word)
    question, _ = with_document_names(f"{island} passed to Ostria after the plebiscite of ____.",
                                      "1860", text)
    assert f"{word} {island}" not in question, question
