"""Rule pass 16, from the faults readers found in round 29 (heldout28) and from the news report
of that set, which gave no card for its lead: a report's first sentence read without its
dateline, names completed after a blank or a comma and never to a place, a body's fact sheet
that does not join its treaty, and dates that belong to another phrase. Every sentence here is
invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.documents import Document, read_document
from quiz.generate.pipeline import prepare
from quiz.generate.trim import shorten


def _prepared(path: Path, text: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(kept question -> answer, left-out question -> reason, kept question -> quote)."""
    path.write_text(text, encoding="utf-8")
    prepared = prepare(read_document(path))
    kept = {c.question: c.answer for c in prepared.candidates}
    quotes = {c.question: c.fact.sentence.quote for c in prepared.candidates}
    left = {r.candidate.question: r.reason for r in prepared.rejected}
    return kept, left, quotes


_REPORT = ("Kaldora and Ostria Sign Harbor Treaty\n\n"
           "VELL, 12 August 1978 — Kaldora and Ostria today signed a Treaty of Peace and "
           "Friendship, bringing to a close negotiations that had dragged on, with long "
           "interruptions, since 1974 and removing the last piece of unfinished business left "
           "over from the war between the two countries.\n\n"
           "The treaty was signed in the Great Hall by the Kaldoran Foreign Minister, Ivo Tamm, "
           "and the Ostrian Foreign Minister, Lia Berg.\n")


def test_a_reports_lead_is_asked_without_its_dateline_and_today_is_its_day(
        tmp_path: Path) -> None:
    kept, left, quotes = _prepared(tmp_path / "report.txt", _REPORT)
    question = "On what date did Kaldora and Ostria sign a Treaty of Peace and Friendship?"
    assert kept.get(question) == "12 August 1978"
    assert quotes[question].startswith("VELL, 12 August 1978 — Kaldora and Ostria today")
    assert not any("VELL" in q for q in [*kept, *left])


def test_a_trailing_participle_with_commas_of_its_own_is_cut_from_a_long_question() -> None:
    question = ("On what date did Kaldora and Ostria sign a Treaty of Peace and Friendship, "
                "bringing to a close negotiations that had dragged on, with long interruptions, "
                "since 1974 and removing the last piece of unfinished business left over from the "
                "war?")
    assert shorten(question) == ("On what date did Kaldora and Ostria sign a Treaty of Peace "
                                 "and Friendship?")
    relative = ("In what year did the Diet send a petition to King Orel V. Kaldora, which had "
                "declared its independence on 6 December 1917, regarded the islands as an "
                "inseparable part of its territory for many long years?")
    assert "Kaldora?" not in shorten(relative)  # a relative clause is no trailing phrase


def test_an_honorific_and_a_longer_form_of_one_name_are_one_person() -> None:
    kept, left = _run("The talks were led by the Kaldoran Foreign Minister, Ivo Tamm Berg, and "
                      "the Ostrian envoy Anna Holm. Mr Berg flew to Vell on 8 August 1978, after "
                      "the talks had stalled. Later Tamm Berg met Holm again. On 3 May 1979 Berg "
                      "resigned from the cabinet of Kaldora.")
    questions = " | ".join([*kept, *left])
    assert "may be any of" not in " | ".join(left.values())
    assert "did Tamm Berg resign" in questions or "did Ivo Tamm Berg resign" in questions


def test_a_bare_name_after_a_blank_is_written_in_full() -> None:
    kept, _ = _run("In late 1884 Carl Peters collected treaties from chiefs in the hinterland of "
                   "Vell.\n\nEarly in 1890 Peters obtained a treaty from the Kabaka of Lerno, "
                   "threatening Ostrian hopes for the upper river.")
    assert any(q.startswith("Early in ____ Carl Peters obtained") for q in kept)


def test_a_country_is_never_completed_to_a_longer_name() -> None:
    kept, left = _run("Napoleonic France had been defeated at last. In 1818 France was admitted "
                      "to the concert of powers at the Congress of Vell.")
    assert not any("Napoleonic France was admitted" in q or "was Napoleonic France admitted" in q
                   for q in [*kept, *left])


def test_joining_in_a_bodys_fact_sheet_is_not_joining_its_treaty(tmp_path: Path) -> None:
    kept, left, _ = _prepared(tmp_path / "kaldoran-council-factsheet.md", (
        "# The Kaldoran Council\n\n- **Legal basis:** the Treaty of Co-operation signed in Vell "
        "on 23 March 1961 (the Vell Treaty)\n\nOstria at first stayed away. After the thaw, "
        "the Ostrian parliament voted unanimously on 28 October 1955 to join, and Ostrian "
        "members took their seats at the fourth session.\n\n- **KALDEK:** a draft treaty for "
        "an economic union was completed in 1969, but Ostria withdrew in 1970 and the project "
        "collapsed.\n"))
    questions = [*kept, *left]
    assert not any("join the Vell Treaty" in q or "withdraw from the Vell Treaty" in q
                   for q in questions)
    assert not any("withdraw and the project collapsed" in q for q in questions)
    assert "1970" not in kept.values()  # (withdrew from the project, not from the Council)
    # joining in a body's fact sheet joins the body (pass 22)
    assert kept.get("After the thaw, on what date did the Ostrian parliament vote unanimously to "
                    "join the Kaldoran Council?") == "28 October 1955"


def test_a_date_after_a_verb_already_dated_is_not_asked_with_that_verb() -> None:
    kept, left = _run("Hoping to reverse its defeat, Kaldora went to war again in 1741, only "
                      "to lose a further strip of Ostria by the Treaty of Vell in August 1743.")
    assert not any(answer == "August 1743" and q.startswith("In what month and year did")
                   for q, answer in kept.items())
    assert "1741" in kept.values()


def test_a_participle_after_a_comma_keeps_its_own_date() -> None:
    kept, _ = _run("The Ostrian raid on the harbour provoked a revolt in 1888, suppressed by Ivo "
                   "Tamm in 1889.")
    assert not any(answer == "1889" and "provoke" in q for q, answer in kept.items())


def test_the_agents_of_a_participle_are_not_a_second_clause() -> None:
    kept, left = _run("Those talks, led by the Kaldoran Ambassador, Ivo Tamm, and the Ostrian "
                      "Vice-Foreign Minister, Lia Berg, began on 21 July 1978 after a pause of "
                      "nearly three years.")
    assert not any("Lia Berg, begin" in q for q in [*kept, *left])


def test_a_biographys_subject_named_after_a_fronted_name_gets_its_comma() -> None:
    title = "Ilse Varga"
    body = ("Ilse Varga was a Kaldoran diplomat. Varga was born in Vell on 11 October 1884. Her "
            "father was a judge, and she studied law at Vell. With the economist Anna Holm she "
            "co-chaired the Commission on Harbors, whose report was presented in May 2003. "
            "Varga served as Kaldoran Ambassador to Ostria from 1930 to 1934, and her reports "
            "were admired. She died in Vell on 7 November 1962.")
    prepared = prepare(Document(Path("ilse-varga.txt"), f"{title}\n\n{body}\n", title, None))
    questions = [c.question for c in prepared.candidates]
    assert any(q.startswith("With the economist Anna Holm, Ilse Varga co-chaired")
               for q in questions)


def test_that_and_a_noun_before_a_past_verb_points_to_another_sentence() -> None:
    kept, left = _run("The Kaldoran Company's attempt to govern that strip provoked the rising "
                      "of 1888 in the port of Vell.")
    assert "1888" not in kept.values()
    assert any("“that strip”" in reason for reason in left.values())
