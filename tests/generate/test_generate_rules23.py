"""Rule pass 23, from the faults readers found in round 36 (heldout35, judged before any of these
rules was written): a noun phrase whose only verb is in its relative clause ("Standing
commissions for ..., the first of which were set up in ____."), a line of participles with no
subject ("Promised to Italy ..., annexed ..., contested ... in ____."), a plural subject with a
named commander after it ("Italian troops under General X enter ... as Y comes to an end"), and
"were the treaties signed" with no treaty named. Every sentence here is invented."""

from __future__ import annotations

from test_generate_quality import _run


def test_a_noun_phrase_whose_verb_is_in_its_relative_clause_is_no_sentence() -> None:
    kept, left = _run("Standing commissions for sectors such as energy, chemicals and transport, "
                      "the first of which were set up in 1956.")
    assert "1956" not in kept.values()
    # control: a relative clause inside a sentence with a verb of its own
    kept, _ = _run("The Kaldoran Union, which was founded in 1950, signed the Treaty of Vell in "
                   "1961.")
    assert kept


def test_a_line_of_participles_with_no_subject_is_no_sentence() -> None:
    kept, left = _run("Promised to Kaldora in a secret wartime bargain, annexed after the war, "
                      "contested by Ostrian partisans and Vell militias in 1945.")
    assert "1945" not in kept.values()


def test_a_plural_subject_with_a_named_commander_keeps_its_own_verb() -> None:
    kept, left = _run("## 1954\n\n- 26 October: Kaldoran troops under General Ivo Tamm enter "
                      "Vell as Ostrian Military Government comes to an end.\n")
    assert kept.get("On what date in 1954 did Kaldoran troops under General Ivo Tamm enter "
                    "Vell?") == "26 October"
    assert not any("Government come to an end" in q for q in [*kept, *left])


def test_were_the_treaties_signed_names_no_treaty() -> None:
    kept, left = _run("Ivo Tamm negotiated the Vell treaties in October 1925. The treaties were "
                      "signed in Lerno on 1 December 1925.")
    assert "1 December 1925" not in kept.values()
