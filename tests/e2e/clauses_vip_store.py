"""VIP客户群 (vip-store): the group-hygiene clauses derived from the VIP policy (派生.*), and the policy's own
paragraphs carried out by the VIP customer module (`qungui.crm`) for the store behind the group.

Customers are reminded politely and never removed automatically: a repeat goes to the store manager (an
admin). The policy's paragraphs (workflow vip_crm) are still listed as deferred by the registry, so their
scenarios are registered as the variant "crm"; once the deferral is dropped they become the main ones.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from e2e.checks import (
    admins_told,
    case_number,
    clause_cases,
    decide,
    open_group,
    qr,
    silent_in_group,
    told_in_group,
)
from e2e.registry import scenario
from qungui.adapters.simulator.platform import WECHAT_LIKE
from qungui.crm.customers.models import Customer
from qungui.crm.customers.service import (
    add_customer,
    customer_for_member,
    ensure_associate,
    ensure_store,
    link_member,
    require_associate,
    require_customer,
)
from qungui.crm.engage.service import (
    create_event,
    customers_without_events,
    due_followups,
    log_contact,
    open_followups,
    set_attendance,
    single_channel_customers,
)
from qungui.crm.handover.service import hand_over
from qungui.crm.metrics.service import scan_at_risk
from qungui.crm.profiles.service import read_profile, update_profile
from qungui.crm.purchases.service import record_purchase
from qungui.crm.schedule import CrmDeadlines
from qungui.crm.suggest.service import suggest_for
from qungui.crm.tiers.rules import TierRules
from qungui.crm.tiers.service import recompute_tiers, tier_history
from qungui.governance.audit.models import AuditEntry
from qungui.governance.groups.service import find_group
from qungui.governance.members.models import Member

T = "vip-store"


@scenario(T, "派生.1")
def ads_recalled_politely_then_the_manager_is_told(sessions):
    g = open_group(sessions, T)
    ad = g.say("zhang", "兼zhi刷单，日结")  # pinyin disguise
    assert g.message_id(ad) in g.sim.deleted
    polite = told_in_group(g, "zhang", "派生.1", contains="您好")
    assert "消息已撤回，感谢理解" in polite
    g.advance(hours=1)
    since = g.mark()
    link = g.say("zhang", "点击链接领取会员福利 https://t.cn/abc123")
    assert g.message_id(link) in g.sim.deleted
    admins_told(g, "张三 违反群规【派生.1 不发广告和可疑链接】", since=since)
    silent_in_group(g, since)
    assert clause_cases(g, "zhang", "派生.1") == [("applied", "remind"), ("applied", "alert_admin")]
    g.advance(hours=1)
    g.say("zhang", "诚招代理，月入过万")
    assert g.kicked() == [] and g.state("zhang").status == "active", "never removed automatically"

    since = g.mark()
    g.say("li", "加我微❤ abc12345 代理招募")  # the classifier's catch: the manager decides
    silent_in_group(g, since)
    number = case_number(g, "li", "派生.1", status="queued")
    decide(g, "admin1", f"通过 A{number}")
    told_in_group(g, "li", "派生.1", since=since, contains="您好")


@scenario(T, "派生.2")
def poaching_customers_recalled_then_the_manager_is_told(sessions):
    g = open_group(sessions, T)
    contact = g.say("zhang", "有需要加扣扣①③⑧⑧⑧⑧⑧⑧⑧")  # 扣扣 for QQ, circled digits
    assert g.message_id(contact) in g.sim.deleted
    told_in_group(g, "zhang", "派生.2", contains="私人联系方式")
    g.advance(hours=1)
    since = g.mark()
    card = g.image("zhang", qr("personal_card"))
    assert g.message_id(card) in g.sim.deleted
    admins_told(g, "张三 违反群规【派生.2 不私下挖走顾客】", since=since)
    assert clause_cases(g, "zhang", "派生.2") == [("applied", "remind"), ("applied", "alert_admin")]

    pay = g.image("li", qr("payment_wechat"))  # paying the store by its code is normal here
    assert g.message_id(pay) not in g.sim.deleted and g.cases("li") == []
    g.say("li", "本群号召大家周末来店里参加活动")
    assert g.cases("li") == []
    g.say("admin1", "需要的会员加我微信 abc12345，我帮您留货")  # staff giving the store's contact
    assert g.cases("admin1") == []


@scenario(T, "派生.3")
def staff_abusing_a_customer_goes_to_the_manager_at_once(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "这件衣服怎么又掉色了")
    since = g.mark()
    rude = g.say("admin2", "你这种顾客就是废物，爱买不买")  # staff (admin) are not exempt here
    assert g.message_id(rude) in g.sim.deleted
    admins_told(g, "违反群规【派生.3 不得辱骂顾客】", since=since, admins=("owner", "admin1"))
    silent_in_group(g, since)
    assert clause_cases(g, "admin2", "派生.3") == [("applied", "alert_admin")]
    rude = g.say("zhang", "你们店员都是蠢货")  # a customer too, by the same rule
    assert g.message_id(rude) in g.sim.deleted
    assert clause_cases(g, "zhang", "派生.3") == [("applied", "alert_admin")]
    assert g.kicked() == []


@scenario(T, "派生.3", variant="wechat-like: no delete")
def on_wechat_the_manager_recalls_it_by_hand(sessions):
    g = open_group(sessions, T, capabilities=WECHAT_LIKE)
    since = g.mark()
    g.say("admin2", "你这种顾客就是废物，爱买不买")
    assert g.sim.deleted == set()
    assert ("delete_message", "unsupported", "平台不支持撤回消息，已请管理员手动撤回") in g.sanction_errors("admin2")
    admins_told(g, "请手动撤回", since=since, admins=("owner", "admin1"))
    admins_told(g, "违反群规【派生.3 不得辱骂顾客】", since=since, admins=("owner", "admin1"))
    assert g.private_texts("admin2", since) == [], "the offending admin is not the one told about it"


# -- the policy's paragraphs, through the VIP customer module ------------------------------------------------

# customer number → (group member, associate, [(days ago, yuan, items)])
CUSTOMERS = {
    "V1": ("zhang", "王芳", [(5, 8000, ["西装", "衬衫"]), (60, 4000, ["衬衫", "领带"])]),
    "V2": ("li", "王芳", [(20, 1500, ["衬衫", "领带"])]),
    "V3": ("wang", "李娜", [(90, 300, ["领带"])]),
    "V4": ("zhao", "王芳", [(400, 9000, ["西装"])]),
    "V5": ("qian", "李娜", [(d, 200, ["袜子"]) for d in (40, 50, 60, 70)]),
}


def vip_store(sessions):
    """The store behind a live VIP group: members chat, then each is registered as a customer linked to them."""
    g = open_group(sessions, T)
    for member in ("zhang", "li", "wang", "zhao", "qian"):
        g.say(member, "店里新款什么时候到？")
    now = g.clock.now()
    with sessions.begin() as s:
        group = find_group(s, platform=g.ref.platform, external_id=g.ref.id)
        store = ensure_store(s, name="测试门店", now=now, group_id=group.id)
        for name in ("王芳", "李娜", "赵敏"):
            ensure_associate(s, store=store, name=name, now=now)
        for code, (member_id, associate, purchases) in CUSTOMERS.items():
            customer = add_customer(
                s,
                store=store,
                code=code,
                name=g.names[member_id],
                now=now,
                actor="console:manager",
                associate=require_associate(s, store=store, name=associate),
            )
            member = s.scalars(select(Member).where(Member.group_id == group.id, Member.external_id == member_id)).one()
            link_member(s, customer=customer, member=member, actor="console:manager", now=now)
            for n, (days, yuan, items) in enumerate(purchases):
                record_purchase(
                    s,
                    customer=customer,
                    order_id=f"{code}-{n}",
                    at=now - timedelta(days=days),
                    amount_fen=yuan * 100,
                    items=items,
                )
    return g, store


@scenario(T, "2.1")
def customers_sorted_into_a_b_c_d_with_the_reason_kept(sessions):
    g, store = vip_store(sessions)
    now = g.clock.now()
    with sessions.begin() as s:
        run = recompute_tiers(s, store=store, rules=TierRules(), actor="scheduler", now=now)
        assert run.counts == {"A": 1, "B": 1, "C": 2, "D": 1}  # V1 top 20 % of 4 active; V4 has lapsed
        tiers = dict(s.execute(select(Customer.code, Customer.tier)).all())
        assert tiers == {"V1": "A", "V2": "B", "V3": "C", "V4": "D", "V5": "C"}
        # the manager changes the rules (fixed amounts): changes are recorded with their reasons
        later = now + timedelta(days=1)
        recompute_tiers(
            s,
            store=store,
            rules=TierRules(method="amount", a_min_yuan=10_000, b_min_yuan=2000),
            actor="manager",
            now=later,
        )
        v2 = require_customer(s, store=store, code="V2")
        history = [(h.old_tier, h.new_tier, h.actor) for h in tier_history(s, customer=v2)]
        assert history == [(None, "B", "scheduler"), ("B", "C", "manager")]  # 1500 < 2000
        assert v2.tier_reason == "C类：近365天消费¥1,500，1笔（A类门槛¥10,000，B类¥2,000）"
        v1 = require_customer(s, store=store, code="V1")
        assert [h.new_tier for h in tier_history(s, customer=v1)] == ["A"]  # unchanged: no new row


@scenario(T, "2.2")
def mackay_66_profile_kept_secure_and_every_read_audited(sessions):
    g, store = vip_store(sessions)
    now = g.clock.now()
    with sessions.begin() as s:
        v1 = require_customer(s, store=store, code="V1")
        update_profile(s, customer=v1, actor="console:wangfang", now=now, answers={"q1": "张总", "q48": "本帮菜"})
        view = read_profile(s, customer=v1, actor="console:owner", now=now)
        assert (view.answered, view.total) == (2, 66) and view.answers["q48"] == "本帮菜"
        trail = s.execute(
            select(AuditEntry.action, AuditEntry.actor).where(AuditEntry.action.like("crm.profile.%"))
        ).all()
    assert [tuple(t) for t in trail] == [
        ("crm.profile.update", "console:wangfang"),
        ("crm.profile.read", "console:owner"),
    ]
    assert all("本帮菜" not in text for text in g.group_texts()), "a profile never reaches the group"


@scenario(T, "2")
def the_member_in_the_group_is_known_one_to_one(sessions):
    g, store = vip_store(sessions)
    with sessions.begin() as s:
        recompute_tiers(s, store=store, rules=TierRules(), actor="scheduler", now=g.clock.now())
        member = s.scalars(select(Member).where(Member.external_id == "zhang")).one()
        customer = customer_for_member(s, member=member)
        assert customer is not None and (customer.code, customer.tier) == ("V1", "A")
        assert customer.associate_id == require_associate(s, store=store, name="王芳").id


@scenario(T, "1")
def a_customer_buying_less_often_is_followed_up_with_a_suggestion(sessions):
    g, store = vip_store(sessions)
    with sessions.begin() as s:
        found = scan_at_risk(s, store=store, actor="scheduler", now=g.clock.now())
        # V5 buys every 10 days and has not for 40: their associate 李娜 gets a follow-up
        assert [(f.customer.code, f.median_days, round(f.days_since)) for f in found] == [("V5", 10.0, 40)]
        assert found[0].followup.associate_id == require_associate(s, store=store, name="李娜").id
        v2 = require_customer(s, store=store, code="V2")
        suggestion = suggest_for(s, store=store, customer=v2)[0]
    assert suggestion.item == "西装" and suggestion.reason().startswith(
        "追加销售：买过「衬衫」的顾客中50%也买了「西装」"
    )


@scenario(T, "5")
def contact_on_many_channels_and_follow_up_on_time(sessions):
    g, store = vip_store(sessions)
    now = g.clock.now()
    with sessions.begin() as s:
        v1 = require_customer(s, store=store, code="V1")
        log_contact(s, customer=v1, channel="group", note="群里问新款", actor="console:wangfang", now=now)
        log_contact(
            s,
            customer=v1,
            channel="phone",
            note="约周六到店试穿",
            actor="console:wangfang",
            now=now,
            follow_up_at=now + timedelta(days=5),
        )
        assert "V1" not in [c.code for c in single_channel_customers(s, store=store)]
        assert "V2" in [c.code for c in single_channel_customers(s, store=store)]
        assert due_followups(s, store=store, now=now + timedelta(days=4)) == []
        assert [f.reason for f in due_followups(s, store=store, now=now + timedelta(days=5))] == ["约周六到店试穿"]


@scenario(T, "5.1")
def when_an_associate_leaves_the_store_keeps_the_customers(sessions):
    g, store = vip_store(sessions)
    now = g.clock.now()
    with sessions.begin() as s:
        wang = require_associate(s, store=store, name="王芳")
        successors = [require_associate(s, store=store, name=n) for n in ("李娜", "赵敏")]
        record = hand_over(s, store=store, leaving=wang, successors=successors, actor="console:owner", now=now)
        owners = dict(s.execute(select(Customer.code, Customer.associate_id)).all())
    assert record.customers == 3  # V1, V2, V4 → 李娜, 赵敏, 李娜
    assert (owners["V1"], owners["V2"], owners["V4"]) == (successors[0].id, successors[1].id, successors[0].id)


@scenario(T, "5.2")
def events_with_attendance_and_who_has_not_come(sessions):
    g, store = vip_store(sessions)
    now = g.clock.now()
    with sessions.begin() as s:
        event = create_event(s, store=store, title="秋冬新品品鉴会", starts_at=now - timedelta(days=30), now=now)
        for code, status in (("V1", "attended"), ("V2", "absent"), ("V3", "registered")):
            set_attendance(s, event=event, customer=require_customer(s, store=store, code=code), status=status, now=now)
        missing = [c.code for c in customers_without_events(s, store=store, since=now - timedelta(days=180))]
    assert missing == ["V2", "V3", "V4", "V5"]


def on_schedule(g, store, *, associate_member: str | None = None):
    """Let the live service run the CRM's timers for this store (optionally giving 王芳 her member id)."""
    assert any(isinstance(source, CrmDeadlines) for source in g.runtime.sources), "the live service runs the CRM"
    if associate_member is not None:
        with g.sessions.begin() as s:
            require_associate(s, store=store, name="王芳").member_external_id = associate_member


@scenario(T, "2.1", variant="crm: every day")
def tiers_and_at_risk_are_recomputed_every_morning(sessions):
    g, store = vip_store(sessions)
    on_schedule(g, store)
    g.advance_to(g.clock.now().replace(hour=8, minute=59) + timedelta(days=1))
    with sessions.begin() as s:
        assert require_customer(s, store=store, code="V1").tier is None, "not before 09:00"
    g.advance(minutes=2)
    with sessions.begin() as s:
        assert dict(s.execute(select(Customer.code, Customer.tier)).all())["V1"] == "A"
        assert [c.actor for c in tier_history(s, customer=require_customer(s, store=store, code="V4"))] == ["scheduler"]
        v5 = require_customer(s, store=store, code="V5")
        assert [f.kind for f in open_followups(s, customer=v5)] == ["at_risk"]


@scenario(T, "5", variant="crm: follow-up reminder")
def the_associate_is_reminded_privately_when_a_follow_up_falls_due(sessions):
    g, store = vip_store(sessions)
    on_schedule(g, store, associate_member="admin1")
    now = g.clock.now()
    with sessions.begin() as s:
        v1 = require_customer(s, store=store, code="V1")
        log_contact(
            s,
            customer=v1,
            channel="private",
            note="想要秋冬新款西装",
            actor="console:wangfang",
            now=now,
            follow_up_at=now + timedelta(hours=5),
            follow_up="新款西装到货后通知张三",
        )
    since = g.mark()
    g.advance(hours=4)
    assert g.private_texts("admin1", since) == []
    g.advance(hours=2)
    texts = g.private_texts("admin1", since)
    assert texts == ["跟进提醒：张三（V1）—新款西装到货后通知张三（到期 11月23日 14:00）"]
    silent_in_group(g, since)
    g.advance(hours=1)
    assert g.private_texts("admin1", since) == texts, "reminded once"
