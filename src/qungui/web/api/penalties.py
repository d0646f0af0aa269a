"""The penalty ledger (罚款台账): every fine with its amount, due time and payment, and the totals."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from fastapi import APIRouter, Request
from pydantic import BaseModel

from qungui.governance.accounts.roles import Principal
from qungui.governance.departments.service import member_departments
from qungui.governance.members.ledger import fine_ledger, totals
from qungui.governance.members.service import load_group_state
from qungui.web.api.common import Filter, book_of, list_routes, load_group, now, transaction

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

    list_routes(
        api, "penalties", _rows, model=LedgerOut, columns=COLUMNS, summary="罚款台账（含未交、已交合计）",
        export_summary="导出罚款台账（CSV / Excel）", filters=[Filter("unpaid", False, bool)],
        page=lambda paging, found: {**paging.page(found[0]), "owed": found[1], "paid": found[2]},
        items=lambda found: found[0],
    )  # fmt: skip

    return api
