"""A person named by one word gets the full name the document gives (quiz.generate.names);
a surname inside the name of a document is left alone.

Sentences are invented for these tests."""

from __future__ import annotations

from quiz.generate.names import with_document_names, with_full_names


def test_a_surname_before_the_head_of_a_name_is_never_completed() -> None:
    names = {"Varga": "Ilona Varga", "Tamm": "Ivo Tamm"}
    assert with_full_names("When did the council affirm the Varga Declaration?", "1931",
                           names) == "When did the council affirm the Varga Declaration?"
    assert with_full_names("When was the Tamm Plan dropped?", "1950", names) == (
        "When was the Tamm Plan dropped?")


def test_a_one_word_name_gets_the_full_name_the_document_gives_family_name_first_or_last() -> None:
    text = ("The court sent Wu Tiancheng to Kell. Later Mr. Wu met Rosa Ilse Vandoorn there. "
            "Vandoorn, a former judge, was chosen in 1990.")
    assert with_document_names("On what date did Wu arrive at Kell?", "3 May 1901", text) == (
        "On what date did Wu Tiancheng arrive at Kell?", "")
    assert with_document_names("When did Ada meet Mr. Wu in Kell?", "1901", text) == (
        "When did Ada meet Wu Tiancheng in Kell?", "")
    assert with_document_names("In what year was Vandoorn, a former judge, chosen?", "1990",
                               text) == (
        "In what year was Rosa Ilse Vandoorn, a former judge, chosen?", "")


def test_a_one_word_name_two_people_share_is_not_asked() -> None:
    text = "Wu Tiancheng led the talks; his son Wu Pengfei kept the record."
    question, reason = with_document_names("When did Wu arrive at Kell?", "1901", text)
    assert question == "When did Wu arrive at Kell?" and "Wu Pengfei" in reason
    # a place or a common word is no one's name
    assert with_document_names("When did Kaldora sign the pact?", "1901",
                               "Kaldora Harbour grew.") == ("When did Kaldora sign the pact?", "")


def test_a_place_is_never_completed_into_a_longer_place_name() -> None:
    # "in Veldaria" marks a place; "Northern Veldaria" is another place, not its full name
    text = ("Northern Veldaria became independent in 1964. Trade with Southern Veldaria fell. "
            "Sanctions were imposed in Veldaria after the vote.")
    question = "On what date did Veldaria declare itself a republic?"
    assert with_document_names(question, "2 March 1970", text) == (question, "")
    # even where no "in" gives it away, a compass word is no one's given name
    text = "Northern Veldaria became independent in 1964."
    assert with_document_names(question, "2 March 1970", text) == (question, "")


def test_a_monarch_named_without_the_regnal_number_gets_it() -> None:
    text = "Queen Ragna III opened the bridge at Vik in 1702. Ragna abdicated in 1711."
    assert with_document_names("In what year did Ragna abdicate?", "1711", text) == (
        "In what year did Ragna III abdicate?", "")


def test_a_monarch_name_two_rulers_share_is_not_asked() -> None:
    text = ("Ragna I founded the abbey at Vik. Queen Ragna III opened the bridge there in 1702. "
            "Ragna abdicated in 1711.")
    question, reason = with_document_names("In what year did Ragna abdicate?", "1711", text)
    assert question == "In what year did Ragna abdicate?"
    assert "Ragna I" in reason and "Ragna III" in reason


def test_a_given_name_after_of_to_or_and_or_as_a_possessive_is_completed_or_dropped() -> None:
    text = ("Queen Matilda II of Kell married Duke Edwy of Vell. Matilda ruled alone. "
            "Edwy Vantberg, her cousin, held the fort. Later Edwy Hallam died; Edwy Vantberg "
            "stayed.")
    # one person of that name: written in full
    assert with_document_names("In what year did the fort fall to Matilda's troops?", "1201",
                               text) == (
        "In what year did the fort fall to Matilda II's troops?", "")
    # two people of that name: the question cannot stand alone
    question, reason = with_document_names(
        "On what date was the wedding of Edwy and Matilda held?", "3 May 1190", text)
    assert "Edwy Hallam" in reason
