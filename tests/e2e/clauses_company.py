"""第二篇 微信群管理制度 (company work group): one scenario per clause software runs."""

from __future__ import annotations

from e2e.checks import (
    admins_told,
    case_number,
    clause_cases,
    conversation,
    decide,
    nowhere_in_group,
    open_group,
    qr,
    report,
    silent_in_group,
    told_in_group,
)
from e2e.office import command, office, post, tasks
from e2e.registry import scenario
from qungui.core.events import MessageKind

T = "company"


@scenario(T, "1")
def unlawful_content_deleted_reminded_then_leaders_alerted(sessions):
    g = open_group(sessions, T)
    first = g.say("zhang", "有没有好用的翻墙软件推荐")
    assert g.message_id(first) in g.sim.deleted
    told_in_group(g, "zhang", "1", contains="温馨提示")
    g.advance(hours=1)
    since = g.mark()
    second = g.say("zhang", "再这样我弄死你")  # violence, the same clause and ladder
    assert g.message_id(second) in g.sim.deleted
    admins_told(g, "张三 违反群规【1 遵守法律法规】", since=since)
    silent_in_group(g, since)
    assert clause_cases(g, "zhang", "1") == [("applied", "remind"), ("applied", "alert_admin")]
    assert g.kicked() == [] and g.state("zhang").status == "active"


@scenario(T, "2")
def leaking_verified_then_handed_to_the_company_regulations(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "我把这周的业务通报转给外面的朋友看了")
    number = report(g, "li", target="zhang", reason="把业务通报转发给外部人员，违反保密规定")
    answer = decide(g, "admin1", f"通过 {number}")
    assert answer and f"举报 {number} 已核实" in answer[0], conversation(g)
    assert clause_cases(g, "zhang", "2") == []
    answer = decide(g, "admin1", "警告 @张三 2 转发业务通报", mentions=("zhang",))
    assert answer and "记录在案" in answer[0] and "【2 严守公司秘密】" in answer[0], conversation(g)
    assert clause_cases(g, "zhang", "2") == [("applied", "record")]
    assert ("record", "done") in g.sanctions("zhang") and g.kicked() == []
    nowhere_in_group(g, "li")


@scenario(T, "2", variant="report names 第2条")
def a_report_naming_clause_two_is_applied_when_verified(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "我把这周的业务通报转给外面的朋友看了")
    number = report(g, "li", target="zhang", reason="第2条 把业务通报转发给外部人员")
    decide(g, "admin1", f"通过 {number}")
    assert clause_cases(g, "zhang", "2") == [("applied", "record")], g.cases()


@scenario(T, "3")
def uncivil_language_reminded_then_leaders_alerted(sessions):
    g = open_group(sessions, T)
    said = g.say("zhang", "你就是个废物")
    told_in_group(g, "zhang", "3", contains="温馨提示")
    assert g.message_id(said) not in g.sim.deleted, "3 does not ask for deletion"
    g.advance(hours=2)
    since = g.mark()
    g.say("zhang", "蠢货")
    admins_told(g, "张三 违反群规【3 文明交流不辱骂】", since=since)
    assert clause_cases(g, "zhang", "3") == [("applied", "remind"), ("applied", "alert_admin")]

    since = g.mark()
    g.say("li", "你这种人真让人恶心，滚远点")  # the classifier's catch
    silent_in_group(g, since)
    number = case_number(g, "li", "3", status="queued")
    decide(g, "admin2", f"通过 A{number}")
    told_in_group(g, "li", "3", since=since, contains="温馨提示")
    assert clause_cases(g, "li", "3") == [("applied", "remind")]


@scenario(T, "3.1")
def disparaging_the_company_reported_reminded_then_leaders_alerted(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "咱们公司管理层全是一群骗子")
    number = report(g, "li", target="zhang", reason="3.1 诋毁公司管理层")
    since = g.mark()
    decide(g, "admin1", f"通过 {number}")
    told_in_group(g, "zhang", "3.1", since=since, contains="温馨提示")
    g.advance(days=1)
    again = report(g, "wang", target="zhang", reason="3.1 又在说销售部坏话")
    since = g.mark()
    decide(g, "admin2", f"通过 {again}")
    admins_told(g, "张三 违反群规【3.1 不得诋毁公司形象】", since=since)
    assert clause_cases(g, "zhang", "3.1") == [("applied", "remind"), ("applied", "alert_admin")]
    nowhere_in_group(g, "li", "wang")


@scenario(T, "4")
def porn_gambling_virus_links_deleted_with_a_warning(sessions):
    g = open_group(sessions, T)
    porn = g.say("zhang", "约炮吗，私聊")
    assert g.message_id(porn) in g.sim.deleted
    warning = told_in_group(g, "zhang", "4", contains="警告处分")
    assert "已记录在案" in warning
    g.advance(hours=1)
    link = g.say("zhang", "新版考勤软件 http://dl.example.com/tool.apk")
    assert g.message_id(link) in g.sim.deleted
    g.advance(hours=1)
    since = g.mark()
    gambling = g.say("zhang", "今晚赌球吗，押注群里见")
    assert g.message_id(gambling) in g.sim.deleted
    told_in_group(g, "zhang", "4", since=since, contains="警告处分")  # 一经发现,予以警告处分: every time
    assert [step for _s, step in clause_cases(g, "zhang", "4")] == ["warn"] * 3
    assert g.kicked() == []


@scenario(
    T,
    "4",
    variant="the leaders are told",
)
def the_department_leaders_hear_of_a_formal_warning(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "约炮吗，私聊")
    told_in_group(g, "zhang", "4", contains="并通知管理员")
    admins_told(g, "张三 违反群规【4 ")


@scenario(T, "5")
def leaving_the_work_group_is_queued_and_a_confirmed_warning_recorded(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "这破群我不待了")
    since = g.mark()
    g.leave("zhang")
    admins_told(g, "疑似违反群规【5 不得执意退群】", since=since)
    silent_in_group(g, since)
    number = case_number(g, "zhang", "5", status="queued")
    answer = decide(g, "admin1", f"通过 A{number}")
    assert answer and f"已确认案件 A{number}" in answer[0], conversation(g)
    assert clause_cases(g, "zhang", "5") == [("applied", "warn")]
    assert ("record", "done") in g.sanctions("zhang"), "gone: the warning is kept on record, nobody @-ed"
    assert not [m for m in g.group_messages() if "zhang" in m.mentions]
    assert g.state("zhang").status == "left" and len(g.state("zhang").strikes) == 1

    g.say("li", "我下个月调去分公司")
    g.leave("li")
    number = case_number(g, "li", "5", status="queued")
    decide(g, "admin2", f"拒绝 A{number} 正常调岗")
    assert clause_cases(g, "li", "5") == [("dismissed", "warn")]
    assert g.state("li").strikes == ()


@scenario(T, "7")
def too_many_images_reminded_then_leaders_alerted(sessions):
    g = open_group(sessions, T)
    for _ in range(5):
        g.image("zhang")
    assert g.cases("zhang") == []
    g.image("zhang")  # the sixth in ten minutes
    told_in_group(g, "zhang", "7", contains="温馨提示")
    g.image("zhang")  # the same burst
    assert clause_cases(g, "zhang", "7") == [("applied", "remind"), ("applied", "merged")]
    g.advance(hours=1)
    since = g.mark()
    for _ in range(6):
        g.image("zhang")
    admins_told(g, "张三 违反群规【7 不过度发图片】", since=since)
    assert [step for _s, step in clause_cases(g, "zhang", "7")] == ["remind", "merged", "alert_admin"]
    assert g.sim.deleted == set()


@scenario(T, "10")
def negative_talk_reported_and_the_admin_reminds(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "这公司没前途，大家早点找下家吧")
    number = report(g, "li", target="zhang", reason="散播负面信息，影响士气")
    answer = decide(g, "admin1", f"通过 {number}")
    assert answer and "已核实" in answer[0], conversation(g)
    since = g.mark()
    decide(g, "admin1", "警告 @张三 10 散播负面信息", mentions=("zhang",))
    told_in_group(g, "zhang", "10", since=since, contains="温馨提示")
    assert clause_cases(g, "zhang", "10") == [("applied", "remind")]
    g.advance(days=1)
    since = g.mark()
    decide(g, "admin2", "警告 @张三 10 又在散播负面信息", mentions=("zhang",))
    admins_told(g, "张三 违反群规【10 传播正能量】", since=since)
    assert clause_cases(g, "zhang", "10") == [("applied", "remind"), ("applied", "alert_admin")]
    nowhere_in_group(g, "li")


@scenario(T, "10", variant="report names 第10条")
def a_report_naming_clause_ten_is_applied_when_verified(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "这公司没前途，大家早点找下家吧")
    number = report(g, "li", target="zhang", reason="第10条 散播负面信息")
    decide(g, "admin1", f"通过 {number}")
    assert clause_cases(g, "zhang", "10") == [("applied", "remind")], g.cases()


@scenario(T, "11")
def commercial_ads_deleted_reminded_then_leaders_alerted(sessions):
    g = open_group(sessions, T)
    ad = g.say("zhang", "诚招代理，月入过万")
    assert g.message_id(ad) in g.sim.deleted
    told_in_group(g, "zhang", "11", contains="温馨提示")
    g.advance(hours=1)
    since = g.mark()
    disguised = g.say("zhang", "兼zhi刷单，日结")  # pinyin disguise
    assert g.message_id(disguised) in g.sim.deleted
    admins_told(g, "张三 违反群规【11 禁发商业广告】", since=since)
    assert clause_cases(g, "zhang", "11") == [("applied", "remind"), ("applied", "alert_admin")]
    card = g.image("li", qr("personal_card"))  # a contact card as a QR code
    assert g.message_id(card) in g.sim.deleted
    told_in_group(g, "li", "11", contains="温馨提示")
    g.say("wang", "有空加个微信")  # ordinary among colleagues
    assert g.cases("wang") == []


@scenario(T, "8")
def company_directives_reach_everyone_and_department_heads_answer_for_the_silent(sessions):
    g = office(sessions, T)
    _handled, announcement = post(g, "admin1", "通知 @所有人 今晚8点前在系统里填报本月考勤 截止 今天20:00")
    assert "【通知 N1】" in announcement.text, "a company directive asks for 收到 under 第二篇.8"
    for member in ("owner", "admin2", "li", "wang", "zhao", "qian"):
        g.say(member, "收到", reply_to=announcement.id)
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=20, minute=0))
    [to_head] = g.private_texts("zhao", since)  # 无故不接、推诿将追究各部门负责人责任
    assert "张三" in to_head and "工程部" in to_head and "【8 公司指令传达到位】" in to_head
    assert all(g.private_texts(a, since) == [] for a in ("owner", "admin1", "admin2")), "张三 has a head"
    command(g, "zhao", "任务 @张三 明天中午前补填考勤并说明原因", "zhang")
    since = g.mark()
    g.advance_to(g.clock.now().replace(day=g.clock.now().day + 1, hour=12, minute=0))
    assert any("任务 T1 已逾期" in t and "张三" in t for t in g.private_texts("zhao", since)), conversation(g)
    assert [status for _n, _o, status, _p in tasks(g)] == ["overdue"]


@scenario(T, "6")
def company_posts_are_shared_to_moments_and_proved_with_screenshots(sessions):
    g = office(sessions, T)
    since = g.mark()
    command(g, "admin1", "分享 https://example.com/launch 公司新品发布会 今天18:00前")
    [announcement] = [m for m in g.group_messages(since) if "【分享任务 F1】" in m.text]
    assert "群规【6 转发公司信息到朋友圈】" in announcement.text and "截图" in announcement.text
    for member in ("owner", "admin2", "zhang", "li", "wang"):
        g.say(member, "", kind=MessageKind.IMAGE, reply_to=announcement.id)
    g.say("zhao", "已分享")  # a claim: asked for the screenshot
    assert any("@赵六" in t and "截图" in t for t in g.group_texts(since)), conversation(g)
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=16, minute=0))  # two hours before the due time
    reminders = [m for m in g.group_messages(since) if "【提醒】分享任务 F1" in m.text]
    assert reminders and set(reminders[-1].mentions) == {"zhao", "qian"}, conversation(g) + str(reminders)
    g.image("zhao")  # right after 已分享: his screenshot
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=18, minute=0))
    [closing] = [t for t in g.private_texts("admin1", since) if "分享任务 F1 已截止" in t]
    assert "6/7 人已发截图" in closing and "未完成：钱七" in closing
    assert g.cases() == [], "screenshots are not an image flood"


@scenario(T, "9")
def questions_raised_in_the_group_are_answered_by_the_department_in_time(sessions):
    g = office(sessions, T)
    asked = g.say("qian", "@赵六 工地的图纸什么时候出？", mentions=("zhao",))
    g.advance(minutes=12)
    g.say("li", "今天下午出", reply_to=g.message_id(asked))
    g.say("qian", "@王五 安全帽在哪里领？", mentions=("wang",))
    g.say("zhang", "工程部的同事，明天几点开工？")
    since = g.mark()
    g.advance(minutes=31)
    [reminder] = [t for t in g.private_texts("zhao", since) if "反映的问题" in t]
    assert "张三" not in reminder or "工程部" in reminder
    assert "群规【9 反映的问题及时回复】" in reminder and "明天几点开工" in reminder
    g.say("zhao", "八点")  # the department answers: late
    g.advance(days=1)
    since = g.mark()
    command(g, "admin1", "周报")
    [digest] = g.private_texts("admin1", since)
    assert "· 工程部：提问 2，已回复 2，超时 1，未回复 0，回复用时中位 21.5分钟，P90 31分钟" in digest, digest
    assert "· 安全部：提问 1，已回复 0，超时 0，未回复 1" in digest
