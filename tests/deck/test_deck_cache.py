"""The deck cache: an unchanged deck file is not parsed again, and nothing else changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.deck import cache, load_decks, loader
from quiz.deck.cache import reading_through
from quiz.deck.model import Card, Deck, Source
from quiz.deck.writer import write_deck

DECK = Deck(id="history", title="History", description="Dates", tags=("t",), cards=(
    Card(id="a", question="When?", answer="1991", accept=("in 1991",), choices=("1990", "1992",
         "1989"), explanation="Because.", tags=("date",),
         source=Source(file="seeds/a.txt", line=3, quote="It was 1991.")),
    Card(id="b", question="Who? «Ünïcode»", answer="Aliyev"),
))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    decks = tmp_path / "decks"
    decks.mkdir()
    write_deck(DECK, decks / "history.yaml")
    return decks


def load(folder: Path, cache_dir: Path | cache.DeckCache | None) -> list[Deck]:
    with reading_through(cache_dir):
        result = load_decks([folder])
    assert not result.errors
    return result.decks


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = loader.parse_deck

    def counting(path: Path, raw: bytes) -> Deck:
        parsed.append(path)
        return real(path, raw)

    monkeypatch.setattr(loader, "parse_deck", counting)
    return parsed


def test_an_unchanged_deck_is_read_back_equal_without_parsing(folder: Path, tmp_path: Path,
                                                             monkeypatch) -> None:
    parsed = count_parses(monkeypatch)
    first = load(folder, tmp_path / "cache")
    second = load(folder, tmp_path / "cache")
    assert len(parsed) == 1
    assert second == first and second[0].path == first[0].path == folder / "history.yaml"
    assert second[0].digest == first[0].digest  # a progress store sees the deck unchanged
    assert [c.line for c in second[0].cards] == [c.line for c in first[0].cards]
    assert second[0].cards == first[0].cards and second[0].tags == ("t",)


def test_an_edited_deck_is_parsed_again(folder: Path, tmp_path: Path, monkeypatch) -> None:
    parsed = count_parses(monkeypatch)
    load(folder, tmp_path / "cache")
    edited = Deck(id="history", title="History, edited", cards=DECK.cards)
    write_deck(edited, folder / "history.yaml")
    assert load(folder, tmp_path / "cache")[0].title == "History, edited"
    assert len(parsed) == 2


def test_a_deck_with_problems_is_never_kept(folder: Path, tmp_path: Path) -> None:
    (folder / "broken.yaml").write_text("title: x\ncards: 3\n", encoding="utf-8")
    for _ in range(2):
        with reading_through(tmp_path / "cache"):
            result = load_decks([folder])
        assert [e.problems[0].path.name for e in result.errors] == ["broken.yaml"]
    assert len(list((tmp_path / "cache").iterdir())) == 1  # the good deck only


def test_a_damaged_or_foreign_entry_is_parsed_again(folder: Path, tmp_path: Path,
                                                    monkeypatch) -> None:
    parsed = count_parses(monkeypatch)
    first = load(folder, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_text('{"key": "x"', encoding="utf-8")
    assert load(folder, tmp_path / "cache") == first
    entry.write_text('{"key": "%s", "deck": {"id": 3}}' % cache.DeckCache(entry.parent).key(
        folder / "history.yaml", (folder / "history.yaml").read_bytes()), encoding="utf-8")
    assert load(folder, tmp_path / "cache") == first
    assert len(parsed) == 3


def test_another_loader_reads_every_deck_again(folder: Path, tmp_path: Path,
                                               monkeypatch) -> None:
    parsed = count_parses(monkeypatch)
    load(folder, tmp_path / "cache")
    monkeypatch.setattr(cache, "_loader_fingerprint", lambda: b"a newer quiz")
    load(folder, tmp_path / "cache")
    assert len(parsed) == 2


def test_the_same_bytes_at_another_path_is_another_deck(folder: Path, tmp_path: Path) -> None:
    load(folder, tmp_path / "cache")
    (folder / "history.yaml").rename(folder / "renamed.yaml")
    text = (folder / "renamed.yaml").read_text(encoding="utf-8").replace("id: history\n", "")
    (folder / "renamed.yaml").write_text(text, encoding="utf-8")
    (deck,) = load(folder, tmp_path / "cache")
    assert deck.id == "renamed" and deck.path == folder / "renamed.yaml"


def test_without_a_cache_nothing_is_written(folder: Path, tmp_path: Path) -> None:
    load(folder, None)
    assert not (tmp_path / "cache").exists()


def test_a_cache_that_cannot_be_written_costs_only_speed(folder: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert load(folder, blocked / "cache") == load(folder, None)


def test_a_cache_made_to_keep_later_writes_only_when_asked(folder: Path, tmp_path: Path,
                                                          monkeypatch) -> None:
    parsed = count_parses(monkeypatch)
    later = cache.DeckCache(tmp_path / "cache", later=True)
    first = load(folder, later)
    assert not (tmp_path / "cache").exists()  # nothing written while the app starts
    assert load(folder, tmp_path / "cache") == first and len(parsed) == 2
    later.keep_waiting()
    later.keep_waiting()  # once written, nothing waits
    assert load(folder, tmp_path / "cache") == first and len(parsed) == 2


def test_a_large_deck_is_written_in_chunks_as_one_json_entry(tmp_path: Path,
                                                            monkeypatch) -> None:
    monkeypatch.setattr(cache, "CHUNK", 2)  # five cards: three chunks
    deck = Deck(id="big", title="Big", cards=tuple(
        Card(id=f"c{i}", question=f"Q{i}?", answer="A", tags=("x",)) for i in range(5)))
    folder = tmp_path / "decks"
    folder.mkdir()
    write_deck(deck, folder / "big.yaml")
    parsed = count_parses(monkeypatch)
    first = load(folder, tmp_path / "cache")
    assert load(folder, tmp_path / "cache") == first and len(parsed) == 1
    (entry,) = (tmp_path / "cache").iterdir()
    assert json.loads(entry.read_text(encoding="utf-8"))["deck"]["cards"] == json.loads(
        json.dumps([cache._card_row(card) for card in first[0].cards]))
