"""第三篇 微信群管理制度 (engineering department group): one scenario per clause software runs."""

from __future__ import annotations

from datetime import timedelta

from e2e.checks import (
    admins_not_told,
    admins_told,
    clause_cases,
    decide,
    nowhere_in_group,
    open_group,
    report,
    roster_entries,
    silent_in_group,
    todo,
    told_in_group,
)
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
