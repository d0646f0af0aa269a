"""Appeals (申诉) against a removal: list and decide (re-admission on acceptance)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from sqlalchemy import select

from qungui.governance.accounts.roles import Principal
from qungui.governance.appeals.models import Appeal
from qungui.governance.appeals.service import decide_appeal
from qungui.web.api.common import (
    DecideIn,
    Filter,
    Paged,
    as_admin,
    decision_route,
    department_scope,
    list_routes,
    load_group,
    row_out,
    transaction,
)

COLUMNS = (
    ("id", "申诉编号"),
    ("member_id", "成员ID"),
    ("reason", "理由"),
    ("removed_by", "移出人"),
    ("removed_at", "移出时间"),
    ("status", "状态"),
    ("decided_by", "处理人"),
    ("note", "处理说明"),
    ("created_at", "申诉时间"),
)


class AppealOut(BaseModel):
    id: int
    member_id: str
    case_key: str | None
    removed_by: str | None
    removed_at: datetime | None
    reason: str
    status: str
    decided_by: str | None
    decided_at: datetime | None
    note: str | None
    created_at: datetime


def _rows(request: Request, principal: Principal, group_id: int, status: str | None) -> list[AppealOut]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        visible = department_scope(request, session, group, principal)
        query = select(Appeal).where(Appeal.group_id == group.id)
        if status:
            query = query.where(Appeal.status == status)
        rows = session.scalars(query.order_by(Appeal.id.desc()))
        return [AppealOut.model_validate(a, from_attributes=True) for a in rows if visible(a.member_id)]


def _one(request: Request, group_id: int, appeal_id: int) -> AppealOut:
    return row_out(request, group_id, Appeal, appeal_id, "申诉", "S", AppealOut)


def _decide(request: Request, principal: Principal, group_id: int, appeal_id: int, body: DecideIn) -> None:
    _one(request, group_id, appeal_id)
    with as_admin(request, principal, group_id) as (session, admin, at):
        decide_appeal(session, appeal_id=appeal_id, admin=admin, accepted=body.approve, note=body.reason, now=at)


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["申诉 appeals"])
    status_q = Query(None, description="open 待处理 / accepted 已接受 / rejected 已驳回")
    list_routes(
        api, "appeals", _rows, model=Paged[AppealOut], columns=COLUMNS, summary="申诉列表",
        export_summary="导出申诉（CSV / Excel）", filters=[Filter("status", status_q)],
    )  # fmt: skip
    decision_route(
        api, "/appeals/{appeal_id}/decide", "appeal_id", model=AppealOut,
        summary="处理申诉：approve=true 接受并恢复 / false 驳回", decide=_decide,
        show=lambda request, principal, group_id, appeal_id, _: _one(request, group_id, appeal_id),
    )  # fmt: skip
    return api
