"""A simulated group: its people, its timeline, each person's private chat with the bot, its pictures."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime

from qungui.adapters.simulator.timeline import DEFAULT_MAX_ITEMS, ItemType, Revisions, Timeline
from qungui.core.events import GroupRef, MemberRef
from qungui.governance.members.models import ADMIN_ROLES, Role

ACTIVE = "active"
PENDING = "pending"  # asked to join, waiting for the owner or an admin
LEFT = "left"
REMOVED = "removed"
MAX_PRIVATE_ITEMS = 500
MAX_MEDIA_BYTES = 48 * 1024 * 1024  # pictures kept for display, oldest dropped first


@dataclass(slots=True)
class SimMember:
    """A person the simulator knows: in the group, waiting to join, or gone."""

    id: str
    name: str
    role: Role = Role.MEMBER
    status: str = ACTIVE
    joined_at: datetime | None = None
    muted_until: datetime | None = None
    invited_by: str | None = None  # who brought them in (kept while a join request waits)
    hold_reason: str = ""  # why the bot held their join request

    @property
    def is_admin(self) -> bool:
        return self.role in ADMIN_ROLES

    def muted(self, now: datetime) -> bool:
        return self.muted_until is not None and self.muted_until > now

    def ref(self, platform: str) -> MemberRef:
        return MemberRef(platform=platform, id=self.id, name=self.name)


@dataclass(slots=True)
class SimGroup:
    """One simulated group chat."""

    ref: GroupRef
    revisions: Revisions
    approval_required: bool = True  # WeChat's 群聊邀请确认: joins not brought by an admin wait for one
    max_items: int = DEFAULT_MAX_ITEMS
    members: dict[str, SimMember] = field(default_factory=dict)
    members_rev: int = 0
    timeline: Timeline = field(init=False)
    private: dict[str, Timeline] = field(default_factory=dict)
    media: OrderedDict[str, tuple[str, bytes]] = field(default_factory=OrderedDict)

    def __post_init__(self) -> None:
        self.timeline = Timeline(self.revisions, self.max_items)

    @property
    def key(self) -> tuple[str, str]:
        return (self.ref.platform, self.ref.id)

    def changed_members(self) -> None:
        self.members_rev = self.revisions.bump()

    def expire_mutes(self, now: datetime) -> None:
        """Lift mutes whose time is up (the member list changes with them)."""
        over = [m for m in self.members.values() if m.muted_until is not None and m.muted_until <= now]
        for member in over:
            member.muted_until = None
        if over:
            self.changed_members()

    def chat_with_bot(self, member_id: str) -> Timeline:
        """The member's private chat with the bot (created on first use)."""
        found = self.private.get(member_id)
        if found is None:
            found = self.private[member_id] = Timeline(self.revisions, MAX_PRIVATE_ITEMS)
        return found

    def keep_picture(self, message_id: str, mime: str, data: bytes) -> None:
        self.media[message_id] = (mime, data)
        total = sum(len(blob) for _, blob in self.media.values())
        while total > MAX_MEDIA_BYTES and len(self.media) > 1:
            _, (_, dropped) = self.media.popitem(last=False)
            total -= len(dropped)

    def admit(self, member: SimMember, now: datetime, *, invited_by: SimMember | None) -> None:
        """`member` is in the group from `now`."""
        member.status, member.joined_at, member.hold_reason = ACTIVE, now, ""
        member.invited_by, member.muted_until = invited_by.id if invited_by else None, None
        self.members[member.id] = member
        self.changed_members()

    def refuse(self, member: SimMember, by: str, now: datetime) -> None:
        """`member`'s join request was refused by `by`."""
        self.members.pop(member.id, None)
        self.changed_members()
        self.timeline.add(ItemType.SYSTEM, now, f"{by} 拒绝了 {member.name} 的入群申请")

    def name_of(self, member_id: str) -> str:
        member = self.members.get(member_id)
        return member.name if member is not None else member_id
