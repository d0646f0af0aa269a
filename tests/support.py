"""A scenario driver for engine tests: members speak, join, leave; the frozen clock moves."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from qungui.core.clock import FrozenClock
from qungui.core.events import (
    GroupRef,
    JoinRequest,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRef,
    MessageEvent,
    MessageKind,
    NicknameChanged,
    Tick,
)
from qungui.rules.compiled import compile_rulebook
from qungui.rules.engine import Decision, evaluate
from qungui.rules.loader import parse_rulebook

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)  # a Monday
PLATFORM = "sim"


class Scenario:
    """Plays events through the pure engine, applying each decision to the group state."""

    def __init__(self, rulebook_yaml: str | None = None, *, book=None, admins=(), start: datetime = START) -> None:
        self.book = book if book is not None else compile_rulebook(parse_rulebook(rulebook_yaml))
        self.clock = FrozenClock(start)
        self.group = GroupRef(platform=PLATFORM, id="g1")
        self.state = self.book.new_state("g1", set(admins))
        self.decisions: list[Decision] = []
        self._ids = count(1)

    def ref(self, member: str) -> MemberRef:
        return MemberRef(platform=PLATFORM, id=member, name=member)

    def _play(self, event) -> Decision:
        decision = evaluate(event, self.book, self.state, self.clock.now())
        self.state.apply(decision)
        self.decisions.append(decision)
        return decision

    def say(self, member: str, text: str = "", kind: MessageKind = MessageKind.TEXT, **extra) -> Decision:
        return self._play(
            MessageEvent(
                id=f"m{next(self._ids)}",
                group=self.group,
                ts=self.clock.now(),
                sender=self.ref(member),
                text=text,
                kind=kind,
                **extra,
            )
        )

    def join(self, member: str, inviter: str | None = None, approved_by: str | None = None, name=None) -> Decision:
        ref = self.ref(member) if name is None else MemberRef(platform=PLATFORM, id=member, name=name)
        return self._play(
            MemberJoined(
                id=f"j{next(self._ids)}",
                group=self.group,
                ts=self.clock.now(),
                member=ref,
                inviter=self.ref(inviter) if inviter else None,
                approved_by=self.ref(approved_by) if approved_by else None,
            )
        )

    def request(self, member: str, inviter: str | None = None) -> Decision:
        return self._play(
            JoinRequest(
                id=f"r{next(self._ids)}",
                group=self.group,
                ts=self.clock.now(),
                member=self.ref(member),
                inviter=self.ref(inviter) if inviter else None,
            )
        )

    def leave(self, member: str, removed_by: str | None = None) -> Decision:
        return self._play(
            MemberLeft(
                id=f"l{next(self._ids)}",
                group=self.group,
                ts=self.clock.now(),
                member=self.ref(member),
                reason=LeaveReason.REMOVED if removed_by else LeaveReason.VOLUNTARY,
                by=self.ref(removed_by) if removed_by else None,
            )
        )

    def rename(self, member: str, new: str) -> Decision:
        return self._play(
            NicknameChanged(
                id=f"n{next(self._ids)}", group=self.group, ts=self.clock.now(), member=self.ref(member), new=new
            )
        )

    def tick(self) -> Decision:
        now = self.clock.now()
        return self._play(Tick(id=f"tick-{now.isoformat()}", group=self.group, ts=now))

    def advance(self, **kwargs: float) -> None:
        self.clock.advance(timedelta(**kwargs))

    def member(self, member: str):
        return self.state.member(member)


def kinds(decision: Decision) -> list[str]:
    return [a.kind.value for a in decision.actions]
