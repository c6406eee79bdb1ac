"""Rule pass 352, from rounds 1494-1501's readers (heldout1485-1492, car makers), and from the
verdicts of rounds 156-1492 on bare nouns:

- "Under Pierre Michelin, president until ..." gave an official named "Under Pierre Michelin",
  whose surname then completed "Michelin sought a partner": a sentence's opening preposition is
  no part of a name;
- "born ... in what is now Dearborn" stays in the present ("what was now Dearborn");
- "Laurin & Klement", two names and an ampersand, is a firm's name: "Klement" in it is not
  completed ("Laurin & Václav Klement"), and "the merger of Laurin & Klement" is not cut at the
  ampersand ("approve the merger of Laurin?");
- "Agreement between Royce Limited and C. S. Rolls and Company" gives no label "Royce
  Limited–C Agreement": the pair stops at no initial;
- "Škoda, automobilová a.s." keeps its stop before the question mark;
- "Fiat Chrysler Automobiles" is no family-first name of a man "Fiat" (a plural noun is no
  given name), and a bare "Porsche" in a text naming "Porsche SE" may be the company, not
  "Ferdinand Porsche";
- "Ford Motor Company", a title ending in a company's word, is no life ("award him six cents"
  had become "award Ford Motor Company six cents");
- "the results", "the census", "the change", "the news" and "the amendment", bare, are refused:
  rounds 156-1492 kept 4 of 58 such verdicts.

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Under", "After", "With", "Despite"]))
def test_an_opening_preposition_is_no_part_of_an_officials_name(word: str) -> None:
    from quiz.generate.officials import _good_name
    assert not _good_name(f"{word} Pierre Vell")


def test_guard_a_plain_name_is_a_name() -> None:
    from quiz.generate.officials import _good_name
    assert _good_name("Pierre Vell")


@given(st.sampled_from(["what", "which"]))
def test_a_place_as_named_today_stays_present(relative: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    entry = f"Ann Vell is born on a farm in Kask Township, in {relative} is now Vellton."
    assert entry_in_the_past(entry) == (
        f"Ann Vell was born on a farm in Kask Township, in {relative} is now Vellton.")


@given(st.sampled_from(["Laurin & Klement", "Tamm & Klement"]))
def test_a_firm_of_two_names_is_written_as_it_is(firm: str) -> None:
    from quiz.generate.names import with_full_names
    question = f"In what year was {firm} made a joint-stock company?"
    assert with_full_names(question, "1907", {"Klement": "Ann Klement"}) == question


def test_guard_a_bare_surname_is_still_completed() -> None:
    from quiz.generate.names import with_full_names
    assert with_full_names("In what year did Klement die?", "1938",
                           {"Klement": "Ann Klement"}) == "In what year did Ann Klement die?"


def test_a_firms_name_goes_on_after_its_ampersand() -> None:
    from quiz.generate.definites import _nouns_of_names
    text = "In 1925 the meetings approve the merger of Laurin & Klement with the Vell Works."
    assert [name for _, name in _nouns_of_names("merger", text)] == [
        "merger of Laurin & Klement"]


@given(st.sampled_from(["C. S. Vell and Company", "J. Tamm", "A. B. Kask"]))
def test_a_pair_stops_at_no_initial(second: str) -> None:
    from quiz.generate.topic import _between_pair
    assert _between_pair(f"Agreement between Royce Limited and {second}", "Agreement") is None


def test_guard_a_pair_of_names_labels_the_agreement() -> None:
    from quiz.generate.topic import _between_pair
    pair = _between_pair("Treaty between Kaldora and Vellmark on trade", "Treaty")
    assert pair is not None and pair.name == "Kaldora–Vellmark Treaty"


@given(st.sampled_from(["a.s.", "S.p.A.", "S.A."]))
def test_a_companys_form_keeps_its_stop(form: str) -> None:
    from quiz.generate.clauses import _finish
    assert _finish(f"On what date did Vell take a stake in Kask, automobilová {form}") == (
        f"On what date did Vell take a stake in Kask, automobilová {form}?")


@given(st.sampled_from(["Automobiles", "Motors", "Industries"]))
def test_a_companys_plural_noun_is_no_given_name(word: str) -> None:
    from quiz.generate.names import document_full_names
    text = (f"Vellmark\n\nThe group merged with Vell Kaskler {word} in 2021, and the "
            f"merger of Vell Kaskler {word} with Tamm followed.\n")
    assert document_full_names("Vell", text) == frozenset()


def test_a_name_a_company_bears_with_its_form_is_not_completed() -> None:
    from quiz.generate.names import with_document_names
    text = ("Vellwagen\n\nThe engineer Ferdinand Vellsche designed the car in 1934. Vellsche SE, "
            "the family's holding, later bought shares.\n")
    question = "From 2005 Vellsche, controlled by two families, bought a stake in ____."
    assert with_document_names(question, "2009", text)[0] == question


def test_guard_a_surname_no_company_bears_is_completed() -> None:
    from quiz.generate.names import with_document_names
    text = "Vellwagen\n\nThe engineer Ferdinand Vellsche designed the car in 1934.\n"
    question = "In what year did Vellsche design the car?"
    assert with_document_names(question, "1934", text)[0] == (
        "In what year did Ferdinand Vellsche design the car?")


@given(st.sampled_from(["Vell Motor Company", "Vell Corporation", "Vell Motors"]))
def test_a_title_ending_in_a_companys_word_is_no_life(title: str) -> None:
    from quiz.generate.documents import main_person
    body = (f"{title} was founded in 1903 by Ann Vell, who was born at Kask in 1863. Vell ran "
            "it until he died; he left it to his grandson, and he named it. Vell's heirs kept "
            "it, and Vell's name stayed on the door.")
    assert main_person(title, [body]) is None


@given(st.sampled_from(["results", "census", "change", "news", "amendment"]))
def test_a_bare_noun_readers_rejected_is_refused(noun: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert _bare_matter(f"Kaskland: On what date did the {noun} reach Vell?") == noun


def test_guard_a_noun_whose_of_phrase_says_which_is_kept() -> None:
    from quiz.generate.quality import _bare_matter
    assert _bare_matter("On what date did the news of the armistice reach Vell?") == ""


def test_guard_a_pair_with_a_rulers_number_labels_the_agreement() -> None:
    from quiz.generate.topic import _between_pair
    pair = _between_pair("The Engagement between Charles I and the Scots at Kask", "Engagement")
    assert pair is not None and pair.name == "Charles I–Scots Engagement"


@given(st.sampled_from(["Dirks", "Graves", "Plains"]))
def test_guard_a_middle_word_that_is_a_plural_noun_stays_in_a_western_name(word: str) -> None:
    from quiz.generate.names import document_full_names
    text = f"Vellmark\n\nIn 1777 Hidde {word} Kattel sailed from Kask; Kattel came back in 1778.\n"
    assert document_full_names("Kattel", text) == frozenset({f"Hidde {word} Kattel"})
