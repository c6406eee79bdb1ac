"""Rule pass 132, from rounds 221-224: a noun that is also a past ("the Nisero crew was released",
"ground troops left") is no verb; "and soon afterwards sails" follows the entry into the past; a
capitalised preposition left after "did" ("did Off Antón Lizardo, ...") is refused; "became, in
1898, the first ambassador" loses its commas with its date; a headline with "Is" ("Malaya Is
Free") is no label and no person; a fill-in cut before "and the ..." of a list, or after a subject
pronoun ("on ____ he."), is refused; "he" after another person's clause is not made the
biography's subject; "Pearson's Magazine" is not completed to a person's full name; "the Treaties
of Rome" are asked as "which treaties"; "was X the Y" asked for a date is refused; "announce the
date" is refused. Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.anaphora import unresolved
from quiz.generate.clauses import date_question
from quiz.generate.documents import main_person
from quiz.generate.grammar import find_verb
from quiz.generate.names import with_document_names
from quiz.generate.quality import _DID_PREPOSITION
from quiz.generate.questions import _biography_subject_named, _cut_inside_list
from quiz.generate.tense import entry_in_the_past
from quiz.generate.topic import title_topic


@given(st.sampled_from([("In September 1884 the Kell crew was finally released by the raja.",
                         "was"),
                        ("The last Vellish ground troops left Ostria on 30 June 1970.", "left"),
                        ("The last Vellish ground troops leave Ostria on 30 June 1970.", None)]))
def test_a_noun_that_is_also_a_past_is_no_verb(case: tuple[str, str | None]) -> None:
    text, verb = case
    found = find_verb(text)
    assert (found and text[found[0]:found[1]]) == verb or (verb is None and found is None)


def test_a_guard_a_past_before_a_plural_object_stays_the_verb() -> None:
    """Guard: "left troops in Dask": the verb, its object after it."""
    text = "The Vellish army left troops in Dask which were withdrawn in 1867."
    found = find_verb(text)
    assert found is not None and text[found[0]:found[1]] == "left"


@given(st.sampled_from(["soon afterwards", "shortly afterwards", "then soon"]))
def test_a_second_verb_after_and_and_adverbs_goes_into_the_past(adverbs: str) -> None:
    entry = f"Ivo Tamm leaves Vell for Dask and {adverbs} sails into exile."
    assert entry_in_the_past(entry) == (
        f"Ivo Tamm left Vell for Dask and {adverbs} sailed into exile.")


@given(st.sampled_from(["Off", "Near", "Outside", "Beyond"]))
def test_a_capitalised_preposition_after_did_is_refused(word: str) -> None:
    assert _DID_PREPOSITION.search(f"On what date did {word} Kell Point, Vellish vessels seize "
                                   "two steamers?")
    assert not _DID_PREPOSITION.search("On what date did Vellish vessels seize two steamers off "
                                       "Kell Point?")


@given(st.sampled_from(["became", "was appointed"]))
def test_the_commas_of_a_date_after_the_verb_go_with_it(verb: str) -> None:
    text = (f"When Vell and Ostria agreed to raise their legations to embassies, Tamm {verb}, in "
            "1898, the first Vellish ambassador to Ostria.")
    at = text.index("1898")
    question = date_question(text, at, at + 4, "in what year")
    assert question is not None and f"{verb.split()[-1]}, " not in question
    assert question.endswith("the first Vellish ambassador to Ostria?")


def test_a_guard_an_apposition_before_the_date_keeps_its_comma() -> None:
    """Guard: "arrived at Aigun, the garrison town on the Amur, in May 1858 with a flotilla"."""
    text = "Tamm arrived at Kell, the garrison town on the Dask, in May 1858 with a flotilla."
    at = text.index("May 1858")
    assert date_question(text, at, at + 8, "in what month and year") == (
        "In what month and year did Tamm arrive at Kell, the garrison town on the Dask, with a "
        "flotilla?")


def test_a_headline_with_is_is_no_label_and_no_person() -> None:
    title = "Ostria Is Free: Tamm Proclaims Independence at New Stadium"
    assert title_topic(title) is None
    text = "He spoke. He read the proclamation. He raised his arm. Free Ostria cheered. " * 2
    assert main_person(title, [text + " Ostria Is Free. Free. Free."]) is None


def test_a_fill_in_cut_before_and_the_last_item_of_a_list_is_refused() -> None:
    text = ("At the first election, held on 27 July 1955, the Alliance of the Vellish Union, the "
            "Ostrian Farmers' Association and the Dask Congress won most of the seats.")
    assert _cut_inside_list("At the first election, held on ____, the Alliance of the Vellish "
                            "Union, the Ostrian Farmers' Association.", text)


@given(st.sampled_from(["he", "she", "they"]))
def test_a_fill_in_ending_on_a_subject_pronoun_is_refused(pronoun: str) -> None:
    from quiz.generate.quality import _SUBJECT_PRONOUN_END  # (new in this pass)

    assert _SUBJECT_PRONOUN_END.search(f"Ivo Tamm flew to Dask, and on ____ {pronoun}.")
    assert not _SUBJECT_PRONOUN_END.search("Ivo Tamm flew to Dask, and on ____ signed it.")


def test_he_after_another_persons_clause_is_not_the_biographys_subject() -> None:
    question = "Sarit broke with the government, and on ____ he seized power in a bloodless coup."
    assert _biography_subject_named(question, "16 September 1957", "Plaek Tamm", "he") == question


def test_a_guard_he_after_an_opening_phrase_is_the_biographys_subject() -> None:
    """Guard: no other person's clause before "he"."""
    question = "After the war, on ____ he seized power in a bloodless coup."
    assert _biography_subject_named(question, "16 September 1957", "Plaek Tamm", "he") == (
        "After the war, on ____ Plaek Tamm seized power in a bloodless coup.")


def test_a_publication_named_after_a_person_keeps_its_name() -> None:
    text = ("The contractor Weltman Ostrander built the drainage works. Ostrander was made a peer "
            "in 1910. The interview appeared in Ostrander's Magazine.")
    question, why = with_document_names("The interview was published in Ostrander's Magazine in "
                                        "____.", "March 1908", text)
    assert question == "The interview was published in Ostrander's Magazine in ____." and not why
    question, _ = with_document_names("In ____ Ostrander's party won.", "1911", text)
    assert question == "In ____ Weltman Ostrander's party won."  # (guard)


def test_plural_treaties_are_asked_as_which_treaties() -> None:
    kept, _ = _run("The Treaties of Vell, signed on 25 March 1957, added the Ostrian Economic "
                   "Community and the Dask Agency to the Kell Coal Community.")
    assert any(q.startswith("Which treaties,") for q in kept), kept


@given(st.sampled_from(["On what date was the Vell Alliance a defensive agreement between Ostria "
                        "and Dask, first concluded in Kell?",
                        "In what month and year was the regime's worst crime the massacre of "
                        "farmers along the border?"]))
def test_was_x_the_y_asked_for_a_date_is_refused(question: str) -> None:
    from quiz.generate.quality import _copula_asked  # (new in this pass)

    assert _copula_asked(question)
    assert not _copula_asked("On what date was the Vell Alliance signed in Kell?")
    assert not _copula_asked("In what year was Ivo Tamm appointed the first ambassador?")


@given(st.sampled_from(["announce", "fix", "name"]))
def test_the_date_of_nothing_named_is_refused(verb: str) -> None:
    assert unresolved(f"On what date did Ivo Tamm {verb} the date to a vast meeting in Kell?")
    assert unresolved(f"On what date did Ivo Tamm {verb} the date of the election?") is None
    assert unresolved("On what date did Tamm take command, the date later celebrated as "
                      "Independence Day?") is None
