"""Matrix client-server JSON → core events, and core messages → Matrix content. Pure: no I/O, no clock.

Inbound, one room timeline event (as the homeserver sent it in /sync) becomes at most one core event:
m.room.message → MessageEvent (text, image, file, replies, mentions); m.room.member → MemberJoined,
MemberLeft, JoinRequest (a knock) or NicknameChanged; m.reaction → Reaction. Events the engine has no
use for (typing, power levels, redactions, the bot's own) give None. A malformed event raises
`MalformedEvent` naming what is wrong; the connector logs it and goes on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

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
    Reaction,
)

PLATFORM = "matrix"
_KINDS = {
    "m.text": MessageKind.TEXT,
    "m.notice": MessageKind.TEXT,
    "m.emote": MessageKind.TEXT,
    "m.image": MessageKind.IMAGE,
    "m.file": MessageKind.FILE,
    "m.audio": MessageKind.VOICE,
    "m.video": MessageKind.VIDEO,
    "m.sticker": MessageKind.STICKER,
}
_PILL = re.compile(r'href="https://matrix\.to/#/(@[^"?/]+)')
_REPLY_FALLBACK = re.compile(r"<mx-reply>.*?</mx-reply>", re.DOTALL)


class MalformedEvent(ValueError):
    """A timeline event that cannot be read; the message names the event and the problem."""


def _field(source: Mapping[str, Any], name: str, kind: type, where: str) -> Any:
    value = source.get(name)
    if not isinstance(value, kind) or (kind is str and not value):
        raise MalformedEvent(f"{where}: field {name!r} missing or not a {kind.__name__}")
    return value


def event_time(source: Mapping[str, Any]) -> datetime:
    """`origin_server_ts` (milliseconds since the epoch) as an aware UTC datetime."""
    ts = source.get("origin_server_ts")
    if not isinstance(ts, int) or isinstance(ts, bool) or ts < 0:
        raise MalformedEvent(f"event {source.get('event_id')!r}: origin_server_ts missing or not a timestamp")
    return datetime.fromtimestamp(ts / 1000, UTC)


def member_ref(user_id: str, name: str | None = None) -> MemberRef:
    return MemberRef(platform=PLATFORM, id=user_id, name=name or None)


def _strip_reply_fallback(body: str) -> tuple[str, str | None]:
    """Split the quoted lines Matrix clients put before a reply ("> <@u:hs> text") from the reply itself."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body, None
    quoted: list[str] = []
    while lines and lines[0].startswith(">"):
        quoted.append(lines.pop(0)[1:].strip())
    while lines and not lines[0].strip():
        lines.pop(0)
    quote = " ".join(quoted)
    quote = re.sub(r"^<[^>]+>\s*", "", quote)  # the quoted sender
    return "\n".join(lines), quote or None


def _mentions(content: Mapping[str, Any], body: str) -> tuple[tuple[str, ...], bool]:
    found: list[str] = []
    mentions_all = False
    declared = content.get("m.mentions")
    if isinstance(declared, Mapping):
        users = declared.get("user_ids")
        if isinstance(users, list):
            found.extend(u for u in users if isinstance(u, str) and u.startswith("@"))
        mentions_all = declared.get("room") is True
    formatted = content.get("formatted_body")
    if isinstance(formatted, str):
        found.extend(_PILL.findall(_REPLY_FALLBACK.sub("", formatted)))
    if "@room" in body:
        mentions_all = True
    return tuple(dict.fromkeys(found)), mentions_all


def _message(
    source: Mapping[str, Any], group: GroupRef, names: Mapping[str, str], private: bool
) -> MessageEvent | None:
    event_id = source["event_id"]
    content = source.get("content")
    if not isinstance(content, Mapping):
        raise MalformedEvent(f"event {event_id}: content missing or not an object")
    if not content:
        return None  # a redacted message: nothing left to judge
    relates = content.get("m.relates_to")
    if isinstance(relates, Mapping) and relates.get("rel_type") == "m.replace":
        # An edit is judged as a message of its own (its new text): redacting it brings back the original.
        new_content = content.get("m.new_content")
        if not isinstance(new_content, Mapping):
            raise MalformedEvent(f"event {event_id}: an edit without m.new_content")
        content, relates = new_content, None
    msgtype = _field(content, "msgtype", str, f"event {event_id}")
    body = content.get("body", "")
    if not isinstance(body, str):
        raise MalformedEvent(f"event {event_id}: body is not a string")
    reply_to = None
    if isinstance(relates, Mapping):
        in_reply = relates.get("m.in_reply_to")
        if isinstance(in_reply, Mapping) and isinstance(in_reply.get("event_id"), str):
            reply_to = in_reply["event_id"]
    quote = None
    if reply_to is not None:
        body, quote = _strip_reply_fallback(body)
    kind = _KINDS.get(msgtype, MessageKind.TEXT)
    attachments: tuple[Attachment, ...] = ()
    text = body
    if kind in (MessageKind.IMAGE, MessageKind.FILE, MessageKind.VOICE, MessageKind.VIDEO, MessageKind.STICKER):
        info = content.get("info") if isinstance(content.get("info"), Mapping) else {}
        size = info.get("size")
        duration = info.get("duration")
        attachments = (
            Attachment(
                mime=info.get("mimetype") if isinstance(info.get("mimetype"), str) else None,
                name=body or None,
                size=size if isinstance(size, int) and size >= 0 else None,
                url=content.get("url") if isinstance(content.get("url"), str) else None,
                duration_s=duration / 1000 if isinstance(duration, int) and duration >= 0 else None,
            ),
        )
        text = "" if kind is not MessageKind.FILE else body
    mentions, mentions_all = _mentions(content, body)
    sender = source["sender"]
    return MessageEvent(
        id=event_id,
        group=group,
        ts=event_time(source),
        sender=member_ref(sender, names.get(sender)),
        kind=kind,
        text=text,
        reply_to=reply_to,
        quote_text=quote,
        mentions=mentions,
        mentions_all=mentions_all,
        attachments=attachments,
        private=private,
    )


def _membership(source: Mapping[str, Any], group: GroupRef, names: Mapping[str, str], bot_id: str) -> Event | None:
    event_id = source["event_id"]
    where = f"event {event_id}"
    target = _field(source, "state_key", str, where)
    content = source.get("content")
    if not isinstance(content, Mapping):
        raise MalformedEvent(f"{where}: content missing or not an object")
    membership = _field(content, "membership", str, where)
    unsigned = source.get("unsigned") if isinstance(source.get("unsigned"), Mapping) else {}
    prev = unsigned.get("prev_content") if isinstance(unsigned.get("prev_content"), Mapping) else {}
    before = prev.get("membership")
    sender = source["sender"]
    name = content.get("displayname") if isinstance(content.get("displayname"), str) else None
    member = member_ref(target, name or names.get(target))
    by = member_ref(sender, names.get(sender))
    common = {"id": event_id, "group": group, "ts": event_time(source)}
    if membership == "join":
        if before == "join":
            old = prev.get("displayname") if isinstance(prev.get("displayname"), str) else None
            if name and name != old:
                return NicknameChanged(**common, member=member, old=old, new=name)
            return None  # avatar or other profile change
        invited_by = unsigned.get("prev_sender") if before == "invite" else None
        if not isinstance(invited_by, str) or invited_by == target:
            return MemberJoined(**common, member=member)
        if invited_by == bot_id:  # the bot invites only whom the rules or an admin let in: an approval
            return MemberJoined(**common, member=member, approved_by=member_ref(bot_id))
        return MemberJoined(**common, member=member, inviter=member_ref(invited_by, names.get(invited_by)))
    if membership == "knock":
        reason = content.get("reason") if isinstance(content.get("reason"), str) else ""
        return JoinRequest(**common, member=member, comment=reason)
    if membership in ("leave", "ban"):
        if before != "join":
            return None  # a knock withdrawn or refused, an invite declined: nobody left the group
        if sender == target:
            return MemberLeft(**common, member=member, reason=LeaveReason.VOLUNTARY)
        return MemberLeft(**common, member=member, reason=LeaveReason.REMOVED, by=by)
    return None  # invite: the join that follows is the event


def _reaction(source: Mapping[str, Any], group: GroupRef, names: Mapping[str, str]) -> Reaction | None:
    where = f"event {source['event_id']}"
    content = source.get("content")
    if not isinstance(content, Mapping):
        raise MalformedEvent(f"{where}: content missing or not an object")
    relates = content.get("m.relates_to")
    if not isinstance(relates, Mapping):
        return None  # a redacted reaction
    target = _field(relates, "event_id", str, where + " m.relates_to")
    key = _field(relates, "key", str, where + " m.relates_to")
    sender = source["sender"]
    return Reaction(
        id=source["event_id"],
        group=group,
        ts=event_time(source),
        member=member_ref(sender, names.get(sender)),
        target=target,
        emoji=key,
    )


def translate_event(
    source: Mapping[str, Any],
    *,
    group: GroupRef,
    bot_id: str,
    names: Mapping[str, str] | None = None,
    private: bool = False,
) -> Event | None:
    """One timeline event of `group`'s room as a core event; None when there is nothing for the engine.

    `names` maps user ids to their display names in the room; `private` marks a message in a direct chat
    with the bot (about `group`). Raises MalformedEvent for an event that cannot be read.
    """
    if not isinstance(source, Mapping):
        raise MalformedEvent(f"timeline event is a {type(source).__name__}, not an object")
    event_id = _field(source, "event_id", str, "timeline event")
    where = f"event {event_id}"
    kind = _field(source, "type", str, where)
    sender = _field(source, "sender", str, where)
    names = names or {}
    try:
        if kind == "m.room.member":
            if source.get("state_key") == bot_id:
                return None
            return None if private else _membership(source, group, names, bot_id)
        if sender == bot_id:
            return None
        if kind == "m.room.message":
            return _message(source, group, names, private)
        if kind == "m.reaction":
            return _reaction(source, group, names)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise MalformedEvent(f"{where}: {problems}") from None
    except MalformedEvent:
        raise
    except (TypeError, KeyError, ValueError, OverflowError, AttributeError) as exc:  # a shape no check foresaw
        raise MalformedEvent(f"{where}: unreadable: {type(exc).__name__}: {str(exc)[:200]}") from None
    return None


# -- outbound -------------------------------------------------------------------------------------


def pill(user_id: str, name: str) -> str:
    """A Matrix mention link ("pill") for `user_id`, showing `name`."""
    return f'<a href="https://matrix.to/#/{html.escape(user_id, quote=True)}">{html.escape(name)}</a>'


def message_content(
    text: str,
    *,
    mentions: Sequence[str] = (),
    names: Mapping[str, str] | None = None,
    reply_to: str | None = None,
) -> dict[str, Any]:
    """The content of an m.room.message the bot sends: mentions as pills and m.mentions, a reply relation.

    Where the text already names a mentioned member ("@张三"), that name becomes the pill; otherwise
    the pill is put in front of the text.
    """
    names = names or {}
    users = list(dict.fromkeys(mentions))
    content: dict[str, Any] = {"msgtype": "m.text", "body": text}
    if users:
        formatted = html.escape(text, quote=False)
        body = text
        for user in users:
            label = f"@{names[user]}" if names.get(user) else user
            body = body.replace(f"@{user}", label)  # "@{name}" of a member known only by id: "@@u:hs"
            formatted = formatted.replace(html.escape(f"@{user}", quote=False), html.escape(label, quote=False))
            for shown in (label, user):
                escaped = html.escape(shown, quote=False)
                if escaped in formatted:
                    formatted = formatted.replace(escaped, pill(user, shown), 1)
                    break
            else:
                formatted = f"{pill(user, label)} {formatted}"
                body = f"{label} {body}"
        content["body"] = body
        content["format"] = "org.matrix.custom.html"
        content["formatted_body"] = formatted.replace("\n", "<br>")
    content["m.mentions"] = {"user_ids": users} if users else {}
    if reply_to is not None:
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
    return content
