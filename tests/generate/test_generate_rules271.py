"""Rule pass 271, from rounds 949-956 (heldout941-948) as their first readers judged them (no
batch has judged it):

- "did the Eagle Wing, carrying emigrants bind for New England, sailed ...?" and "did the
  earliest gravestone in the burial grind ...?" ("bound for" and "ground" read as verbs);
- "In what year did the Peace of Stockholm of 1720 leave the Oie on the Swedish side ...?"
  answered 1815 (the date of an inverted clause after it: ", and only with the transfer ... in
  1815 did it become Prussian");
- "On what date was Anton Carl Illum born at Dyvskrog ...?" answered with the day he adopted
  his surname (the date of a later act of a series of predicates);
- "did Dalum Kloster receive in pledge?" (a timeline's passive "received in pledge");
- pass 270 had bound `_LAST_CLAUSE_OPENING` a second time in quiz/generate/questions.py,
  replacing the series rule's pattern (tests/test_module_names.py now finds such names);
- "become bursar of the Trinity College?" ("the college" named with a "the" the name never
  takes).

Every sentence here is invented. Each test fails on the code before, except the guards named
as such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import date_question
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["sails", "puts out"]))
def test_bound_for_is_where_they_went_not_a_verb(act: str) -> None:
    body = (f"## 1636\n\n- September 1636: the Vell Wing, carrying emigrants bound for New Dorn, "
            f"{act} from Lerno Lough, past the islands, but is driven back by storms.\n")
    asked = [q for q in _kept(body) if "Vell Wing" in q]
    assert asked and all("bound for New Dorn" in q for q in asked), asked


@given(st.sampled_from(["burial ground", "parade ground"]))
def test_ground_after_a_noun_is_no_verb(place: str) -> None:
    body = (f"## 1742\n\n- 1742: the earliest surviving gravestone in the {place} near Lerno Bay on "
            f"Vell Island.\n- 1743: the chapel is rebuilt by the Dorn family.\n")
    assert not any("grind" in q for q in _kept(body)), _kept(body)


@given(st.sampled_from(["only with", "not until"]))
def test_the_date_of_an_inverted_clause_is_not_asked_of_the_clause_before(opening: str) -> None:
    text = (f"The Peace of Lerno of 1720 left Vell on the Dornish side of the frontier, and "
            f"{opening} the transfer of Dorn to Kell in 1815 did it become Kellish.")
    at = text.index("1815")
    assert date_question(text, at, at + 4, "in what year") is None


@given(st.sampled_from([("adopted the surname Vell", "6 November 1888"),
                        ("opened a shop in Lerno", "3 March 1891")]))
def test_a_later_act_of_a_series_is_not_asked_of_the_first(said: tuple[str, str]) -> None:
    act, day = said
    text = (f"The merchant Ivo Carl Vell (1863–1938) was born at Dorn to the shipbuilder Ivo "
            f"Marn, {act} on {day} and later moved to Kell.")
    at = text.index(day)
    asked = date_question(text, at, at + len(day), "on what date")
    assert asked is None or "born" not in asked, asked


def test_a_guard_a_single_act_after_the_birth_is_still_asked() -> None:
    text = "The merchant Ivo Carl Vell was born at Dorn on 6 November 1863."
    at = text.index("6 November")
    assert date_question(text, at, at + 15, "on what date") == (
        "On what date was the merchant Ivo Carl Vell born at Dorn?")


@given(st.sampled_from(["received in pledge", "leased in perpetuity"]))
def test_a_timeline_passive_without_was_is_not_asked_as_an_act(said: str) -> None:
    body = (f"## 1658\n\n- 7 August 1658: Lerno Kloster {said}\n"
            f"- 8 August 1658: Ivo Dorn publishes a patriotic appeal.\n")
    asked = [q for q in _kept(body, "Ivo Dorn") if "Lerno Kloster" in q]
    assert all(f"was Lerno Kloster {said}?" in q for q in asked), asked  # (since pass 410 the
    # line's passive is asked as one)


@given(st.sampled_from(["Trinity College", "Vell Academy"]))
def test_a_kind_named_takes_no_the_the_name_never_takes(name: str) -> None:
    body = ("Ivo Dorn was born in Lerno in 1570.\n\n"
            f"When {name}, Lerno, was founded in 1592, its first provost named Ivo Dorn and Karl "
            f"Vesk among its first fellows. Ivo Dorn became bursar of the "
            f"{name.split()[-1].lower()} in 1598. Both men were also correspondents of the King "
            "of Kell.\n")
    asked = [q for q in _kept(body, "Ivo Dorn") if "bursar" in q]
    assert asked and all(f"bursar of {name}?" in q for q in asked), asked


def test_a_guard_a_name_written_with_the_keeps_it() -> None:
    body = ("Ivo Dorn was born in Lerno in 1570.\n\n"
            "When the Vell Academy, Lerno, was founded in 1592, its first provost named Ivo Dorn "
            "and Karl Vesk among its first fellows. Ivo Dorn became bursar of the academy in "
            "1598. Both men were also correspondents of the King of Kell.\n")
    asked = [q for q in _kept(body, "Ivo Dorn") if "bursar" in q]
    assert asked and all("bursar of the Vell Academy?" in q for q in asked), asked


def test_the_series_rule_cuts_at_the_last_and_of_its_sentence() -> None:
    """The pattern _series_closed reads: the last ", and" or ";" before the series' item."""
    from quiz.generate.questions import _LAST_CLAUSE_OPENING
    text = ("Kell had taken Dorn, and Vesk fell; in 1590 the Count took Lerno, routed a relief "
            "force")
    found = [m.start() for m in _LAST_CLAUSE_OPENING.finditer(text)]
    assert found == [text.index("; ")]
