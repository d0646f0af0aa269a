"""Cases: list, detail with evidence and ladder state, and an admin's confirm / dismiss / undo with a reason."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
from sqlalchemy import select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.cases.decisions import confirm_case, dismiss_case, find_case, undo_case
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.events.service import get_event
from qungui.governance.members.service import get_member
from qungui.rules.state import MemberState
from qungui.web.api.common import (
    DecisionIn,
    Filter,
    Paged,
    acting_member,
    book_of,
    decision_route,
    department_scope,
    list_routes,
    load_group,
    not_found,
    now,
    transaction,
)
from qungui.web.auth.deps import require


class CaseOut(BaseModel):
    id: int
    key: str
    member_id: str
    clause: str
    title: str
    enforcement: str
    ladder: str | None
    step_index: int | None
    step: str | None
    status: str
    evidence: str
    created_at: datetime
    updated_at: datetime


class SanctionOut(BaseModel):
    id: int
    kind: str
    status: str
    reason: str
    amount: float | None
    deadline: datetime | None
    attempts: int
    last_error: str | None


class LadderOut(BaseModel):
    ladder: str | None
    active_strikes: int
    next_step: str | None
    steps: list[str]


class CaseDetail(CaseOut):
    clause_text: str
    findings: list[dict[str, Any]]
    also_cites: list[Any]
    message: dict[str, Any] | None
    sanctions: list[SanctionOut]
    ladder_state: LadderOut


COLUMNS = (
    ("id", "案件编号"),
    ("member_id", "成员ID"),
    ("clause", "条款"),
    ("title", "条款标题"),
    ("enforcement", "执行方式"),
    ("step", "处理步骤"),
    ("status", "状态"),
    ("evidence", "证据"),
    ("created_at", "时间"),
)


def case_out(case: Case) -> CaseOut:
    return CaseOut.model_validate(case, from_attributes=True)


def _rows(
    request: Request, principal: Principal, group_id: int, status: str | None, member: str | None, clause: str | None
) -> list[CaseOut]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        visible = department_scope(request, session, group, principal)
        query = select(Case).where(Case.group_id == group.id)
        if status:
            query = query.where(Case.status == status)
        if member:
            query = query.where(Case.member_id == member)
        if clause:
            query = query.where(Case.clause == clause)
        return [case_out(c) for c in session.scalars(query.order_by(Case.id.desc())) if visible(c.member_id)]


def _detail(request: Request, principal: Principal, group_id: int, case_id: int) -> CaseDetail:
    with transaction(request) as session:
        group = load_group(session, group_id)
        case = find_case(session, group=group, case_id=case_id)
        if case is None or not department_scope(request, session, group, principal)(case.member_id):
            raise not_found("案件", f"A{case_id}")
        book = book_of(request, group)
        record = get_event(session, key=case.event_key)
        message = None
        if record is not None:
            payload = record.payload
            message = {k: payload.get(k) for k in ("id", "kind", "text", "ts") if k in payload}
            message["sender"] = record.actor_id
        sanctions = session.scalars(select(Sanction).where(Sanction.case_id == case.id).order_by(Sanction.id)).all()
        row = get_member(session, group=group, member_id=case.member_id)
        state = MemberState.from_dict(row.state) if row is not None else MemberState(case.member_id)
        ladder = book.rulebook.ladders.get(case.ladder) if case.ladder else None
        at = now(request)
        active = state.active_strikes(case.ladder, at, ladder.strikes_expire_after) if ladder else []
        steps = [step.action.value for step in ladder.steps] if ladder else []
        next_step = steps[min(len(active), len(steps) - 1)] if steps else None
        return CaseDetail(
            **case_out(case).model_dump(),
            clause_text=case.clause_text,
            findings=list(case.findings),
            also_cites=list(case.also_cites),
            message=message,
            sanctions=[
                SanctionOut(
                    id=s.id,
                    kind=s.kind,
                    status=s.status,
                    reason=s.reason,
                    amount=float(s.amount) if s.amount is not None else None,
                    deadline=s.deadline,
                    attempts=s.attempts,
                    last_error=s.last_error,
                )
                for s in sanctions
            ],
            ladder_state=LadderOut(ladder=case.ladder, active_strikes=len(active), next_step=next_step, steps=steps),
        )


def _decide(verb: str, request: Request, principal: Principal, group_id: int, case_id: int, body: DecisionIn) -> None:
    reason = body.reason
    with transaction(request) as session:
        group = load_group(session, group_id)
        admin = acting_member(principal, group_id)
        at = now(request)
        if verb == "confirm":
            confirm_case(session, group=group, book=book_of(request, group), case_id=case_id, admin=admin, now=at)
        elif verb == "dismiss":
            dismiss_case(session, group=group, case_id=case_id, admin=admin, note=reason, now=at)
        else:
            undo_case(session, group=group, case_id=case_id, admin=admin, note=reason, now=at)


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["案件 cases"])
    status_q = Query(None, description="open / queued 待审核 / applied 已执行 / overridden 已撤销 / dismissed 已驳回")

    list_routes(
        api, "cases", _rows, model=Paged[CaseOut], columns=COLUMNS, summary="案件列表",
        export_summary="导出案件（CSV / Excel）",
        filters=[Filter("status", status_q), Filter("member"), Filter("clause")],
    )  # fmt: skip

    @api.get("/cases/{case_id}", response_model=CaseDetail, summary="案件详情：证据、处理记录、阶梯状态")
    def get_case(
        group_id: int, case_id: int, request: Request, principal: Principal = Depends(require(Permission.VIEW_GROUP))
    ) -> CaseDetail:
        return _detail(request, principal, group_id, case_id)

    for verb, summary in (
        ("confirm", "确认待审核案件：执行建议的处理步骤"),
        ("dismiss", "驳回待审核案件（无违规）"),
        ("undo", "撤销已执行的案件：撤回违规记录、道歉、罚款、移除"),
    ):
        decision_route(
            api, f"/cases/{{case_id}}/{verb}", "case_id", model=CaseDetail, summary=summary,
            decide=partial(_decide, verb), show=_shown, body=DecisionIn, name=f"case_{verb}",
        )  # fmt: skip
    return api


def _shown(request: Request, principal: Principal, group_id: int, case_id: int, _: None) -> CaseDetail:
    return _detail(request, principal, group_id, case_id)
