"""A group played live: the real Runtime, the simulator platform, a database and a frozen clock.

Scenario tests speak as members, join, leave, rename, send images, voice and red envelopes, write
to the bot privately, and let time pass; then look at what the bot did on the platform and what
the store recorded.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count

from sqlalchemy import select

from qungui.adapters.simulator.platform import ALL_CAPABILITIES, SimulatedPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import (
    Attachment,
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
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.groups.service import find_group
from qungui.governance.members.roster import RosterStatus, roster_status
from qungui.governance.members.service import load_group_state
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.state import GroupState, MemberState
from qungui.runtime.service import Handled, Runtime
from support import START

PLATFORM = "sim"
BOT = MemberRef(platform=PLATFORM, id="bot", name="qungui")


class LiveGroup:
    """One governed group; every method runs the event loop to completion and returns what happened."""

    def __init__(
        self,
        sessions,
        book: CompiledRulebook,
        *,
        owner: str = "owner",
        admins: tuple[str, ...] = ("admin1", "admin2"),
        capabilities=ALL_CAPABILITIES,
        start: datetime = START,
        group_id: str = "g-e2e",
    ) -> None:
        self.sessions = sessions
        self.book = book
        self.clock = FrozenClock(start)
        self.platform = SimulatedPlatform(capabilities)
        self.ref = GroupRef(platform=PLATFORM, id=group_id, name="测试群")
        self.runtime = Runtime(sessions=sessions, platform=self.platform, clock=self.clock, bot=BOT)
        self.runtime.add_group(self.ref, book, owner=owner, admins=admins)
        self.names: dict[str, str] = {}
        self._ids = count(1)
        self.last: Handled | None = None

    # -- acting ---------------------------------------------------------------------------------

    def _member(self, member: str) -> MemberRef:
        return MemberRef(platform=PLATFORM, id=member, name=self.names.get(member, member))

    def _submit(self, event) -> Handled:
        self.last = asyncio.run(self.runtime.submit(event))
        return self.last

    def say(
        self,
        member: str,
        text: str = "",
        *,
        kind: MessageKind = MessageKind.TEXT,
        private: bool = False,
        **extra,
    ) -> Handled:
        return self._submit(
            MessageEvent(
                id=f"m{next(self._ids)}",
                group=self.ref,
                ts=self.clock.now(),
                sender=self._member(member),
                text=text,
                kind=kind,
                private=private,
                **extra,
            )
        )

    def private(self, member: str, text: str, **extra) -> Handled:
        return self.say(member, text, private=True, **extra)

    def image(self, member: str, data: bytes = b"\x89PNG fake", *, text: str = "") -> Handled:
        attachment = Attachment(mime="image/png", name="photo.png", size=len(data), data=data)
        return self.say(member, text, kind=MessageKind.IMAGE, attachments=(attachment,))

    def voice(self, member: str, seconds: float = 10) -> Handled:
        attachment = Attachment(mime="audio/amr", duration_s=seconds)
        return self.say(member, "", kind=MessageKind.VOICE, attachments=(attachment,))

    def red_envelope(self, member: str, amount: float | str, text: str = "恭喜发财") -> Handled:
        return self.say(member, text, kind=MessageKind.RED_ENVELOPE, amount=Decimal(str(amount)))

    def join(self, member: str, name: str | None = None, *, inviter: str | None = None, approved_by=None) -> Handled:
        if name is not None:
            self.names[member] = name
        return self._submit(
            MemberJoined(
                id=f"j{next(self._ids)}",
                group=self.ref,
                ts=self.clock.now(),
                member=self._member(member),
                inviter=self._member(inviter) if inviter else None,
                approved_by=self._member(approved_by) if approved_by else None,
            )
        )

    def request_join(self, member: str, name: str | None = None, *, inviter: str | None = None) -> Handled:
        if name is not None:
            self.names[member] = name
        return self._submit(
            JoinRequest(
                id=f"r{next(self._ids)}",
                group=self.ref,
                ts=self.clock.now(),
                member=self._member(member),
                inviter=self._member(inviter) if inviter else None,
            )
        )

    def leave(self, member: str, *, removed_by: str | None = None) -> Handled:
        return self._submit(
            MemberLeft(
                id=f"l{next(self._ids)}",
                group=self.ref,
                ts=self.clock.now(),
                member=self._member(member),
                reason=LeaveReason.REMOVED if removed_by else LeaveReason.VOLUNTARY,
                by=self._member(removed_by) if removed_by else None,
            )
        )

    def rename(self, member: str, new: str) -> Handled:
        old = self.names.get(member)
        self.names[member] = new
        return self._submit(
            NicknameChanged(
                id=f"n{next(self._ids)}",
                group=self.ref,
                ts=self.clock.now(),
                member=self._member(member),
                old=old,
                new=new,
            )
        )

    def react(self, member: str, target: str, emoji: str = "👍") -> Handled:
        """`member` reacts to the message `target` (a member's message id or the bot's, e.g. "bot-3")."""
        return self._submit(
            Reaction(
                id=f"x{next(self._ids)}",
                group=self.ref,
                ts=self.clock.now(),
                member=self._member(member),
                target=target,
                emoji=emoji,
            )
        )

    def advance(self, **kwargs: float) -> int:
        """Let time pass and run the scheduler's sweep; the number of sweeps made."""
        self.clock.advance(timedelta(**kwargs))
        return asyncio.run(self.runtime.tick())

    def advance_to(self, moment: datetime) -> int:
        """Move the clock to `moment` (not backwards) and run the scheduler's sweep."""
        assert moment >= self.clock.now(), "the clock never goes back"
        self.clock.set(moment)
        return asyncio.run(self.runtime.tick())

    def message_id(self, handled: Handled | None = None) -> str:
        """The platform id of a submitted event (the last one by default), to reply to or report it."""
        handled = handled or self.last
        assert handled is not None, "nothing submitted yet"
        return handled.event_key.rsplit(":", 1)[1]

    # -- looking --------------------------------------------------------------------------------

    @property
    def sim(self):
        return self.platform.group(self.ref)

    def mark(self) -> tuple[int, int]:
        """Where the group's and the private messages stand now: pass it as `since` to see only what follows."""
        return len(self.sim.messages), len(self.sim.private)

    def group_messages(self, since: tuple[int, int] = (0, 0)):
        """The bot's group messages (text, mentions, reply_to), oldest first."""
        return self.sim.messages[since[0] :]

    def last_bot_message(self, contains: str = ""):
        """The bot's latest group message holding `contains` (to reply to or react to it)."""
        found = [m for m in self.sim.messages if contains in m.text]
        assert found, f"no bot message holding {contains!r}"
        return found[-1]

    def group_texts(self, since: tuple[int, int] = (0, 0)) -> list[str]:
        return [m.text for m in self.sim.messages[since[0] :]]

    def private_texts(self, member: str, since: tuple[int, int] = (0, 0)) -> list[str]:
        return [text for to, text in self.sim.private[since[1] :] if to == member]

    def kicked(self) -> list[str]:
        return [member for member, _ in self.sim.kicked]

    def state(self, member: str) -> MemberState:
        with self.sessions.begin() as session:
            group = find_group(session, platform=PLATFORM, external_id=self.ref.id)
            return load_group_state(session, group=group, book=self.book).member(member)

    def cases(self, member: str | None = None) -> list[tuple[str, str, str | None, str]]:
        """(clause, status, step, member) of the group's cases, oldest first."""
        with self.sessions.begin() as session:
            query = select(Case.clause, Case.status, Case.step, Case.member_id).order_by(Case.id)
            if member is not None:
                query = query.where(Case.member_id == member)
            return [tuple(row) for row in session.execute(query)]

    def sanctions(self, member: str | None = None) -> list[tuple[str, str]]:
        """(kind, status) of the group's sanctions, oldest first."""
        with self.sessions.begin() as session:
            query = select(Sanction.kind, Sanction.status).order_by(Sanction.id)
            if member is not None:
                query = query.where(Sanction.member_id == member)
            return [tuple(row) for row in session.execute(query)]

    def sanction_errors(self, member: str | None = None) -> list[tuple[str, str, str | None]]:
        """(kind, status, last_error) of the group's sanctions, oldest first: why a step was not carried out."""
        with self.sessions.begin() as session:
            query = select(Sanction.kind, Sanction.status, Sanction.last_error).order_by(Sanction.id)
            if member is not None:
                query = query.where(Sanction.member_id == member)
            return [tuple(row) for row in session.execute(query)]

    def case_numbers(self, member: str | None = None, *, status: str | None = None) -> list[tuple[int, str, str]]:
        """(number, clause, step) of the group's cases, oldest first; admins type the number as A<number>."""
        with self.sessions.begin() as session:
            query = select(Case.id, Case.clause, Case.step, Case.status).order_by(Case.id)
            if member is not None:
                query = query.where(Case.member_id == member)
            rows = session.execute(query)
            return [(number, clause, step) for number, clause, step, st in rows if status is None or st == status]

    def group_state(self) -> GroupState:
        with self.sessions.begin() as session:
            group = find_group(session, platform=PLATFORM, external_id=self.ref.id)
            return load_group_state(session, group=group, book=self.book)

    def roster(self) -> RosterStatus:
        """Who of the rulebook's member list is in the group and who is missing."""
        return roster_status(self.book.rulebook, self.group_state())
