"""Rule pass 109, from rounds 90-129: a document whose title names no subject is headed too.

A news report's headline is a sentence, so no title rule found what it is about, and its cards
went unlabelled ("On what date did the government sign a protocol of adhesion?": to what?);
readers kept 51 % of them. The headline names its story by an event ("Lerno summit") or by a
name the report repeats ("Kaldoran Union"). A title too long for a label gives a short name in
brackets ("(KASMO)") or opens with a country's possessive ("Dornia's Road to the ..."); a
story's span of years is no person's life ("Dornian Expedition to Ostria (1867–1868)"). A label
spelled out in the card ("Organization of Kaldoran States" for "OKS") is not added, and a card
asking for an agreement is not headed with an agreement's name. An office in a dated report is
asked in the report's month ("in May 1997": the holder may have changed later that year).
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.headline_topic import headline_topic, names_an_agreement
from quiz.generate.topic import title_topic
from quiz.generate.topic_label import spells_out, with_topic_label

_BODY = ("\n\nLERNO, 3 June 2009 — Foreign ministers of the Kaldoran Union met in Lerno today. "
         "The Kaldoran Union was founded in 1961. President Ivo Tamm of Dornia spoke first. "
         "Tamm said the Kaldoran Union would meet again. Ostria asked to rejoin the Kaldoran "
         "Union in 2008.\n")


def _topic(title: str, body: str = _BODY) -> str | None:
    subject = headline_topic(title, [title + body])
    return None if subject is None else subject.name


def test_a_headline_naming_an_event_heads_the_report_with_it() -> None:
    assert _topic("Lerno summit ends without agreement as Tamm leaves Dornia early") == (
        "Lerno summit")
    assert _topic("Dornians reject Kaldoran reunification plan as Ostrians vote yes") == (
        "Kaldoran reunification plan")


def test_a_headline_naming_what_the_report_repeats_heads_it_with_that() -> None:
    assert _topic("Kaldoran Union suspends Ostria over Tamm's removal") == "Kaldoran Union"
    assert _topic("Ostria readmitted to Kaldoran Union after walking out") == "Kaldoran Union"


@given(st.sampled_from([
    "Tamm suspends Ostria over the removal of its president",  # a person ("President Ivo Tamm")
    "Dornia and Ostria agree in Lerno to restore relations",  # the parties; the city
    "Ministers gather in Lerno as Dornia waits",  # where the report was filed from
    "Ostria declares independence, first state to break with Lerno",  # whom it turns from
    "Kaldoran Union Suspends Ostria Over Removal",  # title case: capitals say nothing
    "Dornia, Ostria and the Kaldoran Union, 1961–2009",  # a history's title, not a headline
]))
def test_no_person_place_party_or_title_case_heads_a_report(title: str) -> None:
    """Guard: a name that is not the story, or a title whose capitals cannot be read."""
    assert _topic(title) in {None, "Kaldoran Union"}
    assert _topic(title) is None or "Kaldoran Union" in title


def test_an_adjective_of_a_state_heads_no_report() -> None:
    """"Kaldoran republic", "Kaldoran troops": a name only ever used before a noun."""
    body = ("\n\nLERNO, 3 June 2009 — Ostria left the Kaldoran Union today. Kaldoran troops "
            "stayed. Kaldoran rule had lasted since 1940.\n")
    assert _topic("Ostria declares independence, first Kaldoran republic to leave", body) is None


def test_a_headlines_verb_is_no_kind_of_treaty() -> None:
    """Guard: "Tamm sign treaty" names no treaty."""
    assert _topic("Dornia and Ostria sign treaty as Tamm and Kask sign accord",
                  "\n\nTamm and Kask met.\n") is None


@given(st.text(alphabet=st.sampled_from("Ab c,.:'’s-()19–LernoKaldUnion "), max_size=80))
def test_a_headline_topic_is_a_name_in_the_title(title: str) -> None:
    subject = headline_topic(title, [title + _BODY])
    assert subject is None or (subject.kind == "topic" and subject.name in title)


def test_a_long_title_gives_its_bracketed_short_name() -> None:
    title = "The Kaldoran Union Stabilization Mission in Ostria (KASMO)"
    subject = title_topic(title)
    assert subject is not None and subject.name == "KASMO"


def test_a_long_title_opening_with_a_countrys_possessive_gives_the_country() -> None:
    subject = title_topic("Croatia's Long Road to the Kaldoran Union, 1999–2013")
    assert subject is not None and subject.name == "Croatia"


def test_a_storys_span_of_years_is_no_life() -> None:
    subject = title_topic("Dornian Expedition to Ostria (1867–1868)")
    assert subject is not None and subject.name == "Dornian Expedition to Ostria"
    subject = title_topic("Kaldoran Defence Union Negotiations (1948–1949)")
    assert subject is not None


@given(st.sampled_from(["Ivo Tamm (1909–1974)", "Louis Ste. Kask (1882–1973)"]))
def test_a_persons_life_still_heads_nothing(title: str) -> None:
    """Guard: a name and its years is a person's life."""
    assert title_topic(title) is None


def test_a_label_spelled_out_in_the_card_is_not_added() -> None:
    subject = headline_topic("OKS lifts suspension of Ostria after long dispute",
                             ["OKS lifts suspension of Ostria after long dispute\n\nThe OKS met. "
                              "The OKS voted. Ostria thanked the OKS.\n"])
    assert subject is not None and subject.name == "OKS"
    question = ("On what date did the ministers of the Organization of Kaldoran States repeal the "
                "resolution?")
    assert spells_out("OKS", question)
    assert with_topic_label(question, "3 June 2009", "OKS lifts suspension", subject) == question
    assert with_topic_label("On what date did Ostria rejoin?", "3 June 2009",
                            "OKS lifts suspension", subject).startswith("OKS: ")


@given(st.text(max_size=60), st.text(alphabet="ABCDEFGHIJ", min_size=1, max_size=9))
def test_spelling_out_never_fails(text: str, label: str) -> None:
    assert spells_out(label, text) in {True, False}


def test_an_agreements_name_labels_no_agreement_card(
        questions_from: Callable[[str, str], list[str]]) -> None:
    assert names_an_agreement("Lerno summit") is False
    assert names_an_agreement("Kaldoran reunification plan")
    questions = questions_from("lerno-deal-news", (
        "Dornia and Ostria sign Lerno deal ending border dispute\n\n"
        "LERNO, 3 June 2009 — Dornia and Ostria signed the Lerno Accord today. The Lerno deal "
        "ends a dispute over the river. Under the Treaty of Kask, signed in 1901, the river was "
        "the border. Ostria left the Kaldoran Union in 1999.\n"))
    assert not any(q.startswith("Lerno deal: Which") or q.startswith("Lerno deal: What treaty")
                   for q in questions), questions


def test_an_office_in_a_dated_report_is_asked_in_its_month(tmp_path: Path) -> None:
    from quiz.generate.documents import read_document
    from quiz.generate.pipeline import prepare
    path = tmp_path / "report-news.txt"
    path.write_text("Ostria rejoins the Kaldoran Union\n\nLERNO, 3 May 1997 — Ostria rejoined "
                    "the Kaldoran Union today.\n\nLater, Ivo Tamm, the Dornian Foreign Minister, "
                    "said the talks would go on.\n", encoding="utf-8")
    questions = [c.question for c in prepare(read_document(path)).candidates]
    assert any("hold in May 1997?" in q for q in questions), questions
    assert not any("hold in 1997?" in q for q in questions)


def test_a_name_with_arap_is_a_biographys_subject() -> None:
    """Round 132: "Daniel arap Moi" was no one's life, so a bare "Moi" became "Gideon Moi", his
    son named once near the end (five cards, ten verdicts of a wrong answer)."""
    from quiz.generate.documents import main_person
    text = ("Daniel arap Kask\n\nDaniel arap Kask was born in 1924. He taught school. Kask was "
            "elected in 1957, and he led the party. He died in 2020. His son Ivo Kask "
            "succeeded him.\n")
    assert main_person("Daniel arap Kask", [text]) == ("Daniel arap Kask", "he")
