"""Notices and their acknowledgement matrix; posting a notice. Department heads see their departments' only."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.groups.models import Group
from qungui.governance.notices.export import status_of
from qungui.governance.notices.models import Notice
from qungui.governance.notices.service import Audience, ack_matrix, acks_of, find_notice, post_notice
from qungui.rules.compiled import CompiledRulebook
from qungui.web.api.common import (
    ExportFormat,
    Filter,
    Paged,
    book_of,
    carry_out,
    export_response,
    in_thread,
    list_routes,
    load_group,
    not_found,
    now,
    transaction,
)
from qungui.web.auth.deps import require
from qungui.web.errors import ApiError

COLUMNS = (
    ("id", "通知编号"),
    ("author_id", "发布人"),
    ("text", "内容"),
    ("status", "状态"),
    ("audience_size", "通知人数"),
    ("acknowledged", "已确认"),
    ("due_at", "截止"),
    ("created_at", "发布时间"),
)
MATRIX_COLUMNS = (
    ("member_id", "成员ID"),
    ("name", "成员"),
    ("department", "部门"),
    ("status", "状态"),
    ("at", "确认时间"),
    ("via", "确认方式"),
    ("text", "回复内容"),
)


class NoticeOut(BaseModel):
    id: int
    author_id: str
    text: str
    audience: dict
    require_ack: bool
    status: str
    audience_size: int
    acknowledged: int
    due_at: datetime
    closes_at: datetime
    created_at: datetime


class AckOut(BaseModel):
    member_id: str
    name: str
    department: str | None
    active: bool
    status: str
    at: datetime | None
    via: str | None
    late: bool
    text: str | None


class NoticeDetail(NoticeOut):
    matrix: list[AckOut]


class NoticeIn(BaseModel):
    text: str = Field(min_length=1, max_length=2000, description="通知内容")
    everyone: bool = Field(False, description="@所有人")
    departments: list[str] = Field(default_factory=list, max_length=50, description="通知的部门")
    members: list[str] = Field(default_factory=list, max_length=500, description="通知的成员 ID")
    deadline: datetime | None = Field(None, description="截止时间（ISO 8601，带时区）")
    require_ack: bool | None = Field(None, description="是否需要回复“收到”（默认按群规）")


def _visible(principal: Principal, group_id: int, departments: dict[str, str], notice: Notice) -> list[str] | None:
    """The audience members the principal may see (None: every one); a department head's own only."""
    allowed = principal.departments_in(group_id)
    if allowed is None:
        return None
    return [m for m in notice.member_ids if departments.get(m) in allowed]


def _out(session: Session, notice: Notice, members: list[str] | None) -> NoticeOut:
    acks = acks_of(session, notice=notice)
    audience = list(notice.member_ids) if members is None else members
    return NoticeOut(
        id=notice.id,
        author_id=notice.author_id,
        text=notice.text,
        audience=dict(notice.audience),
        require_ack=notice.require_ack,
        status=notice.status,
        audience_size=len(audience),
        acknowledged=sum(1 for m in audience if m in acks),
        due_at=notice.due_at,
        closes_at=notice.closes_at,
        created_at=notice.created_at,
    )


def _rows(request: Request, principal: Principal, group_id: int, status: str | None) -> list[NoticeOut]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        departments = member_departments(session, group=group, book=book_of(request, group))
        query = select(Notice).where(Notice.group_id == group.id)
        if status:
            query = query.where(Notice.status == status)
        out = []
        for notice in session.scalars(query.order_by(Notice.id.desc())):
            members = _visible(principal, group_id, departments, notice)
            if members is None or members:
                out.append(_out(session, notice, members))
        return out


def _detail(request: Request, principal: Principal, group_id: int, notice_id: int) -> NoticeDetail:
    with transaction(request) as session:
        group = load_group(session, group_id)
        book = book_of(request, group)
        notice = find_notice(session, group=group, number=notice_id)
        if notice is None:
            raise not_found("通知", f"N{notice_id}")
        members = _visible(principal, group_id, member_departments(session, group=group, book=book), notice)
        if members is not None and not members:
            raise not_found("通知", f"N{notice_id}")
        matrix = [
            AckOut(
                member_id=row.member_id,
                name=row.name,
                department=row.department,
                active=row.active,
                status=status_of(row),
                at=row.at,
                via=row.via,
                late=row.late,
                text=row.text,
            )
            for row in ack_matrix(session, group=group, book=book, notice=notice)
            if members is None or row.member_id in members
        ]
        return NoticeDetail(**_out(session, notice, members).model_dump(), matrix=matrix)


def _audience(principal: Principal, group_id: int, body: NoticeIn) -> Audience:
    allowed = principal.departments_in(group_id)
    own_only = allowed is not None  # a department head notifies their own departments
    if own_only and (body.everyone or body.members or not body.departments or not set(body.departments) <= allowed):
        raise ApiError(403, f"部门负责人只能通知自己负责的部门：{'、'.join(sorted(allowed)) or '（无）'}。")
    return Audience(everyone=body.everyone, departments=tuple(body.departments), members=tuple(body.members))


def _post(request: Request, principal: Principal, group_id: int, body: NoticeIn) -> int:
    audience = _audience(principal, group_id, body)
    with transaction(request) as session:
        group: Group = load_group(session, group_id)
        book: CompiledRulebook = book_of(request, group)
        author = principal.member_in(group_id) or f"console:{principal.username}"
        notice = post_notice(
            session,
            group=group,
            book=book,
            author=author,
            text=body.text,
            audience=audience,
            deadline=body.deadline,
            require_ack=body.require_ack,
            now=now(request),
            announce=True,
        )
        return notice.id


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["通知 notices"])
    status_q = Query(None, description="open 统计中 / closed 已结束")

    list_routes(
        api, "notices", _rows, model=Paged[NoticeOut], columns=COLUMNS, summary="通知列表（部门负责人只看本部门）",
        export_summary="导出通知列表（CSV / Excel）", filters=[Filter("status", status_q)],
    )  # fmt: skip

    @api.get("/notices/{notice_id}", response_model=NoticeDetail, summary="通知详情与回执矩阵")
    def get_notice(
        group_id: int, notice_id: int, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> NoticeDetail:
        return _detail(request, principal, group_id, notice_id)

    @api.get("/notices/{notice_id}/export", summary="导出回执矩阵（CSV / Excel）")
    def export_matrix(
        group_id: int,
        notice_id: int,
        request: Request,
        format: ExportFormat = ExportFormat.CSV,
        principal: Principal = Depends(require(Permission.EXPORT)),
    ) -> Response:
        rows = _detail(request, principal, group_id, notice_id).matrix
        return export_response(rows, columns=MATRIX_COLUMNS, fmt=format, filename=f"notice-N{notice_id}")

    @api.post(
        "/notices", response_model=NoticeDetail, status_code=201, summary="发布通知（机器人在群里公告并统计“收到”）"
    )
    async def create_notice(
        group_id: int,
        body: NoticeIn,
        request: Request,
        principal: Principal = Depends(require(Permission.POST_NOTICE)),
    ) -> NoticeDetail:
        notice_id = await in_thread(_post, request, principal, group_id, body)
        await carry_out(request)
        return await in_thread(_detail, request, principal, group_id, notice_id)

    return api
