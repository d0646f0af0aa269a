"""What the simulator shows: a bounded, revisioned list of chat items per channel.

Every change (a new item, a message withdrawn) takes the next revision from one shared counter, so a
page that polls with the last revision it saw gets exactly what changed since — new items and
updated ones alike.
"""

from __future__ import annotations

from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from itertools import count
from typing import Any

DEFAULT_MAX_ITEMS = 2000


class ItemType(StrEnum):
    MEMBER = "member"  # a member's message (in the group, or to the bot privately)
    BOT = "bot"  # the bot's message
    SYSTEM = "system"  # a grey line: joins, removals, withdrawals, renames, time jumps


@dataclass(frozen=True, slots=True)
class Quote:
    """The message an item replies to, as shown above it."""

    id: str
    name: str
    text: str


@dataclass(slots=True)
class Item:
    """One line of a chat; `seq` orders items, `rev` says when the item last changed."""

    seq: int
    rev: int
    type: ItemType
    ts: datetime
    text: str = ""
    id: str | None = None  # the platform message id (member and bot messages)
    sender_id: str | None = None
    sender_name: str | None = None
    kind: str = "text"  # MessageKind value for member messages
    quote: Quote | None = None
    mentions: tuple[str, ...] = ()  # display names
    deleted: bool = False
    image: bool = False
    voice_s: float | None = None
    amount: Decimal | None = None
    tone: str = ""  # system lines: "warn" (a removal, a withdrawal), "time" (a jump) or "" (ordinary)
    verdict: tuple[str, ...] = ()  # what the bot made of a member's message (shown as a note in the demo)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "rev": self.rev,
            "type": self.type.value,
            "ts": self.ts.isoformat(),
            "text": self.text,
            "id": self.id,
            "sender_id": self.sender_id,
            "sender_name": self.sender_name,
            "kind": self.kind,
            "quote": None if self.quote is None else asdict(self.quote),
            "mentions": list(self.mentions),
            "deleted": self.deleted,
            "image": self.image,
            "voice_s": self.voice_s,
            "amount": None if self.amount is None else str(self.amount),
            "tone": self.tone,
            "verdict": list(self.verdict),
        }


class Revisions:
    """The counter every timeline of one hub shares."""

    def __init__(self) -> None:
        self._next = count(1)
        self.current = 0

    def bump(self) -> int:
        self.current = next(self._next)
        return self.current


@dataclass(slots=True)
class Timeline:
    """One channel's items, oldest first, keeping the last `max_items`."""

    revisions: Revisions
    max_items: int = DEFAULT_MAX_ITEMS
    items: deque[Item] = field(init=False)
    _by_id: dict[str, Item] = field(init=False, default_factory=dict)
    _seq: count = field(init=False, default_factory=lambda: count(1))

    def __post_init__(self) -> None:
        self.items = deque()

    def add(self, type: ItemType, ts: datetime, text: str = "", **fields: Any) -> Item:
        """Append an item and return it."""
        item = Item(seq=next(self._seq), rev=self.revisions.bump(), type=type, ts=ts, text=text, **fields)
        self.items.append(item)
        if item.id is not None:
            self._by_id[item.id] = item
        while len(self.items) > self.max_items:
            old = self.items.popleft()
            if old.id is not None:
                self._by_id.pop(old.id, None)
        return item

    def get(self, item_id: str) -> Item | None:
        return self._by_id.get(item_id)

    def touch(self, item: Item) -> None:
        """Mark `item` changed so pollers receive it again."""
        item.rev = self.revisions.bump()

    def since(self, rev: int) -> list[Item]:
        """Items added or changed after revision `rev`, in timeline order."""
        return [item for item in self.items if item.rev > rev]
