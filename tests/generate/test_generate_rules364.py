"""Rule pass 364, from rounds 1582-1589's first readers (heldout1573-1580, newspapers and news
agencies):

* "Agence France-Presse (AFP) is a French news agency" was read as the life of "Agence", so the
  "Agence française indépendante" became "the Agence France-Presse française indépendante"
  (round 1587): an agency, a daily or a broadcaster is a body;
* a firm named after a man with its kind before the name ("the Agence Havas", "Banque Vell",
  "Maison Vell") is a company's name, so a bare "Havas" is not completed to "Charles-Louis
  Havas" ("did Charles-Louis Havas become a société anonyme" in 1879, twenty years after his
  death: round 1587);
* "News Corporation and Ruby Newco filed": a plural common noun opening a company's name is not
  lower-cased ("did news Corporation ... file": round 1588).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import main_person
from quiz.generate.names import named_as_company


@given(st.sampled_from(["a French news agency", "a Spanish daily", "a public broadcaster",
                        "the national news agency"]))
def test_an_agency_a_daily_or_a_broadcaster_is_a_body(kind: str) -> None:
    import re

    from quiz.generate.documents import _A_BODY_OR_PLACE
    assert re.fullmatch(_A_BODY_OR_PLACE, kind)


@given(st.sampled_from(["an advertising agency executive", "a daily commuter"]))
def test_guard_a_person_of_an_agency_is_no_body(kind: str) -> None:
    import re

    from quiz.generate.documents import _A_BODY_OR_PLACE
    assert not re.match(_A_BODY_OR_PLACE + r"$", kind)


def test_guard_an_agency_s_executive_is_a_life() -> None:
    text = ("Tom Vell (born 2 March 1929) is an American advertising agency executive. Vell "
            "founded Kask Partners in 1959. He sold it in 1988, and he retired in 2019. Vell "
            "was born in Kask, where his father ran a shop; he left school at sixteen. In 1990 "
            "Vell wrote his memoirs, and he was honoured by his city in 2001.")
    assert main_person("Tom Vell", [text]) == ("Tom Vell", "he")


@given(st.sampled_from(["the Agence Vellas", "the Banque Vellas", "Maison Vellas",
                        "the Vellas agency"]))
def test_a_firm_s_kind_before_or_after_a_man_s_name_makes_it_a_company(firm: str) -> None:
    text = (f"Charles-Louis Vellas founded {firm} in 1835. In 1879 Vellas became a société "
            "anonyme.")
    assert named_as_company("Vellas", text)


def test_guard_a_kind_before_another_name_is_not_the_man_s_company() -> None:
    text = ("Charles-Louis Vellas worked for the Agence Kask Presse from 1830. In 1858 Vellas "
            "died at Bougival.")
    assert not named_as_company("Vellas", text)


@given(st.sampled_from(["News Corporation", "News International", "Rebels Football Club"]))
def test_a_plural_noun_opening_a_company_name_keeps_its_capital(name: str) -> None:
    from quiz.generate.clauses import _common_noun_lowered
    assert _common_noun_lowered(f"{name} and Kask Newco").startswith(name)


@given(st.sampled_from(["News", "Rebels"]))
def test_guard_a_plural_common_noun_opening_a_subject_is_lowered(noun: str) -> None:
    from quiz.generate.clauses import _common_noun_lowered
    assert _common_noun_lowered(f"{noun} of the defeat reached Kask")[:1].islower()
