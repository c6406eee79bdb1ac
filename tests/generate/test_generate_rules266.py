"""Rule pass 266, from rounds 917-924 (heldout909-916) as their first readers judged them and
the rejects of rounds 156-916 (no batch has judged it):

- "In what year did Special Protection Area designate?", "did a church of Saint Rusien record?"
  (a verb that takes an object asked with none: the source's passive participle, "designated in
  1999", read as its subject's act; not "what memorandum did ... sign in Riga?", whose
  wh-phrase is the object);
- "From ____ until Thomas Wynn's death he held the office" (a phrase opened by "From", "Until",
  "Since" or "By" before the subject: "his" stays and "he" is named);
- "did Prinknash become an abbey, took over St Michael's Abbey at Farnborough?" (a past that is
  no participle glued after a comma);
- "In what year was the guardianship placed in state care by the 17th Earl of Moray?" (a fact
  sheet's label naming a relation, "Guardianship:", read as what was placed);
- "did John St Aubyn, 4th Baron St Levan, dies age 94?" ("aged 94" read as the clause's past).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare


def _kept(body: str, title: str = "Vell Island") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["designated", "listed", "established"]))
def test_a_passive_participle_is_not_asked_as_an_act(participle: str) -> None:
    body = (f"Vell Island is part of the Lerno Harbour Site of Special Interest and lies within "
            f"the Lerno Harbour Ramsar site and Special Protection Area {participle} in 1999.")
    assert not [q for q in _kept(body) if q.rstrip("?").endswith(("designate", "list",
                                                                    "establish"))]


def test_a_guard_an_act_with_its_object_is_asked() -> None:
    body = "The Vell Council designated the harbour a protected area on 3 May 1999."
    assert [q for q in _kept(body) if "designate the harbour" in q]


def test_a_guard_a_wh_object_is_no_passive() -> None:
    from quiz.generate.quality import _PASSIVE_READ_AS_ACTIVE, _WH_OBJECT

    question = "In 2022, what memorandum did Vell, Kell and Lerno sign in Dorn?"
    assert _PASSIVE_READ_AS_ACTIVE.search(question) and _WH_OBJECT.search(question)


@given(st.sampled_from(["From", "Until", "Since"]))
def test_a_fronted_from_phrase_keeps_his_and_names_the_subject(opening: str) -> None:
    from quiz.generate.questions import _biography_subject_named

    question = f"{opening} ____ until his death he held the office of prothonotary."
    assert _biography_subject_named(question, "1793", "Ivo Kask", "he") == (
        f"{opening} ____ until his death Ivo Kask held the office of prothonotary.")


@given(st.sampled_from(["took over", "became the mother house of"]))
def test_a_past_glued_after_a_comma_is_no_question(act: str) -> None:
    body = (f"His old community prospered without him: Vellnash became an abbey, {act} St "
            f"Michael's Abbey at Lerno in 1947 and refounded Kellcarden in 1948.")
    assert not [q for q in _kept(body) if f", {act.split()[0]}" in q]


@given(st.sampled_from(["Guardianship", "Ownership", "Custody"]))
def test_a_fact_sheet_label_of_a_relation_names_nothing_placed(label: str) -> None:
    body = (f"- **{label}:** placed in state care by the 17th Earl of Lerno in 1924; now cared "
            f"for by Vell Heritage.\n")
    assert not [q for q in _kept(body) if label.lower() in q.lower()]


@given(st.sampled_from(["head Vell's list in Lerno", "place the Salt Meadows on the national list",
                        "lead the Social Democratic list in the election"]))
def test_a_guard_a_noun_after_the_verb_is_no_passive(act: str) -> None:
    from quiz.generate.quality import _passive_read_as_active

    assert not _passive_read_as_active(f"On what date in 2019 did Ivo Dorn {act}?")


@given(st.sampled_from(["80", "94"]))
def test_an_age_is_no_verb(age: str) -> None:
    body = f"## 1890\n\n- 3 May: Ivo Dorn dies aged {age} at Lerno.\n"
    asked = [q for q in _kept(body) if "Ivo Dorn" in q]
    assert asked and all(f"die aged {age}" in q for q in asked), asked
