"""The CRM's timers for a store's VIP group: the daily tiering and at-risk scan, and follow-up reminders.

`CrmDeadlines` has the shape of the runtime's deadline sources (`qungui.runtime.sources.DeadlineSource`):
add it to the Runtime's sources and the live service recomputes tiers (the store's saved rules) and
scans for at-risk customers every day at `DAILY_AT` local time, and reminds an associate privately when
one of their follow-ups falls due (associates without a member id in the group get none: nothing private may
reach the group). Nothing here commits.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.clock import DEFAULT_TZ
from qungui.crm.customers.models import Associate, Customer, Store
from qungui.crm.engage.models import FollowUp, FollowUpStatus
from qungui.crm.metrics.service import scan_at_risk
from qungui.crm.tiers.rules import TierRules
from qungui.crm.tiers.service import recompute_tiers, store_rules
from qungui.governance.audit.models import AuditEntry
from qungui.governance.groups.models import Group
from qungui.governance.outbox.models import Outbox
from qungui.governance.outbox.service import enqueue

DAILY_AT = time(9, 0)
# the daily run follows the last recomputation, or the store's linking to its group (no catching up before it)
DAILY_MARKS = ("crm.tiers.recompute", "crm.store.link_group")
ACTOR = "scheduler"


def reminder_key(followup: FollowUp) -> str:
    return f"crm:followup:{followup.id}"


def next_daily(after: datetime, tz: tzinfo = DEFAULT_TZ) -> datetime:
    """The first DAILY_AT (local) strictly after `after`."""
    local = after.astimezone(tz)
    slot = datetime.combine(local.date(), DAILY_AT, tzinfo=tz)
    return slot if slot > local else slot + timedelta(days=1)


class CrmDeadlines:
    """The daily CRM run and follow-up reminders of the store whose VIP group this is."""

    name = "crm"

    def __init__(self, rules: TierRules | None = None) -> None:
        self.rules = rules  # None: each store's saved rules (or the defaults)

    def _store(self, session: Session, group: Group) -> Store | None:
        return session.scalars(select(Store).where(Store.group_id == group.id).order_by(Store.id).limit(1)).first()

    def _daily_due(self, session: Session, store: Store, tz: tzinfo) -> datetime:
        last = session.scalars(
            select(AuditEntry.at)
            .where(AuditEntry.action.in_(DAILY_MARKS), AuditEntry.subject == f"crm:{store.id}")
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
        return next_daily(last or store.created_at, tz)

    def _reminders(self, session: Session, store: Store, due_by: datetime | None = None, first: bool = False):
        sent = select(Outbox.key).where(Outbox.key.like("crm:followup:%"))
        query = (
            select(FollowUp, Customer, Associate)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .join(Associate, Associate.id == FollowUp.associate_id)
            .where(
                Customer.store_id == store.id,
                FollowUp.status == FollowUpStatus.OPEN.value,
                Associate.member_external_id.is_not(None),
                Associate.active.is_(True),
                ("crm:followup:" + FollowUp.id.cast(Outbox.key.type)).not_in(sent),
            )
            .order_by(FollowUp.due_at, FollowUp.id)
        )
        if due_by is not None:
            query = query.where(FollowUp.due_at <= due_by)
        if first:
            query = query.limit(1)
        return session.execute(query).all()

    def next_due(self, session: Session, group: Group, book) -> datetime | None:
        store = self._store(session, group)
        if store is None:
            return None
        tz = getattr(getattr(book, "rulebook", None), "tz", DEFAULT_TZ)
        due = self._daily_due(session, store, tz)
        pending = self._reminders(session, store, first=True)
        if pending:
            due = min(due, pending[0][0].due_at)
        return due

    def run_due(self, session: Session, group: Group, book, now: datetime) -> int:
        store = self._store(session, group)
        if store is None:
            return 0
        tz = getattr(getattr(book, "rulebook", None), "tz", DEFAULT_TZ)
        if self._daily_due(session, store, tz) <= now:
            rules = self.rules or store_rules(store)
            recompute_tiers(session, store=store, rules=rules, actor=ACTOR, now=now)
            scan_at_risk(session, store=store, actor=ACTOR, now=now, lapsed_days=rules.lapsed_days)
        queued = 0
        for followup, customer, associate in self._reminders(session, store, due_by=now):
            tier = f"（{customer.tier}类）" if customer.tier else ""
            due = followup.due_at.astimezone(tz)
            text = f"跟进提醒：{customer.label()}{tier}—{followup.reason}（到期 {due:%m月%d日 %H:%M}）"
            if enqueue(
                session,
                group=group,
                key=reminder_key(followup),
                text=text,
                now=now,
                private_to=associate.member_external_id,
                subject=f"crm:{store.id}:{customer.code}",
            ):
                queued += 1
        return queued
