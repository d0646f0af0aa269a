"""第四篇/第五篇 微信群管理规定 (安徽商会): one scenario per clause software runs.

Members here carry real names (所在公司+部门职位+姓名, checks.CHAMBER_NAMES); 三.4's red-envelope fine
is 20 yuan within 24 hours by default.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from e2e.checks import (
    admins_not_told,
    admins_told,
    case_number,
    clause_cases,
    conversation,
    decide,
    nowhere_in_group,
    open_group,
    qr,
    report,
    request_number,
    roster_entries,
    silent_in_group,
    todo,
    told_in_group,
)
from e2e.registry import scenario
from qungui.adapters.simulator.platform import WECHAT_LIKE

T = "chamber"
ZHANG = "@安徽商会金融服务部张三"


def owed(g, member) -> list[Decimal]:
    return [f.amount for f in g.state(member).owed_fines()]


@scenario(T, "三.2")
def real_name_nicknames_reminded_then_admins_told(sessions):
    g = open_group(sessions, T)
    g.join("lz", "老张")
    reminder = told_in_group(g, "lz", "三.2", contains="所在公司+部门职位+姓名")
    assert "安徽商会金融服务部张三" in reminder
    g.join("xl", "小李")
    g.join("ok", "合肥建工集团办公室主任李四")  # compliant: nothing said
    assert not [m for m in g.group_messages() if "ok" in m.mentions]
    g.advance(hours=2)
    g.rename("xl", "芜湖铜业销售部经理李明")
    assert g.state("xl").nickname_due is None

    since = g.mark()
    g.advance(hours=22)
    admins_told(g, "老张 违反群规【三.2 群昵称实名制】", since=since)
    silent_in_group(g, since)
    assert clause_cases(g, "lz", "三.2") == [("applied", "remind"), ("applied", "alert_admin")]
    assert clause_cases(g, "xl", "三.2") == [("applied", "remind")]
    listed = todo(g, "owner")
    assert "【昵称不符合命名规则】" in listed, listed
    names = listed.split("【昵称不符合命名规则】")[1]
    assert "“老张”" in names and "李明" not in names and "李四" not in names, names
    g.rename("lz", "安徽商会金融服务部张三")
    assert g.state("lz").nickname_due is None
    since = g.mark()
    g.advance(days=3)
    admins_not_told(g, since)


@scenario(T, "三.3")
def leaking_shared_information_verified_and_left_to_the_admin(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "商会的会员通讯录我发给朋友公司了")
    number = report(g, "li", target="zhang", reason="三.3 把会员通讯录转发给非会员")
    since = g.mark()
    answer = decide(g, "admin1", f"通过 {number}")  # 本条未规定处罚: the admin decides what follows
    assert answer and "请用“警告 @成员 条款”或“移除 @成员 条款”处理" in answer[0], conversation(g)
    assert [t for t in g.private_texts("li", since) if "已核实" in t]
    assert g.cases("zhang") == []
    answer = decide(g, "admin1", f"移除 {ZHANG} 三.3 泄露会员通讯录", mentions=("zhang",))
    assert answer and "请出本群" in answer[0], conversation(g)
    assert g.kicked() == ["zhang"] and g.state("zhang").removed_by == "admin1"
    told_in_group(g, "zhang", "三.3", since=since, contains="被请出本群")
    assert clause_cases(g, "zhang", "三.3") == [("applied", "remove")]
    nowhere_in_group(g, "li")


@scenario(T, "三.4")
def a_fine_set_by_an_admin_is_paid_by_red_envelope_or_alerted_when_overdue(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "大家好")
    g.say("li", "大家好")
    answer = decide(g, "admin1", f"罚红包 {ZHANG} 三.4 在群里骂人", mentions=("zhang",))
    assert answer and "罚发群红包" in answer[0], conversation(g)
    told_in_group(g, "zhang", "三.4", contains="须发群红包 20 元")
    assert owed(g, "zhang") == [Decimal(20)]
    since = g.mark()
    g.red_envelope("zhang", 5)  # too small: still owed
    assert [m for m in g.group_messages(since) if "zhang" in m.mentions and "少于应发的 20 元" in m.text]
    assert owed(g, "zhang") == [Decimal(20)]
    g.red_envelope("zhang", 20)
    assert [m for m in g.group_messages(since) if "zhang" in m.mentions and "已结清" in m.text]
    assert owed(g, "zhang") == []

    decide(g, "admin2", "罚红包 @合肥建工集团办公室主任李四 50元 三.4 辱骂会员", mentions=("li",))
    assert owed(g, "li") == [Decimal(50)], "the admin's own amount"
    since = g.mark()
    g.advance(hours=23, minutes=59)
    admins_not_told(g, since)
    g.advance(minutes=1)
    admins_told(g, "罚红包（50 元，群规【三.4】）已逾期未发", since=since)
    assert g.state("li").owed_fines()[0].overdue_alerted
    listed = todo(g, "admin1")
    assert "未缴罚红包" in listed and "合肥建工集团办公室主任李四 50元" in listed, listed
    since = g.mark()
    g.advance(days=1)
    admins_not_told(g, since)  # told once
    g.red_envelope("li", 50)
    assert owed(g, "li") == []
    assert [step for _s, step in clause_cases(g, "zhang", "三.4")] == ["fine"]


@scenario(T, "三.4", variant="wechat-like: red envelopes unseen, admin confirms")
def where_red_envelopes_are_invisible_an_admin_confirms_payment(sessions):
    g = open_group(sessions, T, capabilities=WECHAT_LIKE)
    g.say("zhang", "你们都是傻逼")
    told_in_group(g, "zhang", "三.4.3", contains="须发群红包 20 元")
    assert owed(g, "zhang") == [Decimal(20)]
    g.advance(hours=2)
    answer = decide(g, "li", f"确认红包 {ZHANG}", mentions=("zhang",))  # a member cannot
    assert answer and "只有管理员" in answer[0]
    assert owed(g, "zhang") == [Decimal(20)]
    answer = decide(g, "admin1", f"确认红包 {ZHANG}", mentions=("zhang",))
    assert answer and "已结清" in answer[0], conversation(g)
    assert owed(g, "zhang") == []
    since = g.mark()
    g.advance(days=2)
    admins_not_told(g, since)


@scenario(T, "三.4.1")
def harmful_content_deleted_and_fined(sessions):
    g = open_group(sessions, T)
    ad = g.say("zhang", "诚招代理，月入过万")
    assert g.message_id(ad) in g.sim.deleted
    told_in_group(g, "zhang", "三.4.1", contains="须发群红包 20 元")
    g.advance(hours=1)
    code = g.image("zhang", qr("qq_group"))  # a QQ group's QR code
    assert g.message_id(code) in g.sim.deleted
    assert owed(g, "zhang") == [Decimal(20), Decimal(20)], "every offence its own red envelope"
    g.red_envelope("zhang", 20)
    assert owed(g, "zhang") == [Decimal(20)]
    g.advance(hours=1)
    disguised = g.say("li", "兼zhi刷单，日结")
    assert g.message_id(disguised) in g.sim.deleted
    told_in_group(g, "li", "三.4.1", contains="须发群红包")

    since = g.mark()
    g.advance(hours=23)  # zhang's second fine falls due
    admins_told(g, "安徽商会金融服务部张三 的罚红包（20 元，群规【三.4.1】）已逾期未发", since=since)
    assert [step for _s, step in clause_cases(g, "zhang", "三.4.1")] == ["fine", "fine"]

    since = g.mark()
    g.say("wang", "加我微❤ abc12345 代理招募")  # only the classifier sees through 微❤: an admin decides
    silent_in_group(g, since)
    number = case_number(g, "wang", "三.4.1", status="queued")
    decide(g, "admin1", f"通过 A{number}")
    told_in_group(g, "wang", "三.4.1", since=since, contains="须发群红包 20 元")
    assert owed(g, "wang") == [Decimal(20)]


@scenario(T, "三.4.2")
def voice_bursts_reminded_then_fined(sessions):
    g = open_group(sessions, T)
    for _ in range(3):
        g.voice("zhang", 10)
        g.advance(seconds=30)
    assert g.cases("zhang") == [], "a few short voice messages are fine"
    g.voice("zhang", 10)  # the fourth within ten minutes
    told_in_group(g, "zhang", "三.4.2", contains="请少发语音")
    assert owed(g, "zhang") == []
    g.voice("zhang", 10)  # the same burst
    assert clause_cases(g, "zhang", "三.4.2") == [("applied", "remind"), ("applied", "merged")]
    g.advance(hours=3)
    since = g.mark()
    g.voice("zhang", 90)  # one long voice message, a repeat within the week
    told_in_group(g, "zhang", "三.4.2", since=since, contains="须发群红包 20 元")
    assert owed(g, "zhang") == [Decimal(20)]
    assert g.state("zhang").owed_fines()[0].due == g.clock.now() + timedelta(hours=24)
    g.red_envelope("zhang", 20)
    assert owed(g, "zhang") == []


@scenario(T, "三.4.3")
def abuse_fined_with_a_red_envelope(sessions):
    g = open_group(sessions, T)
    said = g.say("zhang", "你们都是傻逼")
    told_in_group(g, "zhang", "三.4.3", contains="须发群红包 20 元")
    assert g.message_id(said) not in g.sim.deleted
    assert clause_cases(g, "zhang", "三.4.3") == [("applied", "fine")]
    since = g.mark()
    g.say("li", "你这种人真让人恶心，滚远点")  # the classifier's catch
    silent_in_group(g, since)
    number = case_number(g, "li", "三.4.3", status="queued")
    decide(g, "admin2", f"通过 A{number}")
    assert owed(g, "li") == [Decimal(20)]
    g.red_envelope("zhang", 20)
    assert owed(g, "zhang") == []


@scenario(T, "三.5")
def only_members_join_others_are_held_or_queued(sessions):
    roster = roster_entries(("安徽商会金融服务部张三", "zhang"), ("李四", None))
    g = open_group(sessions, T, roster=roster)
    since = g.mark()
    g.request_join("zhang")  # on the list: let in at once
    g.request_join("li")  # listed by name: 合肥建工集团办公室主任李四 ends with 李四
    admins_not_told(g, since)
    assert g.sim.joins == {"zhang": True, "li": True}
    g.request_join("stranger", "合肥某贸易公司经理孙八")
    held = admins_told(g, "合肥某贸易公司经理孙八 的入群申请待管理员审核", since=since)
    approve = request_number(held, "R")
    g.request_join("spammer", "推广小号")
    reject = request_number(admins_told(g, "推广小号 的入群申请待管理员审核"), "R")
    assert g.state("stranger").status == "pending" and "stranger" not in g.sim.joins
    answer = decide(g, "zhang", f"通过 {approve}")
    assert answer and "只有管理员" in answer[0] and "stranger" not in g.sim.joins
    answer = decide(g, "admin1", f"通过 {approve}")
    assert answer and f"已同意 合肥某贸易公司经理孙八 的入群申请 {approve}" in answer[0], conversation(g)
    decide(g, "admin2", f"拒绝 {reject} 不是会员")
    assert g.sim.joins == {"zhang": True, "li": True, "stranger": True, "spammer": False}
    assert g.state("spammer").status == "left"

    since = g.mark()
    g.join("walkin", "芜湖某公司销售部经理周九")  # joined directly (no approval step on the platform)
    admins_told(g, "疑似违反群规【三.5 只加商会会员】", since=since)
    assert "walkin" not in g.kicked(), "a person decides: the list may be incomplete"
    number = case_number(g, "walkin", "三.5", status="queued")
    decide(g, "admin1", f"通过 A{number}")
    assert g.kicked() == ["walkin"]
    removal = [t for t in g.group_texts(since) if "不是安徽商会会员" in t]
    assert removal and "三.5" in removal[0], conversation(g)
    assert clause_cases(g, "walkin", "三.5") == [("applied", "remove")]

    g.join("other", "马鞍山某公司总经理吴十")
    number = case_number(g, "other", "三.5", status="queued")
    decide(g, "admin2", f"拒绝 A{number} 新入会会员，名单未更新")
    assert clause_cases(g, "other", "三.5") == [("dismissed", "remove")]
    assert "other" not in g.kicked()


@scenario(T, "三.5", variant="an approved request is not queued again")
def a_join_the_admins_approved_is_not_questioned_again(sessions):
    g = open_group(sessions, T, roster=roster_entries(("安徽商会金融服务部张三", "zhang")))
    g.request_join("stranger", "合肥某贸易公司经理孙八")
    approve = request_number(admins_told(g, "入群申请待管理员审核"), "R")
    decide(g, "admin1", f"通过 {approve}")
    since = g.mark()
    g.join("stranger", approved_by="admin1")  # the platform lets them in
    assert g.state("stranger").status == "active"
    assert g.cases("stranger") == [], conversation(g)
    for admin in ("owner", "admin1", "admin2"):
        assert not [t for t in g.private_texts(admin, since) if "三.5" in t], conversation(g)
