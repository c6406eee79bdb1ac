"""Rule pass 103, from rounds 105-111 (heldout100-107): "the Assembly", "the Council", "the
Court" and "the League" left a card leaning on its document ("On what date did the Assembly
adopt Resolution 181?"; "Korea: ... did the Assembly elect Rhee President"). The name the
document gave the body before the card's sentence is now written in. Every sentence here is
invented (the bodies and people of invented lands). Each test fails on the code before, except
the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _run

from quiz.generate.bodies import name_bodies

_TEXT = ("The Kaldoran National Assembly met in Dorn in May 1948.\n\n"
         "On 20 July 1948 the Assembly elected Ivo Tamm President.")
_QUOTE = "On 20 July 1948 the Assembly elected Ivo Tamm President."


def test_the_assembly_is_written_as_the_assembly_the_document_named() -> None:
    question = "On what date did the Assembly elect Ivo Tamm President?"
    assert name_bodies(question, "20 July 1948", _TEXT, _QUOTE) == (
        "On what date did the Kaldoran National Assembly elect Ivo Tamm President?")


def test_a_name_of_the_form_court_of_justice_and_a_capital_the() -> None:
    text = ("Dornia took the case to the Permanent Court of Arbitration and Justice in 1990. "
            "The Court ruled on 3 February 1994.")
    quote = "The Court ruled on 3 February 1994."
    assert name_bodies("The Court ruled on ____.", "3 February 1994", text, quote) == (
        "The Permanent Court of Arbitration and Justice ruled on ____.")


def test_a_full_stop_ends_the_name() -> None:
    text = ("Dornia joined the League of Free Cities. Kaldora stayed out.\n\n"
            "Kaldora was admitted to the League in September 1926.")
    quote = "Kaldora was admitted to the League in September 1926."
    question = "In what month and year was Kaldora admitted to the League?"
    assert name_bodies(question, "September 1926", text, quote) == (
        "In what month and year was Kaldora admitted to the League of Free Cities?")


def test_a_number_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = ("The Dorn Council was founded in 1920.\n\n- **24 October:** Thirteen Council "
            "members vote for the resolution.\n- **10 December:** The Council sends a "
            "commission.")
    quote = "The Council sends a commission."
    assert name_bodies("On what date did the Council send a commission?", "10 December",
                       text, quote) == "On what date did the Dorn Council send a commission?"


def test_a_possessor_takes_no_the_but_a_peoples_assembly_does() -> None:
    owned = ("Kaldora's National Assembly opened in 1950.\n\nThe Assembly voted on 2 May 1951.")
    assert name_bodies("On what date did the Assembly vote?", "2 May 1951", owned,
                       "The Assembly voted on 2 May 1951.") == (
        "On what date did Kaldora's National Assembly vote?")
    peoples = ("The Supreme People's Assembly opened in 1950.\n\nThe Assembly voted on 2 May "
               "1951.")
    assert name_bodies("On what date did the Assembly vote?", "2 May 1951", peoples,
                       "The Assembly voted on 2 May 1951.") == (
        "On what date did the Supreme People's Assembly vote?")


def test_several_councils_far_back_leave_the_question_as_it_is() -> None:
    """Guard: with two councils named in earlier paragraphs, which one is meant is a guess."""
    text = ("The Dorn Council met in 1990.\n\nThe Ostrian Council met in 1991.\n\n"
            "Votes in the Council were shared out on 4 May 1992.")
    question = "On what date were votes in the Council shared out?"
    assert name_bodies(question, "4 May 1992", text,
                       "Votes in the Council were shared out on 4 May 1992.") == question


def test_a_party_is_left_as_the_document_wrote_it() -> None:
    """Guard: a life names the parties its subject fought, and the nearest is often not his."""
    text = ("Ivo Tamm joined the Kaldoran Liberal Party in 1931. He fought the Dorn Labour "
            "Party for years.\n\nHe was expelled from the party in September 1945.")
    question = "In what month and year was Ivo Tamm expelled from the party?"
    assert name_bodies(question, "September 1945", text,
                       "He was expelled from the party in September 1945.") == question


def test_the_card_names_the_assembly_through_the_pipeline() -> None:
    kept, _ = _run("The Kaldoran Constituent Assembly was elected in Dorn in May 1948.\n\n"
                   "On 20 July 1948 the Assembly elected Ivo Tamm, the leader of the Union "
                   "of Dorn, President of Kaldora by 180 votes.")
    assert any("Kaldoran Constituent Assembly elect" in q for q in kept), kept
    assert not any("the Assembly elect" in q for q in kept), kept


_KINDS = ("Assembly", "Council", "Court", "Commission", "League", "Board")


@given(st.sampled_from(_KINDS), st.sampled_from(["Kaldoran", "Dorn", "Supreme Ostrian"]),
       st.sampled_from(["elected Ivo Tamm", "met in Dorn", "ended the mandate"]))
def test_a_bare_body_is_named_and_nothing_else_changes(kind: str, qualifier: str,
                                                       act: str) -> None:
    text = f"The {qualifier} {kind} was set up in 1947.\n\nThe {kind} {act} on 4 May 1950."
    quote = f"The {kind} {act} on 4 May 1950."
    question = f"On what date did the {kind} {act}?"
    named = name_bodies(question, "4 May 1950", text, quote)
    assert named == f"On what date did the {qualifier} {kind} {act}?"
    assert name_bodies(named, "4 May 1950", text, quote) == named  # (named once only)


@given(st.sampled_from(_KINDS), st.text(alphabet="abcdefgh ,.?", max_size=40))
def test_a_question_without_a_bare_body_is_never_changed(kind: str, words: str) -> None:
    text = f"The Kaldoran {kind} was set up in 1947. {words}"
    question = f"On what date did {words}?"
    assert name_bodies(question, "4 May 1950", text, words) == question


# Round 111-112 (heldout104, heldout106, heldout107): a timeline entry opening with a common
# noun or a prefixed adjective before a plural noun ("Peace talks open", "Riot police break up",
# "Intercommunal talks open") kept its capital inside the question.
@given(st.sampled_from(["Peace talks open", "Riot police break up a camp",
                        "Intercommunal talks open", "Border guards close the crossing"]))
def test_a_timeline_entrys_common_opening_word_is_lowered(entry: str) -> None:
    kept, _ = _run(f"## 1968\n\n- **23 May 1968** — {entry} at Dorn under Ivo Tamm, the "
                   "Kaldoran Foreign Minister.")
    asked = [q for q in kept if "did " in q]
    assert asked and all(f"did {entry[0].lower()}{entry[1:entry.index(' ')]}" in q
                         for q in asked), kept


def test_a_name_before_a_plural_noun_keeps_its_capital() -> None:
    """Guard: "Kaldoran troops" and "Tamm supporters" are no common words."""
    kept, _ = _run("## 1968\n\n- **23 May 1968** — Kaldoran troops enter Dorn under Ivo Tamm, "
                   "the Foreign Minister.")
    assert not any("did kaldoran" in q for q in kept), kept
