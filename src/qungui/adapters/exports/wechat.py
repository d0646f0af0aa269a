"""WeChat group chats exported as CSV by WeChatMsg / MemoTrace (留痕), read as core events.

WeChatMsg (github.com/LC044/WeChatMsg) writes one row per message of the PC client's MSG table,
UTF-8 with BOM, with the header
    localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
(see docs/wechat-export.md). `Type`/`SubType` say what a row is (1 text, 3 image, 34 voice, 43 video,
47 sticker, 49 app message with SubType 5 link / 6 file / 57 quote reply / 2000 transfer / 2001 red
envelope, 10000 and 10002 system lines); `CreateTime` is epoch seconds, `StrTime` the same time
written in the exporting PC's local time; `Sender` is the sender's wxid in group chats.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from qungui.adapters.exports.base import WARNING, ReadResult, RowError
from qungui.adapters.exports.wechat_system import SELF, parse_system_line
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
)

PLATFORM = "wechat"
COLUMNS = (
    "localId",
    "TalkerId",
    "Type",
    "SubType",
    "IsSender",
    "CreateTime",
    "Status",
    "StrContent",
    "StrTime",
    "Remark",
    "NickName",
    "Sender",
)
REQUIRED = ("Type", "StrContent")
SYSTEM_SENDER = MemberRef(platform=PLATFORM, id="system", name="系统消息")
SYSTEM_TYPES = frozenset({10000, 10002})
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")
_MENTION = re.compile(r"@([^\s\u2005@]{1,40})(?=[\u2005\s]|$)")
_SIMPLE_KINDS = {
    1: MessageKind.TEXT,
    3: MessageKind.IMAGE,
    34: MessageKind.VOICE,
    42: MessageKind.CARD,
    43: MessageKind.VIDEO,
    47: MessageKind.STICKER,
    48: MessageKind.LINK,
    50: MessageKind.SYSTEM,
}
_APP_KINDS = {6: MessageKind.FILE, 8: MessageKind.STICKER, 57: MessageKind.TEXT, 87: MessageKind.TEXT}
_APP_LABELS = {2000: "[转账]", 87: "[群公告]", 19: "[聊天记录]", 33: "[小程序]", 36: "[小程序]", 50: "[视频号]"}


def is_wechat_header(first_line: str) -> bool:
    """Whether a CSV's first line looks like the WeChatMsg header."""
    names = {c.strip().strip('"') for c in first_line.lstrip("\ufeff").split(",")}
    return all(c in names for c in REQUIRED) and bool({"CreateTime", "StrTime"} & names)


def read_wechat_csv(text: str, *, group: GroupRef, tz: tzinfo, source: str = "<csv>") -> Iterator[ReadResult]:
    """Check the header now (InputError when it is not a WeChatMsg CSV) and return the row reader."""
    header = next(csv.reader(io.StringIO(text, newline="")), None)
    if header is None:
        return iter(())
    header = [h.strip().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED if c not in header]
    if "CreateTime" not in header and "StrTime" not in header:
        missing.append("CreateTime 或 StrTime")
    if missing:
        raise InputError(
            f"{source}: 不是 WeChatMsg/留痕 导出的 CSV：表头缺少 {'、'.join(missing)}（表头应为 {','.join(COLUMNS)}）"
        )
    directory = _Directory.build(text, header)
    return _Rows(header, directory, group, tz, source).read(text)


@dataclass
class _Directory:
    """Who is who: wxids by the names that appear with them, and the exporting account."""

    ids_by_name: dict[str, set[str]] = field(default_factory=dict)
    self_id: str = "self"
    self_name: str | None = None

    @classmethod
    def build(cls, text: str, header: list[str]) -> _Directory:
        found = cls()
        self_seen = False
        for row in _dict_rows(text, header):
            wxid = row.get("Sender", "").strip()
            names = [n for n in (row.get("NickName", "").strip(), row.get("Remark", "").strip()) if n]
            if wxid:
                for name in names:
                    found.ids_by_name.setdefault(name, set()).add(wxid)
            if row.get("IsSender", "").strip() == "1" and not self_seen and (wxid or names):
                self_seen = True
                found.self_id = wxid or names[0]
                found.self_name = names[0] if names else None
        return found

    def ref(self, name: str) -> MemberRef:
        """A member named in a system line: their wxid when the name belongs to exactly one sender."""
        if name == SELF:
            return MemberRef(platform=PLATFORM, id=self.self_id, name=self.self_name)
        ids = self.ids_by_name.get(name, set())
        member_id = next(iter(ids)) if len(ids) == 1 else name
        return MemberRef(platform=PLATFORM, id=member_id[:255], name=name)


def _dict_rows(text: str, header: list[str]) -> Iterator[dict[str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        next(reader, None)
        for values in reader:
            if values and len(values) == len(header):
                yield dict(zip(header, values, strict=True))
    except csv.Error:
        return


class _Rows:
    def __init__(self, header: list[str], directory: _Directory, group: GroupRef, tz: tzinfo, source: str) -> None:
        self.header = header
        self.directory = directory
        self.group = group
        self.tz = tz
        self.source = source
        self.empty_replies = 0

    def read(self, text: str) -> Iterator[ReadResult]:
        reader = csv.reader(io.StringIO(text, newline=""))
        next(reader, None)
        previous_end = reader.line_num
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                message = f"CSV 格式错误，无法继续读取此后的内容：{exc}"
                yield RowError(previous_end + 1, message, source=self.source)
                return
            line, previous_end = previous_end + 1, reader.line_num
            if not values or (len(values) == 1 and not values[0].strip()):
                continue
            if len(values) != len(self.header):
                message = f"本行有 {len(values)} 列，表头有 {len(self.header)} 列（可能是引号不配对），已跳过"
                yield RowError(line, message, source=self.source)
                continue
            yield from self._convert(dict(zip(self.header, values, strict=True)), line)
        if self.empty_replies:
            message = (
                f"{self.empty_replies} 条引用回复（Type 49/SubType 57）的正文不在这种 CSV 里"
                "（WeChatMsg 未导出 CompressContent 列），按空文本计入，可能漏判其中的违规或“收到”"
            )
            yield RowError(None, message, level=WARNING, source=self.source)

    def _error(self, line: int, message: str, field: str | None = None) -> RowError:
        return RowError(line, message, field=field, source=self.source)

    def _convert(self, row: dict[str, str], line: int) -> Iterator[ReadResult]:
        try:
            type_code = int(row["Type"].strip())
        except ValueError:
            yield self._error(line, f"Type 不是数字：{row['Type']!r}，已跳过", "Type")
            return
        try:
            sub_type = int((row.get("SubType") or "0").strip() or 0)
        except ValueError:
            yield self._error(line, f"SubType 不是数字：{row.get('SubType')!r}，已跳过", "SubType")
            return
        ts = _timestamp(row, self.tz)
        if ts is None:
            shown = f"CreateTime={row.get('CreateTime', '')!r}，StrTime={row.get('StrTime', '')!r}"
            yield self._error(line, f"时间无效（{shown}），已跳过", "CreateTime/StrTime")
            return
        base_id = (row.get("localId") or "").strip() or f"L{line}"
        content = row.get("StrContent", "")
        if type_code in SYSTEM_TYPES:
            yield from self._system(content, base_id, ts)
            return
        sender = self._sender(row)
        if sender is None:
            yield self._error(line, "没有发送者（Sender、NickName、Remark 列都为空），已跳过", "Sender")
            return
        converted = self._content(type_code, sub_type, content)
        if converted is None:
            message = f"不认识的消息类型 Type={type_code} SubType={sub_type}，已跳过"
            yield RowError(line, message, field="Type", level=WARNING, source=self.source)
            return
        kind, text, attachments, quote = converted
        mentions = tuple(self.directory.ref(n).id for n in _MENTION.findall(text) if n not in {"所有人", "全体成员"})
        yield MessageEvent(
            id=base_id,
            group=self.group,
            ts=ts,
            sender=sender,
            kind=kind,
            text=text,
            quote_text=quote,
            mentions=mentions,
            mentions_all="@所有人" in text or "@全体成员" in text,
            attachments=attachments,
        )

    def _system(self, content: str, base_id: str, ts: datetime) -> Iterator[ReadResult]:
        """Joins, join requests, removals, leaves and recalls; other system lines stay system messages."""
        parsed = parse_system_line(content)
        ref = self.directory.ref
        actor = ref(parsed.actor) if parsed.actor is not None else None
        many = len(parsed.members) > 1
        for index, name in enumerate(parsed.members):
            event_id = f"{base_id}.{index + 1}" if many else base_id
            common = {"id": event_id, "group": self.group, "ts": ts}
            if parsed.kind == "join":
                yield MemberJoined(**common, member=ref(name), inviter=actor)
            elif parsed.kind == "request":
                yield JoinRequest(**common, member=ref(name), inviter=actor, comment=parsed.text)
            elif parsed.kind == "removed":
                yield MemberLeft(**common, member=ref(name), reason=LeaveReason.REMOVED, by=actor)
            elif parsed.kind == "left":
                yield MemberLeft(**common, member=ref(name), reason=LeaveReason.VOLUNTARY)
            elif parsed.kind == "recall":
                yield MessageEvent(**common, sender=ref(name), kind=MessageKind.SYSTEM, text=parsed.text)
        if parsed.kind == "other" and parsed.text:
            yield MessageEvent(
                id=base_id, group=self.group, ts=ts, sender=SYSTEM_SENDER, kind=MessageKind.SYSTEM, text=parsed.text
            )

    def _sender(self, row: dict[str, str]) -> MemberRef | None:
        wxid = (row.get("Sender") or "").strip()
        name = (row.get("NickName") or "").strip() or (row.get("Remark") or "").strip() or None
        if not wxid and (row.get("IsSender") or "").strip() == "1":
            return self.directory.ref(SELF)
        member_id = wxid or name
        if not member_id:
            return None
        return MemberRef(platform=PLATFORM, id=member_id[:255], name=name)

    def _content(
        self, type_code: int, sub_type: int, content: str
    ) -> tuple[MessageKind, str, tuple[Attachment, ...], str | None] | None:
        xml = content.lstrip().startswith("<")
        if type_code in _SIMPLE_KINDS:
            kind = _SIMPLE_KINDS[type_code]
            if kind is MessageKind.TEXT:
                return kind, content, (), None
            media = _media(kind, content)
            return kind, "" if media else _describe(type_code, content, xml), media, None
        if type_code != 49:
            return None
        if sub_type == 2001:
            return MessageKind.RED_ENVELOPE, _tag(content, "title") or "[红包]", (), None
        kind = _APP_KINDS.get(sub_type, MessageKind.LINK)
        if kind is MessageKind.STICKER:
            return kind, "", (Attachment(mime="image/gif"),), None
        title = _tag(content, "title") if xml else content.strip()
        if sub_type == 57:
            if not content.strip():
                self.empty_replies += 1
            quote = _tag(_tag_raw(content, "refermsg"), "content") if xml else None
            return kind, title, (), quote or None
        if sub_type == 6:
            name = title or None
            return kind, f"[文件] {title}".strip(), (Attachment(name=name, size=_int(_tag(content, "totallen"))),), None
        url = _tag(content, "url") if xml else ""
        label = _APP_LABELS.get(sub_type, "")
        text = " ".join(p for p in (label, title, url) if p) or "[链接]"
        return kind, text, (), None


def _timestamp(row: dict[str, str], tz: tzinfo) -> datetime | None:
    raw = (row.get("CreateTime") or "").strip()
    if raw:
        try:
            value = float(raw)
            if value > 1e11:  # milliseconds
                value /= 1000
            if value > 0:
                return datetime.fromtimestamp(value, tz)
        except (ValueError, OverflowError, OSError):
            pass
    text = (row.get("StrTime") or "").strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
        for fmt in _TIME_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=tz)


def _tag_raw(xml: str, name: str) -> str:
    match = re.search(rf"<{name}\b[^>]*>(.*?)</{name}>", xml, re.DOTALL)
    return match.group(1) if match else ""


def _tag(xml: str, name: str) -> str:
    value = _tag_raw(xml, name)
    if value.startswith("<![CDATA[") and value.endswith("]]>"):
        value = value[9:-3]
    return html.unescape(value).strip()


def _attr(xml: str, name: str) -> str:
    match = re.search(rf'\b{name}\s*=\s*"([^"]*)"', xml)
    return html.unescape(match.group(1)) if match else ""


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _describe(type_code: int, content: str, xml: bool) -> str:
    """Text for cards, locations and calls (media carry no text)."""
    label = {42: "[名片]", 48: "[位置]", 50: "[通话]"}.get(type_code, "")
    if not xml:
        return content.strip() or label
    detail = _attr(content, "nickname") if type_code == 42 else _attr(content, "poiname") or _attr(content, "label")
    return " ".join(p for p in (label, detail) if p)


def _media(kind: MessageKind, content: str) -> tuple[Attachment, ...]:
    if kind is MessageKind.VOICE:
        length = _attr(content, "voicelength")
        duration = int(length) / 1000 if length.isdigit() else None
        return (Attachment(mime="audio/silk", duration_s=duration),)
    if kind is MessageKind.IMAGE:
        return (Attachment(mime="image/jpeg", size=_int(_attr(content, "length"))),)
    if kind is MessageKind.STICKER:
        return (Attachment(mime="image/gif"),)
    if kind is MessageKind.VIDEO:
        seconds = _attr(content, "playlength")
        return (
            Attachment(
                mime="video/mp4",
                size=_int(_attr(content, "length")),
                duration_s=float(seconds) if seconds.isdigit() else None,
            ),
        )
    return ()
