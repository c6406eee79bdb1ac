"""Rule pass 198, from rounds 489-496 (heldout481-heldout488): a list of nouns cut before its
last item ("professor of military history, strategy."); a participle with "as" read as the
clause's verb ("did soldiers disguise as peasants seized"); "Part of" kept capitalised after
"did"; a plural subject's present left in a timeline's relative clause ("in which the Social
Democrats win"); a date after a participle's named phrase asked of the clause's verb ("did
Industry arrive"); a family name ending like an abstract noun ("Montmorency") taken for no
one's; a bare given name left for a king ("Christian's own landing"); a plural noun's second
clause glued to the first; a cut series of acts not joined by "and" after a fronted blank. Every
sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import cut_clause, date_question
from quiz.generate.documents import main_person
from quiz.generate.names import with_document_names
from quiz.generate.questions import _series_closed


@given(st.sampled_from(["gunnery", "naval history", "signals"]))
def test_a_list_of_nouns_keeps_its_last_item(second: str) -> None:
    text = (f" he returned to the college as professor of tactics, {second} and applied "
            "logistics, and his lectures made him the best-known officer of Kaldora.")
    assert cut_clause(text) == (f" he returned to the college as professor of tactics, {second} "
                                "and applied logistics")


def test_a_phrase_of_place_before_and_is_no_list() -> None:
    """(guard: "from the Kell District and appointed": a preposition's phrase, not a list's
    item, so the "and" of the next act still ends the clause)"""
    text = (" Ivo Tamm separated a new district, with its seat at Zell, from the Kell District "
            "and appointed Maria Vell its envoy.")
    assert cut_clause(text) == (" Ivo Tamm separated a new district, with its seat at Zell, "
                                "from the Kell District")


@given(st.sampled_from(["merchants", "pilgrims", "monks"]))
def test_a_participle_with_as_is_not_the_verb(disguise: str) -> None:
    text = f"On 3 May 1402 Vellish soldiers disguised as {disguise} seized a gate of Zell."
    at = text.index("3 May 1402")
    assert date_question(text, at, at + 10, "on what date") == (
        f"On what date did Vellish soldiers disguised as {disguise} seize a gate of Zell?")


def test_a_share_of_a_thing_is_lower_case_after_did() -> None:
    text = "Part of the vault of Zell Cathedral collapsed on 29 November 1284."
    at = text.index("29 November")
    assert date_question(text, at, at + 16, "on what date") == (
        "On what date did part of the vault of Zell Cathedral collapse?")


@given(st.sampled_from(["Farmers", "Social Democrats", "Greens"]))
def test_a_plural_subjects_present_is_told_in_the_past(party: str) -> None:
    text = f"15 December 1918: Kaldora elects an assembly, in which the {party} win half the seats."
    question = date_question(text, 0, 16, "on what date")
    assert question is not None and f"the {party} won half the seats" in question, question


def test_a_date_after_a_participles_named_phrase_is_not_the_clauses() -> None:
    text = ("Industry arrived above all through the Tamm company, founded at Clermont-Vell by the "
            "brothers Ivo and Émile Tamm in 1889, which patented a tyre in 1891.")
    at = text.index("1889")
    question = date_question(text, at, at + 4, "in what year")
    assert question is None or "arrive" not in question, question


def test_a_family_name_ending_like_an_abstract_noun_is_a_persons() -> None:
    blocks = ["Ivo II de Montvency was Governor of Kell.",
              "In 1625 he led the fleet. Montvency was popular, and he was brave.",
              "Montvency was beheaded in 1632; his death shocked Kell."]
    assert main_person("Ivo II de Montvency (1595–1632)", blocks) == ("Ivo II de Montvency", "he")


def test_an_abstract_noun_title_is_still_no_ones() -> None:
    """(guard: "the Kell Disposition", a word the lexicon knows as a noun, is an act)"""
    blocks = ["The Kell Disposition ended the kingdom. He protested. He left. He died."] * 3
    assert main_person("Kell Disposition", blocks) is None


_KING = ("Christian IV of Kaldora invaded Zell in 1625. Christian IV lost at Vell, and Christian "
         "IV's chancellor Christian Tammsen advised peace. Christian IV signed it in 1629.")


def test_a_bare_given_name_is_the_king_of_that_name() -> None:
    question, why = with_document_names(
        "On what date did Christian's own landing at Zell end in defeat?", "2 September 1628",
        _KING)
    assert (question, why) == (
        "On what date did Christian IV's own landing at Zell end in defeat?", "")


def test_a_faiths_adjective_is_not_completed() -> None:
    """(guard: "Christian troops": the faith's adjective before a noun, no one's name)"""
    question = "In ____ Christian troops landed at Zell."
    assert with_document_names(question, "1625", _KING) == (question, "")


def test_a_plural_nouns_second_clause_is_its_own() -> None:
    text = ("On 15 August 1944 Vellish forces landed at Zell, and the Kaldoran garrisons of Kell "
            "and Mord surrendered to General Ivo Tamm on 28 August 1944.")
    at = text.index("28 August")
    assert date_question(text, at, at + 14, "on what date") == (
        "On what date did the Kaldoran garrisons of Kell and Mord surrender to General Ivo Tamm?")


def test_and_inside_a_duchys_name_opens_no_clause() -> None:
    text = (", as the Vellish Commonwealth was being divided out of existence, the Duchy of Kell "
            "and Semvell passed to the Kaldoran Empire by three instruments.")
    assert cut_clause(text, has_verb=False) == text


def test_a_cut_series_after_a_fronted_blank_is_joined() -> None:
    question = ("Vellish troops had already taken Kell, and in ____ the Count of Mord took Zell, "
                "routed a relief force.")
    text = ("Vellish troops had already taken Kell, and in 1595 the Count of Mord took Zell, "
            "routed a relief force and sacked Tarn in July, and captured Vell in October.")
    assert _series_closed(question, text) == (
        "Vellish troops had already taken Kell, and in ____ the Count of Mord took Zell and "
        "routed a relief force.")
