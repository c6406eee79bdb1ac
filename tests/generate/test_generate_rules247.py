"""Rule pass 247, from rounds 781-788 (heldout773-780):

- "From ____ Joan Verger Pocoví directed ... the engineering firm Sondejos S.A. He was active in
  his profession's institutions." (a sentence not ended after a company's "S.A.");
- "did a Muslim from La Palomera name Ali swims out to the royal galley" (a naming participle
  after a place's name taken for the clause's verb);
- "within the Natura ____ network" (a name's number blanked as a year: rounds 82-788 kept none
  of 4 such verdicts);
- "After the Kingdom of Sardinia decided the Batteria Umberto I of ____, with its turret ..."
  (an item of a list after a colon given the sentence's opening as its subject);
- "At least nine wrecks on the Secca di Capo Graziano, with an underwater archaeological route
  opened in ____." (a participle after "with a ..." taken for the clause's verb).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.grammar import find_verb
from quiz.generate.pipeline import generate_decks
from quiz.generate.quality import _NAMED_YEAR
from quiz.generate.questions import BLANK
from quiz.generate.sentences import split_line


@given(st.sampled_from(["S.A.", "S.p.A.", "N.V."]), st.sampled_from(["He", "She", "The firm"]))
def test_a_sentence_ends_after_a_companys_abbreviation(form: str, opening: str) -> None:
    text = (f"From 1971 to 1983 he directed the operations of the firm Kellos {form} {opening} "
            f"was also active in the college of engineers.")
    assert len(split_line(text)) == 2, split_line(text)


def test_a_guard_initials_inside_a_name_end_no_sentence() -> None:
    assert len(split_line("In 1989 George H.W. Bush met Ivo Tamm at Kell.")) == 1


@given(st.sampled_from(["La Palomera", "Porto Vell", "Kell"]),
       st.sampled_from(["swam out", "rowed out", "sailed"]))
def test_a_naming_participle_after_a_place_is_no_verb(place: str, verb: str) -> None:
    asked = invert(f"A Muslim from {place} named Ali {verb} to the royal galley",
                   "On what date in 1229")
    assert asked is not None and " named Ali " in asked, asked


@given(st.sampled_from(["swims out", "rows out"]))
def test_a_naming_participle_before_a_timelines_present_is_never_asked_as_a_verb(
        verb: str) -> None:
    asked = invert(f"A Muslim from La Palomera named Ali {verb} to the royal galley",
                   "On what date in 1229")
    assert asked is None or " name Ali " not in asked, asked


def test_a_guard_a_body_of_a_place_that_names_someone_still_asks() -> None:
    asked = invert("The council of Kell named Ivo Tamm president", "On what date")
    assert asked == "On what date did the council of Kell name Ivo Tamm president?", asked


@given(st.sampled_from(["Natura", "Horizon", "Agenda"]),
       st.sampled_from(["network", "programme", "project", "strategy"]))
def test_a_names_number_is_no_year(name: str, noun: str) -> None:
    assert _NAMED_YEAR.search(f"The park lies within the {name} {BLANK} {noun}.")


@given(st.sampled_from(["In", "Since", "By", "May"]))
def test_a_guard_a_year_after_a_phrase_of_time_is_a_year(opening: str) -> None:
    assert not _NAMED_YEAR.search(f"{opening} {BLANK} project work began on Kell.")


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["Batteria Umberto I", "Batteria Kell", "Forte Vell"]))
def test_an_item_of_a_list_after_a_colon_gets_no_subject(tmp_path: Path, battery: str) -> None:
    folder = tmp_path / battery.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    text = (f"Vell Island\n\nVell Island lies off Kell. After the Kingdom of Kellia decided in "
            f"1857 to move its naval base from Ostra to Kell, the island was covered with "
            f"fortifications: the Forte Cavour on the summit, built from about 1860; the "
            f"semaphore battery beside it; and the {battery} of 1887–1889, with its turret for "
            f"two 400-millimetre Krupp guns. The navy left the island on 3 May 2016. A park was "
            f"created on 12 June 2018.\n")
    doc = folder / "vell-island-encyclopedia.txt"
    doc.write_text(text, encoding="utf-8")
    generate_decks([doc], folder / "out", jobs=1)
    questions = [card["question"] for deck in (folder / "out").glob("*.yaml")
                 for card in yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"]]
    assert not any(battery in q and "decided the" in q for q in questions), questions


@given(st.sampled_from(["an underwater archaeological route", "a small museum",
                        "a new marked trail"]))
def test_a_participle_after_with_a_noun_is_no_verb(noun: str) -> None:
    text = f"At least nine wrecks on the Secca di Kell, with {noun} opened in July 2008."
    assert find_verb(text) is None, find_verb(text)


def test_the_verb_after_an_aside_of_with_and_a_participle_is_the_clauses() -> None:
    text = "The king, with a new army raised in Kell, marched on Vell."
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "marched", verb
