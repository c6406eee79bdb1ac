"""Rule pass 28, from the faults readers found in round 40 (heldout39, judged before any of these
rules was written): a timeline's second verb after "did" left in the past ("did X fly to Tunis
and, at Carthage, recognised"); a present "found" of a movement read as "find"; a truce
"agreed" in a headline read as active; a second clause after a hyphenated subject ("and
full-scale war followed"); "the country" resolved to a country named as often as the subject's
own; "When" completed as a name; a month asked of "the 13th"; an anniversary giving the day;
"declare war" and "grant full recognition" with no object; "(UNMOVIC), set up?"; "the so- call";
a list cut at its first adjective; two people's offices read as one. Every sentence here is
invented. The last three tests pass on the code before too (their invented sentences are turned
away there by other rules): they guard the new checks, they do not show them needed."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.countries import main_country
from quiz.generate.names import with_document_names


def test_a_timeline_entry_keeps_every_verb_after_did_in_its_base_form() -> None:
    kept, _ = _run("## 1954\n\n- **31 July 1954:** Prime Minister Ivo Tamm flies to Vell with "
                   "Marshal Berg and, in a declaration at Dask before Karl Bey, recognises the "
                   "internal autonomy of Ostria.\n")
    assert any(q.startswith("On what date did Prime Minister Ivo Tamm fly to Vell")
               and "recognise the internal autonomy" in q for q in kept), kept


def test_a_present_found_of_a_movement_and_a_headline_truce() -> None:
    kept, _ = _run("## 1907\n\n- **1907:** Ana Ros and Karl Berg found the Young Ostrians "
                   "movement and its newspaper.\n\n## 2020\n\n- **10 October:** A humanitarian "
                   "truce agreed in Lerno after all-night talks between Ivo Tamm and Karl Berg.\n")
    assert any("did Ana Ros and Karl Berg found the Young Ostrians movement" in q for q in kept)
    assert any("was a humanitarian truce agreed in Lerno" in q for q in kept), kept


def test_a_second_clause_after_a_hyphenated_subject_is_cut() -> None:
    kept, _ = _run("On 2 September 1991 Dask leaders declared independence, and full-scale war "
                   "followed the Ostrian collapse.")
    assert "On what date did Dask leaders declare independence?" in kept
    assert not any("full-scale war followed" in q and "?" in q for q in kept)


def test_the_main_country_must_be_named_well_ahead_of_any_other() -> None:
    assert main_country("France. France. France. Czechoslovakia. Czechoslovakia.") is None
    assert main_country("Azerbaijan. " * 8 + "Armenia. " * 5) == "Azerbaijan"
    assert main_country("Czechoslovakia. " * 4 + "France.") == "Czechoslovakia"


def test_an_opening_word_is_not_completed_as_a_name() -> None:
    text = "When Tamm returned, the talks began. When war broke out in 1914, Berg fled."
    question = "When war broke out in ____, Berg joined the league."
    assert with_document_names(question, "1914", text)[0] == question


def test_a_month_of_a_given_day_and_an_anniversary_are_refused() -> None:
    kept, _ = _run("## 1952\n\n- **January 1952:** Karl Berg arrives as resident-general on the "
                   "13th.\n\n## 1964\n\n- **12 May 1964:** On the 83rd anniversary of the Treaty "
                   "of Vell, a law nationalises foreign-owned farmland.\n")
    assert "January 1952" not in kept.values()
    assert "12 May 1964" not in kept.values()


def test_war_declared_and_recognition_granted_with_no_object_are_vague() -> None:
    kept, _ = _run("On 28 December 1836 Kaldora declared war.\n\nIn July 1941 the Ostrian Union "
                   "granted full recognition.")
    assert not kept
    # control: a longer question that says more of the war
    kept, _ = _run("On 1 June 1657 King Karl III of Kaldora, encouraged by Ostria and by the "
                   "Vell League, declared war.")
    assert "1 June 1657" in kept.values()


def test_a_participle_after_an_abbreviation_is_not_the_verb() -> None:
    kept, _ = _run("In December 1999 the Ostrian Monitoring Commission (OMC), set up to replace "
                   "the board, began work.")
    assert not any(q.endswith("(OMC), set up?") for q in kept)


def test_a_list_cut_at_its_first_adjective_is_refused() -> None:
    kept, _ = _run("In the Vell Convention of 8 June 1883, Karl Bey undertook to carry out "
                   "whatever administrative, judicial and financial reforms Ostria thought "
                   "useful.")
    assert not any(q.endswith("whatever administrative?") for q in kept)


def test_two_peoples_offices_are_not_one_office() -> None:
    kept, left = _run("The statement was signed overnight by President Ivo Tamm of Ostria, "
                      "President Karl Berg of Kaldora and Vell's Prime Minister, Ana Ros, and "
                      "took effect at midnight on 10 November 2020.")
    assert not any("Kaldora and Vell's Prime Minister" in q for q in kept)
