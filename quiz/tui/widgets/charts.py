"""Charts drawn with block characters as `rich.text.Text`: a calendar heatmap, columns, bars.

Plain functions (data in, Text out) so they are easy to test and need no plotting library;
the stats screen puts them in Static widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rich.text import Text

BLOCKS = " ▁▂▃▄▅▆▇█"
HBLOCKS = " ▏▎▍▌▋▊▉█"
HEAT_STYLES = ("grey23", "green4", "green3", "green1", "bold bright_green")
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def heat_level(count: int, peak: int) -> int:
    """0 for no reviews, else 1-4 by quarter of the busiest day."""
    if count <= 0 or peak <= 0:
        return 0
    return min(4, 1 + (4 * (count - 1)) // max(1, peak))


def heatmap(per_day: dict[date, int], today: date, weeks: int = 26) -> Text:
    """A GitHub-style calendar: one column per week (Monday on top), `weeks` up to today."""
    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    peak = max((n for d, n in per_day.items() if start <= d <= today), default=0)
    text = Text()
    months = [" "] * (weeks * 2 + 3)
    for week in range(weeks):
        first = start + timedelta(days=7 * week)
        if first.day <= 7:
            label = first.strftime("%b")
            months[week * 2: week * 2 + len(label)] = list(label)
    text.append("    " + "".join(months).rstrip() + "\n", style="dim")
    for weekday in range(7):
        text.append(f"{WEEKDAYS[weekday]:<4}", style="dim")
        for week in range(weeks):
            day = start + timedelta(days=7 * week + weekday)
            if day > today:
                text.append("  ")
                continue
            level = heat_level(per_day.get(day, 0), peak)
            text.append("■ ", style=HEAT_STYLES[level])
        text.append("\n")
    text.append("    less ", style="dim")
    for style in HEAT_STYLES:
        text.append("■ ", style=style)
    text.append("more", style="dim")
    return text


def columns(values: Sequence[int], labels: Sequence[str], height: int = 6) -> Text:
    """A vertical bar chart, one 2-cell column per value, the scale on the left.

    `labels` (one per value, may be empty strings) are written under the columns.
    """
    peak = max(values, default=0)
    width = len(str(peak))
    text = Text()
    for row in range(height, 0, -1):
        axis = str(peak) if row == height else ("0" if row == 1 and not peak else "")
        text.append(f"{axis:>{width}} ▕", style="dim")
        for value in values:
            eighths = round(8 * height * value / peak) if peak else 0
            level = max(0, min(8, eighths - 8 * (row - 1)))
            text.append(BLOCKS[level] * 2, style="cyan")
        text.append("\n")
    text.append(" " * (width + 2))
    line = [" "] * (2 * len(values))
    for i, label in enumerate(labels):
        if label and 2 * i + len(label) <= len(line):
            line[2 * i: 2 * i + len(label)] = list(label)
    text.append("".join(line).rstrip(), style="dim")
    return text


def bars(rows: Sequence[tuple[str, int]], width: int = 40, style: str = "cyan") -> Text:
    """Horizontal bars with their label and value: one line per (label, value)."""
    peak = max((v for _label, v in rows), default=0)
    label_width = max((len(label) for label, _v in rows), default=0)
    text = Text()
    for i, (label, value) in enumerate(rows):
        full = width * value / peak if peak else 0
        whole = int(full)
        part = HBLOCKS[round((full - whole) * 8)] if whole < width else ""
        text.append(f"{label:<{label_width}} ", style="bold")
        text.append("█" * whole + part.strip(), style=style)
        text.append(f" {value}")
        if i < len(rows) - 1:
            text.append("\n")
    return text
