"""VIP客户群 (vip-store): the group-hygiene clauses derived from the VIP policy (派生.*).

The policy's own paragraphs run in the VIP customer module (workflow vip_crm, issue 8) and are
deferred by the registry. Customers are reminded politely and never removed automatically: a repeat
goes to the store manager (an admin).
"""

from __future__ import annotations

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
