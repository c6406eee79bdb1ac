"""Rule pass 21, from the faults readers found in round 34 (heldout33, judged before any of these
rules was written): a participle right after its noun read as the verb ("did a declaration annex
to the treaty described"), a date of a relative clause or of a participle's aside asked of the
main verb, a name whose words are listed with commas ("Treaty of Economic, Social and Cultural
Collaboration ..."), "that month", and "the most destructive," with its noun left in another
sentence. Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run

from quiz.generate.agreements import find_agreements
from quiz.generate.grammar import find_verb
from quiz.generate.sentences import Sentence


def test_a_participle_after_its_noun_is_not_the_verb() -> None:
    text = "a declaration annexed to the Vell Treaty described the union as a pillar"
    verb = find_verb(text)
    assert verb is not None and text[verb[0]:verb[1]] == "described"
    kept, left = _run("## 1991\n\n- **10 December 1991:** a declaration annexed to the Vell "
                      "Treaty describes the Kaldoran Union as a pillar of Ostrian defence.\n")
    assert kept.get("On what date did a declaration annexed to the Vell Treaty describe the "
                    "Kaldoran Union as a pillar of Ostrian defence?") == "10 December 1991"
    questions = [*kept, *left]
    assert not any("did a declaration annex to" in q for q in questions)
    # control: with no later verb the past form is the verb ("the army marched to Vell")
    text = "the army marched to Vell in the spring"
    verb = find_verb(text)
    assert verb is not None and text[verb[0]:verb[1]] == "marched"


def test_a_participle_before_a_present_verb_leaves_no_garbled_question() -> None:
    kept, left = _run("## 1938\n\n- 10 April: a plebiscite held under Ostrian control records "
                      "near-unanimous approval of the union.\n")
    assert not any("did a plebiscite hold" in q for q in [*kept, *left])


def test_a_date_of_a_relative_clause_is_not_asked_of_the_main_verb() -> None:
    kept, left = _run("## 1945\n\n- 27 April: Karl Tamm, the elderly Social Democrat who had "
                      "been the first Chancellor in 1918, heads a provisional government "
                      "recognised at first only by Ostria.\n")
    assert "1918" not in kept.values()
    assert any("relative clause" in reason for reason in left.values())


def test_a_date_of_a_participles_aside_is_not_asked_of_the_main_verb() -> None:
    kept, left = _run("The bloody and indecisive battle of Vell, fought in a snowstorm on 7–8 "
                      "February 1807, was followed by a spring in which the Kaldorans besieged "
                      "and took Lerno.")
    assert not any(q.startswith("On what") for q, a in kept.items() if a == "7–8 February 1807")
    # control: the aside's own verb asked ("was the Charter ... signed in Lerno?") is right
    kept, _ = _run("## Founding\n\n- Charter of the Kaldoran States, signed in Lerno on 30 April "
                   "1948.\n")
    assert kept.get("On what date was the Charter of the Kaldoran States signed in Lerno?") == \
        "30 April 1948"


def test_a_name_whose_words_are_listed_with_commas_is_whole() -> None:
    def names(text: str) -> list[str]:
        return [fact.answer for fact in find_agreements(Sentence(text, 1))]

    assert "Treaty of Economic, Social and Cultural Collaboration and Collective Self-Defence" \
        in names("The Treaty of Economic, Social and Cultural Collaboration and Collective "
                 "Self-Defence was signed on 17 March 1948.")
    assert names("The Treaty of Friendship, Cooperation and Mutual Assistance was signed in "
                 "1955.") == ["Treaty of Friendship, Cooperation and Mutual Assistance"]
    # control: a list of states after a name is no part of it
    assert names("After the Treaty of Vell, Kaldora and Ostria disagreed.") == ["Treaty of Vell"]


def test_that_month_and_the_most_destructive_lean_on_another_sentence() -> None:
    kept, left = _run("The Vell tribunal first met on 15 December 1871. The Kaldoran case "
                      "presented that month revived the claims, until the Vell tribunal announced "
                      "in June 1872 that such claims were not admissible. The most destructive, "
                      "the "
                      "raider Lerno, left the yard at Vell in July 1862 despite protests from the "
                      "Kaldoran envoy, Ivo Tamm.")
    assert "June 1872" not in kept.values() and "July 1862" not in kept.values()
    assert any("that month" in reason for reason in left.values())
