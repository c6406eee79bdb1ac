"""Rule pass 61, from rounds 63-73 (heldout60-69): the last item of "A; B; and C" was asked
with its "And" ("And was the leading signatory of ..."); a timeline's historic present after a
plural subject was left in the present ("after Peruvian aircraft attack the flotilla", "many
of whom move to Jordan") or, worse, missed as the verb ("did some 35,000 people rally ...,
where Magnago call for"), and "Austria and Italy sign the treaty" gave no card at all; "but
leaves" kept its -s after "did"; "apply the Schengen rules" became "the Schengen ruled".
Every title and sentence here is invented. Each test fails on the code before, except the
guard that nouns after a plural stay nouns."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document, read_document
from quiz.generate.pipeline import prepare
from quiz.generate.tense import entry_in_the_past


def _timeline_questions(tmp_path: Path, entries: str) -> dict[str, list[str]]:
    source = tmp_path / "kell-timeline.md"
    source.write_text(f"# The Kell question: a timeline\n\nHow Kell was settled.\n\n{entries}",
                      encoding="utf-8")
    asked: dict[str, list[str]] = {}
    for cand in prepare(read_document(source)).candidates:
        asked.setdefault(cand.answer, []).append(cand.question)
    return asked


def test_the_last_item_of_a_semicolon_list_loses_its_and() -> None:
    body = ("Ivo Tamm was the paramount chief of Dorn, a small island off the coast of Vell. He "
            "claimed the title of king, which few chiefs accepted; headed the council from 1871 "
            "to 1874; and was the leading signatory of the Deed of Kell of 10 October 1874, by "
            "which Dorn became a colony. His rule was uneasy. A rising at Kaba challenged him; "
            "fire destroyed much of the town in 1854; and Vestrian power was spreading through "
            "the islands under Mara Lund, a kinsman of the king who had settled there in 1848.")
    prepared = prepare(Document(Path("t.txt"), f"Ivo Tamm\n\n{body}\n", "Ivo Tamm"),
                       keep_rejected=True)
    asked = [c.question for c in prepared.candidates] + [
        r.candidate.question for r in prepared.rejected]
    assert not any(q.split(": ", 1)[-1].startswith(("And ", "and ")) for q in asked), asked
    assert any(q.split(": ", 1)[-1].startswith("Vestrian power was spreading") for q in asked), (
        asked)


def test_a_plural_subjects_present_verb_goes_into_the_past() -> None:
    assert entry_in_the_past(
        "Kaldoran forces retake Dorn after Vestrian aircraft attack the flotilla.") == (
        "Kaldoran forces retook Dorn after Vestrian aircraft attacked the flotilla.")
    assert entry_in_the_past(
        "Resolution 12 asks the agency to help those displaced, many of whom move to Kell.") == (
        "Resolution 12 asked the agency to help those displaced, many of whom moved to Kell.")
    assert entry_in_the_past("Controls are lifted as Kaldora and Vesteria apply the Dorn rules "
                             "in full.") == ("Controls were lifted as Kaldora and Vesteria "
                                             "applied the Dorn rules in full.")


def test_a_noun_after_a_plural_is_not_made_a_verb() -> None:
    """A guard for the rule above: a plural that opens no clause has no verb after it."""
    for entry in ("With troops present at the ceremony, the flag is lowered.",
                  "Talks on arms control in Kell open."):
        assert "presented" not in entry_in_the_past(entry)
        assert "controlled" not in entry_in_the_past(entry)


def test_two_states_signing_in_a_timeline_give_a_card(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **3 March 1921:** Kaldora and Vesteria sign the Treaty of Dorn in Kell.\n"
        "- **17 November 1957:** Some 35,000 people rally at Vell castle, where Ivo Tamm calls "
        "for home rule.\n"))
    signed = asked.get("3 March 1921", [])
    assert any("did Kaldora and Vesteria sign the Treaty of Dorn" in q for q in signed), asked
    rally = asked.get("17 November 1957", [])
    assert rally and all("Tamm call for" not in q for q in rally), rally
    assert any("did some 35,000 people rally" in q for q in rally), rally


def test_but_and_a_present_verb_after_did_take_the_base_form(tmp_path: Path) -> None:
    asked = _timeline_questions(tmp_path, (
        "- **22 September 1829:** The Treaty of Dorn ends the war between Kaldora and Vesteria "
        "but leaves the river boundary undefined.\n"))
    questions = asked.get("22 September 1829", [])
    assert questions and not any("but leaves" in q for q in questions), questions
