"""Rule pass 20, from the faults readers found in round 33 (heldout32, judged before any of these
rules was written): a biography whose title gives a double-barrelled surname or initials; "his"
after a place; "the site"; a fact sheet's line of a name and one participle ("The Eastern
Partnership launched at ..."); an hour of the day; a first name the document gives only with
"of" and a land ("Maurice of Saxony"). Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.documents import main_person
from quiz.generate.fragments import is_name_with_participles, name_date_question
from quiz.generate.names import (
    document_full_names,
    family_name,
    with_document_names,
    with_full_names,
)


def test_a_double_barrelled_surname_the_text_shortens_names_the_biographys_subject() -> None:
    blocks = ["Ivo-Maria de Tamm-Lerno (1754–1838)\n\n", "Tamm served five regimes. He was "
              "bishop, then minister. Tamm negotiated at Vell, and he signed for Kaldora. In "
              "later life Tamm was ambassador; he died in 1838. His memoirs appeared later."]
    found = main_person("Ivo-Maria de Tamm-Lerno (1754–1838)", blocks)
    assert found == ("Ivo-Maria de Tamm", "he")
    assert family_name(found[0]) == "Tamm"


def test_initials_and_an_accented_capital_open_a_biographys_title() -> None:
    blocks = ["He was born in Vell. Menon studied law; he taught. Menon went to Lerno, where he "
              "wrote. Menon died in 1974; his papers survive."]
    assert main_person("V. K. Ivo Menon", blocks) == ("V. K. Ivo Menon", "he")
    blocks = ["He was born in Vell. Âri studied law; he taught. Âri went to Lerno, where he "
              "wrote. Âri died in 1871; his papers survive."]
    assert main_person("Mehmet Âri Pasha (1815–1871)", blocks) == ("Mehmet Âri Pasha", "he")


def test_a_full_name_with_a_title_after_it_is_not_written_twice() -> None:
    names = {"Âri": "Mehmet Âri Pasha"}
    assert with_full_names("On what date did Âri Pasha die in office?", "1871", names) == \
        "On what date did Mehmet Âri Pasha die in office?"


def test_his_after_a_place_has_no_owner_in_the_question() -> None:
    kept, left = _run("The emperor Arvo V defeated the Lerno army in 1547. At Vellberg on 24 April "
                      "1547 his army routed the Lerno militia.")
    assert "24 April 1547" not in kept.values()
    # control: "the emperor Arvo V" names the emperor
    assert kept.get("In what year did the emperor Arvo V defeat the Lerno army?") == "1547"


def test_the_site_with_nothing_saying_which_needs_the_document() -> None:
    kept, left = _run("The founders of the Vell Group chose the site in 1991 deliberately.")
    assert "1991" not in kept.values()
    assert any("the site" in reason for reason in left.values())


def test_a_name_and_one_participle_is_a_line_asked_about_the_name() -> None:
    line = "The Eastern Partnership launched at the Vell summit of 7 May 2009."
    at = line.index("7 May 2009")
    assert is_name_with_participles(line)
    assert name_date_question(line, at, at + 10, "on what date") == \
        "On what date was the Eastern Partnership launched at the Vell summit?"
    # controls: a state's act with no object, and a participle with its object, are sentences
    assert not is_name_with_participles("Ostria ratified on 30 June 2000.")
    assert not is_name_with_participles("The Eastern Partnership launched a fund in 2009.")


def test_an_hour_of_the_day_is_cut_from_the_question() -> None:
    kept, left = _run("## 1921\n\n- 6 December: The Articles of Agreement for a Treaty between "
                      "Kaldora and Ostria were signed in Vell at about 2.10 a.m. by the Kaldoran "
                      "delegates.\n")
    assert not any("2.10" in q or "a.m" in q for q in [*kept, *left])
    assert kept.get("On what date in 1921 were the Articles of Agreement for a Treaty between "
                    "Kaldora and Ostria signed in Vell by the Kaldoran delegates?") == "6 December"


def test_a_first_name_given_only_with_of_and_a_land_is_completed_so() -> None:
    text = ("Maurice of Saxony joined the emperor in 1546. In 1552 Maurice turned on the "
            "emperor. The Truce of Deulino of December 1618 left Vell in Ostrian hands. The "
            "Ruler of Dubai and the Ruler of Sharjah met.")
    assert document_full_names("Maurice", text) == frozenset({"Maurice of Saxony"})
    question, why = with_document_names("In ____ Maurice turned on the emperor.", "1552", text)
    assert (question, why) == ("In ____ Maurice of Saxony turned on the emperor.", "")
    # controls: a month is no land ("Deulino of December"), a title is no first name
    assert document_full_names("Deulino", text) == frozenset()
    assert document_full_names("Ruler", text) == frozenset()
    question, why = with_document_names("By the Truce of Deulino of ____, Ostria kept Vell.",
                                        "December 1618", text)
    assert "December of" not in question


def test_a_first_name_with_and_without_of_is_two_people_only_when_both_are_full_names() -> None:
    text = "Philip Tamm drafted the confession. Philip of Hesse led the league."
    # a full name wins over the "of" form, which is read only when the text has no other
    assert document_full_names("Philip", text) == frozenset({"Philip Tamm"})
