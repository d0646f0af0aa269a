"""Recompute the store's tiers, store each change with its reason, read the history. Nothing here commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from qungui.crm.arrays import ts
from qungui.crm.customers.models import Customer, Store
from qungui.crm.purchases.service import load_arrays
from qungui.crm.tiers.compute import compute_tiers, reason
from qungui.crm.tiers.models import TierChange
from qungui.crm.tiers.rules import TierRules
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import append_audit

RECOMPUTE_EVERY = timedelta(days=1)  # the scheduled recomputation (see `tiers_due`)


@dataclass(slots=True)
class TierRun:
    counts: dict[str, int]
    changes: list[tuple[str, str | None, str, str]] = field(default_factory=list)  # code, old, new, reason


def recompute_tiers(session: Session, *, store: Store, rules: TierRules, actor: str, now: datetime) -> TierRun:
    """Tier every customer of the store at `now`; changed tiers get a history row with the reason."""
    arrays = load_arrays(session, store=store)
    result = compute_tiers(arrays, now=ts(now), rules=rules)
    letters = result.letters()
    current = dict(session.execute(select(Customer.id, Customer.tier).where(Customer.store_id == store.id)).all())
    codes = dict(session.execute(select(Customer.id, Customer.code).where(Customer.store_id == store.id)).all())
    run = TierRun(counts=result.counts())
    updates, history = [], []
    for index, customer_id in enumerate(arrays.customer_ids.tolist()):
        new = str(letters[index])
        old = current.get(customer_id)
        if new == old:
            continue
        why = reason(result, index)[:255]
        updates.append({"id": customer_id, "tier": new, "tier_reason": why, "tier_at": now, "updated_at": now})
        history.append(
            {"customer_id": customer_id, "old_tier": old, "new_tier": new, "reason": why, "actor": actor, "at": now}
        )
        run.changes.append((codes[customer_id], old, new, why))
    if updates:
        session.execute(update(Customer), updates)
        session.execute(insert(TierChange.__table__), history)
    append_audit(
        session,
        actor=actor,
        action="crm.tiers.recompute",
        subject=f"crm:{store.id}",
        data={"rules": rules.model_dump(), "counts": run.counts, "changed": len(run.changes)},
        now=now,
    )
    return run


def tiers_due(session: Session, *, store: Store, now: datetime) -> bool:
    """Whether the scheduled recomputation is due: never run for this store, or the last run is a day old."""
    last = session.scalars(
        select(AuditEntry.at)
        .where(AuditEntry.action == "crm.tiers.recompute", AuditEntry.subject == f"crm:{store.id}")
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return last is None or now - last >= RECOMPUTE_EVERY


def tier_history(session: Session, *, customer: Customer) -> list[TierChange]:
    """The customer's tier changes, oldest first."""
    return list(
        session.scalars(
            select(TierChange).where(TierChange.customer_id == customer.id).order_by(TierChange.at, TierChange.id)
        )
    )


def store_rules(store: Store) -> TierRules:
    """The store's saved rules, or the defaults."""
    return TierRules.model_validate(store.tier_rules or {})


def save_rules(session: Session, *, store: Store, rules: TierRules, actor: str, now: datetime) -> None:
    """Keep `rules` as the store's own (the daily run and the console use them); audited. Does not commit."""
    store.tier_rules = rules.model_dump()
    append_audit(
        session, actor=actor, action="crm.tiers.rules", subject=f"crm:{store.id}", data=rules.model_dump(), now=now
    )
