"""Telegram Bot API updates ↔ core events and messages. Pure: no I/O, no clock.

Inbound, `to_event` reads one Update: message / edited_message (text, media, captions, entities,
replies), chat_member (joins, leaves, removals — the service messages about joins are ignored so a
join is never counted twice), chat_join_request and message_reaction. Outbound, `mention_entities`
builds the `text_mention` entities that notify members by id (offsets in UTF-16 code units, as the
Bot API counts them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
    Reaction,
)

PLATFORM = "telegram"
ALLOWED_UPDATES = ("message", "edited_message", "chat_member", "chat_join_request", "message_reaction")
_PRESENT = {"member", "administrator", "creator"}
_MEDIA = (
    ("photo", MessageKind.IMAGE),
    ("voice", MessageKind.VOICE),
    ("audio", MessageKind.VOICE),
    ("video", MessageKind.VIDEO),
    ("video_note", MessageKind.VIDEO),
    ("animation", MessageKind.VIDEO),
    ("document", MessageKind.FILE),
    ("sticker", MessageKind.STICKER),
    ("contact", MessageKind.CARD),
)


class MalformedUpdate(ValueError):
    """An update that is not a Bot API Update (or lacks a field its kind needs)."""


@dataclass(slots=True)
class Directory:
    """Who the connector has seen: @username → user id, user id → display name (for mentions)."""

    ids_by_username: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def learn(self, user: Mapping[str, Any]) -> MemberRef:
        user_id = str(user["id"])
        name = " ".join(str(user[k]) for k in ("first_name", "last_name") if user.get(k)) or None
        if user.get("username"):
            self.ids_by_username[str(user["username"]).lower()] = user_id
        if name:
            self.names[user_id] = name
        return MemberRef(platform=PLATFORM, id=user_id, name=name)


@dataclass(frozen=True, slots=True)
class Translated:
    event: Event | None
    reason: str = ""
    warning: bool = False  # the reason needs the owner's attention (logged as a warning)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _utf16_slice(text: str, offset: int, length: int) -> str:
    data = text.encode("utf-16-le")
    return data[2 * offset : 2 * (offset + length)].decode("utf-16-le", errors="replace")


def mention_entities(text: str, mentions: Sequence[str], names: Mapping[str, str]) -> tuple[str, list[dict]]:
    """Prefix the text with each mentioned member's name as a text_mention entity."""
    prefix = ""
    entities: list[dict[str, Any]] = []
    for member in mentions:
        label = names.get(member) or "成员"
        entities.append({"type": "text_mention", "offset": utf16_len(prefix), "length": utf16_len(label)})
        entities[-1]["user"] = {"id": int(member), "is_bot": False, "first_name": label}
        prefix += label + " "
    return prefix + text, entities


def _user(obj: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    user = obj.get(key)
    if not isinstance(user, Mapping) or isinstance(user.get("id"), bool) or not isinstance(user.get("id"), int):
        raise MalformedUpdate(f"{key} must be a user with a numeric id")
    return user


def _date(obj: Mapping[str, Any], tz: tzinfo) -> datetime:
    value = obj.get("date")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise MalformedUpdate(f"date must be a Unix timestamp, got {value!r}")
    return datetime.fromtimestamp(value, tz)


def _chat(obj: Mapping[str, Any]) -> Mapping[str, Any]:
    chat = obj.get("chat")
    if not isinstance(chat, Mapping) or isinstance(chat.get("id"), bool) or not isinstance(chat.get("id"), int):
        raise MalformedUpdate("chat must be an object with a numeric id")
    return chat


def to_event(
    update: Any,
    groups: Mapping[str, GroupRef],
    directory: Directory,
    *,
    tz: tzinfo = DEFAULT_TZ,
    private_group: GroupRef | None = None,
) -> Translated:
    """Translate one Update; `groups` are the governed chats by chat id (as a string)."""
    if not isinstance(update, Mapping) or isinstance(update.get("update_id"), bool):
        raise MalformedUpdate("an update must be an object with an update_id")
    if not isinstance(update.get("update_id"), int):
        raise MalformedUpdate("update_id must be an integer")
    try:
        return _translate(update, groups, directory, tz, private_group)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise MalformedUpdate(f"invalid field {first.get('loc')}: {first.get('msg')}") from None
    except MalformedUpdate:
        raise
    except (TypeError, KeyError, ValueError, OverflowError, AttributeError) as exc:  # a shape no check foresaw
        raise MalformedUpdate(f"unreadable update: {type(exc).__name__}: {str(exc)[:200]}") from None


def _translate(update, groups, directory, tz, private_group) -> Translated:
    for key in ("message", "edited_message"):
        if key in update:
            message = update[key]
            if not isinstance(message, Mapping):
                raise MalformedUpdate(f"{key} must be an object")
            chat = _chat(message)
            if chat.get("type") == "private":
                if private_group is None:
                    return Translated(None, "private message with no single governed group")
                return Translated(_message(message, private_group, directory, tz, edited=key != "message"))
            group = groups.get(str(chat["id"]))
            if group is None:
                return Translated(None, f"chat {chat['id']} is not governed")
            if "migrate_to_chat_id" in message:
                reason = (
                    f"chat {chat['id']} became supergroup {message['migrate_to_chat_id']}: put that id in the config"
                )
                return Translated(None, reason, warning=True)
            if "new_chat_members" in message or "left_chat_member" in message:
                return Translated(None, "joins and leaves come as chat_member updates")
            return Translated(_message(message, group, directory, tz, edited=key != "message"))
    if "chat_member" in update:
        return _chat_member(update["chat_member"], groups, directory, tz)
    if "chat_join_request" in update:
        request = update["chat_join_request"]
        if not isinstance(request, Mapping):
            raise MalformedUpdate("chat_join_request must be an object")
        group = groups.get(str(_chat(request)["id"]))
        if group is None:
            return Translated(None, "join request for a chat that is not governed")
        member = directory.learn(_user(request, "from"))
        event = JoinRequest(
            id=f"jr-{member.id}-{request.get('date')}",
            group=group,
            ts=_date(request, tz),
            member=member,
            comment=str(request.get("bio") or ""),
        )
        return Translated(event)
    if "message_reaction" in update:
        return _reaction(update["message_reaction"], groups, directory, tz)
    return Translated(None, "an update kind qungui does not read")


def _message(
    message: Mapping[str, Any], group: GroupRef, directory: Directory, tz: tzinfo, *, edited: bool
) -> MessageEvent:
    sender = directory.learn(_user(message, "from"))
    message_id = message.get("message_id")
    if isinstance(message_id, bool) or not isinstance(message_id, int):
        raise MalformedUpdate("message_id must be an integer")
    text = message.get("text")
    entities = message.get("entities")
    if text is None:
        text, entities = message.get("caption") or "", message.get("caption_entities")
    if not isinstance(text, str):
        raise MalformedUpdate("text must be a string")
    kind = MessageKind.TEXT
    attachments: list[Attachment] = []
    for field_name, media_kind in _MEDIA:
        if field_name in message:
            kind = media_kind
            media = message[field_name]
            item = media[-1] if isinstance(media, list) and media else media  # photos: the largest size last
            if isinstance(item, Mapping):
                attachments.append(
                    Attachment(
                        mime=item.get("mime_type"),
                        name=item.get("file_name") or item.get("file_unique_id"),
                        size=item.get("file_size"),
                        duration_s=item.get("duration"),
                    )
                )
            break
    mentions: list[str] = []
    links: list[str] = []
    for entity in entities or []:
        if not isinstance(entity, Mapping):
            raise MalformedUpdate("entities must be objects")
        if entity.get("type") == "text_mention" and isinstance(entity.get("user"), Mapping):
            mentions.append(directory.learn(entity["user"]).id)
        elif entity.get("type") == "mention":
            handle = _utf16_slice(text, int(entity.get("offset", 0)), int(entity.get("length", 0))).lstrip("@")
            known = directory.ids_by_username.get(handle.lower())
            if known:
                mentions.append(known)
        elif entity.get("type") == "text_link" and entity.get("url"):
            links.append(str(entity["url"]))  # a hidden link: the detectors must see where it goes
    reply = message.get("reply_to_message")
    quote = None
    if isinstance(reply, Mapping):
        quote = reply.get("text") or reply.get("caption")
    edit = message.get("edit_date") if edited else None
    return MessageEvent(
        id=f"{message_id}-edit-{edit}" if edited else str(message_id),
        group=group,
        ts=datetime.fromtimestamp(edit, tz) if isinstance(edit, int) else _date(message, tz),
        sender=sender,
        kind=kind,
        text=" ".join([text, *links]).strip(),
        reply_to=str(reply["message_id"]) if isinstance(reply, Mapping) and "message_id" in reply else None,
        quote_text=quote,
        mentions=tuple(dict.fromkeys(mentions)),
        attachments=tuple(attachments),
        private=group is not None and _chat(message).get("type") == "private",
    )


def _present(member: Mapping[str, Any]) -> bool:
    status = member.get("status")
    return status in _PRESENT or (status == "restricted" and bool(member.get("is_member")))


def _chat_member(update: Any, groups, directory: Directory, tz: tzinfo) -> Translated:
    if not isinstance(update, Mapping):
        raise MalformedUpdate("chat_member must be an object")
    group = groups.get(str(_chat(update)["id"]))
    if group is None:
        return Translated(None, "chat_member for a chat that is not governed")
    old, new = update.get("old_chat_member"), update.get("new_chat_member")
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        raise MalformedUpdate("chat_member needs old_chat_member and new_chat_member")
    member = directory.learn(_user(new, "user"))
    actor = directory.learn(_user(update, "from"))
    by = actor if actor.id != member.id else None
    at = _date(update, tz)
    stamp = f"{update.get('date')}-{new.get('status')}"
    if not _present(old) and _present(new):
        link = update.get("invite_link")
        approved = by if isinstance(link, Mapping) and link.get("creates_join_request") else None
        event: Event = MemberJoined(
            id=f"cm-{member.id}-{stamp}",
            group=group,
            ts=at,
            member=member,
            inviter=by if approved is None else None,
            approved_by=approved,
        )
        return Translated(event)
    if _present(old) and not _present(new):
        removed = new.get("status") == "kicked" or by is not None
        event = MemberLeft(
            id=f"cm-{member.id}-{stamp}",
            group=group,
            ts=at,
            member=member,
            reason=LeaveReason.REMOVED if removed else LeaveReason.VOLUNTARY,
            by=by if removed else None,
        )
        return Translated(event)
    return Translated(None, "a member's rights changed (no join or leave)")


def _reaction(update: Any, groups, directory: Directory, tz: tzinfo) -> Translated:
    if not isinstance(update, Mapping):
        raise MalformedUpdate("message_reaction must be an object")
    group = groups.get(str(_chat(update)["id"]))
    if group is None:
        return Translated(None, "reaction in a chat that is not governed")
    if "user" not in update:
        return Translated(None, "an anonymous reaction (sent on behalf of a chat)")
    member = directory.learn(_user(update, "user"))
    old = {r.get("emoji") for r in update.get("old_reaction") or [] if isinstance(r, Mapping)}
    added = [r.get("emoji") for r in update.get("new_reaction") or [] if isinstance(r, Mapping)]
    added = [emoji for emoji in added if emoji and emoji not in old]
    if not added:
        return Translated(None, "a reaction was taken back")
    event = Reaction(
        id=f"re-{update.get('message_id')}-{member.id}-{update.get('date')}",
        group=group,
        ts=_date(update, tz),
        member=member,
        target=str(update.get("message_id")),
        emoji=added[0],
    )
    return Translated(event)
