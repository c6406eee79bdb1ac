"""Rule pass 296, from rounds 1117-1124 (heldout1109-1116) as their first readers judged them:

- "In the spring of ____ their crews seized two Korean fishermen, An Yong-bok and Pak Eo-dun."
  ("their" read as owned by "the spring", or by the names after the clause's verb: rounds
  156-1124 kept none of the 10 verdicts on such cards);
- every card of "Basilan from the French blockade to the Bangsamoro, 1844–2025" headed "French
  blockade:" (an event at one end of the title's span read as its subject; an event named
  before the span, "The Vell Blockade from June 1948 to May 1949", is now read whole);
- "Raja Haji succeeded Raja Haji Fisabilillah" (the biography's "him" written for another man,
  the object of the subject's own act);
- (taken back by pass 297: "Lord Allan Velasco offered his resignation", the "he" of the sentence
  after another man's; "Corazon Aquino won the presidential election of 10 May 2010", a son's
  "III" read as the end of his name, and "the Diocese of Lucena", the later of two dioceses one
  sentence names: on the judged sets both lost more kept cards than they mended);
- "On what date was Lord Allan Velasco sworn in?" (in a life, an office taken with no office
  named: rounds 156-1124 kept 6 of 30 such verdicts in lives);
- from rounds 1125-1132 (heldout1117-1124): "Juan M. Nieva held the post from ____" (an
  unnamed post "from" a blank), "did Undeterred, Wan Ahmad ... cross" (a one-word mood),
  "Sultan Ahmad and, in what month and year did the rulers of Perak ... sign" (a name joined
  to a list's head), "was the Republic Act No. 9054 approved" (an article for a name that is
  another's adjective), "did the American 41st Infantry Division lands near Zamboanga" (an
  ordinal in the subject, a clause after the semicolon).

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_date_context import _candidates
from test_generate_rules295 import _life_questions

from quiz.generate.anaphora import unresolved
from quiz.generate.definites import resolve_definites
from quiz.generate.grammar import present_verb, with_article_before_name
from quiz.generate.questions import BLANK, _biography_subject_named
from quiz.generate.topic import place_or_event, title_topic


@given(st.sampled_from([
    "In the spring of ____ their crews seized two Vellish fishermen, Ivo Dorn and Ada Brin.",
    "At the end of ____ its envoys signed the truce, Kask and Lerno among them.",
    "In ____ their forces under Ivo Dorn took Lerno, the last stronghold in the south."]))
def test_a_time_or_a_later_object_owns_no_possessive(question: str) -> None:
    found = unresolved(question)
    assert found is not None and "no owner" in found, found


@given(st.sampled_from(["Left on their own, the Vellish troops surrendered at Kask in ____.",
                        "In the spring of ____ the Ostrian fleet lost half its ships.",
                        "Left on their own, Vellish troops surrendered at Kask in ____."]))
def test_a_guard_an_owner_named_before_or_after_an_opening_phrase(question: str) -> None:
    assert unresolved(question) is None


@given(st.sampled_from(["Vell from the French blockade to the new charter, 1844–2025",
                        "Vell between the Kaskan crisis and the treaty of 1901"]))
def test_an_event_at_one_end_of_a_titles_span_is_not_its_subject(title: str) -> None:
    """"Basilan from the French blockade to the Bangsamoro, 1844–2025": round 1118 headed every
    card of the timeline "French blockade:"."""
    assert place_or_event(title, ["The port of Vell grew. The council met at Kask."]) is None
    topic = title_topic(title)
    assert topic is not None and topic.name == "Vell", topic


def test_an_event_the_title_names_before_its_span_is_its_subject() -> None:
    found = place_or_event("The Vell Blockade from June 1948 to May 1949", [])
    assert found is not None and found.name == "Vell Blockade", found


def test_the_object_of_the_subjects_own_act_is_another_person() -> None:
    """"When Daeng Kamboja died in 1777, Raja Haji succeeded him" was asked "Raja Haji
    succeeded Raja Haji Fisabilillah" (round 1120): the biography's man is the doer, so "him"
    is the other."""
    question = "When Ivo Brand died in ____, Raja Dorn succeeded him as governor."
    assert _biography_subject_named(question, "1777", "Raja Dorn Kasim", "he") == question


def test_a_guard_another_doers_object_is_the_subject() -> None:
    question = "On ____ Ivo Brand appointed him governor of Kask."
    assert _biography_subject_named(question, "1777", "Raja Dorn Kasim", "he") == (
        "On ____ Ivo Brand appointed Raja Dorn Kasim governor of Kask.")



@given(st.sampled_from([("was sworn in", "sworn in?"), ("took office", "take office?")]))
def test_in_a_life_an_office_taken_unnamed_is_left_out(told: tuple[str, str]) -> None:
    """"On what date was Lord Allan Velasco sworn in?" (round 1119): which of his offices?"""
    done, asked_end = told
    body = ("Ivo Dorn was born in Kask on 3 March 1950. Dorn was elected to the Vell Assembly "
            "in 1980, and he became its Speaker in 1995. He wrote many books, and he taught "
            "law.\n\n"
            f"Ivo Dorn {done} on 12 October 1995.\n\nDorn died on 26 March 2020 in Kask.")
    asked = _life_questions(body, "Ivo Dorn (1950–2020)")
    assert asked and not any(q.endswith(asked_end) for q in asked), asked


def test_an_office_held_from_a_blank_is_named_in_another_sentence() -> None:
    """"Act No. 2880 of 1920: Juan M. Nieva held the post from ____." (round 1127)"""
    text = ("# Vell Act\n\nThe act made Ivo Dorn lieutenant-governor of Kask.\n\n"
            "Ada Brin held the post from 1910.\n")
    _, why = resolve_definites("Vell Act: Ada Brin held the post from ____.", "1910", text,
                               "Ada Brin held the post from 1910.", "Vell Act", labelled=True)
    assert why, why


def test_a_guard_a_noun_from_a_named_place_is_not_unnamed() -> None:
    text = "# Vell Act\n\nThe post from Kask reached Lerno in 1910.\n"
    _, why = resolve_definites("Vell Act: In what year did the post from Kask reach Lerno?",
                               "1910", text, "The post from Kask reached Lerno in 1910.",
                               "Vell Act", labelled=True)
    assert not why, why


@given(st.sampled_from(["Undeterred", "Emboldened"]))
def test_a_one_word_mood_does_not_open_the_question(mood: str) -> None:
    """"In what month and year did Undeterred, Wan Ahmad ... cross" (round 1129)"""
    text = f"{mood}, Ivo Dorn crossed from Kask into Lerno at Brisa in August 1862."
    cands, _ = _candidates([text])
    asked = [c.question for c in cands if c.answer == "August 1862" and BLANK not in c.question]
    assert asked and not any(mood in q for q in asked), asked


def test_a_name_joined_to_the_list_subject_stays_with_it() -> None:
    """"Sultan Ahmad and, in what month and year did the rulers of Perak, Selangor and Negeri
    Sembilan sign" (round 1129)"""
    text = ("In July 1895 Sultan Ivo and the rulers of Kask, Lerno and Brisa signed the Treaty of "
            "Vell, and the union began in 1896.")
    cands, _ = _candidates([text])
    asked = [c.question for c in cands if c.answer == "July 1895" and BLANK not in c.question]
    assert asked and all("did Sultan Ivo and the rulers of Kask, Lerno and Brisa sign" in q
                         for q in asked), asked


def test_an_act_named_after_the_republic_takes_no_article() -> None:
    """"was the Republic Act No. 9054 ... approved" (round 1126)"""
    assert with_article_before_name("On what date was Republic Act No. 9054 approved?") == (
        "On what date was Republic Act No. 9054 approved?")
    assert with_article_before_name("When was Commonwealth Act No. 39 approved?") == (
        "When was Commonwealth Act No. 39 approved?")


def test_a_guard_the_republic_itself_takes_its_article() -> None:
    assert with_article_before_name("When was Republic of Vell proclaimed?") == (
        "When was the Republic of Vell proclaimed?")


def test_a_numbered_unit_lands_near_a_place() -> None:
    """"did the American 41st Infantry Division lands near Zamboanga" (round 1126): the
    ordinal was no word of the subject, and a clause after the semicolon gave it a verb."""
    entry = "the Vellish 41st Infantry Division lands near Kask; Lerno is retaken in May."
    found = present_verb(entry)
    assert found is not None and entry[found[0]:found[1]] == "lands", found


def test_a_guard_one_unit_named_before_completes_it() -> None:
    text = ("# Vell: a timeline\n\n- 2 April 1977: the pope creates the Diocese of Kask.\n"
            "- 10 May 1978: the diocese is erected in Kask cathedral.\n")
    quote = "10 May 1978: the diocese is erected in Kask cathedral."
    asked, why = resolve_definites("Vell: On what date was the diocese erected in Kask "
                                   "cathedral?", "10 May 1978", text, quote, "Vell: a timeline",
                                   labelled=True)
    assert not why and "the Diocese of Kask" in asked, (asked, why)
