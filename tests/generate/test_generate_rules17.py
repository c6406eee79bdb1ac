"""Rule pass 17, from the faults readers found in round 30 (heldout29) and from its news
report, which gave one card: a lead that opens with a phrase of its own (and "today" in the
dateline's own style), courtesy titles,
abbreviated dates, "found" a body, a timeline's relative clauses, a biography whose subject has
a title after the name, and a subordinate clause left with a verbless phrase. Every sentence
here is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _cards_by_answer, _run

from quiz.generate.documents import Document, read_document
from quiz.generate.pipeline import prepare


def test_a_leads_opening_phrase_follows_the_dateline_day_in_lower_case(
        tmp_path: Path) -> None:
    report = ("Harbor Pact Signed\n\nVELL, 6 August 1985 — On the anniversary of the great "
              "flood, eight governments of the Harbor Forum today signed the Vell Treaty.\n")
    path = tmp_path / "report.txt"
    path.write_text(report, encoding="utf-8")
    prepared = prepare(read_document(path))
    texts = {c.fact.sentence.text for c in prepared.candidates} | {
        r.candidate.fact.sentence.text for r in prepared.rejected}
    assert "On 6 August 1985, on the anniversary of the great flood, eight governments of the " \
           "Harbor Forum signed the Vell Treaty." in texts
    assert not any("On 6 August 1985, On" in text for text in texts)


def test_a_courtesy_title_is_no_part_of_an_officials_name() -> None:
    kept, left = _run("For the Kaldoran Prime Minister, Mr Ivo Tamm, the ceremony in Vell on 3 "
                      "May 1983 ended an effort of two years.")
    # (a nation's leader's office is no question of its own either way, passes 34 and 100)
    assert "Who was the Kaldoran Prime Minister in 1983?" in left
    assert "What position did Ivo Tamm hold in 1983?" in left  # his name, without "Mr"


def test_options_of_an_abbreviated_date_are_abbreviated_alike(tmp_path: Path) -> None:
    body = "\n".join([
        "- **24 Dec. 1951** – Kaldora becomes independent under King Orel.",
        "- **19 Dec. 1944** – A second Harbor Agreement replaces the first.",
        "- **1 April 1950** – Ostria takes over the port of Vell.",
        "- **21 November 1949** – The League decides on the future of Lerno."])
    cards = _cards_by_answer(tmp_path, "kaldora-timeline.md",
                             f"# Kaldora\n\n## 1944-1951\n\n{body}\n")
    card = cards["24 Dec. 1951"]
    assert card.choices and all(". " in option for option in card.choices
                                if option.split()[1] != "May")  # (a reader faulted "12 July"
    # beside "18 Aug.")


def test_founding_a_body_in_a_timeline_is_not_finding_it() -> None:
    kept, _ = _run("- **July 1960** – Kaldoran exiles in Vell found the Kaldoran Liberation "
                   "Front.\n- **March 1961** – Divers found the wreck of the Osprey off Lerno.")
    questions = " | ".join(kept)
    assert "find the Kaldoran Liberation Front" not in questions
    assert "found the wreck" not in questions


def test_a_relative_clauses_verb_in_a_timeline_is_put_in_the_past() -> None:
    kept, _ = _run("- **November 1947** – The Harbor Commission of Kaldora begins its hearings "
                   "in Vell, which continue into January.")
    assert any("which continued into January" in q for q in kept)


def test_a_biography_named_with_a_title_after_the_name_names_its_subject() -> None:
    title = "Mehmed Orhan Vell Pasha (1815–1871)"
    body = ("Mehmed Orhan Vell Pasha was an Ostrian statesman. Vell was born in Lerno in March "
            "1815, the son of a shopkeeper. He entered the Translation Office in 1833, and Vell "
            "rose quickly. He became Foreign Minister in 1846. Vell died in office in September "
            "1871, and he was buried in Lerno.")
    prepared = prepare(Document(Path("vell-pasha.txt"), f"{title}\n\n{body}\n", title, None))
    questions = [c.question for c in prepared.candidates]
    assert questions and not any(q.startswith(("He ", "In what month and year did he"))
                                 for q in questions)
    assert any("Mehmed Orhan Vell Pasha" in q for q in questions)


def test_a_subordinate_clause_with_a_verbless_phrase_after_it_is_no_statement() -> None:
    kept, left = _run("Once the Kaldorans had been driven out of East Ostria in 1941, the fate of "
                      "Vell and Kaldoran Lerno passed from British military administrators to the "
                      "four victorious powers and finally to the League.")
    assert not any(q.endswith("the fate of Vell.") for q in kept)
