"""lemminflect's tables, indexed and parsed a word at a time (inflect._LazyTable), hold what
its own loaders make of them, entry for entry."""

from __future__ import annotations

import gzip
from pathlib import Path

from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from quiz.generate.inflect import _inflection_entry, _LazyTable, _lemma_entry


def test_the_lazy_tables_hold_what_lemminflect_loads() -> None:
    for path, entry_of, fixed, load in (
            (config.lemma_lu_fn, _lemma_entry, {}, LemmaLUCodec.load),
            (config.inflection_lu_fn, _inflection_entry, InflectionLUCodec.updateForAuxMod({}),
             InflectionLUCodec.load)):
        table = _LazyTable.read(path, entry_of, fixed)
        assert table is not None
        loaded = load(path)
        assert len(table) == len(loaded) and set(table) == set(loaded)
        for word, entry in loaded.items():
            assert list(table[word].items()) == list(entry.items()), word
        assert table.get("qqxzzy", {}) == {} and "qqxzzy" not in table


def test_a_table_whose_lines_are_not_sorted_is_left_to_lemminflect(tmp_path: Path) -> None:
    path = tmp_path / "lu.csv.gz"
    path.write_bytes(gzip.compress(b"b,noun,b\na,noun,a\nb,verb,b\n"))
    assert _LazyTable.read(str(path), _lemma_entry, {}) is None
    path.write_bytes(gzip.compress(b"a,noun,a\nb,noun,b/bs\nb,verb,b\n"))
    table = _LazyTable.read(str(path), _lemma_entry, {})
    assert table is not None and table["b"] == {"NOUN": ("b", "bs"), "VERB": ("b",)}
