"""The inline SVG charts: geometry follows the data, labels are escaped, markup is balanced."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from quiz.export.svg import HEIGHT, PAD_BOTTOM, PAD_TOP, bar_chart, line_chart, stacked_bar

NS = {"s": "http://www.w3.org/2000/svg"}


def test_bar_heights_are_proportional_and_labels_escaped() -> None:
    svg = bar_chart("Reviews <per> day", [("a<b", 10), ("c&d", 5), ("e", 0)])
    root = ET.fromstring(svg)  # well-formed XML
    assert root.find("s:title", NS).text == "Reviews <per> day"
    heights = [float(r.get("height")) for r in root.findall("s:rect", NS)]
    assert heights == [HEIGHT - PAD_BOTTOM - PAD_TOP, (HEIGHT - PAD_BOTTOM - PAD_TOP) / 2, 0.0]
    assert "a&lt;b" in svg and "c&amp;d" in svg


def test_line_chart_leaves_gaps_for_days_without_data() -> None:
    svg = line_chart("Retention", [("d1", 1.0), ("d2", 0.5), ("d3", None), ("d4", 0.0),
                                   ("d5", 0.25)])
    root = ET.fromstring(svg)
    lines = root.findall("s:polyline", NS)
    assert len(lines) == 2  # d1-d2 and d4-d5, nothing drawn across d3
    ys = [float(p.split(",")[1]) for p in lines[0].get("points").split()]
    assert ys == [PAD_TOP, PAD_TOP + (HEIGHT - PAD_BOTTOM - PAD_TOP) / 2]
    assert len(root.findall("s:circle", NS)) == 4


def test_many_days_get_few_labels_and_empty_charts_say_so() -> None:
    days = [(f"Mar {i:02d}", i) for i in range(1, 61)]
    labels = re.findall(r'<text class="axis"[^>]*text-anchor="middle">([^<]*)</text>',
                        bar_chart("x", days))
    assert 2 <= len(labels) <= 8 and labels[0] == "Mar 01" and labels[-1] == "Mar 60"
    assert "no reviews yet" in bar_chart("x", [])
    assert "no reviews of seen cards yet" in line_chart("x", [("d", None)])
    assert "no cards" in stacked_bar("x", [("new", 0), ("review", 0)])


def test_stacked_bar_widths_add_up() -> None:
    root = ET.fromstring(stacked_bar("States", [("new", 1), ("learning", 0), ("review", 3)]))
    bars = [r for r in root.findall("s:rect", NS) if r.get("height") == "22"]
    widths = [float(r.get("width")) for r in bars]
    assert len(widths) == 2 and abs(widths[1] - 3 * widths[0]) < 0.2


def _y_labels(svg: str) -> list[str]:
    return re.findall(r'<text class="axis"[^>]*text-anchor="end">([^<]*)</text>', svg)


def test_count_axis_ticks_are_round_numbers_covering_the_peak() -> None:
    def labels(peak: int) -> list[str]:
        return _y_labels(bar_chart("x", [("a", peak), ("b", 1)]))

    assert labels(27) == ["0", "10", "20", "30"]
    assert labels(13) == ["0", "5", "10", "15"]
    assert labels(4) == ["0", "1", "2", "3", "4"]
    assert labels(1234) == ["0", "500", "1,000", "1,500"]
    assert labels(25_000)[-1] == "25k"
    for peak in range(1, 400):
        values = [int(v.replace(",", "")) for v in labels(peak)]
        step = values[1]
        assert values[-1] >= peak and values[-2] < peak and len(values) <= 6
        assert str(step).rstrip("0") in ("1", "2", "5")  # 1, 2 or 5 x 10^n
        assert values == list(range(0, values[-1] + 1, step))


def test_bars_are_drawn_against_the_rounded_axis() -> None:
    root = ET.fromstring(bar_chart("x", [("a", 27), ("b", 15)]))
    heights = [float(r.get("height")) for r in root.findall("s:rect", NS)]
    full = HEIGHT - PAD_BOTTOM - PAD_TOP
    assert heights == [round(full * 27 / 30, 1), round(full * 15 / 30, 1)]


def test_retention_axis_is_in_quarters() -> None:
    assert _y_labels(line_chart("x", [("d", 0.5)])) == ["0%", "25%", "50%", "75%", "100%"]
