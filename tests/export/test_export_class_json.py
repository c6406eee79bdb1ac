"""Issue #10, class 7: `quiz report class` on JSON that the schema alone let through: impossible
dates, deep nesting, huge numbers and NaN are refused at file:line:column, never a traceback."""

from __future__ import annotations

import json
import re
import time
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_helpers import T0, build_class

from quiz.cli import cli
from quiz.errors import QuizError
from quiz.export.progress import export_progress
from quiz.export.schema import parse_json, validate_progress
from quiz.export.stats import daily


@pytest.fixture(scope="module")
def export_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    studied = build_class(tmp_path_factory.mktemp("json"))
    doc = export_progress(studied.db, student="ana", now=T0 + timedelta(days=2))
    assert doc["reviews"]
    return json.dumps(doc, indent=2)


def report(tmp_path: Path, text: str) -> tuple[int, str, str, Path]:
    source = tmp_path / "ana.json"
    source.write_text(text, "utf-8")
    out = tmp_path / "class.html"
    result = CliRunner().invoke(cli, ["report", "class", str(source), "-o", str(out)],
                                catch_exceptions=False)
    return result.exit_code, result.stderr, str(source), out


def test_the_export_itself_is_accepted(export_text: str, tmp_path: Path) -> None:
    code, err, _, out = report(tmp_path, export_text)
    assert code == 0, err
    assert "nan%" not in out.read_text("utf-8")


@pytest.mark.parametrize("bad", ["2026-13-45T00:00:00Z", "2026-02-30T00:00:00Z",
                                 "2026-01-05T25:00:00Z"])
def test_an_impossible_review_time_is_refused_by_the_schema(export_text: str, tmp_path: Path,
                                                            bad: str) -> None:
    first = json.loads(export_text)["reviews"][0]["reviewed_at"]
    code, err, name, out = report(tmp_path, export_text.replace(first, bad, 1))
    assert code == 1 and not out.exists()
    assert err.startswith(f"quiz: {name}: not a quiz progress export: at ")
    assert f"'{bad}' is not a 'date-time'" in err


def test_an_impossible_export_time_is_refused(export_text: str) -> None:
    doc = json.loads(export_text)
    doc["exported_at"] = "2025-02-29T10:00:00Z"  # not a leap year
    with pytest.raises(QuizError, match="at exported_at: '2025-02-29T10:00:00Z' is not a"):
        validate_progress(doc, "x.json")


def test_deep_nesting_is_refused_where_it_gets_too_deep(tmp_path: Path) -> None:
    code, err, name, _ = report(tmp_path, "\n" + "[" * 1000 + "]" * 1000)
    assert code == 1
    assert err == f"quiz: {name}:2:33: not a quiz progress export: nested more than 32 levels deep\n"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    assert parse_json(json.dumps({"a": "[" * 500 + "\\\"{" * 100}), "x") == {
        "a": "[" * 500 + "\\\"{" * 100}


def test_a_huge_whole_number_is_refused_at_its_place(export_text: str, tmp_path: Path) -> None:
    text = re.sub(r'"reviews": \d+', '"reviews": ' + "9" * 5000, export_text, count=1)
    line = text[:text.index("9" * 5000)].count("\n") + 1
    code, err, name, _ = report(tmp_path, text)
    assert code == 1
    assert err == (f"quiz: {name}:{line}:18: not a quiz progress export: a number of 5,000 digits "
                   "is too long (at most 15)\n")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999", "1e308", "-2.5e15"])
def test_nan_and_infinity_are_refused(export_text: str, tmp_path: Path, value: str) -> None:
    text = re.sub(r'"accuracy": [\d.]+', f'"accuracy": {value}', export_text, count=1)
    assert value in text
    code, err, name, out = report(tmp_path, text)
    assert code == 1 and not out.exists()
    assert re.fullmatch(rf"quiz: {re.escape(name)}:\d+:\d+: not a quiz progress export: .*\n",
                        err)
    assert value in err


def test_a_count_written_with_an_exponent_is_refused(export_text: str, tmp_path: Path) -> None:
    """Found by the fuzz test: JSON Schema counts 1e308 as an integer, so `"misses": 1e308`
    passed the schema and the report showed an accuracy of -inf%."""
    text = re.sub(r'"misses": \d+', '"misses": 1e308', export_text, count=1)
    code, err, name, out = report(tmp_path, text)
    assert code == 1 and not out.exists()
    assert err.endswith(": not a quiz progress export: the number 1e308 is too long or too large "
                        "(at most 15 digits)\n")
    assert parse_json('{"stability": 36500.25, "misses": 3.0}', "x") == {
        "stability": 36500.25, "misses": 3.0}


@pytest.mark.parametrize("literal", ["0." + "0" * 40 + "1", "1234567890123456.5",
                                     "-12345678901234567"])
def test_a_long_number_is_refused_without_an_exponent(literal: str) -> None:
    with pytest.raises(QuizError, match=r"too (long|large).*at most 15"):
        parse_json('{"ok": 0.5, "n": 2.5E1, "x": ' + literal + "}", "x")


def test_numbers_are_read_exactly_as_json_reads_them() -> None:
    text = '{"a": [0.1, -0, 12.5e-3, 123456789012345, 0.000001, -7, 2.5E1, 1.7976931348623157]}'
    assert parse_json(text, "x") == json.loads(text)
    assert parse_json(text.replace("e-3", "").replace("E1", ""), "x") == json.loads(
        text.replace("e-3", "").replace("E1", ""))


def test_a_number_word_inside_a_string_is_fine() -> None:
    assert parse_json('{"a": "NaN Infinity 99999999999999999999", "b": 1.5}', "x") == {
        "a": "NaN Infinity 99999999999999999999", "b": 1.5}


@pytest.mark.parametrize("year", ["0001", "9999"])
def test_a_review_dated_centuries_away_does_not_draw_every_day_between(
        export_text: str, tmp_path: Path, year: str) -> None:
    """Found by the fuzz test: the charts listed every day from the first review to the last, so
    one review dated 0001 made a report of 740,000 days (seconds of work, megabytes of SVG)."""
    doc = json.loads(export_text)
    doc["reviews"][0]["reviewed_at"] = f"{year}-06-01T12:00:00Z"
    started = time.perf_counter()
    code, err, _, out = report(tmp_path, json.dumps(doc))
    assert code == 0, err
    assert time.perf_counter() - started < 10.0  # a hang guard, not a speed target
    assert out.stat().st_size < 200_000
    assert "Jun 01" in out.read_text("utf-8")


def test_daily_fills_quiet_days_of_a_short_span_only() -> None:
    def review(day: str) -> dict[str, object]:
        return {"reviewed_at": f"{day}T10:00:00Z", "cram": False, "state_before": "new",
                "rating": 3}

    assert len(daily([review("2026-01-01"), review("2026-01-31")])) == 31
    assert [d.day.isoformat() for d in daily([review("2020-01-01"), review("2026-01-31")])] == [
        "2020-01-01", "2026-01-31"]
