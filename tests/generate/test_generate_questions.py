"""Question rules: typed wh-questions, reverse cards, cloze fallback, self-containment."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.dates import find_dates
from quiz.generate.documents import Document
from quiz.generate.extract import find_facts
from quiz.generate.facts import AGREEMENT, DATE, OFFICIAL
from quiz.generate.questions import candidates_for, in_date_list, single_holder
from quiz.generate.rank import rank
from quiz.generate.sentences import Sentence, split_sentences
from quiz.generate.text import anchor_relative_dates, contains


def _doc(dated: bool = False) -> Document:
    date = find_dates("May 10, 2024")[0] if dated else None
    return Document(Path("doc.txt"), "x", "A document", date)


def _cards(text: str, kind: str, dated: bool = False) -> list[tuple[str, str, str]]:
    doc = _doc(dated)
    out = []
    for fact in find_facts(Sentence(text, 1), doc):
        if fact.kind == kind:
            out.extend((c.form, c.question, c.answer) for c in candidates_for(fact, doc))
    for _, question, answer in out:  # never the answer inside its own question
        assert not contains(question, answer)
    return out


def test_fronted_date_becomes_on_what_date_did() -> None:
    cards = _cards("On 9 July 2011, South Sudan declared its independence from Sudan.", DATE)
    assert ("wh", "On what date did South Sudan declare its independence from Sudan?",
            "9 July 2011") in cards


def test_date_after_the_verb_is_moved_to_the_front() -> None:
    cards = _cards("The Estonian parliament ratified the border treaty in June 2005 after a "
                   "long debate.", DATE)
    assert cards[0] == ("wh", "In what month and year did the Estonian parliament ratify the "
                              "border treaty after a long debate?", "June 2005")


def test_passive_and_present_perfect_clauses() -> None:
    assert _cards("The embassy was reopened in 2013 by the new government.", DATE)[0][1] == (
        "In what year was the embassy reopened by the new government?")
    assert _cards("Norway has hosted the talks in 2019, according to officials.", DATE)[0][1] == (
        "In what year did Norway host the talks, according to officials?")


def test_second_clause_with_its_own_date() -> None:
    text = ("On May 1, 2004, Malta joined the European Union, and on January 1, 2008, "
            "Malta adopted the euro.")
    questions = [q for form, q, _ in _cards(text, DATE) if form == "wh"]
    assert questions == ["On what date did Malta join the European Union?",
                         "On what date did Malta adopt the euro?"]


def test_date_in_a_phrase_before_the_verb_falls_back_to_a_cloze() -> None:
    cards = _cards("Following the coup in March 1962, the junta dissolved parliament.", DATE)
    assert cards == [("cloze", "Following the coup in ____, the junta dissolved parliament.",
                      "March 1962")]


def test_date_in_a_relative_clause_is_not_moved() -> None:
    cards = _cards("The republic was proclaimed, which in 1922 joined the federation.", DATE)
    assert all(form == "cloze" for form, _, _ in cards)


def test_pronoun_led_sentences_give_no_card() -> None:
    assert _cards("He signed the decree on March 3, 1999, in the capital.", DATE) == []
    assert _cards("In a letter sent in 2014, she wrote to the minister.", DATE) == []


def test_a_list_of_dates_is_asked_whole_never_one_item() -> None:
    text = "The assembly met in 2004, 2010, and 2017 in Geneva."
    mention = find_dates(text)[1]
    assert in_date_list(text, mention)
    assert _cards(text, DATE) == [("cloze", "The assembly met in ____ in Geneva.",
                                   "2004, 2010, and 2017")]
    between = "Reports between 2011 and 2016 criticised the courts."
    assert not in_date_list(between, find_dates(between)[0])


def test_relative_dates_are_anchored_to_the_document_date_or_refused() -> None:
    doc = _doc(dated=True)
    assert anchor_relative_dates("The law passed last March.", doc.date) == (
        "The law passed in March 2024.")
    assert anchor_relative_dates("Until the end of September this year.", doc.date) == (
        "Until the end of September 2024.")
    assert anchor_relative_dates("The law passed last March.", None) is None
    assert anchor_relative_dates("Talks resumed on Tuesday.", doc.date) is None


def test_month_and_day_without_year_needs_the_document_date() -> None:
    text = "The Azorean delegation arrived in Lisbon on September 19 for the summit."
    assert _cards(text, DATE) == []
    cards = _cards(text, DATE, dated=True)  # the document is dated 10 May 2024
    assert cards and cards[0][2] == "September 19"
    assert "2023" in cards[0][1]  # a September before May: last year's
    ahead = _cards("The Azorean delegation will arrive in Lisbon on September 19 for the summit.",
                   DATE, dated=True)
    assert all("2023" not in question for _, question, _ in ahead)


def test_official_gives_reverse_and_forward_cards_anchored_to_the_year() -> None:
    cards = _cards("In 2016, Colombian President Juan Manuel Santos signed the accord.",
                   OFFICIAL)
    assert ("reverse", "What position did Juan Manuel Santos hold in 2016?",
            "Colombian President") in cards
    assert ("forward", "Who was the Colombian President in 2016?", "Juan Manuel Santos") in cards


def test_offices_with_many_holders_get_no_forward_card() -> None:
    assert not single_holder("Democratic Congressman")
    assert not single_holder("Deputy Assistant Secretary", "of the Bureau of Energy")
    assert single_holder("Armenian Prime Minister")
    assert single_holder("spokesperson for the US Department of State")
    cards = _cards("In 2019, Republican Senator Mark Hale visited Kyiv.", OFFICIAL)
    assert [form for form, _, _ in cards] == ["reverse"]


def test_agreement_as_object_and_as_subject() -> None:
    cards = _cards("In 1995, Croatia and Bosnia signed the Dayton Peace Agreement in Ohio.",
                   AGREEMENT)
    assert ("wh", "In 1995, what agreement did Croatia and Bosnia sign in Ohio?",
            "Dayton Peace Agreement") in cards
    cards = _cards("The Good Friday Agreement, signed in Belfast in 1998, ended decades of "
                   "violence.", AGREEMENT)
    assert cards[0] == ("wh", "Which agreement, signed in Belfast in 1998, ended decades of "
                              "violence?", "Good Friday Agreement")


def test_section_questions_name_the_act() -> None:
    cards = _cards("In 1974, Congress adopted Section 402 of the Trade Reform Act, which "
                   "limited credits.", AGREEMENT)
    assert ("wh", "In 1974, what section of the Trade Reform Act did Congress adopt, which "
                  "limited credits?", "Section 402") in cards


def test_a_coordinated_subject_is_not_cut_in_two() -> None:
    cards = _cards("Chilean President Ana Ruiz and Peruvian President Luis Soto signed the Lima "
                   "Accord on 3 May 2001.", DATE)
    assert cards[0][1] == ("On what date did Chilean President Ana Ruiz and Peruvian President "
                           "Luis Soto sign the Lima Accord?")


def test_a_name_with_its_apposition_is_the_subject() -> None:
    cards = _cards("Lech Walesa, the first leader of Solidarity, later won the presidency in "
                   "1990.", DATE)
    assert cards[0][1] == ("In what year did Lech Walesa, the first leader of Solidarity, later "
                           "win the presidency?")


def test_a_second_clause_led_by_a_pronoun_is_cut_off() -> None:
    cards = _cards("The pact was initialled in Vienna on 2 May 1990, and it was signed in Bern "
                   "on 9 June 1990.", DATE)
    questions = {answer: question for _, question, answer in cards}
    assert questions["2 May 1990"] == "On what date was the pact initialled in Vienna?"
    assert questions["9 June 1990"].endswith("it was signed in Bern on ____.")


def test_it_as_an_object_with_no_referent_refuses_the_card() -> None:
    assert _cards("Former Senator Mia Lund signed it in Oslo in April 2016.", DATE) == []
    kept = _cards("The council granted it the status of observer in 1995.", DATE)
    assert kept and kept[0][2] == "1995"


def test_plural_agreements_are_asked_in_the_plural() -> None:
    cards = _cards("The Oslo Accords were signed by both delegations in Washington in 1993.",
                   AGREEMENT)
    assert cards[0][1] == "Which accords were signed by both delegations in Washington in 1993?"


def test_an_ambassador_without_a_country_gets_no_forward_card() -> None:
    assert not single_holder("U.S. Ambassador")
    assert single_holder("U.S. Ambassador to Japan")
    assert _cards("His successor, Ines Duarte, left the post in 2011.", DATE) == []


def test_a_demonstrative_leaves_no_card_though_the_actors_are_named() -> None:
    # (pass 278: written "the meeting", such cards were kept in 14 of 116 verdicts of rounds
    # 156-996; "made a knight for the services")
    cards = _cards("Recalling this meeting in a speech on May 3, 1921, Jan Smuts praised the "
                   "delegates.", DATE)
    assert cards == []
    assert _cards("Against that backdrop, the talks resumed in May 1921 in Riga.", DATE) == []


def test_machine_lines_give_no_facts() -> None:
    from quiz.generate.extract import is_metadata

    assert is_metadata(" -- Jane Roe <jane@example.org>  Wed, 8 Oct 2003 21:51:35 +0200")
    assert is_metadata("Copyright (C) 2009 by the authors")
    assert is_metadata("By Gunay Hajiyeva December 7, 2023")
    assert not is_metadata("By 2020, the pipeline carried most of the region's oil exports.")
    assert _cards("Copyright (C) 2009, 2010 by the Treaty Archive project team", DATE) == []


def test_an_official_is_dated_only_by_a_year_in_the_clause_that_names_the_office(
        tmp_path: Path) -> None:
    from quiz.generate.pipeline import prepare

    # A year from an earlier sentence or from the byline may not be one the person held the
    # office through (the office may have changed hands that year): no year is added then.
    text = ("History of the sanctions\n\nPublished 20 September 2023\n\n"
            "In May 2018, the United States left the accord on uranium. U.S. Secretary of State "
            "Mike Pompeo announced new demands shortly afterwards.\n\n"
            "Kaldoran Foreign Minister Ana Lis said talks would go on.\n")
    doc = Document(Path("h.txt"), text, "History of the sanctions", find_dates("May 1, 2023")[0])
    questions = [c.question for c in prepare(doc).candidates if c.form == "reverse"]
    # Without a year of its own, an office is not asked: its holder may have held others. A
    # sentence told as the news of the day ("Ana Lis said") takes the document's own date.
    assert questions == ["What position did Ana Lis hold in May 2023?"]
    cards = _cards("In 2016, Kaldoran Energy Minister Ivo Tamm opened a pipeline to the coast.",
                   OFFICIAL)
    assert ("reverse", "What position did Ivo Tamm hold in 2016?", "Kaldoran Energy Minister"
            ) in cards


def test_a_short_lower_case_intro_is_kept_in_front() -> None:
    cards = _cards("Days later, the Security Council adopted Resolution 2231 in New York.",
                   AGREEMENT)
    assert cards[0][1] == "Days later, what resolution did the Security Council adopt in New York?"
    cards = _cards("In January 2019, France, Germany and Britain created INSTEX in Paris.", DATE)
    assert cards[0][1] == ("In what month and year did France, Germany and Britain create INSTEX "
                           "in Paris?")


def test_a_range_of_years_is_asked_as_a_cloze() -> None:
    cards = _cards("Elmar Mammadyarov served as Foreign Minister of Azerbaijan from 2004 to 2020.",
                   DATE)
    assert cards == [("cloze", "Elmar Mammadyarov served as Foreign Minister of Azerbaijan from "
                               "____.", "2004 to 2020")]


def test_the_most_specific_role_of_a_person_is_the_one_asked() -> None:

    text = ("Visits\n\nPresident Ilham Aliyev met the delegation in Baku in 2019.\n\n"
            "Azerbaijani President Ilham Aliyev opened the new terminal in 2019.\n")
    doc = Document(Path("v.txt"), text, "Visits")
    candidates = [c for s in split_sentences(text) for f in find_facts(s, doc)
                  if f.kind == OFFICIAL for c in candidates_for(f, doc) if c.form == "reverse"]
    kept, _ = rank(candidates)
    assert [(c.question, c.answer) for c in kept] == [
        ("What position did Ilham Aliyev hold in 2019?", "Azerbaijani President")]


def test_a_longer_name_ending_in_a_country_name_keeps_its_own_article() -> None:
    cards = _cards("The Lerno Accords of 4 May 1951 gave Ostra a seat in the Western European "
                   "Union and in the Nordic Council.", DATE)
    assert cards and all("Western the European" not in q for _, q, _ in cards)
    assert any("the Western European Union" in q for _, q, _ in cards)


def test_a_headline_name_of_kind_of_place_keeps_its_capital_and_gets_its_article() -> None:
    from quiz.generate.pipeline import prepare

    text = ("# Nordic peace timeline\n\n## 1907\n\n- 2 April: Kaldora and Vell open talks at "
            "Ostra.\n- 4 May: **Treaty of Ostra** signed by Kaldora and Vell.\n")
    doc = Document(Path("t.md"), text, "Nordic peace timeline")
    prepared = prepare(doc)
    questions = [c.question for c in prepared.candidates] + [
        r.candidate.question for r in prepared.rejected]
    assert not any("treaty of Ostra" in q for q in questions)
    assert any("was the Treaty of Ostra signed" in q for q in questions), questions
