"""Rule pass 33, from the faults readers found in round 45 (heldout44, judged before any of these
rules was written): a timeline's relative clause (", who is pregnant") taken for a fronted
phrase and the question cut to "Who was pregnant ...?" with a date for its answer; two names'
verb in its base form read as part of the subject ("did X and Y file case"); "the governments",
"each of them" left unresolved; a "then" counting from another sentence ("Jósepsson, then
issued"); "the company's property" not named; a ruler's biography ("Moshoeshoe I") not read as
one, so its "his people" stayed unnamed. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from test_generate_quality import _run

from quiz.generate.definites import resolve_definites
from quiz.generate.documents import Document, main_person
from quiz.generate.pipeline import prepare
from quiz.generate.trim import without_then

_TIMELINE = """## 1985

- **February 1985** — The Labour government of Karl Benn, who is also Minister of Foreign Affairs, refuses a port visit by the destroyer Vell.
- **6 May 1988** — Ilsa Tamm, who is pregnant and whose father is dying, is repatriated, again without Ostria's agreement.
- **May 1973** — Ostria and Vell file cases against Harrow at the International Court of Justice.
- **22 November 1985** — The Chief Justice, Sir Ivo Lamm, sentences each of them to ten years' imprisonment.
"""


def test_a_relative_clause_after_the_wh_phrase_is_no_fronted_phrase() -> None:
    kept, left = _run(_TIMELINE)
    questions = set(kept) | set(left)
    assert not any(q.startswith("Who was") for q in questions)
    assert kept.get("On what date was Ilsa Tamm, who was pregnant and whose father was dying, "
                    "repatriated, again without Ostria's agreement?") == "6 May 1988"
    assert kept.get("In what month and year did the Labour government of Karl Benn, who was "
                    "also Minister of Foreign Affairs, refuse a port visit by the destroyer "
                    "Vell?") == "February 1985"


def test_two_names_verb_in_its_base_form_keeps_its_object() -> None:
    kept, _ = _run(_TIMELINE)
    assert kept.get("In what month and year did Ostria and Vell file cases against Harrow at the "
                    "International Court of Justice?") == "May 1973"
    assert not any("file case " in q for q in kept)


def test_each_of_them_with_no_plural_before_is_refused() -> None:
    kept, left = _run(_TIMELINE)
    assert not any("each of them" in q for q in kept)
    assert any("each of them" in q and "them" in reason for q, reason in left.items())


def test_the_governments_are_named_in_another_sentence() -> None:
    text = ("Ostria and Vell agreed to arbitration in 1986. The tribunal ruled for Vell.\n\n"
            "On 9 July 1986 the governments gave effect to the award in an exchange of letters.")
    question = "On what date did the governments give effect to the award in an exchange of letters?"
    quote = "On 9 July 1986 the governments gave effect to the award in an exchange of letters."
    _, why = resolve_definites(question, "9 July 1986", text, quote)
    assert "the governments" in why
    # control: "the government" of one country stays a reference a question may make
    _, why = resolve_definites(question.replace("governments", "government"), "9 July 1986",
                               text.replace("governments", "government"),
                               quote.replace("governments", "government"))
    assert why == ""


def test_a_possessive_definite_is_named_as_the_document_names_it() -> None:
    text = ("Ostria taxed the nitrate of the Vell Nitrate and Railway Company in 1878. "
            "When the president ordered the company's property auctioned, troops landed at "
            "Harrow on 14 February 1879.")
    quote = ("When the president ordered the company's property auctioned, troops landed at "
             "Harrow on 14 February 1879.")
    question = ("When the president ordered the company's property auctioned, troops landed at "
                "Harrow on ____.")
    named, why = resolve_definites(question, "14 February 1879", text, quote)
    assert why == ""
    assert "the Vell Nitrate and Railway Company's property" in named
    # named only paragraphs before, "the company" is left as it is: the question is refused
    far = text.replace("1878. ", "1878.\n\nThe war began.\n\n")
    _, why = resolve_definites(question, "14 February 1879", far, quote)
    assert "the company" in why


def test_then_between_a_named_subject_and_its_verb_is_dropped() -> None:
    assert without_then("Ostria's minister, Ivo Tamm, then issued regulations in ____.") == (
        "Ostria's minister, Ivo Tamm, issued regulations in ____.")
    assert without_then("Karl Benn then chaired the commission from ____.") == (
        "Karl Benn chaired the commission from ____.")
    for kept in ("Ilsa Tamm was born in Harrow, then part of Ostria, on ____.",
                 "The council accepted the plan, then withdrew in ____.",
                 "Karl Benn died in ____; only then did the regent become king.",
                 "Since then Vell has held elections every ____ years."):
        assert without_then(kept) == kept


def test_a_rulers_biography_names_its_subject() -> None:
    body = ("Karl I was born in 1786 in Vell. He led his clan to the hills.\n\n"
            "Karl had asked for protection since 1860, and he sent envoys. When fighting "
            "resumed in 1867 and his people faced ruin, the High Commissioner, Sir Ivo Tamm, "
            "proclaimed on 12 March 1868 that the Vellish were British subjects. Karl died in "
            "1870; his son followed him.\n")
    assert main_person("Karl I (1786–1870)", [body]) == ("Karl I", "he")
    doc = Document(Path("karl.txt"), f"Karl I (1786–1870)\n\n{body}", "Karl I (1786–1870)", None)
    questions = [c.question for c in prepare(doc).candidates]
    assert any("Karl I’s people faced ruin" in q for q in questions)
    assert not any("his people" in q for q in questions)
