"""第三篇 微信群管理制度 (engineering department group): one scenario per clause software runs."""

from __future__ import annotations

from datetime import timedelta

from e2e.checks import (
    admins_not_told,
    admins_told,
    clause_cases,
    conversation,
    decide,
    nowhere_in_group,
    open_group,
    report,
    roster_entries,
    silent_in_group,
    todo,
    told_in_group,
)
from e2e.office import acks, command, matrix, office, post, reminders, tasks
from e2e.registry import scenario
from qungui.adapters.simulator.platform import WECHAT_LIKE

T = "department"


@scenario(T, "二.2")
def the_owner_sees_which_managers_have_not_joined(sessions):
    roster = roster_entries(("张伟", "zw"), ("李娜", "ln"), ("王强", None))  # 王强 matched by name
    g = open_group(sessions, T, roster=roster)
    assert [e.name for e in g.roster().missing] == ["张伟", "李娜", "王强"]
    g.join("zw", "项目经理张伟")
    g.join("wq", "工程部王强")
    g.join("visitor", "监理单位赵工")  # not on the list: an open group, nobody is held
    status = g.roster()
    assert [e.name for e in status.missing] == ["李娜"] and not status.complete
    listed = todo(g, "owner")
    assert "名单上尚未入群" in listed and "李娜" in listed and "张伟" not in listed, listed
    assert {member for _entry, member in status.present} == {"zw", "wq"}
    g.join("ln", "资料员李娜")
    assert g.roster().complete
    g.leave("ln")
    assert [e.name for e in g.roster().missing] == ["李娜"], "leaving makes the list incomplete again"
    assert g.kicked() == [] and g.state("visitor").status == "active"


@scenario(T, "二.3")
def real_names_reminded_on_join_and_admins_told_a_day_later(sessions):
    g = open_group(sessions, T)
    g.join("xw", "小王")
    reminder = told_in_group(g, "xw", "二.3", contains="真实姓名")
    assert "我在本群的昵称" in reminder and "项目经理张伟" in reminder
    assert g.state("xw").nickname_due == g.clock.now() + timedelta(hours=24)
    g.join("aq", "阿强")
    g.join("ls", "工程部李四")  # compliant: nothing said
    assert not [m for m in g.group_messages() if "ls" in m.mentions]
    g.advance(hours=3)
    g.rename("aq", "项目经理张强")  # fixed in time
    assert g.state("aq").nickname_due is None

    since = g.mark()
    g.advance(hours=20, minutes=59)
    admins_not_told(g, since)
    g.advance(minutes=1)
    admins_told(g, "小王 违反群规【二.3 群昵称实名制】", since=since)
    silent_in_group(g, since)
    assert clause_cases(g, "xw", "二.3") == [("applied", "remind"), ("applied", "alert_admin")]
    assert clause_cases(g, "aq", "二.3") == [("applied", "remind")]
    assert g.state("xw").nickname_due is None, "alerted once, not every day"
    since = g.mark()
    g.advance(days=2)
    admins_not_told(g, since)


@scenario(T, "三.3")
def unlawful_or_religious_content_deleted_reminded_then_admins_told(sessions):
    g = open_group(sessions, T)
    politics = g.say("zhang", "有没有好用的翻墙软件推荐")
    assert g.message_id(politics) in g.sim.deleted
    told_in_group(g, "zhang", "三.3", contains="温馨提示")
    g.advance(hours=1)
    since = g.mark()
    religion = g.say("zhang", "信主得永生，欢迎周日来教会")
    assert g.message_id(religion) in g.sim.deleted
    admins_told(g, "张三 违反群规【三.3 遵守法律法规】", since=since)
    assert clause_cases(g, "zhang", "三.3") == [("applied", "remind"), ("applied", "alert_admin")]
    violence = g.say("li", "再拖工期我弄死你")
    assert g.message_id(violence) in g.sim.deleted
    told_in_group(g, "li", "三.3", contains="温馨提示")


@scenario(T, "三.4")
def leaking_department_secrets_verified_earns_a_serious_warning(sessions):
    g = open_group(sessions, T)
    g.say("zhang", "图纸我已经发给隔壁公司的朋友参考了")
    number = report(g, "li", target="zhang", reason="三.4 把部门图纸转发给外单位")
    since = g.mark()
    decide(g, "admin1", f"通过 {number}")
    told_in_group(g, "zhang", "三.4", since=since, contains="严重警告")
    assert clause_cases(g, "zhang", "三.4") == [("applied", "serious_warning")]
    assert len(g.state("zhang").strikes) == 1 and g.kicked() == []
    nowhere_in_group(g, "li")


@scenario(T, "三.5")
def porn_gambling_virus_links_deleted_with_a_serious_warning(sessions):
    g = open_group(sessions, T)
    gambling = g.say("zhang", "网赌稳赚不赔，澳门首家")
    assert g.message_id(gambling) in g.sim.deleted
    told_in_group(g, "zhang", "三.5", contains="严重警告")
    g.advance(hours=1)
    since = g.mark()
    disguised = g.say("zhang", "yue炮吗")  # pinyin disguise
    assert g.message_id(disguised) in g.sim.deleted
    told_in_group(g, "zhang", "三.5", since=since, contains="严重警告")
    link = g.say("li", "新版考勤软件 http://dl.example.com/tool.apk")
    assert g.message_id(link) in g.sim.deleted
    told_in_group(g, "li", "三.5", contains="严重警告")
    assert clause_cases(g, "zhang", "三.5") == [("applied", "serious_warning")] * 2


@scenario(T, "三.5", variant="wechat-like: no delete")
def on_wechat_the_admins_are_asked_to_recall(sessions):
    g = open_group(sessions, T, capabilities=WECHAT_LIKE)
    g.say("zhang", "网赌稳赚不赔，澳门首家")
    assert g.sim.deleted == set()
    told_in_group(g, "zhang", "三.5", contains="严重警告")
    assert ("delete_message", "unsupported", "平台不支持撤回消息，已请管理员手动撤回") in g.sanction_errors("zhang")
    admins_told(g, "请手动撤回")


@scenario(T, "四.4")
def pointing_fingers_reminded_then_admins_told(sessions):
    g = open_group(sessions, T)
    said = g.say("zhang", "你就是个废物，这点事都办不好")
    told_in_group(g, "zhang", "四.4", contains="温馨提示")
    assert g.message_id(said) not in g.sim.deleted
    g.advance(hours=1)
    since = g.mark()
    g.say("zhang", "蠢货")
    admins_told(g, "张三 违反群规【四.4 不矛头指向他人】", since=since)
    assert clause_cases(g, "zhang", "四.4") == [("applied", "remind"), ("applied", "alert_admin")]


@scenario(T, "四.5")
def forwarding_group_content_verified_earns_a_serious_warning(sessions):
    g = open_group(sessions, T)
    shared = g.say("zhang", "群里的进度表我转给供应商了，方便他们备货")
    number = report(g, "li", reason="四.5 把群内工作内容转发给非相关人员", message=g.message_id(shared))
    since = g.mark()
    decide(g, "admin2", f"通过 {number}")
    told_in_group(g, "zhang", "四.5", since=since, contains="严重警告")
    assert clause_cases(g, "zhang", "四.5") == [("applied", "serious_warning")]
    nowhere_in_group(g, "li")


@scenario(T, "四.2")
def a_leaders_directive_is_confirmed_at_once_or_answered_with_a_plan(sessions):
    g = office(sessions, T)
    since = g.mark()
    command(g, "admin1", "任务 @张三 今天下班前提交周报", "zhang")
    [weekly] = [m for m in g.group_messages(since) if "【任务 T1】" in m.text]
    assert weekly.mentions == ("zhang",) and "截止：11月23日 18:00" in weekly.text
    command(g, "admin1", "任务 @李四 今天把三号楼的整改方案发群里", "li")
    command(g, "zhao", "任务 @王五 下午四点前检查消防通道", "wang")  # a department head gives one too
    g.advance(minutes=5)
    g.say("zhang", "收到，马上执行", reply_to=weekly.id)  # confirmed at once
    plan = "今天材料还没到，计划明天上午十点前发出"  # cannot solve it today: a plan
    g.say("li", plan, reply_to=g.last_bot_message("【任务 T2】").id)
    assert [(owner, status) for _n, owner, status, _p in tasks(g)] == [
        ("zhang", "confirmed"),
        ("li", "plan_given"),
        ("wang", "waiting"),
    ]
    assert any("李四 对任务 T2" in t for t in g.private_texts("admin1")), conversation(g)
    since = g.mark()
    g.advance(minutes=25)  # half an hour without an answer
    [reminder] = [m for m in g.group_messages(since) if "wang" in m.mentions]
    assert "任务 T3 还未确认" in reminder.text and "@王五" in reminder.text
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=16, minute=0))
    [told] = g.private_texts("zhao", since)  # the leader who gave it (安全部 has no head)
    assert "任务 T3 已逾期" in told and "王五" in told and "【四.2 领导指令马上回复确认】" in told
    g.say("zhang", "已完成", reply_to=weekly.id)
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=18, minute=0))
    assert [status for _n, _o, status, _p in tasks(g)] == ["done", "plan_given", "overdue"]
    assert g.private_texts("admin1", since) == [], "done and planned tasks are not escalated"
    assert g.cases() == [], "answers are ordinary chat"


@scenario(T, "四.3")
def a_notice_is_acknowledged_with_收到_and_the_silent_are_chased(sessions):
    g = office(sessions, T)
    handled, announcement = post(g, "admin1", "通知 @工程部 @王五 明天上午9点项目部开安全例会 截止 今天18:00", "wang")
    assert "对象：工程部（3人）、王五" in announcement.text
    g.say("zhang", "收到", reply_to=announcement.id)
    g.say("wang", "好的，马上执行", reply_to=g.message_id(handled))
    g.say("qian", "收到")  # not addressed: does not count
    assert acks(g) == {"zhang": "reply", "wang": "reply"}
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=13, minute=30))
    [reminder] = reminders(g, since)
    assert set(reminder.mentions) == {"li", "zhao"}
    g.say("li", "收到👍")
    since = g.mark()
    g.advance_to(g.clock.now().replace(hour=18, minute=0))
    [to_admins] = g.private_texts("owner", since)
    assert "赵六" in to_admins and "【四.3 通知及时回复收到】" in to_admins, "the head alone in his department"
    assert [r.member_id for r in matrix(g) if r.at is None] == ["zhao"]
    assert g.cases() == []
