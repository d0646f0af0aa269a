"""Series in, SVG out: the dashboard's charts, drawn on the server so the console needs no script for them.

Pure functions with no I/O. Every label is XML-escaped; no `style` attribute is written (the console's
CSP forbids inline styles) — colours come from classes in console.css, sizes from presentation
attributes. An empty or all-zero series gives a chart that says so instead of a blank box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

WIDTH = 640
HEIGHT = 240
PAD_LEFT = 40
PAD_RIGHT = 12
PAD_TOP = 16
PAD_BOTTOM = 36
ROW_HEIGHT = 26
LABEL_WIDTH = 110


@dataclass(frozen=True, slots=True)
class Point:
    """One labelled value; `note` is the hover text (defaults to "label: value")."""

    label: str
    value: float
    note: str = ""


def _num(value: float) -> str:
    """A coordinate or value without needless decimals."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def nice_max(value: float) -> float:
    """A round upper bound for an axis: 1, 2, 5 × 10^n at or above `value` (at least 1)."""
    if value <= 1:
        return 1.0
    magnitude = 1.0
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def _open(kind: str, title: str, width: int, height: int) -> list[str]:
    label = _attr(title)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{label}" preserveAspectRatio="xMidYMid meet">',
        f"<title>{escape(title)}</title>",
    ]


def _empty(kind: str, title: str, empty_text: str, width: int, height: int) -> str:
    parts = _open(kind, title, width, height)
    parts.append(
        f'<text class="chart-empty" x="{width // 2}" y="{height // 2}" text-anchor="middle">{escape(empty_text)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def column_chart(
    points: Sequence[Point],
    *,
    title: str,
    empty_text: str = "暂无数据",
    width: int = WIDTH,
    height: int = HEIGHT,
    label_every: int = 1,
) -> str:
    """Vertical bars, one per point, with a value axis (used for days and hours)."""
    if not points or all(p.value <= 0 for p in points):
        return _empty("columns", title, empty_text, width, height)
    top = nice_max(max(p.value for p in points))
    plot_w = width - PAD_LEFT - PAD_RIGHT
    plot_h = height - PAD_TOP - PAD_BOTTOM
    slot = plot_w / len(points)
    bar_w = max(slot * 0.7, 1.0)
    parts = _open("columns", title, width, height)
    for fraction in (0.0, 0.5, 1.0):  # grid lines with their values
        y = PAD_TOP + plot_h * (1 - fraction)
        parts.append(
            f'<line class="chart-grid" x1="{PAD_LEFT}" y1="{_num(y)}" x2="{width - PAD_RIGHT}" y2="{_num(y)}"/>'
        )
        parts.append(
            f'<text class="chart-axis" x="{PAD_LEFT - 6}" y="{_num(y + 4)}" text-anchor="end">'
            f"{_num(top * fraction)}</text>"
        )
    for index, point in enumerate(points):
        value = max(point.value, 0.0)
        bar_h = plot_h * value / top
        x = PAD_LEFT + slot * index + (slot - bar_w) / 2
        y = PAD_TOP + plot_h - bar_h
        note = point.note or f"{point.label}: {_num(value)}"
        parts.append(
            f'<rect class="chart-bar" x="{_num(x)}" y="{_num(y)}" width="{_num(bar_w)}" height="{_num(bar_h)}">'
            f"<title>{escape(note)}</title></rect>"
        )
        if index % max(label_every, 1) == 0:
            cx = PAD_LEFT + slot * index + slot / 2
            parts.append(
                f'<text class="chart-label" x="{_num(cx)}" y="{height - PAD_BOTTOM + 16}" text-anchor="middle">'
                f"{escape(point.label)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(
    points: Sequence[Point],
    *,
    title: str,
    empty_text: str = "暂无数据",
    width: int = WIDTH,
    maximum: float | None = None,
    unit: str = "",
) -> str:
    """Horizontal bars with the label on the left and the value on the right (clauses, rates, queues).

    `maximum` fixes the scale (100 for percentages); otherwise the largest value fills the width.
    """
    height = PAD_TOP + ROW_HEIGHT * max(len(points), 1) + 8
    if not points or (maximum is None and all(p.value <= 0 for p in points)):
        return _empty("bars", title, empty_text, width, max(height, 80))
    top = maximum if maximum is not None else max(p.value for p in points)
    top = top if top > 0 else 1.0
    plot_w = width - LABEL_WIDTH - 70
    parts = _open("bars", title, width, height)
    for index, point in enumerate(points):
        value = min(max(point.value, 0.0), top)
        y = PAD_TOP + ROW_HEIGHT * index
        bar_w = plot_w * value / top
        label = point.label if len(point.label) <= 12 else point.label[:11] + "…"
        note = point.note or f"{point.label}: {_num(point.value)}{unit}"
        parts.append(
            f'<text class="chart-label" x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
        )
        parts.append(f'<rect class="chart-track" x="{LABEL_WIDTH}" y="{y + 3}" width="{plot_w}" height="16"/>')
        parts.append(
            f'<rect class="chart-bar" x="{LABEL_WIDTH}" y="{y + 3}" width="{_num(bar_w)}" height="16">'
            f"<title>{escape(note)}</title></rect>"
        )
        parts.append(
            f'<text class="chart-value" x="{LABEL_WIDTH + plot_w + 8}" y="{y + 15}">'
            f"{_num(point.value)}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
