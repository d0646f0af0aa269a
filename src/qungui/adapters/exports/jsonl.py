"""qungui's own JSON Lines event format: one core event per line (see docs/event-format.md).

Each non-blank line is one JSON object that `EVENT_ADAPTER.validate_json` accepts, with a `type`
discriminator. Timestamps carry their UTC offset. Files are UTF-8 (a BOM is tolerated).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from qungui.adapters.exports.base import ReadResult, RowError, decode_utf8_strict
from qungui.core.events import EVENT_ADAPTER, Event, Tick

EVENT_TYPES = ("message", "member_joined", "member_left", "join_request", "nickname_changed", "reaction")
_COLUMN = re.compile(r"column (\d+)")


def read_jsonl_bytes(raw: bytes, *, source: str = "<jsonl>", group_id: str | None = None) -> Iterator[ReadResult]:
    """Decode (strict UTF-8) and read JSON Lines; raises InputError at once when the bytes are not UTF-8."""
    return read_jsonl_lines(decode_utf8_strict(raw, source).split("\n"), source=source, group_id=group_id)


def read_jsonl_lines(
    lines: Iterable[str], *, source: str = "<jsonl>", group_id: str | None = None
) -> Iterator[ReadResult]:
    """Yield one event per non-blank line, or a RowError naming the line; `group_id` keeps only that group."""
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        result = parse_line(line, number, source)
        if group_id is not None and not isinstance(result, RowError) and result.group.id != group_id:
            continue
        yield result


def parse_line(line: str, number: int, source: str = "") -> ReadResult:
    """Turn one line into an event, or a RowError explaining in Chinese what is wrong with it."""
    try:
        event = EVENT_ADAPTER.validate_json(line)
    except ValidationError as exc:
        return _row_error(exc, line, number, source)
    if isinstance(event, Tick):
        return RowError(number, "tick 事件由审计自动生成，不应写在日志里；已跳过", field="type", source=source)
    return event


def dump_event(event: Event) -> str:
    """One JSON line for `event`: `type` first, defaults left out, non-ASCII kept readable."""
    data: dict[str, Any] = {"type": event.type}
    data.update(event.model_dump(mode="json", exclude_defaults=True))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _row_error(exc: ValidationError, line: str, number: int, source: str) -> RowError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    kind = first.get("type", "")
    if kind == "json_invalid":
        match = _COLUMN.search(str(first.get("ctx", {}).get("error", "")) or first.get("msg", ""))
        column = int(match.group(1)) if match else None
        return RowError(number, f"不是有效的 JSON：{first.get('ctx', {}).get('error', '')}", column, source=source)
    if not first.get("loc") and kind in {"dict_type", "model_type", "model_attributes_type"}:
        return RowError(number, "每行应是一个 JSON 对象（{…}）", source=source)
    if kind == "union_tag_not_found":
        return RowError(number, f"缺少 type 字段（可用：{'、'.join(EVENT_TYPES)}）", field="type", source=source)
    if kind == "union_tag_invalid":
        tag = first.get("ctx", {}).get("tag", "")
        message = f"未知的事件类型 {tag!r}（可用：{'、'.join(EVENT_TYPES)}）"
        return RowError(number, message, field="type", source=source)
    loc = [str(p) for p in first.get("loc", ())]
    field = ".".join(loc[1:]) if len(loc) > 1 else (loc[0] if loc else None)
    more = f"（另有 {len(errors) - 1} 处问题）" if len(errors) > 1 else ""
    return RowError(number, _explain(kind, first.get("msg", ""), field) + more, field=field, source=source)


def _explain(kind: str, message: str, field: str | None) -> str:
    if kind == "missing":
        return f"缺少必填字段 {field}"
    if kind == "timezone_aware":
        return "时间缺少时区：请写成带时区的 ISO 8601，例如 2026-11-23T09:00:00+08:00"
    if kind in {"datetime_from_date_parsing", "datetime_parsing", "datetime_type"}:
        return f"时间格式无效（应为 ISO 8601，例如 2026-11-23T09:00:00+08:00）：{message}"
    if kind == "extra_forbidden":
        return f"未知字段 {field}（请检查拼写）"
    if kind == "enum":
        return f"取值无效：{message}"
    return f"字段 {field} 无效：{message}"
