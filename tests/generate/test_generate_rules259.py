"""Rule pass 259, from rounds 869-876 (heldout861-868):

- "... describe a dial tracking the four-year cycle of the Panhellenic gamed?" (a name's plural
  noun before "and" put in the past);
- "was the Holy League concluded in Rome by Pope Paul III, the Emperor Charles V, Ferdinand,
  King of the Romans?" (a list's last name after its comma, ", and Venice", cut as a clause);
- "Niels Juel, born in Christiania on ____, educated at the Sorø Academy." (a cut before the
  clause's verb, taking an aside's participle for it);
- "Of Holy Island, where, ... a chapel built in ____ was rebuilt in 1855 ..." (an item of a
  list headed before its colon);
- "President Vladimir Putin arrived unannounced by launch, prayed with the brethren at
  compline." (a series of acts cut before its last, left without its "and");
- "did Skaftö break away from Morlanda and now lies in Lysekil Municipality?" (how it is today
  glued to a past question);
- "In ____ the king made Vincens Lunge commander (lensmand) of Krogen" (King Christian II named
  two sentences before; the rule for "the King" read only the capital).

Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.coordination import second_clause
from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare
from quiz.generate.tense import entry_in_the_past


def _kept(body: str, title: str = "Vell") -> list[str]:
    doc = Document(Path("vell.md"), f"# {title}\n\n{body}\n", title, None)
    return [cand.question for cand in prepare(doc).candidates]


@given(st.sampled_from(["Panhellenic games", "Olympic games", "Ostrian pipes"]))
def test_a_names_plural_noun_before_and_stays_a_noun(noun: str) -> None:
    entry = f"a paper describes a dial tracking the cycle of the {noun} and month names."
    assert f"the {noun} and month names" in entry_in_the_past(entry)


def test_a_guard_a_names_verb_before_and_is_still_put_in_the_past() -> None:
    assert "protested and" in entry_in_the_past("Vell protests and recalls its envoy.")


@given(st.sampled_from(["Venice", "the Republic of Vell", "King Ivo"]))
def test_the_last_name_of_a_list_after_its_comma_is_no_clause(last: str) -> None:
    predicate = f"concluded in Rome by Pope Paul III, the Emperor Karl V, Ferdinand, and {last}."
    assert second_clause(predicate) is None


def test_a_guard_a_name_after_one_comma_and_is_still_a_clause_cut() -> None:
    assert second_clause("signed the treaty in Paris, and Austria, Finland.") is not None


@given(st.sampled_from(["educated at the Vell Academy and trained in the Ostrian navy",
                        "schooled at Lerno and raised in the Ostrian navy"]))
def test_no_cloze_is_cut_at_an_asides_participle_before_the_clauses_verb(aside: str) -> None:
    body = (f"Niels Holm, born in Lerno on 8 May 1629, {aside} under Admiral Ivo Dorn, took Vesta "
            f"and Kell on 1 May 1676 and fought under the Ostrian admiral Karl Dorn at the battle "
            f"of Vell on 1 June 1676.")
    asked = [q for q in _kept(body) if "8 May 1629" not in q and "born" in q]
    assert not [q for q in asked if " took " not in q and "did" not in q], asked


def test_a_guard_an_aside_then_the_clauses_verb_still_gives_a_cloze() -> None:
    body = ("Ivo Holm, born in Vell on 8 May 1929, became mayor of the town in 1960 after a long "
            "career at sea and in the harbour office of the port.")
    assert [q for q in _kept(body, "Lerno") if "born in Vell on ____, became mayor" in q]


@given(st.sampled_from(["of", "and of"]))
def test_an_item_of_a_list_headed_before_its_colon_is_no_cloze(link: str) -> None:
    body = ("He founded or re-founded most of the sketes of the archipelago: those of St Ivo, on "
            "the island at the entrance to the bay; of St Karl, on Lerno island, with an "
            f"especially strict rule; {link} Holy Island, where, with the support of Metropolitan "
            "Dorn of Vesta, a chapel built in 1840–1842 was rebuilt in 1855 as the church of St "
            "Alexander of Kell.")
    asked = [q.split(": ", 1)[-1] for q in _kept(body, "Ivo Dorn")]
    assert not [q for q in asked if q.lower().startswith(("of ", "and of "))], asked


@given(st.sampled_from([("prayed with the brethren at compline", "venerated the relics"),
                        ("dined with the abbot", "blessed the new bell")]))
def test_a_cloze_does_not_keep_a_series_of_acts_without_its_and(acts: tuple[str, str]) -> None:
    middle, last = acts
    body = (f"By 2016 the diocese was preparing for the anniversary. On the evening of 12 July "
            f"2016, the feast of Saints Peter and Paul, President Ivo Dorn arrived unannounced by "
            f"launch, {middle} and {last} of St Arseny and the Vell icon.")
    asked = [q for q in _kept(body) if "arrived" in q]
    assert not [q for q in asked if middle in q and last not in q], asked


@given(st.sampled_from(["now lies", "still belongs", "today forms part"]))
def test_how_it_is_today_is_not_glued_to_a_past_question(today: str) -> None:
    body = (f"Each parish formed a rural municipality in 1862. Lerno broke away from Vesta in "
            f"1892 and {today} in Kell Municipality.")
    asked = [q for q in _kept(body) if "break away" in q]
    assert asked and not [q for q in asked if today.split()[0] in q], asked


@given(st.sampled_from([("King", "Karl II"), ("Queen", "Ivona"), ("Sultan", "Murad IV")]))
def test_the_lower_case_title_is_the_one_the_paragraph_named(titled: tuple[str, str]) -> None:
    title, name = titled
    body = (f"{title} {name} took a liking to the young doctor. In 1521 Ivo Dorn was appointed "
            f"professor of law at Vell. In October 1522 the {title.lower()} made Ivo Dorn "
            f"commander of Krogen, the castle at Lerno that was later rebuilt as Kellborg.")
    asked = [q for q in _kept(body, "Ivo Dorn") if "Krogen" in q]
    assert asked and all(f"{title} {name} made" in q for q in asked), asked


def test_a_guard_two_kings_named_leave_the_king_as_it_is() -> None:
    body = ("King Karl II took a liking to the young doctor, and King Ivo III did not. In 1521 Ivo "
            "Dorn was appointed professor of law at Vell. In October 1522 the king made Ivo Dorn "
            "commander of Krogen, the castle at Lerno that was later rebuilt as Kellborg.")
    assert not [q for q in _kept(body, "Ivo Dorn") if "King Karl II made" in q
                or "King Ivo III made" in q]


@given(st.sampled_from(["Louis XI", "Karl IX"]))
def test_a_guard_another_ruler_in_the_sentence_keeps_the_king_unnamed(other: str) -> None:
    body = ("On 3 July 1468 the duke married Margaret of Vell, sister of King Ivo IV, sealing an "
            f"alliance. That October, when {other} came to negotiate with him at Lerno, news "
            "arrived that Kell had risen again; the duke held the king virtually a prisoner on "
            "9 October 1468.")
    assert not [q for q in _kept(body, "Karl the Bold") if "King Ivo IV" in q and "prisoner" in q]


def test_a_guard_a_king_named_for_a_time_long_before_is_not_the_king() -> None:
    body = ("The earliest evidence is the diploma issued by King Ivo IV of Vell to the Knights on "
            "2 June 1247, which names the voivodeships of Dorn and Kell. About 1277 Dorn refused "
            "tribute to Vell and was killed fighting the king's troops.")
    assert not [q for q in _kept(body, "Lerno") if "King Ivo IV's troops" in q]
