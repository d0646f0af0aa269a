"""The weekly digest as typed data: what `build_digest` returns and the console and the bot render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from qungui.governance.responsiveness.stats import AdminDuty, DepartmentResponse


@dataclass(frozen=True, slots=True)
class ClauseCount:
    clause: str
    title: str
    count: int


@dataclass(frozen=True, slots=True)
class NoticeRate:
    """A notice's acknowledgements: `acknowledged` of `total` audience members still in the group."""

    label: str
    text: str
    posted_at: datetime
    acknowledged: int
    total: int
    open: bool

    @property
    def rate(self) -> float:
        return self.acknowledged / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class ShareRate:
    """A share task's screenshots: `done` of `total` audience members."""

    label: str
    text: str
    posted_at: datetime
    done: int
    total: int
    open: bool


@dataclass(frozen=True, slots=True)
class SilentMember:
    member_id: str
    name: str
    last_message_at: datetime | None


@dataclass(frozen=True, slots=True)
class PendingItem:
    """A report, appeal or queued case waiting for an admin: its number and the member concerned (never a reporter)."""

    label: str
    kind: str  # "report", "appeal", "case"
    member_id: str
    name: str


@dataclass(frozen=True, slots=True)
class UnpaidFine:
    member_id: str
    name: str
    clause: str
    amount: Decimal
    due: datetime
    overdue: bool


@dataclass(frozen=True, slots=True)
class AdminQuestions:
    """Questions addressed to the admins (or to nobody in particular) in the week."""

    asked: int
    answered: int
    median_minutes: float | None


@dataclass(frozen=True, slots=True)
class Digest:
    """One group's week: from `week_start` (inclusive) to `week_end` (exclusive), as of `generated_at`."""

    group_name: str
    week_start: datetime
    week_end: datetime
    generated_at: datetime
    violations: tuple[ClauseCount, ...]
    open_cases: int
    notices: tuple[NoticeRate, ...]
    shares: tuple[ShareRate, ...]
    silent: tuple[SilentMember, ...]
    pending: tuple[PendingItem, ...]
    unpaid_fines: tuple[UnpaidFine, ...]
    departments: tuple[DepartmentResponse, ...]
    admins: tuple[AdminDuty, ...]
    admin_questions: AdminQuestions
    members: int  # active members now

    @property
    def violations_total(self) -> int:
        return sum(row.count for row in self.violations)

    @property
    def pending_reports(self) -> int:
        return sum(1 for item in self.pending if item.kind == "report")

    @property
    def pending_appeals(self) -> int:
        return sum(1 for item in self.pending if item.kind == "appeal")

    @property
    def unpaid_total(self) -> Decimal:
        return sum((fine.amount for fine in self.unpaid_fines), Decimal(0))
