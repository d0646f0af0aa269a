"""The CRM's daily slot and its deadline source without a live group (the live runs are in e2e)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm.conftest import NOW
from qungui.core.clock import DEFAULT_TZ
from qungui.core.events import GroupRef
from qungui.crm.customers.service import add_customer, link_group, require_associate
from qungui.crm.engage.service import log_contact
from qungui.crm.schedule import CrmDeadlines, next_daily
from qungui.crm.tiers.rules import TierRules
from qungui.crm.tiers.service import save_rules
from qungui.governance.groups.service import ensure_group
from qungui.governance.outbox.models import Outbox


def test_next_daily_slot_is_strictly_after():
    at = datetime(2026, 11, 24, 8, 59, tzinfo=DEFAULT_TZ)
    assert next_daily(at) == datetime(2026, 11, 24, 9, 0, tzinfo=DEFAULT_TZ)
    assert next_daily(at.replace(hour=9, minute=0)) == datetime(2026, 11, 25, 9, 0, tzinfo=DEFAULT_TZ)
    utc_evening = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)  # 23:30 in Shanghai
    assert next_daily(utc_evening) == datetime(2026, 11, 25, 9, 0, tzinfo=DEFAULT_TZ)


def test_the_source_runs_daily_with_the_saved_rules_and_reminds_once(session, store):
    source = CrmDeadlines()
    with session.begin():
        group = ensure_group(session, ref=GroupRef(platform="sim", id="vip"), now=NOW)
        assert source.next_due(session, group, None) is None  # no store for this group yet
        session.add(store)
        store.created_at = NOW - timedelta(days=400)  # imported long before its group was linked
        link_group(session, store=store, group_id=group.id, actor="t", now=NOW)  # no catching up before this
        save_rules(
            session, store=store, rules=TierRules(method="amount", a_min_yuan=1, b_min_yuan=0), actor="t", now=NOW
        )
        wang = require_associate(session, store=store, name="王芳")
        wang.member_external_id = "wxid_wang"
        customer = add_customer(session, store=store, code="V1", name="张三", associate=wang, now=NOW, actor="t")
        log_contact(
            session,
            customer=customer,
            channel="phone",
            note="回访",
            actor="t",
            now=NOW,
            follow_up_at=NOW + timedelta(hours=2),
        )
        first = source.next_due(session, group, None)
        assert first == NOW + timedelta(hours=2)  # the reminder comes before tomorrow's 09:00
        assert source.run_due(session, group, None, first) == 1
        outbox = session.query(Outbox).one()
        assert outbox.private_to == "wxid_wang" and outbox.text.startswith("跟进提醒：张三（V1）—回访")
        daily = source.next_due(session, group, None)
        assert daily == datetime(2026, 11, 25, 9, 0, tzinfo=DEFAULT_TZ)
        assert source.run_due(session, group, None, daily) == 0
        assert customer.tier == "D" and customer.tier_reason == "D类：没有购买记录"
        assert source.next_due(session, group, None) == daily + timedelta(days=1)
