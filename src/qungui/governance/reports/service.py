"""File and decide reports (举报), and read them through views that keep the reporter confidential.

第一篇 七: "本群承诺将对举报者保密". The reporter's id is stored in `reports.reporter_id`, but:

- every read function returns `report_view(...)`, which includes `reporter` only for the owner (群主) and
  an auditor, and never to the reported member themselves;
- audit rows never carry the reporter's id. They carry `reporter_hash` = HMAC-SHA256(key = a random
  per-report salt kept only in the reports row, message = "<group id>:<reporter id>"). The audit chain
  hashes it like any other data, so the chain stays verifiable; the owner can prove who filed a report
  (`reporter_matches_audit`), while someone holding only the audit log cannot test candidate member ids
  (no salt) nor link two reports by the same reporter (a different salt per report). The actor of
  `report.filed` is "reporter" for the same reason.

Every function runs inside the caller's transaction and never commits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Role
from qungui.governance.members.service import get_member
from qungui.governance.reports.models import Evidence, Report, ReportStatus

REPORTER_ROLES = frozenset({Role.OWNER.value, "auditor"})  # roles that may see who reported
MAX_REPORTS_PER_DAY = 5
RATE_WINDOW = timedelta(days=1)
REPORTER_ACTOR = "reporter"  # the audit actor of report.filed: never the reporter's id


class ReportRejected(QunguiError):
    """A report, or a decision on one, that cannot be accepted; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


def reporter_hash(*, salt: str, group_id: int, reporter_id: str) -> str:
    """The keyed hash that stands for the reporter in audit rows."""
    return hmac.new(salt.encode(), f"{group_id}:{reporter_id}".encode(), hashlib.sha256).hexdigest()


def report_view(report: Report, *, viewer_role: str | Role, viewer_id: str | None = None) -> dict[str, Any]:
    """What a viewer with `viewer_role` may see of `report`: the reporter only for the owner or an auditor.

    Fails closed: the reporter is shown only when the viewer is named and is not the reported member
    (a reported 群主 must not learn who reported them), whatever their role.
    """
    view: dict[str, Any] = {
        "id": report.id,
        "group_id": report.group_id,
        "target": report.target_id,
        "message_key": report.message_key,
        "reason": report.reason,
        "evidence": list(report.evidence),
        "status": report.status,
        "decided_by": report.decided_by,
        "decided_at": report.decided_at,
        "note": report.note,
        "created_at": report.created_at,
    }
    role = viewer_role.value if isinstance(viewer_role, Role) else str(viewer_role)
    if role in REPORTER_ROLES and viewer_id is not None and viewer_id != report.target_id:
        view["reporter"] = report.reporter_id
    return view


def file_report(
    session: Session,
    *,
    group: Group,
    reporter: str,
    target: str,
    reason: str,
    message_key: str | None = None,
    evidence: Iterable[Evidence | Mapping[str, Any]] = (),
    now: datetime,
    max_per_day: int = MAX_REPORTS_PER_DAY,
) -> dict[str, Any]:
    """Record `reporter`'s report of `target`; audited without the reporter's id. Does not commit.

    Refused (ReportRejected) when the reason is empty, the reporter reports themselves or is not a
    member, has filed `max_per_day` reports in the last 24 hours, or already reported this message.
    Returns the report as a member sees it (no reporter), so it is safe to echo.
    """
    reason = reason.strip()
    if not reason:
        raise ReportRejected("请写明举报理由。", "Please give a reason for the report.")
    if reporter == target:
        raise ReportRejected("不能举报自己。", "You cannot report yourself.")
    member = get_member(session, group=group, member_id=reporter)
    if member is None or member.status != "active":
        raise ReportRejected("只有本群成员可以举报。", "Only members of this group can file reports.")
    items = _evidence(evidence)
    since = now - RATE_WINDOW
    recent = session.scalar(
        select(func.count(Report.id)).where(
            Report.group_id == group.id, Report.reporter_id == reporter, Report.created_at > since
        )
    )
    if (recent or 0) >= max_per_day:
        raise ReportRejected(
            f"您在24小时内已举报 {recent} 次，已达上限 {max_per_day} 次，请稍后再试。",
            f"You have filed {recent} reports in 24 hours, the limit is {max_per_day}; please try later.",
        )
    if message_key is not None:
        duplicate = session.scalar(
            select(Report.id).where(
                Report.group_id == group.id, Report.reporter_id == reporter, Report.message_key == message_key
            )
        )
        if duplicate is not None:
            raise ReportRejected(
                "您已经举报过这条消息，管理员会尽快处理。",
                "You have already reported this message; the admins will handle it.",
            )
    report = Report(
        group_id=group.id,
        reporter_id=reporter,
        reporter_salt=secrets.token_hex(16),
        target_id=target,
        message_key=message_key,
        reason=reason,
        evidence=items,
        status=ReportStatus.OPEN.value,
        created_at=now,
    )
    session.add(report)
    session.flush()
    append_audit(
        session,
        actor=REPORTER_ACTOR,
        action="report.filed",
        subject=f"report:{report.id}",
        data={
            "group": group.id,
            "target": target,
            "message_key": message_key,
            "reason": reason,
            "evidence": items,
            "reporter_hash": reporter_hash(salt=report.reporter_salt, group_id=group.id, reporter_id=reporter),
        },
        now=now,
    )
    return report_view(report, viewer_role=Role.MEMBER)


def decide_report(
    session: Session, *, report_id: int, admin: str, verified: bool, note: str, now: datetime
) -> dict[str, Any]:
    """Mark an open report verified (核实) or rejected; audited. Does not commit.

    Only an owner or admin of the report's group may decide, and not on a report against themselves
    or one they filed. Returns the report as the deciding admin's role may see it.
    """
    report = session.get(Report, report_id, with_for_update=True)
    if report is None:
        raise ReportRejected(f"找不到举报 {report_id}。", f"No report {report_id}.")
    group = session.get(Group, report.group_id)
    assert group is not None
    decider = get_member(session, group=group, member_id=admin)
    if decider is None or not decider.is_admin:
        raise ReportRejected("只有群主或管理员可以处理举报。", "Only the owner or an admin can decide reports.")
    if admin == report.target_id:
        raise ReportRejected(
            "您是被举报人，不能处理针对自己的举报，请交由其他管理员。",
            "You are the reported member: another admin must decide this report.",
        )
    if admin == report.reporter_id:
        raise ReportRejected(
            "您是举报人，不能处理自己提交的举报，请交由其他管理员。",
            "You filed this report: another admin must decide it.",
        )
    if report.status != ReportStatus.OPEN.value:
        raise ReportRejected(
            f"该举报已处理（{report.status}）。", f"This report was already decided ({report.status})."
        )
    report.status = (ReportStatus.VERIFIED if verified else ReportStatus.REJECTED).value
    report.decided_by, report.decided_at, report.note = admin, now, note.strip() or None
    session.flush()
    append_audit(
        session,
        actor=admin,
        action="report.verified" if verified else "report.rejected",
        subject=f"report:{report.id}",
        data={"group": group.id, "target": report.target_id, "status": report.status, "note": report.note},
        now=now,
    )
    return report_view(report, viewer_role=decider.role, viewer_id=admin)


def open_reports(
    session: Session,
    *,
    group: Group,
    viewer_role: str | Role,
    viewer_id: str | None = None,
    target: str | None = None,
) -> list[dict[str, Any]]:
    """The group's open reports (optionally against one member), oldest first, as `viewer_role` sees them."""
    query = select(Report).where(Report.group_id == group.id, Report.status == ReportStatus.OPEN.value)
    if target is not None:
        query = query.where(Report.target_id == target)
    rows = session.scalars(query.order_by(Report.created_at, Report.id))
    return [report_view(row, viewer_role=viewer_role, viewer_id=viewer_id) for row in rows]


def open_report_by(session: Session, *, group: Group, reporter: str, target: str) -> int | None:
    """The id of `reporter`'s open report against `target` in the group, or None (for the reporter's own eyes)."""
    return session.scalar(
        select(Report.id)
        .where(
            Report.group_id == group.id,
            Report.reporter_id == reporter,
            Report.target_id == target,
            Report.status == ReportStatus.OPEN.value,
        )
        .limit(1)
    )


def find_report(session: Session, *, group: Group, report_id: int) -> Report | None:
    """The group's report with this id, or None (a report of another group is not found)."""
    report = session.get(Report, report_id)
    return report if report is not None and report.group_id == group.id else None


def get_report(
    session: Session, *, report_id: int, viewer_role: str | Role, viewer_id: str | None = None
) -> dict[str, Any] | None:
    """One report as `viewer_role` sees it, or None."""
    report = session.get(Report, report_id)
    return None if report is None else report_view(report, viewer_role=viewer_role, viewer_id=viewer_id)


def reporter_matches_audit(session: Session, *, report_id: int) -> bool:
    """Whether the `report.filed` audit row's reporter hash matches the reporter stored in the report.

    Lets the owner show that the stored reporter is the one recorded when the report was filed.
    """
    report = session.get(Report, report_id)
    if report is None:
        return False
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "report.filed", AuditEntry.subject == f"report:{report_id}")
    ).first()
    if entry is None:
        return False
    expected = reporter_hash(salt=report.reporter_salt, group_id=report.group_id, reporter_id=report.reporter_id)
    return hmac.compare_digest(str(entry.data.get("reporter_hash", "")), expected)


def _evidence(items: Iterable[Evidence | Mapping[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        try:
            parsed = item if isinstance(item, Evidence) else Evidence.model_validate(dict(item))
        except ValidationError as error:
            first = error.errors()[0]["msg"]
            raise ReportRejected(f"证据格式不正确：{first}", f"Invalid evidence: {first}") from error
        out.append(parsed.model_dump(exclude_none=True))
    return out
