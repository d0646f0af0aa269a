"""Every CRM table, imported in one place (`qungui.governance.tables` imports this module)."""

from __future__ import annotations

from qungui.crm.customers.models import Assignment, Associate, Customer, Store
from qungui.crm.engage.models import ContactLog, EventAttendance, FollowUp, StoreEvent, Survey
from qungui.crm.handover.models import Handover
from qungui.crm.profiles.models import Profile
from qungui.crm.purchases.models import ImportBatch, Purchase
from qungui.crm.tiers.models import TierChange

CRM_TABLES = frozenset(
    m.__tablename__
    for m in (
        Assignment,
        Associate,
        ContactLog,
        Customer,
        EventAttendance,
        FollowUp,
        Handover,
        ImportBatch,
        Profile,
        Purchase,
        Store,
        StoreEvent,
        Survey,
        TierChange,
    )
)
