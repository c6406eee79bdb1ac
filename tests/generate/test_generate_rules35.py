"""Rule pass 35, from the faults readers found in round 47 (heldout46, judged before any of these
rules was written): titles read wrongly ("the Chagos Archipelago dispute" labelled "Archipelago
dispute", the "Arusha Peace and Reconciliation Agreement" labelled "Arusha Peace", "the
Anglo-Dutch Treaty of 1824" read as no name); a role in a list given to the name before it
("Colin Powell, the Danish Foreign Minister, Per Stig Møller"); a passive with its "was" left
out asked as active ("did Java conquer"), and "did ... follow" with nothing followed; "the
United States states that" read with "states" a noun ("would the United States states"); a "his"
taken for a place's or a group's ("at Santa Elena", "the Contras"); a biography's subject with
two surnames ("Óscar Arias Sánchez", called "Arias") not read. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.documents import Document, main_person
from quiz.generate.officials import find_officials
from quiz.generate.pipeline import prepare
from quiz.generate.sentences import Sentence
from quiz.generate.subject import document_subject
from quiz.generate.topic import place_or_event
from quiz.generate.topic_label import topic_label


def test_a_title_that_is_an_events_name_keeps_its_first_word() -> None:
    subject = place_or_event("Fact sheet: the Vell Islands dispute", [])
    assert subject is not None and subject.name == "Vell Islands dispute"
    # a sentence-case headline's first word is capitalised only for opening it
    headline = place_or_event("Two states sign treaty ending Vell Islands dispute", [])
    assert headline is not None and headline.name == "Vell Islands dispute"


def test_an_agreements_name_may_hold_and() -> None:
    subject = document_subject("Tarvel Peace and Reconciliation Agreement for Vell")
    assert subject is not None and subject.name == (
        "Tarvel Peace and Reconciliation Agreement for Vell")
    assert topic_label("Tarvel Peace and Reconciliation Agreement for Vell", subject) == (
        "Tarvel Agreement")
    # a headline's verb says it is no name
    assert document_subject("Benn and Tamm Sign Treaty of Ostrian-Vellish Cooperation") is None


def test_an_agreement_named_by_its_year() -> None:
    subject = document_subject("Treaty summary: the Anglo-Vellish Treaty of 1824")
    assert subject is not None and subject.name == "Anglo-Vellish Treaty of 1824"


def test_a_role_in_a_list_is_the_next_names() -> None:
    text = ("At Harrow, the U.S. Secretary of State, Ivo Tamm, the Vellish Foreign Minister, "
            "Karl Benn, and Vell's minister Ana Ros sign an agreement on the radar.")
    roles = {f.answer: f.role for f in find_officials(Sentence(text, 1))}
    assert roles["Ivo Tamm"] == "U.S. Secretary of State"
    assert roles["Karl Benn"] == "Vellish Foreign Minister"
    # control: a role in apposition, with a verb after it, is the name before's
    roles = {f.answer: f.role for f in find_officials(Sentence(
        "Ivo Tamm, the Ostrian Foreign Minister, said the talks would resume in 1990.", 1))}
    assert roles == {"Ivo Tamm": "Ostrian Foreign Minister"}


def test_a_passive_without_its_was_is_not_asked_as_active() -> None:
    kept, _ = _run("During the wars the colonies passed under Ostrian control. Harrow was "
                   "occupied in 1795 and Vell conquered in 1811, after which Ivo Tamm governed it "
                   "as lieutenant-governor until 1816.")
    assert not any("did Vell conquer" in q for q in kept)


def test_follow_with_nothing_followed_is_refused() -> None:
    kept, left = _run("A truce was agreed in Harrow in 2002. The Global Ceasefire Agreement "
                      "followed in Vell on 16 November 2003, after which Ivo Tamm entered the "
                      "government.")
    assert not any("follow in Vell" in q for q in kept)
    assert any("follow in Vell" in q and "object" in r for q, r in left.items())


def test_a_names_verb_of_saying_before_that_is_a_verb() -> None:
    kept, left = _run("## 1916\n\n- **4 August 1916** – In a declaration on the treaty, the "
                      "United States states that it will not object to Ostria extending its "
                      "interests to the whole of Vell.")
    questions = set(kept) | set(left)
    assert not any("would the United States states" in q for q in questions)
    assert any("did the United States state that it would not object" in q for q in questions)


def test_a_place_or_a_group_owns_no_his() -> None:
    kept, left = _run("In September 1986 his government exposed a secret airstrip at Santa "
                      "Vella, in the north-west, built to supply the Contras.")
    assert not any("his government" in q for q in kept)
    assert any("his government" in q for q in left)


def test_a_biography_of_a_man_with_two_surnames() -> None:
    body = ("Ivo Benn Tamm was born in Harrow in 1940. Benn studied law, and he taught. He led "
            "the party from 1970. Benn was elected in 1986, and he served until 1990. In "
            "September 1986 his government exposed a secret airstrip at Santa Vella.")
    assert main_person("Ivo Benn Tamm", [body]) == ("Ivo Benn", "he")
    doc = Document(Path("ivo.txt"), f"Ivo Benn Tamm\n\n{body}\n", "Ivo Benn Tamm", None)
    questions = [c.question for c in prepare(doc).candidates]
    assert any("Ivo Benn Tamm’s government" in q for q in questions)  # (in full: pass 111)
    # control: a title that opens with "The" is no one's name
    assert main_person("The Vell Islands Question", ["The Vell Islands " * 3]) is None
