"""Leave requests (请假): list and decide; department heads see their departments' members only."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from sqlalchemy import select

from qungui.governance.accounts.roles import Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.leave.models import LeaveRequest
from qungui.governance.leave.service import decide_leave
from qungui.web.api.common import (
    DecideIn,
    Filter,
    Paged,
    as_admin,
    book_of,
    decision_route,
    list_routes,
    load_group,
    row_out,
    transaction,
)

COLUMNS = (
    ("id", "请假编号"),
    ("member_id", "成员ID"),
    ("starts_at", "开始"),
    ("ends_at", "结束"),
    ("reason", "事由"),
    ("status", "状态"),
    ("decided_by", "审批人"),
    ("note", "审批说明"),
)


class LeaveOut(BaseModel):
    id: int
    member_id: str
    starts_at: datetime
    ends_at: datetime
    reason: str
    status: str
    decided_by: str | None
    decided_at: datetime | None
    note: str | None
    created_at: datetime


def _rows(request: Request, principal: Principal, group_id: int, status: str | None) -> list[LeaveOut]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        allowed = principal.departments_in(group_id)
        departments = member_departments(session, group=group, book=book_of(request, group)) if allowed else {}
        query = select(LeaveRequest).where(LeaveRequest.group_id == group.id)
        if status:
            query = query.where(LeaveRequest.status == status)
        rows = session.scalars(query.order_by(LeaveRequest.id.desc()))
        return [
            LeaveOut.model_validate(r, from_attributes=True)
            for r in rows
            if allowed is None or departments.get(r.member_id) in allowed
        ]


def _one(request: Request, group_id: int, leave_id: int) -> LeaveOut:
    return row_out(request, group_id, LeaveRequest, leave_id, "请假申请", "Q", LeaveOut)


def _decide(request: Request, principal: Principal, group_id: int, leave_id: int, body: DecideIn) -> None:
    _one(request, group_id, leave_id)
    with as_admin(request, principal, group_id) as (session, admin, at):
        decide_leave(session, request_id=leave_id, admin=admin, approved=body.approve, note=body.reason, now=at)


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["请假 leave"])
    status_q = Query(None, description="pending 待审批 / approved 已批准 / rejected 已拒绝 / cancelled 已取消")
    list_routes(
        api, "leave", _rows, model=Paged[LeaveOut], columns=COLUMNS, summary="请假列表",
        export_summary="导出请假（CSV / Excel）", filters=[Filter("status", status_q)],
    )  # fmt: skip
    decision_route(
        api, "/leave/{leave_id}/decide", "leave_id", model=LeaveOut,
        summary="审批请假：approve=true 批准 / false 拒绝", decide=_decide,
        show=lambda request, principal, group_id, leave_id, _: _one(request, group_id, leave_id),
    )  # fmt: skip
    return api
