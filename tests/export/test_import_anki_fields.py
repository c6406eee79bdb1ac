"""Anki fields and templates as plain text: HTML, media, clozes (with hints, nested), templates."""

from __future__ import annotations

import time

import pytest

from quiz.export.anki_fields import (
    cloze_card,
    cloze_numbers,
    html_text,
    looks_like_html,
    plain_text,
    render,
)


@pytest.mark.parametrize(("html", "text"), [
    ("Capital of <b>France</b>?", "Capital of France?"),
    ("Paris<br>(city)", "Paris\n(city)"),
    ("<div>one</div><div>two</div>", "one\ntwo"),
    ("<div><div>nested</div></div>after", "nested\nafter"),
    ("a&nbsp;&amp;&nbsp;b &lt;tag&gt; &eacute;t&#233; &#x2014;", "a & b <tag> été —"),
    ("  lots   of\n\n  source   whitespace  ", "lots of source whitespace"),
    ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
    ("x<script>alert(1)</script><style>.a{}</style>y", "xy"),
    ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
    ("<p>first</p>\n<p>second</p>", "first\nsecond"),
    ("line<br><br>after a blank", "line\n\nafter a blank"),
    ("unclosed <b>bold and <i>italic", "unclosed bold and italic"),
    ("3 < 4 and 5 > 2", "3 < 4 and 5 > 2"),
    ("<![weird[ declaration", "<![weird[ declaration"),  # never raises
])
def test_html_becomes_the_text_a_browser_shows(html: str, text: str) -> None:
    assert html_text(html).text == text


def test_media_is_taken_out_and_named() -> None:
    found = html_text('What flag? <img src="flag.png"> [sound:anthem.mp3] '
                      "<audio src='a.ogg'></audio><img src=>")
    assert found.text == "What flag?"
    assert found.media == ["flag.png", "a.ogg", "anthem.mp3"]
    assert plain_text("say [sound:x.mp3]").media == ["x.mp3"]


def test_characters_a_deck_may_not_hold_are_removed_and_counted() -> None:
    found = html_text("zero\u200bwidth \x1b[31m red\u202e")
    assert found.text == "zerowidth [31m red" and found.removed == 3
    assert plain_text("a\r\nb\rc").text == "a\nb\nc"


def test_looks_like_html() -> None:
    assert looks_like_html("a<br>b") and looks_like_html("x &amp; y") and looks_like_html("<div>")
    assert not looks_like_html("3 < 4 and 5 > 2") and not looks_like_html("AT&T")


def test_cloze_blanks_one_deletion_and_shows_the_others() -> None:
    text = "The {{c1::Treaty of Kars}} was signed in {{c2::1921::year}}."
    assert cloze_numbers(text) == [1, 2]
    assert cloze_card(text, 1) == ("The ____ was signed in 1921.", ["Treaty of Kars"])
    assert cloze_card(text, 2) == ("The Treaty of Kars was signed in [year].", ["1921"])


def test_cloze_repeated_number_nested_and_malformed() -> None:
    assert cloze_card("{{c1::a}} and {{c1::b}}", 1) == ("____ and ____", ["a", "b"])
    nested = "{{c1::outer {{c2::inner}} text}}"
    assert cloze_numbers(nested) == [1, 2]
    assert cloze_card(nested, 1) == ("____", ["outer inner text"])
    assert cloze_card(nested, 2) == ("outer ____ text", ["inner"])
    assert cloze_card("{{c1::open and }} close }}", 1) == ("____ close }}", ["open and "])
    assert cloze_card("never {{c1::closed", 1) == ("never {{c1::closed", [])
    assert cloze_numbers("{{c0::zero}}") == []
    assert cloze_card("{{c1::<b>Paris</b>::city}}", 1) == ("[city]", ["<b>Paris</b>"])


@pytest.mark.parametrize(("template", "side", "expected"), [
    ("{{Front}}", False, "F"),
    ("{{FrontSide}}<hr id=answer>{{Back}}", True, "Q<hr id=answer>B"),
    ("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", False, ""),
    ("{{^Add Reverse}}none{{/Add Reverse}}", False, "none"),
    ("{{Front}}\n\n{{type:Back}}", False, "F\n\n"),
    ("{{type:Back}}", True, "B"),
    ("{{tts en_US:Front}}{{Tags}}{{Deck}}{{text:Front}}", False, "F"),
    ("{{front}} {{Missing}}", False, "F "),
    ("{{/Front}}x{{#Back}}y", False, "xy"),
])
def test_templates_are_filled_in_as_anki_shows_them(template: str, side: bool,
                                                    expected: str) -> None:
    fields = {"Front": "F", "Back": "B", "Add Reverse": ""}
    assert render(template, fields, answer_side=side, front="Q") == expected


def test_work_is_linear_on_hostile_fields() -> None:
    started = time.perf_counter()
    html_text("<" * 200_000)
    html_text("<!--" * 50_000)
    cloze_numbers("{{c1::" * 50_000)
    cloze_card("{{c1::" * 50_000 + "}}" * 50_000, 1)
    render("{{#A}}" * 50_000, {"A": "x"}, answer_side=False)
    assert time.perf_counter() - started < 5
