"""The penalty ledger (罚款台账): every fine with its amount, due time and payment, and the totals."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.members.ledger import fine_ledger, totals
from qungui.governance.members.service import load_group_state
from qungui.web.api.common import ExportFormat, Paging, book_of, export_response, load_group, now, transaction
from qungui.web.auth.deps import require

COLUMNS = (
    ("member_id", "成员ID"),
    ("name", "昵称"),
    ("clause", "条款"),
    ("amount", "金额（元）"),
    ("due", "应交时间"),
    ("paid_at", "交纳时间"),
    ("overdue", "逾期"),
    ("case", "案件"),
)


class FineOut(BaseModel):
    member_id: str
    name: str | None
    clause: str
    amount: Decimal
    due: datetime
    paid_at: datetime | None
    overdue: bool
    case: str


class LedgerOut(BaseModel):
    items: list[FineOut]
    total: int
    limit: int
    offset: int
    owed: Decimal
    paid: Decimal


def _rows(
    request: Request, principal: Principal, group_id: int, unpaid: bool
) -> tuple[list[FineOut], Decimal, Decimal]:
    with transaction(request) as session:
        group = load_group(session, group_id)
        book = book_of(request, group)
        ledger = fine_ledger(load_group_state(session, group=group, book=book), unpaid_only=unpaid)
        allowed = principal.departments_in(group_id)
        if allowed is not None:
            departments = member_departments(session, group=group, book=book)
            ledger = [row for row in ledger if departments.get(row.member_id) in allowed]
        at = now(request)
        owed, paid = totals(ledger)
        rows = [
            FineOut(
                member_id=r.member_id,
                name=r.name,
                clause=r.clause,
                amount=r.amount,
                due=r.due,
                paid_at=r.paid_at,
                overdue=r.overdue(at),
                case=r.case,
            )
            for r in ledger
        ]
        return rows, owed, paid


def router() -> APIRouter:
    api = APIRouter(prefix="/groups/{group_id}", tags=["罚款 penalties"])

    @api.get("/penalties", response_model=LedgerOut, summary="罚款台账（含未交、已交合计）")
    def list_penalties(
        group_id: int,
        request: Request,
        paging: Paging = Depends(),
        unpaid: bool = False,
        principal: Principal = Depends(require(Permission.VIEW_GROUP)),
    ) -> dict:
        rows, owed, paid = _rows(request, principal, group_id, unpaid)
        return {**paging.page(rows), "owed": owed, "paid": paid}

    @api.get("/penalties/export", summary="导出罚款台账（CSV / Excel）")
    def export_penalties(
        group_id: int,
        request: Request,
        format: ExportFormat = ExportFormat.CSV,
        unpaid: bool = False,
        principal: Principal = Depends(require(Permission.EXPORT)),
    ) -> Response:
        rows, _, _ = _rows(request, principal, group_id, unpaid)
        return export_response(rows, columns=COLUMNS, fmt=format, filename=f"penalties-{group_id}")

    return api
