"""Rule pass 244, from rounds 757-764 (heldout749-756, after pass 242): questions whose grammar
broke where the text was sound, and notes on the sources asked as facts.

- "did the declaration takes full effect": "takes full effect" read as a plural noun "takes"
  and a verb "full";
- "did Duke of the Dalmatians (dux Dalmaticorum), title assume", "did the Torre Vecchia, a Pisan
  tower on the western cliffs first record": a noun and its gloss taken for a clause;
- "did Capraia's colony close in the 1980s, Asinara's prison": a list of gapped clauses;
- "did French troops land at Port-Tudy, Ascension Day?": the name of the day left behind;
- "did German troops enter Lorient Agglomération": a town written out as its district;
- "the king issued Christian VIII of Denmark's Open Letter": the king's "his" given his name;
- "Sources differ on when ...": a note on the sources asked as a fact;
- "...; under regency until 1 June 1835; deposed ____ (Old Style).": a list's item;
- "the Henrys, who ran its hotels, obtained its inscription on ____": a series cut short;
- "The Paon light, On what date did a square tower attach to a keeper's house?";
- "did Isla Isabel, a breeding grind for frigatebirds and boobies, was made": a noun read as a
  past ("ground");
- "When the British heavy guns were brought up Louis Thomas Villaret de Joyeuse capitulated": "he"
  named without the comma the opening clause then needs.

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.facts import DATE, Fact
from quiz.generate.names import with_document_names
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate, _biography_subject_named, _series_closed
from quiz.generate.sentences import Sentence
from quiz.generate.tense import rest_in_the_past


def _asked(text: str, date: str, wh: str = "On what date") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def _faults(question: str, answer: str, sentence: str | None = None) -> list[str]:
    text = sentence or question.replace("____", answer)
    start = text.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(text, 1))
    return faults(Candidate(fact, "cloze", question, answer))


@given(st.sampled_from([("declaration", "takes", "take", "full effect"),
                        ("ordinance", "takes", "take", "full effect"),
                        ("regency", "assumes", "assume", "full control"),
                        ("council", "takes", "take", "direct control")]))
def test_a_timeline_verb_before_an_adjective_and_its_set_noun_is_the_verb(
        case: tuple[str, str, str, str]) -> None:
    noun, verb, base, phrase = case
    asked = _asked(f"8 October: The {noun} {verb} {phrase} as the ties with Vellia are severed.",
                   "8 October", "On what date in 1991")
    assert asked == (f"On what date in 1991 did the {noun} {base} {phrase} as the ties with "
                     f"Vellia were severed?"), asked


@given(st.sampled_from(["title", "style", "rank"]), st.sampled_from(["assumed", "adopted"]))
def test_a_name_and_a_bare_noun_before_a_past_form_is_no_clause(noun: str, verb: str) -> None:
    text = f"Duke of the Vellians (dux Vellianorum), {noun} {verb} in 1000 after the expedition."
    assert _asked(text, "1000", "In what year") is None


def test_an_apposition_no_comma_closes_is_no_subject() -> None:
    assert _asked("The Kell Way, a waymarked trail of more than 500 km opened in 1999.", "1999",
                  "In what year") is None


@given(st.sampled_from(["breeding", "nesting", "hunting", "feeding"]))
def test_a_noun_that_is_a_past_form_after_its_ing_word_is_no_verb(word: str) -> None:
    asked = _asked(f"Isla Vell, a {word} ground for frigatebirds and boobies, was made a national "
                   f"park in 1999.", "1999", "In what year")
    assert asked == (f"In what year was Isla Vell, a {word} ground for frigatebirds and boobies, "
                     f"made a national park?"), asked


def test_a_guard_an_ing_noun_and_its_verb_stay_a_clause() -> None:
    assert _asked("The building collapsed in 1999 after the storm.", "1999", "In what year") == (
        "In what year did the building collapse after the storm?")


def test_a_guard_an_apposition_closed_by_its_comma_keeps_its_verb() -> None:
    asked = _asked("Ivo Tamm, a lawyer, founded the party in 1990.", "1990", "In what year")
    assert asked == "In what year did Ivo Tamm, a lawyer, found the party?", asked


@given(st.sampled_from(["Dasko", "Kellia", "Orlana"]), st.sampled_from(["prison", "colony"]))
def test_a_gapped_item_of_a_list_of_owners_is_not_asked(island: str, noun: str) -> None:
    text = (f"Vell's colony closed in the 1980s, {island}'s {noun} on 31 December 1997 and "
            f"Kell's in 1998, leaving Orlo alone.")
    assert _asked(text, "31 December 1997") is None


@given(st.sampled_from(["Ascension Day", "Easter Sunday", "Christmas Eve", "Bastille Day"]))
def test_the_name_of_the_day_goes_with_its_date(day: str) -> None:
    asked = _asked(f"French troops landed at Port-Vell on 10 May 1945, {day}.", "10 May 1945")
    assert asked == "On what date did French troops land at Port-Vell?", asked


@given(st.sampled_from(["Agglomération", "Métropole", "Harbour Board"]))
def test_a_town_named_alone_first_is_not_written_as_a_longer_name(rest: str) -> None:
    text = (f"Groix\n\nThe island lies off Kellac. German troops entered Kellac on 21 June "
            f"1940. The island belongs to Kellac {rest}.\n")
    question, _ = with_document_names("On what date did German troops enter Kellac?",
                                      "21 June 1940", text)
    assert question == "On what date did German troops enter Kellac?", question


@given(st.sampled_from(["king", "emperor", "sultan", "tsar"]),
       st.sampled_from(["Ivo VIII", "Karl IV", "Otto II"]))
def test_a_rulers_his_stays_and_the_ruler_is_named(rank: str, name: str) -> None:
    asked = _biography_subject_named(f"On ____ the {rank} issued his Open Letter.", "1846",
                                     name, "he")
    assert asked == f"On ____ {name} issued his Open Letter.", asked


def test_a_ruler_the_subject_may_not_be_is_left_as_written() -> None:
    asked = _biography_subject_named("On ____ the king issued his Open Letter.", "1846",
                                     "Ivo Tamm", "he")
    assert asked == "On ____ the king issued his Open Letter.", asked


@given(st.sampled_from(["Sources differ on", "Accounts vary on", "Historians disagree on"]))
def test_a_note_on_the_sources_is_no_fact(opening: str) -> None:
    question = f"{opening} when work began at the Kell light and on the day in ____ it was relit."
    assert any(f.startswith("trivial") for f in _faults(question, "1954")), question


def test_an_item_of_a_list_of_offices_is_no_statement() -> None:
    found = _faults("King of Vellia, by the Convention of Kell of 7 May 1832; under regency "
                    "until 1 June 1835; deposed ____ (Old Style).", "10 October 1862")
    assert any(f.startswith("nonsensical") for f in found), found


def test_a_relative_clauses_series_cut_short_is_joined_by_and() -> None:
    question = ("Port-Vell was rescued after 1919 by Ivo and Ilse Tamm, who ran its hotels, "
                "obtained its protection on ____.")
    text = ("Port-Vell was rescued after 1919 by Ivo and Ilse Tamm, who ran its hotels, obtained "
            "its protection on 17 March 1930 and made it a resort of painters.")
    assert _series_closed(question, text) == (
        "Port-Vell was rescued after 1919 by Ivo and Ilse Tamm, who ran its hotels and obtained "
        "its protection on ____.")


@given(st.sampled_from(["shows its first fixed red light", "is lit for the first time",
                        "opens to shipping"]))
def test_a_timeline_subjects_apposition_keeps_the_entrys_verb(predicate: str) -> None:
    asked = _asked(f"1 August: the Kell light, a square tower attached to a keeper's house, "
                   f"{predicate}; the Vell light is completed the same year.", "1 August",
                   "On what date in 1860")
    kept = "the Kell light, a square tower attached to a keeper's house, "
    assert asked is not None and asked.startswith((
        f"On what date in 1860 did {kept}", f"On what date in 1860 was {kept}")), asked
    assert "tower attach " not in asked and "keeper's house?" not in asked, asked


@given(st.sampled_from(["title", "style", "rank"]), st.sampled_from(["assumed", "adopted"]))
def test_a_name_a_bare_noun_and_its_participle_is_no_statement(noun: str, verb: str) -> None:
    found = _faults(f"Ivo Tamm: Duke of the Vellians (dux Vellianorum), {noun} {verb} in ____ "
                    f"after the expedition.", "1000")
    assert any(f.startswith("nonsensical") for f in found), found


def test_a_guard_a_name_and_its_clause_after_a_comma_is_a_statement() -> None:
    found = _faults("In Vellia, parliament passed the act in ____ after the election.", "1990")
    assert not any(f.startswith("nonsensical: a name, a noun") for f in found), found


def test_a_guard_a_relative_clause_and_a_trailing_participle_are_statements() -> None:
    for question, answer in (
            ("Under the will of Ivo Tamm I, who died on ____, Lower Vellia passes to his son.",
             "8 October 1656"),
            ("Each July Kellac hosts the Vell Marches, first held in ____.", "1909")):
        found = _faults(question, answer)
        assert not any(f.startswith("nonsensical: a name, a noun") for f in found), found


@given(st.sampled_from(["I", "Pasha", "Bey"]))
def test_a_guard_a_rulers_number_or_title_still_completes_his_name(after: str) -> None:
    text = (f"Chaldia\n\nSelim led the army east. In 1514 Sultan Selim {after} defeated the Shah "
            f"at Chaldiran.\n")
    question, _ = with_document_names("In what year did Selim defeat the Shah at Chaldiran?",
                                      "1514", text)
    assert f"Selim {after}" in question, question


@given(st.sampled_from([("take", "office"), ("sign", "the accord"), ("enter", "the council")]))
def test_an_asides_clause_goes_into_the_past_and_the_asked_verb_stays(
        case: tuple[str, str]) -> None:
    verb, rest = case
    asked = rest_in_the_past(f"On what date in 1905 did Ivo Tamm, the first of the doctors who "
                             f"will serve as residents, {verb} {rest}?")
    assert asked == (f"On what date in 1905 did Ivo Tamm, the first of the doctors who would "
                     f"serve as residents, {verb} {rest}?"), asked


@given(st.sampled_from(["were brought up", "had opened fire", "arrived off the fort"]))
def test_an_opening_clause_keeps_its_comma_when_he_is_named(clause: str) -> None:
    asked = _biography_subject_named(f"When the British guns {clause} he capitulated on ____.",
                                     "24 February 1809", "Ivo Tamm", "he")
    assert asked == f"When the British guns {clause}, Ivo Tamm capitulated on ____.", asked


def test_a_guard_a_list_after_the_asked_verb_is_left_as_written() -> None:
    question = ("On what date did Ivo Tamm found the Vell Party, which gathered the peasant "
                "leagues, trade unions and local clubs of Kellia?")
    assert rest_in_the_past(question) == question
