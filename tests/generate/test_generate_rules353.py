"""Rule pass 353, from rounds 1502-1509's readers (heldout1493-1500, football clubs):

- an article opening "Futbol Club Barcelona, known everywhere as Barça, is a multi-sport club"
  or "Manchester United Football Club is a professional association football club" was read as
  a life (its text tells of presidents and players, "he", and their births), so a murdered
  club president's "he" became "FC Barcelona" and Eusébio's "He died" "Sport Lisboa e Benfica
  died": a "known as" aside, a "Football Club" after the name and the text's fuller name ending
  in the title's last word now count; the words before the kind noun are no preposition or
  relative ("the founder of the club", "a general who commanded the country's artillery" are
  lives) and the kind noun stands alone ("an institution-builder" is none);
- "as the first champions of the Premier League" is no subject and verb ("the first
  championed"); a participle line read as an act, "did a stylised "J" introduce, replacing
  ...", is refused;
- wrong options for a fixture of a sporting season ("the FA Cup final", "a league title")
  keep within a month of the answer: "20 January 1994" for a May final was struck at sight
  (one reader of round 1504 found 17 such cards obvious).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

_BODY = ("Its first president, Ann Vell, was born at Kask in 1870; he was shot in 1936, and "
         "he is remembered each year. Vell's successor, he said, kept Vell's name. He left "
         "in 1940.")


def _life(title: str, opening: str) -> tuple[str, str] | None:
    from quiz.generate.documents import main_person
    return main_person(title, [opening, _BODY])


@given(st.sampled_from(["known everywhere as Kaska", "commonly known as Vellfc",
                        "also known as the Reds"]))
def test_a_club_with_a_known_as_aside_is_no_life(aside: str) -> None:
    opening = f"Futbol Club Vell, {aside}, is a multi-sport club based in Kask."
    assert _life("FC Vell", opening) is None


@given(st.sampled_from(["Football Club", "F.C.", "AFC"]))
def test_a_club_named_with_its_suffix_is_no_life(suffix: str) -> None:
    opening = f"Kask Vell {suffix} is a professional association football club based in Kask."
    assert _life("Kask Vell", opening) is None


@given(st.sampled_from(["was the founder of the club", "was a general who commanded the "
                        "country's coastal artillery", "was an Indian physicist and "
                        "institution-builder"]))
def test_guard_a_life_defined_by_its_work_stays_a_life(rest: str) -> None:
    from quiz.generate.documents import main_person
    opening = f"Ann Lahja Vell {rest}. He was born at Kask in 1870."
    assert main_person("Ann Vell", [opening, _BODY]) == ("Ann Vell", "he")


def _options(sentence: str, answer: str) -> list[str]:
    from quiz.generate.distractors import build_pools, choices_for
    from quiz.generate.documents import Document
    from quiz.generate.extract import find_facts
    from quiz.generate.questions import candidates_for
    from quiz.generate.sentences import Sentence
    doc = Document(Path("d.txt"), sentence, "D")
    facts = find_facts(Sentence(sentence, 1), doc)
    cands = [c for fact in facts for c in candidates_for(fact, doc) if c.answer == answer]
    return choices_for(cands[0], build_pools(facts)) if cands else []


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _month_gap(option: str, month: int) -> int:
    other = next(i for i, name in enumerate(_MONTHS, 1) if name in option)
    return min((other - month) % 12, (month - other) % 12)


@given(st.integers(min_value=1, max_value=12), st.sampled_from(["FA Cup final", "league title",
                                                                "cup tie"]))
def test_a_fixtures_options_keep_to_its_season(month: int, fixture: str) -> None:
    answer = f"14 {_MONTHS[month - 1]} 1994"
    options = _options(f"On {answer} a 4–0 win over Kask in the {fixture} gave Vell the double.",
                       answer)
    assert options and all(_month_gap(option, month) <= 1 for option in options)


def test_guard_an_event_of_no_season_may_have_options_months_away() -> None:
    answer = "14 May 1994"
    options = _options(f"On {answer} Ann Vell opened the new town hall of Kask.", answer)
    assert options and any(_month_gap(option, 5) > 1 for option in options)


@given(st.sampled_from(["first", "last", "new"]))
def test_an_ordinal_and_its_plural_noun_are_no_subject_and_verb(ordinal: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past(f"Kask confirms Vell as the {ordinal} champions of the league.") == (
        f"Kask confirmed Vell as the {ordinal} champions of the league.")


def test_guard_a_nouns_verb_after_when_goes_into_the_past() -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("Ann Vell drowns when his boat capsizes.") == (
        "Ann Vell drowned when his boat capsized.")


@given(st.sampled_from(['a stylised "J"', "the new crest", "Vell's badge"]))
def test_a_participle_line_read_as_an_act_is_refused(subject: str) -> None:
    from quiz.generate.leaning import _LOST_OBJECT
    question = f"In what month and year did {subject} introduce, replacing the oval badge?"
    assert _LOST_OBJECT.search(question)


def test_guard_an_introduction_with_its_object_stands() -> None:
    from quiz.generate.leaning import _LOST_OBJECT
    assert not _LOST_OBJECT.search("In what year did the club introduce a new badge?")
