"""Rule pass 47, from round 57 (heldout55): a step of a process another sentence names, asked
without saying of what ("On what date did the first round open in Washington?", "Canada's
implementing act", "the implementing act"); the round of an election the question names is
left alone. Pass 48: a surname written in full across a particle ("Pomponne" -> "Simon Arnauld
de Pomponne"), but not where the name is also a title's place ("Francis, Duke of Guise": the
"Charles de Guise" of the same document is his brother). Every sentence here is invented. The
first and third tests fail on the code before; the others guard what must not change."""

from __future__ import annotations

from test_generate_quality import _run

_FACT_SHEET = """## Renegotiation

- The Vell-Kell Trade Agreement was signed in Harrow on 30 November 2018.
- The first round opened in Harrow on 16 August 2017.
- Kell's implementing act received Royal Assent on 13 March 2020.
- The Vellish House approved the implementing act by 385 votes to 41 on 19 December 2019.
"""


def test_a_step_of_a_process_asked_without_of_what_is_refused() -> None:
    kept, left = _run(_FACT_SHEET)
    assert not any("first round" in q or "implementing act" in q for q in kept), kept


def test_the_round_of_an_election_the_question_names_is_kept() -> None:
    kept, _ = _run("On 25 May 2014 Ivo Tamm won the Vellish presidential election in the first "
                   "round.")
    assert any("first round" in q for q in kept), kept


def test_a_surname_after_a_particle_is_written_in_full() -> None:
    body = ("Over the next four years his foreign secretary, Ivo Arnauld de Tammberg, "
            "dismantled the Kell League. Tammberg was dismissed in November 1679, "
            "and the Kell League was never renewed.")
    kept, left = _run(body)
    asked = [q for q in [*kept, *left] if "dismiss" in q and "1679" not in q]
    assert asked and all("Ivo Arnauld de Tammberg" in q for q in asked), asked


def test_a_name_that_is_also_a_titles_place_is_not_written_as_another_person() -> None:
    body = ("Francis, Duke of Lerno, led a Vellish army across the Alps in 1557, while his "
            "brother Karl de Lerno negotiated in Harrow. In January 1558 Lerno, recalled from "
            "Kell, restored Vellish fortunes by seizing Aster.")
    kept, left = _run(body)
    assert not any("Karl de Lerno, recalled" in q or "Karl de Lerno restore" in q
                   for q in [*kept, *left]), (kept, left)
