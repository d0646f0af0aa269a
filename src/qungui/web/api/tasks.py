"""Tasks (任务 / 指令) given in the group; department heads see their departments' members' tasks only."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.notices.models import Task
from qungui.governance.notices.tasks import give_tasks
from qungui.web.api.common import (
    Filter,
    Paged,
    book_of,
    carry_out,
    in_thread,
    list_routes,
    load_group,
    now,
    transaction,
)
from qungui.web.auth.deps import require
from qungui.web.errors import ApiError

COLUMNS = (
    ("id", "任务编号"),
    ("issuer_id", "布置人"),
    ("owner_id", "负责人"),
    ("department", "部门"),
    ("text", "内容"),
    ("status", "状态"),
    ("plan", "计划"),
    ("due_at", "截止"),
    ("done_at", "完成时间"),
)


class TaskOut(BaseModel):
    id: int
    issuer_id: str
    owner_id: str
    department: str | None
    text: str
    status: str
    plan: str | None
    due_at: datetime
    confirmed_at: datetime | None
    done_at: datetime | None
    created_at: datetime


def _rows(
    request: Request, principal: Principal, group_id: int, status: str | None, owner: str | None
) -> list[TaskOut]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        departments = member_departments(session, group=group, book=book_of(request, group))
        allowed = principal.departments_in(group_id)
        query = select(Task).where(Task.group_id == group.id)
        if status:
            query = query.where(Task.status == status)
        if owner:
            query = query.where(Task.owner_id == owner)
        out = []
        for task in session.scalars(query.order_by(Task.id.desc())):
            department = departments.get(task.owner_id)
            if allowed is not None and department not in allowed:
                continue
            out.append(
                TaskOut(
                    id=task.id,
                    issuer_id=task.issuer_id,
                    owner_id=task.owner_id,
                    department=department,
                    text=task.text,
                    status=task.status,
                    plan=task.plan,
                    due_at=task.due_at,
                    confirmed_at=task.confirmed_at,
                    done_at=task.done_at,
                    created_at=task.created_at,
                )
            )
        return out


class TaskIn(BaseModel):
    owners: list[str] = Field(min_length=1, max_length=100, description="负责人的成员 ID")
    text: str = Field(min_length=1, max_length=2000, description="任务内容")
    due_at: datetime | None = Field(None, description="截止时间（ISO 8601，带时区；默认今天 18:00）")


def _give(request: Request, principal: Principal, group_id: int, body: TaskIn) -> list[int]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        book = book_of(request, group)
        allowed = principal.departments_in(group_id)
        if allowed is not None:  # a department head gives work to their own departments' members
            departments = member_departments(session, group=group, book=book)
            outside = [m for m in body.owners if departments.get(m) not in allowed]
            if outside:
                raise ApiError(403, f"部门负责人只能给本部门成员布置任务：{'、'.join(outside)} 不在您负责的部门。")
        issuer = principal.member_in(group_id) or f"console:{principal.username}"
        given = give_tasks(
            session, group=group, book=book, issuer=issuer, owners=body.owners, text=body.text, due=body.due_at,
            now=now(request),
        )  # fmt: skip
        return [task.id for task in given]


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["任务 tasks"])
    status_q = Query(
        None, description="waiting 待确认 / confirmed 已确认 / plan_given 已给计划 / done 已完成 / overdue 逾期"
    )

    list_routes(
        api, "tasks", _rows, model=Paged[TaskOut], columns=COLUMNS, summary="任务列表（部门负责人只看本部门）",
        export_summary="导出任务（CSV / Excel）", filters=[Filter("status", status_q), Filter("owner", export=False)],
    )  # fmt: skip

    @api.post("/tasks", response_model=list[TaskOut], status_code=201, summary="布置任务（机器人在群里@负责人）")
    async def give(
        group_id: int,
        body: TaskIn,
        request: Request,
        principal: Principal = Depends(require(Permission.POST_NOTICE)),
    ) -> list[TaskOut]:
        ids = await in_thread(_give, request, principal, group_id, body)
        await carry_out(request)
        rows = await in_thread(_rows, request, principal, group_id, None, None)
        return [row for row in rows if row.id in ids]

    return api
