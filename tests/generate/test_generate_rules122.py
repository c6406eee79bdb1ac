"""Rule pass 122, from rounds 180-183: a quoted term given a full name ("the "Richard Nixon
shocks""); a series of verb phrases cut after an aside or a pronoun subject left without its
"and"; a question dating one act and asking another's date ("captured in 1970 and publicly
executed"); a clause glued on after ", and" with a bare noun ("and growth ... exceeded"); what
an agreement did not do; a that-clause's verb taken for the sentence's; a headline passive read
in a clause whose verb came first ("was the Irish dimension re-emerged"); a cause's title read
as a biography's person ("Irish Home Rule agreed"); an office word taken for a name ("Lemass
Minister for Justice"); a nation's congress taken for a meeting of a series; a peer's title taken
for his office's land ("Governor of Naunton"); a list's person and what was done to him ("did
Zamora kill at San Carlos"); a date that belongs to a participle after a place ("founded at the
La Scala Theatre in Dublin on"); "he" after an opening phrase that names someone else; "these
ex-servicemen"; and a plural body's base verb missed ("did the Irish Volunteers land rifle").
Every sentence here is invented. Each test fails on the code before, except the guards named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.clauses import date_question
from quiz.generate.documents import main_person
from quiz.generate.grammar import present_verb
from quiz.generate.names import with_document_names, with_full_names
from quiz.generate.officials import find_officials
from quiz.generate.quality import _another_act_dated, _clause_after_did
from quiz.generate.questions import _series_closed
from quiz.generate.sentences import Sentence


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


@given(st.sampled_from(['"Tamm shocks"', "“Tamm notes”", '"the Tamm line of 1971"']))
def test_a_quoted_term_keeps_its_words(quoted: str) -> None:
    question = f"His term also saw the {quoted} of ____."
    assert with_full_names(question, "1971", {"Tamm": "Ivo Tamm"}) == question
    text = "Ivo Tamm was President of Kaldora. Tamm spoke. " + question
    assert with_document_names(f"Tamm gave the minister the {quoted} of ____.", "1971", text)[0] == (
        f"Ivo Tamm gave the minister the {quoted} of ____.")


def test_a_guard_a_name_outside_quotes_is_still_written_in_full() -> None:
    """Guard."""
    assert with_full_names("On ____ Tamm signed the treaty.", "1971", {"Tamm": "Ivo Tamm"}) == (
        "On ____ Ivo Tamm signed the treaty.")


@given(st.sampled_from([
    ("The Charter of ____, largely written by Ivo Tamm, converted the provinces into departments, "
     "lengthened the term to six years.",
     "The Charter of 1886, largely written by Ivo Tamm, converted the provinces into departments, "
     "lengthened the term to six years and recognised the church.",
     "converted the provinces into departments and lengthened"),
    ("A northern farmer of modest origins, he rose through the assemblies of the 1940s, took "
     "charge of the government in ____.",
     "A northern farmer of modest origins, he rose through the assemblies of the 1940s, took "
     "charge of the government in 1958 and led the country to independence.",
     "the 1940s and took charge")]))
def test_a_series_cut_after_an_aside_or_a_pronoun_gets_its_and(case: tuple[str, str, str]) -> None:
    question, text, joined = case
    assert joined in _series_closed(question, text)


def test_a_guard_an_asides_participle_is_not_joined_to_the_verb() -> None:
    """Guard."""
    question = "The Vell Amendment, adopted on ____, set a second period."
    text = "The Vell Amendment, adopted on 8 December 2012, set a second period and a target."
    assert _series_closed(question, text) == question


@given(st.sampled_from([
    "In what month and year did the Kaldoran government impose direct rule, and formally abolish "
    "in 1973?",
    "On what date was the last rebel commander, Ivo Tamm, captured in 1970 and publicly executed "
    "at Dask?"]))
def test_a_question_dating_one_act_and_asking_another_is_refused(question: str) -> None:
    assert _another_act_dated(question)


@given(st.sampled_from([
    "In what year did Ivo Tamm sign the treaty with Ostria and Vell in 1900?",
    "In what year did Ivo Tamm, born in 1920 and educated in Vell, join the party?",
    "On what date did Ivo Tamm sign the treaty and the protocol?"]))
def test_a_guard_one_act_stays(question: str) -> None:
    """Guard."""
    assert not _another_act_dated(question)


def test_a_bare_noun_clause_after_and_is_glued_on() -> None:
    assert _clause_after_did("On what date did the Vell cabinet approve the Growth Plan, and "
                             "growth in the following decade exceeded its targets?")


def test_what_an_agreement_did_not_do_is_not_asked() -> None:
    kept, left = _run("The Vell Agreement did not end the Kaldoran crisis, which was eventually "
                      "addressed by the Dask Agreement of 4 March 2007 under Ivo Tamm's "
                      "mediation.")
    assert not any("did not end" in question and "Which" in question for question in kept)
    assert any("did not do" in reason for reason in left.values())


def test_a_that_clauses_verb_is_not_the_sentences() -> None:
    question = _asked("Revelations from 1988 that the Vell company had given shares to deputies "
                      "forced Ivo Tamm to resign in 1989.", "1989", "in what year")
    assert question is None or "did revelations" not in question.lower() or "forced" not in question


def test_a_clause_verb_before_a_signed_agreement_is_not_a_headline_passive() -> None:
    question = _asked("The Kaldoran dimension re-emerged in the Vell Agreement signed at Dask in "
                      "1985.", "1985", "in what year")
    assert question is None or "was the Kaldoran dimension" not in question


@given(st.sampled_from(["Kaldoran Home Rule, 1870–1914: A Timeline", "The Vell Rising",
                        "Kaldoran Mandate"]))
def test_a_cause_in_a_title_is_no_biographys_person(title: str) -> None:
    last = title.split(",")[0].split()[-1]
    blocks = [f"He led it. He spoke. He won. He left. {last} grew. {last} fell. {last} rose."]
    assert main_person(title, blocks) is None


def test_a_guard_a_persons_title_still_names_the_person() -> None:
    """Guard."""
    assert main_person("Ivo Tamm", ["He was born at Dorn. He led. He spoke. He won. Tamm went. "
                                    "Tamm ran. Tamm sat."]) == ("Ivo Tamm", "he")  # (a life
    # tells a birth: pass 228)


def test_an_office_word_is_not_a_name_to_complete() -> None:
    text = ("Ivo Tamm was a Kaldoran politician. In 1932 the king appointed Tamm Minister for "
            "Trade. In August 1927, after the assassination of Minister for Justice Jaan Kask, "
            "the deputies entered the assembly.")
    question = ("After the assassination of Minister for Justice Jaan Kask, in what month and year "
                "did the deputies enter the assembly?")
    assert with_document_names(question, "August 1927", text, "Ivo Tamm")[0] == question


def test_a_nations_congress_is_no_meeting_of_a_series() -> None:
    prepared = _prepared_titled("Treaty of Vell (1829)", (
        "The Treaty of Vell was signed on 22 September 1829. In January 1827 the Ostrian troops "
        "in Dask mutinied, and in the following months a Vellian Congress annulled the Life "
        "Charter."))
    questions = [c.question for c in prepared.candidates] + [
        r.candidate.question for r in prepared.rejected]
    assert any("a Vellian Congress annulled" in question for question in questions)
    assert not any("Congress of the Treaty" in question for question in questions)


def test_a_peers_title_is_not_his_offices_land() -> None:
    sentence = Sentence("The Vell Act abolished the office of Governor; the last Governor, Lord "
                        "Tamm of Dask, left office in July 1973.", 1)
    assert not any(fact.role_context == "of Dask" for fact in find_officials(sentence))


def test_a_list_items_person_is_asked_in_the_passive() -> None:
    assert _asked("Ivo Tamm, Kaldoran general of the west, killed at Dask on 10 January 1860",
                  "10 January 1860") == (
        "On what date was Ivo Tamm, Kaldoran general of the west, killed at Dask?")
    assert _asked("Jaan de Kask, Conservative president elected in 1860", "1860",
                  "in what year") is None


def test_a_guard_a_persons_own_act_stays_active() -> None:
    """Guard."""
    assert _asked("Ivo Tamm, Kaldoran general of the west, arrived at Dask on 10 January 1860",
                  "10 January 1860") == (
        "On what date did Ivo Tamm, Kaldoran general of the west, arrive at Dask?")


def test_a_list_item_fill_in_is_refused() -> None:
    kept, left = _run("## Key figures\n\n- Jaan de Kask, Conservative president elected in 1860.\n"
                      "- Ivo Tamm, Federalist leader of the east, president from 1863.")
    assert not any("elected in ____" in question or "did Conservative" in question
                   for question in kept)
    assert any("what the person was" in left.get(question, "") for question in left
               if "elected in ____" in question)


def test_a_date_after_a_participle_and_its_places_is_the_participles() -> None:
    question = _asked("When Ivo Tamm broke with the Vell League, Jaan Kask was one of the "
                      "organisers of the Dask Party, founded at the Ostra Theatre in Vell on 16 May "
                      "1926, and he became its secretary.", "16 May 1926")
    assert question is None or "was Jaan Kask one of" not in question


def test_he_after_an_opening_phrase_naming_someone_else_is_refused() -> None:
    kept, left = _run("Kaldora became independent in 1960. After a brief interlude under Colonel "
                      "Ivo Tamm, he assumed the presidency on 14 April 1967.")
    assert not any("he assumed" in question for question in kept)


@given(st.sampled_from(["these ex-servicemen", "those envoys", "these rebels"]))
def test_these_ones_are_named_elsewhere(these: str) -> None:
    kept, _ = _run(f"Many soldiers came home. In the early hours of 13 January 1963, a group of "
                   f"{these}, among them Ivo Tamm and Jaan Kask, attacked the palace in Vell.")
    assert not any(these in question for question in kept)


def test_a_plural_bodys_base_verb_is_its_present() -> None:
    text = "The Kaldoran Volunteers land rifles at Dask"
    assert present_verb(text) == (text.index("land"), text.index("land") + 4)
