"""Rule pass 248, from rounds 789-796 (heldout781-788):

- "did Decree No. 09/AdB sets alert measures for ... paths expose to landslides" (a decree's
  number with letters after its slash, so the timeline's present was missed and a participle
  taken for the verb);
- "did a landslide ... generate waves that strike the shores of Panarea" (a plural noun's
  relative clause left in the timeline's present);
- "did Norway and Sweden deposit theirs" (a possessive pronoun as the object, its noun in
  another sentence);
- "The Treaty of Vienna of 30 October 1864: A Summary", "The Rudd Concession (30 October 1888)"
  gave no label (a date after "of" kept in the name; a date in brackets read as a dateline):
  rounds 717-796 kept 49 % of unlabelled summary cards against 66 % of labelled ones;
- "On ____ the four merged into a single fishing kolkhoz", "three more were set up" (a count
  alone as the subject: rounds 82-796 kept none of 4 verdicts).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.quality import _COUNT_AS_SUBJECT, _OBJECT_POSSESSIVE
from quiz.generate.subject import document_subject
from quiz.generate.tense import rest_in_the_past
from quiz.generate.topic import title_topic
from quiz.generate.topic_label import topic_label


@given(st.sampled_from(["09/AdB", "12/GAB", "3/2001"]), st.sampled_from(["Decree", "Law"]))
def test_a_numbered_acts_present_is_its_verb(number: str, kind: str) -> None:
    asked = invert(f"{kind} No. {number} sets alert measures for the stretches of reserve paths "
                   f"exposed to landslides", "On what date in 2021")
    assert asked == (f"On what date in 2021 did {kind} No. {number} set alert measures for the "
                     f"stretches of reserve paths exposed to landslides?"), asked


@given(st.sampled_from([("waves", "strike", "struck"), ("rebels", "attack", "attacked"),
                        ("floods", "reach", "reached")]), st.sampled_from(["that", "which"]))
def test_a_plural_nouns_relative_clause_goes_into_the_past(words: tuple[str, str, str],
                                                           relative: str) -> None:
    noun, present, past = words
    question = f"did a landslide on Kell generate {noun} {relative} {present} the shores of Vell?"
    assert f"{relative} {past} the shores" in rest_in_the_past(question)


@given(st.sampled_from(["theirs", "hers", "ours"]), st.sampled_from(["deposit", "obtained"]))
def test_a_possessive_pronoun_as_the_object_is_vague(pronoun: str, verb: str) -> None:
    assert _OBJECT_POSSESSIVE.search(f"On what date did Kell and Vell {verb} {pronoun}?")


@given(st.sampled_from(["regarded as", "the land was"]))
def test_a_guard_a_possessive_after_as_or_be_stands(words: str) -> None:
    assert not _OBJECT_POSSESSIVE.search(f"lands that Kell {words} theirs in ____")


@given(st.sampled_from(["On ____ the four merged into one kolkhoz.",
                        "After the deportations of ____, three more were set up at Kell.",
                        "On what date were the two merged with the state of Vell?"]))
def test_a_count_alone_as_the_subject_is_vague(question: str) -> None:
    assert _COUNT_AS_SUBJECT.search(question)


@given(st.sampled_from(["The two sides signed the treaty in ____.",
                        "Two ministers met at Kell in ____."]))
def test_a_guard_a_count_with_its_noun_stands(question: str) -> None:
    assert not _COUNT_AS_SUBJECT.search(question)


def _label(title: str) -> str | None:
    """The label a document titled TITLE heads its cards with (None: no label)."""
    subject = document_subject(title) or title_topic(title)
    return None if subject is None else topic_label(title, subject)


@given(st.sampled_from(["Vienna", "Kalisz", "Kell"]), st.sampled_from(["30 October 1864",
                                                                       "8 July 1343"]))
def test_an_instruments_date_after_of_is_no_part_of_its_name(place: str, date: str) -> None:
    assert _label(f"The Treaty of {place} of {date}: A Summary") == f"Treaty of {place}"


@given(st.sampled_from(["Rudd Concession", "Carlsbad Decrees", "Kell Autonomy Decree"]),
       st.sampled_from(["(30 October 1888)", "(Frankfurt, 20 September 1819)", "of 2 March 1895"]))
def test_a_summary_titles_date_is_no_dateline(name: str, date: str) -> None:
    assert _label(f"The {name} {date}: A Summary") == name


@given(st.sampled_from(["Treaty of 11 November 1743 between Kell and the Vell Company",
                        "The Kellish Elections of June 1989 and the Contract Sejm"]))
def test_a_guard_a_label_never_holds_a_date(title: str) -> None:
    label = _label(title)
    assert label is None or not any(month in label for month in ("November", "June")), label


def test_a_bracketed_other_name_no_shorter_is_not_the_label() -> None:
    title = "The Sykes–Picot Agreement (Asia Minor Agreement), 9–16 May 1916: A Summary"
    assert _label(title) == "Sykes–Picot Agreement"


def test_a_guard_a_news_dateline_still_gives_no_topic() -> None:
    assert title_topic("Monday 12 March 1990: talks in Kell end without a deal") is None


def test_a_guard_a_bracketed_short_name_stays_the_label() -> None:
    title = "The Warsaw Treaty Organisation (Warsaw Pact): Fact Sheet"
    assert _label(title) == "Warsaw Pact"
