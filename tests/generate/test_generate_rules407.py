"""Rule pass 407, from the readers of rounds 1767-1782 (religious orders, postal services):
"On what date in 1624 did Lamoral die in Brussels?", "On what date did Gerard die?": a person
asked of by one word, whom another sentence completes ("Lamoral von Taxis", "Gerard, founder of
the hospital"). Over rounds 300-1782 readers kept 158 of 276 verdicts on a birth or a death of a
person so named (57 %), against 85-93 % with two words or more. A country ("did Britain ...") or
an acronym is no such person.

Every name here is invented. The tests fail on the code before, but the guards, named as such.
"""

from __future__ import annotations

from quiz.generate.quality import _ONE_NAME_BORN_OR_DIED


def test_a_birth_or_death_of_a_person_named_by_one_word_is_vague() -> None:
    assert _ONE_NAME_BORN_OR_DIED.search("On what date in 1624 did Lamoral die in Vell?")
    assert _ONE_NAME_BORN_OR_DIED.search("On what date was Kaskia born in Dorn?")
    assert not _ONE_NAME_BORN_OR_DIED.search(  # (guard: two words)
        "On what date in 1624 did Lamoral Kask die in Vell?")
