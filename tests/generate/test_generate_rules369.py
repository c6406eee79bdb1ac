"""Rule pass 369, from rounds 1607-1614's readers (heldout1597-1604, food and confectionery
makers):

* "Hershey nevertheless makes chocolate under the rights it acquired in 1988": an adverb
  between the subject and its present ("nevertheless", "still", "also") keeps the present the
  clause's verb, so the date is the relative clause's (round 1610 asked "did Hershey
  nevertheless makes ... the rights it acquire?").
* "In 2009 Dairy Milk sold in Britain and Ireland was certified": "Britain and Ireland" joins
  two places, no clauses (round 1609 asked "did Dairy Milk sell in Britain?").
* "Bulcke, a Belgian, joined in 1979": "join" stands without an object, active (round 1607
  asked "was Paul Bulcke, a Belgian, joined").
* "Kraft Foods' approach": the plural's possessive mark is no part of the name (round 1609
  wrote "Kraft Foods''s closure").
* "the Van den Bergh firm" beside "Simon van den Bergh": the firm keeps its capital (round
  1608 wrote "did van den Bergh move").
* "U.S. Patent No. 558,393, ..., granted to John Harvey Kellogg": a thing granted is asked in
  the passive (round 1612 asked "did U.S. Patent No. 558,393 ... grant to").
* "..., under a licence agreed with Rowntree Mackintosh in 1969": the participle of a phrase a
  preposition opens is no clause's verb (round 1610 asked "did Kit Kat and Rolo ..., under a
  licence agree").
* ("was Ernst Tanner born, the son of a farming family?" keeps its kin: cut in this pass, the
  bare question lost more cards readers had kept to the learned screen than it mended; taken
  back in pass 373.)
* "One is that of a small yogurt business ...": left out as vague (0 of 6 kept).
* "BSN formed in ____ by the merger of ...": a fragment with no verb, left out as
  ungrammatical (rounds 300-1614 kept 2 of 24).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.clauses import date_question
from quiz.generate.names import document_full_names, particles_as_written

_FIRM = "Orrin Foods\n\nOrrin Foods is a Kaskan food company founded at Vell in 1858. "


def _asked(sentence: str, date: str, wh: str = "In what year") -> str | None:
    at = sentence.index(date)
    return date_question(sentence, at, at + len(date), wh)


def test_an_adverb_before_the_present_keeps_it_the_verb() -> None:
    asked = _asked("Orrin nevertheless makes Vell-branded sweets for the Kaskan market under the "
                   "rights it acquired in 1988.", "1988")
    assert asked is None or "makes" not in asked, asked


def test_two_places_joined_by_and_are_no_clauses() -> None:
    assert _asked("In 2009 Orrin Milk sold in Kask and Vell was certified as Fairtrade.",
                  "2009") == "In what year was Orrin Milk sold in Kask and Vell certified as Fairtrade?"


def test_a_person_joins_without_an_object() -> None:
    asked = _asked("Tamm, a Kaskan, joined in 1979 as a marketing trainee.", "1979")
    assert asked is None or not asked.startswith("In what year was"), asked


def test_a_plural_possessive_mark_is_no_part_of_a_name() -> None:
    text = "Orrin Foods' unsolicited approach came in 2009. Orrin Foods closed the mill."
    assert document_full_names("Orrin", text) <= {"Orrin Foods"}


def test_a_firm_keeps_the_capital_it_has_mid_sentence() -> None:
    text = ("Simon van den Orr founded a firm. By 1891 the Van den Orr firm had grown, and Van "
            "den Orr moved its headquarters to Vell.")
    assert particles_as_written("In what year did Van den Orr move its headquarters?", text) == (
        "In what year did Van den Orr move its headquarters?")


def test_guard_a_particle_the_text_writes_small_is_lowered() -> None:
    text = "President de Vell resigned. De Vell was old. Then de Vell left."
    assert particles_as_written("In what year did De Vell resign?", text) == (
        "In what year did de Vell resign?")


def test_a_thing_granted_is_asked_in_the_passive() -> None:
    assert _asked('Kaskan Patent No. 55,393, "Flaked Grain", granted to Ivo Tamm on 14 April '
                  "1896.", "14 April 1896", "On what date") == (
        'On what date was Kaskan Patent No. 55,393, "Flaked Grain", granted to Ivo Tamm?')


def test_guard_a_person_granting_is_still_active() -> None:
    assert _asked("The king granted to the town a charter on 14 April 1396.", "14 April 1396",
                  "On what date") == "On what date did the king grant to the town a charter?"


def test_a_preposition_s_participle_is_no_verb() -> None:
    assert _asked("Vell Bars and Orrin Drops in Kask, under a licence agreed with Orrin Foods in "
                  "1969 and honoured by Tamm since it bought Orrin in 1988.", "1969") is None


def test_guard_a_subject_s_of_phrase_keeps_its_verb() -> None:
    assert _asked("Control of the mill passed to the Navy in 1818.", "1818") == (
        "In what year did control of the mill pass to the Navy?")


def test_one_of_those_is_not_asked(questions_from) -> None:
    questions = questions_from("orrin", _FIRM + "Two stories meet in the group. One is that of a "
                               "small dairy founded at Kask in 1919 by Ivo Tamm. The company "
                               "opened a plant at Vell on 4 May 1990.")
    assert any("plant" in q for q in questions), questions
    assert not any(q.startswith(("One is", "Orrin Foods: One is")) for q in questions), questions


def test_a_verbless_fragment_is_not_asked(questions_from) -> None:
    questions = questions_from("orrin", _FIRM + "Its yogurt business grew after the war. Vell "
                               "Milk formed in 1966 by the merger of the Kask Dairy with the Orrin "
                               "Creamery. The company opened a plant at Vell on 4 May 1990.")
    assert any("plant" in q for q in questions), questions
    assert not any("formed in ____" in q for q in questions), questions
