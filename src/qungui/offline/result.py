"""What an offline audit found, as plain data; `AuditResult.to_dict()` is the report.json payload."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from qungui.adapters.exports.base import RowError

SCHEMA = "qungui.audit/1"


def span_text(value: timedelta) -> str:
    """A duration the way an admin says it: 9天8小时, 3小时20分钟, 45分钟."""
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days}天")
    if hours:
        parts.append(f"{hours}小时")
    if mins and not days:
        parts.append(f"{mins}分钟")
    return "".join(parts) or "不到1分钟"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One breach: who, when, which clause, the matched text and how normalization revealed it."""

    at: datetime
    group: str
    member_id: str
    member_name: str | None
    clause: str
    evidence: str
    revealed_by: str
    detector: str
    category: str
    step: str | None
    event_key: str
    also_cites: tuple[str, ...] = ()
    queued: bool = False  # assisted: the step is what the ladder proposes to the admins, not taken

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "group": self.group,
            "member_id": self.member_id,
            "member_name": self.member_name,
            "clause": self.clause,
            "also_cites": list(self.also_cites),
            "evidence": self.evidence,
            "revealed_by": self.revealed_by,
            "detector": self.detector,
            "category": self.category,
            "step": self.step,
            "queued": self.queued,
            "event_key": self.event_key,
        }


@dataclass(slots=True)
class ClauseTally:
    clause: str
    title: str
    text: str
    count: int = 0
    members: dict[str, int] = field(default_factory=dict)
    samples: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "clause": self.clause,
            "title": self.title,
            "text": self.text,
            "count": self.count,
            "members": dict(sorted(self.members.items(), key=lambda kv: (-kv[1], kv[0]))),
            "samples": [s.as_dict() for s in self.samples],
        }


@dataclass(frozen=True, slots=True)
class StepTaken:
    at: datetime
    clause: str
    step: int
    action: str
    case: str

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "clause": self.clause, "step": self.step, "action": self.action}


@dataclass(frozen=True, slots=True)
class LadderProgress:
    ladder: str
    title: str
    strikes: int
    active_strikes: int
    last_action: str
    steps: tuple[StepTaken, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ladder": self.ladder,
            "title": self.title,
            "strikes": self.strikes,
            "active_strikes": self.active_strikes,
            "last_action": self.last_action,
            "steps": [s.as_dict() for s in self.steps],
        }


@dataclass(frozen=True, slots=True)
class FineRecord:
    clause: str
    amount: Decimal
    due: datetime
    paid_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {"clause": self.clause, "amount": str(self.amount), "due": _iso(self.due), "paid_at": _iso(self.paid_at)}


@dataclass(slots=True)
class MemberSummary:
    """One member at the end of the log: activity, breaches, and how far up each ladder they went."""

    group: str
    member_id: str
    name: str | None
    is_admin: bool
    present: bool  # still in the group at the end of the log, as far as the log shows
    status: str  # the engine's view: active, removed (by the rules or an admin), left, pending
    messages: int = 0
    last_message_at: datetime | None = None
    violations: int = 0
    by_clause: dict[str, int] = field(default_factory=dict)
    ladders: list[LadderProgress] = field(default_factory=list)
    pending_apology: dict[str, Any] | None = None
    fines: list[FineRecord] = field(default_factory=list)
    removed_at: datetime | None = None
    removed_by_rules: bool = False
    recalls: int = 0

    @property
    def label(self) -> str:
        return self.name or self.member_id

    @property
    def fines_owed(self) -> Decimal:
        return sum((f.amount for f in self.fines if f.paid_at is None), Decimal(0))

    @property
    def fines_paid(self) -> Decimal:
        return sum((f.amount for f in self.fines if f.paid_at is not None), Decimal(0))

    def as_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "member_id": self.member_id,
            "name": self.name,
            "is_admin": self.is_admin,
            "present": self.present,
            "status": self.status,
            "messages": self.messages,
            "last_message_at": _iso(self.last_message_at),
            "recalls": self.recalls,
            "violations": self.violations,
            "by_clause": dict(sorted(self.by_clause.items())),
            "ladders": [lp.as_dict() for lp in self.ladders],
            "pending_apology": (
                {k: _iso(v) if isinstance(v, datetime) else v for k, v in self.pending_apology.items()}
                if self.pending_apology
                else None
            ),
            "fines": [f.as_dict() for f in self.fines],
            "fines_owed": str(self.fines_owed),
            "fines_paid": str(self.fines_paid),
            "removed_at": _iso(self.removed_at),
            "removed_by_rules": self.removed_by_rules,
        }


@dataclass(frozen=True, slots=True)
class SilentMember:
    group: str
    member_id: str
    name: str | None
    last_active_at: datetime | None  # None: never spoke or joined within the log
    silent_for: timedelta

    def as_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "member_id": self.member_id,
            "name": self.name,
            "last_active_at": _iso(self.last_active_at),
            "silent_for_s": int(self.silent_for.total_seconds()),
            "silent_for": span_text(self.silent_for),
        }


@dataclass(frozen=True, slots=True)
class NicknameIssue:
    group: str
    member_id: str
    name: str
    is_admin: bool

    def as_dict(self) -> dict[str, Any]:
        return {"group": self.group, "member_id": self.member_id, "name": self.name, "is_admin": self.is_admin}


@dataclass(frozen=True, slots=True)
class Ack:
    member_id: str
    name: str | None
    at: datetime
    via: str  # "reply" (replied to or quoted the notice) or "window" (said 收到 soon after)

    def as_dict(self) -> dict[str, Any]:
        return {"member_id": self.member_id, "name": self.name, "at": self.at.isoformat(), "via": self.via}


@dataclass(frozen=True, slots=True)
class NoticeResult:
    group: str
    message_id: str
    at: datetime
    sender_id: str
    sender_name: str | None
    text: str
    present: int
    acknowledged: tuple[Ack, ...]
    missing: tuple[tuple[str, str | None], ...]  # (member id, name)

    @property
    def rate(self) -> float | None:
        return len(self.acknowledged) / self.present if self.present else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "message_id": self.message_id,
            "at": self.at.isoformat(),
            "sender_id": self.sender_id,
            "sender_name": self.sender_name,
            "text": self.text,
            "present": self.present,
            "acknowledged": [a.as_dict() for a in self.acknowledged],
            "missing": [{"member_id": m, "name": n} for m, n in self.missing],
            "rate": round(self.rate, 4) if self.rate is not None else None,
        }


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """What the bot would have done (warn, require an apology, remove, fine, remind…)."""

    at: datetime
    group: str
    member_id: str | None
    member_name: str | None
    kind: str
    clause: str | None
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "group": self.group,
            "member_id": self.member_id,
            "member_name": self.member_name,
            "kind": self.kind,
            "clause": self.clause,
            "text": self.text,
        }


@dataclass(slots=True)
class Totals:
    events: int = 0
    messages: int = 0
    system_messages: int = 0
    recalls: int = 0
    members: int = 0
    groups: dict[str, str | None] = field(default_factory=dict)  # id → name
    first_at: datetime | None = None
    last_at: datetime | None = None
    row_errors: int = 0
    warnings: int = 0
    duplicates: int = 0
    out_of_order: int = 0
    ticks: int = 0

    def as_dict(self) -> dict[str, Any]:
        period = self.last_at - self.first_at if self.first_at and self.last_at else None
        return {
            "events": self.events,
            "messages": self.messages,
            "system_messages": self.system_messages,
            "recalls": self.recalls,
            "members": self.members,
            "groups": [{"id": k, "name": v} for k, v in self.groups.items()],
            "first_at": _iso(self.first_at),
            "last_at": _iso(self.last_at),
            "period_s": int(period.total_seconds()) if period is not None else None,
            "period": span_text(period) if period is not None else None,
            "row_errors": self.row_errors,
            "warnings": self.warnings,
            "duplicates": self.duplicates,
            "out_of_order": self.out_of_order,
            "ticks": self.ticks,
        }


@dataclass(slots=True)
class AuditResult:
    rulebook: dict[str, Any]  # name, title, naming, inactivity window, acknowledgement window, clauses
    totals: Totals
    violations: list[Evidence]
    clauses: list[ClauseTally]
    members: list[MemberSummary]
    silent: list[SilentMember]
    nicknames: list[NicknameIssue]
    notices: list[NoticeResult]
    actions: list[ActionRecord]
    row_errors: list[RowError]
    notes: list[str] = field(default_factory=list)

    @property
    def removed_by_rules(self) -> list[MemberSummary]:
        return [m for m in self.members if m.removed_by_rules]

    @property
    def action_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for action in self.actions:
            counts[action.kind] = counts.get(action.kind, 0) + 1
        return dict(sorted(counts.items()))

    def member(self, member_id: str, group: str | None = None) -> MemberSummary:
        for summary in self.members:
            if summary.member_id == member_id and (group is None or summary.group == group):
                return summary
        raise KeyError(member_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "rulebook": self.rulebook,
            "totals": self.totals.as_dict(),
            "clauses": [c.as_dict() for c in self.clauses],
            "members": [m.as_dict() for m in self.members],
            "removed_by_rules": [
                {"group": m.group, "member_id": m.member_id, "name": m.name, "removed_at": _iso(m.removed_at)}
                for m in self.removed_by_rules
            ],
            "silent": [s.as_dict() for s in self.silent],
            "nicknames": [n.as_dict() for n in self.nicknames],
            "notices": [n.as_dict() for n in self.notices],
            "actions": [a.as_dict() for a in self.actions],
            "action_counts": self.action_counts,
            "violations": [v.as_dict() for v in self.violations],
            "row_errors": [e.as_dict() for e in self.row_errors],
            "notes": list(self.notes),
        }
