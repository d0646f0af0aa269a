"""Reports (举报): the reporter appears only for a role with VIEW_REPORTER — in lists, details and exports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from qungui.core.events import MemberRef, MessageEvent
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.groups.models import Group
from qungui.governance.members.service import get_member
from qungui.governance.outbox.service import enqueue
from qungui.governance.reports.models import Report
from qungui.governance.reports.service import decide_report, find_report, report_view
from qungui.rules.state import MemberState
from qungui.runtime.commands.report import carry_out as carry_out_report
from qungui.runtime.commands.types import CommandContext
from qungui.web.api.common import (
    DecideIn,
    Filter,
    Paged,
    acting_member,
    book_of,
    decision_route,
    department_scope,
    group_ref,
    list_routes,
    load_group,
    not_found,
    now,
    transaction,
)
from qungui.web.auth.deps import require

CONFIDENTIAL_ROLE = "viewer"  # report_view leaves the reporter out for this role
REPORTER_ROLE = "auditor"  # report_view shows the reporter to this role (unless they are the reported member)
COLUMNS = (
    ("id", "举报编号"),
    ("target", "被举报人"),
    ("reason", "原因"),
    ("status", "状态"),
    ("decided_by", "处理人"),
    ("decided_at", "处理时间"),
    ("note", "处理说明"),
    ("created_at", "举报时间"),
)


class ReportOut(BaseModel):
    """A report; `reporter` is present only for roles allowed to see it (owner, admin, auditor)."""

    id: int
    group_id: int
    target: str
    message_key: str | None
    reason: str
    evidence: list[Any]
    status: str
    decided_by: str | None
    decided_at: Any
    note: str | None
    created_at: Any
    outcome: str | None = Field(None, description="处理举报后：核实后执行了什么（只在处理接口的回答里）")


def _viewer(principal: Principal, group_id: int) -> dict[str, Any]:
    """report_view's viewer for this principal: never shown the reporter without VIEW_REPORTER."""
    if principal.can(Permission.VIEW_REPORTER, group_id):
        return {
            "viewer_role": REPORTER_ROLE,
            "viewer_id": principal.member_in(group_id) or f"console:{principal.username}",
        }
    return {"viewer_role": CONFIDENTIAL_ROLE, "viewer_id": None}


def _rows(request: Request, principal: Principal, group_id: int, status: str | None, target: str | None) -> list[dict]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        query = select(Report).where(Report.group_id == group.id)
        if status:
            query = query.where(Report.status == status)
        if target:
            query = query.where(Report.target_id == target)
        viewer = _viewer(principal, group_id)
        visible = department_scope(request, session, group, principal)
        rows = session.scalars(query.order_by(Report.id.desc()))
        return [report_view(r, **viewer) for r in rows if visible(r.target_id)]


def _one(request: Request, principal: Principal, group_id: int, report_id: int) -> dict:
    with transaction(request) as session:
        group = load_group(session, group_id)
        report = find_report(session, group=group, report_id=report_id)
        if report is None or not department_scope(request, session, group, principal)(report.target_id):
            raise not_found("举报", f"J{report_id}")
        return report_view(report, **_viewer(principal, group_id))


def _decide(request: Request, principal: Principal, group_id: int, report_id: int, body: DecideIn) -> str:
    """Decide the report as the principal's admin identity; a verified one is carried out as 通过 J<n> would be.

    Returns what was done, for the deciding admin. The reporter's private note goes through the outbox,
    so the executor sends it after commit (and retries), never in the group.
    """
    with transaction(request) as session:
        group = load_group(session, group_id)
        row = find_report(session, group=group, report_id=report_id)
        if row is None:
            raise not_found("举报", f"J{report_id}")
        admin = acting_member(principal, group_id)
        at = now(request)
        decide_report(session, report_id=report_id, admin=admin, verified=body.approve, note=body.reason, now=at)
        if not body.approve:
            return ""
        ctx = _context(request, session, group, admin, report_id, at)
        to_admin, to_reporter = carry_out_report(session, ctx, row)
        enqueue(
            session,
            group=group,
            key=f"console-report-verified:{group.id}:{report_id}",
            text=to_reporter.text,
            now=at,
            private_to=to_reporter.private_to,
            subject=f"report:{report_id}",
        )
        return to_admin.text


def _context(request: Request, session, group: Group, admin: str, report_id: int, at) -> CommandContext:
    """The context an admin's 通过 J<n> would have, for the runtime's report outcome."""
    book = book_of(request, group)
    decider = get_member(session, group=group, member_id=admin)
    event = MessageEvent(
        id=f"console-decide-J{report_id}",
        group=group_ref(group),
        ts=at,
        sender=MemberRef(platform=group.platform, id=admin),
        text=f"通过 J{report_id}",
        private=True,
    )
    state = MemberState.from_dict(decider.state) if decider is not None else MemberState(admin)
    return CommandContext(group, book, event, decider.role if decider else None, state, None, at)


def _columns(principal: Principal, group_id: int) -> tuple[tuple[str, str], ...]:
    """The export's columns: the reporter only for a role allowed to see it."""
    if principal.can(Permission.VIEW_REPORTER, group_id):
        return (*COLUMNS[:2], ("reporter", "举报人"), *COLUMNS[2:])
    return COLUMNS


def _shown(request: Request, principal: Principal, group_id: int, report_id: int, outcome: str) -> Response:
    report = _one(request, principal, group_id, report_id)
    return JSONResponse(jsonable_encoder({**report, "outcome": outcome}))


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["举报 reports"])
    status_q = Query(None, description="open 待处理 / verified 已核实 / rejected 未核实")

    list_routes(
        api, "reports", _rows, model=Paged[ReportOut], columns=_columns,
        summary="举报列表（举报人仅对有权限的角色显示）",
        export_summary="导出举报（CSV / Excel；举报人仅对有权限的角色导出）",
        filters=[Filter("status", status_q), Filter("target", export=False)],
        page=lambda paging, rows: JSONResponse(jsonable_encoder(paging.page(rows))),
    )  # fmt: skip

    @api.get("/reports/{report_id}", response_model=ReportOut, summary="一条举报")
    def get_report(
        group_id: int, report_id: int, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> Response:
        return JSONResponse(jsonable_encoder(_one(request, principal, group_id, report_id)))

    decision_route(
        api, "/reports/{report_id}/decide", "report_id", model=ReportOut,
        summary="处理举报：approve=true 核实 / false 不成立", decide=_decide, show=_shown,
    )  # fmt: skip

    return api
