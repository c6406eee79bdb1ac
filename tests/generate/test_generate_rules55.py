"""Rule pass 55, from rounds 65-66 (a surname two people share filled out with the wrong one):
"Chamorro" written "Diego Manuel Chamorro" where the document meant General Emiliano Chamorro,
"Garang" written "Mading de Garang" for Joseph Garang, "Adams" written "Charles Francis Adams"
in 1816, when the document's Adams was John Quincy. A bare surname is now the person last
named in full before its sentence, and a card is refused when no one is. Every name and
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled

from quiz.generate.names import document_full_names, named_before, shared_surnames


def test_a_full_name_after_a_word_that_is_no_name_is_found() -> None:
    text = ("The treaty was signed by General Ivo Tamm and the Communist Mara Tamm. Later Tamm "
            "resigned.")
    assert document_full_names("Tamm", text) == {"Ivo Tamm", "Mara Tamm"}


def test_one_man_named_more_and_less_fully_is_one_person() -> None:
    text = "Don Ivo de Vell led the talks. Ivo Kell de Vell, the king's minister, signed."
    assert document_full_names("Vell", text) == {"Ivo de Vell", "Ivo Kell de Vell"}
    assert shared_surnames({"Vell": "Ivo Kell de Vell"}, text) == {}


def test_a_shared_surname_is_the_one_person_named_before_it() -> None:
    text = ("At Kell the envoys included Ivo Quincy Tamm.\n\nIn 1816 Tamm raised the matter.\n\n"
            "In 1864 the Minister in Dorn, Pavel Francis Tamm, gave notice.\n\nTamm left in 1868.")
    shared = shared_surnames({"Tamm": "Pavel Francis Tamm"}, text)
    assert named_before(shared, 3) == {"Tamm": "Ivo Quincy Tamm"}
    assert named_before(shared, 7) == {}  # (after both: either; round 73's "Wilson")
    assert named_before(shared, 1) == {"Tamm": "Ivo Quincy Tamm"}  # (its own line counts:
    # a paragraph is one line, and its earlier sentences name people for its later ones)


def test_a_card_does_not_name_the_wrong_one_of_two() -> None:
    body = ("Kaldora was represented by General Ivo Dorn, its foreign minister, and the talks were "
            "opened by Mara Vell, Kaldoran Foreign Minister.\n\n"
            "In October 1909 a revolt broke out at Kell with support from Dorn and Vell.\n\n"
            "On 8 February 1913 Kaldora's Foreign Minister, Pavel Dorn, signed a treaty with "
            "Vesteria.")
    prepared = _prepared_titled("The Kell Treaty", body)
    asked = [c.question for c in prepared.candidates if c.answer == "October 1909"]
    assert not any("Pavel Dorn" in q for q in asked), asked


def test_a_date_that_ends_a_span_is_not_blanked_alone() -> None:
    """Pass 56: "the Genoa Conference of April and ____", "the night of 19 to ____" (rounds
    66-67: a blank over half a span, whose wrong options cannot follow its first half)."""
    body = ("Ivo Tamm attended the Kell Conference of April and May 1922 with Mara Vell. On the "
            "night of 19 to 20 December 1970 riots broke out in Dorn. The Trell talks of July and "
            "August 1985 failed.")
    prepared = _prepared_titled("Ivo Tamm (1880–1950)", body)
    asked = [c.question for c in prepared.candidates]
    assert not any(a in q for q in asked for a in ("April and ____", "19 to ____", "July and ____")
                   ), asked
