"""Rule pass 335, from rounds 1357-1364 (heldout1349-1356, palaces) as both readers judged them:

- "which opened the Tanzimat reforms" keeps its noun (round 1357 wrote "reformed");
- a quoted phrase set off by commas ("to spare, "as far as possible", buildings") does not end
  the clause (round 1360 asked "... required besieging forces to spare.");
- a second sentence after a comma, a name and its own past verb, is glued to a question
  ("did the party win the election of 24 November 2002, Thomas Klestil swore in ...");
- a list's item, a name and its office "when ..." with no verb, is no sentence;
- a "his" in a question naming only buildings and bodies before it ("did the Grand National
  Assembly elect his cousin") belongs to no one the card names;
- "the election", "the works", "the coffin" and "the quarters" alone are vague like pass 330's
  matters (rounds 156-1364 kept 24 of 60 such verdicts).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["Tanzimat reforms", "Vell laws", "Kask decrees"]))
def test_a_plural_noun_after_a_past_verb_and_a_name_stays_a_noun(noun: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    text = f"Gülhane, which opened the {noun}, in the palace's outer gardens?"
    assert entry_in_the_past(text) == text


def test_a_guard_a_present_verb_after_a_name_is_still_put_in_the_past() -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("Anna Kask signs the Vell reforms.") == (
        "Anna Kask signed the Vell reforms.")


@given(st.sampled_from(["as far as possible", "where practicable", "in principle"]))
def test_a_quoted_phrase_between_commas_does_not_end_the_clause(phrase: str) -> None:
    from quiz.generate.clauses import cut_clause
    text = (f' required besieging forces to spare, "{phrase}", buildings dedicated to '
            "religion and art")
    assert cut_clause(text).endswith("religion and art")


def test_a_guard_a_quoted_clause_with_a_verb_still_ends_it() -> None:
    from quiz.generate.clauses import _quoted_manner
    text = ' required the forces to spare, "it was agreed", buildings dedicated to art'
    assert not _quoted_manner(text, text.index(","))


@given(st.sampled_from(["Thomas Klestil swore in", "Anna Kask appointed", "Paul Vell signed"]))
def test_a_name_and_its_own_past_verb_after_a_comma_is_a_second_sentence(clause: str) -> None:
    from quiz.generate.quality import _clause_after_did
    question = (f"On what date did the People's Party win the early election of 24 November "
                f"2002, {clause} the second government?")
    assert _clause_after_did(question)


def test_a_guard_a_name_in_apposition_is_no_second_sentence() -> None:
    from quiz.generate.quality import _clause_after_did
    assert not _clause_after_did("On what date did the Vell Party elect its leader, Anna Kask?")


@given(st.sampled_from(["Grand Vizier", "Foreign Minister", "Lord Chancellor"]))
def test_a_name_and_its_office_with_no_verb_is_refused(office: str) -> None:
    from quiz.generate.quality import _NAME_AND_OFFICE
    assert _NAME_AND_OFFICE.match(f"Vell Palace: Âli Kask, {office} when the Vell Edict of ____ "
                                  "was issued.")


def test_a_guard_a_name_its_office_and_a_verb_is_kept() -> None:
    from quiz.generate.quality import _NAME_AND_OFFICE
    assert not _NAME_AND_OFFICE.match("Daoud Kask, Prime Minister from ____, pursued reform.")


@given(st.sampled_from(["Grand National Assembly", "Baghdad Kiosk", "Vell Garrison Church"]))
def test_a_his_after_only_buildings_and_bodies_belongs_to_no_one_named(name: str) -> None:
    from quiz.generate.quality import _names_a_person
    assert not _names_a_person(f"Vell Palace: On what date in 1922 did the {name} elect",
                               person=True)


def test_a_guard_a_person_before_his_is_still_found() -> None:
    from quiz.generate.quality import _names_a_person
    assert _names_a_person("On what date did Anna Kask elect", person=True)


@given(st.sampled_from(["the election", "the works", "the coffin", "the quarters"]))
def test_a_matter_named_by_its_kind_alone_is_refused(matter: str) -> None:
    from quiz.generate.quality import _bare_matter
    assert _bare_matter(f"Vell Palace: On what date did Pope Paul confirm {matter}?")


def test_a_guard_a_matter_the_question_says_is_kept() -> None:
    from quiz.generate.quality import _bare_matter
    assert not _bare_matter("Vell Palace: On what date did Pope Paul confirm the election of "
                            "Kask?")
