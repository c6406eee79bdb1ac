"""Rule pass 38, from the faults readers found in round 50 (heldout49, judged before any of these
rules was written): a bare surname after "In" not completed ("In López's second
administration"); "the two men" left unresolved (a plural without "-s"); a finite verb inside
what was taken for a passive question's subject ("was Cameroon relied on the Anglo-German
Agreement signed"); "the North" of a divided country left unnamed; a place completed with the
nation's adjective before it ("British Nigeria" for "Nigeria"). Every sentence here is
invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.anaphora import unresolved
from quiz.generate.definites import resolve_definites
from quiz.generate.names import with_document_names


def test_a_bare_surname_after_in_is_completed() -> None:
    text = ("When Ivo Tamm Lerno became president in 1934, Karl Benn joined him. In Tamm's second "
            "administration, from 1942, Benn served as a minister.")
    question = "In Tamm's second administration, from ____, Karl Benn served as a minister."
    assert with_document_names(question, "1942", text)[0] == (
        "In Tamm Lerno's second administration, from ____, Karl Benn served as a minister.")
    # control: a place after "in" is no one's name
    question = "In Vell the treaty was signed in ____."
    assert with_document_names(question, "1942", "He lived in Vell. In Vell Ostria ruled.")[0] == (
        question)


def test_the_two_men_are_named_in_another_sentence() -> None:
    assert unresolved("After the coup, the two men signed the ____ on 20 July 1957.") is not None
    assert unresolved("After the coup, the two women signed the ____ on 20 July 1957.") is not None


def test_a_verb_inside_a_passive_questions_subject_is_refused() -> None:
    kept, _ = _run("Ostria administered it after independence, but its title was disputed. "
                   "Ostria relied on the treaty of protection that Kell concluded with the chiefs "
                   "of Lerno on 10 September 1884. Vellonia relied on the Anglo-Kellish Agreement "
                   "signed in London on 11 March 1913, which fixed the frontier between British "
                   "Ostria and Kellish Vellonia.")
    assert not any("relied on the Anglo-Kellish Agreement signed in London, which" in q
                   for q in kept)
    # and "Ostria" is not "British Ostria": a nation's adjective is no one's first name
    assert not any("British Ostria relied" in q for q in kept)


def test_the_north_is_the_north_the_document_names() -> None:
    text = ("North Vellia and South Vellia signed the accord in 1991. North Vellian troops left "
            "the border.\\n\\nOn 9 October 2006 the North conducted its first test.")
    quote = "On 9 October 2006 the North conducted its first test."
    question, why = resolve_definites("On what date did the North conduct its first test?",
                                      "9 October 2006", text, quote)
    assert (question, why) == ("On what date did North Vellia conduct its first test?", "")
    # two different "North ..." names, each a divided country's half: which one is not said
    other = text.replace("North Vellian troops left the border.",
                         "North Kell and South Kell met in 1992.")
    _, why = resolve_definites("On what date did the North conduct its first test?",
                               "9 October 2006", other, quote)
    assert "the North" in why
