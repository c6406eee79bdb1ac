"""Small inline SVG charts for the HTML reports: no JavaScript, no network, print-friendly.

Each function returns one `<svg>` element as text, with a `<title>` for screen readers; every
label passes through `html.escape`. Colours come from CSS classes defined by the report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

WIDTH = 318
HEIGHT = 170
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 34, 20, 12, 28
LABEL_GAP = 46  # px between x labels: "Mar 02" is about 32 px wide at 10 px
CHAR_WIDTH = 5.6  # average px per character of the 10 px legend text


def _frame(title: str, body: list[str], width: int = WIDTH, height: int = HEIGHT) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _x_labels(labels: Sequence[str], xs: Sequence[float], base: float) -> list[str]:
    """Evenly spaced x labels at least LABEL_GAP apart (the last one always), never overlapping."""
    if not labels:
        return []
    last = len(labels) - 1
    spacing = (xs[-1] - xs[0]) / last if last else LABEL_GAP
    step = max(1, math.ceil(LABEL_GAP / spacing)) if spacing else 1
    picks = list(range(0, len(labels), step))
    if picks[-1] != last:
        if len(picks) > 1 and last - picks[-1] < step:
            picks.pop()  # too close to the last label: they would overlap
        picks.append(last)
    return [
        f'<text class="axis" x="{xs[i]:.1f}" y="{base + 16:.1f}" text-anchor="middle">'
        f"{escape(labels[i])}</text>"
        for i in picks
    ]


def _y_axis(top: float, base: float, ticks: Sequence[tuple[float, str]]) -> list[str]:
    out = []
    for fraction, label in ticks:
        y = base - (base - top) * fraction
        out.append(f'<line class="grid" x1="{PAD_LEFT}" y1="{y:.1f}" x2="{WIDTH - PAD_RIGHT}" '
                   f'y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{PAD_LEFT - 4}" y="{y + 3:.1f}" '
                   f'text-anchor="end">{escape(label)}</text>')
    return out


def _empty(title: str, message: str) -> str:
    return _frame(title, [f'<text class="empty" x="{WIDTH / 2}" y="{HEIGHT / 2}" '
                          f'text-anchor="middle">{escape(message)}</text>'])


def line_chart(title: str, points: Sequence[tuple[str, float | None]]) -> str:
    """A 0-100 % line over categorical x labels (days); None values leave a gap."""
    if not any(v is not None for _, v in points):
        return _empty(title, "no reviews of seen cards yet")
    top, base = PAD_TOP, HEIGHT - PAD_BOTTOM
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    n = len(points)
    xs = [PAD_LEFT + (span * i / (n - 1) if n > 1 else span / 2) for i in range(n)]
    body = _y_axis(top, base, [(0, "0%"), (0.5, "50%"), (1, "100%")])
    segments: list[list[str]] = [[]]
    dots = []
    for x, (label, value) in zip(xs, points, strict=True):
        if value is None:
            segments.append([])
            continue
        y = base - (base - top) * value
        segments[-1].append(f"{x:.1f},{y:.1f}")
        dots.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="2.5">'
                    f"<title>{escape(label)}: {value:.0%}</title></circle>")
    for seg in segments:
        if len(seg) > 1:
            body.append(f'<polyline class="line" fill="none" points="{" ".join(seg)}"/>')
    body += dots
    body += _x_labels([label for label, _ in points], xs, base)
    return _frame(title, body)


def bar_chart(title: str, points: Sequence[tuple[str, int]]) -> str:
    """Vertical bars of counts over categorical x labels (days)."""
    if not points or not any(v for _, v in points):
        return _empty(title, "no reviews yet")
    top, base = PAD_TOP, HEIGHT - PAD_BOTTOM
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    peak = max(v for _, v in points)
    slot = span / len(points)
    width = max(1.0, slot * 0.8)
    body = _y_axis(top, base, [(0, "0"), (0.5, str(round(peak / 2))), (1, str(peak))])
    xs = []
    for i, (label, value) in enumerate(points):
        x = PAD_LEFT + slot * i + (slot - width) / 2
        xs.append(x + width / 2)
        h = (base - top) * value / peak
        body.append(f'<rect class="bar" x="{x:.1f}" y="{base - h:.1f}" width="{width:.1f}" '
                    f'height="{h:.1f}"><title>{escape(label)}: {value}</title></rect>')
    body += _x_labels([label for label, _ in points], xs, base)
    return _frame(title, body)


def stacked_bar(title: str, parts: Sequence[tuple[str, int]]) -> str:
    """One horizontal bar split into named parts (card states), with a legend underneath."""
    total = sum(v for _, v in parts)
    if not total:
        return _frame(title, [f'<text class="empty" x="{WIDTH / 2}" y="30" '
                              f'text-anchor="middle">no cards</text>'], height=70)
    span = WIDTH - 2 * PAD_RIGHT
    x = float(PAD_RIGHT)
    body = []
    for index, (name, value) in enumerate(parts):
        w = span * value / total
        if w > 0:
            body.append(f'<rect class="part part{index}" x="{x:.1f}" y="6" width="{w:.1f}" '
                        f'height="22"><title>{escape(name)}: {value}</title></rect>')
        x += w
    legend_x, legend_y = float(PAD_RIGHT), 40.0
    for index, (name, value) in enumerate(parts):
        label = f"{name} {value}"
        needed = 14 + CHAR_WIDTH * len(label) + 10
        if legend_x + needed > WIDTH and legend_x > PAD_RIGHT:
            legend_x, legend_y = float(PAD_RIGHT), legend_y + 16
        body.append(f'<rect class="part part{index}" x="{legend_x:.1f}" y="{legend_y:.1f}" '
                    f'width="10" height="10"/>')
        body.append(f'<text class="legend" x="{legend_x + 14:.1f}" y="{legend_y + 9:.1f}">'
                    f"{escape(label)}</text>")
        legend_x += needed
    height = int(legend_y) + 18
    return _frame(title, body, height=height)
