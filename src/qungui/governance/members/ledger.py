"""The penalty ledger (四.三.4 发群红包): every fine with its amount, due time and payment. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from qungui.rules.state import GroupState


@dataclass(frozen=True, slots=True)
class LedgerRow:
    member_id: str
    name: str | None
    clause: str
    amount: Decimal
    due: datetime
    paid_at: datetime | None
    case: str

    def overdue(self, now: datetime) -> bool:
        return self.paid_at is None and self.due <= now


def fine_ledger(state: GroupState, *, unpaid_only: bool = False) -> list[LedgerRow]:
    """Every member's fines, earliest due first (unpaid ones only when asked)."""
    rows = [
        LedgerRow(m.member_id, m.name, f.clause, f.amount, f.due, f.paid_at, f.case)
        for m in state.members.values()
        for f in m.fines
        if not unpaid_only or f.paid_at is None
    ]
    return sorted(rows, key=lambda row: (row.due, row.member_id))


def totals(rows: list[LedgerRow]) -> tuple[Decimal, Decimal]:
    """(owed, paid) in yuan over `rows`."""
    owed = sum((r.amount for r in rows if r.paid_at is None), Decimal(0))
    paid = sum((r.amount for r in rows if r.paid_at is not None), Decimal(0))
    return owed, paid
