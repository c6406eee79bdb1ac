"""A question keeps the clause that holds its fact: a second clause after "and" or "but" is cut
off, or the question is asked from it, or dropped when its verb is left out."""

from __future__ import annotations

from quiz.generate.clauses import date_question, invert
from quiz.generate.coordination import gapped, second_clause


def _ask(text: str, date: str, wh: str) -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


def test_a_second_clause_with_its_own_subject_is_cut_off() -> None:
    assert invert("The Kaldoran flag is lowered in Brisa and Ostra becomes a republic",
                  "on what date") == ("On what date was the Kaldoran flag lowered in Brisa?")
    assert invert("The guild opens its archive to visiting scholars, and hundreds arrive within "
                  "weeks", "on what date") == (
        "On what date did the guild open its archive to visiting scholars?")


def test_a_present_or_perfect_verb_joined_to_a_past_question_is_cut_off() -> None:
    assert second_clause(" work in 1930 and has its seat in Port Aster") == (13, 18)
    assert second_clause(" the tariff but has not applied it") is not None


def test_and_inside_a_name_a_list_or_a_subordinate_clause_is_kept() -> None:
    assert second_clause(" the Commission on Tides and Harbours, and the second ...") is None
    assert second_clause(" with Ivo Tamm, Ada Rusk and Piet Vahl") is None
    assert second_clause(" the dues by a wide margin, after Tamm and Rusk had signed a note") is None
    assert second_clause(" a wealthy and learned family") is None
    assert second_clause(" the customs union and the protocol signed in Brisa") is None


def test_the_date_of_a_second_clause_is_asked_from_that_clause() -> None:
    text = ("The Rowing Guild lost the final of 2 June 1930 to the Ostra Club, and Ivo Tamm was "
            "elected chairman on 9 July 1930.")
    assert _ask(text, "9 July 1930", "on what date") == (
        "On what date was Ivo Tamm elected chairman?")


def test_a_date_after_but_belongs_to_the_contrasting_clause() -> None:
    text = "Vesteria signed but, in a plebiscite on 3 March 1961, its voters refused ratification."
    assert _ask(text, "3 March 1961", "on what date") is None
    text = "Kaldora signed in May 1958 but has not ratified."
    question = _ask(text, "May 1958", "in what month and year")
    assert question is None or "ratified" not in question


def test_a_gapped_conjunct_is_not_asked() -> None:
    text = "Ostra became an observer through an accord signed in 1958 and a full member in 1966."
    assert _ask(text, "1966", "in what year") is None
    text = "Kaldora and Brisa were admitted at the Port Aster meeting on 4 May 1990, and Vesteria in 1994."
    assert _ask(text, "1994", "in what year") is None
    assert gapped(" an observer in 1958 and a full member ")
    assert not gapped(" the treaty with Ostra and Brisa ")


def test_names_left_after_a_comma_and_are_cut_off() -> None:
    text = "Brisa entered in 1961, and Ostra, Kaldora and Vesteria joined the Union on 1 May 1972."
    question = _ask(text, "1961", "in what year")
    assert question is None or "Ostra" not in question


def test_a_participle_after_the_date_dates_the_subject_not_the_clause() -> None:
    text = "A referendum held in June 1933 kept the island of Brisa in Ostra."
    assert _ask(text, "June 1933", "in what month and year") is None


def test_a_timeline_present_is_told_in_the_past_inside_the_question() -> None:
    assert invert("The regent declares that Ostra is neutral in the dispute.", "on what date") == (
        "On what date did the regent declare that Ostra was neutral in the dispute?")
    assert invert("Ivo Tamm hands the seal to Ada Rusk, who becomes warden.", "on what date") == (
        "On what date did Ivo Tamm hand the seal to Ada Rusk, who became warden?")


def test_a_second_predicate_after_then_is_cut_off() -> None:
    assert invert("Ada Rusk signs the charter at Lerno, then sails for Brisa.", "on what date") == (
        "On what date did Ada Rusk sign the charter at Lerno?")


def test_two_adjectives_joined_by_and_stay_one_noun_phrase() -> None:
    # "poor" and "wealthy" are nouns too ("the poor"); after an article, before an adjective
    # and a noun, they are the first of two adjectives, and the phrase is not cut at "and"
    for pair in ("a poor and devoted family", "a wealthy and cultivated family of merchants"):
        text = f"Anna Lorvik was born in Tromsø on 3 March 1921 into {pair}."
        assert _ask(text, "3 March 1921", "on what date") == (
            f"On what date was Anna Lorvik born in Tromsø into {pair}?")
    # a noun after the article, a verb after "and": two predicates, the second cut off
    text = "Anna Lorvik met the general in Oslo on 3 March 1921 and signed the accord."
    assert _ask(text, "3 March 1921", "on what date") == (
        "On what date did Anna Lorvik meet the general in Oslo?")


def test_a_second_predicate_the_question_cannot_carry_is_cut_off() -> None:
    assert _ask("Ada Rusk left the guild in 1931 and soon went abroad.", "1931",
                "in what year") == "In what year did Ada Rusk leave the guild?"
    assert _ask("Ostra was expelled in March 1960 and withdrew its envoys.", "March 1960",
                "in what month and year") == "In what month and year was Ostra expelled?"
    assert _ask("Ostra was expelled in June 1960, after a border dispute with Brisa, and was "
                "readmitted in 1975.", "June 1960", "in what month and year") == (
        "In what month and year was Ostra expelled after a border dispute with Brisa?")


def test_a_date_in_a_second_predicate_is_not_asked_with_the_first_one() -> None:
    assert _ask("Ostra was expelled in March 1960 and withdrew in May 1961.", "May 1961",
                "in what month and year") is None


def test_a_participle_after_and_is_left_to_the_question() -> None:
    assert second_clause(" in 1960 and readmitted as a member") is None
    assert second_clause(" in 1960 and signed by the king") is None


def test_a_gapped_conjunct_after_a_month_is_not_asked() -> None:
    assert gapped(" in October, and the fortress at Kell ")
    assert _ask("Brisa fell in October, and the fortress at Kell in March 1702.", "March 1702",
                "in what month and year") is None


def test_a_verbless_conjunct_with_a_date_of_its_own_is_cut_off() -> None:
    assert _ask("Ostra was sold under the Treaty of Kell in 1702 and the islands under the "
                "Convention of Brisa in 1731, but the sale was disputed.", "1702",
                "in what year") == "In what year was Ostra sold under the Treaty of Kell?"
    assert invert("Ostra was sold to the guild and the islands to the crown", "when") == (
        "When was Ostra sold to the guild and the islands to the crown?")  # no date: kept


def test_an_adjective_also_known_as_a_noun_opening_the_sentence_is_lowered() -> None:
    assert invert("Local officials and gentry proclaimed a free city at Kell",
                  "on what date") == (
        "On what date did local officials and gentry proclaim a free city at Kell?")
    assert invert("Kaldoran officials proclaimed a free city at Kell", "on what date") == (
        "On what date did Kaldoran officials proclaim a free city at Kell?")  # a nation's
    assert invert("General Tamm entered Kell", "on what date") == (
        "On what date did General Tamm enter Kell?")  # a title before a name
