"""OneBot v11 payloads ↔ core events and messages. Pure: no I/O, no clock.

Inbound, `to_event` turns one pushed event (message / notice / request, as JSON) into a core event,
or None for what qungui does not govern (heartbeats, other groups, notices without a core event).
Messages arrive as segment arrays or as CQ-code strings; both are read. A payload that is not a
OneBot event raises `MalformedPayload` with the reason, never a crash further in.

Outbound, `render_message` builds the segment array for `send_group_msg`: a reply segment, at
segments for mentions, then the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from pydantic import ValidationError

from qungui.core.clock import DEFAULT_TZ
from qungui.core.events import (
    Attachment,
    Event,
    GroupRef,
    JoinRequest,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRef,
    MessageEvent,
    MessageKind,
    NicknameChanged,
)

PLATFORM = "onebot"
_CQ = re.compile(r"\[CQ:([a-zA-Z0-9_.-]+)((?:,[^\]]*)?)\]")
_KIND_BY_SEGMENT = {
    "image": MessageKind.IMAGE,
    "record": MessageKind.VOICE,
    "video": MessageKind.VIDEO,
    "file": MessageKind.FILE,
    "share": MessageKind.LINK,
    "json": MessageKind.CARD,
    "xml": MessageKind.CARD,
    "contact": MessageKind.CARD,
    "face": MessageKind.STICKER,
    "mface": MessageKind.STICKER,
    "rps": MessageKind.STICKER,
    "dice": MessageKind.STICKER,
}


class MalformedPayload(ValueError):
    """A pushed payload that is not a OneBot v11 event (or lacks a field the event needs)."""


@dataclass(frozen=True, slots=True)
class PendingRequest:
    """A join request's `flag` and `sub_type`, kept so the request can be approved or rejected later."""

    group_id: str
    user_id: str
    flag: str
    sub_type: str


@dataclass(frozen=True, slots=True)
class Translated:
    """What one payload became: a core event (or None), and a join request to remember."""

    event: Event | None
    request: PendingRequest | None = None
    reason: str = ""  # why nothing came of it, for the debug log


def unescape_cq(text: str, *, in_param: bool = False) -> str:
    """Undo CQ-code escaping (&amp; &#91; &#93;, and &#44; inside parameters)."""
    if in_param:
        text = text.replace("&#44;", ",")
    return text.replace("&#91;", "[").replace("&#93;", "]").replace("&amp;", "&")


def parse_cq(raw: str) -> list[dict[str, Any]]:
    """Split a CQ-code string into segments: `[CQ:at,qq=1] hi` → at + text."""
    segments: list[dict[str, Any]] = []
    position = 0
    for match in _CQ.finditer(raw):
        if match.start() > position:
            segments.append({"type": "text", "data": {"text": unescape_cq(raw[position : match.start()])}})
        data: dict[str, str] = {}
        for pair in filter(None, match.group(2).split(",")):
            key, _, value = pair.partition("=")
            data[key] = unescape_cq(value, in_param=True)
        segments.append({"type": match.group(1), "data": data})
        position = match.end()
    if position < len(raw):
        segments.append({"type": "text", "data": {"text": unescape_cq(raw[position:])}})
    return segments


def segments_of(message: Any) -> list[dict[str, Any]]:
    """A message field in either form (segment array or CQ string) as a segment list."""
    if isinstance(message, str):
        return parse_cq(message)
    if isinstance(message, Mapping):  # a single segment
        message = [message]
    if not isinstance(message, list):
        raise MalformedPayload(f"message must be a segment array or a CQ string, got {type(message).__name__}")
    segments = []
    for index, segment in enumerate(message):
        if not isinstance(segment, Mapping) or not isinstance(segment.get("type"), str):
            raise MalformedPayload(f"message segment {index} has no type")
        data = segment.get("data") or {}
        if not isinstance(data, Mapping):
            raise MalformedPayload(f"message segment {index} data must be an object")
        segments.append({"type": segment["type"], "data": dict(data)})
    return segments


def render_message(text: str, mentions: Sequence[str] = (), reply_to: str | None = None) -> list[dict[str, Any]]:
    """The segment array for a bot message: reply, at each mentioned member, then the text."""
    segments: list[dict[str, Any]] = []
    if reply_to:
        segments.append({"type": "reply", "data": {"id": str(reply_to)}})
    for member in mentions:
        segments.append({"type": "at", "data": {"qq": str(member)}})
        segments.append({"type": "text", "data": {"text": " "}})
    if text:
        segments.append({"type": "text", "data": {"text": text}})
    return segments


def _id(payload: Mapping[str, Any], field: str, *, required: bool = True) -> str | None:
    value = payload.get(field)
    if value is None or value == "":
        if required:
            raise MalformedPayload(f"missing {field}")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise MalformedPayload(f"{field} must be a number or string, got {value!r}")
    return str(value)


def _time(payload: Mapping[str, Any], tz: tzinfo) -> datetime:
    value = payload.get("time")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise MalformedPayload(f"time must be a Unix timestamp, got {value!r}")
    return datetime.fromtimestamp(value, tz)


def _member(user_id: str, name: str | None = None) -> MemberRef:
    return MemberRef(platform=PLATFORM, id=user_id, name=name or None)


def _message(payload: Mapping[str, Any], group: GroupRef, tz: tzinfo, *, private: bool) -> MessageEvent:
    segments = segments_of(payload.get("message", payload.get("raw_message", "")))
    sender = payload.get("sender") or {}
    if not isinstance(sender, Mapping):
        raise MalformedPayload("sender must be an object")
    user_id = _id(payload, "user_id")
    assert user_id is not None
    name = sender.get("card") or sender.get("nickname")
    texts: list[str] = []
    mentions: list[str] = []
    mentions_all = False
    reply_to = None
    kind = MessageKind.TEXT
    attachments: list[Attachment] = []
    for segment in segments:
        kind_of, data = segment["type"], segment["data"]
        if kind_of == "text":
            texts.append(str(data.get("text", "")))
        elif kind_of == "at":
            target = str(data.get("qq", ""))
            if target == "all":
                mentions_all = True
                texts.append("@全体成员")
            elif target:
                mentions.append(target)
                texts.append(f"@{data.get('name') or target}")
        elif kind_of == "reply":
            reply_to = str(data.get("id")) if data.get("id") is not None else None
        elif kind_of in _KIND_BY_SEGMENT:
            if kind is MessageKind.TEXT:
                kind = _KIND_BY_SEGMENT[kind_of]
            url = data.get("url") or (data.get("file") if str(data.get("file", "")).startswith("http") else None)
            if kind_of in ("image", "record", "video", "file"):
                attachments.append(Attachment(url=url, name=str(data.get("file") or "") or None))
            elif kind_of == "share":
                texts.append(str(data.get("url", "")))
    return MessageEvent(
        id=_id(payload, "message_id"),  # type: ignore[arg-type]
        group=group,
        ts=_time(payload, tz),
        sender=_member(user_id, name),
        kind=kind,
        text="".join(texts).strip(),
        reply_to=reply_to,
        mentions=tuple(dict.fromkeys(mentions)),
        mentions_all=mentions_all,
        attachments=tuple(attachments),
        private=private,
    )


def to_event(
    payload: Any, groups: Mapping[str, GroupRef], *, tz: tzinfo = DEFAULT_TZ, private_group: GroupRef | None = None
) -> Translated:
    """Translate one pushed OneBot event; `groups` are the governed groups by group_id.

    `private_group` is where private messages to the bot belong (the one governed group), or None to
    ignore them.
    """
    try:
        return _translate(payload, groups, tz, private_group)
    except ValidationError as exc:
        raise MalformedPayload(f"invalid field: {exc.errors()[0].get('loc')} {exc.errors()[0].get('msg')}") from None
    except MalformedPayload:
        raise
    except (TypeError, KeyError, ValueError, OverflowError, AttributeError) as exc:  # a shape no check foresaw
        raise MalformedPayload(f"unreadable event: {type(exc).__name__}: {str(exc)[:200]}") from None


def _translate(payload: Any, groups: Mapping[str, GroupRef], tz: tzinfo, private_group: GroupRef | None) -> Translated:
    if not isinstance(payload, Mapping):
        raise MalformedPayload("an event must be a JSON object")
    post_type = payload.get("post_type")
    if post_type == "meta_event":
        return Translated(None, reason="meta event")
    if post_type not in ("message", "message_sent", "notice", "request"):
        raise MalformedPayload(f"unknown post_type {post_type!r}")
    if post_type == "message" and payload.get("message_type") == "private":
        if private_group is None:
            return Translated(None, reason="private message with no single governed group")
        return Translated(_message(payload, private_group, tz, private=True))
    group_id = _id(payload, "group_id", required=False)
    if group_id is None:
        return Translated(None, reason=f"{post_type} without a group")
    group = groups.get(group_id)
    if group is None:
        return Translated(None, reason=f"group {group_id} is not governed")
    if post_type == "message_sent":
        return Translated(None, reason="the bot's own message")
    if post_type == "message":
        return Translated(_message(payload, group, tz, private=False))
    if post_type == "request":
        return _request(payload, group, group_id, tz)
    return _notice(payload, group, tz)


def _request(payload: Mapping[str, Any], group: GroupRef, group_id: str, tz: tzinfo) -> Translated:
    if payload.get("request_type") != "group":
        return Translated(None, reason=f"request {payload.get('request_type')!r}")
    user_id = _id(payload, "user_id")
    flag = payload.get("flag")
    if not isinstance(flag, str) or not flag:
        raise MalformedPayload("a group request needs its flag")
    sub_type = payload.get("sub_type")
    if sub_type not in ("add", "invite"):
        raise MalformedPayload(f"group request sub_type must be add or invite, got {sub_type!r}")
    assert user_id is not None
    inviter = _id(payload, "invitor_id", required=False)
    event = JoinRequest(
        id=f"req-{flag}"[:255],
        group=group,
        ts=_time(payload, tz),
        member=_member(user_id),
        inviter=_member(inviter) if inviter and inviter != "0" else None,
        comment=str(payload.get("comment") or ""),
    )
    return Translated(event, PendingRequest(group_id, user_id, flag, sub_type))


def _notice(payload: Mapping[str, Any], group: GroupRef, tz: tzinfo) -> Translated:
    notice = payload.get("notice_type")
    user_id = _id(payload, "user_id", required=False)
    operator = _id(payload, "operator_id", required=False)
    operator_ref = _member(operator) if operator and operator not in ("0", user_id) else None
    at = _time(payload, tz)
    stamp = f"{payload.get('time')}"
    if notice == "group_increase":
        if user_id is None:
            raise MalformedPayload("group_increase without user_id")
        invited = payload.get("sub_type") == "invite"
        event: Event = MemberJoined(
            id=f"inc-{user_id}-{stamp}",
            group=group,
            ts=at,
            member=_member(user_id),
            inviter=operator_ref if invited else None,
            approved_by=operator_ref if not invited else None,
        )
        return Translated(event)
    if notice == "group_decrease":
        if user_id is None:
            raise MalformedPayload("group_decrease without user_id")
        kicked = payload.get("sub_type") in ("kick", "kick_me")
        event = MemberLeft(
            id=f"dec-{user_id}-{stamp}",
            group=group,
            ts=at,
            member=_member(user_id),
            reason=LeaveReason.REMOVED if kicked else LeaveReason.VOLUNTARY,
            by=operator_ref if kicked else None,
        )
        return Translated(event)
    if notice == "group_card":  # an extension most implementations push (NapCat, Lagrange, go-cqhttp)
        if user_id is None:
            raise MalformedPayload("group_card without user_id")
        new = str(payload.get("card_new") or "")
        event = NicknameChanged(
            id=f"card-{user_id}-{stamp}",
            group=group,
            ts=at,
            member=_member(user_id, new),
            old=payload.get("card_old") or None,
            new=new,
        )
        return Translated(event)
    return Translated(None, reason=f"notice {notice!r} has no core event")
