"""Rule pass 294, from rounds 1109-1116 (heldout1101-1108) as their first readers judged them:

- a peer the biography calls by the title's name is called so: "did Mirabeau marry ..., whom
  Honoré Gabriel Riqueti had pursued" (the text's "he" written as the family name the title
  opens with, so the card named two men), "Jean de Saint-Bonnet: ... de Toiras" (a label of the
  name the text hardly uses, above the one it does);
- "Above all, in ____ the magistrate ... founded" (a link to the sentence before opening the
  card);
- "Relations between London and Paris deteriorated through ____." (a state of things that went
  on into the year and past it);
- an unnamed "the verdict", "the judgment", "the claim", "the wreck", "the survivors" (another
  sentence names them);
- "did Bavarian and Saxon troops take Prague" (of "Meanwhile French, Bavarian and Saxon troops":
  the list's first adjective read as the end of an opening phrase);
- "Regional Legislative Decree 18/96/M of ____" (6 August 1996): the law's number carries the
  blank's year, as it did for a year alone.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import _candidates

from quiz.generate.definites import resolve_definites
from quiz.generate.documents import main_person
from quiz.generate.facts import DATE, Fact
from quiz.generate.peerage import (
    bare_uses,
    called_by_peer,
    named_as_place,
    title_peer,
)
from quiz.generate.quality import faults
from quiz.generate.questions import BLANK, Candidate
from quiz.generate.sentences import Sentence

_LIFE = (
    "{peer} was born at Vell on 3 March 1741, the son of a magistrate. {peer} studied law and "
    "served in the army. In 1770 {peer} married a rich heiress, whom he had courted for a year. "
    "He quarrelled with his father, and {peer} was imprisoned in the fortress of Kask. "
    "In 1789 {peer} was elected to the assembly, where he spoke against the court. "
    "{peer} died in 1791; his family name, {family}, is seldom written.")


@given(st.sampled_from([("Anselm Corvin", "Comte de Rossel", "Rossel"),
                        ("Piet Dahl", "1st Viscount Marnock", "Marnock"),
                        ("Lucas Hertel", "Marquis de Vauclair", "Vauclair"),
                        ("Edda Brin", "Count of Ostrava", "Ostrava")]))
def test_a_peer_the_text_calls_by_the_title_is_called_so(person: tuple[str, str, str]) -> None:
    name, rank, peer = person
    title = f"{name}, {rank} (1741–1791)"
    text = _LIFE.format(peer=peer, family=name.split()[-1])
    assert main_person(title, text.split("\n\n")) == (peer, "he")


def test_the_title_names_the_peer() -> None:
    assert title_peer("Anselm Corvin, Comte de Rossel (1741–1791)", len("Anselm Corvin")) == (
        "Rossel")
    assert title_peer("Ida Vann, Prince of Kask-Rietholm (1711–1794)", len("Ida Vann")) == "Kask"
    assert title_peer("Anselm Corvin (1741–1791)", len("Anselm Corvin")) == ""


def test_bare_uses_leave_out_the_title_and_the_place() -> None:
    block = ("The Comte de Rossel sailed to Rossel. Rossel spoke; Rossel's friends cheered. "
             "Rossel Corvin wrote.")
    assert bare_uses("Rossel", block) == 2
    assert named_as_place("Rossel", block)


def test_a_guard_a_ruler_of_a_land_keeps_his_name() -> None:
    """"Charles Vane, Duke of Vellmark": the text puts the land after "in", so it is a place,
    not the name the duke goes by."""
    text = ("Charles Vane was born in 1433. Charles Vane ruled Vellmark from 1467, and Vellmark "
            "grew rich. Vellmark traded with Kask; Vellmark's towns rebelled. He held court in "
            "Vellmark. Vellmark was lost when he fell. He died in 1477; Vane was mourned; Vane "
            "was buried at Kask; Vane's son followed.")
    assert main_person("Charles Vane, Duke of Vellmark (1433–1477)", [text]) == (
        "Charles Vane", "he")


def test_a_guard_a_text_that_uses_both_names_keeps_the_family_name() -> None:
    assert not called_by_peer(9, 8, False)
    assert called_by_peer(13, 4, False)
    assert not called_by_peer(13, 4, True)


@given(st.sampled_from(["Above all", "In addition", "Likewise", "As a result", "Even so"]))
def test_a_link_to_the_sentence_before_does_not_open_the_card(link: str) -> None:
    """"Above all, in ____ the magistrate ... founded the colony" (round 1116): a weight given
    against a sentence the card has not."""
    text = f"{link}, in 1839 the magistrate Ivo Dorn founded the farm school of Kask, near Vell."
    cands, _ = _candidates([text])
    cloze = [c.question for c in cands if BLANK in c.question and c.answer == "1839"]
    assert cloze and all(not q.startswith(link) for q in cloze), cloze


def _faults(question: str, answer: str) -> list[str]:
    cloze = BLANK in question
    sentence = question.replace(BLANK, answer) if cloze else f"On {answer}: {question}"
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, "cloze" if cloze else "wh", question, answer))


@given(st.sampled_from(["Relations between Vell and Kask deteriorated through ____.",
                        "Land raids continued on Brisa and elsewhere through ____, and the board "
                        "gave way."]))
def test_a_state_that_went_on_through_the_year_is_vague(question: str) -> None:
    found = _faults(question, "1626")
    assert any(f.startswith("vague") and "through" in f for f in found), found


def test_a_guard_until_the_year_is_kept() -> None:
    found = _faults("The Ostra party remained in government until ____.", "1626")
    assert not any("through" in f for f in found), found


@given(st.sampled_from([
    ("judgment", "the Court of Kask confirmed the judgment.", "did the Court of Kask confirm the "
     "judgment?"),
    ("verdict", "the High Court annulled the verdict.", "did the High Court annul the verdict?"),
    ("wreck", "Ivo Dorn excavated the wreck.", "did Ivo Dorn excavate the wreck?"),
    ("survivors", "the survivors were buried at Vell.", "were the survivors buried at Vell?"),
    ("claim", "the council discussed the claim.", "did the council discuss the claim?")]))
def test_an_unnamed_case_or_wreck_is_named_in_another_sentence(
        case: tuple[str, str, str]) -> None:
    noun, clause, asked = case
    text = f"# Vell Island\n\nIn 1595 the Brisa {noun} was first heard of.\n\nIn 1596 {clause}\n"
    _, why = resolve_definites(f"Vell Island: In what year {asked}", "1596", text,
                               f"In 1596 {clause}", "Vell Island", labelled=True)
    assert why, why


def test_a_guard_the_wrecks_owner_is_kept() -> None:
    text = "# Vell Island\n\nThe Brisa wreck lies off Kask.\n\nIn 1596 the wreck's bell was raised.\n"
    _, why = resolve_definites("Vell Island: In what year was the wreck's bell raised?", "1596",
                               text, "In 1596 the wreck's bell was raised.", "Vell Island",
                               labelled=True)
    assert not why, why


@given(st.sampled_from(["Meanwhile Vellish, Kaskan and Brisan", "Later Vellish, Kaskan and Brisan",
                        "Meanwhile Vellish, Kaskan or Brisan"]))
def test_the_first_adjective_of_a_list_stays_with_it(subject: str) -> None:
    """"Meanwhile French, Bavarian and Saxon troops had taken Prague" was asked "did Bavarian
    and Saxon troops take Prague" (round 1112): the French left out."""
    text = f"{subject} troops had taken the fortress of Lerno by escalade on 26 November 1741."
    cands, _ = _candidates([text])
    asked = [c.question for c in cands if c.answer == "26 November 1741" and BLANK not in c.question]
    assert asked and all("Vellish, Kaskan" in q for q in asked), asked


def test_a_guard_a_place_after_a_preposition_opens_the_sentence() -> None:
    text = "In Lerno, Vellish and Kaskan envoys signed the Treaty of Brisa on 3 May 1741."
    cands, _ = _candidates([text])
    asked = [c.question for c in cands if c.answer == "3 May 1741" and BLANK not in c.question]
    assert asked and not any("Lerno, Vellish" in q for q in asked), asked


@given(st.sampled_from([("Regional Decree 18/96/M of ____ made Vell a town.", "6 August 1996"),
                        ("The free port authorised by Decree-Law 500/80 of ____ grew fast.",
                         "20 October 1980")]))
def test_a_laws_number_carrying_the_blanks_year_is_obvious(case: tuple[str, str]) -> None:
    question, answer = case
    found = _faults(question, answer)
    assert any(f.startswith("obvious") and "carries" in f for f in found), found


def test_a_guard_asked_by_date_the_numbered_law_is_kept() -> None:
    sentence = "Law No. 7/74 of 27 July 1974 recognised the right of the colonies to independence."
    start = sentence.index("27 July 1974")
    fact = Fact(DATE, "27 July 1974", start, start + len("27 July 1974"), Sentence(sentence, 1))
    cand = Candidate(fact, "wh", "On what date did Law No. 7/74 recognise the right of the "
                     "colonies to independence?", "27 July 1974")
    assert not any("carries" in f for f in faults(cand))
