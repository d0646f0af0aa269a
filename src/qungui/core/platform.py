"""What a chat platform can do, and the protocol every adapter implements.

Platforms differ (WeChat cannot mute, WeCom customer groups cannot kick by API): each adapter
declares its capabilities and the runtime plans around them instead of pretending.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from qungui.core.events import GroupRef


class Capability(StrEnum):
    SEND = "send"  # post a message in the group
    MENTION = "mention"  # @ a member so they are notified
    PRIVATE_MESSAGE = "private_message"  # write to one member privately
    DELETE = "delete"  # delete / recall / redact a member's message
    MUTE = "mute"
    KICK = "kick"
    BAN = "ban"
    APPROVE_JOINS = "approve_joins"  # join requests wait for an approval the bot can give
    SET_NICKNAME = "set_nickname"
    READ_ALL = "read_all"  # sees every message, not only those that mention the bot
    REACTIONS = "reactions"


class PlatformError(Exception):
    """A platform call failed; `retryable` says whether trying again later may succeed."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


class ChatPlatform(Protocol):
    """An adapter's outward side: core actions become platform calls. Methods raise PlatformError."""

    name: str
    capabilities: frozenset[Capability]

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None: ...

    async def send_private(self, group: GroupRef, member_id: str, text: str) -> None: ...

    async def delete(self, group: GroupRef, message_id: str) -> None: ...

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None: ...

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None: ...

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None: ...
