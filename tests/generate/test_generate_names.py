"""Every document gets its own deck file: names that clash are told apart, the same way each run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deck.loader import load_decks
from quiz.generate import generate_decks
from quiz.generate.documents import Document
from quiz.generate.pipeline import _out_names

DOC = Path(__file__).resolve().parents[1] / "data" / "docs" / "harbor_accord.txt"


def _names(*paths: str) -> list[str]:
    return _out_names([Document(Path(p), "text", "title") for p in paths])


def _place(root: Path, *relative: str) -> None:
    """Copies of one document, each with other dates and numbers: a fact asked in one deck of a
    run is not asked again, so identical copies would leave the later decks empty."""
    text = DOC.read_text(encoding="utf-8")
    for i, rel in enumerate(relative):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text.replace("2417", str(2417 + i)).replace("2019", str(2010 + i)),
                                encoding="utf-8")


def test_names_that_fold_to_the_same_id_get_distinct_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _place(tmp_path, "s/a b.txt", "s/a-b.txt", "p/x/doc.txt", "q/x/doc.txt")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["generate", "s", "p", "q", "--out", "out"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == 4
    assert "p-x-doc.yaml" in files and "q-x-doc.yaml" in files
    assert result.output.splitlines()[-1].startswith("4 decks from 4 documents")
    loaded = load_decks([tmp_path / "out"])
    assert not loaded.errors and len({d.id for d in loaded.decks}) == 4
    sources = {d.description for d in loaded.decks}
    assert sources == {"Generated from s/a b.txt", "Generated from s/a-b.txt",
                       "Generated from p/x/doc.txt", "Generated from q/x/doc.txt"}


def test_the_names_are_the_same_on_every_run(tmp_path: Path) -> None:
    _place(tmp_path, "s/a b.txt", "s/a-b.txt")
    first = generate_decks([tmp_path / "s"], tmp_path / "out")
    second = generate_decks([tmp_path / "s"], tmp_path / "out")
    assert [r.path for r in first.results] == [r.path for r in second.results]
    assert [r.status for r in second.results] == ["unchanged", "unchanged"]
    assert len(set(r.path for r in first.results)) == 2


def test_clashing_names_are_told_apart_by_the_nearest_distinct_folders() -> None:
    assert _names("p/x/doc.txt", "q/x/doc.txt", "other.txt") == [
        "p-x-doc.yaml", "q-x-doc.yaml", "other.yaml"]
    assert _names("a/doc.txt", "b/doc.md") == ["a-doc.yaml", "b-doc.yaml"]
    assert _names("doc.txt", "sub/doc.txt") == ["doc.yaml", "sub-doc.yaml"]


def test_names_differing_only_in_case_or_punctuation_get_a_hash_of_their_path() -> None:
    names = _names("s/a b.txt", "s/a-b.txt", "s/A-B.txt")
    assert len({n.casefold() for n in names}) == 3
    assert [n[:4] for n in names] == ["a-b-", "a-b-", "A-B-"]
    # the hash is of the document's own path, so other documents do not change it
    assert _names("s/a b.txt", "t/z.txt", "s/a-b.txt")[0] == names[0]


def test_a_told_apart_name_never_takes_another_documents_own_name() -> None:
    names = _names("x/doc.txt", "y/doc.txt", "x-doc.txt")
    assert len({n.casefold() for n in names}) == 3
    assert names == ["x-doc.yaml", "y-doc.yaml", "x-doc-2.yaml"]


def test_names_in_scripts_without_ascii_letters_stay_distinct() -> None:
    names = _names("docs/Ελληνικά.txt", "docs/日本.txt", "docs/عربي.md")
    assert len(set(names)) == 3
    assert all(n.startswith("deck-") for n in names)


def test_a_particle_keeps_the_case_the_document_gives_it_mid_sentence() -> None:
    from pathlib import Path

    from quiz.generate.documents import Document
    from quiz.generate.pipeline import prepare
    body = ("# Kaldora timeline\n\nOn 4 May 1958 the council invited de Vaux to form a "
            "government.\n\nDe Vaux announced the Aster Plan for the river ports on 3 October "
            "1958.\n")
    prepared = prepare(Document(Path("doc.md"), body, "Kaldora timeline"))
    asked = [c.question for c in prepared.candidates if c.answer.startswith("3 October")]
    assert asked and all("de Vaux" in q and "De Vaux" not in q for q in asked)
