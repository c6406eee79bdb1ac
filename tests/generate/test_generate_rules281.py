"""Rule pass 281, from rounds 1013-1020 (heldout1005-1012) as their first readers judged them
(no batch has judged it):

- "presented the white paper Meld." (a Norwegian white paper's "Meld. St. 16" read as a
  sentence's end);
- "was parish priest of Vestre Slidre" (a parish after "priest of" completed as another place
  of the same name);
- "did the Commission of Ursula take office?" (a body named after a person, cut at the
  person's particle: "the Commission of Ursula von der Leyen");
- "Bremangerlandet: Owned by the University of Bergen ... since ____." (a fact sheet's line
  opening with a short participle, its field's name lost).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.bodies import name_bodies
from quiz.generate.facts import DATE, Fact
from quiz.generate.names import with_document_names
from quiz.generate.quality import faults
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence, split_line


@given(st.sampled_from(["Meld. St. 16", "Prop. 103 L"]))
def test_a_norwegian_papers_abbreviation_ends_no_sentence(paper: str) -> None:
    text = f"In 2015 the Vell government presented {paper} on growth. The next year it passed."
    assert split_line(text)[0] == f"In 2015 the Vell government presented {paper} on growth."


@given(st.sampled_from(["parish priest of", "vicar of", "dean of"]))
def test_a_parish_after_an_office_of_is_not_completed(office: str) -> None:
    text = ("Ivo Dorn was born at Vell. Vestre Kask was split off in 1848.\n\n"
            f"Dorn was {office} Kask from 1839 to 1847.\n")
    question = f"Ivo Dorn was {office} Kask from 1839 to ____."
    asked, _ = with_document_names(question, "1847", text)
    assert asked == question, asked


@given(st.sampled_from(["von der Vell", "van den Kask"]))
def test_a_body_named_after_a_person_keeps_the_persons_particles(surname: str) -> None:
    text = (f"Ivo Dorn was named to the second Commission of Ursula {surname} in 2024. "
            f"The Commission took office on 1 December 2024.")
    quote = "The Commission took office on 1 December 2024."
    asked = name_bodies("On what date did the Commission take office?", "1 December 2024",
                        text, quote)
    assert f"Commission of Ursula {surname}" in asked, asked


@given(st.sampled_from(["Owned by", "Built by", "Named by"]))
def test_a_short_participle_opening_a_line_names_nothing(opening: str) -> None:
    question = f"Vell Island: {opening} the University of Kask and closed to visitors since ____."
    sentence = question.split(": ", 1)[1].replace("____", "2002")
    start = sentence.index("2002")
    fact = Fact(DATE, "2002", start, start + 4, Sentence(sentence, 1))
    found = faults(Candidate(fact, "cloze", question, "2002"))
    assert any("never says what it is about" in fault for fault in found), found
