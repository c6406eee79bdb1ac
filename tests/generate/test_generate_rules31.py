"""Rule pass 31, from the faults readers found in round 43 (heldout42, judged before any of these
rules was written): a biography's "his" after a clause whose subject is another person ("When
Charles IX died in ____, his son" written "Axel Oxenstierna's son"); a name after a title
("Count János Pálffy") not found for a bare "Pálffy"; a finite verb after an aside in a "did"
question ("did the Form of Government adopt, largely X's work, entrusted"; "did X rise ... and,
defeated, was deported"). Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.questions import _biography_subject_named


def test_his_after_another_persons_opening_clause_is_that_persons() -> None:
    question = "When Karl IX died in ____, his son Ivo was not yet seventeen."
    assert _biography_subject_named(question, "1611", "Ana Ros", "she") == question
    assert _biography_subject_named(question, "1611", "Axel Berg", "he") == question
    # control: an opening clause with no person, "his" is the subject's
    assert _biography_subject_named("When war broke out in ____, his army marched.", "1914",
                                    "Axel Berg", "he") == (
        "When war broke out in ____, Axel Berg’s army marched.")


def test_a_name_after_a_title_completes_a_bare_surname() -> None:
    text = "Count János Tamm led the army. Later Tamm made peace. Prince Regent Ivo sailed."
    assert document_full_names("Tamm", text) == frozenset({"János Tamm"})
    assert with_document_names("In what year was Tamm elected Palatine?", "1714", text)[0] == (
        "In what year was János Tamm elected Palatine?")
    # titles alone are no other name: the one he is first named with is kept (pass 32)
    assert document_full_names("Ivo", text) == frozenset({"Prince Regent Ivo"})


def test_a_finite_verb_after_an_aside_in_a_did_question_is_refused() -> None:
    kept, left = _run("In 1893 Karl Berg rose against Ivo Tamm and, defeated, was deported to Vell "
                      "in the Ostrian Islands.")
    assert not any(", defeated, was deported" in q and q.endswith("?") for q in kept)
    # control: a participle with its agent after an aside is no finite verb
    kept, _ = _run("On 11 July 1960 Ivo Tamm proclaimed the independence of Vell, the rich "
                   "southern province, backed by Ostrian officers.")
    assert "11 July 1960" in kept.values()
