"""Rule pass 153, from rounds 273-276: a timeline's "On what date in 1947 did X die?" and an
article's "20 April 1947" are one fact across a run's decks; "the nation" of a history of a
protectorate is the protectorate, named as it was then ("Swaziland"), not its neighbour; "died
21 August 1982" of a fact sheet asks "did X die"; "the Act" is the Act the timeline named, or the
card is refused; "Working at the sanctuary, it completed its text" and "Cheikh became President
...; his death" are refused; "General Assembly resolution 3385" is no agreement's name; "signed
at Fomboni" gives away the "Fomboni Agreement"; "was oil struck", "the Association of Maltese
Writers' rules". Every sentence here is invented. Each test fails on the code before, except the
guards named as such."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _date_card

from quiz.generate import generate_decks
from quiz.generate.agreements import find_agreements
from quiz.generate.clauses import date_question
from quiz.generate.countries import main_country
from quiz.generate.facts import AGREEMENT, Fact
from quiz.generate.fragments import name_date_question
from quiz.generate.quality import bare_agreement, faults
from quiz.generate.questions import Candidate, _series_closed
from quiz.generate.sentences import Sentence


def test_a_timelines_day_and_an_articles_date_are_one_fact(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Kellia\n\nKing Ivo Tamm of Kellia died on 20 April 1947 at "
                                "Vell.\n", encoding="utf-8")
    (docs / "b.md").write_text("# Kellia timeline\n\n## 1947\n\n- 20 April: King Ivo Tamm "
                               "dies at Vell.\n- 3 June: The Kellan assembly meets at Zell.\n",
                               encoding="utf-8")
    report = generate_decks([docs], tmp_path / "out", keep_rejected=True)
    assert any("the same fact is asked in a.yaml" in r.reason and r.candidate.answer == "20 April"
               for _, r in report.rejected)


@given(st.sampled_from(["Swaziland", "Transvaal", "Orange Free State"]))
def test_a_protectorate_named_most_is_the_main_country(name: str) -> None:
    text = (f"{name} was a protectorate. South Africa wanted {name}. {name} refused, and "
            f"{name} became independent.")
    assert main_country(text) == name


def test_a_participle_after_a_noun_closes_no_series() -> None:
    """(guard of pass 152's series: "the Lliga, founded in 1901" is the noun's participle)"""
    question = ("Kellism, which had its programme in the Bases of ____, found its vehicle in the "
                "Lliga Kellana, founded in 1901.")
    text = ("Kellism, which had its programme in the Bases of 1892, found its vehicle in the "
            "Lliga Kellana, founded in 1901 and led by Ivo Tamm.")
    assert _series_closed(question, text) == question


@given(st.sampled_from([("died", "die"), ("abdicated", "abdicate"), ("resigned", "resign")]))
def test_a_fact_sheets_past_of_no_object_is_asked_with_did(verbs: tuple[str, str]) -> None:
    past, base = verbs
    text = f"Head of state: King Ivo Tamm, born 22 July 1899, {past} 21 August 1982"
    at = text.index("21 August")
    assert name_date_question(text, at, at + 14, "on what date") == (
        f"On what date did King Ivo Tamm {base}?")


def test_a_fact_sheets_participle_is_still_asked_with_was() -> None:
    """(guard: "installed 22 December 1921")"""
    text = "Head of state: King Ivo Tamm, born 22 July 1899, installed 22 December 1921"
    at = text.index("22 December")
    assert name_date_question(text, at, at + 16, "on what date") == (
        "On what date was King Ivo Tamm installed?")


def test_a_fronted_phrase_after_was_is_refused() -> None:
    sentence = ("12 January: Alongside the devaluation of the Kell franc, the Vell franc is "
                "devalued.")
    question = ("On what date in 1994 was alongside the devaluation of the Kell franc, the Vell "
                "franc devalued?")
    assert any("fronted phrase" in fault
               for fault in faults(_date_card(question, sentence, "12 January", "forward")))


def test_the_act_of_a_timeline_is_the_one_named_before(
        questions_from: Callable[[str, str], list[str]]) -> None:
    text = ("Kellia timeline\n\n- 23 March 1948: King Ivo gives his assent to the Kell Home Rule "
            "Act in Vell.\n- 1 April 1948: The Act enters into force.\n")
    questions = questions_from("kellia", text)
    assert any("the Kell Home Rule Act enter into force" in q for q in questions)
    assert not any("the Act " in q for q in questions)


def test_a_bare_capital_agreement_no_label_names_is_refused() -> None:
    question = "On what date did the Act enter into force?"
    assert bare_agreement(question, "1 April 1948", "") == (
        "vague: “the Act” is named in another sentence")


@given(st.sampled_from(["Act of Vell", "Vell Act"]))
def test_a_label_naming_the_act_says_which(label: str) -> None:
    """(guard: "Act of Vell: ... the Act ..." is that act)"""
    assert bare_agreement("On what date did the Act enter into force?", "1 April 1948",
                          label) == ""


@given(st.sampled_from(["the Convention People's Party won", "the Act Governing Relations was",
                        "the Convention against Piracy was", "the Treaty (1950) was"]))
def test_a_capital_head_in_a_longer_name_is_no_bare_agreement(words: str) -> None:
    """(guard: "the Convention People's Party" is a party's name)"""
    assert bare_agreement(f"On what date did {words} adopted?", "1950", "") == ""


def test_it_after_an_opening_participle_is_refused() -> None:
    sentence = "Working at the hotel of the Kell sanctuary, it completed its text on 20 June 1931."
    question = "Working at the hotel of the Kell sanctuary, it completed its text on ____."
    assert any("pronoun after an opening phrase" in fault
               for fault in faults(_date_card(question, sentence, "20 June 1931")))


def test_another_persons_clause_before_his_is_not_the_biographys(
        questions_from: Callable[[str, str], list[str]]) -> None:
    text = ("Ivo Tamm (1919–1989)\n\nIvo Tamm was the merchant and politician who proclaimed "
            "the independence of Kellia on 6 July 1975.\n\nAfter the war Kellia became, in 1946, "
            "an overseas territory with its own elected General Council, in which Tamm took a "
            "seat. He allied himself with Karl Brannik, the territory's deputy and the leading "
            "figure of the green party. In 1959 Tamm was elected to the Senate in Zell, where he "
            "sat until 1973. When the islands received internal autonomy in 1961, Brannik became "
            "President of the Government Council; his death on 16 March 1970 opened a period of "
            "rivalry in which the government passed to Prince Aro Zell, leader of the white "
            "party.\n")
    assert not any("Ivo Tamm’s death" in q for q in questions_from("ivo-tamm-biography", text))


def test_a_resolution_by_its_number_is_no_agreement_name() -> None:
    sentence = Sentence("General Assembly resolution 3385 (XXX) affirms the unity of Kellia.", 1)
    assert find_agreements(sentence) == []


def test_a_described_agreement_is_still_found() -> None:
    """(guard: "the peace agreement of 1990")"""
    sentence = Sentence("The peace agreement of 1990 was signed at Vell.", 1)
    assert [f.answer for f in find_agreements(sentence)] == ["peace agreement"]


def test_the_place_an_agreement_is_named_after_gives_it_away() -> None:
    text = ("The Zellboni Agreement, formally the Framework Agreement for Kellia, was signed at "
            "Zellboni on 17 February 2001.")
    fact = Fact(AGREEMENT, "Zellboni Agreement", 4, 22, Sentence(text, 1), head="agreement")
    question = ("The ____, formally the Framework Agreement for Kellia, was signed at Zellboni on "
                "17 February 2001.")
    assert any("already names “Zellboni”" in fault
               for fault in faults(Candidate(fact, "cloze", question, "Zellboni Agreement")))


@given(st.sampled_from(["Oil", "Gold", "Copper"]))
def test_a_material_opening_the_sentence_is_lowered(material: str) -> None:
    text = f"{material} was struck at Vell in 1908."
    question = date_question(text, text.index("1908"), text.index("1908") + 4, "in what year")
    assert question == f"In what year was {material.lower()} struck at Vell?"


def test_a_name_opened_by_a_material_keeps_its_capital() -> None:
    """(guard: "Oil Rivers Protectorate")"""
    text = "Oil Rivers Protectorate was proclaimed in 1884."
    question = date_question(text, text.index("1884"), text.index("1884") + 4, "in what year")
    assert question is not None and "Oil Rivers Protectorate" in question


def test_a_name_written_in_ends_with_its_sentence(
        questions_from: Callable[[str, str], list[str]]) -> None:
    text = ("Kellan Writers\n\nOn 14 November 1920 thirty authors met in Vell and founded the "
            "association that became the Association of Kellan Writers. Its commission drafted "
            "rules. In 1924 the Vell Printing Office published the association's rules of "
            "orthography under the title Kitba Kellana.\n")
    questions = questions_from("kellan-writers", text)
    assert not any("Its's" in q or "Writers's" in q for q in questions)
    assert any("the Association of Kellan Writers' rules" in q for q in questions)
