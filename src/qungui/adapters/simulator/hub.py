"""The simulator hub: simulated people chat in simulated groups, and the bot acts on the same timeline.

The hub plays both sides of a chat platform. Towards the runtime it is the platform's inbound side:
`say`, `join`, `request_join`, `leave`, `rename` build proper events (unique ids, the injected
clock's time) and submit them. It is also the observer of its `SimulatedPlatform`: what the runtime
does there (send, withdraw, mute, remove, decide a join) lands in the timeline as it would in a real
group. What a real platform reports back after such a call — a removed member's MemberLeft, an
approved request's MemberJoined — is queued and submitted after the current submit returns, never
from inside the platform call (the runtime holds its lock there).

Everything lives in memory and is bounded; the database keeps the governance records.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count
from typing import Any, Protocol

from qungui.adapters.simulator.checks import (
    HubError,
    active_inviter,
    attachments_for,
    clean_name,
    known,
    may_speak,
    newcomer,
    quote_for,
)
from qungui.adapters.simulator.echo import PlatformEcho, joined_event
from qungui.adapters.simulator.followups import FollowUps
from qungui.adapters.simulator.group import ACTIVE, LEFT, PENDING, SimGroup, SimMember
from qungui.adapters.simulator.narration import Narrator, hold_reason_of, verdict_of
from qungui.adapters.simulator.platform import ALL_CAPABILITIES, SimulatedPlatform
from qungui.adapters.simulator.timeline import DEFAULT_MAX_ITEMS, Item, ItemType, Revisions
from qungui.core.clock import Clock
from qungui.core.events import (
    Event,
    GroupRef,
    JoinRequest,
    MemberJoined,
    MemberLeft,
    MemberRef,
    MessageEvent,
    MessageKind,
    NicknameChanged,
)
from qungui.core.platform import Capability
from qungui.governance.members.models import Role

__all__ = ["HubError", "SimMember", "SimulatorHub", "Updates"]


CONFIDENTIAL_REPORT = "【一条举报，已私下转交管理员；举报人身份保密】"


class Governs(Protocol):
    """The runtime as the hub needs it."""

    async def submit(self, event: Event) -> Any: ...

    async def tick(self, now: datetime | None = None) -> int: ...


@dataclass(frozen=True, slots=True)
class Updates:
    """What changed after a revision: group items, the viewer's private items, the member list if it changed."""

    rev: int
    items: list[Item]
    private: list[Item]
    members: list[SimMember] | None


class SimulatorHub:
    """Simulated groups driven by people on a page (or tests), governed by a runtime."""

    def __init__(
        self,
        *,
        clock: Clock,
        bot: MemberRef,
        capabilities: frozenset[Capability] = ALL_CAPABILITIES,
        max_items: int = DEFAULT_MAX_ITEMS,
        id_prefix: str | None = None,
    ) -> None:
        self.clock = clock
        self.bot = bot
        self.revisions = Revisions()
        self.max_items = max_items
        self._groups: dict[tuple[str, str], SimGroup] = {}
        self._runtime: Governs | None = None
        self._prefix = id_prefix if id_prefix is not None else secrets.token_hex(3)
        self._ids = count(1)
        self._follow_ups = FollowUps()
        self._lock = asyncio.Lock()
        self._narrate = Narrator(bot)
        echo = PlatformEcho(
            groups=self._groups,
            clock=clock,
            bot=bot,
            narrator=self._narrate,
            follow=self._follow_ups.push,
            new_id=self.new_id,
        )
        self.platform = SimulatedPlatform(capabilities, name=bot.platform, observer=echo)

    # -- setup -----------------------------------------------------------------------------------

    def attach(self, runtime: Governs) -> None:
        """Submit events to `runtime` (built with this hub's platform and clock)."""
        self._runtime = runtime

    def add_group(self, ref: GroupRef, members: Iterable[SimMember], *, approval_required: bool = True) -> SimGroup:
        group = SimGroup(ref, self.revisions, approval_required, self.max_items)
        for member in members:
            group.members[member.id] = member
        group.changed_members()
        self._groups[group.key] = group
        return group

    @property
    def groups(self) -> list[SimGroup]:
        return list(self._groups.values())

    def group(self, group_id: str) -> SimGroup:
        for group in self._groups.values():
            if group.ref.id == group_id:
                return group
        raise HubError(f"没有这个群：{group_id}")

    @property
    def can_fast_forward(self) -> bool:
        return callable(getattr(self.clock, "advance", None))

    def new_id(self, kind: str) -> str:
        return f"{kind}-{self._prefix}-{next(self._ids)}"

    # -- what people do ----------------------------------------------------------------------------

    async def say(
        self,
        group_id: str,
        member_id: str,
        text: str = "",
        *,
        kind: MessageKind = MessageKind.TEXT,
        reply_to: str | None = None,
        mentions: Sequence[str] = (),
        image: bytes | None = None,
        image_mime: str = "image/png",
        voice_s: float | None = None,
        amount: Decimal | None = None,
        private: bool = False,
        at: datetime | None = None,
    ) -> Item:
        """Post a message in the group (or privately to the bot) and let the runtime handle it."""
        async with self._lock:
            group = self.group(group_id)
            member = known(group, member_id)
            now = at or self.clock.now()
            text = text.strip()
            if not private:
                may_speak(member, now)
            attachments = attachments_for(
                kind, text, image=image, image_mime=image_mime, voice_s=voice_s, amount=amount
            )
            channel = group.chat_with_bot(member.id) if private else group.timeline
            quote = quote_for(channel, reply_to)
            names = tuple(self._mention_name(group, m) for m in dict.fromkeys(mentions))
            message_id = self.new_id("msg")
            if kind is MessageKind.RED_ENVELOPE and not text:
                text = "恭喜发财，大吉大利"
            event = MessageEvent(
                id=message_id,
                group=group.ref,
                ts=now,
                sender=member.ref(group.ref.platform),
                kind=kind,
                text=text,
                reply_to=quote.id if quote else None,
                quote_text=quote.text if quote else None,
                mentions=tuple(dict.fromkeys(mentions)),
                attachments=attachments,
                amount=amount,
                private=private,
            )
            if image is not None:
                group.keep_picture(message_id, image_mime, image)
            item = channel.add(
                ItemType.MEMBER,
                now,
                text,
                id=message_id,
                sender_id=member.id,
                sender_name=member.name,
                kind=kind.value,
                quote=quote,
                mentions=names,
                image=image is not None,
                voice_s=voice_s,
                amount=amount,
            )
            handled = await self._submit(event)
            if handled.command == "举报" and not private:  # the reporter stays confidential
                item.text, item.sender_id, item.sender_name = CONFIDENTIAL_REPORT, None, None
                item.quote, item.mentions, item.image = None, (), False
                group.media.pop(message_id, None)
                channel.touch(item)
                return item
            verdict = verdict_of(handled)
            if verdict:
                item.verdict = verdict
                channel.touch(item)
            return item

    async def arrive(self, group_id: str, name: str, *, member_id: str | None = None, inviter: str | None = None):
        """Someone comes in: straight in when an admin brings them or the group needs no approval, else a request."""
        group = self.group(group_id)
        by = group.members.get(inviter) if inviter else None
        if group.approval_required and (by is None or not by.is_admin):
            return await self.request_join(group_id, name, member_id=member_id, inviter=inviter)
        return await self.join(group_id, name, member_id=member_id, inviter=inviter)

    async def join(self, group_id: str, name: str, *, member_id: str | None = None, inviter: str | None = None):
        """Someone joins the group (invited by `inviter`, or by scanning the group's code)."""
        async with self._lock:
            group = self.group(group_id)
            member = newcomer(group, name, member_id)
            by = active_inviter(group, inviter)
            now = self.clock.now()
            group.admit(member, now, invited_by=by)
            self._narrate.joined(group, member, by, now)
            await self._submit(
                MemberJoined(
                    id=self.new_id("join"),
                    group=group.ref,
                    ts=now,
                    member=member.ref(group.ref.platform),
                    inviter=by.ref(group.ref.platform) if by else None,
                )
            )
            return member

    async def request_join(
        self, group_id: str, name: str, *, member_id: str | None = None, inviter: str | None = None, comment: str = ""
    ) -> SimMember:
        """Someone asks to join (or is invited by a member); they wait for the owner or an admin."""
        async with self._lock:
            group = self.group(group_id)
            member = newcomer(group, name, member_id)
            by = active_inviter(group, inviter)
            now = self.clock.now()
            member.status, member.invited_by, member.hold_reason = PENDING, by.id if by else None, ""
            group.members[member.id] = member
            group.changed_members()
            self._narrate.requested(group, member, by, now)
            handled = await self._submit(
                JoinRequest(
                    id=self.new_id("request"),
                    group=group.ref,
                    ts=now,
                    member=member.ref(group.ref.platform),
                    inviter=by.ref(group.ref.platform) if by else None,
                    comment=comment.strip()[:200],
                )
            )
            reason = hold_reason_of(handled)
            if reason and member.status == PENDING:
                member.hold_reason = reason
                group.changed_members()
            return member

    async def decide_request(self, group_id: str, member_id: str, *, by: str, approve: bool) -> SimMember:
        """The owner or an admin approves or refuses a waiting join request."""
        async with self._lock:
            group = self.group(group_id)
            admin = known(group, by)
            if not admin.is_admin or admin.status != ACTIVE:
                raise HubError("只有群主或管理员可以审核入群申请")
            member = known(group, member_id)
            if member.status != PENDING:
                raise HubError(f"{member.name} 没有待审核的入群申请")
            now = self.clock.now()
            if not approve:
                group.refuse(member, admin.name, now)
                return member
            inviter = group.members.get(member.invited_by or "")
            group.admit(member, now, invited_by=inviter)
            self._narrate.approved(group, member, admin.name, now)
            approver = admin.ref(group.ref.platform)
            await self._submit(joined_event(group, member, self.new_id("join"), approved_by=approver))
            return member

    async def leave(self, group_id: str, member_id: str) -> SimMember:
        """A member leaves the group of their own accord."""
        async with self._lock:
            group = self.group(group_id)
            member = known(group, member_id)
            if member.status != ACTIVE:
                raise HubError(f"{member.name} 不在群聊中")
            if member.role is Role.OWNER:
                raise HubError("群主需要先转让群主身份才能退出群聊")
            now = self.clock.now()
            member.status = LEFT
            group.changed_members()
            group.timeline.add(ItemType.SYSTEM, now, f"{member.name} 退出了群聊")
            await self._submit(
                MemberLeft(id=self.new_id("left"), group=group.ref, ts=now, member=member.ref(group.ref.platform))
            )
            return member

    async def rename(self, group_id: str, member_id: str, new_name: str) -> SimMember:
        """A member changes their group nickname (我在本群的昵称)."""
        async with self._lock:
            group = self.group(group_id)
            member = known(group, member_id)
            if member.status != ACTIVE:
                raise HubError(f"{member.name} 不在群聊中，不能修改群昵称")
            new_name = clean_name(new_name)
            if new_name == member.name:
                raise HubError("新昵称和原来的一样")
            now, old = self.clock.now(), member.name
            member.name = new_name
            group.changed_members()
            group.timeline.add(ItemType.SYSTEM, now, f"“{old}”修改群昵称为“{new_name}”")
            await self._submit(
                NicknameChanged(
                    id=self.new_id("rename"),
                    group=group.ref,
                    ts=now,
                    member=member.ref(group.ref.platform),
                    old=old,
                    new=new_name,
                )
            )
            return member

    async def fast_forward(self, delta: timedelta) -> datetime:
        """Move the simulated clock forward and let the runtime act on every deadline that passed."""
        if not self.can_fast_forward:
            raise HubError("当前使用真实时钟，不能快进时间")
        if delta <= timedelta(0) or delta > timedelta(days=31):
            raise HubError("快进时间须在 1 秒到 31 天之间")
        async with self._lock:
            now = self.clock.advance(delta)  # type: ignore[attr-defined]
            for group in self._groups.values():
                group.timeline.add(ItemType.SYSTEM, now, self._narrate.jumped(delta, now), tone="time")
            runtime = self._runtime_or_fail()
            await runtime.tick(now)
            await self._follow_ups.drain(runtime)
            return now

    # -- reading -----------------------------------------------------------------------------------

    async def updates(
        self, group_id: str, rev: int, *, viewer: str | None = None, private_rev: int | None = None
    ) -> Updates:
        """`since`, waiting for a message being handled: a report is never read before it is redacted."""
        async with self._lock:
            return self.since(group_id, rev, viewer=viewer, private_rev=private_rev)

    def since(self, group_id: str, rev: int, *, viewer: str | None = None, private_rev: int | None = None) -> Updates:
        """What changed in the group after revision `rev` (0: everything kept), and in `viewer`'s private
        chat after `private_rev` (default `rev`; 0 when the page switched to another person)."""
        group = self.group(group_id)
        group.expire_mutes(self.clock.now())
        private = group.private.get(viewer or "")
        mine = rev if private_rev is None else private_rev
        return Updates(
            rev=self.revisions.current,
            items=group.timeline.since(rev),
            private=private.since(mine) if private is not None else [],
            members=list(group.members.values()) if group.members_rev > rev else None,
        )

    def picture(self, group_id: str, message_id: str) -> tuple[str, bytes] | None:
        return self.group(group_id).media.get(message_id)

    # -- the background side -----------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Submit what the platform reported after calls the scheduler made, until `stop` is set."""
        while not stop.is_set():
            await self._follow_ups.wait(stop)
            if self._follow_ups and not stop.is_set():
                await self.flush()

    async def flush(self) -> None:
        """Submit what the platform reported so far (the background loop does this by itself)."""
        async with self._lock:
            await self._follow_ups.drain(self._runtime_or_fail())

    async def _submit(self, event: Event) -> Any:
        runtime = self._runtime_or_fail()
        handled = await runtime.submit(event)
        await self._follow_ups.drain(runtime)
        return handled

    def _runtime_or_fail(self) -> Governs:
        if self._runtime is None:
            raise HubError("模拟器尚未连接运行时")
        return self._runtime

    def _mention_name(self, group: SimGroup, member_id: str) -> str:
        if member_id == self.bot.id:
            return self.bot.name or self.bot.id
        return known(group, member_id).name
