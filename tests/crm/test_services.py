"""CRM services on the database: tiers with history, profiles audited, at-risk follow-ups, contacts, hand-over."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from crm.conftest import ACTOR, NOW
from qungui.core.events import GroupRef
from qungui.crm.customers.models import Associate, Customer
from qungui.crm.customers.service import (
    add_customer,
    assignment_history,
    link_member,
    require_associate,
    require_customer,
)
from qungui.crm.engage.models import FollowUp
from qungui.crm.engage.service import (
    create_event,
    due_followups,
    log_contact,
    open_followups,
    record_survey,
    set_attendance,
    single_channel_customers,
)
from qungui.crm.errors import CrmRejected
from qungui.crm.handover.models import Handover
from qungui.crm.handover.service import hand_over
from qungui.crm.metrics.service import scan_at_risk, store_metrics
from qungui.crm.profiles.service import read_profile, update_profile
from qungui.crm.purchases.service import record_purchase
from qungui.crm.suggest.service import suggest_for
from qungui.crm.tiers.rules import TierRules
from qungui.crm.tiers.service import recompute_tiers, tier_history, tiers_due
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Member


def _customers(session, store, spec):
    """spec: code → (associate name, [(days ago, yuan, items)])."""
    made = {}
    for code, (associate, purchases) in spec.items():
        who = require_associate(session, store=store, name=associate)
        customer = add_customer(
            session, store=store, code=code, name=f"顾客{code}", associate=who, now=NOW, actor=ACTOR
        )
        for n, (days, yuan, items) in enumerate(purchases):
            at = NOW - timedelta(days=days)
            record_purchase(
                session, customer=customer, order_id=f"{code}-{n}", at=at, amount_fen=int(yuan * 100), items=items
            )
        made[code] = customer
    session.flush()
    return made


SPEC = {
    "V1": ("王芳", [(10, 5000, ["西装", "衬衫"]), (40, 3000, ["衬衫"])]),
    "V2": ("王芳", [(20, 1200, ["衬衫", "领带"])]),
    "V3": ("李娜", [(5, 300, ["领带"])]),
    "V4": ("王芳", [(400, 9000, ["西装"])]),
    "V5": ("王芳", [(12, 100, ["袜子"]), (24, 100, ["袜子"]), (36, 100, ["袜子"]), (48, 100, ["袜子"])]),
}


def test_tiers_recomputed_with_history_and_reasons(session, store):
    with session.begin():
        _customers(session, store, SPEC)
        assert tiers_due(session, store=store, now=NOW)
        run = recompute_tiers(session, store=store, rules=TierRules(a_share=0.25, b_share=0.5), actor=ACTOR, now=NOW)
    # active: V1 8000, V2 1200, V3 300, V5 400 → shares spending more 0, .25, .75, .5 → A, B, C (.75 is not
    # below .75), B; V4 lapsed
    assert run.counts == {"A": 1, "B": 2, "C": 1, "D": 1}
    assert sorted((c[0], c[1], c[2]) for c in run.changes) == [
        ("V1", None, "A"),
        ("V2", None, "B"),
        ("V3", None, "C"),
        ("V4", None, "D"),
        ("V5", None, "B"),
    ]
    with session.begin():
        assert not tiers_due(session, store=store, now=NOW + timedelta(hours=1))
        assert tiers_due(session, store=store, now=NOW + timedelta(days=1))
        again = recompute_tiers(session, store=store, rules=TierRules(a_share=0.25, b_share=0.5), actor=ACTOR, now=NOW)
        assert again.changes == []  # nothing changed, nothing recorded
        later = NOW + timedelta(days=360)  # V1 lapses (370 days), V2 … too
        moved = recompute_tiers(session, store=store, rules=TierRules(), actor="scheduler", now=later)
        v1 = require_customer(session, store=store, code="V1")
        history = tier_history(session, customer=v1)
    assert [(h.old_tier, h.new_tier, h.actor) for h in history] == [(None, "A", ACTOR), ("A", "D", "scheduler")]
    assert history[1].reason == "D类：已 370 天未购买（超过 365 天视为流失）"
    assert v1.tier == "D" and v1.tier_reason == history[1].reason
    assert moved.counts["D"] == 4  # V3 bought exactly 365 days before: not lapsed yet


def test_metrics_of_the_store_include_surveys_and_cohorts(session, store):
    with session.begin():
        made = _customers(session, store, SPEC)
        record_survey(session, customer=made["V1"], score=5, now=NOW - timedelta(days=3))
        record_survey(session, customer=made["V2"], score=3, now=NOW - timedelta(days=2))
        with pytest.raises(CrmRejected, match="1到5"):
            record_survey(session, customer=made["V2"], score=9, now=NOW)
        result = store_metrics(session, store=store, start=NOW - timedelta(days=30), end=NOW)
    m = result.metrics
    # purchases in the last 30 days: V1 (10 d), V2 (20 d), V3 (5 d), V5 (12, 24 d) → 5 orders, 4 buyers
    assert (m.buyers, m.purchases, m.revenue) == (4, 5, 5000 + 1200 + 300 + 200)
    assert m.repeat_rate == pytest.approx(25.0)
    assert (result.surveys.answers, result.surveys.average, result.surveys.satisfied_share) == (2, 4.0, 50.0)
    assert len(result.cohorts.months) == 12 and result.cohorts.months[-1] == "2026-11"


def test_profile_reads_and_changes_are_audited_without_the_answers(session, store):
    with session.begin():
        customer = _customers(session, store, {"V9": ("王芳", [])})["V9"]
        changed = update_profile(
            session,
            customer=customer,
            actor="console:wangfang",
            now=NOW,
            answers={"q4": "徐汇区", "q53": "高尔夫"},
            custom={"尺码": "L"},
        )
        assert changed == ["q4", "q53", "custom:尺码"]
        view = read_profile(session, customer=customer, actor="console:auditor", now=NOW)
        assert view.answers == {"q4": "徐汇区", "q53": "高尔夫"} and view.custom == {"尺码": "L"}
        assert (view.answered, view.total) == (2, 66)
        assert update_profile(session, customer=customer, actor="x", now=NOW, answers={"q4": "徐汇区"}) == []
        assert update_profile(session, customer=customer, actor="console:wangfang", now=NOW, answers={"q4": ""}) == [
            "q4"
        ]
        with pytest.raises(CrmRejected, match="没有问题编号 q99"):
            update_profile(session, customer=customer, actor="x", now=NOW, answers={"q99": "?"})
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("crm.profile.%")).order_by(AuditEntry.seq)
        ).all()
        assert verify_chain(session).ok
    assert [(e.action, e.actor, e.subject) for e in entries] == [
        ("crm.profile.update", "console:wangfang", f"crm:{store.id}:V9"),
        ("crm.profile.read", "console:auditor", f"crm:{store.id}:V9"),
        ("crm.profile.update", "console:wangfang", f"crm:{store.id}:V9"),
    ]
    assert entries[0].data == {"changed": ["q4", "q53", "custom:尺码"]}
    assert "徐汇区" not in str([e.data for e in entries])


def test_at_risk_customers_get_one_follow_up_for_their_associate(session, store):
    with session.begin():
        _customers(session, store, SPEC)
        later = NOW + timedelta(days=30)  # V5 buys every 12 days; 42 days since > 18
        found = scan_at_risk(session, store=store, actor="scheduler", now=later)
        assert [(f.customer.code, f.median_days, round(f.days_since), f.created) for f in found] == [
            ("V5", 12.0, 42, True)
        ]
        assert found[0].followup.reason == "平时约每12天购买一次，已42天未购买，请导购联系"
        assert found[0].followup.associate_id == require_associate(session, store=store, name="王芳").id
        assert [f.created for f in scan_at_risk(session, store=store, actor="scheduler", now=later)] == [False]
        v5 = require_customer(session, store=store, code="V5")
        log_contact(session, customer=v5, channel="phone", note="约了周六到店", actor="console:wangfang", now=later)
        assert open_followups(session, customer=v5) == []  # reaching the customer closes the at-risk follow-up


def test_contacts_follow_ups_events_and_channels(session, store):
    with session.begin():
        made = _customers(session, store, SPEC)
        v1 = made["V1"]
        log_contact(
            session,
            customer=v1,
            channel="private",
            note="问新款到货",
            actor="console:wangfang",
            now=NOW,
            follow_up_at=NOW + timedelta(days=2),
            follow_up="新款到货后通知",
        )
        log_contact(session, customer=v1, channel="group", note="群里答疑", actor="console:wangfang", now=NOW)
        with pytest.raises(CrmRejected, match="联系渠道只能是"):
            log_contact(session, customer=v1, channel="fax", note="", actor="x", now=NOW)
        with pytest.raises(CrmRejected, match="跟进时间应晚于现在"):
            log_contact(session, customer=v1, channel="sms", note="", actor="x", now=NOW, follow_up_at=NOW)
        assert [f.reason for f in due_followups(session, store=store, now=NOW + timedelta(days=2))] == [
            "新款到货后通知"
        ]
        assert due_followups(session, store=store, now=NOW + timedelta(days=1)) == []
        assert "V1" not in [c.code for c in single_channel_customers(session, store=store)]
        event = create_event(session, store=store, title="秋冬新品品鉴会", starts_at=NOW + timedelta(days=7), now=NOW)
        set_attendance(session, event=event, customer=v1, status="registered", now=NOW)
        row = set_attendance(session, event=event, customer=v1, status="attended", now=NOW + timedelta(days=7))
        assert row.status == "attended"
        with pytest.raises(CrmRejected, match="出席状态"):
            set_attendance(session, event=event, customer=v1, status="maybe", now=NOW)


def test_hand_over_moves_customers_profiles_and_follow_ups_in_turn(session, store):
    with session.begin():
        made = _customers(session, store, SPEC)
        update_profile(session, customer=made["V1"], actor=ACTOR, now=NOW, answers={"q1": "张先生"})
        log_contact(
            session,
            customer=made["V2"],
            channel="phone",
            note="回访",
            actor=ACTOR,
            now=NOW,
            follow_up_at=NOW + timedelta(days=1),
        )
        wang = require_associate(session, store=store, name="王芳")
        li = require_associate(session, store=store, name="李娜")
        zhao = require_associate(session, store=store, name="赵敏")
        with pytest.raises(CrmRejected, match="不能交接给自己"):
            hand_over(session, store=store, leaving=wang, successors=[wang], actor=ACTOR, now=NOW)
        later = NOW + timedelta(days=1)
        record = hand_over(session, store=store, leaving=wang, successors=[li, zhao], actor=ACTOR, now=later)
        moved = {c.code: c.associate_id for c in session.scalars(select(Customer).order_by(Customer.code))}
        followup = session.scalars(select(FollowUp)).one()
        history = assignment_history(session, customer=made["V1"])
        with pytest.raises(CrmRejected, match="已离职"):
            hand_over(session, store=store, leaving=li, successors=[wang], actor=ACTOR, now=later)
    # 王芳's customers in number order V1, V2, V4, V5 → 李娜, 赵敏, 李娜, 赵敏; V3 stays with 李娜
    assert moved == {"V1": li.id, "V2": zhao.id, "V3": li.id, "V4": li.id, "V5": zhao.id}
    assert followup.associate_id == zhao.id
    assert (record.customers, record.followups) == (4, 1)
    assert not session.get(Associate, wang.id).active
    assert [(h[0], h[2] is not None) for h in history] == [("王芳", True), ("李娜", False)]
    assert history[1][3] == "交接：王芳导购离职"
    assert session.scalars(select(Handover)).one().moves == [
        [made[c].id, a] for c, a in [("V1", li.id), ("V2", zhao.id), ("V4", li.id), ("V5", zhao.id)]
    ]


def test_suggestions_for_a_customer(session, store):
    with session.begin():
        made = _customers(session, store, SPEC)
        found = suggest_for(session, store=store, customer=made["V2"])
    # baskets: V1 {西装, 衬衫}, V2 {衬衫, 领带}, V3 {领带}, V4 {西装}, V5 {袜子}; V2 lacks 西装:
    # 衬衫 → 西装: support 1/5, confidence 1/2, lift 0.5 / (2/5) = 1.25
    assert [(s.item, s.because) for s in found] == [("西装", "衬衫")]
    assert found[0].lift == pytest.approx(1.25)


def test_a_customer_is_linked_to_their_member_in_the_store_group(session, store):
    with session.begin():
        group = ensure_group(session, ref=GroupRef(platform="wechat", id="vip@chatroom"), rulebook="vip-store", now=NOW)
        other = ensure_group(session, ref=GroupRef(platform="wechat", id="x@chatroom"), now=NOW)
        store.group_id = group.id
        member = Member(group_id=group.id, external_id="wxid_zhang", state={}, created_at=NOW, updated_at=NOW)
        stranger = Member(group_id=other.id, external_id="wxid_li", state={}, created_at=NOW, updated_at=NOW)
        session.add_all([member, stranger])
        session.flush()
        customer = _customers(session, store, {"V7": ("王芳", [])})["V7"]
        link_member(session, customer=customer, member=member, actor=ACTOR, now=NOW)
        with pytest.raises(CrmRejected, match="不在本门店的VIP群"):
            link_member(session, customer=customer, member=stranger, actor=ACTOR, now=NOW)
    assert customer.member_id == member.id
