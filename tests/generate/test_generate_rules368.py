"""Rule pass 368, from rounds 1599-1606's readers (heldout1589-1596, insurers):

* "the demutualization takes effect and Orrin becomes ...": a noun the lexicon lacks, read by
  its ending ("-ization", "-ment", "-ity"), is the subject of the present after it, which goes
  into the past with the rest (round 1600 asked "did the demutualization takes effect").
* "National Westminster Bank and L&G confirm ...": "L&G", "AT&T" are one name (round 1603
  asked "were the National Westminster Bank and L&G confirm that they in talks?").
* "Like other European insurers it took part in the Commission ... set up in 1998": a phrase a
  preposition opens, then the pronoun subject, is no relative clause; and the date is the
  participle's ("set up"), not the clause's (round 1601 asked "did like other ... it took part
  ... set up?").
* "Renamed the National Life ... in 1865, it was split in 1866": the participle opens the
  sentence before its pronoun subject (round 1600 asked "was renamed ..., it split").
* 11 September 2001 is asked as obvious (rounds 300-1606 kept 0 of 10 such verdicts).
* '"The Society" means the Society of Lloyd's, incorporated in 1871': a note on the document's
  names, no fact (rounds 1599 and 1601 kept 0 of 4).
* "After the war" after "the Federal War Insurance": "Federal War" is no war's name (round
  1606 wrote "After the Federal War").
* "Lloyd's admitted corporate members": the possessive is the market's name, no man's (round
  1599 wrote "Edward Lloyd's admitted").
* "Murray v. La Guardia": a lawsuit's name is left as written (round 1600 wrote "Murray v.
  Fiorello H. La Guardia").

Every sentence here is invented. The tests fail on the code before, but the guards, named as
such."""

from __future__ import annotations

from quiz.generate.clauses import date_question
from quiz.generate.grammar import find_verb
from quiz.generate.inflect import parts_of_speech
from quiz.generate.references import last_named, named_phrases
from quiz.generate.tense import entry_in_the_past

_FIRM = "Orrin Life Company\n\nThe Orrin Life Company is a Kaskan insurer founded at Vell in 1858. "


def _asked(sentence: str, date: str, wh: str = "In what year") -> str | None:
    at = sentence.index(date)
    return date_question(sentence, at, at + len(date), wh)


def test_a_noun_the_lexicon_lacks_is_read_by_its_ending() -> None:
    assert parts_of_speech("demutualization") == {"NOUN"}
    assert parts_of_speech("renationalisation") == {"NOUN"}
    assert entry_in_the_past("the demutualization takes effect and Orrin becomes a subsidiary "
                             "of Orrin Holdings.") == ("the demutualization took effect and Orrin "
                                                       "became a subsidiary of Orrin Holdings.")


def test_guard_a_word_with_no_noun_ending_stays_unknown() -> None:
    assert parts_of_speech("vellborg") == frozenset()


def test_a_name_with_an_ampersand_is_one_name() -> None:
    assert entry_in_the_past("Kask National Bank and L&G confirm that they are in talks.") == (
        "Kask National Bank and L&G confirmed that they were in talks.")


def test_a_pronoun_after_an_opening_phrase_is_the_clause_subject() -> None:
    text = "Like other Kaskan insurers it took part in the Commission on Wartime Claims set up"
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "took"
    assert _asked("Like other Kaskan insurers it took part in the Commission on Wartime Claims "
                  "set up in 1998.", "1998") is None  # the Commission's date: a cloze asks it


def test_guard_a_relative_clause_without_that_still_reads() -> None:
    text = "The frontier it fixed survived"
    verb = find_verb(text)
    assert verb is not None and text[verb[0]: verb[1]] == "survived"


def test_a_participle_opening_the_sentence_is_no_question_verb() -> None:
    asked = _asked("Renamed the Orrin Life and Travel Company in 1865, it was split in 1866 "
                   "into separate life and casualty concerns.", "1866")
    assert asked is None or "renamed" not in asked.lower(), asked


def test_the_eleventh_of_september_2001_is_not_asked(questions_from) -> None:
    questions = questions_from("orrin", _FIRM + "The attacks of 11 September 2001 destroyed the "
                               "Vell Tower, of whose property insurance the company carried about "
                               "22 per cent. The company opened an office in Kask on 4 May 1990.")
    assert any("Kask" in q for q in questions), questions
    assert not any("attacks" in q for q in questions), questions


def test_a_note_on_the_names_is_not_asked(questions_from) -> None:
    questions = questions_from("orrin", _FIRM + '"The Society" means the Society of Orrin, '
                               'incorporated in 1871; "Names" are its members. The company opened '
                               "an office in Kask on 4 May 1990.")
    assert any("Kask" in q for q in questions), questions
    assert not any("means" in q for q in questions), questions


def test_a_longer_name_names_no_war(questions_from) -> None:
    text = ("Orrin Re\n\nOrrin Re is a Kaskan reinsurer founded at Vell in 1863. The Federal "
            "Council entrusted it with the technical administration of the Federal War Insurance, "
            "which covered Kaskan imports against war risks. After the war the company opened "
            "branches in Toronto and Melbourne and founded the Orrin-South African Reinsurance "
            "Company in Johannesburg on 10 November 1950.")
    assert "Federal War" not in named_phrases(text)["war"]
    assert last_named("war", text) is None
    assert not any("Federal War" in q and "Insurance" not in q
                   for q in questions_from("orrin", text))


def test_guard_a_war_named_before_is_still_its_name() -> None:
    text = "The Kaskan War broke out in 1940. After the war the company opened a branch."
    assert named_phrases(text)["war"] == {"Kaskan War": 1}
    assert last_named("war", text) == "Kaskan War"


def test_a_possessive_name_before_its_verb_is_no_man(questions_from) -> None:
    questions = questions_from("orrin", "Orrin's of Vell\n\nOrrin's of Vell is an insurance "
                               "market that grew from Tom Orrin's coffee house, opened in 1688. "
                               "Under Sir Ivo Tamm, chairman from 1993, Orrin's admitted corporate "
                               "members with limited liability from 1 January 1994.")
    assert any("corporate members" in q for q in questions), questions
    assert not any("Tom Orrin's admitted" in q for q in questions), questions


def test_a_lawsuit_keeps_its_name(questions_from) -> None:
    questions = questions_from("orrin", _FIRM + "Mayor Ivo H. Tamm signed the contract on 2 May "
                               "1943. In Vell v. Tamm, Justice Kask of the Supreme Court dismissed "
                               "the tenants' petition on 4 June 1943.")
    assert any("Justice Kask" in q for q in questions), questions
    assert not any("Ivo H. Tamm," in q or "v. Ivo" in q for q in questions), questions
