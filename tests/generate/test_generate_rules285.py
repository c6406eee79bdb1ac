"""Rule pass 285, from rounds 1037-1044 (heldout1029-1036) and the first readers of rounds
1045-1052 (heldout1037-1044):

- "On what date was Adolf Friedrich born at Schwerin?" (a biography's numbered subject,
  "Adolf Friedrich I", named by his given names alone: another ruler bears them);
- "was the marine reserve's twentieth anniversary marked at Martin's Haven" (the day an
  anniversary was kept: rounds 156-1044 kept 13 of 58 such verdicts);
- "did the municipality of Insel Poel record 2,528 inhabitants" (the date of a count: 0 of 12);
- "approve the extension, so that the Wadden Sea from Den Helder to Blåvands Huk?" (the clause
  of "so that" cut before its verb);
- "The districts of Rügen, on what date in 2011 were Nordvorpommern ... merged" (a piece of the
  subject left before the question's words: 0 of 6);
- "After the fall of the Berlin Wall on ____", "Since German reunification on ____" (a day every
  student knows, asked in a sentence about something else);
- "Neuwerk: Construction began in ____ and was finished in 1310" (work on no thing the question
  names: 0 of 6 kept);
- "Hooge: On what date in 1825 did the King leave for Föhr?" (a timeline's king, named two
  entries before under the same year heading);
- "did the World Heritage Committee inscribe Schokland and Surroundings under criteria?" (the
  labels "(iii) and (v)" dropped as asides when a long question was shortened).

Every sentence here is invented. Each test fails on the code before, except the guards named
as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.definites import resolve_definites
from quiz.generate.facts import DATE, Fact
from quiz.generate.names import with_regnal_number
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence
from quiz.generate.trim import shorten


def _faults(question: str, answer: str, sentence: str, form: str = "wh") -> list[str]:
    start = sentence.index(answer)
    fact = Fact(DATE, answer, start, start + len(answer), Sentence(sentence, 1))
    return faults(Candidate(fact, form, question, answer))


@given(st.sampled_from([("Ivo Karl", "I"), ("Alda", "III"), ("Kell Magnus", "XII")]))
def test_a_numbered_subject_keeps_the_number(subject: tuple[str, str]) -> None:
    given_names, number = subject
    asked = with_regnal_number(f"On what date was {given_names} born at Vell?", "2 May 1588",
                               f"{given_names} {number}")
    assert asked == f"On what date was {given_names} {number} born at Vell?", asked


@given(st.sampled_from(["Ivo Karl II", "Ivo Karl of Vell"]))
def test_another_numbered_or_longer_name_is_left_alone(other: str) -> None:
    question = f"On what date was {other} born at Vell?"
    assert with_regnal_number(question, "2 May 1620", "Ivo Karl I") == question


@given(st.sampled_from(["twentieth anniversary marked", "centenary celebrated",
                        "bicentenary commemorated"]))
def test_the_day_an_anniversary_was_marked_is_trivial(event: str) -> None:
    kept = event.split()[-1]
    sentence = f"On 3 June 2010 the Vell reserve's {event.rsplit(' ', 1)[0]} was {kept} at Kask."
    question = (f"On what date was the Vell reserve's {event.rsplit(' ', 1)[0]} {kept} at "
                "Kask?")
    found = _faults(question, "3 June 2010", sentence)
    assert any("anniversary was marked" in fault for fault in found), found


@given(st.sampled_from(["record 2,528 inhabitants", "count 570 people", "record 144 residents"]))
def test_the_date_of_a_count_of_inhabitants_is_trivial(count: str) -> None:
    sentence = f"31 December: the municipality of Vell {count.replace('record', 'records')}."
    found = _faults(f"On what date in 2022 did the municipality of Vell {count}?", "31 December",
                    sentence)
    assert any("count of inhabitants" in fault for fault in found), found


@given(st.sampled_from(["the Vell Sea from Kask to Dorn", "the whole Kask coast"]))
def test_a_so_that_clause_cut_before_its_verb_is_nonsensical(rest: str) -> None:
    sentence = f"In 2014 the committee approved the extension, so that {rest} was listed."
    question = f"In what year did the committee approve the extension, so that {rest}?"
    found = _faults(question, "2014", sentence)
    assert any("“so that”" in fault for fault in found), found


@given(st.sampled_from(["The districts of Vell, on what date in 2011 were Kask and Dorn merged?",
                        "Vell: The Kask ferry, in what month and year did the Alda stand in?"]))
def test_a_piece_of_the_subject_before_the_question_is_ungrammatical(question: str) -> None:
    sentence = "The districts of Vell, Kask and Dorn were merged on 4 September 2011."
    found = _faults(question, "4 September 2011", sentence)
    assert any("a piece of the subject" in fault for fault in found), found


@given(st.sampled_from(["criteria (iii) and (v)", "paragraphs (a) and (c)", "points (2) and (4)"]))
def test_the_labels_of_list_items_are_no_asides(labels: str) -> None:
    question = (f"On what date did the Vell Committee inscribe Kask and Surroundings under "
                f"{labels}, describing it as the last surviving evidence of a society adapted to "
                "the precarious life of the wetlands of the Dorn coast?")
    assert labels in shorten(question, 12)


@given(st.sampled_from(["After the fall of the Berlin Wall on ____ Ivo Dorn left Vell.",
                        "Vell: Since German reunification on ____ tourism has grown on Kask."]))
def test_a_day_every_student_knows_is_trivial(question: str) -> None:
    sentence = question.split(": ")[-1].replace("____", "9 November 1989")
    found = _faults(question, "9 November 1989", sentence, form="cloze")
    assert any("every student knows" in fault for fault in found), found


@given(st.sampled_from(["Vell: Construction began in ____ and was finished in 1310.",
                        "Financing was placed on a firmer footing in ____ by the Kask Act."]))
def test_work_on_no_named_thing_is_vague(question: str) -> None:
    sentence = question.split(": ")[-1].replace("____", "1299")
    found = _faults(question, "1299", sentence, form="cloze")
    assert any("the work of what" in fault for fault in found), found


@given(st.sampled_from(["King Ivo II", "Queen Alda I"]))
def test_a_timelines_ruler_named_under_the_same_heading_is_named(ruler: str) -> None:
    title = ruler.split()[0]
    text = ("# Vell timeline\n\n## 1825\n\n- February: the great flood strikes Vell.\n"
            f"- 1 March: {ruler} orders collections for the victims.\n"
            f"- 2 July: the {title} visits Vell to inspect the damage.\n"
            f"- 3 July: the {title} leaves for Kask.\n")
    quote = f"3 July: the {title} leaves for Kask."
    asked, _ = resolve_definites(f"On what date in 1825 did the {title} leave for Kask?",
                                 "3 July", text, quote)
    assert asked == f"On what date in 1825 did {ruler} leave for Kask?", asked


def test_a_guard_a_so_that_clause_with_a_present_stays() -> None:
    sentence = "On 1 January 2003 Vell was merged into Kask, so that Dorn now lies in Kask."
    question = "On what date was Vell merged into Kask, so that Dorn now lies in Kask?"
    assert not any("“so that”" in fault for fault in _faults(question, "1 January 2003",
                                                              sentence))


def test_a_guard_an_anniversary_after_the_blank_is_an_aside() -> None:
    sentence = ("Ivo Dorn was installed on 31 October 1269, a date the regency still celebrates "
                "as its anniversary.")
    question = ("Ivo Dorn was installed on ____, a date the regency still celebrates as its "
                "anniversary.")
    found = _faults(question, "31 October 1269", sentence, form="cloze")
    assert not any("anniversary was marked" in fault for fault in found), found
