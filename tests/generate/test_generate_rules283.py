"""Rule pass 283, from rounds 1029-1036 (heldout1021-1028) as their first readers judged them
(no batch has judged it):

- "Under the local government ordinances that came into force on ____, Överselö." (the
  relative clause's verb read as the clause's own, so the cut fell after the first subject);
- "In the reform of ____ both were merged, ..." ("both" of what another clause names);
- "... alongside Queen Christina's." (a queen named in a possessive written with its "'s");
- "did Lars Kagg die, childless, and his comital line dies with him?" (a timeline's second
  clause with an owned subject: a noun that may be a verb, or a word the lexicon lacks);
- "adopt its recommendation on a system of coastal?" (two adjectives of one noun read as two
  clauses);
- "the Habitats Directive (92/43/EEC)" offered with dates of 1993 (a European number carries
  the year);
- "When the First World War broke out in ____", "At the Munich Olympic Games of ____" (years
  every student knows: rounds 156-1036 kept 0 of 10);
- "Since ____, when it was bought with money from ..." (an opening phrase and its aside, the
  clause cut off: rounds 156-1036 kept 0 of 6).

Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate.coordination import second_clause
from quiz.generate.definites import resolve_definites
from quiz.generate.documents import Document
from quiz.generate.facts import DATE, Fact
from quiz.generate.pipeline import generate_decks, prepare
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence

_FILE_SETTINGS = settings(max_examples=2, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


def _cards(tmp: Path, text: str) -> list[dict[str, Any]]:
    doc = tmp / "vell-timeline.md"
    doc.write_text(text, encoding="utf-8")
    generate_decks([doc], tmp / "out", jobs=1, force=True)
    return [card for deck in (tmp / "out").glob("*.yaml")
            for card in yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"]]


def _faults(question: str, answer: str, form: str = "cloze") -> list[str]:
    sentence = question.split(": ", 1)[-1].replace("____", answer)
    start = sentence.find(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from(["that came into force", "which took effect"]))
def test_a_relative_clauses_verb_is_not_the_clauses_own(relative: str) -> None:
    body = (f"Under the church ordinances {relative} on 1 March 1877, Norrby and Sörby became "
            "separate rural parishes of the deanery; in the reform of 1962 both were merged, "
            "together with Dalby, into the municipality of Kask, which became part of Vell "
            "Municipality in 1971.")
    asked = [q for q in _kept(body) if "into force on ____" in q or "took effect on ____" in q]
    assert asked and all("Sörby became separate rural parishes" in q for q in asked), asked


@given(st.sampled_from(["In the reform of ____ both were merged into Kask.",
                        "From the 1880s until ____ both were bound to Vell by treaty."]))
def test_both_after_an_opening_phrase_is_vague(question: str) -> None:
    assert any("“most” or “many”" in fault for fault in _faults(question, "1952"))


@given(st.sampled_from(["Queen", "King"]))
def test_a_ruler_named_in_a_possessive_is_written_without_its_s(title: str) -> None:
    text = (f"Ivo Dorn served in the regency and in {title} Alda's early reign. In 1641 he "
            f"joined the council that governed the kingdom alongside the {title.lower()}.")
    quote = (f"In 1641 he joined the council that governed the kingdom alongside the "
             f"{title.lower()}.")
    question = (f"In ____ Ivo Dorn joined the council that governed the kingdom alongside the "
                f"{title.lower()}.")
    asked, _ = resolve_definites(question, "1641", text, quote)
    assert asked.endswith(f"alongside {title} Alda."), asked


@given(st.sampled_from(["his line dies with him", "his comital line dies with him",
                        "his title passes to his cousin"]))
def test_an_owned_subjects_present_opens_a_clause(clause: str) -> None:
    assert second_clause(f"dies, childless, and {clause}.") is not None


@given(st.sampled_from(["coastal and inland nature reserves", "coastal and marine Vell Sea "
                        "Protected Areas"]))
def test_two_adjectives_of_one_noun_are_one_clause(noun: str) -> None:
    assert second_clause(f"adopts its plan for a network of {noun}.") is None


@_FILE_SETTINGS
@given(st.sampled_from(["92/43/EEC", "92/43/EC"]))
def test_a_european_number_keeps_the_options_year(tmp_path: Path, number: str) -> None:
    text = ("# Vell Island timeline\n\n## 1990s\n\n"
            f"21 May 1992: the Kask Council adopts the Dornia Directive ({number}), the basis "
            "of the Vell network of protected sites.\n\n"
            "4 September 1993: the Kask Council opens its office on Vell Island.\n\n"
            "10 March 1994: Vell Island is named a protected site by the Kask Council.\n\n"
            "12 June 1995: the Vell Island ferry is taken over by the Kask Council.\n")
    asked = [c for c in _cards(tmp_path, text) if c["answer"] == "21 May 1992"]
    assert asked and all(choice.endswith("1992") for card in asked
                         for choice in card.get("choices", [])), asked


@given(st.sampled_from([("When the First World War broke out in ____ a battery was built on "
                         "Vell.", "1914"),
                        ("At the Munich Olympic Games of ____ Ivo Dorn met Alda Kask.",
                         "1972")]))
def test_the_year_of_an_event_every_student_knows_is_obvious(case: tuple[str, str]) -> None:
    question, year = case
    assert any("every student knows" in fault for fault in _faults(question, year))


@given(st.sampled_from(["Since ____, when it was bought by the Dorn Foundation and the Kask "
                        "county council.",
                        "In ____, after King Ivo surrendered the army."]))
def test_an_opening_phrase_without_its_clause_is_nonsensical(question: str) -> None:
    assert any("without their clause" in fault for fault in _faults(question, "1996"))

