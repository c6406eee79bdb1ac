"""The block-character charts: levels, calendar placement, column heights, bar lengths."""

from __future__ import annotations

from datetime import date, timedelta

from quiz.tui.widgets.charts import bars, columns, heat_level, heatmap

TODAY = date(2026, 3, 4)  # a Wednesday


def test_heat_level_quarters_of_the_busiest_day() -> None:
    assert [heat_level(n, 8) for n in (0, 1, 2, 3, 4, 5, 8)] == [0, 1, 1, 2, 2, 3, 4]
    assert heat_level(3, 0) == 0


def test_heatmap_puts_days_under_their_weekday_and_stops_today() -> None:
    text = heatmap({TODAY: 4, TODAY - timedelta(days=2): 1}, TODAY, weeks=2).plain
    lines = text.split("\n")
    assert lines[1].startswith("Mon") and lines[7].startswith("Sun")
    assert lines[1] == "Mon ■ ■ " and lines[3] == "Wed ■ ■ "
    assert lines[4] == "    ■   "  # Thursday of this week is still to come
    styles = heatmap({TODAY: 4}, TODAY, weeks=1)
    cell = next(span for span in styles.spans if styles.plain[span.start:span.end] == "■ "
                and span.style == "bold bright_green")
    assert cell is not None


def test_columns_scale_to_the_peak() -> None:
    text = columns([0, 4, 8], ["a", "", "c"], height=2).plain.split("\n")
    top, bottom, labels = text
    assert top.endswith("██") and top.startswith("8 ▕")
    assert bottom.endswith("████")
    assert labels.strip() == "a   c"


def test_bars_are_proportional() -> None:
    lines = bars([("new", 10), ("review", 5), ("none", 0)], width=10).plain.split("\n")
    assert lines[0] == "new    ██████████ 10"
    assert lines[1] == "review █████ 5"
    assert lines[2] == "none    0"
