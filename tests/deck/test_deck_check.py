"""`quiz check`: every kind of mistake, reported with its exact file:line:column."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck import load_deck, load_decks
from quiz.errors import DeckError

CASES = [
    pytest.param(
        "title: T\ncards:\n  - question: When did it start?\n",
        ['3:5: card 1 ("When did it start?"): \'answer\' is missing'],
        id="missing-answer",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Who?\n    answer: Bob\n    anwser: Bob\n",
        ["5:5: card 1 (\"Who?\"): unknown key 'anwser'; did you mean 'answer'?"],
        id="unknown-key-suggests",
    ),
    pytest.param(
        "titel: T\ncards:\n  - {question: Q, answer: A}\n",
        ["1:1: unknown key 'titel'; did you mean 'title'?", "1:1: 'title' is missing"],
        id="unknown-top-key",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Who?\n    answer:\n",
        ['4:12: card 1 ("Who?"): \'answer\' is empty'],
        id="empty-answer",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Who?\n    answer: [Bob, Al]\n",
        ['4:13: card 1 ("Who?"): \'answer\' must be text, not a list'],
        id="wrong-type",
    ),
    pytest.param(
        "- question: Q\n  answer: A\n",
        ["1:1: the top level must be a mapping with 'title' and 'cards', not a list"],
        id="top-level-not-mapping",
    ),
    pytest.param(
        "title: T\ncards: []\n",
        ["2:8: 'cards' is empty; a deck needs at least one card"],
        id="empty-cards",
    ),
    pytest.param(
        "title: T\n",
        ["1:1: 'cards' is missing; a deck needs a list of cards"],
        id="missing-cards",
    ),
    pytest.param(
        "title: T\ncards:\n  - {id: a, question: Q1, answer: A}\n  - {id: a, question: Q2, answer: B}\n",
        ['4:5: card 2 ("Q2"): card id \'a\' is already used by card 1'],
        id="duplicate-card-id",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Who is it?\n    answer: A\n  - question: who is it\n    answer: B\n",
        ['5:5: card 2 ("who is it"): the same question as card 1'],
        id="duplicate-question",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Who?\n    answer: Bob\n    choices: [Alice, bob]\n",
        ['5:22: card 1 ("Who?"): choice \'bob\' is the answer; \'choices\' lists wrong options only'],
        id="choice-equals-answer",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Who?\n    answer: Bob\n    accept: [Robert]\n"
        "    choices: [Robert]\n",
        ["6:15: card 1 (\"Who?\"): choice 'Robert' is the answer; 'choices' lists wrong options only"],
        id="choice-equals-accept",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: When?\n    answer: March 6, 1992\n"
        "    choices: [March 16, 1992]\n",
        ['5:25: card 1 ("When?"): \'choices\' splits "March 16, 1992" at its comma; put quotes '
         "around a date inside [ ]"],
        id="date-split-by-flow-comma",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    title: x\n    question: R\n",
        ['5:5: card 1 ("Q"): unknown key \'title\'; allowed: question, answer, reverse, '
         "cloze, id, accept, choices, explanation, tags, group, source",
         "6:5: card 1 (\"Q\"): 'question' is given twice (first on line 3)"],
        id="duplicate-key",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    source: {file: a.txt, line: x}\n",
        ["5:33: card 1 (\"Q\"): 'line' must be a whole number from 1, not 'x'"],
        id="source-line-not-number",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    source: {line: 3}\n",
        ["5:13: card 1 (\"Q\"): 'file' is missing"],
        id="source-without-file",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: !!python/object/apply:os.system [echo hi]\n",
        ["4:13: the tag '!!python/object/apply:os.system' is not allowed in a deck (refused, "
         "not loaded)",
         "4:13: card 1 (\"Q\"): 'answer' must be text, not a list"],
        id="unsafe-python-tag",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: [a\n",
        ["4:13: the '[' opened here is never closed with ']'; close it, or, if the text starts "
         "with '[', put the text in quotes"],
        id="yaml-syntax",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n\tanswer: A\n",
        ["4:1: a tab: YAML indents with spaces only, and a tab cannot start a value; replace the tab with spaces"],
        id="yaml-tab",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: null\n  - question: R\n    answer: 'null'\n",
        ['4:13: card 1 ("Q"): \'answer\' is empty'],
        id="null-is-empty-but-quoted-null-is-text",
    ),
    pytest.param("", ["1:1: the file is empty; a deck needs a title and cards"], id="empty-file"),
    pytest.param("# only a comment\n", ["1:1: the file has only comments; a deck needs a title "
                                        "and cards"], id="only-comments"),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: [a, b]\n",
        ["5:12: card 1 (\"Q\"): 'group' must be text, not a list"],
        id="group-not-text",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: {name: a}\n",
        ["5:12: card 1 (\"Q\"): 'group' must be text, not a mapping"],
        id="group-mapping",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group:\n",
        ["5:11: card 1 (\"Q\"): 'group' is empty; remove it or give it a value"],
        id="group-empty",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: '  '\n",
        ["5:12: card 1 (\"Q\"): 'group' is empty; remove it or give it a value"],
        id="group-blank",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: \"a\\tb\"\n",
        ["5:12: card 1 (\"Q\"): 'group' must be one line of text, without tabs or line breaks"],
        id="group-tab",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: |\n      a\n      b\n",
        ["5:12: card 1 (\"Q\"): 'group' must be one line of text, without tabs or line breaks"],
        id="group-two-lines",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: \"wilson\\e[2J\"\n",
        ['5:19: the escape "\\e" gives the control character \\x1b (ESC), which is not allowed '
         "in a deck: it could act on the terminal; delete it"],
        id="group-escaped-control",
    ),
    pytest.param(
        "title: T\ncards:\n  - question: Q\n    answer: A\n    group: wil\x07son\n",
        ["5:15: the control character \\x07 (BEL) is not allowed in a deck: it could act on the "
         "terminal; delete it"],
        id="group-raw-control",
    ),
    pytest.param(
        "title: T\nid: two words\ncards:\n  - {question: Q, answer: A}\n",
        ["2:5: deck id 'two words' may hold only letters, digits, '-', '_' and '.'"],
        id="bad-deck-id",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_problem_has_exact_position(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:{line}" for line in expected]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pure_python_composer_reports_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: list[str]
) -> None:
    """Without libyaml (or when it refuses a file) the messages and positions are the same."""
    import quiz.deck.yamlnodes

    monkeypatch.setattr(quiz.deck.yamlnodes, "_FAST_LOADER", None)
    test_each_problem_has_exact_position(tmp_path, text, expected)


def test_not_utf8_points_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Café\ncards:\n  - {question: Où?, answer: ici}\n".encode("latin-1"))
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert str(caught.value) == f"{path}:1:11: the file is not UTF-8 text (byte 0xe9); save it as UTF-8"


def test_scalars_are_the_text_written(tmp_path: Path) -> None:
    path = tmp_path / "texts.yaml"
    path.write_text(
        "title: 2024\ncards:\n  - {question: Year, answer: 1992}\n  - {question: Yes, answer: yes}\n"
        "  - {question: Date, answer: 1992-03-06}\n  - {question: Version, answer: 3.10}\n"
        "  - {question: Octal, answer: 010}\n",
        encoding="utf-8",
    )
    deck = load_deck(path)
    assert deck.title == "2024"
    assert [c.answer for c in deck.cards] == ["1992", "yes", "1992-03-06", "3.10", "010"]


def test_card_id_defaults_to_the_normalised_question(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text("title: T\ncards:\n  - question: Who was it?\n    answer: Bob\n", "utf-8")
    second = tmp_path / "b.yaml"
    second.write_text("title: T\ncards:\n  - {question: 'who  was it', answer: Robert}\n", "utf-8")
    assert load_deck(first).cards[0].id == load_deck(second).cards[0].id
    assert load_deck(first).id == "a"


def test_a_full_deck_loads_every_key() -> None:
    deck = load_deck(Path(__file__).parents[1] / "data/decks/valid/full.yaml")
    card = deck.cards[0]
    assert (deck.id, deck.title, deck.tags) == ("every-key", "Every key", ("fixture",))
    assert card.id == "independence"
    assert card.accept == ("18 October 1991", "1991-10-18")
    assert card.choices == ("December 25, 1991", "March 6, 1992")
    assert card.source is not None and card.source.line == 25
    assert card.line == 6
    assert card.group == "independence-1991"
    assert deck.cards[1].group == "1992"  # read as the text written, like every value
    assert deck.cards[2].group is None


def test_group_is_written_back_as_read(tmp_path: Path) -> None:
    from quiz.deck.writer import dump_deck

    deck = load_deck(Path(__file__).parents[1] / "data/decks/valid/full.yaml")
    text = dump_deck(deck)
    assert "  group: independence-1991\n" in text and "  group: '1992'\n" in text
    assert dump_deck(deck, fast=False) == text
    copy = tmp_path / "copy.yaml"
    copy.write_text(text, encoding="utf-8")
    assert [c.group for c in load_deck(copy).cards] == [c.group for c in deck.cards]


def test_cli_check_names_the_place_of_a_bad_group(tmp_path: Path) -> None:
    (tmp_path / "groups.yaml").write_text(
        "title: Groups\ncards:\n  - question: Who was President in 1919?\n    answer: Woodrow Wilson\n"
        "    group: [wilson]\n  - question: What office did Wilson hold?\n    answer: President\n"
        "    group: ''\n  - question: When?\n    answer: '1919'\n    group: wilson-1919\n",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 1
    where = tmp_path / "groups.yaml"
    assert result.output.splitlines() == [
        f"{where}:5:12: card 1 (\"Who was President in 1919?\"): 'group' must be text, not a list",
        f"{where}:8:12: card 2 (\"What office did Wilson hold?\"): 'group' is empty; remove it or "
        "give it a value",
        "2 problems in 1 file; 0 decks OK",
    ]


def test_duplicate_deck_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text("title: A\nid: same\ncards: [{question: Q, answer: A}]\n")
    (tmp_path / "two.yml").write_text("title: B\nid: same\ncards: [{question: Q, answer: A}]\n")
    result = load_decks([tmp_path])
    assert [d.id for d in result.decks] == ["same"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'two.yml'}:1:1: deck id 'same' is already used by {tmp_path / 'one.yaml'}; "
        "give one an 'id'"
    ]


def test_cli_reports_all_files_then_a_summary(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text("title: G\ncards: [{question: Q, answer: A}]\n")
    (tmp_path / "bad.yaml").write_text("title: B\ncards:\n  - question: Q\n")
    (tmp_path / "notes.txt").write_text("not a deck")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), str(tmp_path / "gone.yaml")],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{tmp_path / 'gone.yaml'}: no such file or folder",
        f"{tmp_path / 'bad.yaml'}:3:5: card 1 (\"Q\"): 'answer' is missing",
        "2 problems in 2 files; 1 deck OK",
    ]


def test_cli_exits_zero_on_good_decks(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text("title: G\ncards: [{question: Q, answer: A}]\n")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)], catch_exceptions=False)
    assert (result.exit_code, result.output) == (0, "1 deck, 1 card: no problems\n")


def test_bundled_decks_pass() -> None:
    decks = Path(__file__).parents[2] / "decks"
    result = load_decks([decks])
    assert result.problems == []
    assert any(d.id == "sample-teacher" and len(d.cards) >= 10 for d in result.decks)


def test_cli_says_when_there_is_nothing_to_check(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a deck")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)], catch_exceptions=False)
    assert (result.exit_code, result.output) == (1, f"no deck files (*.yaml, *.yml) in {tmp_path}\n")
