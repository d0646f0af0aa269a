"""The VIP customer API under `/api/v1/crm`: stores, customers, profiles (audited), imports, tiers, metrics,
at-risk follow-ups, suggestions, contacts, events and hand-over.

Mount with `app.include_router(crm_api_router())` (the router carries its own /api/v1 prefix and the API's
CSRF check). A store is visible to grants for all groups and to grants in the store's VIP group.
Permissions: VIEW_CRM to read, EDIT_CRM to change, VIEW_PROFILE for a Mackay 66 profile (each read audited).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qungui.core.clock import ensure_aware
from qungui.crm.customers.models import Customer, Store
from qungui.crm.errors import CrmRejected
from qungui.crm.tiers.rules import TierRules
from qungui.governance.accounts.roles import Permission, Principal
from qungui.web.api.common import Paging, now, transaction
from qungui.web.auth.csrf import verify_api_csrf
from qungui.web.auth.deps import PERMISSION_LABELS, Forbidden, api_principal
from qungui.web.errors import ApiError, PayloadTooLarge

PREFIX = "/api/v1/crm"
Who = Annotated[Principal, Depends(api_principal)]
MAX_IMPORT_BYTES = 20 * 1024 * 1024
RACED = "另一次导入同时写入了相同的订单或会员，本次没有导入任何内容：请重新导入这个文件。"


def may(principal: Principal, store: Store, permission: Permission) -> bool:
    """A grant for all groups, or a grant in the store's VIP group."""
    return principal.can(permission) or (store.group_id is not None and principal.can(permission, store.group_id))


def load_store(session: Session, principal: Principal, store_id: int, *permissions: Permission) -> Store:
    """The store, when the principal holds every permission for it (404 when missing, 403 when not allowed)."""
    store = session.get(Store, store_id)
    if store is None:
        raise ApiError(404, f"没有编号为 {store_id} 的门店。")
    for permission in permissions:
        if not may(principal, store, permission):
            raise Forbidden(f"没有权限：此操作需要“{PERMISSION_LABELS[permission]}”权限。")
    return store


def load_customer(session: Session, store: Store, code: str) -> Customer:
    customer = session.scalars(
        select(Customer).where(Customer.store_id == store.id, Customer.code == code)
    ).one_or_none()
    if customer is None:
        raise ApiError(404, f"没有会员编号为 {code} 的顾客。")
    return customer


def actor(principal: Principal) -> str:
    return f"console:{principal.username}"


def rejected(exc: CrmRejected) -> ApiError:
    return ApiError(422, exc.reason_zh)


class StoreOut(BaseModel):
    id: int
    name: str
    group_id: int | None
    tiers: dict[str, int]


class ProfileIn(BaseModel):
    answers: dict[str, str | None] = Field(default_factory=dict, description="q1…q66 → 回答（空字符串清除）")
    custom: dict[str, str | None] = Field(default_factory=dict, description="门店自定义字段")


class ContactIn(BaseModel):
    channel: Literal["group", "private", "phone", "visit", "sms"]
    note: str = Field("", max_length=2000)
    follow_up_at: datetime | None = Field(None, description="约定的跟进时间（可选）")
    follow_up: str | None = Field(None, max_length=255)


class SurveyIn(BaseModel):
    score: int = Field(ge=1, le=5, description="满意度 1（很不满意）到 5（很满意）")
    comment: str | None = Field(None, max_length=2000)


class HandoverIn(BaseModel):
    leaving: str = Field(min_length=1, max_length=64, description="离职或调岗的导购")
    successors: list[str] = Field(min_length=1, max_length=20, description="接手的导购，轮流分配")
    reason: str = Field("导购离职", max_length=255)
    leaves: bool = True


class EventIn(BaseModel):
    title: str = Field(min_length=1, max_length=128)
    starts_at: datetime
    place: str | None = Field(None, max_length=128)


class AttendanceIn(BaseModel):
    customer: str = Field(min_length=1, max_length=64)
    status: Literal["invited", "registered", "attended", "absent"]


def crm_api_router() -> APIRouter:
    """Every CRM route, under /api/v1/crm."""
    from qungui.crm.customers.service import require_associate
    from qungui.crm.engage.models import FollowUp, FollowUpKind
    from qungui.crm.engage.service import complete_followup, create_event, log_contact, record_survey, set_attendance
    from qungui.crm.handover.service import hand_over
    from qungui.crm.metrics.service import scan_at_risk, store_metrics
    from qungui.crm.profiles.schema import SECTIONS
    from qungui.crm.profiles.service import read_profile, update_profile
    from qungui.crm.purchases.service import import_purchases
    from qungui.crm.queries import (
        customer_page,
        import_payload,
        list_customers,
        metrics_payload,
        open_followups_of_store,
        suggestion_payload,
        tier_counts,
    )
    from qungui.crm.suggest.service import suggest_for
    from qungui.crm.tiers.service import recompute_tiers, save_rules, store_rules

    api = APIRouter(prefix=PREFIX, tags=["VIP客户 crm"], dependencies=[Depends(verify_api_csrf)])

    @api.get("/stores", response_model=list[StoreOut], summary="我能查看的门店")
    def stores(request: Request, principal: Who) -> list[StoreOut]:
        with transaction(request) as session:
            found = session.scalars(select(Store).order_by(Store.id)).all()
            return [
                StoreOut(id=s.id, name=s.name, group_id=s.group_id, tiers=tier_counts(session, store=s))
                for s in found
                if may(principal, s, Permission.VIEW_CRM)
            ]

    @api.get("/profile-schema", summary="麦凯66顾客档案的栏目和问题")
    def profile_schema(principal: Who) -> list[dict[str, Any]]:
        return [
            {"key": s.key, "title": s.title, "questions": [{"id": q.id, "text": q.text} for q in s.questions]}
            for s in SECTIONS
        ]

    @api.get("/stores/{store_id}/customers", summary="顾客列表（可按类别、导购、关键字筛选）")
    def customers(
        store_id: int,
        request: Request,
        principal: Who,
        paging: Annotated[Paging, Depends()],
        tier: Annotated[Literal["A", "B", "C", "D"] | None, Query(description="类别")] = None,
        associate: Annotated[str | None, Query(max_length=64, description="导购")] = None,
        q: Annotated[str | None, Query(max_length=64, description="会员编号、姓名或手机")] = None,
    ) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.VIEW_CRM)
            rows = list_customers(session, store=store, tier=tier, associate=associate, search=q)
        return paging.page(rows)

    @api.get("/stores/{store_id}/customers/{code}", summary="一位顾客：购买、分级和导购历史、联系记录、跟进")
    def customer(store_id: int, code: str, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.VIEW_CRM)
            return customer_page(session, customer=load_customer(session, store, code))

    @api.get("/stores/{store_id}/customers/{code}/profile", summary="麦凯66档案（每次查看都记入审计日志）")
    def get_profile(store_id: int, code: str, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.VIEW_CRM, Permission.VIEW_PROFILE)
            view = read_profile(
                session, customer=load_customer(session, store, code), actor=actor(principal), now=now(request)
            )
        return {
            "customer": view.customer_code,
            "answers": view.answers,
            "custom": view.custom,
            "answered": view.answered,
            "total": view.total,
            "updated_by": view.updated_by,
            "updated_at": view.updated_at,
        }

    @api.put("/stores/{store_id}/customers/{code}/profile", summary="修改麦凯66档案（记入审计日志）")
    def put_profile(store_id: int, code: str, body: ProfileIn, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM, Permission.VIEW_PROFILE)
            try:
                changed = update_profile(
                    session,
                    customer=load_customer(session, store, code),
                    actor=actor(principal),
                    now=now(request),
                    answers=body.answers,
                    custom=body.custom,
                )
            except CrmRejected as exc:
                raise rejected(exc) from None
        return {"changed": changed}

    @api.get("/stores/{store_id}/customers/{code}/suggestions", summary="交叉销售和追加销售建议（附理由）")
    def suggestions(store_id: int, code: str, request: Request, principal: Who) -> list[dict[str, Any]]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.VIEW_CRM)
            found = suggest_for(session, store=store, customer=load_customer(session, store, code))
        return [suggestion_payload(s) for s in found]

    @api.post("/stores/{store_id}/customers/{code}/contacts", status_code=201, summary="记录一次联系（可约定跟进）")
    def contact(store_id: int, code: str, body: ContactIn, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            try:
                row = log_contact(
                    session,
                    customer=load_customer(session, store, code),
                    channel=body.channel,
                    note=body.note,
                    actor=actor(principal),
                    now=now(request),
                    follow_up_at=ensure_aware(body.follow_up_at) if body.follow_up_at else None,
                    follow_up=body.follow_up,
                )
            except CrmRejected as exc:
                raise rejected(exc) from None
            return {"id": row.id, "channel": row.channel, "at": row.at}

    @api.post("/stores/{store_id}/customers/{code}/surveys", status_code=201, summary="记录一份满意度调查")
    def survey(store_id: int, code: str, body: SurveyIn, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            row = record_survey(
                session,
                customer=load_customer(session, store, code),
                score=body.score,
                comment=body.comment,
                now=now(request),
            )
            return {"id": row.id, "score": row.score, "at": row.at}

    @api.post("/stores/{store_id}/imports", summary="导入购买记录（CSV 或 Excel），返回校验报告")
    async def import_file(
        store_id: int, request: Request, principal: Who, file: Annotated[UploadFile, File()]
    ) -> dict[str, Any]:
        data = await file.read(MAX_IMPORT_BYTES + 1)
        if len(data) > MAX_IMPORT_BYTES:
            raise PayloadTooLarge(f"文件太大：最大 {MAX_IMPORT_BYTES // (1024 * 1024)} MB，请分成几个文件导入。")
        try:
            with transaction(request) as session:
                store = load_store(session, principal, store_id, Permission.EDIT_CRM)
                report = import_purchases(
                    session,
                    store=store,
                    data=data,
                    file_name=file.filename or "upload",
                    actor=actor(principal),
                    now=now(request),
                )
        except IntegrityError:  # another import wrote the same orders at the same moment: nothing was stored
            raise ApiError(409, RACED) from None
        return import_payload(report)

    @api.post(
        "/stores/{store_id}/tiers/recompute",
        summary="按规则重新分级（不给规则时用本店保存的规则；返回各类人数和每个变动的原因）",
    )
    def tiers(
        store_id: int,
        request: Request,
        principal: Who,
        rules: TierRules | None = None,
        save: Annotated[bool, Query(description="把这些规则保存为本店的规则（每日自动分级也用它）")] = False,
    ) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            used = rules or store_rules(store)
            if save:
                save_rules(session, store=store, rules=used, actor=actor(principal), now=now(request))
            run = recompute_tiers(session, store=store, rules=used, actor=actor(principal), now=now(request))
        return {
            "rules": used.model_dump(),
            "counts": run.counts,
            "changes": [{"customer": c, "old": o, "new": n, "reason": r} for c, o, n, r in run.changes],
        }

    @api.get("/stores/{store_id}/metrics", summary="忠诚度指标：保持率、流失率、复购率、频次、客单价、CLV、留存矩阵")
    def metrics(
        store_id: int,
        request: Request,
        principal: Who,
        start: Annotated[datetime | None, Query(description="起始时间（默认：一年前）")] = None,
        end: Annotated[datetime | None, Query(description="结束时间（默认：现在）")] = None,
        active_days: Annotated[int, Query(ge=1, le=3650)] = 365,
    ) -> dict[str, Any]:
        until = ensure_aware(end) if end else now(request)
        since = ensure_aware(start) if start else until - timedelta(days=365)
        if since >= until:
            raise ApiError(422, "起始时间应早于结束时间。")
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.VIEW_CRM)
            result = store_metrics(session, store=store, start=since, end=until, active_days=active_days)
        return {"start": since, "end": until, **metrics_payload(result)}

    @api.get("/stores/{store_id}/followups", summary="未完成的跟进（可只看流失预警或到期的）")
    def followups(
        store_id: int,
        request: Request,
        principal: Who,
        paging: Annotated[Paging, Depends()],
        kind: Annotated[Literal["at_risk", "contact", "manual"] | None, Query()] = None,
        due_within_days: Annotated[int | None, Query(ge=0, le=365)] = None,
    ) -> dict[str, Any]:
        due_by = now(request) + timedelta(days=due_within_days) if due_within_days is not None else None
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.VIEW_CRM)
            rows = open_followups_of_store(session, store=store, kind=kind, due_by=due_by)
        return paging.page(rows)

    @api.post("/stores/{store_id}/at-risk/scan", summary="找出超过平时购买间隔的顾客，交负责导购跟进")
    def at_risk(store_id: int, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            found = scan_at_risk(session, store=store, actor=actor(principal), now=now(request))
            return {
                "flagged": len(found),
                "created": sum(1 for f in found if f.created),
                "customers": [
                    {"customer": f.customer.code, "median_days": f.median_days, "days_since": f.days_since}
                    for f in found
                ],
            }

    @api.post("/stores/{store_id}/followups/{followup_id}/done", summary="标记跟进已完成")
    def followup_done(store_id: int, followup_id: int, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            row = session.get(FollowUp, followup_id)
            owner = session.get(Customer, row.customer_id) if row is not None else None
            if row is None or owner is None or owner.store_id != store.id:
                raise ApiError(404, f"没有编号为 {followup_id} 的跟进。")
            try:
                complete_followup(session, followup=row, actor=actor(principal), now=now(request))
            except CrmRejected as exc:
                raise ApiError(409, exc.reason_zh) from None
            return {"id": row.id, "status": row.status, "kind": FollowUpKind(row.kind).value}

    @api.post("/stores/{store_id}/handover", summary="导购交接：顾客、档案和未完成的跟进一步交给接手的导购")
    def handover(store_id: int, body: HandoverIn, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            try:
                record = hand_over(
                    session,
                    store=store,
                    leaving=require_associate(session, store=store, name=body.leaving),
                    successors=[require_associate(session, store=store, name=n) for n in body.successors],
                    actor=actor(principal),
                    now=now(request),
                    reason=body.reason,
                    leaves=body.leaves,
                )
            except CrmRejected as exc:
                raise rejected(exc) from None
            return {"id": record.id, "customers": record.customers, "followups": record.followups}

    @api.post("/stores/{store_id}/events", status_code=201, summary="新建门店活动")
    def event(store_id: int, body: EventIn, request: Request, principal: Who) -> dict[str, Any]:
        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            try:
                row = create_event(
                    session,
                    store=store,
                    title=body.title,
                    starts_at=ensure_aware(body.starts_at),
                    place=body.place,
                    now=now(request),
                )
            except CrmRejected as exc:
                raise rejected(exc) from None
            return {"id": row.id, "title": row.title, "starts_at": row.starts_at}

    @api.post("/stores/{store_id}/events/{event_id}/attendance", summary="活动报名与到场")
    def attendance(
        store_id: int, event_id: int, body: AttendanceIn, request: Request, principal: Who
    ) -> dict[str, Any]:
        from qungui.crm.engage.models import StoreEvent

        with transaction(request) as session:
            store = load_store(session, principal, store_id, Permission.EDIT_CRM)
            row = session.get(StoreEvent, event_id)
            if row is None or row.store_id != store.id:
                raise ApiError(404, f"没有编号为 {event_id} 的活动。")
            try:
                done = set_attendance(
                    session,
                    event=row,
                    customer=load_customer(session, store, body.customer),
                    status=body.status,
                    now=now(request),
                )
            except CrmRejected as exc:
                raise rejected(exc) from None
            return {"event": row.id, "customer": body.customer, "status": done.status}

    return api
