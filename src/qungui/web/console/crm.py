"""Console pages for VIP customer management under `/console/crm`: a store's overview (tiers, metrics, cohort
retention, at-risk follow-ups), the customer list, one customer (history, suggestions, contact log and, for
roles allowed, the Mackay 66 profile, every read audited), imports with their validation report.

Mount with `app.include_router(crm_console_router())`. Views are thin: check the permission, call one
service inside one transaction, render.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qungui.crm.customers.models import TIERS, Customer, Store
from qungui.crm.errors import CrmRejected
from qungui.crm.labels import WORDS
from qungui.governance.accounts.roles import Permission, Principal
from qungui.web.console.access import language, principal_dependency, refused, render
from qungui.web.console.tables import Column, Row, Table

MAX_UPLOAD = 20 * 1024 * 1024


def may(principal: Principal, store: Store, permission: Permission) -> bool:
    """A grant for all groups, or a grant in the store's VIP group."""
    return principal.can(permission) or (store.group_id is not None and principal.can(permission, store.group_id))


def _words(request: Request) -> dict[str, str]:
    index = 1 if language(request) == "en" else 0
    return {key: pair[index] for key, pair in WORDS.items()}


def _nav(store: Store, w: dict[str, str]) -> list[dict[str, str]]:
    base = f"/console/crm/{store.id}"
    return [
        {"id": "overview", "href": base, "label": w["overview"]},
        {"id": "customers", "href": f"{base}/customers", "label": w["customers"]},
        {"id": "import", "href": f"{base}/import", "label": w["import"]},
    ]


def _page(
    request: Request,
    principal: Principal,
    store: Store,
    template: str,
    active: str,
    context: dict[str, Any],
    status_code: int = 200,
) -> Response:
    w = _words(request)
    return render(
        request,
        f"crm/{template}",
        {
            "w": w,
            "store": store,
            "nav": _nav(store, w),
            "active": active,
            "title": f"{w['crm']} · {store.name}",
            **context,
        },
        principal=principal,
        status_code=status_code,
    )


def _store(session: Session, request: Request, principal: Principal, raw: str, permission: Permission):
    """(store, None) or (None, refusal page)."""
    store = session.get(Store, int(raw)) if raw.isdigit() and len(raw) <= 12 else None
    if store is None:
        return None, refused(request, principal, "not_found", 404)
    if not may(principal, store, permission):
        return None, refused(request, principal, "forbidden", 403)
    session.expunge(store)
    return store, None


def _customer(session: Session, store: Store, code: str) -> Customer | None:
    return session.scalars(select(Customer).where(Customer.store_id == store.id, Customer.code == code)).one_or_none()


def _actor(principal: Principal) -> str:
    return f"console:{principal.username}"


def customer_table(rows: list[dict[str, Any]], store: Store, w: dict[str, str]) -> Table:
    columns = [
        Column("code", w["code"]),
        Column("name", w["name"]),
        Column("tier", w["tier"]),
        Column("associate", w["associate"]),
        Column("orders", w["orders"], numeric=True),
        Column("spent_yuan", w["spent"], numeric=True),
        Column("last_purchase_at", w["last"]),
        Column("tier_reason", w["reason"]),
    ]
    table_rows = [Row(values=r, links={"code": f"/console/crm/{store.id}/customers/{r['code']}"}) for r in rows]
    return Table("customers", w["customers"], columns, table_rows)


def crm_console_router() -> APIRouter:
    """The CRM console pages, under /console/crm."""
    from qungui.crm.customers.service import require_associate
    from qungui.crm.engage.service import log_contact
    from qungui.crm.handover.service import hand_over
    from qungui.crm.metrics.service import store_metrics
    from qungui.crm.profiles.schema import SECTIONS
    from qungui.crm.profiles.service import read_profile, update_profile
    from qungui.crm.purchases.service import import_purchases
    from qungui.crm.queries import (
        associates_overview,
        customer_page,
        list_customers,
        open_followups_of_store,
        tier_counts,
    )
    from qungui.crm.suggest.service import suggest_for
    from qungui.crm.tiers.service import recompute_tiers, store_rules
    from qungui.web.console.access import csrf_parts

    router = APIRouter(prefix="/console/crm", include_in_schema=False)
    principal_dep = principal_dependency()
    _, verify_csrf = csrf_parts()

    def sessions(request: Request):
        return request.app.state.runtime.sessions

    @router.get("")
    async def stores(request: Request, principal: Principal = Depends(principal_dep)) -> Response:
        with sessions(request).begin() as session:
            found = [
                s for s in session.scalars(select(Store).order_by(Store.id)) if may(principal, s, Permission.VIEW_CRM)
            ]
            for store in found:
                session.expunge(store)
        if len(found) == 1:
            return RedirectResponse(f"/console/crm/{found[0].id}", status_code=303)
        w = _words(request)
        return render(request, "crm/stores.html", {"w": w, "stores": found, "title": w["crm"]}, principal=principal)

    @router.get("/{store_id}")
    async def overview(request: Request, store_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        now = request.app.state.clock.now()
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.VIEW_CRM)
            if store is None:
                return refusal
            result = store_metrics(session, store=store, start=now - timedelta(days=365), end=now)
            context = {
                "tiers": tier_counts(session, store=store),
                "m": result.metrics,
                "surveys": result.surveys,
                "cohorts": result.cohorts,
                "at_risk": open_followups_of_store(session, store=store, kind="at_risk")[:20],
                "due": open_followups_of_store(session, store=store, due_by=now + timedelta(days=3))[:20],
                "can_edit": may(principal, store, Permission.EDIT_CRM),
                "ok": request.query_params.get("ok", "")[:200],
                "error": request.query_params.get("error", "")[:300],
                "associates": associates_overview(session, store=store),
            }
        return _page(request, principal, store, "store.html", "overview", context)

    @router.post("/{store_id}/handover", dependencies=[Depends(verify_csrf)])
    async def handover(request: Request, store_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        from urllib.parse import quote

        form = await request.form()
        leaving = str(form.get("leaving") or "")
        successors = [str(v) for v in form.getlist("successors") if str(v).strip()]
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.EDIT_CRM)
            if store is None:
                return refusal
            try:
                with session.begin_nested():
                    record = hand_over(
                        session,
                        store=store,
                        leaving=require_associate(session, store=store, name=leaving),
                        successors=[require_associate(session, store=store, name=n) for n in successors],
                        actor=_actor(principal),
                        now=request.app.state.clock.now(),
                    )
            except CrmRejected as exc:
                return RedirectResponse(f"/console/crm/{store.id}?error={quote(exc.text(language(request)))}", 303)
            text = f"{leaving} → {'、'.join(successors)}：{record.customers} 位顾客，{record.followups} 条跟进"
        return RedirectResponse(f"/console/crm/{store.id}?ok={quote(text)}", 303)

    @router.post("/{store_id}/tiers", dependencies=[Depends(verify_csrf)])
    async def recompute(request: Request, store_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.EDIT_CRM)
            if store is None:
                return refusal
            run = recompute_tiers(
                session,
                store=store,
                rules=store_rules(store),
                actor=_actor(principal),
                now=request.app.state.clock.now(),
            )
        counts = "，".join(f"{k}类 {v}" for k, v in run.counts.items())
        from urllib.parse import quote

        return RedirectResponse(f"/console/crm/{store.id}?ok={quote(counts + f'；变动 {len(run.changes)} 位')}", 303)

    @router.get("/{store_id}/customers")
    async def customers(request: Request, store_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        tier = request.query_params.get("tier")
        search = request.query_params.get("q", "")[:64]
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.VIEW_CRM)
            if store is None:
                return refusal
            rows = list_customers(session, store=store, tier=tier if tier in TIERS else None, search=search or None)
        w = _words(request)
        context = {"table": customer_table(rows, store, w), "tier": tier, "q": search, "tiers": TIERS}
        return _page(request, principal, store, "customers.html", "customers", context)

    @router.get("/{store_id}/customers/{code}")
    async def customer(
        request: Request, store_id: str, code: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        now = request.app.state.clock.now()
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.VIEW_CRM)
            if store is None:
                return refusal
            found = _customer(session, store, code)
            if found is None:
                return refused(request, principal, "not_found", 404)
            page = customer_page(session, customer=found)
            profile = None
            if may(principal, store, Permission.VIEW_PROFILE):
                profile = read_profile(session, customer=found, actor=_actor(principal), now=now)
            suggestions = suggest_for(session, store=store, customer=found)
        context = {
            "c": page,
            "profile": profile,
            "sections": SECTIONS,
            "suggestions": suggestions,
            "can_edit": may(principal, store, Permission.EDIT_CRM),
            "ok": request.query_params.get("ok", "")[:200],
            "error": request.query_params.get("error", "")[:300],
        }
        return _page(request, principal, store, "customer.html", "customers", context)

    @router.post("/{store_id}/customers/{code}/contacts", dependencies=[Depends(verify_csrf)])
    async def contact(
        request: Request, store_id: str, code: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        from datetime import datetime
        from urllib.parse import quote

        from qungui.core.clock import DEFAULT_TZ

        form = await request.form()
        back = f"/console/crm/{store_id}/customers/{quote(code)}"
        follow = str(form.get("follow_up_at") or "").strip()
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.EDIT_CRM)
            if store is None:
                return refusal
            found = _customer(session, store, code)
            if found is None:
                return refused(request, principal, "not_found", 404)
            try:
                at = datetime.fromisoformat(follow).replace(tzinfo=DEFAULT_TZ) if follow else None
                log_contact(
                    session,
                    customer=found,
                    channel=str(form.get("channel") or ""),
                    note=str(form.get("note") or ""),
                    actor=_actor(principal),
                    now=request.app.state.clock.now(),
                    follow_up_at=at,
                )
            except CrmRejected as exc:
                return RedirectResponse(f"{back}?error={quote(exc.text(language(request)))}", 303)
            except ValueError:
                return RedirectResponse(f"{back}?error={quote('跟进时间格式不对')}", 303)
        return RedirectResponse(f"{back}?ok={quote(_words(request)['saved'])}", 303)

    @router.post("/{store_id}/customers/{code}/profile", dependencies=[Depends(verify_csrf)])
    async def profile(
        request: Request, store_id: str, code: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        from urllib.parse import quote

        form = await request.form()
        back = f"/console/crm/{store_id}/customers/{quote(code)}"
        answers = {k: str(v) for k, v in form.items() if k.startswith("q") and k[1:].isdigit()}
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.EDIT_CRM)
            if store is None:
                return refusal
            if not may(principal, store, Permission.VIEW_PROFILE):
                return refused(request, principal, "forbidden", 403)
            found = _customer(session, store, code)
            if found is None:
                return refused(request, principal, "not_found", 404)
            try:
                update_profile(
                    session, customer=found, actor=_actor(principal), now=request.app.state.clock.now(), answers=answers
                )
            except CrmRejected as exc:
                return RedirectResponse(f"{back}?error={quote(exc.text(language(request)))}", 303)
        return RedirectResponse(f"{back}?ok={quote(_words(request)['saved'])}", 303)

    @router.get("/{store_id}/import")
    async def import_form(request: Request, store_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.EDIT_CRM)
            if store is None:
                return refusal
        return _page(request, principal, store, "import.html", "import", {"report": None})

    @router.post("/{store_id}/import", dependencies=[Depends(verify_csrf)])
    async def import_upload(request: Request, store_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        form = await request.form()
        upload = form.get("file")
        data = await upload.read(MAX_UPLOAD + 1) if upload is not None and not isinstance(upload, str) else b""
        name = getattr(upload, "filename", None) or "upload.csv"
        with sessions(request).begin() as session:
            store, refusal = _store(session, request, principal, store_id, Permission.EDIT_CRM)
            if store is None:
                return refusal
            if not data:
                return _page(
                    request,
                    principal,
                    store,
                    "import.html",
                    "import",
                    {"report": None, "error": _words(request)["empty_file"]},
                    422,
                )
            if len(data) > MAX_UPLOAD:
                return _page(
                    request,
                    principal,
                    store,
                    "import.html",
                    "import",
                    {"report": None, "error": "文件太大（最大 20 MB）"},
                    413,
                )
            try:
                with session.begin_nested():
                    report = import_purchases(
                        session,
                        store=store,
                        data=data,
                        file_name=name,
                        actor=_actor(principal),
                        now=request.app.state.clock.now(),
                    )
            except IntegrityError:  # another import wrote the same orders at the same moment
                raced = {"report": None, "error": "另一次导入同时写入了相同的订单，本次没有导入：请重新导入这个文件。"}
                return _page(request, principal, store, "import.html", "import", raced, 409)
        return _page(
            request, principal, store, "import.html", "import", {"report": report}, 422 if report.fatal else 200
        )

    return router
