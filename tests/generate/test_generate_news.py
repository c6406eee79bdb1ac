"""News reports: the dateline dates the officials of the report's lead ("OSLO, 14 March 1991 —
... signed by Tomas Verlin, the Foreign Minister of Norland"), and the guards the newly dated
cards need (a name cut short, a second office, the leaders the report is about).

The report is invented for these tests."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import read_document
from quiz.generate.pipeline import prepare
from quiz.generate.quality import faults

_REPORT = """Norland and Vesteria sign fisheries treaty in Oslo

OSLO, 14 March 1991 — Norland and Vesteria signed a treaty on shared fishing grounds in the \
North Sea today, ending a quarrel over herring quotas that had lasted more than a decade. The \
Norlandian Prime Minister, Erik Sandvold, watched the ceremony.

The treaty was signed by Tomas Verlin, the Foreign Minister of Norland, at the Oslo City Hall. \
Vesteria's Fisheries Minister, Sheikh Faisal bin Khalid Al Thani, signed for Vesteria. Ana Ruiz, chairman of the \
Lerno Council and president of the Lerno Assembly, attended.

The quarrel began in 1979, when Vesteria extended its fishing zone to 200 miles.

Ole Brandt, the Speaker of the Norland Storting, opened a debate on ratification.
"""


def _prepared(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "fisheries-treaty-news.txt"
    path.write_text(_REPORT, encoding="utf-8")
    return prepare(read_document(path))


def test_an_official_in_the_lead_is_dated_by_the_dateline(tmp_path: Path) -> None:
    questions = [c.question for c in _prepared(tmp_path).candidates]
    assert "What position did Tomas Verlin hold in March 1991?" in questions, questions


def test_an_official_after_the_lead_is_not_dated_by_the_dateline(tmp_path: Path) -> None:
    questions = [c.question for c in _prepared(tmp_path).candidates]
    # (asked through what he did, "Which Speaker ... opened a debate", he needs no date)
    assert not any(("Ole Brandt" in q or "Speaker" in q) and "1991" in q for q in questions), (
        questions)


def test_the_leaders_a_report_is_about_are_not_asked_their_office(tmp_path: Path) -> None:
    questions = [c.question for c in _prepared(tmp_path).candidates]
    assert not any("Sandvold" in q or "Norlandian Prime Minister" in q for q in questions)


def test_a_name_cut_short_and_a_second_office_are_faults(tmp_path: Path) -> None:
    prepared = _prepared(tmp_path)
    questions = [c.question for c in prepared.candidates]
    assert not any("Sheikh Faisal" in q or "Ana Ruiz" in q for q in questions), questions
    reasons = [fault for r in prepared.rejected for fault in faults(r.candidate)
               if r.candidate.answer in {"Sheikh Faisal", "Ana Ruiz"}
               or r.candidate.fact.answer in {"Sheikh Faisal", "Ana Ruiz"}]
    assert any("cut short" in reason for reason in reasons), reasons
    assert any("two offices" in reason for reason in reasons), reasons


def test_today_and_tonight_are_the_datelines_day_outside_quotations() -> None:
    from quiz.generate.dates import find_dates
    from quiz.generate.text import anchor_relative_dates

    date = find_dates("OSLO, 14 March 1991")[0]
    assert anchor_relative_dates("Norland signed the treaty tonight.", date) == (
        "Norland signed the treaty on 14 March 1991.")
    assert anchor_relative_dates("Verlin said: “We sign today.”", date) is None
    assert anchor_relative_dates("Norland signed the treaty today.", None) is None
