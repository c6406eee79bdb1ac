"""Rule pass 159, from rounds 293-296: "Thirty Soviet bombers" gives no full name to "Soviet
troops", nor the island "São Miguel" to the regent "Miguel"; "governed from then on" keeps its
"then"; two verbs sharing an object ("sacked and burned Visby", "sacks and burns") are not cut
apart; a timeline's "whoever holds" and "shall" go into the past with their question; "the
decree" of a document titled with a decree, on a card with no label, is refused; "the garrison
of more than 11,000 men surrendered" is a clause of its own; "was led by X, Chancellor since
____" stays in the past. Every sentence here is invented.
Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import cut_clause, date_question
from quiz.generate.coordination import second_clause
from quiz.generate.definites import resolve_definites
from quiz.generate.names import document_full_names
from quiz.generate.questions import _tenses_fixed
from quiz.generate.trim import without_then


@given(st.sampled_from(["Thirty", "Twelve", "Forty-two", "Seven"]))
def test_a_count_opening_a_sentence_is_no_given_name(count: str) -> None:
    text = (f"- 7 May: {count} Ostrog bombers attack Vell without warning.\n"
            "- 9 May: Ostrog troops land at Vell.\n")
    assert f"{count} Ostrog" not in document_full_names("Ostrog", text)


@given(st.sampled_from(["São", "Santa", "San", "Santo"]))
def test_a_saints_place_is_no_full_name_of_a_person(saint: str) -> None:
    text = (f"Pedro reached {saint} Tomé in February 1832.\n"
            "Tomé, regent for his niece, arrived in Kell on 22 February 1828.\n")
    assert f"{saint} Tomé" not in document_full_names("Tomé", text)


def test_a_family_name_is_still_completed() -> None:
    """(guard: "Tamm" is "Ivo Tamm")"""
    text = "Ivo Tamm became mayor of Kell in 1901. Tamm resigned in 1905."
    assert document_full_names("Tamm", text) == frozenset({"Ivo Tamm"})


@given(st.sampled_from(["from then on", "since then", "until then", "by then"]))
def test_then_after_a_preposition_is_kept(time: str) -> None:
    question = f"In what year was Kell governed {time} by a royal commandant?"
    assert without_then(question) == question


def test_a_linking_then_is_still_dropped() -> None:
    """(guard: "was Kell then governed")"""
    assert without_then("In what year was Kell then governed by a commandant?") == (
        "In what year was Kell governed by a commandant?")


@given(st.sampled_from([("sacked", "burned", "much of Kell"),
                        ("typed", "circulated", "BBC bulletins"),
                        ("signed", "ratified", "the treaty")]))
def test_two_verbs_sharing_an_object_are_not_cut_apart(verbs: tuple[str, str, str]) -> None:
    first, second, thing = verbs
    text = f" a Vell force {first} and {second} {thing} until its members were betrayed"
    assert f"{second} {thing}" in cut_clause(text)


def test_a_past_sentence_with_two_verbs_asks_both() -> None:
    text = "In May 1525 Ivo Tamm sacked and burned much of Kell, and the island stayed Danish."
    question = date_question(text, 3, 11, "in what month and year")
    assert question == "In what month and year did Ivo Tamm sack and burn much of Kell?"


def test_a_timeline_present_with_two_verbs_asks_both() -> None:
    text = "May 1525: A Vell force sacks and burns much of Kell."
    question = date_question(text, 0, 8, "in what month and year")
    assert question == "In what month and year did a Vell force sack and burn much of Kell?"


def test_a_second_act_with_its_own_object_is_still_cut() -> None:
    """(guard: "arrives in Lund and assures him of support" asks the arrival)"""
    text = "July 1525: Ivo Tamm arrives in Lund and assures him of support."
    question = date_question(text, 0, 9, "in what month and year")
    assert question == "In what month and year did Ivo Tamm arrive in Lund?"


def test_whoever_and_shall_go_into_the_past() -> None:
    text = "1 September 1524: The Recess of Vell leaves Kell with whoever holds Zell pending arbitration."
    question = date_question(text, 0, 16, "on what date")
    assert question is not None and "whoever held Zell" in question
    text = "1299: The Kellan towns resolve that the seal of the merchants shall no longer be used."
    question = date_question(text, 0, 4, "in what year")
    assert question is not None and "should no longer be used" in question


def test_a_title_noun_on_an_unlabelled_card_is_refused() -> None:
    text = ("The Kellan Autonomy Decree of 2 March 1895\n\nThe campaign for autonomy began in "
            "Vell. A decree was drafted by the minister. The decree was dated at Zell on 2 March "
            "1895.")
    quote = "The decree was dated at Zell on 2 March 1895."
    title = "The Kellan Autonomy Decree of 2 March 1895"
    question = "On what date was the decree dated at Zell?"
    _, unlabelled = resolve_definites(question, "2 March 1895", text, quote, title, False)
    _, labelled = resolve_definites(question, "2 March 1895", text, quote, title, True)
    assert unlabelled and not labelled


def test_a_counted_subject_opens_a_second_clause() -> None:
    predicate = " at Kell and the garrison of more than 11,000 men surrendered"
    span = second_clause(predicate)
    assert span is not None and predicate[: span[0]] == " at Kell"


def test_since_in_an_aside_leaves_the_past_alone() -> None:
    statement = "The Kellan delegation was led by Ivo Tamm, Lord Chancellor since ____ and regent."
    assert _tenses_fixed(statement) == statement
    assert _tenses_fixed("Kell was involved since ____ in the talks.").startswith(
        "Kell has been involved")  # (guard)


@given(st.sampled_from(["resigned", "died", "arrived", "rose"]))
def test_a_verb_without_object_is_cut_from_the_next(verb: str) -> None:
    """(guard: "Ivo Tamm resigned and handed power to Karl Berg" asks the resignation)"""
    text = f" Ivo Tamm {verb} and handed power to Karl Berg"
    assert cut_clause(text) == f" Ivo Tamm {verb}"


def test_a_timeline_verb_without_object_is_cut_from_the_next() -> None:
    """(guard: "resigns and hands power to ..." asks the resignation)"""
    text = "July 1525: Ivo Tamm resigns and hands power to Karl Berg."
    question = date_question(text, 0, 9, "in what month and year")
    assert question == "In what month and year did Ivo Tamm resign?"


@given(st.sampled_from(["was consecrated and crowned Emperor", "could be lodged and confined the veto",
                        "had been signed and described its object"]))
def test_a_passive_is_no_verb_sharing_an_object(passive: str) -> None:
    """(guard: "Ivo Tamm was consecrated and crowned Emperor" is cut as before)"""
    text = f" Ivo Tamm {passive} in Kell"
    assert cut_clause(text) == " Ivo Tamm " + passive.split(" and ")[0]
