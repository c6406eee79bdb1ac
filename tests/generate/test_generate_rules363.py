"""Rule pass 363, from rounds 1574-1581's first readers (heldout1565-1572, electrical makers):

* a timeline's plural noun in a list was put in the past as a verb: "founded in Berlin by AEG,
  Siemens & Halske, banks and engineering firms" ("banked", round 1576), "patents on polyphase
  AC motors and transmission" ("motored", round 1575). A plural after a list's comma or an
  acronym, before "and" or "or", is a noun; "hears and dismisses" are still verbs;
* "Nokia, Ericsson, Motorola and Psion found Symbian Ltd": the present of "found" before a body's
  name, not the past of "find" ("did ... find Symbian Ltd", round 1578);
* "H. Lawrence Culp Jr.": a family name and its generation are no name read family name first
  ("did Culp Jr announce", round 1574);
* "Ericsson and Sony sign a memorandum": a bare firm joined by "and" to the other word of the
  longer name the text gives it ("Sony Ericsson", their later joint venture) is left as it is
  ("did Ericsson and Sony Ericsson sign": round 1581).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.names import document_full_names
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from([
    ("the Kask Society is founded in Orrin by VAG, Tamm & Vell, banks and engineering firms.",
     "was founded in Orrin by VAG, Tamm & Vell, banks and engineering firms."),
    ("Ann Vell is granted her patents on polyphase AC motors and transmission.",
     "was granted her patents on polyphase AC motors and transmission."),
    ("the league is joined by Kask, Orrin, farms or villages of the valley.",
     "was joined by Kask, Orrin, farms or villages of the valley."),
]))
def test_a_plural_in_a_list_is_no_verb(pair: tuple[str, str]) -> None:
    entry, ending = pair
    assert entry_in_the_past(entry).endswith(ending)


@given(st.sampled_from([("the court hears and dismisses the case.",
                         "the court heard and dismissed the case."),
                        ("the EU bans imports and sets quotas.",
                         "the EU banned imports and set quotas."),
                        ("the king signs and ratifies the treaty.",
                         "the king signed and ratified the treaty.")]))
def test_guard_two_verbs_joined_by_and_are_verbs(pair: tuple[str, str]) -> None:
    entry, past = pair
    assert entry_in_the_past(entry) == past


@given(st.sampled_from(["Symbian Ltd", "the Kask Society", "Orrin Vell Inc", "Kask Academy"]))
def test_found_before_a_body_s_name_is_founded(body: str) -> None:
    entry = f"Vell, Tamm, Orrin and Kask found {body} to develop a common system."
    assert entry_in_the_past(entry).startswith(f"Vell, Tamm, Orrin and Kask founded {body}")


def test_guard_found_before_a_person_is_the_past_of_find() -> None:
    entry = "the search party found Tom Vell dead near Kask."
    assert entry_in_the_past(entry) == entry


def test_a_name_and_its_generation_are_no_family_first_name() -> None:
    text = ("H. Lawrence Vellp Jr. became chief executive in 2018. In 2021 Vellp announced the "
            "division of the company into three.")
    assert "Vellp Jr" not in document_full_names("Vellp", text)


def test_a_firm_joined_to_its_later_partner_is_not_their_joint_venture() -> None:
    from quiz.generate.names import with_document_names
    text = ("# Vellcom: a timeline\n\n- 24 April 2001: Vellcom and Kaso sign a memorandum on a "
            "joint venture.\n- 1 October 2001: Kaso Vellcom begins trading in London.\n")
    question = "On what date did Vellcom and Kaso sign a memorandum on a joint venture?"
    assert with_document_names(question, "24 April 2001", text) == (question, "")


def test_guard_a_bare_name_is_still_completed() -> None:
    from quiz.generate.names import with_document_names
    text = ("# Vellcom: a timeline\n\n- 1876: Lars Orrin Vell founds Vellcom in Kask.\n- 1901: "
            "Vell retires from the firm.\n")
    assert with_document_names("In what year did Vell retire from the firm?", "1901",
                               text)[0] == "In what year did Lars Orrin Vell retire from the firm?"
