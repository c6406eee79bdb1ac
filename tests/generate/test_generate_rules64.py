"""Rule pass 64, from rounds 63-75: a list of predicates cut before its ", and ..." kept a
comma splice when the blank was in its last item ("persuaded the officers to step aside, was
elected to the parliament in ____"), and a question asked the first predicate of the date of a
later one, or carried the next item along ("did Mara Lund join the party, later moved to
..."); ", and a vote in October approved ..." was glued to a question as if one clause.
Every sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_rules62 import _asked

from quiz.generate.coordination import second_clause


def test_a_list_of_predicates_cut_at_its_blank_is_joined_by_and() -> None:
    asked = _asked("Ivo Tamm persuaded the officers to step aside, was elected to the Kell "
                   "parliament in 1910, and became Prime Minister in October of that year at "
                   "the head of a Liberal government that would rule the kingdom, with two "
                   "short breaks, until the outbreak of the war with Vesteria.", "1910")
    assert asked, asked
    assert not any("aside, was elected" in q for q in asked), asked
    assert not any(q.split(": ", 1)[-1].startswith("In what year did Ivo Tamm persuade")
                   for q in asked), asked


def test_the_next_predicate_of_a_list_is_left_out_of_the_question() -> None:
    asked = _asked("Mara Lund joined the Socialist Party in 1920, later moved to the Liberal "
                   "Party, and founded a party of her own in 1938.", "1920")
    assert asked and not any("later moved" in q for q in asked), asked


def test_a_clause_after_and_may_have_a_dated_subject() -> None:
    predicate = "enter the city through a breach near the gate, and a vote in October approved it"
    assert second_clause(predicate) is not None
