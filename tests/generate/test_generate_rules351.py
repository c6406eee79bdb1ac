"""Rule pass 351, from rounds 1485-1492's readers (heldout1477-1484, film studios) and the
seeds' readers of round 1493:

- an article opening "Paramount Pictures Corporation is an American film production and
  distribution company" was still read as its founder's life ("a large cut of Paramount
  Pictures's profits", for "his profits"): a company's suffix after the name and up to five
  words before the kind noun now count; "publisher" (pass 350) is no kind of body, being a
  person's trade too, and "studio" or "corporation" before another noun ("a studio executive")
  is none either;
- "Driven out in ____ because he was Jewish, he worked": the main clause's "he" is the one
  written with the life's name, not the opening clause's; "As head of his own unit ... he made"
  keeps "his";
- "was Paramount Pictures, Inc. dissolved" keeps the company's suffix with its name (it had
  asked "Paramount Pictures, on what date ... was Inc. dissolved");
- "Th." (Théophile) is an abbreviation, no sentence's end;
- "Name Mosfilm:" is a label whose first word is a common noun ("the name Mosfilm");
- "the emblem by which the studio is still known" stays in the present;
- pass 350's given-name completion reads on one line only ("Daiei", a list's end, and
  "Drafter:" on the next had made "Daiei Drafter"), no company's name ("Amazon MGM Studios"),
  no place's or people's ("Perth", "Khmer"), no place after the name ("Euronext Paris") and
  only a family name the text gives another person too, kin called by their given names
  ("Alexander Macmillan" beside "Daniel Macmillan"): on the judged sets it had written "Washington Luís", "Venice Biennale" and
  "Moscow Armistice" for bare places;
- "Who was the Under Secretary of State for Political Affairs in September 2009?": who held an
  office on a date, asked apart from what the text says they did, is refused (readers kept 17
  of 72 such verdicts, rounds 156-1492; none of the seeds' readers kept it).

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_NATIONS = ["American", "French", "Japanese", "Italian"]


def _life(title: str, opening: str) -> tuple[str, str] | None:
    from quiz.generate.documents import main_person
    body = (f"{opening} It was founded in 1912 by Luc Vell, who was born at Kask in 1873. "
            "Vell ran it until he died; he left it to his son, and he named it. Vell's heirs "
            "sold it in 1990, and Vell's name stayed on the door.")
    return main_person(title, [body])


@given(st.sampled_from(_NATIONS), st.sampled_from(["Corporation", "Inc.", "Company"]),
       st.sampled_from(["film production and distribution company", "film studio",
                        "media conglomerate"]))
def test_a_company_with_its_suffix_and_a_long_kind_is_no_life(nation: str, suffix: str,
                                                             kind: str) -> None:
    opening = f"Vell Pictures {suffix} is an {nation} {kind} in Kask."
    assert _life("Vell Pictures", opening) is None


@given(st.sampled_from(["publisher", "studio executive", "corporation lawyer", "film producer"]))
def test_guard_a_person_of_a_trade_named_like_a_body_stays_a_life(trade: str) -> None:
    opening = f"Luc Vell was a French {trade}, the son of a printer."
    assert _life("Luc Vell", opening) == ("Luc Vell", "he")


@given(st.sampled_from(["because he was Jewish", "after he had refused", "when he lost"]))
def test_the_main_clauses_pronoun_is_the_one_named(clause: str) -> None:
    from quiz.generate.questions import _biography_subject_named
    question = f"Driven out in ____ {clause}, he worked in Paris and London."
    assert _biography_subject_named(question, "1933", "Ann Vell", "he") == (
        f"Driven out in ____ {clause}, Ann Vell worked in Paris and London.")


def test_as_head_of_his_own_unit_keeps_his() -> None:
    from quiz.generate.questions import _biography_subject_named
    question = "As head of his own production unit at Kask from ____ he made Der Tag."
    assert _biography_subject_named(question, "1928", "Ann Vell", "he") == (
        "As head of his own production unit at Kask from ____ Ann Vell made Der Tag.")


def test_guard_a_single_he_is_named_where_it_stands() -> None:
    from quiz.generate.questions import _biography_subject_named
    question = "In ____ he married Eva, and he moved to Kask."
    assert _biography_subject_named(question, "1920", "Ann Vell", "he") == (
        "In ____ Ann Vell married Eva, and he moved to Kask.")


@given(st.sampled_from(["Inc.", "Ltd", "S.A.", "AG", "Corp."]))
def test_a_companys_suffix_stays_with_its_name(suffix: str) -> None:
    from quiz.generate.trim import with_opening_fronted
    question = f"On what date in 1949 was Paramount Pictures, {suffix} dissolved?"
    assert with_opening_fronted(question) == question


def test_guard_an_opening_phrase_still_goes_first() -> None:
    from quiz.generate.trim import with_opening_fronted
    assert with_opening_fronted("In what year was Back in Kask, Ann Vell appointed judge?") == (
        "Back in Kask, in what year was Ann Vell appointed judge?")


@given(st.sampled_from(["Th.", "Ph."]))
def test_a_given_names_abbreviation_ends_no_sentence(short: str) -> None:
    from quiz.generate.sentences import split_sentences
    text = f"In 1905 he founded a rival firm, {short} Vell frères, in Kask. It failed."
    assert [s.text for s in split_sentences(text)] == [
        f"In 1905 he founded a rival firm, {short} Vell frères, in Kask.", "It failed."]


@given(st.sampled_from(["Name", "Motto", "Nickname"]))
def test_a_naming_label_is_a_common_noun_before_the_name(label: str) -> None:
    from quiz.generate.grammar import label_as_noun
    assert label_as_noun(f"{label} Vellfilm") == f"{label.lower()} Vellfilm"


def test_guard_a_labels_name_of_two_names_stays() -> None:
    from quiz.generate.grammar import label_as_noun
    assert label_as_noun("Treaty Kask") == "Treaty Kask"


@given(st.sampled_from(["is still known", "are still used", "is known to this day"]))
def test_a_present_true_today_stays_present(rest: str) -> None:
    from quiz.generate.tense import rest_in_the_past
    question = f"In what year did Vell introduce the emblem by which the studio {rest}?"
    assert rest_in_the_past(question) == question


def test_guard_a_later_clauses_present_goes_into_the_past() -> None:
    from quiz.generate.tense import rest_in_the_past
    assert rest_in_the_past("In what year was the ban lifted after Ann Vell takes office?") == (
        "In what year was the ban lifted after Ann Vell took office?")


def test_a_given_name_is_completed_on_its_own_line_only() -> None:
    from quiz.generate.names import _the_one_given_name
    text = "Parties: Kask, Vell and Daiei\nDrafter: Ann Tamm\n"
    assert _the_one_given_name("Daiei", text) == frozenset()


@given(st.sampled_from(["Studios", "Pictures", "Holdings"]))
def test_a_companys_name_is_no_persons(word: str) -> None:
    from quiz.generate.names import _the_one_given_name
    text = f"In 2022 Amazon bought it, and Amazon Vellfilm {word} took over its library.\n"
    assert _the_one_given_name("Amazon", text) == frozenset()


def test_guard_a_given_name_and_its_family_name_are_found() -> None:
    from quiz.generate.names import _the_one_given_name
    text = ("Ann Vellmann's brother Daniel came too. Daniel Vellmann (1813-1857) founded the "
            "shop.\n")
    assert _the_one_given_name("Daniel", text) == frozenset({"Daniel Vellmann"})


@given(st.sampled_from(["Washington Luís", "Venice Biennale", "Moscow Armistice"]))
def test_a_name_no_kin_shares_is_not_a_given_names_completion(full: str) -> None:
    from quiz.generate.names import _the_one_given_name
    first = full.split()[0]
    text = f"In 1930 {full} was deposed, and in 1931 Ann Tamm left {first} for Kask.\n"
    assert _the_one_given_name(first, text) == frozenset()


def _rejected(text: str) -> dict[str, str]:
    import tempfile
    from pathlib import Path

    from quiz.generate import generate_decks
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "kask.txt").write_text(text, encoding="utf-8")
        report = generate_decks([Path(folder) / "kask.txt"], Path(folder) / "out", jobs=1,
                                keep_rejected=True)
    return {rejected.candidate.question: rejected.reason for _, rejected in report.rejected}


def test_who_held_an_office_on_a_date_is_refused_for_that() -> None:
    text = ("Kaldora and Vellmark\n\nSpeaking at a conference on Vellmark-Kaldoran relations at "
            "Kask University in September 2009, the Under Secretary of State for Political "
            "Affairs Ann M. Tamm outlined three main areas of interest for Vellmark in its "
            "relations with Kaldora: security, energy and trade. On 4 May 2010 Vellmark and "
            "Kaldora signed the Kask Accord on trade.\n")
    reasons = _rejected(text)
    asked = "Who was the Under Secretary of State for Political Affairs in September 2009?"
    assert reasons[asked].startswith("trivial: who held an office on a date")


def test_a_place_after_a_companys_name_is_no_family_name() -> None:
    from quiz.generate.names import _the_one_given_name
    text = ("The exchange in Paris joined Euronext Paris in 2000, and the Bourse Paris index "
            "moved with it.\n")
    assert _the_one_given_name("Euronext", text) == frozenset()
