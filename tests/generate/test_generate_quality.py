"""A card a teacher would keep: each fault class of the rubric, on sentences written for the test.

Every test builds a small document, runs the generator's first pass (facts, candidates, ranking)
and looks at what was kept and what was left out with which reason.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck.loader import load_deck
from quiz.deck.model import Card
from quiz.generate.dates import find_dates
from quiz.generate.documents import Document
from quiz.generate.facts import DATE, Fact
from quiz.generate.pipeline import _Prepared, generate_decks, prepare
from quiz.generate.quality import faults
from quiz.generate.questions import BLANK, Candidate
from quiz.generate.sentences import Sentence
from quiz.generate.trim import shorten


def _run(body: str, dated: bool = False) -> tuple[dict[str, str], dict[str, str]]:
    """(kept question -> answer, left-out question -> reason) for a document of `body`."""
    date = find_dates("May 10, 2024")[0] if dated else None
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document", date)
    prepared = prepare(doc)
    kept = {c.question: c.answer for c in prepared.candidates}
    left = {r.candidate.question: r.reason for r in prepared.rejected}
    return kept, left


def _date_card(question: str, sentence: str, answer: str, form: str = "cloze") -> Candidate:
    """A card of `form` asking the date `answer` of the one-sentence `sentence`, for the quality
    checks to read."""
    at = sentence.index(answer)
    fact = Fact(DATE, answer, at, at + len(answer), Sentence(sentence, 1))
    return Candidate(fact, form, question, answer)


def _date_card_faults(sentence: str, question: str, answer: str) -> list[str]:
    """faults() of a date card asking `answer` of `sentence`: a fill-in when the question has
    a blank, else a question."""
    return faults(_date_card(question, sentence, answer,
                             "cloze" if BLANK in question else "forward"))


def _prepared_titled(title: str, body: str) -> _Prepared:
    """The document `title` over `body` prepared (a title a biography's subject is read from)."""
    return prepare(Document(Path("t.txt"), f"{title}\n\n{body}\n", title))


def _cards_by_answer(folder: Path, name: str, text: str) -> dict[str, Card]:
    """The cards `quiz generate` writes for a document `name` of `text` (in `folder`), by
    answer: with their wrong options, as a student sees them."""
    source = folder / name
    source.write_text(text, encoding="utf-8")
    [result] = generate_decks([source], folder / "out").results
    assert result.path is not None
    return {card.answer: card for card in load_deck(result.path).cards}


def _offered(kept: dict[str, str], left: dict[str, str], body: str) -> set[str]:
    """Answers kept, or left out only as a sibling of a kept card (a fine card either way)."""
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document")
    siblings = {r.candidate.answer for r in prepare(doc).rejected if r.reason.startswith("sibling")}
    return set(kept.values()) | siblings


def _reasons(left: dict[str, str]) -> str:
    return " | ".join(left.values())


def test_a_table_row_is_never_restated_as_a_question() -> None:
    kept, left = _run("| Leader | Date |\n|---|---|\n| President Reyes | April 2-5, 2009 |\n"
                      "| Prime Minister Lind | 7 June 2016 |")
    assert kept == {} and left == {}  # its dates are facts for wrong options, never a question


def test_a_long_question_loses_its_trailing_phrases_or_is_dropped() -> None:
    question = ("On what date did Kaldoran Prime Minister Ivo Tamm and Vesterian President Lia "
                "Berg sign the Harbor Accord in a ceremony in Port Aster, ending the long quarrel "
                "over the fishing grounds between the two fleets?")
    assert shorten(question) == ("On what date did Kaldoran Prime Minister Ivo Tamm and Vesterian "
                                 "President Lia Berg sign the Harbor Accord in a ceremony in Port "
                                 "Aster?")
    kept, left = _run("The committee of the Kaldoran parliament that oversees the northern "
                      "fisheries and the harbour works, which met every month in the old customs "
                      "house by the river, first approved the plan in 1998 after a very long and "
                      "bitter debate about quotas.")
    assert all(len(q.split()) <= 30 for q in kept)
    assert "too_long" in _reasons(left)


def test_a_year_that_only_labels_a_report_or_a_letter_is_not_asked() -> None:
    kept, left = _run("According to the 2012 Harbor Survey Report, most Kaldorans favour the "
                      "accord. In her 1998 letter to the Kaldoran Senate, Ana Vidal asked for "
                      "more ferries.")
    assert not any(a in {"2012", "1998"} for a in kept.values())
    assert "only labels" in _reasons(left)


def test_one_end_of_a_range_is_never_the_blank() -> None:
    kept, _ = _run("Press releases of the Kaldoran Foreign Ministry between 2011 and 2016 "
                   "criticised the Vesterian fishing fleet.")
    assert not any(a in {"2011", "2016"} for a in kept.values())


def test_a_generic_agreement_is_not_an_answer_but_a_described_one_is() -> None:
    kept, left = _run("On 3 March 2008, Kaldora signed a peace agreement with Vesteria in Port "
                      "Aster.\n\nIn 2022, Estonia, Latvia and Lithuania signed a joint energy "
                      "memorandum in Riga.")
    assert "peace agreement" not in kept.values()
    assert "generic description" in _reasons(left)
    memorandum = "In 2022, what memorandum did Estonia, Latvia and Lithuania sign in Riga?"
    assert memorandum in kept or "generic" not in left[memorandum]  # a sibling at most


def test_an_office_without_its_country_or_a_famous_office_is_not_asked() -> None:
    body = ("In 2011, Finance Minister Jon Berra cut the tariff on salt.\n\n"
            "US President Barack Obama met the Kaldoran delegation in Washington in "
            "2016.\n\nIn 2012, Jon Ots, the Kaldoran Finance Minister, raised the tariff "
            "on coal.\n\nKaldoran Foreign Minister Ivo Tamm opened the new port.")
    kept, left = _run(body)
    answers = _offered(kept, left, body)
    assert "Finance Minister" not in answers and "US President" not in answers
    assert "Kaldoran Finance Minister" in answers
    assert "office is incomplete" in _reasons(left)
    # (the US President's office asked either way is a nation's leader's, pass 100)
    assert left.get("Who was the US President in 2016?", "").startswith("trivial")
    # Without a year, a minister may be asked about another office he held: no card.
    assert "Kaldoran Foreign Minister" not in answers and "no year" in _reasons(left)


def test_a_referent_the_question_does_not_name_makes_it_vague() -> None:
    kept, left = _run("In 1994, the bloody war ended with a ceasefire in Port Aster.\n\n"
                      "In 1996, the two parliaments ratified the Treaty of Friendship.\n\n"
                      "On 7 April 1953, the General Assembly of the Kaldoran League appointed "
                      "him.")
    assert kept == {}
    reasons = _reasons(left)
    assert "“the bloody war”" in reasons and "“the two parliaments”" in reasons
    assert "pronoun" in reasons


def test_fact_sheet_labels_become_questions_never_label_clozes() -> None:
    kept, left = _run("- Entered into force: 23 June 1961.\n"
                      "- Convention for the Conservation of Harbor Seals: signed in Port Aster on "
                      "1 June 1972; in force since 1978.\n"
                      "- Accession protocols for Kaldora and Vesteria: signed in Brussels on 5 "
                      "July 2022.")
    assert kept["On what date was the Convention for the Conservation of Harbor Seals signed in "
                "Port Aster?"] == "1 June 1972"
    assert kept["On what date were the Accession protocols for Kaldora and Vesteria signed in "
                "Brussels?"] == "5 July 2022"
    assert "23 June 1961" not in kept.values()
    assert "fact-sheet line" in _reasons(left) or "not a statement" in _reasons(left)


def test_timeline_entries_are_dated_by_their_year_heading() -> None:
    kept, _ = _run("## 1961\n\n- 15 December: Ministers of Kaldora and Vesteria signed the "
                   "Lighthouse Convention in Bergen.\n\n## 1963\n\n10 October — The Partial "
                   "Harbor Treaty enters into force.\n")
    assert kept["On what date in 1961 did ministers of Kaldora and Vesteria sign the Lighthouse "
                "Convention in Bergen?"] == "15 December"
    assert kept["On what date in 1963 did the Partial Harbor Treaty enter into force?"] == (
        "10 October")


def test_a_present_tense_timeline_asks_one_act_in_the_past() -> None:
    kept, _ = _run("## 1962\n\n- 18 October: Foreign Minister Ivo Tamm of Kaldora meets the "
                   "Vesterian council and assures it that the fleet is defensive.\n")
    assert ("On what date in 1962 did Foreign Minister Ivo Tamm of Kaldora meet the Vesterian "
            "council?") in kept


def test_a_weekday_before_a_full_date_is_no_relative_date() -> None:
    kept, _ = _run("On Monday, Dec. 16, 2002, the Kaldoran parliament adopted the Bergen "
                   "Protocol on lighthouses.")
    assert kept.get("On what date did the Kaldoran parliament adopt the Bergen Protocol on "
                    "lighthouses?") == "Dec. 16, 2002"


def test_a_date_in_a_fronted_phrase_dates_the_main_clause() -> None:
    kept, _ = _run("Visiting the fisheries school at Port Aster University in September 2009, "
                   "Kaldoran Foreign Minister Ivo Tamm outlined three aims.\n\n"
                   "Earlier, during a hearing on November 15, 2023, before the Fisheries "
                   "Committee, Lia Berg questioned the quotas of Vesteria.")
    assert kept["In what month and year did Kaldoran Foreign Minister Ivo Tamm visit the "
                "fisheries school at Port Aster University?"] == "September 2009"
    assert kept["On what date did Lia Berg question the quotas of Vesteria?"] == (
        "November 15, 2023")


def test_a_date_in_a_relative_aside_is_not_asked_as_the_main_clause() -> None:
    kept, _ = _run("Ostria, which acceded in June 1961, was the first state to join the "
                   "Lighthouse Convention after the founders.")
    assert not any(q.startswith("In what month and year did Ostria") for q in kept)


def test_an_elliptic_clause_gets_its_subject_back_in_a_fill_in() -> None:
    kept, _ = _run("Kaldora has signed a bilateral trade agreement with Vesteria, granting it "
                   "the status of a most favoured partner, in 1995; and a bilateral investment "
                   "treaty with Ostria, naming it a partner under the Harbor Preference Program, "
                   "in 2008.")
    # "has signed ... in 2008" is also put right: the present perfect takes no definite time.
    assert any(q.startswith("Kaldora signed a bilateral investment treaty with Ostria") or
               q.startswith("Kaldora signed a ____ with Ostria") for q in kept)


def test_the_date_of_a_remark_is_not_asked() -> None:
    kept, left = _run("On January 21, 2022, Harbor News reported that the Kaldoran court had "
                      "fined the fleet.")
    assert "January 21, 2022" not in kept.values()
    assert "said or reported" in _reasons(left)


def test_the_whole_office_is_the_answer() -> None:
    body = ("In 1961, Norwegian Transport Minister Kari Holm proposed a register of lights.\n\n"
            "In 1962, Soviet Foreign Minister Andrei Gromyko met the Kaldoran envoy.")
    kept, left = _run(body)
    answers = _offered(kept, left, body)
    assert {"Norwegian Transport Minister", "Soviet Foreign Minister"} <= answers


def test_one_card_per_fact_and_no_sibling_that_gives_another_away() -> None:
    kept, left = _run("On 3 March 2008, Kaldoran President Tomas Reyes signed the Harbor Accord "
                      "in Port Aster.\n\nKaldoran President Tomas Reyes opened the ferry line in "
                      "May 2010.")
    # One date card per sentence; the office is given away by both, so it is not asked.
    assert len(kept) == 2 and set(kept.values()) == {"3 March 2008", "May 2010"}
    assert "sibling" in _reasons(left)


def test_the_same_fact_is_asked_once_across_the_documents_of_a_run(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "Kaldora and Vesteria established diplomatic relations on February 14, 1994.\n"
    (docs / "a.txt").write_text("Relations\n\n" + text, encoding="utf-8")
    (docs / "b.txt").write_text("Friendship\n\n" + text + "Ivo Tamm became the Kaldoran "
                                "Ambassador to Vesteria in 1996.\n", encoding="utf-8")
    report = generate_decks([docs], tmp_path / "out", keep_rejected=True)
    assert [r.cards for r in report.results] == [1, 1]
    assert any("the same fact is asked in a.yaml" in r.reason for _, r in report.rejected)


def test_rejected_candidates_are_written_with_their_reasons(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Relations\n\nIn 1994, the bloody war ended with a ceasefire.\n"
                                "On 3 March 2008, Kaldora signed the Harbor Accord in Port Aster.\n",
                                encoding="utf-8")
    out = tmp_path / "left-out.yaml"
    result = CliRunner().invoke(cli, ["generate", str(docs), "--out", str(tmp_path / "decks"),
                                      "--rejected", str(out)], obj={}, catch_exceptions=False)
    assert result.exit_code == 0 and f"in {out}" in result.stdout
    entries = yaml.safe_load(out.read_text(encoding="utf-8"))
    war = next(e for e in entries if "bloody war" in e["question"])
    assert "vague" in war["reason"] and war["answer"] == "1994"
    assert war["source"] == {"file": str(docs / "a.txt"), "line": 3,
                             "quote": "In 1994, the bloody war ended with a ceasefire."}


def test_a_bare_surname_gets_the_full_name_the_document_gives() -> None:
    kept, _ = _run("Lia Berg, the Kaldoran Ambassador to Vesteria, arrived in Port Aster.\n\n"
                   "On 3 March 2008, Berg signed the Harbor Accord in Port Aster.")
    assert "On what date did Lia Berg sign the Harbor Accord in Port Aster?" in kept


def test_a_question_whose_object_is_in_another_sentence_is_dropped() -> None:
    kept, left = _run("On 23 January 2024, the Kaldoran parliament approved its protocol.\n\n"
                      "On 26 February 2024, the Vesterian National Assembly followed.\n\n"
                      "On 1 October 2024, Ivo Tamm, former Prime Minister of Kaldora, became "
                      "Secretary General.")
    assert not any(a[0].isdigit() for a in kept.values())  # no date card left
    assert _reasons(left).count("another sentence") >= 2


def test_slips_a_teacher_would_correct_are_corrected() -> None:
    kept, _ = _run("## 1962\n\n- 28 October: Radio Harbor broadcasts Tamm's promise that the "
                   "ships will be withdrawn.\n\nOn 25 December 1991, Soviet Union ceased to "
                   "exist after 69 years.\n\nKaldora was actively involved in the Harbor Accord "
                   "talks since 1992.")
    assert ("On what date in 1962 did Radio Harbor broadcast Tamm's promise that the ships would "
            "be withdrawn?") in kept
    assert "On what date did the Soviet Union cease to exist after 69 years?" in kept
    assert "Kaldora has been actively involved in the Harbor Accord talks since ____." in kept


def test_timeline_passives_and_plain_subjects_are_asked_in_the_past() -> None:
    kept, _ = _run("## 1990\n\n- 12 April: Ivo Tamm is elected Prime Minister of Kaldora by the "
                   "Senate.\n- 3 May: Harbor production ends in northern Kaldora.")
    assert "On what date in 1990 was Ivo Tamm elected Prime Minister of Kaldora by the Senate?" in kept
    assert "On what date in 1990 did Harbor production end in northern Kaldora?" in kept


def test_a_date_that_belongs_to_a_phrase_is_not_asked_of_the_verb() -> None:
    kept, _ = _run("In 2023 the Kaldoran ministry declined a proposal for a meeting with "
                   "Vesteria in Port Aster on November 20.\n\nA Protocol signed on 3 August "
                   "1981 created the Harbor Observers.")
    assert not any(q.startswith("On what date") and "decline" in q for q in kept)
    assert not any("did a Protocol sign" in q for q in kept)


def test_a_planned_date_is_not_asked_as_done_in_a_dated_document() -> None:
    kept, _ = _run("Kaldora will phase out coal power in 2030, the ministry said.", dated=True)
    assert not any(" did " in q for q in kept)


def test_which_war_or_what_was_signed_must_be_said() -> None:
    kept, left = _run("Shortly after the 2020 war, the Kaldoran government opened talks with "
                      "Vesteria.\n\nOstria, which had signed in 1967, ratified the Harbor Treaty "
                      "in 1969.")
    assert "2020" not in kept.values() and "1967" not in kept.values()
    assert "the blank is all that says" in _reasons(left) and "another sentence" in _reasons(left)


def test_an_envoy_says_where_or_for_what() -> None:
    kept, left = _run("In 2025, Kaldora’s special envoy Ivo Tamm visited Port Aster.\n\n"
                      "In 2024, Lia Berg, the Kaldoran Special Envoy to Vesteria, met the Senate.")
    assert "Kaldoran Special Envoy to Vesteria" in _offered(kept, left, "In 2024, Lia Berg, the "
                                                            "Kaldoran Special Envoy to Vesteria, "
                                                            "met the Senate.")
    assert "Kaldora’s special envoy" not in kept.values()


def test_a_second_verb_and_a_capitalised_common_noun_follow_the_question() -> None:
    kept, _ = _run("In 1949 Ivo Tamm entered the Kaldoran Senate for Port Aster and sat there until "
                   "1957.\n\nIn June 1974, Chemists Lia Berg and Jon Ots published a paper on the "
                   "harbour.")
    assert ("In what year did Ivo Tamm enter the Kaldoran Senate for Port Aster and sit there "
            "until 1957?") in kept
    assert ("In what month and year did chemists Lia Berg and Jon Ots publish a paper on the "
            "harbour?") in kept


def test_an_aside_that_makes_a_question_vague_is_cut_instead() -> None:
    kept, _ = _run("The Kaldoran Senate adopted Resolution 2417 in 2018, which called on both "
                   "sides to avoid clashes at sea.")
    assert "What resolution did the Kaldoran Senate adopt in 2018?" in kept or (
        "In what year did the Kaldoran Senate adopt Resolution 2417?" in kept)


def test_agreement_answers_are_names_not_pointers_or_halves() -> None:
    kept, left = _run("In 1970 the Bundestag approved the Moscow and Warsaw treaties after a long "
                      "debate.\n\nThat treaty returned Kaldora to its borders of 1792 in 1814.\n\n"
                      "The Final Act was signed on 9 June 1815 in Vienna by the great powers.")
    assert not {"Warsaw treaties", "That treaty", "Final Act"} & set(kept.values())


def test_the_addressee_of_a_letter_is_not_asked_about() -> None:
    body = ("In her 1998 letter to the Senate Harbor Committee chairman, Ivo Tamm, Kaldoran "
            "Foreign Minister Lia Berg asked for ferries.")
    kept, left = _run(body)
    assert "Senate Harbor Committee chairman" not in _offered(kept, left, body)


def test_a_possessive_name_is_never_the_blank_after_the() -> None:
    kept, _ = _run("In 1994, Kaldora joined the NATO's Partnership for Peace program and the "
                   "missions in Kosovo.")
    assert not any("the ____" in q for q in kept)


def test_the_year_of_an_event_already_dated_by_another_card_is_not_asked_again() -> None:
    kept, left = _run("On November 10, 2020, the Harbor war ended with the signing of a "
                      "statement in Port Aster.\n\nAfter the 2020 Harbor war, Kaldora rebuilt "
                      "the port of Lerno in three years.")
    assert "2020" not in kept.values()
    assert "the year of this event" in _reasons(left)


def test_a_fact_sheet_line_near_the_top_is_not_the_documents_date() -> None:
    from quiz.generate.documents import document_date

    assert document_date("# The Harbor League\n\nSigned: 4 April 1949, Port Aster\n") is None
    assert document_date("Harbor news\n\nPublished: 4 April 2024\n").year == 2024


def test_more_timeline_and_fact_sheet_shapes() -> None:
    kept, left = _run("## 1947\n\n- 24 March: Lord Tamm is sworn in as Viceroy of Kaldora.\n"
                      "- 16 August: The boundary awards for Lerno and Aster are made public.\n"
                      "- 20 February: Kaldora announces the transfer of power, and Ivo Berg "
                      "becomes the Prime Minister.\n\n"
                      "- Harbor Parliament — inaugurated in Port Aster in March 2004.\n"
                      "- Trading under the Harbor Accord began on 1 January 2021 in Lerno.\n\n"
                      "On 11 December 1946 the Kaldoran assembly elected its president in Lerno.")
    assert kept["On what date in 1947 was Lord Tamm sworn in as Viceroy of Kaldora?"] == "24 March"
    assert kept["On what date in 1947 were the boundary awards for Lerno and Aster made public?"
                ] == "16 August"
    assert kept["On what date in 1947 did Kaldora announce the transfer of power?"] == (
        "20 February")
    assert kept["In what month and year was the Harbor Parliament inaugurated in Port Aster?"] == (
        "March 2004")
    assert "On what date did trading under the Harbor Accord begin in Lerno?" in kept
    assert not any("its president" in q for q in kept)


def test_the_treaty_a_document_is_about_is_named_in_its_questions() -> None:
    kept, _ = _run("The Treaty of Lerno ended the Harbor War. The Treaty of Lerno was signed by "
                   "Kaldora and Vesteria.\n\nThe Kaldoran Senate rejected the treaty on 19 "
                   "November 1919 after a long debate.")
    assert ("On what date did the Kaldoran Senate reject the Treaty of Lerno after a long "
            "debate?") in kept
    # With two treaties named as often, "the treaty" cannot be told: the card is dropped.
    kept, _ = _run("The Treaty of Lerno and the Treaty of Aster were signed in Port Aster.\n\n"
                   "The Kaldoran Senate rejected the treaty on 19 November 1919.")
    assert not any("19 November 1919" == a for a in kept.values())


def test_the_rejected_file_is_never_an_input_or_empty(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    doc = docs / "a.txt"
    doc.write_text("Relations\n\nOn 3 March 2008, Kaldora signed the Harbor Accord.\n",
                   encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["generate", str(docs), "--out", str(tmp_path / "d"),
                                 "--rejected", str(doc)], obj={})
    assert result.exit_code == 1 and "is an input of this command" in result.output
    assert doc.read_text(encoding="utf-8").startswith("Relations")
    result = runner.invoke(cli, ["generate", str(docs), "--rejected", ""], obj={})
    assert result.exit_code == 2


def test_having_a_participle_common_plural_nouns_and_a_consent_to_nothing() -> None:
    kept, left = _run("On 10 July 1991, Ostria, having dismantled its arsenal, joined the Harbor "
                      "Treaty in Lerno.\n\nIn 1924 Reparations were rescheduled under the Lerno "
                      "Plan in London.\n\nOn 19 March 1920 the Kaldoran Senate refused to give its "
                      "consent in Lerno.")
    assert ("On what date did Ostria, having dismantled its arsenal, join the Harbor Treaty in "
            "Lerno?") in kept
    assert "In what year were reparations rescheduled under the Lerno Plan in London?" in kept
    assert "19 March 1920" not in kept.values()


def test_a_verb_without_its_object_or_a_pronoun_after_sent_leans_on_another_sentence() -> None:
    kept, _ = _run("In November 1997, Ostria ratified.\n\nIn 1948 Prime Minister Ivo Tamm sent "
                   "her to Lerno as Kaldora's first minister.\n\nIn 1948 each recipient signed a "
                   "bilateral agreement with Kaldora.\n\nThe Kaldoran Senate approved the measure "
                   "on 14 March 1948 by 69 votes.")
    assert kept == {}


def test_more_glued_clauses_and_an_it_that_points_elsewhere() -> None:
    kept, _ = _run("On 14 December 1967, Ivo Tamm announced his retirement and was succeeded by "
                   "Lia Berg in Lerno.\n\nOn 19 November 1919 the Kaldoran Senate voted it down in "
                   "Lerno.\n\nOn 26 July 2023 Ostria, for example, was suspended after a coup in "
                   "Lerno.")
    # The second predicate ("and was succeeded ...") is cut off; the rest is dropped.
    assert kept == {"On what date did Ivo Tamm announce his retirement?": "14 December 1967"}


def test_a_treaty_verb_without_its_treaty_gets_the_documents_treaty() -> None:
    kept, _ = _run("The Treaty of Lerno was signed in 1968. The Treaty of Lerno entered into force "
                   "in 1970.\n\nNorth Korea acceded on 12 December 1985 in Lerno.\n\nIn November "
                   "1997, Ostria ratified, after a long debate.")
    assert kept["On what date did North Korea accede to the Treaty of Lerno in Lerno?"] == (
        "12 December 1985")
    assert kept["In what month and year did Ostria ratify the Treaty of Lerno, after a long "
                "debate?"] == "November 1997"


def test_a_list_of_other_parties_glued_to_the_question_is_refused() -> None:
    kept, _ = _run("On 9 July 1993 Ostria acceded, Kaldora on 14 February 1994 and Vesteria on 5 "
                   "December 1994.\n\nIn 1992 Ostria and Kaldora acceded, on 3 August and 9 March "
                   "respectively.")
    assert not any(q.startswith(("On what date", "In what year")) for q in kept)


def test_a_timeline_verb_right_after_the_subject_is_the_one_asked() -> None:
    kept, _ = _run("## 1991\n\n- 25 December: Tamm resigns as President in a televised address.\n"
                   "- 21 December: Eleven republics sign the Lerno Declaration in Lerno.\n")
    assert "On what date in 1991 did Tamm resign as President in a televised address?" in kept
    # with its plural noun and its verb kept, the number reads as a common word mid-question
    assert not any("Eleven republic " in q or "did Eleven" in q for q in kept)
    assert not any("did eleven" in q and "did eleven republics sign" not in q for q in kept)


def test_a_subordinate_clause_opening_the_sentence_is_not_the_question() -> None:
    kept, _ = _run("On 3 May 1961, a few weeks after Ivo Tamm took office, Lia Berg was appointed "
                   "Kaldoran Foreign Minister in Lerno.\n\nAfter Ostria announced its withdrawal "
                   "in April 1970, the Kaldoran Senate debated the Harbor Treaty for months.")
    assert "On what date was Lia Berg appointed Kaldoran Foreign Minister in Lerno?" in kept
    assert not any("took office" in q or "take office" in q for q in kept if "____" not in q)
    assert not any(q.startswith("In what month and year did the Kaldoran Senate") for q in kept)


def test_a_date_of_a_participle_describing_a_noun_is_not_the_clauses_date() -> None:
    kept, _ = _run("While the Kaldoran Senate debated a long-term plan, grain reached Ostria under "
                   "the Lerno Aid Act signed on 17 December 1947.\n\nDelegates worked from a "
                   "draft charter prepared in 1994 by the Kaldoran Law Commission.")
    assert not any(q.startswith(("On what date did", "In what year did")) for q in kept)


def test_a_timeline_verb_after_that_or_an_apposition_is_found() -> None:
    kept, _ = _run("## 1955\n\n- 23 April: Tamm declares that Kaldora is ready to negotiate with "
                   "Ostria.\n- 11 April: The Aster Star, a Vesterian airliner chartered for the "
                   "Kaldoran delegation, explodes in flight and crashes into the sea.\n- 1 "
                   "December: More than 90 per cent of Ostrian voters approve independence, and "
                   "Lia Berg is elected president.\n")
    # the reported clause in the past, as the question tells it
    assert "On what date in 1955 did Tamm declare that Kaldora was ready to negotiate with Ostria?" in (
        kept)
    assert ("On what date in 1955 did the Aster Star, a Vesterian airliner chartered for the "
            "Kaldoran delegation, explode in flight?") in kept
    assert not any(" was More " in q or "approve independence, and" in q for q in kept)


def test_a_list_item_of_a_fact_sheet_becomes_a_question_or_is_dropped() -> None:
    kept, left = _run("Agreements of the Lerno Group:\n\n- Convention against Piracy, adopted in "
                      "Aster in June 2009\n- Lerno Charter on Fisheries, Friendship and "
                      "Cooperation, signed in Port Aster on 16 August 2007\n\nKaldoran Court of "
                      "Fisheries, whose first judges were elected in January 1959.")
    assert kept["In what month and year was the Convention against Piracy adopted in Aster?"] == (
        "June 2009")
    assert kept["On what date was the Lerno Charter on Fisheries, Friendship and Cooperation "
                "signed in Port Aster?"] == "16 August 2007"
    assert "January 1959" not in kept.values()


def test_unanchored_relative_times_by_blanks_and_owned_generic_things_are_vague() -> None:
    # (An opening "Two months later, on 8 May 1947," is left out since rule pass 24: the
    # question has its own date. One inside the clause still counts from another's.)
    kept, left = _run("Ivo Tamm sailed for Lerno three weeks later and signed the Treaty of Vell "
                      "there on 3 June 1950.\n\nBy early 1947 Ostria faced "
                      "a severe shortage of grain, fuel and coal.\n\nOn 7 July 2023 Vesteria "
                      "completed its programme at Lerno.\n\nIn 1906 her family emigrated from "
                      "Ostria to Kaldora and settled in Lerno.")
    assert kept == {}
    reasons = _reasons(left)
    assert "counts from a date" in reasons and "“by ____”" in reasons
    assert "its programme" in reasons


def test_a_list_of_dated_items_left_in_the_question_is_refused() -> None:
    kept, _ = _run("Kaldora returned the Aster Islands on 25 December 1953, the Lerno Islands in "
                   "June 1968 and Port Vesk on 15 May 1972.")
    assert not any(q.startswith("On what date did Kaldora return") for q in kept)


def test_an_agreement_answer_must_be_a_name_not_given_by_the_question() -> None:
    kept, left = _run("In 1947 Ivo Tamm of Kaldora rejected a joint Lerno programme and left "
                      "Aster.\n\nOn 16 April 1948 the Convention for Lerno Economic Cooperation, "
                      "signed in Aster, established the Organisation for Lerno Economic "
                      "Cooperation.\n\nThe Aster Pact on Fisheries, Friendship and Cooperation was "
                      "signed by Kaldora and Ostria in 1950.")
    assert "joint Lerno programme" not in kept.values()
    assert "Convention for Lerno Economic Cooperation" not in kept.values()
    assert "Aster Pact on Fisheries, Friendship and Cooperation" in {
        *kept.values(), *(q for q in kept)} or any(
        "Aster Pact on Fisheries, Friendship and Cooperation" in q for q in kept)


def test_an_organisations_office_is_not_completed_by_the_holders_country() -> None:
    kept, _ = _run("In April 2002 the first Director-General, Ivo Tamm of Kaldora, was removed by "
                   "a vote of member states in Lerno.")
    assert "Director-General" not in kept.values()


def test_date_options_never_leave_the_answer_as_the_most_common_parts() -> None:
    from quiz.generate.distractors import _stands_out

    # March 16, 1992 among May 16 1992, March 25 1992, March 16 1993: the majority pick.
    assert _stands_out((1992, 3, 16), [(1992, 5, 16), (1992, 3, 25), (1993, 3, 16)])
    # The grid: each year, month and day as common as the others.
    assert not _stands_out((1992, 3, 16), [(1992, 5, 25), (1993, 3, 25), (1993, 5, 16)])
    body = ("On 16 March 1992 Kaldora opened its embassy in Lerno. On 25 March 1992 Ostria "
            "opened a consulate in Aster. On 16 May 1992 Vesteria joined the Lerno Group. On 16 "
            "March 1993 the Aster Bank opened in Port Vesk.")
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document")
    from quiz.generate.distractors import build_pools, choices_for

    prepared = prepare(doc)
    pools = build_pools(c.fact for c in prepared.candidates)
    cand = next(c for c in prepared.candidates if c.answer == "16 March 1992")
    options = choices_for(cand, pools)
    parsed = [find_dates(o)[0] for o in options]
    assert len(options) == 3
    assert not _stands_out((1992, 3, 16), [(d.year, d.month, d.day) for d in parsed])


def test_a_when_clause_after_the_date_is_what_happened_that_day() -> None:
    kept, _ = _run("A fresh start came on 7 February 1974, when Kaldoran Foreign Minister Ivo Tamm "
                   "and Lia Berg signed a statement of eight principles in Lerno.\n\nThe Lerno "
                   "Treaty was signed on 16 February 1995, when Ivo Tamm was its envoy to Ostria.")
    assert ("On what date did Kaldoran Foreign Minister Ivo Tamm and Lia Berg sign a statement of "
            "eight principles in Lerno?") in kept
    assert not any(q.startswith(("When ", "On what date was Ivo Tamm its")) for q in kept)


def test_a_verb_taken_inside_a_phrase_leaves_no_question() -> None:
    kept, _ = _run("## 1950\n\n- 7 July: Resolution 84 places Ostrian forces under a unified command "
                   "led by Kaldora.\n- 25 October: Vesterian volunteers, who had crossed the Lerno "
                   "in secret, engage Ostrian troops.\n- 28 March: Ivo Tamm and Lia Berg accept a "
                   "Kaldoran proposal to exchange sick and wounded prisoners.\n")
    assert not any("unify" in q or "who cross" in q or "wound prisoners" in q for q in kept)


def test_a_date_inside_the_subject_or_a_name_or_a_state_asks_nothing() -> None:
    kept, left = _run("Drafts completed in 1967 were never ratified by the Kaldoran Senate.\n\nThe "
                      "Peace of Lerno is the collective name for the treaties concluded at Aster "
                      "and Port Vesk in 1648.\n\nOstria will repeal the Lerno Union Act 1920 in "
                      "Aster.\n\nThe Kaldoran Council adopted Resolution 82 in Lerno that day.")
    assert not any(q.startswith("In what year") for q in kept)
    assert "1920" not in kept.values() and "Resolution 82" not in kept.values()


def test_a_name_cut_before_of_and_its_date_is_not_an_object_question() -> None:
    kept, _ = _run("The treaties replaced the Aster-Lerno Treaty of 18 November 1903, which had "
                   "granted Kaldora rights over a canal zone.")
    assert not any(q.startswith("What treaty did") for q in kept)


def test_a_list_item_with_a_participle_aside_is_not_a_sentence() -> None:
    kept, _ = _run("In the Preliminaries of Aster, agreed in December 1641, envoys of King Ivo, "
                   "Ostria and Kaldora accepted that a general congress would meet in two towns: "
                   "the southern powers and their mediators at Lerno, the northern parties at "
                   "Port Vesk, some fifty kilometres away.")
    assert all(q.rstrip(".").split(", ")[-1] != "Ostria" for q in kept)  # never cut mid-list
    assert "In the Preliminaries of Aster, agreed in ____, envoys of King Ivo, Ostria." not in kept


def test_a_cloze_starts_at_the_clause_holding_its_blank_when_that_clause_stands_alone() -> None:
    kept, _ = _run("Earlier ceasefires repeatedly broke down in Lerno, and Ostria accused Kaldora of "
                   "shelling Port Vesk after the Kaldoran offensive of September 2023.")
    assert ("Ostria accused Kaldora of shelling Port Vesk after the Kaldoran offensive of ____."
            in kept)


def _biography(body: str) -> dict[str, str]:
    doc = Document(Path("ivo-tamm.txt"), f"Ivo Tamm (1901–1970)\n\n{body}\n", "Ivo Tamm (1901–1970)")
    return {c.question: c.answer for c in prepare(doc).candidates}


def test_a_biographys_he_is_its_subject_unless_another_person_owns_the_his() -> None:
    body = ("Ivo Tamm was born in Lerno on 3 May 1901. After training as a teacher at Aster "
            "College, he left for Ostria in 1935. Tamm joined the Kaldoran Labour Party in 1930 "
            "and led it for years. In 1946 his family moved to Port Vesk, where he worked. After "
            "Lia Berg announced her retirement in November 1952, the Kaldoran Senate elected a "
            "successor. Tamm was elected Speaker of the Kaldoran Senate in 1953, and he held the "
            "post until 1960. In 1962, still in his early sixties, he became envoy to Ostria. "
            "Tamm died in Lerno on 8 October 1970.")
    kept = _biography(body)
    # "his" and "he" in one clause: the "he" is named, never "still in Ivo Tamm’s sixties, he".
    assert "In ____, still in his early sixties, Ivo Tamm became envoy to Ostria." in kept
    assert ("After training as a teacher at Aster College, Ivo Tamm left for Ostria in ____."
            in kept)
    assert "In ____ Ivo Tamm’s family moved to Port Vesk, where he worked." in kept
    assert not any("Ivo Tamm’s retirement" in q for q in kept)  # her is Lia Berg's


def test_a_headline_passive_of_an_agreement_gets_its_was() -> None:
    kept, _ = _run("## 1995\n\n- 15 December: Kaldora–Ostria Framework Cooperation Agreement signed "
                   "in Lerno.\n- 1 January: Trading under the Harbor Accord began in Lerno.\n")
    assert ("On what date in 1995 was the Kaldora–Ostria Framework Cooperation Agreement signed in "
            "Lerno?") in kept
    assert "On what date in 1995 did trading under the Harbor Accord begin in Lerno?" in kept


def test_fact_sheet_dashes_previously_and_bare_offices_are_left_out() -> None:
    kept, left = _run("- Lerno Protocol (17 December 1994) – gave the Harbor Group legal "
                      "personality in Aster.\n\nIn 1985 Ivo Tamm of Kaldora, Lia Berg of Ostria and "
                      "President Hal Vesk of Vesteria met in Lerno.\n\nIvo Tamm, a former Prime "
                      "Minister of Kaldora, was appointed Harbor Envoy to Ostria in 2009.")
    assert "Lerno Protocol" not in kept.values()
    assert "President" not in kept.values()
    assert not any("previously" in q for q in kept)


def test_that_arrangement_points_to_another_sentence() -> None:
    kept, left = _run("King Ivo of Kaldora confirmed that arrangement in the Lerno Charter in 1481.")
    assert "1481" not in kept.values()
    assert "“that arrangement”" in _reasons(left)


def test_an_office_a_dated_report_states_in_the_present_holds_in_its_month() -> None:
    kept, _ = _run("The gavel came down when Ivo Tamm, the Kaldoran Foreign Minister, who has "
                   "presided over the conference, declared the Lerno Accord adopted.", dated=True)
    assert kept.get("What position did Ivo Tamm hold in May 2024?") == "Kaldoran Foreign Minister"


def test_a_person_with_two_offices_in_the_document_gets_no_what_position_card() -> None:
    from quiz.generate.rank import _people_with_several_offices

    body = ("Kaldoran Foreign Minister Ivo Pasha visited Aster in 1877.\n\nKaldoran Prime Minister "
            "Ivo Pasha resigned in Lerno in 1879.\n\nKaldoran President Lia Berg visited Aster "
            "in 1880.")
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document")
    prepared = prepare(doc)
    every = [*prepared.candidates, *(r.candidate for r in prepared.rejected)]
    assert _people_with_several_offices(every) == {"ivo pasha"}
    assert not any(c.question.startswith("What position did Ivo Pasha")
                   for c in prepared.candidates)


def test_headline_subjects_having_openings_and_month_names_in_timelines() -> None:
    kept, _ = _run("## 1905\n\n- 9 August — Formal sessions open at the Lerno Navy Yard.\n"
                   "- 30 October: Tsar Ivo issues the October Manifesto in Lerno.\n\n"
                   "Having founded a breakaway party in January 1978, Lia Berg returned to the "
                   "Kaldoran Senate that November.")
    assert not any("Formal session " in q or "did Formal" in q or "did formal session " in q
                   for q in kept)
    assert not any("October Manifesto" in q and kept[q] == "30 October" for q in kept)
    assert not any("did Having" in q or "did having" in q for q in kept)


def test_described_agreements_and_a_blank_after_a_or_a_colon_are_left_out() -> None:
    kept, _ = _run("Rivalry over Lerno led to a war that ended with an American-brokered treaty "
                   "confirming Kaldora as a great power.\n\nIn 1835 Ivo Tamm encouraged the "
                   "northern chiefs of Kaldora to adopt a Declaration of Independence.\n\n"
                   "Settlements followed from the early 1990s: the fisheries settlement of 1992 "
                   "(the Lerno deal).")
    assert "American-brokered treaty" not in kept.values()
    assert "Declaration of Independence" not in kept.values()
    assert "1992" not in kept.values()


def test_a_fact_sheet_line_in_the_active_or_simple_past_is_no_passive_question() -> None:
    kept, _ = _run("Withdrawals from the Lerno League:\n\n- Ostria: announced its departure in "
                   "December 1937\n- Kaldora: gave notice on 27 March 1933\n\n- Lerno Convention: "
                   "opened for signature in Aster on 5 September 2024")
    assert not any("was the Ostria" in q or "was the Kaldora" in q for q in kept)
    assert kept.get("On what date was the Lerno Convention opened for signature in Aster?") == (
        "5 September 2024")


def test_a_participle_opening_and_a_list_of_countries_as_subject() -> None:
    kept, _ = _run("Elected to the Kaldoran Senate in 1977, Lia Berg became leader of the Lerno "
                   "Party in 1981.\n\nOn 13 December 1921 the Kaldorans, Ostria, Vesteria and "
                   "Aster signed a four-power treaty in Lerno.")
    assert not any("did Elected" in q for q in kept)
    assert not any(q.startswith("The Kaldorans,") for q in kept)


def test_a_month_later_than_a_reports_date_is_last_years() -> None:
    kept, _ = _run("The talks closed on Monday in Lerno. The Kaldoran Senate ratified the Aster "
                   "Treaty on 13 December in Lerno.", dated=True)  # dated 10 May 2024
    assert any("in 2023" in q and a == "13 December" for q, a in kept.items())


def test_more_leaning_and_giving_away() -> None:
    kept, _ = _run("The report shaped the agenda of the Lerno Summit of June 1992 in Aster.\n\n"
                   "On 15 November 1920 the first session opened in Lerno under Ivo Tamm of "
                   "Kaldora.\n\nOn 31 October 1803 the Kaldoran Senate authorised Ivo Tamm to "
                   "take possession.\n\nThe Kaldoran Senate rejected the Lerno Treaty on 19 "
                   "November 1919 and again on 19 March 1920 in Aster.\n\nBorders with Ostria "
                   "were settled by the Tamm–Berg Treaty, signed on 22 February 1819 by Ivo Tamm "
                   "and Lia Berg.")
    assert "June 1992" not in kept.values() and "15 November 1920" not in kept.values()
    assert "31 October 1803" not in kept.values()
    assert not any("and again" in q and "____" not in q for q in kept)
    assert "Tamm–Berg Treaty" not in kept.values()


def test_round_eleven_shapes() -> None:
    kept, _ = _run("## 1965\n\n- 5 August: Vesterian irregulars begin crossing the Lerno line.\n"
                   "- 20 December: Ivo Tamm hands power to Lia Berg, who becomes President of "
                   "Kaldora.\n\nHal Vesk, having landed at Aster in March 1847, fought his way "
                   "inland.\n\nOstria, which withdrew from the Lerno committee in November 1955, is "
                   "not a party.\n\nIvo Tamm was born in Lerno on 7 August 1904 (some records "
                   "suggest 1903), the son of a barber.\n\nLia Berg served in Aster from April–June "
                   "1945 as envoy.")
    assert not any("irregular begin" in q or "who becomes" in q for q in kept)
    assert any(q in kept for q in ("On what date in 1965 did Ivo Tamm hand power to Lia Berg?",
                                   "On what date in 1965 did Ivo Tamm hand power to Lia Berg, "
                                   "who became President of Kaldora?"))
    assert not any("fight his way" in q for q in kept)
    assert "November 1955" not in kept.values()
    assert not any("(some records" in q and "____" not in q for q in kept)
    assert not any("April–____" in q for q in kept)


def test_would_have_keeps_its_have_and_a_biographys_surname_is_its_subject() -> None:
    kept = _biography("Tamm studied in Lerno, where he met his wife; he later said he owed her "
                      "everything. The Kaldoran Senate consented on 10 March 1848 by "
                      "38 votes to 14, having struck out Article X, which would have protected "
                      "land grants.\n\nTamm graduated from Aster College in 1959 with a degree in "
                      "law. He died in 1970.")
    assert not any("would protected" in q for q in kept)
    assert "In what year did Ivo Tamm graduate from Aster College with a degree in law?" in kept


def test_a_biography_title_with_a_particle_and_its_surname_kept_whole() -> None:
    body = ("Javier Lerno de Aster was born in Lima in 1920. He joined the Kaldoran service in "
            "1940, and he rose quickly; he was named envoy in 1960. After weeks of ballots the "
            "Lerno Council settled on Lerno de Aster on 11 December 1981. In 1995 he published "
            "a memoir, and he died in 2020.")
    doc = Document(Path("b.txt"), f"Javier Lerno de Aster\n\n{body}\n", "Javier Lerno de Aster")
    assert doc.main_person == ("Javier Lerno de Aster", "he")
    kept = {c.question for c in prepare(doc).candidates}
    assert not any("Lerno de Javier" in q for q in kept)


def test_same_year_after_a_month_and_a_clause_glued_with_and_was() -> None:
    kept, _ = _run("Ostria concluded its own treaty with Kaldora on 13 July 1713 and with Vesteria "
                   "in August of the same year.\n\nAster fell at the end of December 1857, and "
                   "its governor, Ivo Tamm, was captured in January 1858 by Kaldoran troops.")
    assert not any("of the same year" in q and "____" not in q for q in kept)
    assert not any(q.startswith("In what month and year did Aster fall") for q in kept)


def test_ranks_lower_case_ministers_that_summer_and_a_bracketed_old_style_date() -> None:
    kept, _ = _run("In 1859 Admiral Ivo Tamm of Kaldora attacked the Lerno forts.\n\nIn 1859 the "
                   "British minister, Hal Vesk, reached Aster.\n\nIvo Tamm reached Aster that "
                   "summer, and the Kaldoran ratifications were exchanged at Lerno in August 1859."
                   "\n\nOn 11 April 1713 (31 March by the Old Style calendar) Kaldora signed "
                   "separate treaties with Ostria and Vesteria.")
    assert "Admiral" not in kept.values() and "British minister" not in kept.values()
    assert "August 1859" not in kept.values()
    assert not any("(31 March" in q for q in kept)  # the bracket goes, or the card does


def test_present_tense_asides_in_a_past_question_and_a_lone_subordinate_clause() -> None:
    kept, _ = _run("## 1782\n\n- 8 October: Ivo Tamm signs a treaty of amity with Ostria in "
                   "Lerno, then leaves for Aster.\n- 23 December: Lia Berg resigns her commission "
                   "at Aster, where Hal Vesk is President of the Senate.\n\n"
                   "When the Kaldoran Party came to power in 1948.\n\n"
                   "Soon after coming home Ivo Tamm was arrested near Lerno on 5 August 1962.")
    assert not any("then leaves" in q or "where Hal Vesk is" in q for q in kept)
    assert "1948" not in kept.values()
    assert not any(q.startswith("On what date was Soon") for q in kept)


def test_a_surname_that_is_a_country_is_not_completed() -> None:
    kept, _ = _run("Prime Minister Tomas Vell Norway sent troops to Port Aster in 1954.\n\n"
                   "On 3 July 1962, Norway signed the Harbor Accord with Kaldora.")
    assert "On what date did Norway sign the Harbor Accord with Kaldora?" in kept


def test_an_honorific_gives_way_to_the_full_name() -> None:
    kept, _ = _run("Lia Berg, the Kaldoran Ambassador to Vesteria, arrived in Port Aster.\n\n"
                   "On 3 March 2008, Ms. Berg signed the Harbor Accord in Port Aster.")
    assert "On what date did Lia Berg sign the Harbor Accord in Port Aster?" in kept


def test_a_label_with_a_bracket_is_no_cloze() -> None:
    kept, left = _run("- **Port Aster Declaration (July 1931):** called for a conference on "
                      "river navigation.")
    assert not any(q.startswith("____") for q in kept)
    assert "Port Aster Declaration" not in kept.values() or all(
        q.endswith("?") for q, a in kept.items() if a == "Port Aster Declaration")


def test_a_blank_never_spans_two_names_joined_by_and() -> None:
    body = ("- **Ostrava Appeal (4 May 1970):** renewed the call; the talks led to the Forum on "
            "Trade and Transit in Kaldora and the Vesterian Harbour Accord of 1975.")
    kept, left = _run(body)
    assert "Kaldora and the Vesterian Harbour Accord" not in kept.values()
    assert "two names" in _reasons(left)
    one, _ = _run("In retirement Ivo Tamm mediated in Kaldora, where the Lerno Peace and "
                  "Reconciliation Agreement was signed in August 2000.")
    assert "Lerno Peace and Reconciliation Agreement" in one.values()


def test_two_names_joined_by_and_take_were() -> None:
    kept, _ = _run("## Organs\n\n- **Board of Harbour Ministers** and **Tariff Council:** created "
                   "by the reforms agreed in Ostrava in May 1970.\n")
    questions = " | ".join(kept)
    assert "were the Board of Harbour Ministers and Tariff Council created" in questions
    assert "was the Board" not in questions
    one, _ = _run("## Organs\n\n- **Harbour and Tariff Council:** created by a protocol adopted "
                  "in Ostrava in May 1971.\n")
    assert "In what month and year was the Harbour and Tariff Council created" in " | ".join(one)


def test_a_present_verb_before_an_adjectival_participle_is_the_verb() -> None:
    kept, _ = _run("## 1954\n\n- 1 November: The KLF launches coordinated raids across "
                   "Kaldora, the \"red night\".\n")
    questions = " | ".join(kept)
    assert "did the KLF launch coordinated raids across Kaldora" in questions
    assert "launches coordinate" not in questions


def test_a_count_over_twelve_opening_the_sentence_is_lowered_in_the_question() -> None:
    kept, _ = _run("Fifteen states signed the Harbor Accord in Port Aster on 28 May 1975.")
    assert "On what date did fifteen states sign the Harbor Accord in Port Aster?" in kept, kept


def test_a_ruler_s_title_alone_is_an_incomplete_office() -> None:
    from quiz.generate.quality import incomplete_role

    for bare in ("Emir", "Sultan", "Emperor", "Viceroy", "Consul"):
        assert incomplete_role(bare), bare
    for whole in ("Emir of Kaldora", "Sultan of Vesteria", "Kaldoran Consul in Port Aster"):
        assert not incomplete_role(whole), whole


def test_a_list_item_with_a_name_a_bracket_and_a_colon_is_no_cloze() -> None:
    kept, _ = _run("- **Lerno Harbour Programme** (3 April 1977): gave force to the Kell "
                   "principles and created the Harbour Board to hear complaints.\n"
                   "- **Tide Charter** (adopted in May 1980; signed by the regent on 2 June 1981, "
                   "Harbour Day): sets out the guild's rules, twelve in all, in one text.")
    assert not any("):" in q for q in kept)


def test_a_list_items_name_what_it_does_and_a_participle_is_no_cloze() -> None:
    kept, _ = _run("- **Kell Rowing Union**, which runs the Kell Regatta, first held as the "
                   "Harbour Race in Brisa, Ostria, in 1911.")
    assert not any(q.startswith("Kell Rowing Union") for q in kept)


def test_no_space_is_left_before_a_comma_where_bold_was_masked() -> None:
    kept, _ = _run("The **Lerno Treaty**, known as the Harbour Treaty, was signed in Kell on "
                   "3 May 1911.")
    assert kept and not any(" ," in q for q in kept)


def test_a_bracketed_label_before_a_sentence_with_its_own_subject_stays_a_cloze() -> None:
    kept, _ = _run("- **Kell Plus Two** (Ostria, Brisa, Lerno): leaders first met in Port Aster "
                   "in December 1997, during the Ostrian Debt Crisis.")
    assert "December 1997" in kept.values()


def test_the_document_describing_itself_is_never_a_card() -> None:
    kept, left = _run("A chronology of the trade of the Kaldoran ports, from the quarrel over the "
                      "fishing grounds to the Lerno Treaty and the customs union that revised its "
                      "tariff clauses.\n\n"
                      "- 3 May 1820: The Harbour Accord is signed at Ostra.")
    assert not any(q.startswith("A chronology") for q in kept)
    assert "describing itself" in _reasons(left)


def test_a_since_blank_over_a_trend_is_not_asked() -> None:
    kept, left = _run("Since 2009 Kaldora has turned its attention to the northern ports and the "
                      "Vell Customs Union.")
    assert not any(q.startswith("Since ____") for q in kept)
    assert "trend" in _reasons(left)


def test_an_agreement_named_after_a_place_the_question_gives_is_obvious() -> None:
    kept, left = _run("Kaldoran troops marched into Ostra and imposed the Ostra Accord of 1820 on "
                      "the city's merchants.")
    assert "Ostra Accord" not in kept.values()
    assert "already names" in _reasons(left)
