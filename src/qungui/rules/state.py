"""The engine's view of a group: plain data, serializable, never touched by I/O.

The engine reads a `GroupState` and returns a `Decision`; the caller (live pipeline, offline
audit, tests) applies the decision with `GroupState.apply`. Storage persists `MemberState.to_dict`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qungui.rules.engine import Decision

ACTIVE = "active"
REMOVED = "removed"
LEFT = "left"
PENDING = "pending"  # asked to join, not yet approved


@dataclass(frozen=True, slots=True)
class Strike:
    """One rung climbed on a ladder; `case` is the key of the case that caused it."""

    clause: str
    ladder: str
    at: datetime
    step: int
    action: str
    case: str


@dataclass(frozen=True, slots=True)
class PendingApology:
    clause: str
    ladder: str
    due: datetime
    next_step: int
    case: str


@dataclass(frozen=True, slots=True)
class Fine:
    clause: str
    amount: Decimal
    due: datetime
    case: str
    paid_at: datetime | None = None
    overdue_alerted: bool = False


@dataclass(frozen=True, slots=True)
class RecentMessage:
    at: float  # epoch seconds
    fingerprint: str
    kind: str


@dataclass(frozen=True, slots=True)
class MemberState:
    member_id: str
    name: str | None = None
    status: str = ACTIVE
    joined_at: datetime | None = None
    invited_by: str | None = None
    last_message_at: datetime | None = None
    message_count: int = 0
    strikes: tuple[Strike, ...] = ()
    pending_apology: PendingApology | None = None
    fines: tuple[Fine, ...] = ()
    recent: tuple[RecentMessage, ...] = ()
    on_leave_from: datetime | None = None  # None: the leave counts from now until on_leave_until
    on_leave_until: datetime | None = None
    inactivity_reminded_at: datetime | None = None
    inactivity_queued_at: datetime | None = None
    removed_at: datetime | None = None
    removed_by: str | None = None
    rules_due: datetime | None = None  # a newcomer's time to confirm having read the rules (一.1)
    rules_reminded_at: datetime | None = None
    rules_confirmed_at: datetime | None = None
    nickname_due: datetime | None = None  # when a non-compliant nickname is checked again (三.2)

    def active_strikes(self, ladder: str, now: datetime, expire_after=None) -> list[Strike]:
        return [s for s in self.strikes if s.ladder == ladder and (expire_after is None or s.at > now - expire_after)]

    def owed_fines(self) -> list[Fine]:
        return [f for f in self.fines if f.paid_at is None]

    def on_leave(self, at: datetime) -> bool:
        """Whether an approved leave covers `at`: from `on_leave_from` (or any time before) to `on_leave_until`."""
        if self.on_leave_until is None or self.on_leave_until <= at:
            return False
        return self.on_leave_from is None or self.on_leave_from <= at

    def with_(self, **changes: Any) -> MemberState:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (datetimes as ISO strings, decimals as strings)."""
        return _encode(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MemberState:
        return _decode_member(data)


@dataclass(slots=True)
class GroupState:
    """Everything the engine may read about one group. Mutated only through `apply`."""

    group_id: str
    members: dict[str, MemberState] = field(default_factory=dict)
    admins: set[str] = field(default_factory=set)
    recent: deque[tuple[float, str]] = field(default_factory=deque)  # (epoch, sender) group-wide
    recent_horizon_s: float = 600.0
    bot: str | None = None  # the runtime's own account, exempt from every rule

    def is_bot(self, member_id: str | None) -> bool:
        """Whether `member_id` is the runtime's own account."""
        return self.bot is not None and member_id == self.bot

    @classmethod
    def for_rulebook(cls, group_id: str, horizon_s: float, admins: set[str] | None = None) -> GroupState:
        """An empty state whose group-wide window is long enough for the rulebook's busy checks."""
        return cls(group_id=group_id, admins=set(admins or ()), recent_horizon_s=horizon_s)

    def member(self, member_id: str) -> MemberState:
        """The member's state, or a fresh one for someone never seen."""
        found = self.members.get(member_id)
        if found is not None:
            return found
        return MemberState(member_id=member_id)

    def busy(self, now: float, window_s: float, min_messages: int, min_senders: int) -> bool:
        """True when the group had at least `min_messages` from `min_senders` people in the window."""
        count = 0
        senders: set[str] = set()
        for at, sender in reversed(self.recent):
            if at <= now - window_s:
                break
            count += 1
            senders.add(sender)
        return count >= min_messages and len(senders) >= min_senders

    def apply(self, decision: Decision) -> None:
        """Take a decision's updates into this state."""
        for member_id, state in decision.member_updates.items():
            self.members[member_id] = state
        if decision.group_message is not None:
            at, sender = decision.group_message
            self.recent.append((at, sender))
            horizon = at - self.recent_horizon_s
            while self.recent and self.recent[0][0] <= horizon:
                self.recent.popleft()


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _encode(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _decode_member(data: dict[str, Any]) -> MemberState:
    apology = data.get("pending_apology")
    return MemberState(
        member_id=data["member_id"],
        name=data.get("name"),
        status=data.get("status", ACTIVE),
        joined_at=_dt(data.get("joined_at")),
        invited_by=data.get("invited_by"),
        last_message_at=_dt(data.get("last_message_at")),
        message_count=int(data.get("message_count", 0)),
        strikes=tuple(
            Strike(s["clause"], s["ladder"], datetime.fromisoformat(s["at"]), s["step"], s["action"], s["case"])
            for s in data.get("strikes", [])
        ),
        pending_apology=PendingApology(
            apology["clause"],
            apology["ladder"],
            datetime.fromisoformat(apology["due"]),
            apology["next_step"],
            apology["case"],
        )
        if apology
        else None,
        fines=tuple(
            Fine(
                f["clause"],
                Decimal(f["amount"]),
                datetime.fromisoformat(f["due"]),
                f["case"],
                _dt(f.get("paid_at")),
                bool(f.get("overdue_alerted", False)),
            )
            for f in data.get("fines", [])
        ),
        recent=tuple(RecentMessage(r["at"], r["fingerprint"], r["kind"]) for r in data.get("recent", [])),
        on_leave_from=_dt(data.get("on_leave_from")),
        on_leave_until=_dt(data.get("on_leave_until")),
        inactivity_reminded_at=_dt(data.get("inactivity_reminded_at")),
        inactivity_queued_at=_dt(data.get("inactivity_queued_at")),
        removed_at=_dt(data.get("removed_at")),
        removed_by=data.get("removed_by"),
        rules_due=_dt(data.get("rules_due")),
        rules_reminded_at=_dt(data.get("rules_reminded_at")),
        rules_confirmed_at=_dt(data.get("rules_confirmed_at")),
        nickname_due=_dt(data.get("nickname_due")),
    )
