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
