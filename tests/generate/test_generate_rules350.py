"""Rule pass 350, from rounds 1477-1484's readers (heldout1469-1476, publishing houses): an
article on a company named after its founder ("Éditions Gallimard is a French publishing
house", "Iwanami Shoten, Publishers (...) is a Japanese publishing house") was read as the
founder's life, because it tells his birth and says "he" of him; every bare "Gallimard" and
"Iwanami" then became the company ("Éditions Gallimard served as administrator", "was Iwanami
Shoten chosen as a member of the House of Peers": 14 verdicts of the batch). A people's
adjective before the kind noun ("a French publishing house"), a short form after the name
(", Publishers") and the kinds "publishing house", "publisher", "studio" and "corporation" now
say the title names a body.

Also from those readers: a name's plural noun after a preposition, closing the phrase of a verb
already put in the past, is no verb ("removes the buttons from Macmillan titles" had become
"Macmillan titled"); and a bare given name is the text's one person of that given name ("did
Daniel die", in a life of his brother Alexander Macmillan: "Daniel Macmillan"), though the text
says "his brother Daniel" before it names him in full.

Every sentence here is invented. The tests fail on the code before, but the guard, named as
such."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from quiz.generate import generate_decks

_NATIONS = ["French", "Japanese", "German", "Italian", "Swedish", "Dutch"]
_KINDS = ["publishing house", "film studio", "corporation", "company"]  # ("publisher": a
# person's trade too, which pass 351 no longer counts)


def _life(title: str, opening: str) -> tuple[str, str] | None:
    from quiz.generate.documents import main_person
    body = (f"{opening} It was founded in 1911 by Luc Morvan, who was born at Lyon in 1881. "
            "Morvan ran it until he died; he left it to his son, and he named it. Morvan's "
            "heirs sold it in 1990, and Morvan's name stayed on the door.")
    return main_person(title, [body])


@given(st.sampled_from(_NATIONS), st.sampled_from(_KINDS))
def test_a_company_titled_after_its_founder_is_no_life(nation: str, kind: str) -> None:
    assert _life("Éditions Morvan", f"Éditions Morvan is a {nation} {kind} in Lyon.") is None


@given(st.sampled_from(["Publishers", "Limited", "Editores"]), st.sampled_from(_NATIONS))
def test_a_short_form_after_the_name_still_says_the_kind(short: str, nation: str) -> None:
    opening = f"Morvan Shobo, {short} (Kabushiki Kaisha Morvan) is a {nation} publishing house."
    assert _life("Morvan Shobo", opening) is None


def test_the_founders_surname_is_not_written_as_the_company() -> None:
    text = ("Éditions Morvan\n\nÉditions Morvan is a French publishing house in Lyon. It was "
            "founded in 1911 by Luc Morvan, who was born at Lyon in 1881.\n\nMorvan served as "
            "administrator of the Théâtre Brun, which Jean Brun had founded in October 1913. "
            "He signed a contract with Paul Kask on 4 May 1920. In 1935 he sold the review, and "
            "he died on 9 June 1951; his son ran the house after him.\n")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "morvan.txt").write_text(text, encoding="utf-8")
        generate_decks([Path(folder) / "morvan.txt"], Path(folder) / "out", jobs=1)
        deck = yaml.safe_load((Path(folder) / "out" / "morvan.yaml").read_text(encoding="utf-8"))
    questions = [card["question"] for card in deck["cards"]]
    assert any("served as administrator" in question for question in questions)
    assert not any("Éditions Morvan served" in question for question in questions)


def test_guard_a_life_that_names_a_publishing_house_stays_a_life() -> None:
    opening = ("Luc Morvan (1881–1951) was a French publisher. He was born at Lyon in 1881 and "
               "founded Éditions Morvan, a publishing house, in 1911.")
    assert _life("Luc Morvan", opening) == ("Luc Morvan", "he")


@given(st.sampled_from(["titles", "imprints", "authors", "shops"]),
       st.sampled_from(["; it gives way within days.", ".", " and sells the rights."]))
def test_a_names_plural_noun_after_a_preposition_is_no_verb(noun: str, end: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    entry = f"Kask removes the buttons from Vell {noun}{end}"
    assert f"from Vell {noun}" in entry_in_the_past(entry)
    assert entry_in_the_past(entry).startswith("Kask removed the buttons")


def test_guard_a_names_verb_with_nothing_in_the_past_before_it_is_put_in_the_past() -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("The army of Vell marches on Kask.") == (
        "The army of Vell marched on Kask.")


@given(st.sampled_from(["Daniel", "Collis", "Olivia", "Cecilia"]),
       st.sampled_from(["Vellmann", "Kasker", "Tamberg"]))
def test_a_bare_given_name_is_the_texts_one_person_of_that_name(given_name: str,
                                                                family: str) -> None:
    from quiz.generate.names import with_document_names
    text = (f"Ann {family}\n\nAnn {family} was born at Kask in 1818. Her elder sibling "
            f"{given_name} taught at Irvine, and in 1843 {given_name} {family} opened a shop in "
            f"London with her.\n")
    question = f"On what date did {given_name} die in Cambridge?"
    assert with_document_names(question, "27 June 1857", text, f"Ann {family}")[0] == (
        f"On what date did {given_name} {family} die in Cambridge?")


def test_guard_a_given_name_two_families_bear_stays_as_it_was() -> None:
    from quiz.generate.names import with_document_names
    text = ("Ann Vellmann\n\nAnn Vellmann was born at Kask in 1818. Daniel Tamberg taught "
            "her, and Daniel Kasker employed her.\n")
    question = "On what date did Daniel die in Cambridge?"
    assert with_document_names(question, "27 June 1857", text, "Ann Vellmann")[0] == question
