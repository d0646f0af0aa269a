"""Directives (任务) in the live service: confirmed at once or answered with a plan, reminded, done, or overdue
and reported to the leader who gave them and the member's department head."""

from __future__ import annotations

from datetime import datetime, timedelta

from e2e.checks import conversation
from e2e.office import answers, command, office, tasks
from qungui.governance.notices.tasks import default_due
from support import SHANGHAI

SIX_PM = datetime(2026, 11, 23, 18, 0, tzinfo=SHANGHAI)


def give(g, sender: str, text: str, *owners: str):
    since = g.mark()
    handled = command(g, sender, text, *owners)
    announced = [m for m in g.group_messages(since) if "【任务 T" in m.text]
    assert announced, conversation(g)
    return handled, announced[-1]


def test_a_directive_due_today_is_announced_with_its_number_and_due_time(session_factory):
    g = office(session_factory)
    handled, announcement = give(g, "admin1", "任务 @张三 今天下班前提交周报", "zhang")
    assert "【任务 T1】@张三：今天下班前提交周报" in announcement.text
    assert "截止：11月23日 18:00" in announcement.text and "交办：管理员周" in announcement.text
    assert announcement.mentions == ("zhang",)
    assert tasks(g) == [(1, "zhang", "waiting", None)]
    assert answers(g, handled, (0, 0)) == []


def test_the_owner_replies_with_a_plan_and_the_leader_hears_of_it(session_factory):
    g = office(session_factory)
    _handled, announcement = give(g, "admin1", "任务 @张三 今天下班前提交周报", "zhang")
    since = g.mark()
    g.say("zhang", "今天数据还没出来，计划明天上午10点前提交", reply_to=announcement.id)
    assert tasks(g) == [(1, "zhang", "plan_given", "今天数据还没出来，计划明天上午10点前提交")]
    [told] = g.private_texts("admin1", since)
    assert "张三 对任务 T1" in told and "计划明天上午10点前提交" in told
    since = g.mark()
    g.advance_to(SIX_PM + timedelta(hours=1))
    assert g.private_texts("admin1", since) == [] and g.private_texts("zhao", since) == [], "a plan is an answer"
    assert tasks(g)[0][2] == "plan_given"


def test_a_bare_plan_right_after_the_directive_counts(session_factory):
    g = office(session_factory)
    give(g, "admin1", "指令 @李四 今天把三号楼的整改方案发群里", "li")
    g.say("li", "预计下午4点完成")
    assert tasks(g)[0][2:] == ("plan_given", "预计下午4点完成")


def test_confirmed_by_a_bare_收到_and_done_by_a_reply(session_factory):
    g = office(session_factory)
    _handled, announcement = give(g, "admin1", "交办 @王五 下午3点前检查消防通道", "wang")
    g.say("wang", "收到，马上执行")
    assert tasks(g)[0][2] == "confirmed"
    since = g.mark()
    g.advance(hours=2)
    assert not [m for m in g.group_messages(since) if "wang" in m.mentions], "a confirmed task is not chased"
    g.say("wang", "已完成👍", reply_to=announcement.id)
    assert tasks(g)[0][2] == "done"
    assert any("王五 已完成任务 T1" in t for t in g.private_texts("admin1", since))


def test_an_unconfirmed_task_is_reminded_then_overdue_and_escalated(session_factory):
    g = office(session_factory)
    give(g, "admin1", "任务 @李四 整理本周的施工日志", "li")  # no time: 18:00 today by default
    assert g.runtime.next_wakeup() == datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
    since = g.mark()
    g.advance(minutes=29)
    assert g.group_messages(since) == []
    g.advance(minutes=1)
    [reminder] = g.group_messages(since)
    assert reminder.mentions == ("li",) and "任务 T1 还未确认" in reminder.text and "@李四" in reminder.text
    since = g.mark()
    g.advance_to(SIX_PM)
    assert tasks(g)[0][2] == "overdue"
    for leader in ("admin1", "zhao"):  # the leader who gave it, the head of 工程部
        [told] = g.private_texts(leader, since)
        assert "任务 T1 已逾期" in told and "李四" in told and "未确认" in told and "【四.2" in told
    assert g.private_texts("li", since) == [] and g.private_texts("owner", since) == []
    since = g.mark()
    g.advance(days=1)
    assert g.private_texts("admin1", since) == [] and g.private_texts("zhao", since) == [], "once"
    g.say("li", "完成", reply_to=reminder.id)
    assert tasks(g)[0][2] == "done", "late is better than never"


def test_a_confirmed_task_that_is_not_done_in_time_is_escalated(session_factory):
    g = office(session_factory)
    give(g, "admin1", "任务 @钱七 今天中午前把合同送到财务", "qian")
    g.say("qian", "收到")
    since = g.mark()
    g.advance_to(datetime(2026, 11, 23, 12, 0, tzinfo=SHANGHAI))
    [told] = g.private_texts("admin1", since)
    assert "钱七" in told and "已确认" in told, "钱七 has no department: only the leader who gave it"
    assert all(g.private_texts(m, since) == [] for m in ("zhao", "owner", "admin2"))


def test_a_department_head_may_give_tasks_and_a_member_may_not(session_factory):
    g = office(session_factory)
    give(g, "zhao", "任务 @张三 @李四 明天中午前交图纸", "zhang", "li")
    assert tasks(g) == [(1, "zhang", "waiting", None), (2, "li", "waiting", None)]
    announcement = g.last_bot_message("【任务")
    assert "T1 张三、T2 李四" in announcement.text and set(announcement.mentions) == {"zhang", "li"}
    g.say("li", "收到", reply_to=announcement.id)
    assert [t[2] for t in tasks(g)] == ["waiting", "confirmed"], "each member answers for their own task"
    since = g.mark()
    handled = g.say("wang", "任务 @钱七 帮我拿个快递", mentions=("qian",))
    assert handled.command is None and g.group_texts(since) == [] and len(tasks(g)) == 2


def test_完成_by_number(session_factory):
    g = office(session_factory)
    give(g, "admin1", "任务 @张三 今天下班前提交周报", "zhang")
    since = g.mark()
    handled = command(g, "wang", "完成 T1")
    assert answers(g, handled, since) == ["只有任务负责人、交办人或管理员可以把任务 T1 标为完成。"]
    handled = command(g, "zhang", "完成 T1")
    assert answers(g, handled, since) == ["任务 T1 已完成，谢谢！"]
    handled = command(g, "zhang", "完成 T1")
    assert answers(g, handled, since) == ["任务 T1 已经完成了。"]
    handled = command(g, "zhang", "完成 T9")
    assert answers(g, handled, since) == ["找不到任务 T9。"]
    assert tasks(g)[0][2] == "done"


def test_bad_directives_get_a_clear_reply_and_store_nothing(session_factory):
    g = office(session_factory)
    for text, mentions, expected in [
        ("任务 @张三 截止 今天8点 交报表", ("zhang",), "已经过去了"),
        ("任务 @张三", ("zhang",), "请写明任务内容"),
        ("任务 @管理员周 写总结", ("admin1",), "不能交办给自己"),
        ("任务 @路人甲 写总结", (), "没有找到成员“路人甲”"),
    ]:
        since = g.mark()
        handled = command(g, "admin1", text, *mentions)
        [reply] = answers(g, handled, since)
        assert expected in reply, reply
    assert tasks(g) == []


def test_todo_lists_open_tasks_overdue_first(session_factory):
    g = office(session_factory)
    give(g, "admin1", "任务 @张三 今天下班前提交周报", "zhang")
    give(g, "admin1", "任务 @李四 上午10点前发会议纪要", "li")
    g.advance_to(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI))
    since = g.mark()
    command(g, "owner", "待办", private=True)
    [text] = g.private_texts("owner", since)
    assert "【未完成的任务】" in text
    assert text.index("T2 李四：上午10点前发会议纪要（已逾期") < text.index("T1 张三：今天下班前提交周报（未确认")


def test_the_default_due_time_is_six_in_the_evening():
    morning = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    assert default_due(morning, SHANGHAI) == SIX_PM
    assert default_due(datetime(2026, 11, 23, 17, 30, tzinfo=SHANGHAI), SHANGHAI) == SIX_PM + timedelta(days=1)
