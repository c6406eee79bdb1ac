"""Rule pass 342, from rounds 1413-1420's readers (heldout1405-1412, academies and learned
societies):

- "Under statutes adopted in ____ the President and Council was to recommend ...": "the
  President and Council are elected" named two things, no council; "the Council" is not
  written as it (round 1415);
- "the former home of the German Embassy": an adjective before its noun, not the pronoun "the
  former" pointing back (a card refused for it in round 1415);
- "On what date was Senghor, former President of Senegal, elected, the first African member?":
  the timeline's comma dropped after a verb of choosing (round 1416);
- "On what date was the suppression and restoration abolished by the National Convention?": a
  fact sheet's label naming an event is not what its participle describes (round 1416);
- "did Suzanne Mubarak announce that she would chair the Board, and the former vice-president
  Ismail Serageldin became director?": a clause of its own after a comma inside a "that"
  clause is cut (round 1413);
- "did the Penrose Fund allow the Society to make research grants, to begin the Memoirs
  series?": a list of infinitives cut before its "and" is refused (round 1417);
- "was Professor Schlick born in Berlin": a person a news report calls by title and surname is
  written with the full name it gives, without another title (round 1414);
- "Marking the first anniversary, on what date ...": an anniversary of what, the card does not
  say; the opening is left out (round 1413);
- "accepted the charge", "fixed the procedure", "signs the imprimatur": a matter named by its
  kind alone is refused (rounds 1418-1419; rounds 156-1420 kept 2 of 16 such verdicts).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import generate_decks


def _questions(name: str, text: str) -> tuple[list[str], list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder) / "docs"
        docs.mkdir()
        (docs / name).write_text(text, encoding="utf-8")
        report = generate_decks([docs / name], Path(folder) / "out", keep_rejected=True)
        out = Path(folder) / "out" / (Path(name).stem + ".yaml")
        cards = yaml.safe_load(out.read_text(encoding="utf-8"))["cards"] if out.exists() else []
        return [card["question"] for card in cards], [r.candidate.question for _, r in report.rejected]


@given(st.sampled_from(["President", "Rector", "Mayor"]))
def test_a_head_and_a_council_are_no_council_s_name(head: str) -> None:
    from quiz.generate.bodies import name_bodies
    quote = "Under statutes adopted in 1847 the Council was to recommend fifteen candidates."
    text = (f"Anniversary Day, at which the {head} and Council are elected, falls on 30 November. "
            + quote)
    question = "Under statutes adopted in ____ the Council was to recommend fifteen candidates."
    assert name_bodies(question, "1847", text, quote) == question


def test_a_guard_a_council_named_before_is_still_written() -> None:
    from quiz.generate.bodies import name_bodies
    quote = "In 1847 the Council was to recommend fifteen candidates."
    text = "The Vell Privy Council met at Kask. " + quote
    asked = name_bodies("In ____ the Council was to recommend fifteen candidates.", "1847",
                        text, quote)
    assert asked == "In ____ the Vell Privy Council was to recommend fifteen candidates."


@given(st.sampled_from(["home", "capital", "palace", "residence"]))
def test_the_former_before_its_noun_points_nowhere(noun: str) -> None:
    from quiz.generate.leaning import leaning_faults
    assert leaning_faults(f"In ____ the Vell Academy moved to Kask House, the former {noun} of "
                          "the Tamm family.") == []


@given(st.sampled_from(["was elected", "signed it", "died", "captured the city"]))
def test_a_guard_the_former_as_a_pronoun_still_points_back(rest: str) -> None:
    from quiz.generate.leaning import leaning_faults
    assert any("the former" in fault for fault in leaning_faults(f"In ____ the former {rest}."))


@given(st.sampled_from(["elected", "appointed", "named", "crowned"]))
def test_a_chosen_person_s_appositive_loses_its_comma(verb: str) -> None:
    from quiz.generate.trim import without_comma_before_chosen_as
    asked = without_comma_before_chosen_as(
        f"Vell Academy: On what date was Ivo Tamm, former Mayor of Kask, {verb}, the first "
        "member from Dorn?")
    assert asked == (f"Vell Academy: On what date was Ivo Tamm, former Mayor of Kask, {verb} "
                     "the first member from Dorn?")


def test_a_guard_another_appositive_keeps_its_comma() -> None:
    from quiz.generate.trim import without_comma_before_chosen_as
    question = "On what date was Ivo Tamm elected, the Academy meeting at Kask?"
    assert without_comma_before_chosen_as(question) == question


_FACTSHEET = """# Vell Academy: key facts

- **Founded:** by Duke Ivo Tamm at Kask on 12 May 1702.
- **{label}:** abolished by the Revolutionary Council on 8 August 1793; re-formed by decree on 23 January 1803.
- **Seat:** the Tamm Palace at Kask.
"""


@settings(max_examples=3, deadline=None)
@given(st.sampled_from(["Suppression and restoration", "Abolition", "Closure and revival"]))
def test_a_label_naming_an_event_is_not_what_was_abolished(label: str) -> None:
    questions, rejected = _questions("vell-academy-factsheet.md", _FACTSHEET.format(label=label))
    assert not any(label.lower() in q.lower() for q in questions + rejected
                   if "abolished" in q and "____" not in q), questions + rejected


@given(st.sampled_from(["Ivo Tamm", "the former bank governor Ivo Tamm", "the poet Ivo Tamm"]))
def test_a_clause_after_a_comma_inside_a_that_clause_is_cut(subject: str) -> None:
    from quiz.generate.coordination import second_clause
    predicate = (f" that she would chair the Board of Trustees, and {subject} became director.")
    span = second_clause(predicate)
    assert span is not None and predicate[: span[0]].endswith("Trustees"), span


def test_a_guard_an_and_inside_the_that_clause_is_kept() -> None:
    from quiz.generate.coordination import second_clause
    assert second_clause(" that Vell and Kask would be joined.") is None


def _faults_of(question: str) -> list[str]:
    from dataclasses import replace

    from quiz.generate.documents import Document
    from quiz.generate.extract import find_facts
    from quiz.generate.quality import faults
    from quiz.generate.questions import candidates_for
    from quiz.generate.sentences import Sentence
    doc = Document(Path("d.txt"), "x", "D")
    text = "The Tamm Fund allowed the Academy to begin the Annals series in 1935."
    cand = next(cand for fact in find_facts(Sentence(text, 1), doc)
                for cand in candidates_for(fact, doc) if cand.answer == "1935")
    return faults(replace(cand, question=question))


@given(st.sampled_from(["begin", "start", "found"]))
def test_a_list_of_infinitives_cut_before_its_and_is_refused(verb: str) -> None:
    found = _faults_of(f"In what year did the Tamm Fund allow the Academy to make research "
                       f"grants, to {verb} the Annals series?")
    assert any("cut before its" in fault for fault in found), found


def test_a_guard_an_infinitive_of_purpose_is_no_list() -> None:
    found = _faults_of("In what year did Abbot Ivo sell Kask to make money, to be held under "
                       "the law of Vell?")
    assert not any("cut before its" in fault for fault in found), found


@given(st.sampled_from(["Professor", "Dr", "Doctor"]))
def test_a_titled_surname_is_written_with_the_full_name(title: str) -> None:
    from quiz.generate.names import with_document_names
    text = ("Schools of Vell\n\nAmong its teachers was the philosopher Dr Ivo Kessler. "
            f"{title} Kessler was born in Dorn on 4 May 1882.")
    asked = with_document_names(f"On what date was {title} Kessler born in Dorn?", "4 May 1882",
                                text)[0]
    assert asked == "On what date was Ivo Kessler born in Dorn?", asked


def test_a_guard_a_knight_keeps_his_sir() -> None:
    from quiz.generate.names import with_document_names
    text = "Schools of Vell\n\nSir Ivo Kessler taught at Dorn. Sir Ivo was born in 1882."
    asked = with_document_names("In what year was Sir Ivo born?", "1882", text)[0]
    assert asked == "In what year was Sir Ivo Kessler born?", asked


@given(st.sampled_from(["Marking the first anniversary", "To celebrate its centenary",
                        "Commemorating the fiftieth anniversary"]))
def test_an_anniversary_of_what_is_left_out(opening: str) -> None:
    from quiz.generate.trim import without_anniversary_opening
    asked = without_anniversary_opening(f"Vell Library: {opening}, on what date in 2003 did Ann "
                                        "Tamm open a new wing?")
    assert asked == "Vell Library: On what date in 2003 did Ann Tamm open a new wing?", asked


def test_a_guard_an_anniversary_the_question_names_is_kept() -> None:
    from quiz.generate.trim import without_anniversary_opening
    question = ("Marking the first anniversary of the fire, on what date did Ann Tamm open a "
                "new wing?")
    assert without_anniversary_opening(question) == question


@given(st.sampled_from(["the charge", "the charges", "the procedure", "the imprimatur"]))
def test_a_charge_or_a_procedure_named_by_its_kind_alone_is_refused(matter: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert _bare_matter(f"Vell Academy: On what date did Ivo Tamm accept {matter}?")


def test_a_guard_a_charge_the_question_says_is_kept() -> None:
    from quiz.generate.quality import _bare_matter
    assert not _bare_matter("Vell Academy: On what date did Ivo Tamm deny the charge of "
                            "treason?")
