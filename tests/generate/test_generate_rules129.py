"""Rule pass 129, from rounds 205-212: a measure named after its minister is no one's life ("Badeni
Language Ordinances"); a biography's bare surname is its subject, not a relative the text names
once ("Juana Suico Osmeña"); "found" before a name closed by a place or a comma is the verb of
founding; "Anti-Armenian" mid-question is "anti-Armenian", a name's "Anti-Comintern Pact" is
not; ", and his appeal for calm ..." with no verb is cut at its comma or refused; "On ____ X had
presided" loses its "had"; "did around the time X take office" is refused; "Others stress"
needs the document; "was X accordingly re-elected" loses its "accordingly"; a relative known by
the given name ("his elder brother Mikhail") is not another man of that name. Every sentence
here is invented. Each test fails on the code before, except the guards named as such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_quality import _prepared_titled, _run

from quiz.generate.anaphora import unresolved
from quiz.generate.clauses import date_question
from quiz.generate.documents import main_person
from quiz.generate.names import with_document_names
from quiz.generate.trim import without_then


def test_a_measure_named_after_its_minister_is_no_life() -> None:
    blocks = ["The Tamm language ordinances were two decrees issued in 1897 by Ivo Tamm. "
              "Tamm was Governor of Dask. He resigned. Tamm fell. He died. Tamm left. He went."]
    assert main_person("Tamm Language Ordinances", blocks) is None


def test_a_guard_a_life_is_still_a_life() -> None:
    """Guard."""
    blocks = ["Ivo Tamm was Governor of Dask. He resigned. Tamm fell. He died. Tamm left. He "
              "went."]
    assert main_person("Ivo Tamm (1846-1909)", blocks) == ("Ivo Tamm", "he")


def test_a_biographys_bare_surname_is_its_subject_not_a_relative() -> None:
    prepared = _prepared_titled("Ivo Tamm (1878–1961)", (
        "Ivo Tamm was the first Speaker of the Vell Assembly, the partner of Jaan Kask, and from "
        "1944 President of Vell.\n\nTamm was born in Dask on 9 September 1878. He was raised by "
        "his mother, Juana Suico Tamm, and studied at the college in Dask.\n\nOn 12 March 1907 "
        "Tamm and Kask brought together several groups in the Unity Party. He later served as "
        "President. He died in 1961. He was a patient man.\n\nHis son Ivo Tamm Jr. became a "
        "senator and was the Unity candidate for President against Mart Saar in 1969."))
    questions = [c.question for c in prepared.candidates]
    assert "On what date was Ivo Tamm born in Dask?" in questions
    assert not any("Juana" in question for question in questions)


def _asked(text: str, date: str, wh: str = "on what date") -> str | None:
    at = text.index(date)
    return date_question(text, at, at + len(date), wh)


@given(st.sampled_from([
    ("25 December 1912 — Ivo Tamm, Jaan Kask and Mart Saar found the Vellische Partij, the first "
     "party to demand independence.", "found the Vellische Partij"),
    ("31 January 1926 — Traditionalist clerics led by Ivo Tamm found Nahdlatul Vell in Dask.",
     "found Nahdlatul Vell")]))
def test_found_before_a_name_is_founding(case: tuple[str, str]) -> None:
    text, expected = case
    question = _asked(text, text.split(" — ")[0])
    assert question is not None and expected in question


def test_a_guard_found_a_country_in_breach_is_finding() -> None:
    """Guard."""
    text = "24 September 2005 — The Board of Governors found Vell in breach of its agreement."
    question = _asked(text, "24 September 2005")
    assert question is not None and "find Vell" in question


def test_a_prefix_mid_question_is_lower_case_but_not_in_a_name() -> None:
    from quiz.generate.trim import with_prefixes_lowered  # (new in this pass)

    assert with_prefixes_lowered("On what dates did Anti-Vellish pogroms break out in Dask?") == (
        "On what dates did anti-Vellish pogroms break out in Dask?")
    for name in ("On what date did Vell adhere to the Anti-Comintern Pact?",
                 "On what date was the Treaty of Neutrality and Mutual Non-Aggression signed?",
                 "In what year did Vell join the Treaty on the Non-Proliferation of Arms?"):
        assert with_prefixes_lowered(name) == name


def test_an_owned_noun_phrase_after_comma_and_is_cut_away() -> None:
    kept, _ = _run("## 1988\n\n- **26 February 1988** — Ivo Tamm receives the writers Jaan Kask "
                   "and Mart Saar in Vell, and his appeal for calm to the peoples of Dask and "
                   "Ostria is broadcast.")
    assert kept and not any("his appeal" in question for question in kept), kept


def test_a_pluperfect_after_a_blanked_date_is_the_simple_past() -> None:
    from quiz.generate.trim import without_pluperfect  # (new in this pass)

    assert without_pluperfect("On ____ Ivo Tamm had presided in Dask over the founding of the "
                              "Vell Army.") == (
        "On ____ Ivo Tamm presided in Dask over the founding of the Vell Army.")
    # guards: an irregular participle, and a "by" that the pluperfect belongs to
    assert without_pluperfect("In ____ the army had taken Dask.") == (
        "In ____ the army had taken Dask.")
    assert without_pluperfect("By ____ the army had withdrawn.") == "By ____ the army had withdrawn."


def test_did_before_a_phrase_of_time_is_refused() -> None:
    from quiz.generate.quality import _DID_THEN_A_TIME  # (new in this pass)

    assert _DID_THEN_A_TIME.search("On what date did around the time Ivo Tamm take office?")
    assert not _DID_THEN_A_TIME.search("On what date did Ivo Tamm take office for the first "
                                       "time?")


def test_others_opening_needs_the_document() -> None:
    assert unresolved("Others stress that emancipation in Vell preceded the Dask Proclamation of "
                      "____ by two years.")


def test_accordingly_after_was_goes() -> None:
    assert without_then("In what year was Ivo Tamm accordingly re-elected?") == (
        "In what year was Ivo Tamm re-elected?")


def test_a_guard_and_then_stays() -> None:
    """Guard."""
    question = "In what year was the capital moved to Dask and then to Vell?"
    assert without_then(question) == question


def test_a_relative_known_by_the_given_name_is_not_completed() -> None:
    text = ("Prince Mikhail Kask was his grandfather. In 1884 Ivo Tamm married Olga, who had been "
            "engaged to his elder brother Mikhail before Mikhail was killed in a duel.")
    question, _ = with_document_names(
        "In ____ Ivo Tamm married Olga, who had been engaged to his elder brother Mikhail before "
        "Mikhail was killed in a duel.", "1884", text)
    assert "Mikhail Kask" not in question
