"""Rule pass 362, from round 1565's and rounds 1566-1573's first readers (heldout1556-1564,
brewers and chemical makers):

* a fact sheet's label that names an event of the subject by its head before "of" ("End of
  independence: acquired by ... on 10 October 2016") or by "Formation", "Origins", "Sale",
  "Takeover" was asked as the thing acquired ("was the end of independence acquired by
  Anheuser-Busch InBev?", "was the formation incorporated as ...": nonsensical in rounds 1565,
  1569 and 1571);
* "I.G. Farben": an acronym before a word that is no English word opens a name, not a new
  sentence (six cards of round 1566 cut at "I.G."); a place's acronym may still end one;
* "Friedr. Bayer et comp.": "Friedr." is a given name written short ("set up a partnership,
  Friedr?": round 1567);
* "AB Bofors": a Nordic legal form before a name makes it a company's, so a bare "Bofors" is not
  completed to "Bofors Nobelkrut" (wrong answers in round 1573).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.fragments import names_an_event_of_the_subject
from quiz.generate.sentences import split_line


@given(st.sampled_from([("End of independence", "acquired"), ("Formation", "incorporated"),
                        ("Origins", "founded"), ("Sale", "sold"), ("Takeover", "bought"),
                        ("Loss of control", "acquired")]))
def test_a_label_naming_an_event_of_the_subject(pair: tuple[str, str]) -> None:
    label, participle = pair
    assert names_an_event_of_the_subject(label, participle)


@given(st.sampled_from([("Treaty of Vell", "signed"), ("Founding treaty", "signed"),
                        ("Charter of Kask", "adopted"), ("End of independence", "signed")]))
def test_guard_a_label_naming_a_thing_is_asked(pair: tuple[str, str]) -> None:
    label, participle = pair
    assert not names_an_event_of_the_subject(label, participle)


@given(st.sampled_from(["Kell Wurst was tried with other K.V. Vellwerke executives in 1947.",
                        "Bosch becomes chairman of K.V. Vellwerke's supervisory board in 1935.",
                        "It became K.V. Vellwerkindustrie AG in 1925."]))
def test_an_acronym_before_a_name_word_opens_a_name(sentence: str) -> None:
    assert split_line(sentence) == [sentence]


@given(st.sampled_from([("He moved to the U.S.", "Later he returned."),
                        ("He moved to the U.S.", "Kissinger said no.")]))
def test_guard_a_sentence_still_ends_after_an_acronym(pair: tuple[str, str]) -> None:
    assert split_line(" ".join(pair)) == list(pair)


def test_a_sentence_ends_after_a_name_opened_by_an_acronym() -> None:
    assert split_line("It merged into K.V. Vellwerke in 1925. Bosch led it.") == [
        "It merged into K.V. Vellwerke in 1925.", "Bosch led it."]


def test_a_given_name_written_short_ends_no_sentence() -> None:
    sentence = "Ann Vell set up a partnership, Friedr. Vell et comp., to make dyes in 1863."
    assert split_line(sentence) == [sentence]


@given(st.sampled_from(["AB Vellfors", "Oy Vellfors", "A/S Vellfors"]))
def test_a_nordic_form_before_a_name_makes_it_a_company(firm: str) -> None:
    from quiz.generate.names import named_as_company
    text = (f"In 1894 Ann Vell bought control of {firm} at Kask. Vellfors Nobelkrut was formed "
            "in 1898. In 1986 Vellfors signed a contract with India.")
    assert named_as_company("Vellfors", text)


def test_guard_a_name_with_no_form_is_no_company() -> None:
    from quiz.generate.names import named_as_company
    text = "Tom Vellfors was chairman of Kask. In 1986 Vellfors signed a contract with India."
    assert not named_as_company("Vellfors", text)
