"""Rule pass 322, from rounds 1285-1292 (heldout1277-1284) as both readers judged them:

- "did Hungerford die at Pisa, unmarried and childless, and the reversion to the United States
  takes effect?": after ", and", a noun, the name a preposition adds to it, then a verb of its
  own open a second clause, cut from the question;
- "did Lovell Telescope list Grade I?": a fact sheet's verbless passive that gives a status
  ("listed Grade I", "designated a scheduled monument") is asked as a passive;
- "Royal Observatory, Greenwich", "Royal Botanic Gardens, Kew": a title's name and, after one
  comma, the place it stands in label its cards with the name (pass 321 read such an
  institution as no life, and its cards had no label).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.coordination import second_clause


@given(st.sampled_from(["takes effect", "took effect", "was confirmed"]))
def test_a_noun_and_its_names_verb_after_comma_and_is_a_second_clause(act: str) -> None:
    predicate = f"die at Vell, unmarried and childless, and the reversion to the Kask Union {act}."
    cut = second_clause(predicate)
    assert cut is not None and predicate[: cut[0]] == "die at Vell, unmarried and childless", cut


def test_a_guard_a_noun_and_its_name_with_no_verb_stay() -> None:
    assert second_clause("visit the city, and the envoys of Vell Province.") is None


@given(st.sampled_from([("listed Grade I", "was Kask Telescope listed Grade I"),
                        ("designated a scheduled monument",
                         "was Kask Telescope designated a scheduled monument")]))
def test_a_verbless_status_passive_is_asked_as_a_passive(case: tuple[str, str]) -> None:
    status, asked_as = case
    asked = invert(f"Kask Telescope {status} in 1988.", "in what year")
    assert asked is not None and asked_as in asked, asked


def test_a_guard_an_active_listing_stays_active() -> None:
    asked = invert("The council listed the buildings in 1988.", "in what year")
    assert asked == "In what year did the council list the buildings in 1988?", asked


@given(st.sampled_from(["Royal Observatory, Kask", "Royal Botanic Gardens, Vell: a timeline"]))
def test_an_institution_and_its_place_in_a_title_label_its_cards(title: str) -> None:
    from quiz.generate.topic import title_topic
    topic = title_topic(title)
    assert topic is not None and topic.name == title.split(",")[0], topic


def test_a_guard_a_list_of_lands_is_no_topic() -> None:
    from quiz.generate.topic import title_topic
    assert title_topic("Kask, Vell and Central Dorn") is None
