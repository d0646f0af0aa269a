"""WeCom callback messages (decrypted XML as a dict) → core events. Pure.

What WeCom tells an app: members joining or leaving a customer group (`change_external_chat`
with `MemChangeList`), and messages members write to the app itself (used as private messages
to the bot: 举报, 申诉, 我的记录…). Messages inside groups are never delivered to an app (customer
groups only through the paid chat archive; app-created chats not at all).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from qungui.core.clock import DEFAULT_TZ
from qungui.core.events import Event, GroupRef, LeaveReason, MemberJoined, MemberLeft, MemberRef, MessageEvent

PLATFORM = "wecom"
QUIT_REMOVED = "1"  # QuitScene 1: the group owner or an admin removed the member


class MalformedCallback(ValueError):
    """A decrypted callback that lacks what its kind needs."""


@dataclass(frozen=True, slots=True)
class Translated:
    events: tuple[Event, ...]
    reason: str = ""


def _time(message: Mapping[str, Any], tz: tzinfo) -> datetime:
    value = str(message.get("CreateTime", ""))
    if not value.isdigit():
        raise MalformedCallback(f"CreateTime must be a Unix timestamp, got {value!r}")
    return datetime.fromtimestamp(int(value), tz)


def _need(message: Mapping[str, Any], field: str) -> str:
    value = message.get(field)
    if not isinstance(value, str) or not value:
        raise MalformedCallback(f"missing {field}")
    return value


def to_events(
    message: Mapping[str, Any],
    groups: Mapping[str, GroupRef],
    *,
    tz: tzinfo = DEFAULT_TZ,
    private_group: GroupRef | None = None,
) -> Translated:
    """Translate one decrypted callback; `groups` are the governed chats by chat id."""
    kind = message.get("MsgType")
    if kind == "text":
        if private_group is None:
            return Translated((), "a message to the app with no single governed group")
        sender = _need(message, "FromUserName")
        event = MessageEvent(
            id=_need(message, "MsgId"),
            group=private_group,
            ts=_time(message, tz),
            sender=MemberRef(platform=PLATFORM, id=sender),
            text=str(message.get("Content") or ""),
            private=True,
        )
        return Translated((event,))
    if kind != "event":
        return Translated((), f"message type {kind!r} is not read")
    if message.get("Event") != "change_external_chat":
        return Translated((), f"event {message.get('Event')!r} has no core event")
    chat_id = _need(message, "ChatId")
    group = groups.get(chat_id)
    if group is None:
        return Translated((), f"customer group {chat_id} is not governed")
    detail = message.get("UpdateDetail")
    if message.get("ChangeType") != "update" or detail not in ("add_member", "del_member"):
        return Translated((), f"customer group change {message.get('ChangeType')}/{detail} has no core event")
    members = message.get("MemChangeList")
    if isinstance(members, str):
        members = [members] if members else []
    if not members:
        return Translated((), "member change without MemChangeList (read groupchat/get for the list)")
    at = _time(message, tz)
    version = message.get("CurMemVer") or message.get("CreateTime")
    events: list[Event] = []
    for member_id in members:
        member = MemberRef(platform=PLATFORM, id=member_id)
        if detail == "add_member":
            events.append(MemberJoined(id=f"{version}-{member_id}", group=group, ts=at, member=member))
        else:
            removed = str(message.get("QuitScene")) == QUIT_REMOVED
            reason = LeaveReason.REMOVED if removed else LeaveReason.VOLUNTARY
            events.append(MemberLeft(id=f"{version}-{member_id}", group=group, ts=at, member=member, reason=reason))
    return Translated(tuple(events))
