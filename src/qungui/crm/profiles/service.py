"""Read and change a customer's Mackay 66 profile: every read and every change goes to the audit log with the actor.

The caller checks the actor may (Permission.VIEW_PROFILE to read, EDIT_CRM to change); these functions
record who did it. The audit entry names the questions changed, never the answers themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.crm.customers.models import Customer
from qungui.crm.profiles.models import Profile
from qungui.crm.profiles.schema import clean_answers, clean_custom, completeness
from qungui.governance.audit.service import append_audit


@dataclass(frozen=True, slots=True)
class ProfileView:
    customer_code: str
    answers: dict[str, str]
    custom: dict[str, str]
    answered: int
    total: int
    updated_by: str | None
    updated_at: datetime | None


def _subject(customer: Customer) -> str:
    return f"crm:{customer.store_id}:{customer.code}"


def _row(session: Session, customer: Customer) -> Profile | None:
    return session.scalars(select(Profile).where(Profile.customer_id == customer.id)).one_or_none()


def read_profile(session: Session, *, customer: Customer, actor: str, now: datetime) -> ProfileView:
    """The profile (empty when none yet); the read is audited. Does not commit."""
    row = _row(session, customer)
    answers = dict(row.answers) if row else {}
    answered, total = completeness(answers)
    append_audit(session, actor=actor, action="crm.profile.read", subject=_subject(customer), data={}, now=now)
    return ProfileView(
        customer_code=customer.code,
        answers=answers,
        custom=dict(row.custom) if row else {},
        answered=answered,
        total=total,
        updated_by=row.updated_by if row else None,
        updated_at=row.updated_at if row else None,
    )


def update_profile(
    session: Session,
    *,
    customer: Customer,
    actor: str,
    now: datetime,
    answers: Mapping[str, Any] | None = None,
    custom: Mapping[str, Any] | None = None,
) -> list[str]:
    """Merge answers (an empty answer clears it) and custom fields; audited. Returns the keys changed."""
    new_answers = clean_answers(answers or {})
    new_custom = clean_custom(custom or {})
    cleared = [k for k, v in (answers or {}).items() if not (v and str(v).strip())]
    cleared_custom = [str(k).strip() for k, v in (custom or {}).items() if not (v and str(v).strip())]
    row = _row(session, customer)
    if row is None:
        row = Profile(customer_id=customer.id, answers={}, custom={}, updated_by=actor, created_at=now, updated_at=now)
        session.add(row)
    merged = {**row.answers, **new_answers}
    merged_custom = {**row.custom, **new_custom}
    for key in cleared:
        merged.pop(key, None)
    for key in cleared_custom:
        merged_custom.pop(key, None)
    changed = sorted(k for k in set(merged) | set(row.answers) if merged.get(k) != row.answers.get(k))
    changed += sorted(
        f"custom:{k}" for k in set(merged_custom) | set(row.custom) if merged_custom.get(k) != row.custom.get(k)
    )
    if not changed:
        return []
    row.answers, row.custom = merged, merged_custom
    row.updated_by, row.updated_at = actor, now
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="crm.profile.update",
        subject=_subject(customer),
        data={"changed": changed},
        now=now,
    )
    return changed
