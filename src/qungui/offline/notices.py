"""Notices that must be acknowledged (三.四.3 "群里集中下发的通知要及时做回复"), followed through a log.

A notice is a message from an admin that contains one of the rulebook's notice markers (any sender
when no admin is known). An acknowledgement is a short message made of one of the rulebook's
acknowledgement words that replies to / quotes the notice, or that comes within the window after
it from a member who has not acknowledged it yet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from qungui.core.events import MessageEvent
from qungui.rules.schema import Acknowledgements

_MENTION = re.compile(r"@[^\s\u2005@]{1,40}[\u2005\s]?")
MAX_ACK_LENGTH = 12  # a longer message is conversation, not a "收到"
QUOTE_PREFIX = 20


def compact(text: str) -> str:
    """The text without @mentions, whitespace and punctuation, lower-cased."""
    text = _MENTION.sub("", text)
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P")).lower()


def is_acknowledgement(text: str, words: list[str]) -> bool:
    """Whether `text` is an acknowledgement ("收到", "好的，马上执行", "1", "👍").

    Short ASCII words and emoji ("1", "ok", "👍") must be the whole message; Chinese words of two or
    more characters may come with a few more words ("收到，准时参加") but not inside a long message.
    """
    body = compact(text)
    if not body:
        return False
    for word in words:
        w = compact(word)
        if not w:
            continue
        if body == w:
            return True
        if len(w) >= 2 and not w.isascii() and w in body and len(body) <= MAX_ACK_LENGTH:
            return True
    return False


@dataclass(slots=True)
class Notice:
    group: str
    message_id: str
    at: datetime
    sender_id: str
    text: str
    present_at: frozenset[str]
    acks: dict[str, tuple[datetime, str]] = field(default_factory=dict)  # member → (when, "reply" | "window")


class NoticeTracker:
    """Finds notices and their acknowledgements in message order."""

    def __init__(self, policy: Acknowledgements, *, any_sender: bool) -> None:
        self.policy = policy
        self.any_sender = any_sender
        self.notices: list[Notice] = []
        self._by_id: dict[tuple[str, str], Notice] = {}

    def is_notice(self, event: MessageEvent, sender_is_admin: bool) -> bool:
        if not (sender_is_admin or self.any_sender):
            return False
        if any(marker in event.text for marker in self.policy.notice_markers):
            return True
        return event.mentions_all and any(m in ("@所有人", "@全体成员") for m in self.policy.notice_markers)

    def observe(self, event: MessageEvent, *, sender_is_admin: bool, present: set[str]) -> None:
        """Take one message: open a notice, or count an acknowledgement."""
        group = event.group.id
        if event.text and self.is_notice(event, sender_is_admin):
            others = frozenset(present - {event.sender.id})
            notice = Notice(group, event.id, event.ts, event.sender.id, event.text, others)
            self.notices.append(notice)
            self._by_id[(group, event.id)] = notice
            return
        if not event.text or not is_acknowledgement(event.text, self.policy.words):
            return
        target, via = self._target(event)
        member = event.sender.id
        if target is not None and member != target.sender_id and member not in target.acks:
            target.acks[member] = (event.ts, via)

    def _target(self, event: MessageEvent) -> tuple[Notice | None, str]:
        group = event.group.id
        if event.reply_to and (group, event.reply_to) in self._by_id:
            notice = self._by_id[(group, event.reply_to)]
            if notice.at <= event.ts:
                return notice, "reply"
        quote = (event.quote_text or "").strip()
        if quote:
            for notice in reversed(self.notices):
                if notice.group == group and notice.at <= event.ts and _quotes(quote, notice.text):
                    return notice, "reply"
        window = self.policy.window
        for notice in reversed(self.notices):
            if notice.group != group or event.sender.id in notice.acks or event.sender.id == notice.sender_id:
                continue
            if notice.at <= event.ts <= notice.at + window:
                return notice, "window"
        return None, ""


def _quotes(quote: str, text: str) -> bool:
    return quote in text or text.startswith(quote[:QUOTE_PREFIX])
