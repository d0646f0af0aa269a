"""Read-only views of a store for the console and the API: customer lists, one customer's page, the overview.

Profiles are not read here (they go through `profiles.service.read_profile`, which audits the read).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from qungui.crm.customers.models import TIERS, Associate, Customer, Store
from qungui.crm.customers.service import assignment_history
from qungui.crm.engage.models import CHANNEL_NAMES, ContactLog, FollowUp, FollowUpStatus
from qungui.crm.metrics.service import StoreMetrics
from qungui.crm.purchases.models import Purchase
from qungui.crm.purchases.service import ImportReport
from qungui.crm.suggest.compute import Suggestion
from qungui.crm.tiers.service import tier_history

MAX_ROWS = 5000


def associate_names(session: Session, *, store: Store) -> dict[int, str]:
    return dict(session.execute(select(Associate.id, Associate.name).where(Associate.store_id == store.id)).all())


def list_customers(
    session: Session,
    *,
    store: Store,
    tier: str | None = None,
    associate: str | None = None,
    search: str | None = None,
    limit: int = MAX_ROWS,
) -> list[dict[str, Any]]:
    """Customers with their tier, associate, purchase count, spend and last purchase; best customers first."""
    totals = (
        select(
            Purchase.customer_id,
            func.count(Purchase.id).label("orders"),
            func.sum(Purchase.amount_fen).label("spent"),
            func.max(Purchase.at).label("last_at"),
        )
        .where(Purchase.store_id == store.id)
        .group_by(Purchase.customer_id)
        .subquery()
    )
    query = (
        select(Customer, totals.c.orders, totals.c.spent, totals.c.last_at)
        .outerjoin(totals, totals.c.customer_id == Customer.id)
        .where(Customer.store_id == store.id)
    )
    if tier in TIERS:
        query = query.where(Customer.tier == tier)
    names = associate_names(session, store=store)
    if associate:
        ids = [i for i, n in names.items() if n == associate]
        query = query.where(Customer.associate_id.in_(ids or [-1]))
    if search:
        pattern = f"%{search.strip()[:64]}%"
        query = query.where(or_(Customer.code.like(pattern), Customer.name.like(pattern), Customer.phone.like(pattern)))
    query = query.order_by(Customer.tier.asc().nulls_last(), func.coalesce(totals.c.spent, 0).desc(), Customer.code)
    rows = []
    for customer, orders, spent, last_at in session.execute(query.limit(limit)):
        rows.append(
            {
                "code": customer.code,
                "name": customer.name,
                "tier": customer.tier,
                "tier_reason": customer.tier_reason,
                "associate": names.get(customer.associate_id or 0),
                "orders": int(orders or 0),
                "spent_yuan": (spent or 0) / 100,
                "last_purchase_at": last_at,
                "linked_member": customer.member_id is not None,
            }
        )
    return rows


def customer_page(session: Session, *, customer: Customer, recent: int = 20) -> dict[str, Any]:
    """Everything about one customer except the profile: purchases, tier and associate history, contacts, follow-ups."""
    store = session.get(Store, customer.store_id)
    assert store is not None
    names = associate_names(session, store=store)
    purchases = session.scalars(
        select(Purchase).where(Purchase.customer_id == customer.id).order_by(Purchase.at.desc()).limit(recent)
    ).all()
    totals = session.execute(
        select(func.count(Purchase.id), func.sum(Purchase.amount_fen)).where(Purchase.customer_id == customer.id)
    ).one()
    contacts = session.scalars(
        select(ContactLog).where(ContactLog.customer_id == customer.id).order_by(ContactLog.at.desc()).limit(recent)
    ).all()
    followups = session.scalars(
        select(FollowUp)
        .where(FollowUp.customer_id == customer.id)
        .order_by((FollowUp.status == FollowUpStatus.OPEN.value).desc(), FollowUp.due_at.desc())
        .limit(recent)
    ).all()
    referrer = session.get(Customer, customer.referred_by_id) if customer.referred_by_id else None
    referred = session.scalar(select(func.count()).where(Customer.referred_by_id == customer.id))
    return {
        "code": customer.code,
        "name": customer.name,
        "phone": customer.phone,
        "tier": customer.tier,
        "tier_reason": customer.tier_reason,
        "associate": names.get(customer.associate_id or 0),
        "linked_member": customer.member_id is not None,
        "referred_by": referrer.code if referrer else None,
        "referrals": int(referred or 0),
        "orders": int(totals[0] or 0),
        "spent_yuan": (totals[1] or 0) / 100,
        "purchases": [
            {"order_id": p.order_id, "at": p.at, "amount_yuan": p.amount_fen / 100, "items": list(p.items)}
            for p in purchases
        ],
        "tier_history": [
            {"at": h.at, "old": h.old_tier, "new": h.new_tier, "reason": h.reason, "actor": h.actor}
            for h in tier_history(session, customer=customer)
        ],
        "associates": [
            {"associate": name, "since": since, "until": until, "reason": reason}
            for name, since, until, reason in assignment_history(session, customer=customer)
        ],
        "contacts": [
            {
                "at": c.at,
                "channel": c.channel,
                "channel_name": CHANNEL_NAMES.get(c.channel, c.channel),
                "associate": names.get(c.associate_id or 0),
                "note": c.note,
            }
            for c in contacts
        ],
        "followups": [followup_row(f, names, customer) for f in followups],
    }


def followup_row(followup: FollowUp, names: dict[int, str], customer: Customer | None = None) -> dict[str, Any]:
    return {
        "id": followup.id,
        "customer": customer.code if customer else None,
        "customer_name": customer.name if customer else None,
        "kind": followup.kind,
        "reason": followup.reason,
        "associate": names.get(followup.associate_id or 0),
        "due_at": followup.due_at,
        "status": followup.status,
    }


def open_followups_of_store(
    session: Session, *, store: Store, kind: str | None = None, due_by: datetime | None = None
) -> list[dict[str, Any]]:
    """Open follow-ups of the store, soonest due first."""
    names = associate_names(session, store=store)
    query = (
        select(FollowUp, Customer)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(Customer.store_id == store.id, FollowUp.status == FollowUpStatus.OPEN.value)
    )
    if kind:
        query = query.where(FollowUp.kind == kind)
    if due_by is not None:
        query = query.where(FollowUp.due_at <= due_by)
    rows = session.execute(query.order_by(FollowUp.due_at, FollowUp.id).limit(MAX_ROWS)).all()
    return [followup_row(f, names, c) for f, c in rows]


def tier_counts(session: Session, *, store: Store) -> dict[str, int]:
    counted = dict(
        session.execute(
            select(Customer.tier, func.count()).where(Customer.store_id == store.id).group_by(Customer.tier)
        ).all()
    )
    return {**{t: int(counted.get(t, 0)) for t in TIERS}, "未分级": int(counted.get(None, 0))}


def suggestion_payload(suggestion: Suggestion) -> dict[str, Any]:
    s = suggestion
    return {
        "item": s.item,
        "because": s.because,
        "kind": s.kind,
        "support": s.support,
        "confidence": s.confidence,
        "lift": s.lift,
        "reason": s.reason(),
    }


def import_payload(report: ImportReport) -> dict[str, Any]:
    return {
        "summary": report.summary(),
        "rows": report.rows_total,
        "imported": report.imported,
        "rejected": report.rejected,
        "new_customers": report.new_customers,
        "encoding": report.encoding,
        "already_imported": report.already_imported,
        "fatal": report.fatal,
        "problems": [{"row": p.row, "column": p.column, "problem": p.problem} for p in report.problems],
    }


def metrics_payload(result: StoreMetrics) -> dict[str, Any]:
    """A store's metrics as plain JSON values (NaN cells of the cohort matrix as None)."""
    m, s, c = result.metrics, result.surveys, result.cohorts
    return {
        "customers_start": m.customers_start,
        "customers_end": m.customers_end,
        "new_customers": m.new_customers,
        "retention": m.retention,
        "churn": m.churn,
        "buyers": m.buyers,
        "purchases": m.purchases,
        "revenue": m.revenue,
        "repeat_rate": m.repeat_rate,
        "frequency": m.frequency,
        "aov": m.aov,
        "clv": m.clv,
        "referral_share": m.referral_share,
        "surveys": {"answers": s.answers, "average": s.average, "satisfied_share": s.satisfied_share},
        "cohorts": {
            "months": c.months,
            "sizes": [int(x) for x in c.sizes],
            "matrix": [[None if v != v else round(float(v), 1) for v in row] for row in c.matrix],
        },
    }


def associates_overview(session: Session, *, store: Store) -> list[dict[str, Any]]:
    """Each associate with their customers and open follow-ups (active first)."""
    customers = dict(
        session.execute(
            select(Customer.associate_id, func.count())
            .where(Customer.store_id == store.id)
            .group_by(Customer.associate_id)
        ).all()
    )
    followups = dict(
        session.execute(
            select(FollowUp.associate_id, func.count())
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(Customer.store_id == store.id, FollowUp.status == FollowUpStatus.OPEN.value)
            .group_by(FollowUp.associate_id)
        ).all()
    )
    people = session.scalars(
        select(Associate).where(Associate.store_id == store.id).order_by(Associate.active.desc(), Associate.name)
    )
    return [
        {
            "name": a.name,
            "active": a.active,
            "customers": int(customers.get(a.id, 0)),
            "followups": int(followups.get(a.id, 0)),
            "member": a.member_external_id,
        }
        for a in people
    ]
