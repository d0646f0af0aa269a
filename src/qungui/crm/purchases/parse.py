"""Read a purchases file (CSV in UTF-8, UTF-8 with BOM or GBK, or Excel) and check every row. Pure: no database.

Every problem is reported with its row (as a spreadsheet numbers it, the header usually row 1), its column and
what is wrong, in Chinese; rows with a problem are left out, the others are returned ready to store.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from qungui.core.clock import DEFAULT_TZ

# canonical column → the headers accepted for it (compared after trimming, case-insensitively)
COLUMNS: dict[str, tuple[str, ...]] = {
    "order_id": ("订单号", "订单编号", "单号", "order_id", "order"),
    "customer": ("会员号", "会员编号", "顾客编号", "客户编号", "customer", "customer_code", "code"),
    "date": ("日期", "购买日期", "下单时间", "购买时间", "date", "time", "at"),
    "amount": ("金额", "消费金额", "实付金额", "amount"),
    "name": ("姓名", "顾客姓名", "会员姓名", "name", "customer_name"),
    "phone": ("手机", "手机号", "电话", "phone"),
    "items": ("商品", "商品名称", "items"),
    "associate": ("导购", "导购员", "associate"),
    "referrer": ("推荐人", "推荐人编号", "referrer", "referred_by"),
}
REQUIRED = ("order_id", "customer", "date", "amount")
COLUMN_NAMES = {
    "order_id": "订单号",
    "customer": "会员编号",
    "date": "日期",
    "amount": "金额",
    "name": "姓名",
    "phone": "手机",
    "items": "商品",
    "associate": "导购",
    "referrer": "推荐人",
}
HEADER_SEARCH = 10  # look for the header row among the first 10 non-empty rows
MAX_AMOUNT = Decimal("100000000")  # ¥100 million: anything above is a typing error
THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")
ITEM_SPLIT = re.compile(r"[;；|、,，]")
DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%Y年%m月%d日",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
)


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # 1 = the header row; 0 = the whole file
    column: str
    problem: str

    def as_list(self) -> list[Any]:
        return [self.row, self.column, self.problem]


@dataclass(frozen=True, slots=True)
class PurchaseRow:
    row: int
    order_id: str
    customer: str
    at: datetime
    amount_fen: int
    name: str | None = None
    phone: str | None = None
    items: tuple[str, ...] = ()
    associate: str | None = None
    referrer: str | None = None  # the customer number of whoever referred this customer


@dataclass(slots=True)
class ParsedFile:
    rows: list[PurchaseRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows_total: int = 0
    encoding: str = ""
    fatal: bool = False  # the file cannot be imported at all (unreadable, columns missing)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8-BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "GBK"  # gb18030 is a superset of GBK and GB2312


def is_excel(data: bytes, file_name: str) -> bool:
    return data.startswith(b"PK\x03\x04") or file_name.lower().endswith((".xlsx", ".xlsm"))


def read_table(data: bytes, file_name: str) -> tuple[list[list[Any]], str]:
    """The file's rows as lists of cells (header first) and the format/encoding read."""
    if is_excel(data, file_name):
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
        return rows, "Excel"
    text, encoding = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first.count)
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)], encoding


def parse_purchases(data: bytes, file_name: str, *, now: datetime, tz: tzinfo = DEFAULT_TZ) -> ParsedFile:
    """Read and check a purchases file; never raises for bad content."""
    result = ParsedFile()
    if not data.strip():
        result.fatal = True
        result.problems.append(RowProblem(0, "", "文件是空的"))
        return result
    try:
        table, result.encoding = read_table(data, file_name)
    except (UnicodeDecodeError, ValueError, KeyError, OSError, zipfile.BadZipFile) as exc:
        result.fatal = True
        result.problems.append(
            RowProblem(0, "", f"无法读取文件（{type(exc).__name__}）：请另存为 CSV（UTF-8 或 GBK）或 Excel")
        )
        return result
    filled = [i for i, raw in enumerate(table) if any(_cell(c) for c in raw)]
    if not filled:
        result.fatal = True
        result.problems.append(RowProblem(0, "", "文件里没有表头和数据"))
        return result
    # the header is the first row naming every required column (a title row above it is allowed)
    header = next((i for i in filled[:HEADER_SEARCH] if all(c in _columns(table[i]) for c in REQUIRED)), filled[0])
    positions = _columns(table[header])
    missing = [COLUMN_NAMES[c] for c in REQUIRED if c not in positions]
    if missing:
        result.fatal = True
        accepted = "；".join(
            f"{COLUMN_NAMES[c]}（可写作 {'/'.join(COLUMNS[c])}）" for c in REQUIRED if c not in positions
        )
        result.problems.append(RowProblem(header + 1, "、".join(missing), f"缺少必需的列：{accepted}"))
        return result
    seen: dict[str, int] = {}
    dates: dict[str, datetime | str] = {}
    for offset, raw in enumerate(table[header + 1 :], start=header + 2):
        if not any(_cell(c) for c in raw):
            continue
        result.rows_total += 1
        row = _check_row(offset, raw, positions, seen, dates, now, tz, result.problems)
        if row is not None:
            seen[row.order_id] = offset
            result.rows.append(row)
    return result


def _columns(header: list[Any]) -> dict[str, int]:
    lookup = {alias.lower(): column for column, aliases in COLUMNS.items() for alias in aliases}
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        column = lookup.get(_cell(cell).lower())
        if column is not None and column not in positions:
            positions[column] = index
    return positions


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().lstrip("\ufeff")


def _check_row(
    row: int,
    raw: list[Any],
    positions: dict[str, int],
    seen: dict[str, int],
    dates: dict[str, datetime | str],
    now: datetime,
    tz: tzinfo,
    problems: list[RowProblem],
) -> PurchaseRow | None:
    def get(column: str) -> Any:
        index = positions.get(column)
        return raw[index] if index is not None and index < len(raw) else None

    found: list[RowProblem] = []
    order_id = _cell(get("order_id"))
    if not order_id:
        found.append(RowProblem(row, "订单号", "订单号为空"))
    elif len(order_id) > 64:
        found.append(RowProblem(row, "订单号", "订单号超过64个字符"))
    elif order_id in seen:
        found.append(RowProblem(row, "订单号", f"订单号 {order_id} 与第{seen[order_id]}行重复，本行未导入"))
    customer = _cell(get("customer"))
    if not customer:
        found.append(RowProblem(row, "会员编号", "会员编号为空"))
    elif len(customer) > 64:
        found.append(RowProblem(row, "会员编号", "会员编号超过64个字符"))
    at = _date(get("date"), dates, tz)
    if isinstance(at, str):
        found.append(RowProblem(row, "日期", at))
    elif at > now:
        found.append(RowProblem(row, "日期", f"日期 {at:%Y-%m-%d} 晚于今天"))
    amount = _amount(get("amount"))
    if isinstance(amount, str):
        found.append(RowProblem(row, "金额", amount))
    if found:
        problems.extend(found)
        return None
    items = tuple(i.strip() for i in ITEM_SPLIT.split(_cell(get("items"))) if i.strip())
    return PurchaseRow(
        row=row,
        order_id=order_id,
        customer=customer,
        at=at,  # type: ignore[arg-type]
        amount_fen=amount,  # type: ignore[arg-type]
        name=_cell(get("name"))[:64] or None,
        phone=_cell(get("phone"))[:32] or None,
        items=items,
        associate=_cell(get("associate"))[:64] or None,
        referrer=_cell(get("referrer"))[:64] or None,
    )


def _date(value: Any, cache: dict[str, datetime | str], tz: tzinfo) -> datetime | str:
    """An aware datetime, or the problem as text; naive times are the store's local time."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    text = _cell(value)
    if not text:
        return "日期为空"
    cached = cache.get(text)
    if cached is not None:
        return cached
    parsed: datetime | str = f"无法识别的日期：{text}（应为 2025-03-01 或 2025/3/1 这样的格式）"
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).replace(tzinfo=tz)
            break
        except ValueError:
            continue
    else:
        try:
            iso = datetime.fromisoformat(text)
            parsed = iso if iso.tzinfo else iso.replace(tzinfo=tz)
        except ValueError:
            pass
    cache[text] = parsed
    return parsed


def _amount(value: Any) -> int | str:
    """The amount in fen, or the problem as text."""
    text = _cell(value).replace("，", ",").lstrip("¥￥").strip()
    if not text:
        return "金额为空"
    if "," in text:
        if not THOUSANDS.fullmatch(text):
            return f"金额格式不对：{_cell(value)}（千位用逗号分隔，小数用点，例如 1,280.50）"
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return f"金额不是数字：{_cell(value)}"
    if not amount.is_finite():
        return f"金额不是数字：{_cell(value)}"
    if amount < 0:
        return f"金额为负数：{_cell(value)}（退货请单独记录，不要写负数）"
    if amount > MAX_AMOUNT:
        return f"金额过大：{_cell(value)}"
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
