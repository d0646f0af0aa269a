"""A list shown in the console and exported: columns, plain-value rows, and the CSV / Excel bytes of it.

Rows hold plain values (text, numbers, datetimes); the page template renders them, and the same rows go
to CSV (UTF-8 with a BOM, so Excel opens Chinese correctly) and to Excel (openpyxl). Cells that a
spreadsheet would run as a formula (=, +, -, @ first) are quoted with a leading apostrophe; control
characters a worksheet cannot hold are dropped from Excel cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    numeric: bool = False


@dataclass(frozen=True, slots=True)
class Action:
    """A button on a row: a POST to `url`; `reason` asks for a reason first; `confirm` asks before sending."""

    label: str
    url: str
    reason: bool = False
    confirm: str = ""
    danger: bool = False


@dataclass(slots=True)
class Row:
    values: dict[str, Any]
    links: dict[str, str] = field(default_factory=dict)  # column key → href
    actions: list[Action] = field(default_factory=list)
    css: str = ""


@dataclass(slots=True)
class Table:
    """`name` is the export's file stem (ASCII), `title` its sheet title."""

    name: str
    title: str
    columns: Sequence[Column]
    rows: list[Row]


def display(value: Any, tz: ZoneInfo) -> str:
    """A cell as people read it: local minutes for times, plain numbers, '' for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo("UTC"))
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def _safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(table: Table, tz: ZoneInfo) -> bytes:
    """The table as CSV bytes: UTF-8 with a BOM, a header row of labels, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([c.label for c in table.columns])
    for row in table.rows:
        writer.writerow([_safe(display(row.values.get(c.key), tz)) for c in table.columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any, tz: ZoneInfo) -> Any:
    if isinstance(value, bool) or value is None:
        return display(value, tz)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return _safe(_printable(display(value, tz)))


def _printable(text: str) -> str:
    """`text` without the control characters a worksheet cannot hold (a nickname may carry any)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def to_xlsx(table: Table, tz: ZoneInfo) -> bytes:
    """The table as an .xlsx workbook with one sheet, a bold header and widened columns."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = table.title[:31] or "sheet"
    sheet.append([_printable(c.label) for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([_cell(row.values.get(c.key), tz) for c in table.columns])
    for index, column in enumerate(table.columns, start=1):
        longest = max([len(column.label)] + [len(display(r.values.get(column.key), tz)) for r in table.rows[:200]])
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(max(longest * 2, 8), 60)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
