"""Groups: the ones the caller may see, and one group's summary."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel
from sqlalchemy import func, select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.cases.models import Case, CaseStatus
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.web.api.common import load_group, transaction
from qungui.web.auth.deps import api_principal, require


class GroupOut(BaseModel):
    id: int
    platform: str
    external_id: str
    name: str | None
    rulebook: str | None
    created_at: datetime


class GroupSummary(GroupOut):
    members_active: int
    members_pending: int
    cases_queued: int
    governed: bool
    my_roles: list[str]


def group_out(group: Group) -> GroupOut:
    return GroupOut(
        id=group.id,
        platform=group.platform,
        external_id=group.external_id,
        name=group.name,
        rulebook=group.rulebook,
        created_at=group.created_at,
    )


def router() -> APIRouter:
    api = APIRouter(tags=["群 groups"])

    @api.get("/groups", response_model=list[GroupOut], summary="我能查看的群")
    def list_groups(request: Request, principal: Principal = Depends(api_principal)) -> list[GroupOut]:
        with transaction(request) as session:
            groups = session.scalars(select(Group).order_by(Group.id)).all()
            return [group_out(g) for g in groups if principal.can(Permission.VIEW_GROUP, g.id)]

    @api.get("/groups/{group_id}", response_model=GroupSummary, summary="一个群的概况")
    def get_group(
        group_id: int, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> GroupSummary:
        with transaction(request) as session:
            group = load_group(session, group_id)
            counts = dict(
                session.execute(
                    select(Member.status, func.count()).where(Member.group_id == group.id).group_by(Member.status)
                ).all()
            )
            queued = session.scalar(
                select(func.count())
                .select_from(Case)
                .where(Case.group_id == group.id, Case.status == CaseStatus.QUEUED)
            )
            governed = any(
                ref.platform == group.platform and ref.id == group.external_id
                for ref in request.app.state.runtime.groups
            )
            return GroupSummary(
                **group_out(group).model_dump(),
                members_active=counts.get("active", 0),
                members_pending=counts.get("pending", 0),
                cases_queued=queued or 0,
                governed=governed,
                my_roles=sorted(r.value for r in principal.roles_in(group.id)),
            )

    return api
