"""Rule pass 329, from rounds 1317-1324 (heldout1309-1316) as both readers judged them:

- "introduced a more scientific.": a comma between two adjectives of one noun, the second
  quoted (', "conservative" method'), is no clause break;
- "a bench of Justices Kuldip Singh.": the "and" before a plural title's last name ends no
  clause;
- "led, under his successor X.": a verb's own phrase after an aside ("to the archbishop's
  arrest on 20 November 1837 and ...") is no list of gapped events;
- "turned back at the gate, Prince Luitpold, proclaimed himself regent?": a date's apposition
  "the day on which ..." is left out to its end;
- "Pope Felix V created Bessarion": "the Pope" is not written as the pope named last when the
  paragraph names another ruler the document names more often;
- "did Ferdinand III and Isabella I sign": a bare given name is not completed with a ruler the
  text names only centuries before;
- "Forbidden City seized the throne": a city, temple or tower in a title is no life;
- "Worn out by fasting and work, in what month and year did ...": a phrase of no time, place
  or manner fronted before the question word is refused (rounds 156-1324 kept 6 of 74 such
  verdicts);
- "On what date was Cardinal Mauro Gambetti appointed?": an appointment to no office the
  question names is refused (rounds 156-1324 kept 3 of 18 such verdicts; "sworn in", kept in 13
  of 28, is not refused).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.documents import main_person, read_document
from quiz.generate.pipeline import prepare

_HARBOUR = """Port Allard Harbour

Port Allard Harbour is a tidal harbour on the northern coast of the province of Velmar.

History

The harbour was begun in 1842 under the direction of the engineer Thomas Rudd. {sentence}
"""


def _asked(sentence: str, tmp_path: Path) -> list[tuple[str, str]]:
    """The candidate cards of a short article whose second paragraph holds `sentence`."""
    path = tmp_path / "port-allard-harbour-encyclopedia.txt"
    path.write_text(_HARBOUR.format(sentence=sentence), encoding="utf-8")
    return [(c.question, c.answer) for c in prepare(read_document(path)).candidates]


def _asked_apart(sentence: str) -> list[tuple[str, str]]:
    """_asked in a folder of its own (a hypothesis example gets no tmp_path)."""
    with tempfile.TemporaryDirectory() as folder:
        return _asked(sentence, Path(folder))


@given(st.sampled_from(['"modern"', '"conservative"', '"systematic"']))
def test_a_quoted_adjective_after_a_comma_keeps_its_noun(quoted: str) -> None:
    asked = _asked_apart("The appointment of Maria Kessel as harbour master in 1931 introduced a "
                         f"more rigorous, {quoted} method: she surveyed the channels, dredged the "
                         "basin and rebuilt the quays, until her dismissal on 14 March 1940, a "
                         "month after the outbreak of the strike.")
    assert not any(q.rstrip(".?").endswith("rigorous") for q, _ in asked), asked


def test_a_guard_a_quotation_after_a_comma_still_breaks_the_clause() -> None:
    from quiz.generate.clauses import _quoted_adjective
    text = 'the harbour master wrote in 1931, "the channels are silted"'
    assert not _quoted_adjective(text, text.index(","))


@given(st.sampled_from(["Justices", "Senators", "engineers"]))
def test_a_plural_titles_last_name_opens_no_clause(plural: str) -> None:
    asked = _asked_apart(f"In 1978 the engineer Paul Drago petitioned the High Court, and on 12 "
                         f"May 1983 a bench of {plural} Ann Corrie and Tomas Veld ordered forty "
                         "mills around the harbour to close or relocate.")
    assert not any(q.rstrip(".?").endswith("Ann Corrie") for q, _ in asked), asked


def test_a_verbs_phrase_after_an_aside_is_no_gapped_list(tmp_path: Path) -> None:
    asked = _asked("The Harbour Convention of 2 June 1890 with the Velmar envoy Karl Anton Brede "
                   "on pilot fees led, under his successor Otto Brand, to the harbour master's "
                   "arrest on 5 October 1893 and the crisis known as the Pilot Troubles.",
                   tmp_path)
    assert not any(q.rstrip(".?").endswith("Otto Brand") for q, _ in asked), asked


def test_a_guard_a_gapped_list_of_events_is_still_cut() -> None:
    from quiz.generate.trim import without_gapped_list
    assert without_gapped_list("Did Fada fall, the air base of Dorn on 22 March and Kell "
                               "shortly afterwards?") == "Did Fada fall?"


@given(st.sampled_from(["the day on which", "the same day on which", "the night when"]))
def test_a_dates_relative_apposition_is_left_out_whole(apposition: str) -> None:
    asked = _asked_apart("A commission sent to the harbour was turned back at the gate on 10 June "
                         f"1902, {apposition} the governor, Sir Henry Vale, proclaimed martial "
                         "law.")
    assert not any("Sir Henry Vale, proclaimed" in q for q, _ in asked), asked


def test_a_guard_a_birthday_apposition_is_still_left_out(tmp_path: Path) -> None:
    asked = _asked("On 9 March 1951, his seventieth birthday, the harbour master Ivo Tamm opened "
                   "the new quay at Port Allard.", tmp_path)
    dated = [q for q, a in asked if a == "9 March 1951"]
    assert dated and not any("birthday" in q for q in dated), asked


def test_the_pope_is_not_the_rival_named_last() -> None:
    from quiz.generate.definites import resolve_definites
    text = ("Decree of Velm\n\nThe decree was signed by Pope Gregory XII on 6 July 1441. Gregory XII "
            "then left Velm. Gregory XII returned in the spring.\n\nThe council at Arlen declared "
            "Gregory XII deposed and elected Anselm of Tarn as Pope Clement VIII. On 18 December "
            "1441 the Pope created Marco Dell and Ivo Stane cardinals.\n")
    quote = "On 18 December 1441 the Pope created Marco Dell and Ivo Stane cardinals."
    asked = resolve_definites("On ____ the Pope created Marco Dell and Ivo Stane cardinals.",
                              "18 December 1441", text, quote)
    assert "Clement VIII" not in str(asked), asked


def test_a_guard_the_pope_is_still_the_one_pope_named() -> None:
    from quiz.generate.definites import resolve_definites
    text = ("Decree of Velm\n\nThe council at Arlen met in 1441 and elected Anselm of Tarn as Pope "
            "Clement VIII. On 18 December 1441 the Pope created Marco Dell and Ivo Stane "
            "cardinals.\n")
    quote = "On 18 December 1441 the Pope created Marco Dell and Ivo Stane cardinals."
    asked = resolve_definites("On ____ the Pope created Marco Dell and Ivo Stane cardinals.",
                              "18 December 1441", text, quote)
    assert "Pope Clement VIII created" in str(asked), asked


def test_a_bare_name_is_not_a_ruler_of_centuries_before() -> None:
    from quiz.generate.names import with_document_names
    text = ("Alcazar of Vell\n\n## 1246\n\n- Pact of Kask: the emir surrenders Kask to Ferrand III "
            "of Vell.\n\n## 1492\n\n- 31 March: Ferrand and Isabel sign the edict of Vell.\n")
    question = "On what date in 1492 did Ferrand and Isabel sign the edict of Vell?"
    assert "Ferrand III" not in with_document_names(question, "31 March", text)[0]


def test_a_guard_a_bare_name_is_still_the_ruler_of_its_time() -> None:
    from quiz.generate.names import with_document_names
    text = ("Alcazar of Vell\n\n## 1480\n\n- Ferrand III of Vell takes the city.\n\n## 1492\n\n"
            "- 31 March: Ferrand signs the edict of Vell.\n")
    question = "On what date in 1492 did Ferrand sign the edict of Vell?"
    assert "Ferrand III" in with_document_names(question, "31 March", text)[0]


@given(st.sampled_from(["Forbidden City", "Jade Temple", "White Tower", "Temple of Vell"]))
def test_a_city_temple_or_tower_in_a_title_is_no_life(title: str) -> None:
    blocks = [f"The {title} stands in Beijing. The {title} was the seat of the Ming.",
              "The Yongle Emperor, born in 1360, had held Beijing as Prince of Yan before he seized the throne "
              f"in 1402. In 1406 he ordered the {title} built, and he moved his court there.",
              f"The {title} was damaged by fire, and he had the {title} rebuilt at his cost."]
    assert main_person(title, blocks) is None


@given(st.sampled_from(["Worn out by fasting and work", "Ill and despairing",
                        "The districts of Vell", "Always willing to compromise"]))
def test_a_phrase_fronted_before_the_question_word_is_refused(fronted: str) -> None:
    from quiz.generate.quality import _fronted_oddly
    assert _fronted_oddly(f"Port Allard: {fronted}, in what month and year did Ivo Tamm fall ill "
                          "at Kask?")


@given(st.sampled_from(["During High Mass", "Returning from Kask", "Appointed governor",
                        "Eight days after the flood", "Soon after his return"]))
def test_a_guard_a_fronted_phrase_of_time_place_or_manner_is_kept(fronted: str) -> None:
    from quiz.generate.quality import _fronted_oddly
    assert not _fronted_oddly(f"{fronted}, on what date did Ivo Tamm reach Kask?")


@given(st.sampled_from(["appointed", "elected", "installed"]))
def test_an_appointment_to_no_office_named_is_refused(act: str) -> None:
    from quiz.generate.quality import _APPOINTED_TO_NOTHING
    assert _APPOINTED_TO_NOTHING.search(f"Port Allard: On what date was Cardinal Ivo Tamm {act}?")


def test_a_guard_an_appointment_to_an_office_named_is_kept() -> None:
    from quiz.generate.quality import _APPOINTED_TO_NOTHING
    assert not _APPOINTED_TO_NOTHING.search("On what date was Ivo Tamm appointed harbour master?")


def test_a_guard_an_office_as_a_title_names_the_office() -> None:
    from quiz.generate.quality import _APPOINTED_TO_NOTHING
    assert not _APPOINTED_TO_NOTHING.search("On what date was Governor Ivo Tamm elected?")
    assert not _APPOINTED_TO_NOTHING.search("On what date in 2018 was Ivo Tamm sworn in?")
