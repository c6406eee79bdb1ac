"""Rule pass 331, from rounds 1325-1340 (heldout1317-1332) as both readers judged them:

- "did the Federal Council send the Federal Assembly its report on the Simplon enterprise": the
  day an unnamed report was delivered is trivial (rounds 156-1332 kept 20 of 52 such verdicts);
- "did the Saltworks Castle from which the żupniks administer ... became": the verb of a
  relative clause opened by a preposition and "which" is not the clause's;
- "did Seweryn Boner die, and with him the Boner family's hold ... came to an end?": ", and
  with him" opens a clause of its own;
- "by Józef Waydowicz and Tomasz Markowski": a given name before "and" and another given name
  with a family name shares that family name and is not completed with another's;
- "did fire in the Yellow Jacket, Kentuck and Crown Point mine kills": a timeline's plural noun
  before the clause's present verb and its object is no verb to put in the past;
- "a party that included James Fennimore, known as "Old Virginny" Finney.": the verb of the
  subject's relative clause ("that included") ends no clause at the next "and".

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


@given(st.sampled_from(["send the Vell Assembly its report on the tunnel", "present its report",
                        "report on the talks in Kask", "publish its final report"]))
def test_the_day_a_report_was_delivered_is_trivial(act: str) -> None:
    from quiz.generate.quality import _report_delivered
    assert _report_delivered(f"Port Allard: On what date in 1896 did the council {act}?")


def test_a_guard_a_named_report_is_still_asked() -> None:
    from quiz.generate.quality import _report_delivered
    assert not _report_delivered("On what date was the Dorn report on Vell published?")
    assert not _report_delivered("On what date did the Assembly adopt the Vell report?")


def test_a_relative_clauses_verb_after_preposition_and_which_is_not_the_clauses() -> None:
    from quiz.generate.grammar import find_verb
    text = "The Vell Castle from which the reeves administered the works became a museum."
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "became", verb


def test_a_guard_the_clauses_own_verb_after_which_is_still_found() -> None:
    from quiz.generate.clauses import invert
    assert invert("Vell ceded the land on which the fort stood.", "in what year") == (
        "In what year did Vell cede the land on which the fort stood?")


@given(st.sampled_from(["him", "her", "it"]))
def test_and_with_a_pronoun_opens_a_clause_of_its_own(pronoun: str) -> None:
    from quiz.generate.clauses import cut_clause
    assert cut_clause(f" died on 12 May 1549, and with {pronoun} the Tamm family's hold on Vell "
                      "came to an end.", has_verb=True) == " died on 12 May 1549"


@given(st.sampled_from([("Józef", "Tomasz Markowski"), ("Ivo", "Ann Berg")]))
def test_two_given_names_of_one_family_name_are_not_completed(pair: tuple[str, str]) -> None:
    from quiz.generate.names import with_document_names
    given_name, other = pair
    text = (f"The chapel was carved by {given_name} and {other}. {given_name} Waydowicz was "
            f"treasurer. {given_name} Waydowicz signed the accounts.")
    question = f"The chapel, carved by {given_name} and {other}, was begun in ____."
    assert with_document_names(question, "1895", text)[0] == question


def test_a_guard_a_given_name_and_a_ruler_are_still_two_people() -> None:
    from quiz.generate.names import with_document_names
    text = ("Queen Matilda II of Kell married Duke Edwy of Vell. Matilda ruled alone. Edwy "
            "Vantberg held the fort. Later Edwy Hallam died.")
    _, reason = with_document_names("On what date was the wedding of Edwy and Matilda held?",
                                    "3 May 1190", text)
    assert "Edwy Hallam" in reason


@given(st.sampled_from(["mines kills", "docks destroys", "mills burns"]))
def test_a_plural_noun_before_the_clauses_present_is_no_verb(words: str) -> None:
    from quiz.generate.tense import entry_in_the_past
    noun = words.split()[0]
    told = entry_in_the_past(f"Fire in the Dorn and Kask {words} at least ten men.")
    assert f" {noun} " in told, told


def test_a_guard_a_present_verb_before_its_object_is_still_put_in_the_past() -> None:
    from quiz.generate.tense import entry_in_the_past
    assert entry_in_the_past("Ivo Tamm resigns as harbour master.") == (
        "Ivo Tamm resigned as harbour master.")


@given(st.sampled_from(["a party that included", "a crew who brought"]))
def test_a_subjects_relative_verb_ends_no_clause_at_and(opening: str) -> None:
    from quiz.generate.clauses import cut_clause
    text = (f" {opening} James Tamm, known as \"Old Kask\" Tamm, and Henry T. P. Dorn staked "
            "ground at the head of Gold Canyon.")
    assert cut_clause(text, has_verb=False, commas=True) == text
