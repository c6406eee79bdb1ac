"""Rule pass 278, from rounds 989-992 (heldout981-984) as their first readers judged them, and
one fault left from round 974 (no batch has judged it):

- "did Regulation No. 78 ... protect grey?" (two adjectives after a verb, "grey and ringed seal
  sites", cut at their "and", and "ringed" then put as a verb's base);
- "Karelians captured King Haakon Haakonsson's sysselmann" in 1278 (a king the paragraph named
  for 1251, the year before his name in its sentence);
- "did Karelians and Kvens raid Hålogaland, and in the winter of 1278–1279 Karelians captured
  ...?" (a span of years in the phrase before a second clause);
- "was a long dispute over the inheritance settled only in favour of ...?" ("only" of "only in
  1490" left behind);
- "was the People Act amended?" (the end of "Representation of the People Act" read as a name);
- "by Donald Monro, Lord of the Isles" (a ruler named by his given name and title completed as
  another man of the text);
- "did the Airports Commission under Sir Howard Davies set them aside?" (a "them" the question
  ends with, standing for what another sentence names: rounds 156-988 kept 1 of 8);
- "did Fairfax of Cameron retake Maidstone?" (a peer's surname and the "of" of his title);
- "In what year did Gourgaud command the artillery of Paris?" (answered with the year of a
  later predicate of a series, ", became aide-de-camp to the King in 1832");
- "In England, Gourgaud published ... and was expelled from France" ("the country" written as
  the document's country where the sentence names England);
- "made a knight of the Empire for the services" (a demonstrative, "these services", written
  "the": rounds 156-996 kept 14 of 116 such verdicts; now no card);
- "did the Duke raise the siege?", "was the Earl executed?" (a peer with no title's place:
  rounds 156-996 kept 0 of 6).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.bodies import name_bodies
from quiz.generate.clauses import date_question, invert
from quiz.generate.coordination import second_clause
from quiz.generate.countries import resolve_the_country
from quiz.generate.definites import resolve_definites
from quiz.generate.facts import DATE, Fact
from quiz.generate.names import document_full_names, with_document_names
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.references import last_named
from quiz.generate.sentences import Sentence


def _asked(text: str, date: str, wh: str = "On what date") -> str | None:
    start = text.index(date)
    return date_question(text, start, start + len(date), wh)


@given(st.sampled_from([("grey", "ringed"), ("red", "spotted")]))
def test_two_adjectives_after_a_verb_are_not_cut_at_their_and(adjectives: tuple[str, str]) -> None:
    first, second = adjectives
    entry = f"20 December: Order No. 7 of the Vell Board protects {first} and {second} seal sites."
    asked = _asked(entry, "20 December")
    assert asked is not None and f"protect {first} and {second} seal sites?" in asked, asked


@given(st.sampled_from([("entered the council", "sat there for years", "enter", "sit"),
                        ("broke away", "founded the Vell Party", "break", "found"),
                        ("sailed on westward", "reached Kask", "sail", "reach")]))
def test_a_guard_a_second_verb_after_and_is_still_put_in_its_base(
        acts: tuple[str, str, str, str]) -> None:
    first, second, first_base, second_base = acts
    asked = invert(f"Ivo Dorn {first} and {second}.", "In what year")
    assert asked == (f"In what year did Ivo Dorn {first_base}{first[len(first.split()[0]):]} "
                     f"and {second_base}{second[len(second.split()[0]):]}?"), asked


@given(st.sampled_from(["the king's", "the king’s"]))
def test_a_king_named_for_a_year_long_before_is_not_the_kings(kings: str) -> None:
    paragraph = ("An earlier settlement had been reached in 1251, when envoys of King Ivo Dorn "
                 "treated with Vell. ")
    question = f"In what year did Kellians capture {kings} steward, Karl Vesk, in 1278?"
    asked, _ = resolve_definites(question, "1278", paragraph + question, question)
    assert "Ivo Dorn" not in asked, asked


@given(st.sampled_from(["1278–1279", "1278-1279"]))
def test_a_phrase_with_a_span_of_years_opens_a_second_clause(span: str) -> None:
    text = f" Vell, and in the winter of {span} Kellians captured the steward"
    assert second_clause(text) is not None


@given(st.sampled_from(["settled", "resolved"]))
def test_only_before_the_date_goes_with_it(done: str) -> None:
    text = f"A long dispute over the estate was {done} only in 1490 in favour of Ivo Dorn."
    assert _asked(text, "1490", "In what year") == (
        f"In what year was a long dispute over the estate {done} in favour of Ivo Dorn?")


@given(st.sampled_from(["Representation of the People Act", "Protection of the Sea Act"]))
def test_the_end_of_a_name_after_of_the_is_no_name(name: str) -> None:
    context = f"In 1884 the {name} gave the vote to many of the islanders."
    assert last_named("act", context) is None
    text = context + "\n\nThe Act was amended in 1887."
    assert name_bodies("In what year was the Act amended?", "1887", text,
                       "The Act was amended in 1887.") == "In what year was the Act amended?"


@given(st.sampled_from(["Lord of the Isles", "King of the Romans"]))
def test_a_given_name_and_its_title_is_not_completed(title: str) -> None:
    text = (f"Dean Ivo Monro described the isles in 1549.\n\nA grant to Karl Vesk by Ivo, "
            f"{title}, is dated 1390.\n")
    question = f"A grant to Karl Vesk by Ivo, {title}, is dated ____."
    asked, _ = with_document_names(question, "1390", text)
    assert asked == question, asked


def _wh_faults(question: str, sentence: str, answer: str = "2014") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, "wh", question, answer))


@given(st.sampled_from(["set them aside", "chart them", "destroy them"]))
def test_a_them_the_question_ends_with_is_vague(act: str) -> None:
    sentence = f"Proposals were made, but the Airports Commission under Ivo Dorn did {act} in 2014."
    found = _wh_faults(f"Vell Island: In what year did the Airports Commission under Ivo Dorn {act}?",
                       sentence)
    assert any("“them”" in fault for fault in found), found


def test_a_guard_a_them_of_a_plural_label_is_kept() -> None:
    sentence = "A Dornish force occupied them in 2014."
    found = _wh_faults("Vell and Dask: In what year did a Dornish force occupy them?", sentence)
    assert not any("“them”" in fault for fault in found), found


@given(st.sampled_from(["Lord", "Viscount"]))
def test_a_peers_surname_is_not_completed_with_his_titles_of(rank: str) -> None:
    text = (f"The general, who had succeeded his father as third {rank} Dorn of Kask in 1648, "
            f"took Mora. Dorn retook Lerno on 1 June.")
    assert "Dorn of Kask" not in document_full_names("Dorn", text)


@given(st.sampled_from(["became aide-de-camp to the King", "took command of the fleet"]))
def test_a_later_predicate_of_a_series_dates_no_earlier_one(later: str) -> None:
    text = f"Ivo Dorn commanded the artillery of Vell, {later} in 1832, and died in 1835."
    assert _asked(text, "1832", "In what year") is None


@given(st.sampled_from(["England", "Scotland", "Prussia"]))
def test_the_country_after_another_land_is_not_the_documents(land: str) -> None:
    question = f"In {land}, Ivo Dorn published a memoir and was expelled from the country."
    assert resolve_the_country(question, "France") is None


def test_a_guard_the_country_alone_is_the_documents() -> None:
    question = "Ivo Dorn published a memoir and was expelled from the country."
    assert resolve_the_country(question, "France") == (
        "Ivo Dorn published a memoir and was expelled from France.")


@given(st.sampled_from(["the Duke", "the Earl", "the Countess"]))
def test_a_peer_with_no_titles_place_is_vague(peer: str) -> None:
    sentence = f"In 1472 {peer} raised the siege of Vell."
    found = _wh_faults(f"In what year did {peer} raise the siege of Vell?", sentence, "1472")
    assert any("“the Earl”" in fault for fault in found), found


@given(st.sampled_from(["the Duke of Vell", "the Earl and Countess of Vell"]))
def test_a_guard_a_peer_with_his_titles_place_is_kept(peer: str) -> None:
    sentence = f"In 1472 {peer} raised the siege of Kask."
    found = _wh_faults(f"In what year did {peer} raise the siege of Kask?", sentence, "1472")
    assert not any("“the Earl”" in fault for fault in found), found
