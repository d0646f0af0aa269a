"""Members: status, strikes and ladder state, nickname compliance, last message, leave; department scoping."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
from sqlalchemy import select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.members.models import Member
from qungui.rules.detectors.membership import nickname_ok
from qungui.rules.state import MemberState
from qungui.web.api.common import (
    Filter,
    Paged,
    book_of,
    list_routes,
    load_group,
    not_found,
    now,
    transaction,
)
from qungui.web.auth.deps import require


class StrikeOut(BaseModel):
    clause: str
    ladder: str
    at: datetime
    step: int
    action: str
    case: str
    active: bool


class MemberOut(BaseModel):
    member_id: str
    name: str | None
    role: str
    status: str
    department: str | None
    joined_at: datetime | None
    last_message_at: datetime | None
    message_count: int
    active_strikes: int
    strikes: list[StrikeOut]
    apology_due: datetime | None
    fines_owed: int
    fines_owed_amount: Decimal
    on_leave_until: datetime | None
    on_leave: bool
    nickname_ok: bool | None
    removed_at: datetime | None


COLUMNS = (
    ("member_id", "成员ID"),
    ("name", "昵称"),
    ("role", "角色"),
    ("status", "状态"),
    ("department", "部门"),
    ("joined_at", "入群时间"),
    ("last_message_at", "最后发言"),
    ("message_count", "发言数"),
    ("active_strikes", "有效违规次数"),
    ("apology_due", "待道歉截止"),
    ("fines_owed", "未交罚款笔数"),
    ("fines_owed_amount", "未交罚款金额"),
    ("on_leave_until", "请假至"),
    ("nickname_ok", "昵称合规"),
)


def member_rows(request: Request, principal: Principal, group_id: int) -> list[MemberOut]:
    """Every member of the group the principal may see (a department head: their departments only)."""
    with transaction(request) as session:
        group = load_group(session, group_id)
        book = book_of(request, group)
        at = now(request)
        departments = member_departments(session, group=group, book=book)
        allowed = principal.departments_in(group_id)
        rb = book.rulebook
        rows = session.scalars(select(Member).where(Member.group_id == group.id).order_by(Member.id)).all()
        out = []
        for row in rows:
            department = departments.get(row.external_id) or row.department
            if allowed is not None and department not in allowed:
                continue
            state = MemberState.from_dict(row.state)
            out.append(_member_out(row, state, department, rb, at))
        return out


def _member_out(row: Member, state: MemberState, department: str | None, rb, at: datetime) -> MemberOut:
    expiry = {name: ladder.strikes_expire_after for name, ladder in rb.ladders.items()}
    strikes = [
        StrikeOut(
            clause=s.clause,
            ladder=s.ladder,
            at=s.at,
            step=s.step,
            action=s.action,
            case=s.case,
            active=expiry.get(s.ladder) is None or s.at > at - expiry[s.ladder],
        )
        for s in state.strikes
    ]
    owed = state.owed_fines()
    naming = rb.naming
    return MemberOut(
        member_id=row.external_id,
        name=row.display_name or state.name,
        role=row.role,
        status=row.status,
        department=department,
        joined_at=row.joined_at or state.joined_at,
        last_message_at=row.last_message_at or state.last_message_at,
        message_count=state.message_count,
        active_strikes=sum(1 for s in strikes if s.active),
        strikes=strikes,
        apology_due=state.pending_apology.due if state.pending_apology else None,
        fines_owed=len(owed),
        fines_owed_amount=sum((f.amount for f in owed), Decimal(0)),
        on_leave_until=state.on_leave_until,
        on_leave=state.on_leave(at),
        nickname_ok=None if naming is None or row.is_admin else nickname_ok(naming.pattern, row.display_name or ""),
        removed_at=state.removed_at,
    )


def _filtered(
    rows: list[MemberOut], status: str | None, department: str | None, q: str | None, flag: str | None
) -> list[MemberOut]:
    if status:
        rows = [r for r in rows if r.status == status]
    if department:
        rows = [r for r in rows if r.department == department]
    if q:
        needle = q.strip().lower()
        rows = [r for r in rows if needle in r.member_id.lower() or needle in (r.name or "").lower()]
    if flag == "strikes":
        rows = [r for r in rows if r.active_strikes]
    elif flag == "fines":
        rows = [r for r in rows if r.fines_owed]
    elif flag == "nickname":
        rows = [r for r in rows if r.nickname_ok is False and r.status == "active"]
    elif flag == "leave":
        rows = [r for r in rows if r.on_leave]
    return rows


def _rows(
    request: Request,
    principal: Principal,
    group_id: int,
    status: str | None,
    department: str | None,
    q: str | None,
    flag: str | None,
) -> list[MemberOut]:
    return _filtered(member_rows(request, principal, group_id), status, department, q, flag)


Flag = Literal["strikes", "fines", "nickname", "leave"]
STATUS_Q = Query(None, description="active / pending / removed / left")
FLAG_Q = Query(None, description="只看：strikes 有违规、fines 欠罚款、nickname 昵称不合规、leave 请假中")


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["成员 members"])

    list_routes(
        api, "members", _rows, model=Paged[MemberOut], columns=COLUMNS, summary="成员列表（部门负责人只看本部门）",
        export_summary="导出成员列表（CSV / Excel）",
        filters=[
            Filter("status", STATUS_Q), Filter("department"),
            Filter("q", Query(None, max_length=100, description="按 ID 或昵称搜索"), export=False),
            Filter("flag", FLAG_Q, Flag | None),
        ],
    )  # fmt: skip

    @api.get("/members/{member_id}", response_model=MemberOut, summary="一位成员：违规、阶梯、罚款、请假")
    def get_member(
        group_id: int, member_id: str, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> MemberOut:
        for row in member_rows(request, principal, group_id):
            if row.member_id == member_id:
                return row
        raise not_found("成员", member_id)

    return api
