"""qungui's JSON Lines event format: round trip, bad lines reported by number, encodings."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from qungui.adapters.exports import RowError, dump_event, parse_line, read_export
from qungui.core.errors import InputError
from qungui.core.events import (
    Attachment,
    GroupRef,
    JoinRequest,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRef,
    MessageEvent,
    MessageKind,
    NicknameChanged,
    Reaction,
)

SH = ZoneInfo("Asia/Shanghai")
GROUP = GroupRef(platform="wechat", id="g1@chatroom", name="安徽商会会员交流群")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "event-format.md"


def ref(member_id: str, name: str | None = None) -> MemberRef:
    return MemberRef(platform="wechat", id=member_id, name=name)


def every_kind_of_event() -> list:
    ts = datetime(2026, 11, 3, 10, 0, tzinfo=SH)
    return [
        MessageEvent(id="m1", group=GROUP, ts=ts, sender=ref("a", "合肥建材销售部王强"), text="通知：周六开会 @所有人"),
        MessageEvent(
            id="m2",
            group=GROUP,
            ts=ts,
            sender=ref("b"),
            kind=MessageKind.VOICE,
            attachments=(Attachment(mime="audio/silk", duration_s=75.5),),
        ),
        MessageEvent(
            id="m3",
            group=GROUP,
            ts=ts,
            sender=ref("b"),
            text="收到",
            reply_to="m1",
            quote_text="通知",
            mentions=("a",),
            mentions_all=True,
        ),
        MessageEvent(
            id="m4", group=GROUP, ts=ts, sender=ref("c"), kind=MessageKind.RED_ENVELOPE, amount=Decimal("8.88")
        ),
        MemberJoined(id="j1", group=GROUP, ts=ts, member=ref("d", "小刘"), inviter=ref("b"), approved_by=ref("a")),
        MemberLeft(id="l1", group=GROUP, ts=ts, member=ref("c"), reason=LeaveReason.REMOVED, by=ref("a")),
        JoinRequest(id="r1", group=GROUP, ts=ts, member=ref("e"), inviter=ref("b"), comment="我是商会会员"),
        NicknameChanged(id="n1", group=GROUP, ts=ts, member=ref("d"), old="小刘", new="合肥新锐广告设计部刘洋"),
        Reaction(id="x1", group=GROUP, ts=ts, member=ref("b"), target="m1", emoji="👍"),
    ]


def write(tmp_path: Path, text: str, name: str = "log.jsonl", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_round_trip_keeps_every_field(tmp_path):
    events = every_kind_of_event()
    path = write(tmp_path, "".join(dump_event(e) + "\n" for e in events))
    assert list(read_export(path)) == events
    assert dump_event(events[0]).startswith('{"type":"message","id":"m1"')
    assert "合肥建材销售部王强" in dump_event(events[0])  # readable, not \u-escaped


def test_bad_lines_are_reported_by_number_and_the_rest_still_comes_through(tmp_path):
    good = [dump_event(e) for e in every_kind_of_event()[:3]]
    lines = [
        good[0],
        '{"type":"message","id":"x"',  # 2: broken JSON
        '{"type":"poll","id":"p1","group":{"platform":"wechat","id":"g"},"ts":"2026-11-03T10:00:00+08:00"}',  # 3
        "",  # 4: blank, skipped silently
        '{"type":"message","id":"x","group":{"platform":"wechat","id":"g"},"ts":"2026-11-03T10:00:00+08:00"}',  # 5
        good[1],
        '{"type":"message","id":"y","group":{"platform":"wechat","id":"g"},"ts":"2026-11-03T10:00:00",'
        '"sender":{"platform":"wechat","id":"a"}}',  # 7: naive time
        '{"id":"z"}',  # 8: no type
        good[2],
    ]
    items = list(read_export(write(tmp_path, "\n".join(lines) + "\n")))
    errors = [i for i in items if isinstance(i, RowError)]
    assert [e.line for e in errors] == [2, 3, 5, 7, 8]
    broken, unknown, missing, naive, untyped = errors
    assert broken.column is not None and "JSON" in broken.message
    assert "poll" in unknown.message and unknown.field == "type"
    assert missing.field == "sender" and "缺少" in missing.message
    assert naive.field == "ts" and "时区" in naive.message
    assert untyped.field == "type"
    assert [i.id for i in items if not isinstance(i, RowError)] == ["m1", "m2", "m3"]


def test_tick_lines_are_refused(tmp_path):
    line = '{"type":"tick","id":"t","group":{"platform":"wechat","id":"g"},"ts":"2026-11-03T10:00:00+08:00"}'
    (item,) = read_export(write(tmp_path, line + "\n"))
    assert isinstance(item, RowError) and item.line == 1


def test_non_utf8_file_is_a_clear_error_naming_where(tmp_path):
    first = dump_event(every_kind_of_event()[0])
    raw = (first + "\n").encode("utf-8") + '{"type":"message","text":"收到"}\n'.encode("gbk")
    path = tmp_path / "log.jsonl"
    path.write_bytes(raw)
    with pytest.raises(InputError) as caught:
        read_export(path)
    message = str(caught.value)
    offset = len((first + "\n").encode("utf-8")) + raw[len((first + "\n").encode("utf-8")) :].index(b"\xca")
    assert "UTF-8" in message and "第 2 行" in message and f"字节偏移 {offset}" in message


def test_bom_is_tolerated_and_an_empty_file_gives_nothing(tmp_path):
    line = dump_event(every_kind_of_event()[0])
    assert len(list(read_export(write(tmp_path, "\ufeff" + line + "\n")))) == 1
    assert list(read_export(write(tmp_path, "", name="empty.jsonl"))) == []
    assert list(read_export(write(tmp_path, "\n\n  \n", name="blank.jsonl"))) == []


def test_group_filter_keeps_one_group(tmp_path):
    other = MessageEvent(
        id="o1",
        group=GroupRef(platform="wechat", id="other"),
        ts=datetime(2026, 11, 3, tzinfo=SH),
        sender=ref("a"),
        text="hi",
    )
    events = [*every_kind_of_event()[:2], other]
    path = write(tmp_path, "".join(dump_event(e) + "\n" for e in events))
    assert [e.id for e in read_export(path, group="other")] == ["o1"]


def test_missing_file_and_unknown_layout(tmp_path):
    with pytest.raises(InputError, match="不存在"):
        read_export(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="无法识别"):
        read_export(write(tmp_path, "hello\n", name="notes.txt"))


def test_examples_in_the_format_document_are_valid():
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    lines = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert len(lines) >= 8
    results = [parse_line(line, number) for number, line in enumerate(lines, start=1)]
    assert [r for r in results if isinstance(r, RowError)] == []
