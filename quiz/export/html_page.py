"""The shell shared by the HTML reports: one self-contained page with inline CSS, printable.

No scripts, fonts, images or links to fetch: the file opens the same offline, mailed or
printed. Every piece of text that comes from a deck or a student goes through `esc` (that is,
`html.escape` with quotes), so a question such as `<script>` is shown, never run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #2f6fdf;
        --good: #2e9d5b; --bad: #d1493f; --warn: #e0a526; --soft: #f3f5f9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1120px; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px;
     border-bottom: 2px solid var(--line); }
h2 small { color: var(--muted); font-weight: normal; font-size: 13px; margin-left: 6px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.meta { color: var(--muted); margin: 0 0 8px; }
.kpis { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 12px; }
.kpi { background: var(--soft); border-radius: 6px; padding: 6px 12px; min-width: 110px; }
.kpi b { display: block; font-size: 19px; }
.kpi span { color: var(--muted); font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 14px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px 4px; }
figcaption { font-weight: 600; font-size: 13px; margin-bottom: 2px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line);
         vertical-align: top; }
th { background: var(--soft); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td .answer { color: var(--muted); }
td .wrong { color: var(--bad); font-size: 12px; }
blockquote { margin: 4px 0 0; padding: 2px 8px; border-left: 3px solid var(--line);
             color: var(--muted); font-style: italic; }
blockquote cite { font-style: normal; font-size: 12px; display: block; }
.empty-note { color: var(--muted); font-style: italic; }
svg text { font: 10px system-ui, sans-serif; fill: var(--muted); }
svg text.empty { font-size: 12px; font-style: italic; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .line { stroke: var(--accent); stroke-width: 2; }
svg .dot { fill: var(--accent); }
svg .bar { fill: var(--accent); opacity: .8; }
svg .part0 { fill: #9aa3b5; } svg .part1 { fill: var(--warn); }
svg .part2 { fill: var(--good); } svg .part3 { fill: var(--bad); }
svg .part4 { fill: #8a5cc7; } svg .part5 { fill: #3aa6b9; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line);
         padding-top: 8px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; }
  section, figure, tr { break-inside: avoid; }
  .kpi, th { background: none; border: 1px solid var(--line); }
  a { color: inherit; text-decoration: none; }
}
"""


def esc(value: Any) -> str:
    """Text for HTML: None -> empty; everything else escaped, quotes included."""
    return "" if value is None else escape(str(value), quote=True)


def page(title: str, body: Iterable[str]) -> str:
    """A complete HTML document with the shared CSS and `body` parts (already escaped)."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def kpis(items: Sequence[tuple[str, str]]) -> str:
    """A row of big-number tiles: (value, label) pairs, escaped here."""
    tiles = "".join(f'<div class="kpi"><b>{esc(v)}</b><span>{esc(label)}</span></div>'
                    for v, label in items)
    return f'<div class="kpis">{tiles}</div>'


def table(header: Sequence[str], rows: Iterable[Sequence[str]],
          numeric: Sequence[int] = ()) -> str:
    """A table; `header` is escaped here, `rows` cells must already be HTML (use `esc`)."""
    num = set(numeric)
    head = "".join(f'<th{" class=num" if i in num else ""}>{esc(h)}</th>'
                   for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f'<td{" class=num" if i in num else ""}>{cell}</td>'
                         for i, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def figure(caption: str, svg: str) -> str:
    """A captioned chart (the SVG is built by quiz.export.svg, which escapes its labels)."""
    return f"<figure><figcaption>{esc(caption)}</figcaption>{svg}</figure>"


def wrong_list(answers: list[tuple[str, int]] | None) -> str:
    """The most common wrong answers of a card, e.g. `Wrong: “1961” ×3, “1991”`, or nothing."""
    if not answers:
        return ""
    items = ", ".join(f"\u201c{esc(text)}\u201d" + (f" \u00d7{n}" if n > 1 else "")
                      for text, n in answers)
    return f'<div class="wrong">Wrong answers given: {items}</div>'


def source_quote(source: dict[str, Any] | None) -> str:
    """The card's source sentence as a blockquote citing file:line, or nothing."""
    if not source or not source.get("quote"):
        return ""
    where = esc(source["file"]) + (f":{esc(source['line'])}" if source.get("line") else "")
    return f"<blockquote>{esc(source['quote'])}<cite>{where}</cite></blockquote>"
