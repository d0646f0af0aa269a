"""Metrics and at-risk follow-ups for a store, from its stored purchases. Nothing here commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.crm.arrays import ts
from qungui.crm.customers.models import Customer, Store
from qungui.crm.engage.models import FollowUp, FollowUpKind, FollowUpStatus
from qungui.crm.engage.service import SurveySummary, survey_summary
from qungui.crm.metrics.compute import Cohorts, Metrics, cohort_retention, compute_metrics
from qungui.crm.metrics.risk import find_at_risk
from qungui.crm.purchases.service import load_arrays
from qungui.governance.audit.service import append_audit

FOLLOW_UP_WITHIN = timedelta(days=3)  # an at-risk customer should hear from their associate within 3 days


@dataclass(frozen=True, slots=True)
class StoreMetrics:
    metrics: Metrics
    surveys: SurveySummary
    cohorts: Cohorts


def store_metrics(
    session: Session, *, store: Store, start: datetime, end: datetime, active_days: int = 365, margin: float = 1.0
) -> StoreMetrics:
    """Every metric of the period (start, end], the surveys in it and the last 12 monthly cohorts up to `end`."""
    arrays = load_arrays(session, store=store)
    metrics = compute_metrics(arrays, start=ts(start), end=ts(end), active_days=active_days, margin=margin)
    offset = end.utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 8
    cohorts = cohort_retention(arrays, end=ts(end), months=12, utc_offset_hours=hours)
    return StoreMetrics(metrics, survey_summary(session, store=store, start=start, end=end), cohorts)


@dataclass(frozen=True, slots=True)
class RiskFollowUp:
    customer: Customer
    median_days: float
    days_since: float
    followup: FollowUp
    created: bool  # False: an open at-risk follow-up already existed


def scan_at_risk(
    session: Session,
    *,
    store: Store,
    actor: str,
    now: datetime,
    factor: float = 1.5,
    min_purchases: int = 3,
    lapsed_days: int = 365,
) -> list[RiskFollowUp]:
    """Find overdue customers and give each an open at-risk follow-up for their associate (at most one open)."""
    arrays = load_arrays(session, store=store)
    flagged = find_at_risk(arrays, now=ts(now), factor=factor, min_purchases=min_purchases, lapsed_days=lapsed_days)
    if not flagged:
        return []
    ids = [int(arrays.customer_ids[f.index]) for f in flagged]
    customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    existing = {
        f.customer_id: f
        for f in session.scalars(
            select(FollowUp).where(
                FollowUp.customer_id.in_(ids),
                FollowUp.kind == FollowUpKind.AT_RISK.value,
                FollowUp.status == FollowUpStatus.OPEN.value,
            )
        )
    }
    found = []
    for flag, customer_id in zip(flagged, ids, strict=True):
        customer = customers[customer_id]
        row = existing.get(customer_id)
        created = row is None
        if row is None:
            reason = f"平时约每{flag.median_days:.0f}天购买一次，已{flag.days_since:.0f}天未购买，请导购联系"
            row = FollowUp(
                customer_id=customer_id,
                associate_id=customer.associate_id,
                kind=FollowUpKind.AT_RISK.value,
                reason=reason,
                due_at=now + FOLLOW_UP_WITHIN,
                status=FollowUpStatus.OPEN.value,
                created_at=now,
            )
            session.add(row)
        found.append(RiskFollowUp(customer, flag.median_days, flag.days_since, row, created))
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="crm.at_risk.scan",
        subject=f"crm:{store.id}",
        data={"flagged": len(found), "new_followups": sum(1 for f in found if f.created)},
        now=now,
    )
    return found
