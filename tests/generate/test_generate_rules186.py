"""Rule pass 186, from rounds 82-408: an approximate year ("Around ____ a prince settled at
Vell") gets options a decade or more away, not 1599 and 1601 for "around 1600"; a question that
carries its own dispute ("though some sources place his death in 1548") is refused; a fill-in
whose blank sits in a part with no verb before a ";" ("Elections to the Assembly under the ____;
the Congress ...") is refused; a past after a name's bracket and a comma ("Kell University, Zell
(1990), renamed ...") is a participle, not the verb of "did"; "Pinto da Costa" completed is
"Manuel Pinto da Costa", not "Manuel Pinto da Costa da Costa"; "the MLSTP-PSD" is no "MLSTP"
to write out; "The fort of Achalgarh, rebuilt by ... in ____." has no verb. Every sentence here
is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_distractors import _year_choices
from test_generate_quality import _date_card, _date_card_faults

from quiz.generate.abbreviations import spell_out_abbreviations
from quiz.generate.clauses import invert
from quiz.generate.names import with_document_names
from quiz.generate.quality import faults


def _year_options(sentence: str, answer: str) -> tuple[str, ...]:
    corpus = [sentence] + [f"In {year} the Kell council met at Zell." for year in
                           (1585, 1590, 1595, 1598, 1599, 1601, 1602, 1605, 1610, 1620, 1630)]
    return _year_choices(corpus, answer)


@given(st.sampled_from(["Around", "About", "Circa"]))
def test_an_approximate_years_options_are_a_decade_away(word: str) -> None:
    options = _year_options(f"{word} 1600 a prince of the Kell line, Ivo Tamm, settled at Vell.",
                            "1600")
    assert options and all(abs(int(option) - 1600) >= 10 for option in options)


def test_an_exact_years_options_stay_near() -> None:
    """(guard: "In 1600" is exact: its options are the nearest years)"""
    options = _year_options("In 1600 a prince of the Kell line, Ivo Tamm, settled at Vell.",
                            "1600")
    assert options and any(abs(int(option) - 1600) < 10 for option in options)


@given(st.sampled_from(["though some sources place his death", "although other accounts give",
                        "while most historians date it"]))
def test_a_disputed_date_is_refused(dispute: str) -> None:
    sentence = f"Ivo Tamm died at Vell around 1550, {dispute} in 1548."
    question = f"In what year did Ivo Tamm die at Vell, around 1550, {dispute}?"
    assert any("contested" in why for why in _date_card_faults(sentence, question, "1548"))


def test_a_date_without_a_dispute_is_kept() -> None:
    """(guard: "sources" that dispute nothing)"""
    sentence = "Ivo Tamm collected the sources of Kell history at Vell in 1548."
    question = "In what year did Ivo Tamm collect the sources of Kell history at Vell?"
    assert not any("contested" in why for why in _date_card_faults(sentence, question, "1548"))


@given(st.sampled_from([
    "Elections to the Kell Assembly under the Vell Act; the Zell Party became the largest party.",
    "Sultan of Kell, chosen in 1855; deposed by the Zell army after the war.",
    "Kell Agent at Vell from 1893; confirmed in the post later."]))
def test_a_verbless_part_before_a_semicolon_is_refused(sentence: str) -> None:
    answer = "Vell Act" if "Vell Act" in sentence else next(
        word for word in ("1855", "1893") if word in sentence)
    at = sentence.index(answer)
    question = sentence[:at] + "____" + sentence[at + len(answer):]
    card = _date_card(question, sentence, answer)
    assert any("has no verb" in why for why in faults(card))


def test_a_part_with_its_verb_before_a_semicolon_is_kept() -> None:
    """(guard: "Kell Regulation I of ____ restricts ...; it is amended ...": a verb of its own)"""
    sentence = ("Kell Regulation I of 1912 restricts the residence of traders in Vell; it is "
                "amended by Regulation I of 1926.")
    card = _date_card(sentence.replace("1912", "____"), sentence, "1912")
    assert not any("has no verb" in why for why in faults(card))


@given(st.sampled_from(["renamed Ivo Tamm University", "moved to the Vell campus"]))
def test_a_past_after_a_bracket_and_comma_is_no_verb_of_did(rest: str) -> None:
    assert invert(f"Kell University, Zell (1990), {rest} .", "in what year") is None


def test_a_verb_after_the_participle_is_still_the_clauses() -> None:
    """(guard: "(1901), signed at Vell, ended": the later verb is the clause's)"""
    assert invert("The Treaty of Kell (1901), signed at Vell, ended the war .", "in what year") == (
        "In what year did the Treaty of Kell (1901), signed at Vell, end the war?")


@given(st.sampled_from(["British paramountcy over the princely states lapses",
                        "Kellish rule over the hill states ends"]))
def test_a_nouns_clause_with_its_phrase_after_and_is_cut(clause: str) -> None:
    assert invert(f"Vell becomes independent and {clause}.", "on what date") == (
        "On what date did Vell become independent?")


@given(st.sampled_from(["Ivo da Tamm", "Ivo de Tamm"]))
def test_a_name_with_a_particle_is_completed_once(short: str) -> None:
    full = f"Kellan {short}"
    text = f"{full}\n\n{full} was born at Vell in 1937. In 2016 {short} withdrew from the race.\n"
    question, _ = with_document_names(f"In what year did {short} withdraw from the race?",
                                      "2016", text, subject=full)  # (a life of Kellan ...)
    assert question == f"In what year did {full} withdraw from the race?"


def test_a_party_renamed_with_a_second_abbreviation_is_left_as_written() -> None:
    defined = {"KLM": "Kell Liberation Movement"}
    question = "On what date did the election leave the KLM-PSD the largest party?"
    assert spell_out_abbreviations(question, "1 May 2002", defined) == question


def test_an_abbreviation_alone_is_still_written_out() -> None:
    """(guard: "the KLM" alone is the Kell Liberation Movement)"""
    defined = {"KLM": "Kell Liberation Movement"}
    assert spell_out_abbreviations("When did the KLM win?", "2002", defined) == (
        "When did the Kell Liberation Movement win?")


@given(st.sampled_from(["rebuilt", "built", "restored"]))
def test_a_named_noun_and_its_participle_is_refused(part: str) -> None:
    sentence = f"Monuments: the fort of Kellgarh, {part} by Ivo Tamm of Vell in 1452."
    card = _date_card(f"Zell: The fort of Kellgarh, {part} by Ivo Tamm of Vell in ____.",
                      sentence, "1452")
    assert any("participle" in why for why in faults(card))


def test_a_past_after_an_aside_in_brackets_is_the_clauses_verb() -> None:
    """(guard: "the Kell Mission (KM), arrived": the bracket closes an aside, not a year)"""
    assert invert("Ivo Tamm, the first missionary of the Kell Mission (KM), arrived in Vell .",
                  "on what date") == (
        "On what date did Ivo Tamm, the first missionary of the Kell Mission (KM), arrive in "
        "Vell?")
