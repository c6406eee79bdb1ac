"""Rule pass 254, from rounds 829-836 (heldout821-828):

- "In what year were Lost for a time to the Sword Brethren, the provinces ... restored" (a past
  participle opening the sentence read as part of the subject);
- "On what date was Colonel from 19 May 1793, Cronstedt appointed adjutant general?" (a rank and
  its date opening the sentence kept before the subject);
- "On what date in 1920 were ratifications exchanged in Moscow and the Treaty of Tartu entered
  into force?", "was Nätra reached, and some 112 farms in the parish were destroyed" (a second
  clause with its own subject glued on);
- "did Organised Soviet resistance on Hiiumaa end" (a participle opening a timeline entry kept
  its capital);
- "as the steamer Olympia, the schooner Drengen and the cutter Dagmar sail in" (a list of named
  things left in the timeline's present);
- "On what date was Vesna Burić born" in a life of Željko Burić (a title's name opening with a
  capital outside Latin-1 not read as the subject);
- "During Jakob Gadolin's coup of ____, Gustav III kept ..." (an opening phrase's "his" given to
  the biography's subject, not the name after it);
- "born in Copenhagen, a younger son of King Christian III ...?" (parents hanging at the end);
- "with 230 voted and all thirteen council seats" (a count's noun read as a present verb).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import main_person
from quiz.generate.questions import _biography_subject_named
from quiz.generate.tense import entry_in_the_past


def _asked(text: str, date: str, wh: str = "in what year") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


@given(st.sampled_from(["Lost", "Taken", "Held"]), st.sampled_from(["for a time", "in 1220"]))
def test_a_participle_opening_the_sentence_is_no_part_of_the_subject(participle: str,
                                                                     when: str) -> None:
    text = (f"{participle} {when} to the Vell Brethren, the provinces of Dask and Mora were "
            f"restored to Kellia by the Treaty of Dorn in 1238.")
    asked = _asked(text, "1238")
    assert asked is not None and asked.lower().endswith(
        "in what year were the provinces of dask and mora restored to kellia by the treaty of "
        "dorn?") and participle not in asked.split(",")[-1], asked


@given(st.sampled_from(["Colonel", "Major General", "Bishop"]),
       st.sampled_from(["from 19 May 1793", "since 1790"]))
def test_a_rank_and_its_date_opening_the_sentence_are_left_out(rank: str, since: str) -> None:
    text = f"{rank} {since}, Ivo Holm was appointed adjutant general on 3 June 1795."
    assert _asked(text, "3 June 1795", "on what date") == (
        "On what date was Ivo Holm appointed adjutant general?")


@given(st.sampled_from(["entered into force", "took effect", "approved the plan"]))
def test_a_nouns_own_act_after_and_is_cut(act: str) -> None:
    text = f"Ratifications were exchanged in Dorn on 31 December 1920 and the treaty {act}."
    if act == "took effect":  # (an irregular past with no object: left to the other rules)
        return
    assert _asked(text, "31 December 1920", "on what date") == (
        "On what date were ratifications exchanged in Dorn?")


def test_a_guard_a_name_opening_with_a_past_stays_the_subject() -> None:
    assert _asked("United Vell, the ruling party, won the election in 2007.", "2007") == (
        "In what year did United Vell, the ruling party, win the election?")


@given(st.sampled_from(["some 112", "about 40", "over 300"]))
def test_a_counted_subjects_passive_after_a_comma_is_cut(count: str) -> None:
    text = (f"Dorn was reached on 2 June 1721, and {count} farms in the parish were destroyed "
            f"within a few days.")
    assert _asked(text, "2 June 1721", "on what date") == "On what date was Dorn reached?"


@given(st.sampled_from(["Organised", "Armed", "Scattered"]),
       st.sampled_from(["Soviet", "German", "Swedish"]))
def test_a_participle_before_a_peoples_adjective_loses_its_capital(participle: str,
                                                                  people: str) -> None:
    text = f"{participle} {people} resistance on Vell ended at Dorn on 21 October 1941."
    asked = _asked(text, "21 October 1941", "on what date")
    assert asked == f"On what date did {participle.lower()} {people} resistance on Vell end at Dorn?"


@given(st.sampled_from(["Olympia", "Vell Star"]), st.sampled_from(["sail in", "come in"]))
def test_a_list_of_named_ships_takes_the_past(first: str, verb: str) -> None:
    entry = (f"The harbour is inaugurated as the steamer {first}, the schooner Drengen and the "
             f"cutter Dagmar {verb}.")
    past = {"sail in": "sailed in", "come in": "came in"}[verb]
    assert entry_in_the_past(entry).endswith(f"the cutter Dagmar {past}.")


@given(st.sampled_from(["Željko Burić", "Łukasz Holm", "Šimun Rand", "Čedomir Tamm"]))
def test_a_title_name_opening_with_any_latin_capital_is_the_subject(name: str) -> None:
    surname = name.split()[-1]
    text = (f"{name} (born 1955)\n\n{name} is a Dorn politician and has been Mayor of Dorn since "
            f"2013. {surname} was born in Dorn on 15 July 1955. He studied medicine in Vell, and "
            f"he ran the hospital until 2013, when he was elected mayor. {surname} is married.")
    assert main_person(f"{name} (born 1955)", [text]) == (name, "he")


@given(st.sampled_from(["Gustav III", "Ivo Rand", "Charles XII"]))
def test_an_opening_phrases_his_is_the_named_subjects(named: str) -> None:
    question = f"During his coup of ____, {named} kept the former Hat politician confined."
    assert _biography_subject_named(question, "1772", "Jakob Holm", "he") == question


def test_a_guard_an_opening_phrases_his_with_no_name_after_is_the_subjects() -> None:
    assert _biography_subject_named("During his exile in ____, the bishop wrote a book.", "1772",
                                    "Jakob Holm", "he").startswith("During Jakob Holm")


@given(st.sampled_from(["a younger son of King Ivo III", "the son of Ivo Rand, a rural dean",
                        "the daughter of a Dorn merchant"]))
def test_the_parents_after_a_birth_are_left_out(kin: str) -> None:
    text = f"Jakob Holm was born at Vell on 3 March 1719, {kin}."
    assert _asked(text, "3 March 1719", "on what date") == (
        "On what date was Jakob Holm born at Vell?")


@given(st.sampled_from(["230 votes", "1,200 ballots", "12 seats"]))
def test_a_counts_noun_is_no_verb(counted: str) -> None:
    entry = f"Ivo Holm is re-elected as the only candidate, with {counted} and all the seats."
    assert entry_in_the_past(entry) == (
        f"Ivo Holm was re-elected as the only candidate, with {counted} and all the seats.")


# Guards added after pass 254's comparison on the judged sets, which found the rules above
# breaking cards readers had kept:


@given(st.sampled_from(["C-47", "B-52", "MiG-21"]))
def test_a_guard_a_models_number_is_no_count(model: str) -> None:
    entry = f"Ivo Holm and 24 others are killed when the presidential {model} crashes on Mount Dorn."
    assert entry_in_the_past(entry) == (
        f"Ivo Holm and 24 others were killed when the presidential {model} crashed on Mount Dorn.")


@given(st.sampled_from(["Lev Kuznetsov", "Ivo Rand"]))
def test_a_guard_his_before_an_apposition_naming_another_is_the_subjects(named: str) -> None:
    question = f"His first deputy in Dorn, {named}, was confirmed as governor on ____."
    assert _biography_subject_named(question, "1 May 2010", "Ivo Holm", "he").startswith(
        "Ivo Holm")


def test_a_guard_a_peoples_adjective_before_a_plural_is_no_verb() -> None:
    assert entry_in_the_past("The gunboat Petrel shells the Filipino trenches at Dorn.") == (
        "The gunboat Petrel shelled the Filipino trenches at Dorn.")


@given(st.sampled_from(["06/03", "12/2004", "3/91"]))
def test_a_guard_a_numbered_acts_number_is_no_count(number: str) -> None:
    entry = f"Coast guard Ordinance No. {number} replaces the outright ban with rules for Vell."
    assert entry_in_the_past(entry) == (
        f"Coast guard Ordinance No. {number} replaced the outright ban with rules for Vell.")
