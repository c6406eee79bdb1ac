"""Questions that lean on another sentence, and fragments without a subject or with two verbs:
left out with their reason. Each test runs the generator's first pass on sentences written for
the test and checks what was kept and why the rest was left out."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.leaning import leaning_faults, missing_complement, unnamed_subject
from quiz.generate.pipeline import prepare


def _run(body: str) -> tuple[dict[str, str], dict[str, str]]:
    """(kept question -> answer, left-out question -> reason) for a document of `body`."""
    doc = Document(Path("doc.md"), f"# A test document\n\n{body}\n", "A test document")
    prepared = prepare(doc)
    kept = {c.question: c.answer for c in prepared.candidates}
    left = {r.candidate.question: r.reason for r in prepared.rejected}
    return kept, left


def _answers(kept: dict[str, str]) -> set[str]:
    return set(kept.values())


def _reasons(left: dict[str, str]) -> str:
    return " | ".join(left.values())


def test_a_noun_that_needs_of_what_is_left_out_without_it() -> None:
    kept, left = _run("President Oskar Lind of Kaldora signed the instrument of ratification on "
                      "4 March 2011. Vesteria was granted observer status in May 2014. "
                      "Norland's withdrawal took effect on 9 June 2019.")
    assert not {"4 March 2011", "May 2014", "9 June 2019"} & _answers(kept)
    assert "“the instrument of ratification” does not say of what" in _reasons(left)
    assert "“observer status” does not say of what" in _reasons(left)
    assert "“Norland's withdrawal” does not say of what" in _reasons(left)


def test_the_same_noun_is_kept_with_its_complement_or_a_named_instrument() -> None:
    kept, _ = _run("Norland's withdrawal from the Harbor Convention took effect on 9 June 2019. "
                   "Kaldora deposited the instrument of ratification of the Reef Treaty on "
                   "2 May 2008.")
    assert {"9 June 2019", "2 May 2008"} <= _answers(kept)
    assert missing_complement("When did Vesteria gain observer status in the Harbor League?") is None
    assert missing_complement("When did the ICJ rule that Article VI binds every party?") is None


def test_an_article_or_annex_without_its_instrument_is_vague() -> None:
    assert missing_complement("In what year was Annex IV on fisheries adopted?") is not None
    assert missing_complement("In what year was Annex IV of the Reef Treaty adopted?") is None


def test_words_that_point_back_to_another_sentence() -> None:
    kept, left = _run("By then the Kaldoran navy had lost half its ships, and the admiral resigned "
                      "in March 1907. From there Ivo Tamm sailed to Port Aster in June 1911. "
                      "The resulting Tamm dispute lasted until 1923.")
    assert not {"March 1907", "June 1911", "1923"} & _answers(kept)
    reasons = _reasons(left)
    assert "“By then” points back" in reasons and "“From there” points back" in reasons
    assert "“The resulting” points back" in reasons


def test_the_former_as_part_of_a_name_does_not_point_back() -> None:
    assert leaning_faults("In what year did Vesteria recognise the former Norland Republic?") == []
    assert leaning_faults("In what year did Kaldora annul the former?") != []
    assert leaning_faults("In what year did neither party attend the talks in Port Aster?") != []


def test_a_bullet_that_opens_with_its_verb_is_not_a_statement() -> None:
    kept, left = _run("- Renamed the Harbor League of Northern States in April 2016, when its new "
                      "charter took effect.\n- Formally founded by the Port Aster Accord of "
                      "3 May 1977; offices in Kaldora City.")
    assert not {"April 2016", "3 May 1977"} & _answers(kept)
    assert "opens with its verb" in _reasons(left)


def test_a_participle_opening_with_its_subject_after_the_comma_is_kept() -> None:
    kept, left = _run("Elected to the Kaldoran parliament in 1998, Ana Vidal led the Harbor "
                      "Party for ten years.")
    assert "1998" in _answers(kept)
    assert "opens with its verb" not in _reasons(left)


def test_a_name_followed_by_a_participle_aside_has_no_verb() -> None:
    kept, left = _run("- Fishing Agreements with Kaldora, Vesteria and Norland, all signed in Port "
                      "Aster on 5 May 1961.\n- Free passage of ships, as set out in the 1958 Reef "
                      "Charter.")
    assert "5 May 1961" not in _answers(kept) and "Reef Charter" not in _answers(kept)
    assert "not a statement" in _reasons(left)


def test_a_second_finite_verb_after_did_is_ungrammatical() -> None:
    from quiz.generate.quality import _second_finite_verb
    assert _second_finite_verb("On what date did the four naval power concluded the Reef Treaty?")
    # "powers" is the subject's noun, not a present verb: the question is made right at the root
    # ("the four naval powers" would be a group another sentence names: anaphora.py)
    kept, _ = _run("The Kaldoran naval powers concluded the Reef Treaty on 12 May 1983, and the "
                   "Kaldoran senate approved it later.")
    assert any("did the Kaldoran naval powers conclude the Reef Treaty" in q for q in kept), kept
    kept, _ = _run("On 12 May 1983 Kaldora ratified the Reef Treaty, under which Vesteria "
                   "ceded the northern islands to Norland.")
    assert "12 May 1983" in _answers(kept)


def test_an_office_held_previously_is_not_asked_without_when() -> None:
    assert leaning_faults("What position had Ivo Tamm previously held?") == [
        "vague: “previously” points back to another sentence"]


def test_a_verb_asked_without_its_object_leans_on_another_sentence() -> None:
    assert any("without what it acts on" in r for r in leaning_faults(
        "On what date did Admiral Keller leave without a settlement?"))
    assert any("without what it acts on" in r for r in leaning_faults(
        "On what date did the Vesterian delegation sign?"))
    assert not leaning_faults("On what date did Admiral Keller leave the harbour talks?")
    assert not leaning_faults("On what date did Kaldora sign the Treaty of Ostra?")
    assert not leaning_faults("What charter did the Kaldoran assembly adopt in 1994?")


def test_a_passive_turned_round_leans_on_the_sentence_before() -> None:
    assert any("turned round" in r for r in leaning_faults(
        "Excluded were the salt traders of Ostra settled there before ____."))
    assert not leaning_faults("Excluded traders of Ostra were resettled in ____ by the council.")


def test_membership_without_what_of_is_vague() -> None:
    assert leaning_faults("On what date did Andorra become a participant?")
    assert leaning_faults("Malta and Cyprus left at the end of 1979 and joined the Zollverein.")
    assert not leaning_faults("On what date did Andorra become a member of the Nordic Council?")
    assert not leaning_faults("After school in Lagos, Ada Obi left in ____ for Canada.")


def test_an_act_without_what_it_acts_on_is_vague() -> None:
    assert leaning_faults("In what year did Uruguay enter, and Paraguay?")
    assert leaning_faults("On what date did Norway sign but its voters rejected membership?")
    assert leaning_faults("On ____ the Storting rejected ratification by 80 votes to 70.")
    assert leaning_faults("The first holder, Ana Ruiz of Peru, took office in ____.")
    assert not leaning_faults("On ____ the Storting rejected ratification of the Oslo Accord.")
    assert not leaning_faults("In what year did Ana Ruiz become the first holder of the post "
                              "of Ombudsman?")


def test_a_fill_in_whose_subject_is_an_unnamed_noun_is_left_out() -> None:
    kept, left = _run("The justification, later called the Lind Doctrine, was printed in the "
                      "Vesteria Courier on 3 May 1931. The process led to the founding of the "
                      "Kaldoran Trade League in 1944. More recent cases include Norland v. "
                      "Kaldora, filed on 8 June 2019 over river rights. In Norland v. Vesteria it "
                      "ruled on 2 March 2011 that the border stood.")
    clozes = {a for q, a in kept.items() if "____" in q}
    assert not {"3 May 1931", "1944", "8 June 2019", "2 March 2011"} & clozes
    reasons = _reasons(left)
    assert "“The justification” is not named" in reasons
    assert unnamed_subject("The process led to the Kaldoran Trade League in ____.")
    assert unnamed_subject("More recent cases include Norland v. Kaldora, filed on ____.")
    assert unnamed_subject("The eastern frontier of Kaldora was settled in ____.") is None
    assert "its subject “it” is named in another sentence" in reasons


def test_a_fill_in_whose_subject_is_named_or_complemented_is_kept() -> None:
    kept, _ = _run("The four founding states, Kaldora, Vesteria, Norland and Ostmark, bound "
                   "themselves to act together by the Pact of Aster, signed in May 1814. "
                   "A group of neutral states worked with the Kaldoran Peace Bureau, an office "
                   "founded in 1992. A summit planned for Port Aster in 1688 fell through when "
                   "Oskar Lind invaded Norland.")
    assert {"1992", "1688"} <= _answers(kept)
