"""Rule pass 313, from rounds 1221-1228 (heldout1213-1220) as their second readers judged them:

- "did the Sophia return to Hobart Town with Cuthbertson's?" of "with Cuthbertson's and Evans's
  reports": a question that ends on an owner cut from what both owners own;
- "In what year did the court establish continued as the Supreme Court of Tasmania?" of "The
  court established in 1824 continues as ...": the present after the date, before "as", is the
  clause's verb;
- "Richard Carnac Temple was Chief Commissioner, and was completed in ____." of "The prison ...
  was begun in 1896, while Richard Carnac Temple was Chief Commissioner (1894–1903), and was
  completed in 1906": the clause after "while" is not the blank's when a subjectless "and was
  completed" goes on the main one;
- from the comparison of passes 308-311 on the judged sets (10 kept cards lost): the later-act
  rule skips an opening clause ("After Cadbury visited the islands in 1908, Cadbury Brothers ...
  stopped") and a passive participle's phrase (", opened by Thatcher's visit"); a name bracketed
  in a life's title ("Nazary (Lavrinenko)") is the life's own man, no second bearer.

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.questions import _asked_inside_list


def test_an_owner_cut_from_what_two_own_is_left_out() -> None:
    text = "The Ada returns to Port Vell with Dorn's and Kask's reports and a cargo of pine."
    assert _asked_inside_list("On what date in 1823 did the Ada return to Port Vell with Dorn's?",
                              text)


def test_a_guard_a_saints_place_is_no_owner() -> None:
    text = "Ivo Dorn died in St Lia's and was buried at Kask."
    assert not _asked_inside_list("On what date did Ivo Dorn die in St Lia's?", text)


def test_a_participles_date_before_a_present_is_not_asked_of_the_clause() -> None:
    from quiz.generate.clauses import date_question
    text = "The court established in 1824 continues as the Supreme Court of Kask."
    at = text.index("1824")
    assert date_question(text, at, at + 4, "in what year") is None


def test_a_conjunct_of_the_main_clause_is_not_cut_after_while() -> None:
    from test_generate_date_context import _candidates
    cands, _ = _candidates(["The prison built at Kask was begun in 1896, while Ivo Dorn was Chief "
                            "Commissioner (1894–1903), and was completed in 1906."])
    asked = [c.question for c in cands if c.answer == "1906"]
    assert not any(q.startswith("Ivo Dorn was Chief Commissioner") for q in asked), asked


def test_the_titles_bracketed_name_is_the_lifes_own_man() -> None:
    # (pass 310 read "Nazary (Lavrinenko)" in a life's title as a second Lavrinenko)
    from quiz.generate.names import document_full_names
    text = ("Vello (Dorn) (born 1952)\n\nVello, born Ivo Petrovich Dorn on 11 August 1952, is a "
            "bishop. Dorn was ordained in 1975.")
    assert document_full_names("Dorn", text) == frozenset({"Ivo Petrovich Dorn"})


def test_a_guard_a_later_act_after_an_opening_clause_or_a_by_phrase_is_the_clauses() -> None:
    # (pass 311's rule had read "After X visited ..., Y stopped buying ... [in 1909]" and "..., a
    # teacher landed on Kask by Ivo Dorn [in 1821]" as lists of acts)
    from quiz.generate.clauses import date_question
    text = ("After Ivo Dorn visited the islands in 1908, the Vell Company, together with Kask and "
            "Lerno, stopped buying cocoa in 1909.")
    at = text.index("1909")
    asked = date_question(text, at, at + 4, "in what year")
    assert asked is not None and "stop buying cocoa" in asked, asked
