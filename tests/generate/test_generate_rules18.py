"""Rule pass 18, from the faults readers found in round 31 (heldout30): military and place
abbreviations that end no sentence ("Maj.", "Ste."), an adverb opening a sentence alone
("Overseas,"), "an earlier agreement" (earlier than what?), and a timeline's present verb
joined after "and" to a past question. Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run


def test_a_rank_or_a_saints_abbreviation_ends_no_sentence() -> None:
    kept, left = _run("In March 1909 the Diet consented to ratification with a proviso on the "
                      "river at Sault Ste. Marie.\n\nOn 25 May 1997 soldiers led by Maj. Ivo Tamm "
                      "seized power in Vell.")
    questions = [*kept, *left]
    assert not any(q.rstrip("?.").endswith(("Ste", "Maj")) for q in questions)
    assert any("Sault Ste. Marie" in q for q in questions)


def test_an_adverb_alone_before_the_comma_opens_the_question() -> None:
    kept, left = _run("Overseas, Kaldoran militia backed by a Royal Navy squadron took the "
                      "Ostrian fortress of Vell in June 1745.")
    assert not any("did Overseas" in q for q in [*kept, *left])
    assert any("did Kaldoran militia backed by a Royal Navy squadron take" in q for q in kept)


def test_an_earlier_agreement_is_earlier_than_one_another_sentence_names() -> None:
    kept, left = _run("An earlier peace agreement, signed by Ivo Tamm and Lia Berg in Lerno on 30 "
                      "November 1996, broke down within months.")
    assert "30 November 1996" not in kept.values()
    assert any("than what" in reason for reason in left.values())


def test_a_present_verb_and_its_object_after_and_is_cut_from_a_past_question() -> None:
    kept, left = _run("## 1971\n\n- **2 December 1971** – The Union of Kaldora is proclaimed in "
                      "Vell, with Ivo Tamm as President, and signs a treaty of friendship with "
                      "Ostria.")
    questions = [*kept, *left]
    assert not any("and signs" in q and q.startswith("On what date") for q in questions)
    assert "On what date was the Union of Kaldora proclaimed in Vell, with Ivo Tamm as " \
           "President?" in questions


def test_between_one_party_with_the_other_cut_off_is_left_out() -> None:
    kept, left = _run("## 1920\n\n- 23 December: A Kaldoran-Ostrian convention signed in Vell "
                      "fixes the main lines of the boundary between the Kaldoran and Ostrian "
                      "mandated territories.")
    assert not any(q.endswith("between the Kaldoran?") for q in kept)
    # (since pass 168 the sentence is no longer cut inside "between the Kaldoran and Ostrian
    # ...": the one-sided question is not even made; when it was, it was left out for it)
    assert all("between" in reason for q, reason in left.items()
               if q.endswith("between the Kaldoran?"))
    assert not any(q.endswith("between the Kaldoran.") for q in kept)


def test_a_role_between_two_names_belongs_to_the_name_before_it() -> None:
    kept, left = _run("On 20 January 1874 the Harbor Engagement was concluded between Sir Ivo "
                      "Tamm, Governor of the Vell Settlements, Raja Lia Berg and the chiefs of "
                      "Lerno.")
    asked = {q: a for q, a in [*kept.items()] if q.startswith("What position did")}
    assert asked.get("What position did Sir Ivo Tamm hold in January 1874?") == (
        "Governor of the Vell Settlements")
    assert not any("Lia Berg hold" in q for q in [*kept, *left])


def test_a_fact_sheets_name_opening_with_the_is_asked_in_lower_case() -> None:
    kept, _ = _run("## Institutions\n\n- **The Kaldoran Legislative Assembly** — inaugurated on 29 "
                   "November 2001; nine members elected by each national parliament")
    assert any("was the Kaldoran Legislative Assembly inaugurated" in q for q in kept)
    assert not any("was The " in q for q in kept)
