"""What the simulator's 管理员视图 shows: the governance records qungui keeps for the group.

Read-only queries on one session; the caller owns the transaction. Reports are read through
`open_reports` as an admin sees them, so the reporter never appears here (第一篇 七).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qungui.core.events import GroupRef
from qungui.governance.cases.models import Case, CaseStatus, Sanction, SanctionStatus
from qungui.governance.groups.service import find_group
from qungui.governance.members.models import Member, Role
from qungui.governance.reports.service import open_reports
from qungui.offline.report import ACTION_LABELS, STEP_LABELS
from qungui.rules.state import MemberState

CASE_STATUS = {"open": "已记录", "queued": "待审核", "applied": "已处理", "overridden": "已改判", "dismissed": "已驳回"}
SANCTION_STATUS = {"pending": "待执行", "failed": "执行失败", "unsupported": "需人工处理", "done": "已完成"}
ATTENTION = (SanctionStatus.PENDING.value, SanctionStatus.FAILED.value, SanctionStatus.UNSUPPORTED.value)
EVIDENCE_CHARS = 40


@dataclass(frozen=True, slots=True)
class AdminOverview:
    """The admin panel's content; `found` is False before the group's first event is stored."""

    found: bool
    counts: dict[str, int] = field(default_factory=dict)
    cases: list[dict[str, Any]] = field(default_factory=list)
    attention: list[dict[str, Any]] = field(default_factory=list)
    fines: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "found": self.found,
            "counts": self.counts,
            "cases": self.cases,
            "attention": self.attention,
            "fines": self.fines,
            "reports": self.reports,
        }


def admin_overview(
    session: Session, *, group_ref: GroupRef, names: Mapping[str, str], tz: tzinfo, now: datetime, limit: int = 12
) -> AdminOverview:
    """Latest cases, sanctions that still need doing (or a human), fines owed and open reports."""
    group = find_group(session, platform=group_ref.platform, external_id=group_ref.id)
    if group is None:
        return AdminOverview(found=False)

    def who(member_id: str | None) -> str:
        return names.get(member_id or "", member_id or "—")

    def when(at: datetime | None) -> str:
        return at.astimezone(tz).strftime("%m-%d %H:%M") if at is not None else ""

    by_status = dict(
        session.execute(select(Case.status, func.count()).where(Case.group_id == group.id).group_by(Case.status)).all()
    )
    cases = session.scalars(select(Case).where(Case.group_id == group.id).order_by(Case.id.desc()).limit(limit))
    sanctions = session.scalars(
        select(Sanction)
        .where(Sanction.group_id == group.id, Sanction.status.in_(ATTENTION))
        .order_by(Sanction.id.desc())
        .limit(limit)
    )
    members = session.scalars(select(Member).where(Member.group_id == group.id).order_by(Member.id))
    fines = []
    for row in members:
        for fine in MemberState.from_dict(row.state).owed_fines():
            fines.append(
                {
                    "member": who(row.external_id),
                    "amount": _yuan(fine.amount),
                    "clause": fine.clause,
                    "due": when(fine.due),
                    "overdue": fine.due <= now,
                }
            )
    reports = open_reports(session, group=group, viewer_role=Role.ADMIN)
    return AdminOverview(
        found=True,
        counts={
            "cases": sum(by_status.values()),
            "queued": by_status.get(CaseStatus.QUEUED.value, 0),
            "applied": by_status.get(CaseStatus.APPLIED.value, 0),
        },
        cases=[
            {
                "id": case.id,
                "member": who(case.member_id),
                "clause": case.clause,
                "title": case.title,
                "step": STEP_LABELS.get(case.step or "", case.step or ""),
                "status": case.status,
                "status_label": CASE_STATUS.get(case.status, case.status),
                "evidence": _short(case.evidence),
                "at": when(case.created_at),
            }
            for case in cases
        ],
        attention=[
            {
                "id": sanction.id,
                "kind": ACTION_LABELS.get(sanction.kind, sanction.kind),
                "member": who(sanction.member_id),
                "clause": sanction.clause or "",
                "status": sanction.status,
                "status_label": SANCTION_STATUS.get(sanction.status, sanction.status),
                "note": sanction.last_error or "",
                "at": when(sanction.created_at),
            }
            for sanction in sanctions
        ],
        fines=fines[:limit],
        reports=[
            {
                "id": report["id"],
                "target": who(report["target"]),
                "reason": _short(report["reason"]),
                "at": when(report["created_at"]),
            }
            for report in reports[:limit]
        ],
    )


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"


def _yuan(amount: Decimal) -> str:
    return f"{amount.normalize():f}" if amount == amount.to_integral() else f"{amount:.2f}"
