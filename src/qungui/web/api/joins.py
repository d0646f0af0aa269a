"""Join requests held for an admin (入群审核): list and decide; the platform call goes through the executor."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.members.joins import decide_join, pending_joins
from qungui.governance.members.models import Member
from qungui.rules.state import MemberState
from qungui.web.api.common import (
    DecideIn,
    ExportFormat,
    Paged,
    Paging,
    acting_member,
    book_of,
    carry_out,
    department_scope,
    export_response,
    in_thread,
    load_group,
    now,
    transaction,
)
from qungui.web.auth.deps import require

COLUMNS = (("id", "申请编号"), ("member_id", "成员ID"), ("name", "昵称"), ("invited_by", "邀请人"), ("status", "状态"))


class JoinOut(BaseModel):
    id: int
    member_id: str
    name: str | None
    invited_by: str | None
    status: str
    requested_at: datetime


def _out(row: Member) -> JoinOut:
    state = MemberState.from_dict(row.state)
    return JoinOut(
        id=row.id,
        member_id=row.external_id,
        name=row.display_name or state.name,
        invited_by=state.invited_by,
        status=row.status,
        requested_at=row.created_at,
    )


def _rows(request: Request, principal: Principal, group_id: int) -> list[JoinOut]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        visible = department_scope(request, session, group, principal)
        return [_out(row) for row in pending_joins(session, group=group) if visible(row.external_id)]


def _decide(request: Request, principal: Principal, group_id: int, join_id: int, body: DecideIn) -> JoinOut:
    with transaction(request) as session:
        group = load_group(session, group_id)
        admin = acting_member(principal, group_id)
        language = book_of(request, group).rulebook.language
        row = decide_join(
            session,
            group=group,
            member_row_id=join_id,
            admin=admin,
            approve=body.approve,
            note=body.reason,
            now=now(request),
            language=language,
        )
        return _out(row)


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["入群 joins"])

    @api.get("/joins", response_model=Paged[JoinOut], summary="待审核的入群申请")
    def list_joins(
        group_id: int,
        request: Request,
        paging: Paging = Depends(),
        principal: Principal = Depends(require(Permission.VIEW_GROUP)),
    ) -> dict:
        return paging.page(_rows(request, principal, group_id))

    @api.get("/joins/export", summary="导出待审核的入群申请（CSV / Excel）")
    def export_joins(
        group_id: int,
        request: Request,
        format: ExportFormat = ExportFormat.CSV,
        principal: Principal = Depends(require(Permission.EXPORT)),
    ) -> Response:
        return export_response(
            _rows(request, principal, group_id), columns=COLUMNS, fmt=format, filename=f"joins-{group_id}"
        )

    @api.post("/joins/{join_id}/decide", response_model=JoinOut, summary="审批入群：approve=true 同意 / false 拒绝")
    async def decide(
        group_id: int,
        join_id: int,
        body: DecideIn,
        request: Request,
        principal: Principal = Depends(require(Permission.DECIDE)),
    ) -> JoinOut:
        decided = await in_thread(_decide, request, principal, group_id, join_id, body)
        await carry_out(request)
        return decided

    return api
