"""Group events: what a platform (or an export, or the scheduler) tells the engine.

Every event has an `id` unique within its platform and group; `Event.key` is the idempotency key
under which it is stored, so handling the same event twice changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GroupRef(_Frozen):
    """A group on a platform."""

    platform: str = Field(min_length=1, max_length=32)
    id: str = Field(min_length=1, max_length=255)
    name: str | None = None


class MemberRef(_Frozen):
    """A member on a platform; `name` is the display name (group nickname) when known."""

    platform: str = Field(min_length=1, max_length=32)
    id: str = Field(min_length=1, max_length=255)
    name: str | None = None


class MessageKind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VOICE = "voice"
    VIDEO = "video"
    LINK = "link"
    FILE = "file"
    RED_ENVELOPE = "red_envelope"
    CARD = "card"
    STICKER = "sticker"
    SYSTEM = "system"


class Attachment(_Frozen):
    """Media that came with a message (image, voice, file); `data` only for small inline payloads."""

    model_config = ConfigDict(frozen=True, extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")

    mime: str | None = None
    name: str | None = None
    size: int | None = Field(default=None, ge=0)
    sha256: str | None = None
    url: str | None = None
    duration_s: float | None = Field(default=None, ge=0)
    data: bytes | None = Field(default=None, repr=False)


class _EventBase(_Frozen):
    id: str = Field(min_length=1, max_length=255)
    group: GroupRef
    ts: AwareDatetime

    @property
    def key(self) -> str:
        """Idempotency key: the same platform event always gets the same key."""
        return f"{self.group.platform}:{self.group.id}:{self.type}:{self.id}"  # type: ignore[attr-defined]


class MessageEvent(_EventBase):
    """A message posted in the group."""

    type: Literal["message"] = "message"
    sender: MemberRef
    kind: MessageKind = MessageKind.TEXT
    text: str = ""
    reply_to: str | None = None
    quote_text: str | None = None
    mentions: tuple[str, ...] = ()
    mentions_all: bool = False
    attachments: tuple[Attachment, ...] = ()
    amount: Decimal | None = Field(default=None, ge=0)
    private: bool = False  # sent to the bot in a private chat about this group, not posted in the group


class MemberJoined(_EventBase):
    """A member joined; `inviter` is who brought them in, when the platform says."""

    type: Literal["member_joined"] = "member_joined"
    member: MemberRef
    inviter: MemberRef | None = None
    approved_by: MemberRef | None = None


class LeaveReason(StrEnum):
    VOLUNTARY = "voluntary"
    REMOVED = "removed"


class MemberLeft(_EventBase):
    """A member left or was removed (`by` says who removed them)."""

    type: Literal["member_left"] = "member_left"
    member: MemberRef
    reason: LeaveReason = LeaveReason.VOLUNTARY
    by: MemberRef | None = None


class JoinRequest(_EventBase):
    """Someone asked to join (or was invited pending approval)."""

    type: Literal["join_request"] = "join_request"
    member: MemberRef
    inviter: MemberRef | None = None
    comment: str = ""


class NicknameChanged(_EventBase):
    """A member's group nickname changed."""

    type: Literal["nickname_changed"] = "nickname_changed"
    member: MemberRef
    old: str | None = None
    new: str


class Reaction(_EventBase):
    """A member reacted to a message."""

    type: Literal["reaction"] = "reaction"
    member: MemberRef
    target: str
    emoji: str


class Tick(_EventBase):
    """The scheduler's sweep: lets the engine act on deadlines that passed."""

    type: Literal["tick"] = "tick"


Event = Annotated[
    MessageEvent | MemberJoined | MemberLeft | JoinRequest | NicknameChanged | Reaction | Tick,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def actor_of(event: Event) -> MemberRef | None:
    """The member an event is about (the sender of a message, the joiner, the leaver…)."""
    if isinstance(event, MessageEvent):
        return event.sender
    return getattr(event, "member", None)


def event_time(event: Event) -> datetime:
    return event.ts
