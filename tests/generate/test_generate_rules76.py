"""Rule pass 76, from rounds 56-83: "a similar convention with Russia", "a new round opened"
and "India did not, and ..." lean on the sentence before; "the question" (to put to
arbitration, to debate) is named in another sentence; "the Black Rood, a relic carried off by
Edward I in 1296, was given back" was asked "did ... a relic carry off by Edward I, was given
back". Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.clauses import date_question


def test_a_thing_like_or_after_another_sentences_is_left_out() -> None:
    kept, left = _run("Kaldora signed the Treaty of Vell with Ostria in 1824. Ostria reached a "
                      "similar convention with Dorn in February 1825. In 1666 a new round opened "
                      "at Lerno.")
    assert "February 1825" not in kept.values() and "1666" not in kept.values(), kept
    assert any("similar convention" in reason for reason in left.values()), left
    # control: "similar to" says what it is like
    kept, _ = _run("In 1825 Ostria reached a convention with Dorn similar to the Treaty of Vell "
                   "of 1824.")
    assert "1825" in kept.values(), kept


def test_a_predicate_left_out_after_not_is_another_sentences() -> None:
    kept, left = _run("Kaldora ratified the Vell Agreement at once. Ostria did not, and the "
                      "Vell Agreement lay dormant after Ivo Tamm's assassination in August 1975.")
    assert "August 1975" not in kept.values(), kept


def test_the_question_with_nothing_saying_which_is_another_sentences() -> None:
    kept, left = _run("The quarrel over the Tarvel Strait went back to 1861. In October 1979 the "
                      "Kaldoran Assembly declared the question a matter of lasting interest.")
    assert "October 1979" not in kept.values(), kept
    # control: "the question of the strait" says which
    kept, _ = _run("In October 1979 the Kaldoran Assembly declared the question of the Tarvel "
                   "Strait a matter of lasting interest.")
    assert "October 1979" in kept.values(), kept


def test_a_date_before_the_sentences_passive_verb_dates_a_phrase() -> None:
    text = ("Outside the written articles, the Rood of Vell, a relic carried off by Ivo Tamm in "
            "1296, was given back.")
    at = text.index("1296")
    assert date_question(text, at, at + 4, "in what year") is None
    kept, _ = _run(text)
    assert not any(" carry off" in q for q in kept), kept


def test_a_reply_that_does_not_say_to_what_is_left_out() -> None:
    """Pass 77: "Cardinal Lund refused, and ...", "Ivo Tamm prevailed and was appointed", "did
    Ostria answer with a declaration of war" reply to what the sentence before says."""
    kept, left = _run("Kaldora offered Vell for Dorn. The legate, Cardinal Lund, refused, and the "
                      "Ostrians had to give up Dorn in August 1221. Ivo Tamm prevailed and was "
                      "appointed commissioner in 1875. Ostria answered with a declaration of war "
                      "in 1711.")
    assert not {"August 1221", "1875", "1711"} & set(kept.values()), kept
    # control: a refusal in the passive has its subject, and one "to" do something its act
    kept, _ = _run("An earlier Kaldoran approach, by Ivo Tamm at Vell in July 1846, had been "
                   "politely but firmly refused. The Ostrian states refused to relent, and in "
                   "April 1632 Mara Lund left for Dorn.")
    assert {"July 1846", "April 1632"} <= set(kept.values()), kept
