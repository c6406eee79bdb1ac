"""Rule pass 317, from rounds 1261-1268 (heldout1253-1260) as their first readers judged them:

- "The Forth Bridge Railway Act 1882": a capitalised word before a title's year is no month
  ("Act 1882" is no "June 1882"), so the label keeps "Act" ("Forth Bridge Railway:" before);
  and an Act's name keeps its bracket ("Corporation of London (Tower Bridge) Act");
- "On what date was Ground broken at Rome?", "did Water begin to be stored?": a mass noun that
  opens a timeline's entry is lower-cased inside the question;
- "were the Elbe locked at Brunsbüttel opened?": a name's plural noun before a preposition and
  the passive's "are" is no verb the timeline's past rewrites;
- "the "Race to North Queensferry"": "the North" inside quotation marks is a quoted name's word,
  not a half of a land completed from the document;
- "Thomas Tancred, William Arrol and Co.": a firm named after its partners is written as the
  firm writes it;
- "the Trustees of the New York": a name after "of" that goes on after "and" to a bridge's,
  a railway's or a canal's head is taken whole ("the Trustees of the New York and Brooklyn
  Bridge");
- "After Herbert Hoover's defeat on what date did ...": a fronted phrase keeps its comma
  before the wh-phrase when the link aside (", however,") after it is left out;
- "On ____, Decoration Day, ...", "the year of Queen Victoria's Diamond Jubilee": a named day
  or jubilee in a date card's question gives the date away (rounds 156-1268 kept 8 of 32 such
  verdicts);
- "Bouch's wife, Queen Margaret": a given name apposed to a kin noun ("his wife, Margaret,") is
  the kin's name, not completed from another person the document names;
- "did Herbert Hoover proclaim the Limitation Act in effect": a title's Act, Edict, Recess,
  Decree, Ordinance or Concordat is the document's agreement, so its summary's "the act" is it;
  a date with a three-digit year after it leaves the title's name ("The Edict of Rothari of
  22 November 643"); a long Act's label is its bracketed short name ("Tower Bridge Act").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.clauses import invert
from quiz.generate.tense import entry_in_the_past


@given(st.sampled_from(["Act", "Bill", "Regulations"]))
def test_a_capitalised_word_before_a_titles_year_is_no_month(head: str) -> None:
    from quiz.generate.subject import title_parts
    assert title_parts(f"The Kask Railway {head} 1882") == [f"Kask Railway {head}"]


def test_an_acts_bracket_inside_its_name_is_kept() -> None:
    from quiz.generate.subject import title_parts
    assert title_parts("The Corporation of Kask (Vell Bridge) Act 1885") == [
        "Corporation of Kask (Vell Bridge) Act"]


def test_a_guard_a_month_and_year_still_leave_a_title() -> None:
    from quiz.generate.subject import title_parts
    assert title_parts("Kask Elections, June 1989") == ["Kask Elections"]
    assert title_parts("Treaty of Kask (1885)") == ["Treaty of Kask"]


@given(st.sampled_from([("Ground is broken at Vell.", "was ground broken at Vell?"),
                        ("Water begins to be stored behind the dam.",
                         "did water begin to be stored behind the dam?"),
                        ("Traffic moved to the bridge.", "did traffic move to the bridge?")]))
def test_a_mass_noun_opening_an_entry_is_lower_cased(case: tuple[str, str]) -> None:
    sentence, ending = case
    asked = invert(sentence, "on what date")
    assert asked is not None and asked.endswith(ending), asked


def test_a_guard_a_mass_nouns_name_keeps_its_capital() -> None:
    asked = invert("Power Station No. 2 opened at Vell.", "on what date")
    assert asked == "On what date did Power Station No. 2 open at Vell?", asked


@given(st.sampled_from(["locks", "piers", "docks"]))
def test_a_names_plural_before_a_preposition_and_a_passive_is_no_verb(noun: str) -> None:
    told = entry_in_the_past(f"The Elbe {noun} at Kask are opened.")
    assert told == f"The Elbe {noun} at Kask were opened.", told


def test_a_guard_a_bodys_verb_before_and_is_still_put_in_the_past() -> None:
    told = entry_in_the_past("The Kask Council meets at Vell and is dissolved.")
    assert told == "The Kask Council met at Vell and was dissolved.", told


def test_the_north_inside_quotation_marks_is_no_half_of_a_land() -> None:
    from quiz.generate.definites import resolve_definites
    text = ("The bridge joins North Kask and South Kask. In 1895 the bridge carried expresses in "
            "the \"Race to the North\" to Vell.")
    question = 'In ____ the bridge carried expresses in the "Race to the North" to Vell.'
    asked, why = resolve_definites(question, "1895", text, text.split(". ")[1])
    assert '"Race to the North"' in asked, (asked, why)


@given(st.sampled_from(["and Co.", "& Co.", "and Sons"]))
def test_a_firm_named_after_its_partners_is_written_as_the_firm_writes_it(tail: str) -> None:
    from quiz.generate.names import with_document_names
    text = f"Sir Ivo Kask and Oskar Vell signed. Kask, Vell {tail} won the contract."
    question = f"On what date was the contract let to Kask, Vell {tail}?"
    assert with_document_names(question, "1882", text)[0] == question


def test_a_guard_a_partners_surname_alone_is_still_written_in_full() -> None:
    from quiz.generate.names import with_document_names
    text = "Sir Ivo Kask and Oskar Vell signed. Kask, Vell and Co. won the contract."
    asked = with_document_names("On what date did Vell sign?", "1882", text)[0]
    assert asked == "On what date did Oskar Vell sign?", asked


@given(st.sampled_from(["Bridge", "Railway", "Canal"]))
def test_a_name_after_of_going_on_after_and_is_taken_whole(head: str) -> None:
    from quiz.generate.definites import resolve_definites
    text = (f"Control was vested in the Trustees of the Kask and Vell {head}. Ivo Dorn presided "
            "over the trustees until his death on 1 December 1882.")
    question = "Ivo Dorn presided over the trustees until his death on ____."
    asked, _ = resolve_definites(question, "1 December 1882", text, text.split(". ")[1])
    assert "Trustees of the Kask until" not in asked, asked


def test_a_guard_a_name_after_of_that_may_end_before_and_is_not_cut() -> None:
    from quiz.generate.definites import resolve_definites
    text = ("Envoys of the Republic of Kask and Vell met. Later the republic fell on 1 May "
            "1797.")
    question = "On what date did the republic fall?"
    asked, _ = resolve_definites(question, "1 May 1797", text, text.split(". ")[1])
    assert "Republic of Kask?" not in asked, asked


def test_a_fronted_phrase_keeps_its_comma_when_a_link_aside_is_left_out() -> None:
    from quiz.generate.questions import _LINK_ASIDE, _link_left_out
    question = ("After Kask's defeat, however, on what date did Ivo Vell direct that the dam be "
                "called Dorn Dam?")
    asked = _LINK_ASIDE.sub(_link_left_out, question)
    assert asked.startswith("After Kask's defeat, on what date did"), asked


def test_a_guard_a_link_aside_inside_a_clause_is_left_out_whole() -> None:
    from quiz.generate.questions import _LINK_ASIDE, _link_left_out
    asked = _LINK_ASIDE.sub(_link_left_out, "On what date did the Kaskians, meanwhile, seize Vell?")
    assert asked == "On what date did the Kaskians seize Vell?", asked


@given(st.sampled_from(["On ____, Decoration Day, a crush on the stairway killed twelve.",
                        "In ____, the year of Queen Victoria's Diamond Jubilee, Ivo Kask was "
                        "knighted.",
                        "On what date, Independence Day, did Ivo Kask open the bridge?"]))
def test_a_named_day_in_a_date_question_is_refused(question: str) -> None:
    from quiz.generate.quality import _NAMED_DAY
    assert _NAMED_DAY.search(question)


def test_a_guard_an_act_named_after_a_day_is_no_named_day() -> None:
    from quiz.generate.quality import _NAMED_DAY
    assert not _NAMED_DAY.search("On what date did Ivo Kask sign the Juneteenth National "
                                 "Independence Day Act?")


@given(st.sampled_from(["wife", "daughter", "sister"]))
def test_a_given_name_apposed_to_a_kin_noun_is_not_completed(kin: str) -> None:
    from quiz.generate.names import with_document_names
    text = f"Queen Margaret crossed the firth here. Dorn's {kin}, Margaret, laid the stone."
    question = f"On ____ Dorn's {kin}, Margaret, laid the foundation stone."
    assert with_document_names(question, "1878", text)[0] == question


def test_a_guard_a_bare_given_name_alone_is_still_completed() -> None:
    from quiz.generate.names import with_document_names
    text = "Queen Margaret crossed the firth here. Later Margaret founded a church."
    asked = with_document_names("On ____ Margaret founded a church.", "1070", text)[0]
    assert asked == "On ____ Queen Margaret founded a church.", asked


@given(st.sampled_from([("The Kask Canyon Project Act of 1928", "Kask Canyon Project Act of 1928"),
                        ("The Edict of Vell (643)", "Edict of Vell"),
                        ("The Final Recess of the Kask Deputation, Vell, 25 February 1803",
                         "Final Recess")]))
def test_a_titles_act_edict_or_recess_is_the_documents_agreement(case: tuple[str, str]) -> None:
    from quiz.generate.subject import document_subject
    title, name = case
    subject = document_subject(title)
    assert subject is not None and subject.agreement and subject.name == name, subject


def test_a_date_with_a_three_digit_year_leaves_a_title() -> None:
    from quiz.generate.subject import title_parts
    assert title_parts("The Edict of Vell of 22 November 643") == ["Edict of Vell"]


def test_a_long_acts_label_is_its_bracketed_short_name() -> None:
    from quiz.generate.subject import document_subject
    from quiz.generate.topic_label import topic_label
    title = "The Corporation of Kask (Vell Bridge) Act 1885"
    subject = document_subject(title)
    assert subject is not None and topic_label(title, subject) == "Vell Bridge Act"


def test_a_guard_a_sentences_act_is_no_agreement_head() -> None:
    from quiz.generate.subject import AGREEMENT_HEADS
    assert "Act" not in AGREEMENT_HEADS  # ("the Act" of a sentence may be any act)
