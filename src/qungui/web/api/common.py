"""What every API router shares: the database session, the group of the path, paging, CSV/Excel export.

Routes stay thin: parse, call a service inside one transaction, shape the answer. A list route returns
`{"items": [...], "total": N, "limit": L, "offset": O}`; its `/export?format=csv|xlsx` twin (EXPORT
permission) writes every row of the same list with the same filters.
"""

from __future__ import annotations

import csv
import inspect
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from qungui.core.events import GroupRef
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.groups.models import Group
from qungui.rules.compiled import CompiledRulebook
from qungui.web.auth.deps import now_of, require, sessions_of
from qungui.web.errors import ApiError

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
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


def one_of_group(session: Session, model: type[T], group: Group, row_id: int, label: str, prefix: str) -> T:
    """The `model` row with this number in `group`, or 404 naming it as `label` `prefix<n>` (S3, Q5 …)."""
    row = session.get(model, row_id)
    if row is None or row.group_id != group.id:  # type: ignore[attr-defined]
        raise not_found(label, f"{prefix}{row_id}")
    return row


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


def row_out(request: Request, group_id: int, model: type, row_id: int, label: str, prefix: str, out: type[M]) -> M:
    """The group's `model` row with this number as `out` (404 naming it `label` `prefix<n>` otherwise)."""
    with transaction(request) as session:
        row = one_of_group(session, model, load_group(session, group_id), row_id, label, prefix)
        return out.model_validate(row, from_attributes=True)


@contextmanager
def as_admin(request: Request, principal: Principal, group_id: int) -> Iterator[tuple[Session, str, datetime]]:
    """One transaction deciding as the principal's admin identity in the group: (session, admin, now)."""
    with transaction(request) as session:
        yield session, acting_member(principal, group_id), now(request)


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


@dataclass(frozen=True)
class Filter:
    """A query parameter of a list route; `export=False` leaves it off the export twin (the rows get None)."""

    name: str
    default: Any = None
    annotation: Any = str | None
    export: bool = True


def _endpoint(params: list[inspect.Parameter], returns: Any, body: Callable[[dict[str, Any]], Any]) -> Callable:
    """A route function with this signature (what FastAPI reads) calling `body` with the named arguments."""

    if inspect.iscoroutinefunction(body):

        async def endpoint(**values: Any) -> Any:
            return await body(values)
    else:

        def endpoint(**values: Any) -> Any:
            return body(values)

    endpoint.__signature__ = inspect.Signature(params, return_annotation=returns)  # type: ignore[attr-defined]
    return endpoint


def _param(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default, annotation=annotation)


def list_routes(
    api: APIRouter,
    name: str,
    rows: Callable[..., Any],
    *,
    model: Any,
    columns: Sequence[tuple[str, str]] | Callable[[Principal, int], Sequence[tuple[str, str]]],
    summary: str,
    export_summary: str,
    filters: Sequence[Filter] = (),
    page: Callable[[Paging, Any], Any] = Paging.page,
    items: Callable[[Any], Sequence[Any]] = lambda result: result,
) -> None:
    """`GET /{name}`: one page of the rows (VIEW_GROUP); `GET /{name}/export`: all of them as CSV / Excel (EXPORT).

    `rows(request, principal, group_id, **filters)` lists them; `page(paging, rows)` shapes the list answer
    (`paging.page` by default) and `items(rows)` gives what the export writes, to `{name}-{group_id}`.
    """

    def params(*middle: inspect.Parameter, permission: Permission, export: bool) -> list[inspect.Parameter]:
        chosen = [f for f in filters if f.export or not export]
        return [
            _param("group_id", int),
            _param("request", Request),
            *middle,
            *(_param(f.name, f.annotation, f.default) for f in chosen),
            _param("principal", Principal, Depends(require(permission))),
        ]

    def fetch(values: dict[str, Any]) -> Any:
        found = {f.name: values.get(f.name) for f in filters}
        return rows(values["request"], values["principal"], values["group_id"], **found)

    def list_page(values: dict[str, Any]) -> Any:
        return page(values["paging"], fetch(values))

    def export(values: dict[str, Any]) -> Response:
        principal, group_id = values["principal"], values["group_id"]
        chosen = columns(principal, group_id) if callable(columns) else columns
        fmt, filename = values["format"], f"{name}-{group_id}"
        return export_response(items(fetch(values)), columns=chosen, fmt=fmt, filename=filename)

    paging = _param("paging", Paging, Depends())
    listed = _endpoint(params(paging, permission=Permission.VIEW_GROUP, export=False), dict, list_page)
    api.get(f"/{name}", response_model=model, summary=summary, name=f"list_{name}")(listed)
    fmt = _param("format", ExportFormat, ExportFormat.CSV)
    exported = _endpoint(params(fmt, permission=Permission.EXPORT, export=True), Response, export)
    api.get(f"/{name}/export", summary=export_summary, name=f"export_{name}")(exported)


def decision_route(
    api: APIRouter,
    path: str,
    id_name: str,
    *,
    model: Any,
    summary: str,
    decide: Callable[..., Any],
    show: Callable[..., Any],
    body: type[BaseModel] = DecideIn,
    name: str = "decide",
) -> None:
    """`POST path` (DECIDE): `decide(request, principal, group_id, row_id, body)` as the acting admin, then the
    executor carries out what it recorded, and `show(request, principal, group_id, row_id, decided)` answers."""

    async def run(values: dict[str, Any]) -> Any:
        request, principal, group_id = values["request"], values["principal"], values["group_id"]
        decided = await in_thread(decide, request, principal, group_id, values[id_name], values["body"])
        await carry_out(request)
        return await in_thread(show, request, principal, group_id, values[id_name], decided)

    params = [
        _param("group_id", int),
        _param(id_name, int),
        _param("body", body),
        _param("request", Request),
        _param("principal", Principal, Depends(require(Permission.DECIDE))),
    ]
    api.post(path, response_model=model, summary=summary, name=name)(_endpoint(params, model, run))
