"""Rule pass 375, from rounds 1647-1654's readers (heldout1637-1644, oil companies):

* "Royal Dutch Shell, renamed Shell plc in January 2022, is a multinational oil, gas and energy
  company": a body, whose text says "his" of its men, not a life (round 1648 asked "did Kessler
  die at Naples on Royal Dutch Shell's way home?"); nor a bridge, a stadium, a terminus, an
  exchange, a zoo, or a body a fact sheet names in apposition ("on Columbia Records, the
  American label").
* "Frank B. Kellogg of St. Paul": no "Kellogg of St" (round 1647).
* "Khalid al-Falih" beside "King Khalid": a name its Arabic particle goes on with is no bare
  given name (round 1650 asked "did King Khalid al-Falih become president").
* "Law no. 136 of 10 February 1953: ...": the label keeps its number (round 1651 labelled three
  cards "Law no:").
* "The council drilled the first wells ..., after the strike at Lobato on ____, built the
  Mataripe refinery.": a series cut before its "and" is closed with one after a phrase's aside
  too ("..., and built", round 1653), and after an intransitive verb's preposition ("allied the
  CFP with Gulbenkian and insisted on the clause", round 1652).
* "The oil shocks of ____ made Vell the main instrument of supply policy", "after the Korean War
  broke out in ____": the date of a world event the card's subject only lived through (rounds
  300-1654 kept 1 of 7 such verdicts).

Every name here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.documents import main_person
from quiz.generate.names import document_full_names
from quiz.generate.topic import title_parts

_LIFE = ("He was born at Kask in 1853. He married in 1881. He died in 1927, and his son "
         "succeeded him; his grandson sold the firm.")


def _person(title: str, opening: str) -> tuple[str, str] | None:
    name = title.split(":")[0]
    return main_person(title, [title, opening, _LIFE, f"{name} grew. " * 3, _LIFE])


def test_a_renamed_company_with_a_list_of_trades_is_no_life() -> None:
    assert _person("Vell Orrin Kask", "Vell Orrin Kask, renamed Kask plc in January 2022, is a "
                   "multinational oil, gas and energy company that grew out of two rivals.") is None


def test_a_bridge_a_stadium_an_exchange_and_a_zoo_are_no_lives() -> None:
    for title, kind in (("Ponte Vellio", "a medieval stone bridge over the Kask"),
                        ("Camp Vell", "the home stadium of the Kask football club"),
                        ("Vell Bourse", "the principal stock exchange of Kaskia"),
                        ("Vell Zoological Garden", "the oldest zoo in Kaskia")):
        assert _person(title, f"{title} (formerly Orrin) is {kind}.") is None, title


def test_a_body_in_apposition_is_no_life() -> None:
    assert _person("Vell Records: leaders, owners and formats", "This fact sheet gathers the "
                   "main data on Vell Records, the American label founded in Kask in 1889.") is None


def test_guard_a_life_is_still_read() -> None:
    assert _person("Ivo Vellan", "Ivo Vellan (1853–1927) was a Kaskan merchant and the founder "
                   "of a trading company.") == ("Ivo Vellan", "he")


def test_a_saint_s_abbreviation_is_no_land() -> None:
    text = ("Vell Oil\n\nThe court affirmed the decree.\n\nFrank B. Dornay of St. Paul, the special "
            "counsel, said that the decision vindicated five years of labour. Dornay had examined "
            "Ivo Tamm in November 1908.\n")
    assert not any(full.startswith("Dornay of St") for full in document_full_names("Dornay", text))


def test_an_arabic_particle_goes_on_with_the_name(questions_from) -> None:
    questions = questions_from("vell-oil-timeline", (
        "# Vell Oil: a timeline\n\n## 1975\n\n- 25 March: King Faisal is assassinated; King "
        "Khalid succeeds him.\n\n## 1982\n\n- 13 June: King Khalid dies and King Fahd succeeds."
        "\n\n## 2009\n\n- January 2009: Khalid al-Vellan becomes president and chief "
        "executive.\n"))
    assert any("Khalid al-Vellan" in q for q in questions), questions
    assert not any("King Khalid al-Vellan" in q for q in questions), questions


def test_a_law_s_lower_case_number_stays_in_its_label() -> None:
    parts = title_parts("Law no. 136 of 10 February 1953: Establishment of the Vell Company")
    assert parts[0] == "Law no. 136", parts


def test_a_series_cut_after_a_phrase_s_comma_is_joined_by_and(questions_from) -> None:
    questions = questions_from("vell-council", (
        "Vell Council\n\nThe Vell Council was set up at Kask on 4 April 1938 by a decree of "
        "President Ivo Tamm. The council drilled the first productive wells in the Orrin valley, "
        "after the strike at Dornay on 21 January 1939, built the Tamm refinery and assembled the "
        "national tanker fleet, but it lacked capital. It was dissolved on 3 October 1953, when "
        "the Vell Law created a state company.\n"))
    assert any("on ____, and built the Tamm refinery." in q for q in questions), questions
    assert not any("____, built" in q for q in questions), questions


def test_a_series_cut_after_an_intransitive_verb_s_preposition_is_joined(questions_from) -> None:
    questions = questions_from("ivo-tamm", (
        "Ivo Tamm\n\nIvo Tamm was a Kaskan oilman, born at Kask in 1878. Between 1925 and 1928 "
        "Tamm allied the Vell company with Orrin Dornay, insisted on the self-denying clause of "
        "the Kask agreement, and obtained equal treatment with the larger partners in the Red "
        "Agreement concluded at Ostend on 31 July 1928, under which the Vell company held a "
        "quarter of the shares. He died in 1940.\n"))
    assert any("Orrin Dornay and insisted on" in q for q in questions), questions
    assert not any("Dornay, insisted" in q for q in questions), questions


def test_guard_a_phrase_s_comma_alone_is_kept(questions_from) -> None:
    questions = questions_from("vell-council", (
        "Vell Council\n\nThe Vell Council was set up at Kask in 1938. The council drilled the first "
        "productive wells in the Orrin valley, after the strike at Dornay on 21 January 1939.\n"))
    assert any("strike at Dornay" in q for q in questions), questions


def test_a_world_event_s_date_is_left_out(questions_from) -> None:
    questions = questions_from("vell-oil", (
        "Vell Oil\n\nVell Oil was founded at Kask on 3 March 1926 by Ivo Tamm. The oil shocks of "
        "1973 made Vell Oil the main instrument of Kaskan supply policy. Vell Oil sold fuel to the "
        "Kaskan army after the Korean War broke out in 1950.\n"))
    assert not any("oil shocks of ____" in q or "War broke out in ____" in q for q in questions), (
        questions)
    assert any("founded" in q for q in questions), questions  # (the guard)


def test_guard_a_series_whose_and_stands_before_the_aside_is_not_joined_again(
        questions_from) -> None:
    questions = questions_from("ivo-tamm", (
        "Ivo Tamm\n\nIvo Tamm was a Kaskan airman, born at Kask in 1910. Ivo Tamm returned to the "
        "air force and, after a period in navigation training, was given command of No. 77 "
        "Squadron, flying Vell bombers, in December 1941, and led it until April 1942. He died "
        "in 1986.\n"))
    assert not any("training, and was given" in q for q in questions), questions
