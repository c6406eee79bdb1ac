"""Rule pass 330, from rounds 1317-1324 (heldout1309-1316) as both readers judged them:

- "his wife Mumtaz Mahal, who died in ____" and "On what date in 1631 did Mumtaz Mahal die at
  Burhanpur": one death asked twice in one deck; the card that asks it to the day is kept
  (round 1323's readers faulted the year's card as the repeat);
- "did Lydia Zollikofer marry Friedrich Emil Welti": a daughter the text names by her given
  name alone ("Their daughter Lydia") is not completed with the full name of another kin ("his
  mother was Lydia Zollikofer");
- "did the Ticino valley line from Biasca ... had opened": a plural noun and its places before
  a pluperfect is no present verb;
- "did Pino enter regular service": the last place of a subject opened after ", and the"
  opens no clause;
- "did the Treaty of Copenhagen confirm the cession?", "release Walker from the restriction":
  a matter named by its kind alone ("the cession", "the project", "the freeze") is refused
  (rounds 156-1332 kept 32 of 194 such verdicts);
- "were the first charges fired and work began at Fourneaux": a mass noun's clause after
  "and" ("work began", "traffic resumed") is a clause of its own;
- "so that the Simplon Tunnel could be built" (round 1331), in a text on the Lötschberg: "the
  tunnel" is not the one named last when the title names another of that kind;
- "ADOLF OGI:" (six cards of round 1331): a label from a title set in capitals is written as
  the name is written ("Adolf Ogi:").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate import generate_decks

_TIMELINE = """# Vell Palace: a timeline

## 1620

- The Vell Palace at Kask was raised by the emperor Ivo Tamm over the grave of his wife {wife}, who died in 1631, and became his own resting place in 1666.

## 1631

- 17 June: {wife} dies at Dorn after giving birth to her fourth child.
- 9 September: the emperor orders a tomb for her on the river at Kask.
"""


def _questions(wife: str) -> tuple[list[str], list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder) / "docs"
        docs.mkdir()
        name = "vell-palace-timeline.md"
        (docs / name).write_text(_TIMELINE.format(wife=wife), encoding="utf-8")
        report = generate_decks([docs / name], Path(folder) / "out", keep_rejected=True)
        out = Path(folder) / "out" / name.replace(".md", ".yaml")
        cards = yaml.safe_load(out.read_text(encoding="utf-8"))["cards"] if out.exists() else []
        return [card["question"] for card in cards], [r.reason for _, r in report.rejected]


@settings(max_examples=3, deadline=None)
@given(st.sampled_from(["Ann Sorel", "Lia Berg", "Mara Kell"]))
def test_one_death_in_a_deck_is_asked_to_the_day(wife: str) -> None:
    questions, rejected = _questions(wife)
    deaths = [q for q in questions if wife in q and ("died" in q or " die " in q)]
    assert len(deaths) == 1 and "1631" in deaths[0] and "what date" in deaths[0], questions
    assert any(reason.startswith("duplicate: the same fact") for reason in rejected)


@given(st.sampled_from(["Ivo", "Karl", "Lia"]))
def test_a_kin_known_by_a_given_name_is_not_completed_with_another(given_name: str) -> None:
    from quiz.generate.names import with_document_names
    text = (f"Ann Tamm was born in 1819; her mother was {given_name} Sorel. In 1857 she "
            f"married Otto Berg. Their daughter {given_name} was born in 1858. {given_name} Sorel "
            "had died in 1850.")
    question = f"In what year did {given_name} marry Emil Welti?"
    assert with_document_names(question, "1883", text)[0] == question


def test_a_guard_a_kin_of_one_name_is_still_completed() -> None:
    from quiz.generate.names import with_document_names
    text = ("Otto Tamm was born in 1820. His son Ivo was born in 1858. Ivo Tamm studied in Vell. "
            "Ivo Tamm wrote.")
    asked = with_document_names("In what year did Ivo marry Ann Welti?", "1883", text)[0]
    assert asked == "In what year did Ivo Tamm marry Ann Welti?", asked


@given(st.sampled_from(["lines", "roads", "canals"]))
def test_a_plural_noun_and_its_places_before_a_pluperfect_is_no_verb(noun: str) -> None:
    from quiz.generate.clauses import invert
    asked = invert(f"The valley {noun} from Dorn to Vell and Kask and from Zell to Tarn had "
                   "opened.", "on what date")
    assert asked == (f"On what date did the valley {noun} from Dorn to Vell and Kask and from "
                     "Zell to Tarn open?"), asked


def test_a_guard_a_present_verb_and_its_places_is_still_the_verb() -> None:
    from quiz.generate.clauses import invert
    assert invert("The river flows from Dorn to Vell.", "in what year") == (
        "In what year did the river flow from Dorn to Vell?")


@given(st.sampled_from(["Pino", "Kask", "Zell"]))
def test_the_last_place_of_a_subject_after_and_opens_no_clause(place: str) -> None:
    from quiz.generate.clauses import start_of_clause
    text = ("Festivities lasted from 21 to 25 May 1882, with guests carried between Dorn and Vell, "
            f"and the full line from Tarn to Chiasso and {place} entered service on 1 June 1882.")
    assert not text[start_of_clause(text, text.index(" on 1 June")):].startswith(place)


@given(st.sampled_from(["the cession", "the restriction", "the project", "the freeze"]))
def test_a_matter_named_by_its_kind_alone_is_refused(matter: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert _bare_matter(f"Port Allard: On what date did Ivo Tamm lift {matter}?")


@given(st.sampled_from(["the cession of Kask", "the project for a new quay", "the harbour"]))
def test_a_guard_a_matter_the_question_says_is_kept(matter: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert not _bare_matter(f"Port Allard: On what date did Ivo Tamm announce {matter}?")


def test_a_guard_the_label_may_name_the_matter() -> None:
    from quiz.generate.quality import _bare_matter
    assert not _bare_matter("The project: On what date did Ivo Tamm open the quay?")


@given(st.sampled_from(["work began", "traffic resumed", "construction started"]))
def test_a_mass_nouns_clause_after_and_is_a_clause_of_its_own(clause: str) -> None:
    from quiz.generate.clauses import cut_clause
    assert cut_clause(f" were fired and {clause} at Vell.", has_verb=True) == " were fired"


def test_a_guard_a_described_noun_after_and_is_no_clause() -> None:
    from quiz.generate.clauses import cut_clause
    assert cut_clause(" fired and piled stones at Vell.", has_verb=True) == (
        " fired and piled stones at Vell.")


def _tunnel_text(title: str) -> str:
    return (f"# {title}\n\n## 1906\n\n- 1 June: the Dorn Tunnel opens to traffic.\n- 31 December: "
            "the Vell government asks for 5 million francs so that the tunnel can be built for "
            "two tracks.\n\n## 1913\n\n- 15 July: the Kask Tunnel opens.\n")


def test_the_tunnel_of_a_texts_own_subject_is_not_the_one_named_last() -> None:
    from quiz.generate.definites import resolve_definites
    text = _tunnel_text("Kask railway: a timeline")
    quote = ("31 December: the Vell government asks for 5 million francs so that the tunnel can "
             "be built for two tracks.")
    question = ("On what date in 1906 did the Vell government ask for 5 million francs so that "
                "the tunnel could be built for two tracks?")
    asked = resolve_definites(question, "31 December", text, quote, "Kask railway: a timeline")
    assert "Dorn Tunnel" not in asked[0], asked


def test_a_guard_the_tunnel_named_last_is_still_written_in_another_text() -> None:
    from quiz.generate.definites import resolve_definites
    text = _tunnel_text("Alpine railways: a timeline")
    quote = ("31 December: the Vell government asks for 5 million francs so that the tunnel can "
             "be built for two tracks.")
    question = ("On what date in 1906 did the Vell government ask for 5 million francs so that "
                "the tunnel could be built for two tracks?")
    asked = resolve_definites(question, "31 December", text, quote, "Alpine railways: a timeline")
    assert "the Dorn Tunnel could" in asked[0], asked


@given(st.sampled_from([("ADOLF OGI", "Adolf Ogi"), ("CHARLES DE GAULLE", "Charles de Gaulle"),
                        ("JEAN-CLAUDE GAYSSOT", "Jean-Claude Gayssot")]))
def test_a_name_in_capitals_is_written_as_a_name(pair: tuple[str, str]) -> None:
    from quiz.generate.topic_label import with_person_label
    capitals, written = pair
    assert with_person_label("In what year was the tunnel opened?", "2007", capitals) == (
        f"{written}: In what year was the tunnel opened?")


def test_a_guard_a_name_in_lower_case_is_kept_as_written() -> None:
    from quiz.generate.topic_label import as_written_in_lower_case
    assert as_written_in_lower_case("Ivo de Tamm") == "Ivo de Tamm"
