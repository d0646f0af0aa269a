"""Leave requests (请假): list and decide; department heads see their departments' members only."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.leave.models import LeaveRequest
from qungui.governance.leave.service import decide_leave
from qungui.web.api.common import (
    DecideIn,
    ExportFormat,
    Paged,
    Paging,
    acting_member,
    book_of,
    carry_out,
    export_response,
    in_thread,
    load_group,
    not_found,
    now,
    transaction,
)
from qungui.web.auth.deps import require

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
    with transaction(request) as session:
        group = load_group(session, group_id)
        row = session.get(LeaveRequest, leave_id)
        if row is None or row.group_id != group.id:
            raise not_found("请假申请", f"Q{leave_id}")
        return LeaveOut.model_validate(row, from_attributes=True)


def _decide(request: Request, principal: Principal, group_id: int, leave_id: int, body: DecideIn) -> None:
    _one(request, group_id, leave_id)
    with transaction(request) as session:
        admin = acting_member(principal, group_id)
        decide_leave(
            session, request_id=leave_id, admin=admin, approved=body.approve, note=body.reason, now=now(request)
        )


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["请假 leave"])
    status_q = Query(None, description="pending 待审批 / approved 已批准 / rejected 已拒绝 / cancelled 已取消")

    @api.get("/leave", response_model=Paged[LeaveOut], summary="请假列表")
    def list_leave(
        group_id: int,
        request: Request,
        paging: Paging = Depends(),
        status: str | None = status_q,
        principal: Principal = Depends(require(Permission.VIEW_GROUP)),
    ) -> dict:
        return paging.page(_rows(request, principal, group_id, status))

    @api.get("/leave/export", summary="导出请假（CSV / Excel）")
    def export_leave(
        group_id: int,
        request: Request,
        format: ExportFormat = ExportFormat.CSV,
        status: str | None = status_q,
        principal: Principal = Depends(require(Permission.EXPORT)),
    ) -> Response:
        rows = _rows(request, principal, group_id, status)
        return export_response(rows, columns=COLUMNS, fmt=format, filename=f"leave-{group_id}")

    @api.post("/leave/{leave_id}/decide", response_model=LeaveOut, summary="审批请假：approve=true 批准 / false 拒绝")
    async def decide(
        group_id: int,
        leave_id: int,
        body: DecideIn,
        request: Request,
        principal: Principal = Depends(require(Permission.DECIDE)),
    ) -> LeaveOut:
        await in_thread(_decide, request, principal, group_id, leave_id, body)
        await carry_out(request)
        return await in_thread(_one, request, group_id, leave_id)

    return api
