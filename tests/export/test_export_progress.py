"""`quiz export progress`: the document, CSV, JSON (schema), HTML; errors and empty databases."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from export_helpers import SCRIPT_Q, T0, WRONG, Studied, build_class

from quiz.cli import cli
from quiz.export.csvout import PROGRESS_COLUMNS
from quiz.export.progress import export_progress
from quiz.export.render import progress_text
from quiz.export.schema import progress_schema, validate_progress
from quiz.export.stats import wrong_answers
from quiz.scheduling.service import StudyService
from quiz.store.db import open_db
from quiz.store.progress import ProgressStore

NOW = T0 + timedelta(days=3)


@pytest.fixture(scope="module")
def studied(tmp_path_factory: pytest.TempPathFactory) -> Studied:
    return build_class(tmp_path_factory.mktemp("class"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_one_row_per_student_and_card_with_counts_from_the_log(studied: Studied) -> None:
    doc = export_progress(studied.db, now=NOW)
    keys = [(c["student"], c["deck"], c["card_id"]) for c in doc["cards"]]
    cards = ["plain/rome", "plain/vienna", "tricky/xss", "tricky/wall", "tricky/plus"]
    expected = [(s, *c.split("/")) for s in ("ana", "ben", "cleo") for c in cards]
    assert keys == expected
    for row in doc["cards"]:
        reviews, misses = studied.count(row["student"], row["deck"], row["card_id"])
        assert (row["reviews"], row["misses"]) == (reviews, misses)
        if reviews:
            assert row["accuracy"] == round((reviews - misses) / reviews, 4)
            assert row["last_rating"] == studied.answers[
                (row["student"], row["deck"], row["card_id"])][-1]
            assert row["state"] != "new" and 0 < row["retrievability"] <= 1
        else:
            assert row["state"] == "new"
            assert row["accuracy"] is row["retrievability"] is row["due"] is None
    assert [s["name"] for s in doc["students"]] == ["ana", "ben", "cleo"]
    assert [s["reviews"] for s in doc["students"]] == [12, 5, 0]
    assert [s["misses"] for s in doc["students"]] == [2, 3, 0]
    assert len(doc["reviews"]) == 20  # the log keeps ana's three cram answers...
    assert [(r["student"], r["deck"], r["card_id"], r["rating"])
            for r in doc["reviews"] if r["cram"]] == studied.cram  # ...counted nowhere else


def test_summaries_agree_with_the_rows_and_the_store_statistics(studied: Studied) -> None:
    doc = export_progress(studied.db, now=NOW)
    counted = [r for r in doc["reviews"] if not r["cram"]]
    for student in doc["students"]:
        mine = [r for r in counted if r["student"] == student["name"]]
        review_state = [r for r in mine if r["state_before"] == "review"]
        assert student["reviews"] == len(mine)
        assert student["misses"] == sum(r["rating"] == 1 for r in mine)
        expected = (round(sum(r["rating"] > 1 for r in review_state) / len(review_state), 4)
                    if review_state else None)
        assert student["true_retention"] == expected
    assert doc["students"][0]["true_retention"] is not None  # ana reviewed on day three
    for deck in doc["decks"]:
        rows = [c for c in doc["cards"] if c["deck"] == deck["id"]]
        assert deck["reviews"] == sum(c["reviews"] for c in rows)
        assert deck["misses"] == sum(c["misses"] for c in rows)
        assert sum(deck["states"].values()) == len(rows) == 3 * deck["cards"]


def test_retrievability_is_computed_at_export_time(studied: Studied) -> None:
    soon = export_progress(studied.db, student="ana", now=T0 + timedelta(days=1, hours=3))
    later = export_progress(studied.db, student="ana", now=T0 + timedelta(days=30))
    pairs = [(a["retrievability"], b["retrievability"])
             for a, b in zip(soon["cards"], later["cards"], strict=True) if a["reviews"]]
    assert pairs and all(early > late for early, late in pairs)


def test_sources_come_from_the_deck_files(studied: Studied) -> None:
    doc = export_progress(studied.db, student="ben", deck="tricky", now=NOW)
    by_id = {c["card_id"]: c["source"] for c in doc["cards"]}
    assert by_id["wall"] == {"file": "seeds/cold.txt", "line": 4,
                             "quote": "The Wall fell in 1989."}
    assert by_id["plus"] is None
    assert doc["filters"] == {"student": "ben", "deck": "tricky"}
    assert [d["id"] for d in doc["decks"]] == ["tricky"]


def test_json_export_validates_against_the_shipped_schema(studied: Studied) -> None:
    code, out, _ = run("--db", str(studied.db), "export", "progress", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    jsonschema.Draft202012Validator(progress_schema()).validate(doc)
    assert doc["schema"] == "quiz-progress" and doc["version"] == 1
    assert set(doc) == {"schema", "version", "exported_at", "filters", "students", "decks",
                        "cards", "reviews"}


def test_schema_rejects_a_broken_document(studied: Studied) -> None:
    doc = export_progress(studied.db, now=NOW)
    doc["cards"][0]["reviews"] = -1
    with pytest.raises(Exception, match=r"at cards/0/reviews: -1 is less than the minimum"):
        validate_progress(doc, "x.json")


def test_csv_has_exact_columns_iso_dates_and_escapes_formulas(studied: Studied) -> None:
    code, out, _ = run("--db", str(studied.db), "export", "progress", "--student", "ana")
    assert code == 0
    assert not out.startswith("\ufeff")  # stdout: no BOM
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == PROGRESS_COLUMNS
    assert tuple(rows[0]) == (
        "student", "deck", "deck_title", "card_id", "question", "answer", "state", "reviews",
        "misses",
        "lapses", "accuracy", "last_review", "last_rating", "stability", "difficulty",
        "retrievability", "due", "suspended")
    by_id = {r[3]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_id["xss"]["question"] == SCRIPT_Q
    assert by_id["xss"]["answer"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert by_id["plus"]["question"] == "'+1 or -1?"
    assert by_id["plus"]["answer"] == "'@SUM(A1:A9)"
    assert by_id["wall"]["answer"] == "1989"
    assert by_id["xss"]["last_review"].startswith("2026-01-0")
    assert by_id["xss"]["last_review"].endswith("Z") and len(by_id["xss"]["last_review"]) == 20


def test_csv_file_has_a_bom_for_excel(studied: Studied, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    code, _, err = run("--db", str(studied.db), "export", "progress", "-o", str(out))
    assert code == 0 and f"wrote {out}" in err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 15 and rows[0]["student"] == "ana"


def test_html_escapes_deck_text_and_is_self_contained(studied: Studied) -> None:
    html = progress_text(export_progress(studied.db, now=NOW), "html")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "Tricky &lt;b&gt;deck&lt;/b&gt; &amp; co" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "").replace(
        "http://evil.example", "")
    assert "@media print" in html
    assert html.count("<svg") == 6  # three charts per deck
    assert "The Wall fell in 1989." in html  # the hardest cards show their source


def test_unknown_deck_or_student_is_a_clear_error(studied: Studied) -> None:
    code, out, err = run("--db", str(studied.db), "export", "progress", "--deck", "nope")
    assert code == 1 and out == ""
    assert err == "quiz: no deck 'nope' in the progress database (decks: plain, tricky)\n"
    code, _, err = run("--db", str(studied.db), "export", "progress", "--student", "zed")
    assert code == 1
    assert err == ("quiz: no student 'zed' in the progress database "
                   "(students: ana, ben, cleo)\n")


def test_missing_database_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    code, _, err = run("--db", str(db), "export", "progress")
    assert code == 1 and "no progress database at" in err
    assert not db.exists()


@pytest.mark.parametrize("fmt", ["csv", "json", "html"])
def test_empty_database_exports_cleanly(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "empty.db"
    open_db(db).close()
    code, out, _ = run("--db", str(db), "export", "progress", "--format", fmt)
    assert code == 0
    if fmt == "csv":
        assert out.splitlines() == [",".join(PROGRESS_COLUMNS)]
    elif fmt == "json":
        doc = validate_progress(json.loads(out))
        assert doc["students"] == doc["decks"] == doc["cards"] == doc["reviews"] == []
    else:
        assert "No student has studied in this database yet." in out


class _Balance(HTMLParser):
    """Checks that every non-void element is closed in order, and counts elements by name."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "line", "rect", "circle", "polyline"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.seen: Counter[str] = Counter()
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen[tag] += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unexpected </{tag}>")


def test_html_report_is_balanced_and_has_no_active_content(studied: Studied) -> None:
    parser = _Balance()
    parser.feed(progress_text(export_progress(studied.db, now=NOW), "html"))
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert parser.seen["script"] == parser.seen["iframe"] == parser.seen["img"] == 0
    assert parser.seen["link"] == 0 and parser.seen["style"] == 1  # CSS inline, nothing fetched
    assert parser.seen["section"] == 3  # students + two decks


def test_wrong_answers_are_logged_grouped_and_escaped(studied: Studied) -> None:
    doc = export_progress(studied.db, now=NOW)
    wrong = wrong_answers(doc["reviews"])
    misses: dict[tuple[str, str], int] = {}
    for (_, deck, card), ratings in studied.answers.items():
        misses[(deck, card)] = misses.get((deck, card), 0) + ratings.count(1)
    for _, deck, card, rating in studied.cram:
        misses[(deck, card)] += rating == 1
    assert wrong == {key: [(WRONG, n)] for key, n in misses.items() if n}
    html = progress_text(doc, "html")
    assert "<i>" not in html and "\u201c&lt;i&gt;no idea&lt;/i&gt;\u201d" in html


def test_wrong_answers_fold_case_and_spacing_and_skip_right_ones() -> None:
    base = {"deck": "d", "card_id": "c", "cram": False}
    reviews = [
        {**base, "response": "Treaty of  Paris", "correct": False, "rating": 1},
        {**base, "response": "treaty of paris", "correct": False, "rating": 3},
        {**base, "response": "Vienna", "correct": None, "rating": 1},  # flip, rated Again
        {**base, "response": "Rome", "correct": True, "rating": 3},
        {**base, "response": "Lisbon", "correct": None, "rating": 3},
        {**base, "response": None, "correct": False, "rating": 1},
    ]
    assert wrong_answers(reviews) == {("d", "c"): [("Treaty of  Paris", 2), ("Vienna", 1)]}


def test_exports_never_read_the_deck_files(tmp_path: Path) -> None:
    studied = build_class(tmp_path / "class")
    before = {fmt: progress_text(export_progress(studied.db, now=NOW), fmt)
              for fmt in ("csv", "json", "html")}
    shutil.rmtree(studied.folder / "decks")  # the store owns the cards: nothing is missing
    doc = export_progress(studied.db, now=NOW)
    assert {fmt: progress_text(doc, fmt) for fmt in before} == before
    code, out, _ = run("--db", str(studied.db), "--decks", str(tmp_path / "none"),
                       "export", "progress", "--format", "html")
    assert code == 0 and "The Wall fell in 1989." in out
    by_id = {c["card_id"]: c["source"] for c in doc["cards"] if c["student"] == "ana"}
    assert by_id["wall"] == {"file": "seeds/cold.txt", "line": 4,
                             "quote": "The Wall fell in 1989."}
    assert by_id["plus"] is None
    exports = []
    for name in ("ana", "ben"):
        path = tmp_path / f"{name}.json"
        path.write_text(progress_text(export_progress(studied.db, student=name, now=NOW),
                                      "json"), "utf-8")
        exports.append(str(path))
    code, out, _ = run("report", "class", *exports)
    assert code == 0 and "The Wall fell in 1989." in out


def test_due_now_leaves_out_suspended_and_buried_cards(tmp_path: Path) -> None:
    studied = build_class(tmp_path / "class")
    later = T0 + timedelta(days=60)  # every card ana studied is due
    doc = export_progress(studied.db, student="ana", now=later)
    stamp = doc["exported_at"]
    due = [(c["deck"], c["card_id"]) for c in doc["cards"]
           if c["due"] is not None and c["due"] <= stamp]
    assert len(due) >= 3 and doc["students"][0]["due_now"] == len(due)
    store = ProgressStore.open(studied.db)
    try:
        student = store.get_or_create_student("ana")
        service = StudyService(store, student, now=lambda: later, tz="UTC")
        assert service.set_suspended(*due[0], True)
        assert service.bury(*due[1]) is not None  # until the next study day
    finally:
        store.close()
    doc = export_progress(studied.db, student="ana", now=later)
    rows = {(c["deck"], c["card_id"]): c for c in doc["cards"]}
    assert rows[due[0]]["suspended"] and rows[due[1]]["due"] <= stamp  # schedules kept
    assert doc["students"][0]["due_now"] == len(due) - 2
    tomorrow = export_progress(studied.db, student="ana", now=later + timedelta(days=1))
    counted = [c for c in tomorrow["cards"]
               if c["due"] is not None and c["due"] <= tomorrow["exported_at"]]
    assert tomorrow["students"][0]["due_now"] == len(counted) - 1  # unburied; still suspended


def test_csv_is_the_same_without_the_review_log(studied: Studied) -> None:
    """The CSV writes no review: `reviews=False` (what `--format csv` asks) leaves the log
    out and changes nothing else."""
    full = export_progress(studied.db, now=NOW)
    lean = export_progress(studied.db, now=NOW, reviews=False)
    assert full["reviews"] and lean["reviews"] == []
    assert {**lean, "reviews": full["reviews"]} == full
    assert progress_text(lean, "csv") == progress_text(full, "csv")


def test_answers_in_one_second_come_by_deck_and_other_offsets_in_their_utc_place(
        tmp_path: Path) -> None:
    """A student's review log is oldest first to the second, answers in one second by deck
    (ben's), a time written with another offset (by hand) where its UTC time puts it (ana's)."""
    studied = build_class(tmp_path / "class")
    store = ProgressStore.open(studied.db)
    try:
        with store.transaction():
            for name, deck, card, at in [
                    ("ben", "tricky", "wall", "2026-01-09T10:00:00.100000+00:00"),
                    ("ben", "plain", "rome", "2026-01-09T10:00:00.900000+00:00"),
                    ("ana", "plain", "vienna", "2026-01-09T11:30:00.000000+02:00"),
                    ("ana", "plain", "rome", "2026-01-09T10:00:00.000000+00:00")]:
                store.db.conn.execute(
                    "INSERT INTO review_log (student_id, card_pk, rating, reviewed_at, mode)"
                    " VALUES (?, ?, 3, ?, 'flip')",
                    [store.get_or_create_student(name).id, store.card_pk(deck, card), at])
    finally:
        store.close()
    for student in (None, "ana", "ben"):
        reviews = export_progress(studied.db, student=student, now=NOW)["reviews"]
        last = {name: [(r["reviewed_at"], r["card_id"]) for r in reviews
                       if r["student"] == name][-2:] for name in ("ana", "ben")}
        if student != "ben":
            assert last["ana"] == [("2026-01-09T09:30:00Z", "vienna"),
                                   ("2026-01-09T10:00:00Z", "rome")]
        if student != "ana":
            assert last["ben"] == [("2026-01-09T10:00:00Z", "rome"),
                                   ("2026-01-09T10:00:00Z", "wall")]
