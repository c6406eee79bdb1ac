"""Rule pass 405, from the readers of rounds 1767-1774 (religious orders):

- "the gathering of Francis of Assisi's first companions" gave "Francis" the full name "Francis
  of Assisi's", and "canonises Francis at Assisi" was asked "canonise Francis of Assisi's at
  Assisi" (round 1771, three cards): a name after "of" loses its possessive;
- in a life of Bernard of Clairvaux, "Bernard of Pisa" became "Bernard of Clairvaux of Pisa"
  (round 1768): a name going on with "of" and a place is another man's;
- "Arnaud Amalric, Abbot of Cîteaux" became "Abbot Alberic of Cîteaux", the text's "Abbot
  Alberic" (round 1768): a common noun before "of" and a place is an office, no one's name;
- "the Master Arnau de Torroja dies at Verona while on an embassy" was asked "did ... dies at
  Verona while ..." (round 1769): "while" after a place is no plural's verb;
- "Forces of the Livonian branch and the Bishop of Dorpat are defeated" was asked "did forces of
  the Livonian branch?" (round 1770): a noun that the clause's later "are" shows is no verb;
- "The Knights Hospitaller on Rhodes and Malta, 1306–1798" gave its timeline no label, "the
  order" of nothing (round 1773, three cards): a name before "on" the places it stood in, one
  of them a country, is the label.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.clauses import date_question
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.questions import _named_in_full
from quiz.generate.topic import title_topic


def test_a_name_after_of_loses_its_possessive() -> None:
    text = ("This chronology follows the friars from the gathering of Ivo of Vellano's first "
            "companions to the bull of 1517.\n\nIvo preached at Dorn in 1209.")
    assert document_full_names("Ivo", text) == frozenset({"Ivo of Vellano"})


def test_a_name_going_on_with_of_a_place_is_another_man_s() -> None:
    question = "The election on ____ of a former monk, Ivo of Pisa, as Pope Kask III."
    assert _named_in_full(question, "Ivo", "Ivo of Dorn") == question
    assert _named_in_full("On ____ Ivo left Dorn.", "Ivo", "Ivo of Dorn") == (  # (guard)
        "On ____ Ivo of Dorn left Dorn.")


def test_an_office_of_a_place_is_no_one_s_name() -> None:
    text = "- 26 January: Abbot Vellic dies.\n- 22 July: Dorn is sacked."
    question = "On what date was Dorn sacked by the army of Ivo Kask, Abbot of Vîllon?"
    assert with_document_names(question, "22 July 1209", text)[0] == question


def test_while_after_a_place_is_no_verb() -> None:
    text = "30 September: the Master Ivo de Kask dies at Vell while on an embassy to the West."
    assert date_question(text, 0, text.index(":"), "on what date in 1184") == (
        "On what date in 1184 did the Master Ivo de Kask die at Vell?")


def test_a_noun_before_the_clause_s_later_are_is_no_verb() -> None:
    text = ("5 April: Forces of the Kaskan branch and the Bishop of Dorn are defeated on the ice "
            "of Lake Vell.")
    assert date_question(text, 0, text.index(":"), "on what date in 1242") == (
        "On what date in 1242 were forces of the Kaskan branch and the Bishop of Dorn defeated "
        "on the ice of Lake Vell?")
    text = "12 May: Kaskan troops land at Vell."  # (guard)
    assert date_question(text, 0, text.index(":"), "on what date in 1242") == (
        "On what date in 1242 did Kaskan troops land at Vell?")


def test_a_name_before_the_places_it_stood_in_is_the_label() -> None:
    subject = title_topic("The Vellish Hospitallers on Kaskos and Malta, 1306–1798")
    assert subject is not None and subject.name == "Vellish Hospitallers"
    assert title_topic("General Agreement on Tariffs and Trade") is None  # (guard)
