"""Join requests held for an admin (入群审核): list and decide; the platform call goes through the executor."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel

from qungui.governance.accounts.roles import Principal
from qungui.governance.members.joins import decide_join, pending_joins
from qungui.governance.members.models import Member
from qungui.rules.state import MemberState
from qungui.web.api.common import (
    DecideIn,
    Paged,
    acting_member,
    book_of,
    decision_route,
    department_scope,
    list_routes,
    load_group,
    now,
    transaction,
)

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

    list_routes(
        api, "joins", _rows, model=Paged[JoinOut], columns=COLUMNS, summary="待审核的入群申请",
        export_summary="导出待审核的入群申请（CSV / Excel）",
    )  # fmt: skip
    decision_route(
        api, "/joins/{join_id}/decide", "join_id", model=JoinOut, summary="审批入群：approve=true 同意 / false 拒绝",
        decide=_decide, show=lambda request, principal, group_id, join_id, decided: decided,
    )  # fmt: skip

    return api
