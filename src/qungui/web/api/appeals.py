"""Appeals (申诉) against a removal: list and decide (re-admission on acceptance)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.appeals.models import Appeal
from qungui.governance.appeals.service import decide_appeal
from qungui.web.api.common import (
    DecideIn,
    ExportFormat,
    Paged,
    Paging,
    acting_member,
    carry_out,
    department_scope,
    export_response,
    in_thread,
    load_group,
    not_found,
    now,
    transaction,
)
from qungui.web.auth.deps import require

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
    with transaction(request) as session:
        group = load_group(session, group_id)
        appeal = session.get(Appeal, appeal_id)
        if appeal is None or appeal.group_id != group.id:
            raise not_found("申诉", f"S{appeal_id}")
        return AppealOut.model_validate(appeal, from_attributes=True)


def _decide(request: Request, principal: Principal, group_id: int, appeal_id: int, body: DecideIn) -> None:
    _one(request, group_id, appeal_id)
    with transaction(request) as session:
        admin = acting_member(principal, group_id)
        decide_appeal(
            session, appeal_id=appeal_id, admin=admin, accepted=body.approve, note=body.reason, now=now(request)
        )


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["申诉 appeals"])
    status_q = Query(None, description="open 待处理 / accepted 已接受 / rejected 已驳回")

    @api.get("/appeals", response_model=Paged[AppealOut], summary="申诉列表")
    def list_appeals(
        group_id: int,
        request: Request,
        paging: Paging = Depends(),
        status: str | None = status_q,
        principal: Principal = Depends(require(Permission.VIEW_GROUP)),
    ) -> dict:
        return paging.page(_rows(request, principal, group_id, status))

    @api.get("/appeals/export", summary="导出申诉（CSV / Excel）")
    def export_appeals(
        group_id: int,
        request: Request,
        format: ExportFormat = ExportFormat.CSV,
        status: str | None = status_q,
        principal: Principal = Depends(require(Permission.EXPORT)),
    ) -> Response:
        return export_response(
            _rows(request, principal, group_id, status), columns=COLUMNS, fmt=format, filename=f"appeals-{group_id}"
        )

    @api.post(
        "/appeals/{appeal_id}/decide",
        response_model=AppealOut,
        summary="处理申诉：approve=true 接受并恢复 / false 驳回",
    )
    async def decide(
        group_id: int,
        appeal_id: int,
        body: DecideIn,
        request: Request,
        principal: Principal = Depends(require(Permission.DECIDE)),
    ) -> AppealOut:
        await in_thread(_decide, request, principal, group_id, appeal_id, body)
        await carry_out(request)
        return await in_thread(_one, request, group_id, appeal_id)

    return api
