"""Rule pass 15, from the faults readers found in rounds 25-28: a place, a person or an actor
another sentence names ("there", "his friend", "the expedition", "his" in a life of a woman), a
year blanked as an adjective or given away by a span, and four garbled question forms. Every
sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _questions(body: str) -> list[str]:
    kept, left = _run(body)
    return [*kept, *left]


def test_there_with_no_place_named_before_it_is_left_out() -> None:
    kept, left = _run("Ivo Tamm studied law at the university there and in 1882 sailed to the "
                      "northern islands on the whaler Osprey.")
    assert not kept
    assert any("“there”" in reason for reason in left.values())


def test_there_after_a_named_place_is_kept() -> None:
    kept, _ = _run("Ivo Tamm died at his house at Lysaker near Vell on 3 May 1930, and was "
                   "buried there four days later beside the old chapel.")
    assert "3 May 1930" in kept.values()


def test_a_person_known_only_by_a_tie_to_another_is_left_out() -> None:
    kept, left = _run("When Kaldora became independent on 4 January 1948, Ivo Tamm drew his "
                      "friend into government service as a secretary.")
    assert not kept
    assert any("“his friend”" in reason for reason in left.values())


def test_a_tie_followed_by_the_name_is_kept() -> None:
    kept, _ = _run("After Ivo Tamm died on 27 May 1964 his successor, Lia Berg, brought Anna "
                   "Holm into the cabinet as Minister of Trade.")
    assert "27 May 1964" in kept.values()


def _biography(body: str) -> list[str]:
    title = "Ilse Varga"
    doc = Document(Path("ilse-varga.txt"), f"{title}\n\n{body}\n", title, None)
    prepared = prepare(doc)
    return [c.question for c in prepared.candidates] + [
        r.candidate.question for r in prepared.rejected]


_LIFE = ("Ilse Varga was a Kaldoran diplomat. She was born in Vell on 11 October 1884. Her "
         "father was a judge, and she studied law at Vell. She married Piet Varga in 1905. {} "
         "She served as Kaldoran Ambassador to Ostria from 1930 to 1934, and her reports were "
         "admired. She died in Vell on 7 November 1962.")


def test_his_in_the_life_of_a_woman_with_no_man_named_before_it_is_never_asked() -> None:
    questions = _biography(_LIFE.format("In 1918 Ilse Varga discovered his affair with Anna "
                                        "Holm."))
    assert not any("affair" in q for q in questions)


def test_his_after_the_man_is_named_is_asked() -> None:
    questions = _biography(_LIFE.format("In 1921 Piet Varga lost his seat in the Diet."))
    assert any("did Piet Varga lose his seat" in q for q in questions)


def test_an_actor_named_by_its_kind_after_did_is_left_out() -> None:
    kept, left = _run("His next plan was bolder: to let a strengthened ship freeze into the ice "
                      "and drift across the polar sea. The expedition left Kaldora in 1893.")
    assert "1893" not in kept.values()
    assert any("“the expedition”" in reason for reason in left.values())


def test_a_year_blanked_as_an_adjective_is_left_out() -> None:
    kept, left = _run("Advocates of the Kaldoran League have often claimed the 1826 meeting as "
                      "their starting point in the long story of the union.")
    assert "1826" not in kept.values()
    assert any("only describes a thing" in reason for reason in left.values())


def test_a_year_that_ends_a_span_in_the_question_gives_the_answer_away() -> None:
    kept, left = _run("- 2023–2025: A Kaldoran mission is sent to the eastern border of Ostria; "
                      "its withdrawal is decided in 2025.")
    assert "2025" not in kept.values()
    # (since pass 54 the span is read as the entry's label, and no fill-in is made of it)
    assert not any("2025" in q for q in left) or any(
        "ends a span of years" in reason for reason in left.values())


def test_a_verb_inside_brackets_never_makes_a_question() -> None:
    questions = _questions("Official title: Treaty concerning the Isle of Varn (commonly called "
                           "the Varn Treaty or Isle Treaty)\n\nSigned: 9 February 1920, Paris")
    assert not any("call or" in q or q.startswith("What treaty did") for q in questions)


def test_a_past_word_after_a_participle_is_not_the_verb_asked() -> None:
    kept, _ = _run("## 1956\n\n- **December 1956** – Constitutional proposals drawn up by Lord "
                   "Halvorsen, offering limited self-government, are published.")
    assert kept == {"In what month and year were constitutional proposals drawn up by Lord "
                    "Halvorsen, offering limited self-government, published?": "December 1956"}


def test_a_second_verb_after_and_and_an_aside_takes_its_base_form() -> None:
    kept, left = _run("In 1917 Ivo Tamm led a Kaldoran delegation to Vell and, after months of "
                      "negotiation, reached an agreement in 1918 allowing grain to reach Kaldora.")
    asked = [q for q in [*kept, *left] if q.startswith("In what year did")]
    assert asked and all("negotiation, reach an agreement" in q for q in asked)


def test_a_plural_noun_after_a_plural_subjects_verb_stays_a_noun() -> None:
    questions = _questions("## 1964\n\n- **8–9 August 1964** – Kaldoran aircraft attack Vell "
                           "Guard positions around Port Aster. The Council calls for a ceasefire.")
    assert not any("position around" in q or "positioned" in q for q in questions)


def test_a_date_of_a_participle_after_the_object_never_dates_the_main_verb() -> None:
    kept, left = _run("The eighth of President Ivo Tamm's Nine Points called for the wrong done to "
                      "Kaldora in 1871 to be righted, and the Treaty of Vell restored the hills.")
    assert not any(q.startswith("In what year did") and "Nine Points call" in q
                   for q in [*kept, *left])


def test_relations_sovereignty_and_texts_that_do_not_say_whose_are_left_out() -> None:
    kept, left = _run("Relations were strained by the Ostrian Ultimatum of 1890, and trade fell."
                      "\n\nIn 1924 the Ostrian Republic recognised Kaldoran sovereignty as part "
                      "of an exchange of diplomatic recognition.\n\nPreliminary articles were "
                      "signed at Vell on 3 November 1762 by the envoys of Kaldora and Ostria.")
    assert not {"1890", "1924", "3 November 1762"} & set(kept.values())
    reasons = " | ".join(left.values())
    assert "between whom" in reasons and "over what" in reasons and "of what" in reasons


def test_relations_between_named_parties_are_kept() -> None:
    kept, _ = _run("Diplomatic relations between Kaldora and Ostria were broken off in 1928 "
                   "after the border clash at Port Aster.")
    assert "1928" in kept.values()


def test_he_after_an_opening_phrase_that_names_only_its_object_is_left_out() -> None:
    kept, left = _run("Meeting King Orel of Ostria in November 1386, he agreed that the king "
                      "would marry Anna Holm of Vell.")
    assert not kept
    assert any("opening phrase" in reason for reason in left.values())


def test_the_year_of_an_event_named_by_its_day_is_not_asked() -> None:
    kept, left = _run("After the March 3 attacks in 2011, the Kaldoran Diet passed the Harbor "
                      "Security Act of 2012 by a wide margin.")
    assert "2011" not in kept.values()
    assert any("its name dates" in reason for reason in left.values())


def test_news_opening_the_sentence_is_lowered_inside_the_question() -> None:
    kept, _ = _run("News of the Treaty of Vell provoked a mutiny of Kaldoran troops in April 1912.")
    assert ("In what month and year did news of the Treaty of Vell provoke a mutiny of Kaldoran "
            "troops?") in kept
