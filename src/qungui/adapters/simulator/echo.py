"""The platform's echo: what the bot did on the simulated platform, shown in the timeline.

`PlatformEcho` observes a `SimulatedPlatform`. Each call the runtime made becomes what a member of a
real group would see (the bot's message, a withdrawn message, a removal) and, where a real platform
would then report an event of its own — MemberLeft after a removal, MemberJoined after an approval —
that event is handed to `follow`, which queues it: it is submitted after the current submit returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from qungui.adapters.simulator.group import ACTIVE, PENDING, REMOVED, SimGroup, SimMember
from qungui.adapters.simulator.narration import Narrator
from qungui.adapters.simulator.platform import SentMessage
from qungui.adapters.simulator.timeline import ItemType
from qungui.core.clock import Clock
from qungui.core.events import Event, GroupRef, LeaveReason, MemberJoined, MemberLeft, MemberRef
from qungui.rules.messages import human_duration


class PlatformEcho:
    """Implements the simulator platform's observer for the hub's groups."""

    def __init__(
        self,
        *,
        groups: dict[tuple[str, str], SimGroup],
        clock: Clock,
        bot: MemberRef,
        narrator: Narrator,
        follow: Callable[[Event], None],
        new_id: Callable[[str], str],
    ) -> None:
        self._groups = groups
        self._clock = clock
        self._bot = bot
        self._narrate = narrator
        self._follow = follow
        self._new_id = new_id

    def _group(self, ref: GroupRef) -> SimGroup | None:
        return self._groups.get((ref.platform, ref.id))

    def on_send(self, group: GroupRef, message: SentMessage) -> None:
        sim = self._group(group)
        if sim is not None:
            self._narrate.bot_said(sim, message, self._clock.now())

    def on_send_private(self, group: GroupRef, member_id: str, text: str) -> None:
        sim = self._group(group)
        if sim is not None:
            sim.chat_with_bot(member_id).add(
                ItemType.BOT, self._clock.now(), text, sender_id=self._bot.id, sender_name=self._bot.name
            )

    def on_delete(self, group: GroupRef, message_id: str) -> None:
        sim = self._group(group)
        if sim is not None:
            self._narrate.withdrawn(sim, message_id, self._clock.now())

    def on_mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        sim = self._group(group)
        member = sim.members.get(member_id) if sim else None
        if sim is None or member is None:
            return
        now = self._clock.now()
        member.muted_until = now + timedelta(seconds=seconds)
        sim.changed_members()
        span = human_duration(seconds, "zh-CN")
        sim.timeline.add(ItemType.SYSTEM, now, f"{member.name} 被 {self._bot.name} 禁言 {span}", tone="warn")

    def on_kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        sim = self._group(group)
        member = sim.members.get(member_id) if sim else None
        if sim is None or member is None or member.status != ACTIVE:
            return
        now = self._clock.now()
        member.status = REMOVED
        sim.changed_members()
        sim.timeline.add(ItemType.SYSTEM, now, f"{member.name} 被 {self._bot.name} 移出群聊", tone="warn")
        self._follow(
            MemberLeft(
                id=self._new_id("removed"),
                group=sim.ref,
                ts=now,
                member=member.ref(sim.ref.platform),
                reason=LeaveReason.REMOVED,
                by=self._bot,
            )
        )

    def on_decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        sim = self._group(group)
        member = sim.members.get(member_id) if sim else None
        if sim is None or member is None or member.status != PENDING:
            return
        now = self._clock.now()
        if not approve:
            sim.refuse(member, self._bot.name or self._bot.id, now)
            return
        inviter = sim.members.get(member.invited_by or "")
        sim.admit(member, now, invited_by=inviter)
        self._narrate.approved(sim, member, self._bot.name or self._bot.id, now)
        self._follow(joined_event(sim, member, self._new_id("join"), approved_by=self._bot))


def joined_event(group: SimGroup, member: SimMember, event_id: str, *, approved_by: MemberRef) -> MemberJoined:
    """The MemberJoined a platform reports once a waiting request is approved."""
    inviter = group.members.get(member.invited_by or "")
    return MemberJoined(
        id=event_id,
        group=group.ref,
        ts=member.joined_at,
        member=member.ref(group.ref.platform),
        inviter=inviter.ref(group.ref.platform) if inviter else None,
        approved_by=approved_by,
    )
