"""Rule pass 45, from the faults readers found in rounds 56 and 57 (heldout54 and heldout55,
judged before any of these rules was written) and in the seeds (round 42): a second verb of a
timeline entry left in the present ("was elected President and takes office"); a "did" question
with a past verb ("did preparatory talks began"), a second past verb glued on by a comma ("did
Kekkonen dissolve Parliament, met Khrushchev") or no verb at all ("did Governor Amaral, who had
stopped paying the rent?"); "already" kept from the document's "had already signed"; an Arabic
article capitalised mid-question ("Al-Hamdi" where the document writes "al-Hamdi"); a year
offered for "Baku's ____ military offensive" that the documents give for another war of the same
parties. Pass 46, from the same rounds: a fill-in cut inside a list ("formed in ____ by England,
the Dutch Republic."); "and" left before an opening phrase when a clause after "; and" is cut
out ("And although Turenne was killed ..."). Every sentence here is invented. Each test fails on
the code before."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _cards_by_answer, _prepared_titled, _run

from quiz.generate.tense import entry_in_the_past


def test_a_second_verb_of_an_entry_goes_into_the_past_with_the_first() -> None:
    assert entry_in_the_past("Ivo Tamm, former Finance Minister of Vell, is elected President and "
                             "takes office on 1 September.") == (
        "Ivo Tamm, former Finance Minister of Vell, was elected President and took office on "
        "1 September.")
    # (not a plural noun: "treaties and protocols with Kell")
    assert entry_in_the_past("Ostria signs treaties and protocols with Kell.") == (
        "Ostria signed treaties and protocols with Kell.")


def test_a_did_question_with_a_past_verb_is_refused() -> None:
    title = "Ivo Tamm (1900–1986)"
    body = ("Ivo Tamm was born in 1900. Tamm became President in 1956, and he served until "
            "1982. Preparatory talks between Vell and Kell began at Harrow, outside Kellburg, in "
            "November 1972, the foreign ministers met in Kellburg in July 1973, and on 1 August "
            "1975 Tamm presided as host when the leaders of thirty-five states signed the "
            "Kellburg Final Act in Lerno Hall. Tamm died in 1986, and he was buried in Kellburg.")
    prepared = _prepared_titled(title, body)
    assert not any("Kell began" in c.question for c in prepared.candidates)
    reasons = [r.reason for r in prepared.rejected if "Kell began at" in
               r.candidate.question]
    assert reasons and "ungrammatical" in reasons[0], reasons


def test_a_second_past_verb_glued_on_by_a_comma_is_refused() -> None:
    kept, _ = _run("On 24 November 1961 Ivo Tamm dissolved Parliament, met Karl Benn at Harrow, "
                   "and returned home with the crisis over.")
    assert not any("dissolve Parliament, met" in q for q in kept), kept


def test_a_did_question_without_its_verb_is_refused() -> None:
    kept, _ = _run("## Early history\n\n- **22 August 1849** – Governor Ivo Maria Ferreira do "
                   "Tamm, who had stopped paying the rent and expelled Kellish customs officials, "
                   "is ambushed and killed outside the city.\n")
    assert not any(q.rstrip("?").endswith(("Tamm", "rent")) for q in kept), kept


def test_already_from_had_already_is_left_out_of_a_did_question() -> None:
    kept, _ = _run("## 1992\n\n- **1 October**: Vell and Kell had already signed a border "
                   "agreement in Harrow, ending a long dispute over the frontier.\n")
    asked = [q for q in kept if "border agreement" in q]
    assert asked and not any("already" in q for q in asked), kept


def test_an_arabic_article_keeps_the_documents_case_mid_question() -> None:
    kept, _ = _run("## 1977\n\n- **13 June 1974**: Colonel Ivo al-Tamm ousts the president in a "
                   "bloodless coup.\n- **11 October 1977**: Al-Tamm is assassinated in Harrow, "
                   "days before a planned visit to Kellburg.\n")
    asked = [q for q in kept if "assassinated" in q]
    assert asked and all("al-Tamm" in q and "Al-Tamm" not in q for q in asked), asked


def test_a_year_of_another_war_of_the_same_parties_is_no_option_for_an_offensive(
        tmp_path: Path) -> None:
    text = ("Vell and Kell\n\nFollowing the 2020 Vell-Kell war, Kell had not fulfilled its "
            "obligations. Previous ceasefires repeatedly broke down, and Vell accused Kell of "
            "ethnic cleansing in Harrow after Kellburg's 2023 military offensive. Vell signed "
            "the Harrow Charter in 2017. Kell joined the Brisa Council in 2018. The Lerno "
            "summit met in 2022. Kell opened an embassy in Vell in 2016.\n")
    cards = _cards_by_answer(tmp_path, "vell.txt", text)
    offensive = cards["2023"]
    assert offensive.choices and "2020" not in offensive.choices, offensive.choices


_WARS = ("In the War of Kells French armies overran much of Vell, but the Triple League formed in "
         "January 1668 by Ostria, the Kellish Republic and Brisa pressed Louis into the Treaty "
         "of Harrow of 2 May 1668, under which he kept only a string of towns including Lerno, "
         "Aster, Kell, Vell, Brisa and Harrow. The Franche-Kell, a Vellish possession, was "
         "conquered in 1674; Ivo Tamm fought Karl Benn to a draw at Seneffe in August 1674; and "
         "although Marshal Ana Ros was killed at Sasbach on 27 July 1675, the French army took "
         "Kell, Vell and Aster in 1677 and defeated Karl Benn at Cassel on 11 April of that "
         "year.")


def test_a_fill_in_cut_inside_a_list_is_refused() -> None:
    kept, _ = _run(_WARS)
    assert not any(q.endswith("the Kellish Republic.") for q in kept), kept


def test_and_before_an_opening_phrase_is_left_out_of_a_cut_clause() -> None:
    kept, _ = _run(_WARS)
    asked = [q for q in kept if "Sasbach" in q]
    assert asked and all(q.startswith("Although") for q in asked), asked
