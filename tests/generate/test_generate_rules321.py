"""Rule pass 321, from rounds 1285-1292 (heldout1277-1284) as their first readers judged them:

- "An Act:": a title's "An Act to Incorporate ..." names no agreement by its head alone;
- "Royal Observatory tested John Harrison's marine watch", "Lick Observatory died in San
  Francisco": an observatory, a library, a museum or a like institution in a title is no life,
  so its text's "he" is not the institution;
- "did Control of the observatory pass", "did Bicentenary of Lick's birth mark": who has a thing
  and its anniversaries open an entry as common nouns, lower-cased inside the question;
- "Rome:": the place in a title's "(Rome, 12 March 2019)" is where an instrument was signed,
  not its subject.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert


def test_an_acts_head_alone_names_no_agreement() -> None:
    from quiz.generate.subject import document_subject
    assert document_subject("An Act to Incorporate the Kask Institution of Vell (1904)") is None


def test_a_guard_an_act_with_a_name_is_still_the_documents() -> None:
    from quiz.generate.subject import document_subject
    subject = document_subject("The Kask Institution Act 1904")
    assert subject is not None and subject.name == "Kask Institution Act"


@given(st.sampled_from(["Observatory", "Library", "Museum", "Institution"]))
def test_an_institution_in_a_title_is_no_life(head: str) -> None:
    from quiz.generate.documents import main_person
    name = f"Kask {head}"
    body = (f"{name}\n\n{name} stands on Mount Vell. {name} was founded in 1875. Ivo Dorn was "
            f"its director; he built the dome, and he bought a lens. He was born in 1840. In 1888"
            f" he left. {name} passed to the university. Oskar Lind followed; he measured stars,"
            f" and he died in 1930. He was buried at {name}. His widow gave his books to {name}.")
    assert main_person(name, [body]) is None


def test_a_guard_a_life_is_still_a_life() -> None:
    from quiz.generate.documents import main_person
    body = ("Ivo Dornberg\n\nIvo Dornberg stood on Mount Vell. Ivo Dornberg was born in 1840. "
            "He built the dome, and he bought a lens. He was a director. In 1888 he left. "
            "Dornberg taught; he measured stars, and he died in 1930. He was buried at Vell. "
            "His widow gave his books to Kask.")
    assert main_person("Ivo Dornberg", [body]) == ("Ivo Dornberg", "he")


@given(st.sampled_from([("Control of the observatory passed to the Navy in 1818.",
                         "did control of the observatory pass to the Navy in 1818?"),
                        ("Bicentenary of Kask's birth was marked at Vell in 1996.",
                         "was bicentenary of Kask's birth marked at Vell in 1996?")]))
def test_control_and_anniversaries_are_lower_cased(case: tuple[str, str]) -> None:
    sentence, ending = case
    asked = invert(sentence, "in what year")
    assert asked is not None and asked.endswith(ending), asked


def test_a_guard_a_firms_name_opening_with_control_keeps_its_capital() -> None:
    asked = invert("Control Data Corporation opened a plant in 1960.", "in what year")
    assert asked == "In what year did Control Data Corporation open a plant in 1960?", asked


def test_the_place_an_instrument_was_signed_at_is_no_topic() -> None:
    from quiz.generate.headline_topic import _excluded
    title = "Convention establishing the Kask Array Observatory (Rome, 12 March 2019)"
    assert "Rome" in _excluded(title, "")
