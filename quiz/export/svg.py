"""Small inline SVG charts for the HTML reports: no JavaScript, no network, print-friendly.

Each function returns one `<svg>` element as `markupsafe.Markup`, with a `<title>` for screen
readers. The markup is assembled with `Markup.format`, which escapes every value put into it
(labels, titles, numbers), so a template can insert the chart as it is. Colours come from CSS
classes defined by the report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup

WIDTH = 318
HEIGHT = 170
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 34, 20, 12, 28
LABEL_GAP = 46  # px between x labels: "Mar 02" is about 32 px wide at 10 px
CHAR_WIDTH = 5.6  # average px per character of the 10 px legend text


def _frame(title: str, body: list[Markup], width: int = WIDTH, height: int = HEIGHT) -> Markup:
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}"'
        ' role="img" aria-label="{title}"><title>{title}</title>{body}</svg>'
    ).format(w=width, h=height, title=title, body=Markup("").join(body))


def _x_labels(labels: Sequence[str], xs: Sequence[float], base: float) -> list[Markup]:
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
        Markup('<text class="axis" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>')
        .format(xs[i], base + 16, labels[i])
        for i in picks
    ]


def _y_axis(top: float, base: float, ticks: Sequence[tuple[float, str]]) -> list[Markup]:
    out = []
    for fraction, label in ticks:
        y = base - (base - top) * fraction
        out.append(Markup('<line class="grid" x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}"/>')
                   .format(PAD_LEFT, y, WIDTH - PAD_RIGHT, y))
        out.append(Markup('<text class="axis" x="{}" y="{:.1f}" text-anchor="end">{}</text>')
                   .format(PAD_LEFT - 4, y + 3, label))
    return out


def nice_step(peak: float, most: int = 5) -> float:
    """The smallest tick step of the form 1, 2 or 5 x 10^n that covers `peak` in at most `most`
    steps: 27 -> 10 (0, 10, 20, 30), 4 -> 1, 130 -> 50."""
    if peak <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(peak / most))
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if step * most >= peak:
            return step
    return 10 * magnitude  # not reached: 10 x magnitude always covers peak


def count_ticks(peak: int) -> tuple[int, list[tuple[float, str]]]:
    """The top of a count axis and its ticks (fraction of the height, label) at round numbers:
    whole steps of 1, 2 or 5 x 10^n from 0 to the first multiple at or above `peak`."""
    step = max(1, round(nice_step(peak)))
    top = max(step, math.ceil(peak / step) * step)
    return top, [(value / top, _count_label(value)) for value in range(0, top + 1, step)]


def _count_label(value: int) -> str:
    """1,500 or, from ten thousand on, 25k (so the label fits left of the axis)."""
    return f"{value:,}" if value < 10_000 else f"{value / 1000:g}k"


def _empty(title: str, message: str) -> Markup:
    return _frame(title, [Markup('<text class="empty" x="{}" y="{}" text-anchor="middle">{}'
                                 '</text>').format(WIDTH / 2, HEIGHT / 2, message)])


def line_chart(title: str, points: Sequence[tuple[str, float | None]]) -> Markup:
    """A 0-100 % line over categorical x labels (days); None values leave a gap."""
    if not any(v is not None for _, v in points):
        return _empty(title, "no reviews of seen cards yet")
    top, base = PAD_TOP, HEIGHT - PAD_BOTTOM
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    n = len(points)
    xs = [PAD_LEFT + (span * i / (n - 1) if n > 1 else span / 2) for i in range(n)]
    body = _y_axis(top, base, [(i / 4, f"{i * 25}%") for i in range(5)])
    segments: list[list[str]] = [[]]
    dots = []
    for x, (label, value) in zip(xs, points, strict=True):
        if value is None:
            segments.append([])
            continue
        y = base - (base - top) * value
        segments[-1].append(f"{x:.1f},{y:.1f}")
        dots.append(Markup('<circle class="dot" cx="{:.1f}" cy="{:.1f}" r="2.5">'
                           "<title>{}: {:.0%}</title></circle>").format(x, y, label, value))
    for seg in segments:
        if len(seg) > 1:
            body.append(Markup('<polyline class="line" fill="none" points="{}"/>')
                        .format(" ".join(seg)))
    body += dots
    body += _x_labels([label for label, _ in points], xs, base)
    return _frame(title, body)


def bar_chart(title: str, points: Sequence[tuple[str, int]]) -> Markup:
    """Vertical bars of counts over categorical x labels (days), on a y axis of round numbers."""
    if not points or not any(v for _, v in points):
        return _empty(title, "no reviews yet")
    top, base = PAD_TOP, HEIGHT - PAD_BOTTOM
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    peak, ticks = count_ticks(max(v for _, v in points))
    slot = span / len(points)
    width = max(1.0, slot * 0.8)
    body = _y_axis(top, base, ticks)
    xs = []
    for i, (label, value) in enumerate(points):
        x = PAD_LEFT + slot * i + (slot - width) / 2
        xs.append(x + width / 2)
        h = (base - top) * value / peak
        body.append(Markup('<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" '
                           'height="{:.1f}"><title>{}: {}</title></rect>')
                    .format(x, base - h, width, h, label, value))
    body += _x_labels([label for label, _ in points], xs, base)
    return _frame(title, body)


def stacked_bar(title: str, parts: Sequence[tuple[str, int]]) -> Markup:
    """One horizontal bar split into named parts (card states), with a legend underneath."""
    total = sum(v for _, v in parts)
    if not total:
        return _frame(title, [Markup('<text class="empty" x="{}" y="30" text-anchor="middle">'
                                     "no cards</text>").format(WIDTH / 2)], height=70)
    span = WIDTH - 2 * PAD_RIGHT
    x = float(PAD_RIGHT)
    body = []
    for index, (name, value) in enumerate(parts):
        w = span * value / total
        if w > 0:
            body.append(Markup('<rect class="part part{}" x="{:.1f}" y="6" width="{:.1f}" '
                               'height="22"><title>{}: {}</title></rect>')
                        .format(index, x, w, name, value))
        x += w
    legend_x, legend_y = float(PAD_RIGHT), 40.0
    for index, (name, value) in enumerate(parts):
        label = f"{name} {value}"
        needed = 14 + CHAR_WIDTH * len(label) + 10
        if legend_x + needed > WIDTH and legend_x > PAD_RIGHT:
            legend_x, legend_y = float(PAD_RIGHT), legend_y + 16
        body.append(Markup('<rect class="part part{}" x="{:.1f}" y="{:.1f}" width="10" '
                           'height="10"/>').format(index, legend_x, legend_y))
        body.append(Markup('<text class="legend" x="{:.1f}" y="{:.1f}">{}</text>')
                    .format(legend_x + 14, legend_y + 9, label))
        legend_x += needed
    height = int(legend_y) + 18
    return _frame(title, body, height=height)
