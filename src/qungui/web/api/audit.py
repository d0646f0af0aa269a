"""The audit log (VIEW_AUDIT in every group: it spans all groups) and its hash-chain verification."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import func, select

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain
from qungui.web.api.common import ExportFormat, Paged, Paging, export_response, transaction
from qungui.web.auth.deps import require

EXPORT_MAX = 100_000
COLUMNS = (
    ("seq", "序号"),
    ("at", "时间"),
    ("actor", "操作人"),
    ("action", "操作"),
    ("subject", "对象"),
    ("data", "内容"),
    ("hash", "哈希"),
)


class AuditOut(BaseModel):
    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


class ChainOut(BaseModel):
    ok: bool
    checked: int
    first_bad_seq: int | None
    reason: str
    message: str


def _query(action: str | None, actor: str | None, subject: str | None):
    query = select(AuditEntry)
    if action:
        query = query.where(AuditEntry.action.startswith(action))
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if subject:
        query = query.where(AuditEntry.subject.startswith(subject))
    return query


def router() -> APIRouter:
    api = APIRouter(tags=["审计 audit"])
    action_q = Query(None, max_length=64, description="操作（前缀，如 case. 或 account.）")
    subject_q = Query(None, max_length=255, description="对象（前缀，如 group:1 或 console_user:）")

    @api.get("/audit", response_model=Paged[AuditOut], summary="审计日志（最新在前）")
    def list_audit(
        request: Request,
        paging: Paging = Depends(),
        action: str | None = action_q,
        actor: str | None = Query(None, max_length=255),
        subject: str | None = subject_q,
        principal: Principal = Depends(require(Permission.VIEW_AUDIT)),
    ) -> dict:
        query = _query(action, actor, subject)
        with transaction(request) as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.scalars(query.order_by(AuditEntry.seq.desc()).limit(paging.limit).offset(paging.offset))
            items = [AuditOut.model_validate(r, from_attributes=True) for r in rows]
        return {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset}

    @api.get("/audit/export", summary="导出审计日志（CSV / Excel，最多 10 万条）")
    def export_audit(
        request: Request,
        format: ExportFormat = ExportFormat.CSV,
        action: str | None = action_q,
        subject: str | None = subject_q,
        principal: Principal = Depends(require(Permission.VIEW_AUDIT)),
    ) -> Response:
        with transaction(request) as session:
            query = _query(action, None, subject).order_by(AuditEntry.seq).limit(EXPORT_MAX)
            rows = [AuditOut.model_validate(r, from_attributes=True) for r in session.scalars(query)]
        return export_response(rows, columns=COLUMNS, fmt=format, filename="audit")

    @api.get("/audit/verify", response_model=ChainOut, summary="校验审计日志的哈希链")
    def verify(request: Request, principal: Principal = Depends(require(Permission.VIEW_AUDIT))) -> ChainOut:
        with transaction(request) as session:
            report = verify_chain(session)
        message = (
            f"审计链完整：共 {report.checked} 条，均未被改动。"
            if report.ok
            else f"审计链在第 {report.first_bad_seq} 条处断开：{report.reason}"
        )
        return ChainOut(
            ok=report.ok,
            checked=report.checked,
            first_bad_seq=report.first_bad_seq,
            reason=report.reason,
            message=message,
        )

    return api
