"""A large document: what is kept of it is kept small, and its deck is exactly the deck the
same text gives when it is held whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.errors import GenerateError
from quiz.generate import documents, generate_decks, packed
from quiz.generate.dates import find_dates
from quiz.generate.distractors import PoolFacts, build_pools
from quiz.generate.documents import file_blocks, printable, read_document
from quiz.generate.extract import find_facts
from quiz.generate.questions import candidates_for
from quiz.generate.rank import SentenceWords, rank, rank_screened, screen
from quiz.generate.sentences import split_sentences
from quiz.textsafe import UNSAFE

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests/data/docs").iterdir()),
           *sorted((ROOT / "benchmarks/judged/docs/heldout").iterdir())]


def test_facts_candidates_and_dates_keep_no_per_object_dict() -> None:
    doc = read_document(SOURCES[0])
    fact = next(f for s in split_sentences(doc.text) for f in find_facts(s, doc))
    cand = candidates_for(fact, doc, 0)[0]
    for kept in (fact, cand, find_dates("On March 6, 1992")[0]):
        assert not hasattr(kept, "__dict__")  # slotted: a large document makes many


def _run(docs: Path, out: Path) -> dict[str, bytes]:
    report = generate_decks([docs], out, jobs=1, keep_rejected=True)
    files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    files["rejected"] = repr([(name, r.reason, r.candidate.question)
                              for name, r in report.rejected]).encode()
    files["words"] = str(report.words).encode()
    return files


def test_a_streamed_and_packed_document_gives_the_same_decks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for source in SOURCES:
        shutil.copy(source, docs / source.name)
    held = _run(docs, tmp_path / "held")
    monkeypatch.setattr(documents, "LARGE_DOCUMENT", 0)  # every document read from its file
    monkeypatch.setattr(packed, "BATCH", 3)  # and its candidates packed three at a time
    assert read_document(docs / SOURCES[0].name).streamed
    assert _run(docs, tmp_path / "streamed") == held
    assert len(held) > 10


def test_a_streamed_document_has_the_title_date_and_words_of_a_held_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.md"
    head = "---\ntitle: \"Kaldora notes\"\n---\n\nBy Jane Roe, May 2, 2024\n\n"
    path.write_text(head + "On March 6, 1992, Kaldora opened an embassy.\n" * 3000,
                    encoding="utf-8")
    held = read_document(path)
    monkeypatch.setattr(documents, "LARGE_DOCUMENT", 1000)
    streamed = read_document(path)
    assert streamed.streamed and not held.streamed and streamed.text == ""
    assert (streamed.title, streamed.date) == (held.title, held.date)
    assert held.title == "Kaldora notes" and held.date is not None
    assert held.date.text == "May 2, 2024"
    assert streamed.words() == held.words() == len(held.text.split())
    assert list(streamed.lines()) == list(held.lines()) == held.text.splitlines()
    assert streamed.main_country == held.main_country
    assert streamed.named_phrases == held.named_phrases


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfeK\x00", "is UTF-16 text"),
    (b"Kaldora\x00", "looks like a binary file"),
    (b" \n\t\n" * 100, "is empty"),
    (b"Kaldora\n" * 100 + b"\xe2\x80", "bad byte at offset 800"),
])
def test_a_large_bad_document_is_refused_as_a_small_one_is(
        data: bytes, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    for large in (10**9, 0):
        monkeypatch.setattr(documents, "LARGE_DOCUMENT", large)
        with pytest.raises(GenerateError, match=message):
            read_document(path)


_CHARS = st.sampled_from(["a", "B. ", " ", "\n", "\r", "\r\n", "\n\n", "\t", "\x0b", "\x0c",
                          "\x1c", "\x85", "\u2028", "\u2029", "\u200b", "\ufeff", "\x1b",
                          "“", "é", "😀", "| a | b |\n"])


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(_CHARS, max_size=80).map("".join), size=st.integers(1, 9),
       bom=st.booleans())
def test_file_blocks_are_the_text_cut_at_line_ends(text: str, size: int, bom: bool,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"\xef\xbb\xbf" * bom + text.encode("utf-8"))
    whole = printable(path.read_bytes().decode("utf-8-sig"))
    blocks = list(file_blocks(path, size))
    assert "".join(blocks) == whole
    assert [line for block in blocks for line in block.splitlines()] == whole.splitlines()


def test_printable_keeps_exactly_cr_of_the_unsafe_characters() -> None:
    unsafe = [chr(c) for c in range(0x10000) if UNSAFE.match(chr(c))]
    assert "\r" in unsafe and "\x1b" in unsafe
    assert [c for c in unsafe if printable(c) == c] == ["\r"]


def test_pools_gathered_document_by_document_are_those_of_all_the_facts() -> None:
    facts = []
    for source in SOURCES:
        doc = read_document(source)
        facts.append([f for s in split_sentences(doc.text) if not s.is_table_row
                      for f in find_facts(s, doc)])
    merged = PoolFacts()
    for document_facts in facts:
        gathered = PoolFacts()
        for fact in document_facts:
            gathered.add(fact)
        merged.update(gathered)
    everything = [f for document_facts in facts for f in document_facts]
    assert build_pools(merged) == build_pools(everything)
    assert len(build_pools(merged).names) > 5


def test_packed_candidates_come_out_as_they_went_in(monkeypatch: pytest.MonkeyPatch) -> None:
    made = [c for doc in map(read_document, SOURCES) for s in split_sentences(doc.text)
            for f in find_facts(s, doc) for c in candidates_for(f, doc, 0)]
    monkeypatch.setattr(packed, "BATCH", 2)
    candidates = packed.PackedCandidates()
    for cand in made:
        candidates.extend([cand])
    assert len(candidates.packed) == len(made) // 2
    out = list(candidates.drain())
    assert out == made and len(made) > 10
    assert [c.fact.sentence.dates for c in out] == [c.fact.sentence.dates for c in made]
    assert list(candidates.drain()) == []


def test_ranking_screened_candidates_is_ranking_them_all() -> None:
    doc = read_document(SOURCES[1])
    made = [c for s in split_sentences(doc.text) for f in find_facts(s, doc)
            for c in candidates_for(f, doc, 0)]
    kept, rejected = rank(made)
    words = SentenceWords()
    for cand in made:  # in document order
        words.add(cand)
    screened = [entry for entry in map(screen, made, range(len(made))) if not entry[3]]
    assert rank_screened(screened, words.counts, keep_rejected=False) == (kept, [])
    assert len(kept) > 3 and any(r.reason.startswith(("duplicate", "sibling")) for r in rejected)
    # (a card that gives another's answer away, found by ranking them together: since pass 351
    # refuses "Who was the ... in 2009?" on its own, no duplicate of "What position did ...")
