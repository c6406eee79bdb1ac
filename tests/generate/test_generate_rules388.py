"""Rule pass 388, from rounds 1703-1710's readers (heldout1693-1700, national libraries and
archives): "sponsored by Senators Thomas F. Eagleton and Charles McC. Mathias Jr. and signed by
President Ronald Reagan" was cut at "McC.", and its second half became a card opening
"Mathias Jr. and signed by" (round 1706): the initial of a Mc- or Mac- name ("McC.", "MacD.")
before a capitalised word ends no sentence.

Every name here is invented. Both tests fail on the code before (which cut "McD." too).
"""

from __future__ import annotations

from quiz.generate.sentences import split_line


def test_a_mac_initial_ends_no_sentence() -> None:
    line = ("The act, sponsored by Senator Ivo McC. Tamm Jr. and signed by President Orrin Dask "
            "on 19 October 1984, took effect in 1985.")
    assert split_line(line) == [line]


def test_the_sentence_still_ends_after_the_name() -> None:
    assert split_line("He met Ivo McD. Tamm in Kask. Then he left.") == [
        "He met Ivo McD. Tamm in Kask.", "Then he left."]
