"""One entry point for every export layout: detect the format, decode, read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import tzinfo
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from qungui.adapters.exports.base import ReadResult, RowError, decode_export
from qungui.adapters.exports.jsonl import read_jsonl_bytes
from qungui.adapters.exports.wechat import PLATFORM, is_wechat_header, read_wechat_csv
from qungui.core.errors import InputError
from qungui.core.events import GroupRef

DEFAULT_TZ = ZoneInfo("Asia/Shanghai")


class ExportFormat(StrEnum):
    AUTO = "auto"
    JSONL = "jsonl"
    WECHAT_CSV = "wechat-csv"


def detect_format(path: Path, head: bytes) -> ExportFormat:
    """Guess the layout from the file name, then from the first non-blank line."""
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return ExportFormat.JSONL
    first = _first_line(head)
    if first.startswith("{"):
        return ExportFormat.JSONL
    if is_wechat_header(first):
        return ExportFormat.WECHAT_CSV
    if suffix == ".csv":
        return ExportFormat.WECHAT_CSV
    raise InputError(
        f"{path}: 无法识别的导出格式（首行为 {first[:60]!r}）；支持 qungui JSON Lines 与 WeChatMsg/留痕 CSV，"
        "可用 --format 指定"
    )


def read_export(
    path: Path | str,
    format: ExportFormat | str = ExportFormat.AUTO,
    group: GroupRef | str | None = None,
    tz: tzinfo | str = DEFAULT_TZ,
) -> Iterator[ReadResult]:
    """Read an exported chat log as events and RowErrors, in file order.

    The file is opened, decoded and its format checked before this returns, so an unreadable file
    raises InputError here rather than halfway through. `group` names the group for layouts that do
    not carry one (WeChat CSV; default: the file name); for JSON Lines it keeps only that group's
    events. Naive times in the export are read in `tz` (Asia/Shanghai by default).
    """
    path = Path(path)
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: 文件不存在") from None
    except IsADirectoryError:
        raise InputError(f"{path}: 这是一个目录，不是导出文件") from None
    except OSError as exc:
        raise InputError(f"{path}: 无法读取（{exc.strerror}）") from None
    chosen = ExportFormat(format)
    if chosen is ExportFormat.AUTO:
        chosen = detect_format(path, raw[:4096])
    source = path.name
    if chosen is ExportFormat.JSONL:
        group_id = group.id if isinstance(group, GroupRef) else group
        return read_jsonl_bytes(raw, source=source, group_id=group_id)
    text, notices = decode_export(raw, source)
    del raw
    ref = group if isinstance(group, GroupRef) else _group_from_name(group or path.stem)
    rows = read_wechat_csv(text, group=ref, tz=zone, source=source)
    return _chain(notices, rows)


def _chain(first: list[RowError], rest: Iterator[ReadResult]) -> Iterator[ReadResult]:
    yield from first
    yield from rest


def _group_from_name(name: str) -> GroupRef:
    """WeChatMsg names files after the chat: 安徽商会_utf8.csv → group 安徽商会."""
    clean = re.sub(r"_utf8$", "", name).strip() or "wechat-group"
    return GroupRef(platform=PLATFORM, id=clean[:255], name=clean)


def _first_line(head: bytes) -> str:
    text = head.decode("utf-8-sig", errors="ignore") or head.decode("gb18030", errors="ignore")
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def count_lines(path: Path | str) -> int:
    """Lines in a file, for a progress bar (cheap: counts newlines in 1 MiB blocks)."""
    total = 0
    last = b""
    with Path(path).open("rb") as handle:
        while block := handle.read(1 << 20):
            total += block.count(b"\n")
            last = block
    return total + (1 if last and not last.endswith(b"\n") else 0)
