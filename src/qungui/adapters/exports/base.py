"""What every export reader yields, and how export files are decoded.

A reader yields `ReadResult` items: a core event, or a `RowError` for a line it could not turn into
one. A bad line never stops the reading; a file that cannot be decoded at all raises `InputError`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Literal

from qungui.core.errors import InputError
from qungui.core.events import Event

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class RowError:
    """A line (or the whole file, when `line` is None) that could not be read as intended.

    `level` is "error" when the line was skipped, "warning" when it was read with a caveat
    (e.g. the file was decoded as GB18030). `message` is written for the admin who reads the report.
    """

    line: int | None
    message: str
    column: int | None = None
    field: str | None = None
    level: Literal["error", "warning"] = ERROR
    source: str = ""

    def where(self) -> str:
        """Human-readable position: 第 3 行 第 7 列（字段 ts）."""
        parts = []
        if self.line is not None:
            parts.append(f"第 {self.line} 行")
        if self.column is not None:
            parts.append(f"第 {self.column} 列")
        if self.field:
            parts.append(f"字段 {self.field}")
        return " ".join(parts) or "整个文件"

    def __str__(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        return f"{prefix}{self.where()}：{self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "level": self.level,
            "message": self.message,
        }


ReadResult = Event | RowError


def line_of_offset(raw: bytes, offset: int) -> int:
    """The 1-based line that byte `offset` falls on."""
    return raw.count(b"\n", 0, offset) + 1


def decode_utf8_strict(raw: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is allowed) or raise InputError naming the line and byte offset."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(_undecodable(raw, exc, source, "UTF-8")) from None


def decode_export(raw: bytes, source: str) -> tuple[str, list[RowError]]:
    """Decode an exported log: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 with a warning.

    Returns the text and the notices to show (empty for UTF-8). Raises InputError when neither
    UTF-8 nor GB18030 can decode the bytes, naming where the first undecodable byte is.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(_undecodable(raw, exc, source, "UTF-16")) from None
        notice = RowError(None, "文件为 UTF-16 编码，已按 UTF-16 读取", level=WARNING, source=source)
        return text, [notice]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(_undecodable(raw, utf8_error, source, "UTF-8 或 GB18030")) from None
        line = line_of_offset(raw, utf8_error.start)
        notice = RowError(
            None,
            f"文件不是 UTF-8 编码（第 {line} 行、字节偏移 {utf8_error.start} 处起），已按 GB18030/GBK 读取；"
            "如有乱码请将文件另存为 UTF-8 后重新审计",
            level=WARNING,
            source=source,
        )
        return text, [notice]


def _undecodable(raw: bytes, exc: UnicodeDecodeError, source: str, tried: str) -> str:
    offset = exc.start
    return (
        f"{source}: 无法按 {tried} 解码：第 {line_of_offset(raw, offset)} 行、字节偏移 {offset} 处的字节 "
        f"0x{raw[offset]:02x} 无效；请将文件另存为 UTF-8 编码"
    )
