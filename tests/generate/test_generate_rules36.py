"""Rule pass 36, from the faults readers found in round 48 (heldout47, judged before any of these
rules was written): a clause after "; and" with a verb of its own given the first clause's
subject ("Projects were narrower the Treaty of Oujda ... was abrogated"); a participle taken for
the verb, its clause's own verb after a comma ("was the Treaty ... signed by A and B, and later
joined by C, was widely seen"); "Turkey refused," and "take over again" with nothing refused or
taken; a headline that founds a body ("... sign treaty creating the Arab Maghreb Union") read as
naming no subject; "Protocol of Mutual Assistance" rewritten with a part of another name
("Treaty of Friendship and Mutual Assistance"); a three-day range offered for a one-night
answer; and "On what dates did A and B fight at Lerno and at Marvo on 22–23 November 1920?" (a
range, "dates") kept its second dated phrase. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.deck.loader import load_deck
from quiz.generate.pipeline import generate_decks
from quiz.generate.references import joined_names, whole_joined_names
from quiz.generate.subject import document_subject

_LIST = ("Ostria and Vell met at Harrow in 1958. Later projects were narrower and short-lived: the "
         "union of Ostria and Kell proclaimed at Tarvel in January 1974 collapsed within days; "
         "the Treaty of Concord signed by Vell and Kell in March 1983, and later joined by Lerno, "
         "was widely seen as a bloc excluding Ostria; and the Treaty of Marvo that joined Ostria "
         "and Kell in a union in August 1984 was abrogated by King Ivo two years later.")


def test_a_clause_after_semicolon_and_with_its_own_verb_takes_no_subject() -> None:
    kept, left = _run(_LIST)
    questions = set(kept) | set(left)
    assert not any(q.startswith(("Projects were narrower the", "And the")) for q in questions)
    assert kept.get("The Treaty of Marvo that joined Ostria and Kell in a union in ____ was "
                    "abrogated by King Ivo two years later.") == "August 1984"


def test_a_second_verb_after_a_comma_is_refused() -> None:
    kept, left = _run(_LIST)
    asked = ("In what month and year was the Treaty of Concord signed by Vell and Kell, and "
             "later joined by Lerno, was widely seen as a bloc excluding Ostria?")
    assert asked not in kept
    assert asked not in left or "second verb" in left[asked]
    # (pass 80: the clause after the date's ", and" is now cut, so the question is asked whole)
    assert not any("widely seen" in q for q, a in kept.items() if a == "March 1983"), kept


def test_refused_or_taken_over_with_nothing_said_is_refused() -> None:
    kept, _ = _run("Ostria demanded bases in the straits in 1946. Vell refused, turned to Kell "
                   "and joined the Harrow Pact on 18 February 1952.")
    assert not any(q.startswith("Vell refused,") for q in kept)
    kept, _ = _run("The presidency of the Harrow Group rotates each year. Vell held it in 2019, "
                   "and Ostria was due to take over again in 2022.")
    assert not any(q.endswith("take over again?") for q in kept)


def test_a_headline_that_founds_a_body_names_the_subject() -> None:
    subject = document_subject("Five leaders sign treaty creating the Vellish Harrow Union")
    assert subject is not None and subject.name == "Vellish Harrow Union"
    assert document_subject("Five leaders sign treaty ending the Harrow war") is None


def test_a_part_of_a_joined_name_needs_a_head_of_its_own() -> None:
    joined = joined_names(["Treaty of Friendship and Mutual Assistance",
                           "Protocol of Mutual Assistance"])
    question = "On what date was the Protocol of Mutual Assistance signed in Harrow?"
    assert whole_joined_names(question, "12 March 1936", joined) == question
    # control: two names joined by "and", each with its head
    joined = joined_names(["Vell Accord and Harrow Agreement", "Ostria Treaty"])
    assert whole_joined_names("When was the Harrow Agreement signed?", "1990", joined) == (
        "When was the Vell Accord and Harrow Agreement signed?")


def test_day_range_options_span_as_many_days(tmp_path: Path) -> None:
    docs = {
        "a.txt": "The Vellish delegation gave up Kell and Ardal at Harrow in the night of 2–3 "
                 "December 1920.",
        "b.txt": "The Tarvel talks between Ostria and Vell were held at Lerno on 17–19 December "
                 "1920.",
        "c.txt": "Ostria and Kell fought at Lerno on 16–17 March 1921 and at Marvo on 22–23 "
                 "November 1920.",
    }
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = generate_decks([tmp_path / name for name in docs], tmp_path / "out")
    cards = [card for result in report.results if result.path is not None
             for card in load_deck(result.path).cards]
    night = next(card for card in cards if card.answer == "2–3 December 1920")
    assert night.choices, "the card offers options"
    for option in night.choices:
        first, last = option.split()[0].split("–")
        assert int(last) - int(first) == 1, option


def test_a_dated_range_joined_by_and_is_cut() -> None:
    kept, _ = _run("Ostria and Kell fought at Lerno on 16–17 March 1921 and at Marvo on 22–23 "
                   "November 1920.")
    assert kept.get("On what dates did Ostria and Kell fight at Lerno?") == "16–17 March 1921"
