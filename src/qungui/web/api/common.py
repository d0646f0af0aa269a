"""What every API router shares: the database session, the group of the path, paging, CSV/Excel export.

Routes stay thin: parse, call a service inside one transaction, shape the answer. A list route returns
`{"items": [...], "total": N, "limit": L, "offset": O}`; its `/export?format=csv|xlsx` twin (EXPORT
permission) writes every row of the same list with the same filters.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from fastapi import Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from qungui.core.events import GroupRef
from qungui.governance.accounts.roles import Principal
from qungui.governance.groups.models import Group
from qungui.rules.compiled import CompiledRulebook
from qungui.web.auth.deps import now_of, sessions_of
from qungui.web.errors import ApiError

T = TypeVar("T")
MAX_LIMIT = 500
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Paged(BaseModel, Generic[T]):
    """One page of a list."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class Paging:
    """`?limit=&offset=` (limit 1–500, default 50)."""

    def __init__(
        self,
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description="每页条数（1–500）"),
        offset: int = Query(0, ge=0, description="跳过的条数"),
    ) -> None:
        self.limit, self.offset = limit, offset

    def page(self, rows: Sequence[T]) -> dict[str, Any]:
        return {
            "items": list(rows[self.offset : self.offset + self.limit]),
            "total": len(rows),
            "limit": self.limit,
            "offset": self.offset,
        }


@contextmanager
def transaction(request: Request) -> Iterator[Session]:
    """One transaction for the request: committed when the block ends, rolled back on an error."""
    with sessions_of(request).begin() as session:
        yield session


def now(request: Request) -> datetime:
    return now_of(request)


def load_group(session: Session, group_id: int) -> Group:
    """The group with this number, or 404."""
    group = session.get(Group, group_id)
    if group is None:
        raise ApiError(404, f"没有编号为 {group_id} 的群。")
    return group


def group_ref(group: Group) -> GroupRef:
    return GroupRef(platform=group.platform, id=group.external_id)


def book_of(request: Request, group: Group) -> CompiledRulebook:
    """The rulebook the running service applies to `group` (409 when the service does not govern it)."""
    runtime = request.app.state.runtime
    try:
        return runtime.book(group_ref(group))
    except Exception as exc:  # UnknownGroup
        raise ApiError(409, f"群 {group.name or group.external_id} 当前未由运行中的服务管理。") from exc


def not_found(what: str, ident: object) -> ApiError:
    return ApiError(404, f"没有编号为 {ident} 的{what}。")


def cell(value: Any) -> Any:
    """A value as a spreadsheet cell: text for times, lists and dicts; numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        return "、".join(str(cell(v)) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={cell(v)}" for k, v in value.items())
    if isinstance(value, StrEnum):
        return value.value
    return value


def _safe_text(value: Any) -> Any:
    """Defuse spreadsheet formulas in text cells (CSV injection): a leading = + - @ gets a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_response(
    rows: Sequence[BaseModel | dict[str, Any]],
    *,
    columns: Sequence[tuple[str, str]],
    fmt: ExportFormat,
    filename: str,
) -> Response:
    """`rows` as a CSV (UTF-8 with BOM, so Excel reads the Chinese) or an Excel workbook download."""
    header = [label for _, label in columns]
    data = []
    for row in rows:
        values = row.model_dump() if isinstance(row, BaseModel) else row
        data.append([_safe_text(cell(values.get(key))) for key, _ in columns])
    disposition = f"attachment; filename=\"{filename}.{fmt.value}\"; filename*=UTF-8''{quote(filename)}.{fmt.value}"
    if fmt is ExportFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(data)
        body = ("\ufeff" + buffer.getvalue()).encode("utf-8")
        return Response(body, media_type="text/csv; charset=utf-8", headers={"Content-Disposition": disposition})
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = filename[:31]
    sheet.append(header)
    for values in data:
        sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return Response(out.getvalue(), media_type=XLSX_TYPE, headers={"Content-Disposition": disposition})


class DecisionIn(BaseModel):
    """A decision's reason (shown in the audit log and, where the service says so, to the member)."""

    reason: str = Field("", max_length=500, description="理由")


class DecideIn(DecisionIn):
    approve: bool = Field(description="true 通过 / false 拒绝")


def acting_member(principal: Principal, group_id: int) -> str:
    """The platform member id the principal decides as in this group (409 when the account has none)."""
    member_id = principal.member_in(group_id)
    if member_id is None:
        raise ApiError(
            409,
            "您的账号尚未关联本群的管理员身份，无法以管理员名义处理："
            "请群主运行 qungui user grant … --member <您的群成员ID> 关联后再试。",
        )
    return member_id


async def carry_out(request: Request) -> None:
    """After a decision committed: the runtime's executor makes the platform calls it recorded (and retries)."""
    await request.app.state.runtime.tick()


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    return await run_in_threadpool(fn, *args)


def department_scope(request: Request, session: Session, group: Group, principal: Principal) -> Callable[[str], bool]:
    """Whether the principal may see a row about this member: a department head only their departments' members."""
    allowed = principal.departments_in(group.id)
    if allowed is None:
        return lambda member_id: True
    from qungui.governance.departments.service import member_departments

    departments = member_departments(session, group=group, book=book_of(request, group))
    return lambda member_id: departments.get(member_id) in allowed
