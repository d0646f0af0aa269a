"""Notices in the live service: announced with a number, acknowledged in every recognised form, reminders to
exactly the members still missing, escalation to department heads, delivery that degrades and retries."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from e2e.checks import conversation, open_group
from e2e.office import NOTICE, acks, answers, command, matrix, notices, office, outbox, post, reminders
from qungui.adapters.simulator.platform import ALL_CAPABILITIES, WECHAT_LIKE
from qungui.core.platform import Capability
from support import SHANGHAI

SIX_PM = datetime(2026, 11, 23, 18, 0, tzinfo=SHANGHAI)


def test_a_notice_with_a_deadline_is_announced_with_its_number_and_how_to_acknowledge(session_factory):
    g = office(session_factory)
    since = g.mark()
    handled, announcement = post(g)
    assert "【通知 N1】明天上午9点开安全例会" in announcement.text
    assert "11月23日 18:00" in announcement.text and "收到" in announcement.text
    assert "对象：全体成员" in announcement.text and "发布：管理员周" in announcement.text
    assert announcement.mentions == (), "@所有人 mentions nobody one by one"
    assert answers(g, handled, since) == [], "the announcement is the answer"
    [notice] = notices(g)
    assert notice.deadline == SIX_PM and notice.due_at == SIX_PM and notice.status == "open"
    assert set(notice.member_ids) == {"owner", "admin2", "zhang", "li", "wang", "zhao", "qian"}, "not the author"
    assert notice.command_message_id == g.message_id(handled)


def test_every_form_of_acknowledgement_counts(session_factory):
    g = office(session_factory)
    handled, announcement = post(g)
    g.say("zhang", "收到", reply_to=announcement.id)  # a reply to the bot's announcement
    g.say("li", "好的，马上执行", reply_to=g.message_id(handled))  # a reply to the admin's message
    g.say("wang", "收到", quote_text="管理员周：通知 @所有人 明天上午9点开安全例会 截止 今天18:00")  # a quote
    g.advance(minutes=20)
    g.say("zhao", "收到！")  # a bare word within the window
    g.say("qian", "👍")  # an emoji
    g.react("admin2", announcement.id, "👍")  # a reaction on the notice
    g.say("owner", "1")
    assert acks(g) == {
        "zhang": "reply",
        "li": "reply",
        "wang": "quote",
        "zhao": "bare",
        "qian": "bare",
        "admin2": "reaction",
        "owner": "bare",
    }
    assert g.cases() == [], "an acknowledgement is ordinary chat, never spam"
    assert g.state("zhao").last_message_at == g.clock.now(), "the engine still saw the message"
    assert notices(g)[0].status == "closed", "everyone acknowledged"
    assert any("通知 N1 已全部确认（7/7）" in t for t in g.private_texts("admin1")), conversation(g)
    since = g.mark()
    g.advance_to(SIX_PM + timedelta(hours=1))
    assert g.group_texts(since) == [] and g.private_texts("zhao", since) == [], "nothing to remind or escalate"


def test_words_that_answer_something_else_do_not_count(session_factory):
    g = office(session_factory)
    chat = g.say("zhang", "今晚一起吃饭吗？")
    _handled, announcement = post(g)
    g.say("li", "好的", reply_to=g.message_id(chat))  # replies to another member's message
    g.say("wang", "@张三 好的", mentions=("zhang",))  # talks to another member
    g.say("qian", "收到了吗？")  # a question
    g.say("zhao", "我收到一个快递")  # not an acknowledgement
    g.react("owner", g.message_id(chat), "👍")  # a reaction to something else
    g.react("admin2", announcement.id, "👎")  # a negative reaction
    assert acks(g) == {}
    g.say("li", "收到", reply_to=announcement.id)
    g.say("qian", "@管理员周 收到", mentions=("admin1",))  # @ the notice's author: still an answer to it
    assert acks(g) == {"li": "reply", "qian": "bare"}


def test_a_bare_word_after_the_window_or_outside_the_audience_does_not_count(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g, "admin1", "通知 @工程部 周五前提交月度安全检查表 截止 周五")
    [notice] = notices(g)
    assert set(notice.member_ids) == {"zhang", "li", "zhao"}
    assert "对象：工程部（3人）" in announcement.text and set(announcement.mentions) == {"zhang", "li", "zhao"}
    g.say("wang", "收到")  # 安全部: not addressed
    g.say("wang", "收到", reply_to=announcement.id)
    g.say("zhang", "收到")
    g.advance(hours=12, minutes=1)  # the department template's window is 12h
    g.say("li", "收到")
    assert acks(g) == {"zhang": "bare"}
    g.say("li", "收到", reply_to=announcement.id)  # a reply still counts after the window
    assert acks(g) == {"zhang": "bare", "li": "reply"}


def test_with_two_open_notices_a_bare_word_is_ambiguous_but_a_reply_is_not(session_factory):
    g = office(session_factory)
    _one, first = post(g)
    post(g, "admin2", "通知 @所有人 下午三点消防演练 截止 今天16:00")
    g.say("zhang", "收到")
    assert acks(g, 1) == {} and acks(g, 2) == {}
    g.say("zhang", "收到", reply_to=first.id)
    assert acks(g, 1) == {"zhang": "reply"} and acks(g, 2) == {}


def test_nothing_counts_after_the_notice_closes(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g)
    g.advance_to(SIX_PM + timedelta(hours=12))  # the deadline plus the window
    assert notices(g)[0].status == "closed"
    g.say("zhang", "收到", reply_to=announcement.id)
    assert acks(g) == {}


def test_a_late_acknowledgement_before_closing_is_marked_late(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g)
    g.advance_to(SIX_PM + timedelta(minutes=30))
    g.say("zhang", "收到", reply_to=announcement.id)
    [row] = [r for r in matrix(g) if r.member_id == "zhang"]
    assert row.late and row.via == "reply"


def test_reminders_mention_exactly_the_members_still_missing(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    assert g.runtime.next_wakeup() == datetime(2026, 11, 23, 13, 30, tzinfo=SHANGHAI), "half-way to the deadline"
    g.say("zhang", "收到", reply_to=announcement.id)
    since = g.mark()
    g.advance_to(datetime(2026, 11, 23, 13, 29, tzinfo=SHANGHAI))
    assert reminders(g, since) == []
    g.advance(minutes=1)
    [first] = reminders(g, since)
    assert set(first.mentions) == {"li", "zhao"} and "@李四" in first.text and "@赵六" in first.text
    assert "张三" not in first.text and "还有 2 人未回复" in first.text
    g.say("li", "收到")
    since = g.mark()
    g.advance_to(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))  # one hour before the deadline
    [second] = reminders(g, since)
    assert second.mentions == ("zhao",) and "还有 1 人未回复" in second.text


def test_no_reminder_when_everyone_has_acknowledged(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g, "admin1", "通知 @张三 @李四 明天交周报 截止 今天18:00", "zhang", "li")
    assert "对象：张三、李四" in announcement.text
    g.say("zhang", "收到")
    g.say("li", "收到")
    since = g.mark()
    g.advance_to(SIX_PM + timedelta(hours=13))
    assert g.group_texts(since) == [], conversation(g)


def test_after_the_deadline_department_heads_hear_of_their_members_and_admins_of_the_rest(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g)
    for member in ("owner", "admin2", "li"):
        g.say(member, "收到", reply_to=announcement.id)
    since = g.mark()
    g.advance_to(SIX_PM - timedelta(minutes=1))
    assert all(not g.private_texts(m, since) for m in ("zhao", "owner", "admin1", "admin2"))
    g.advance(minutes=1)
    [to_head] = g.private_texts("zhao", since)
    assert "通知 N1 已过截止时间" in to_head and "工程部" in to_head and "张三" in to_head
    assert "李四" not in to_head and "王五" not in to_head and "钱七" not in to_head
    assert "【四.3 通知及时回复收到】" in to_head
    for admin in ("owner", "admin1", "admin2"):
        [to_admin] = g.private_texts(admin, since)
        # 王五 (安全部 has no head), 钱七 (no department), 赵六 (heads his own department alone)
        assert "王五" in to_admin and "钱七" in to_admin and "赵六" in to_admin and "张三" not in to_admin
    for member in ("zhang", "wang", "qian", "li"):
        assert g.private_texts(member, since) == []
    since = g.mark()
    g.advance(hours=6)
    assert all(not g.private_texts(m, since) for m in ("zhao", "owner", "admin1", "admin2")), "told once"


def test_bad_input_gets_a_clear_reply_and_stores_nothing(session_factory):
    g = office(session_factory)
    command(g, "admin1", "负责人 @管理员周 行政部", "admin1")
    cases = [
        ("通知 @采购部 明天盘点", "没有找到部门或成员“采购部”", "工程部"),
        ("通知 @行政部 明天盘点", "部门“行政部”目前没有可以通知的成员", ""),
        ("通知 @所有人 开会 截止 今天8点", "截止时间（11月23日 08:00）已经过去了", ""),
        ("通知 @所有人 截止 今天18:00", "通知内容不能为空", ""),
        ("通知 @所有人 开会 截止 下下下周", "没看懂截止时间", ""),
    ]
    for text, expected, hint in cases:
        since = g.mark()
        handled = command(g, "admin1", text)
        [reply] = answers(g, handled, since)
        assert expected in reply and hint in reply, reply
    assert notices(g) == []
    assert [key for key, *_ in outbox(g)] == [], "nothing was announced"


def test_a_notice_that_needs_no_acknowledgement_is_only_recorded(session_factory):
    g = office(session_factory)
    since = g.mark()
    handled = command(g, "admin1", "通知 明天上午停水 无需回复")
    assert answers(g, handled, since) == ["已登记通知 N1（无需回复确认）。"]
    [notice] = notices(g)
    assert notice.require_ack is False and notice.status == "closed" and notice.text == "明天上午停水"
    g.say("zhang", "收到")
    assert acks(g) == {}


def test_without_a_notice_clause_notices_need_no_acknowledgement_unless_asked(session_factory):
    g = open_group(session_factory, "chamber")
    since = g.mark()
    handled = command(g, "admin1", "公告 本周六商会联谊活动")
    assert answers(g, handled, since) == ["已登记通知 N1（无需回复确认）。"]
    assert notices(g)[0].require_ack is False


def test_a_member_writing_通知_is_chatting(session_factory):
    g = office(session_factory)
    since = g.mark()
    handled = g.say("zhang", "通知：明天食堂不开门")
    assert handled.command is None and g.group_texts(since) == [] and notices(g) == []


def test_a_notice_posted_privately_is_announced_in_the_group(session_factory):
    g = office(session_factory)
    since = g.mark()
    g.private("admin1", "通知 @工程部 明天早上8点工地集合 截止 今天20:00")
    [announcement] = [m for m in g.group_messages(since) if "【通知 N1】" in m.text]
    g.say("li", "收到", reply_to=announcement.id)
    assert acks(g) == {"li": "reply"}


def test_without_mentions_the_reminder_names_the_members_in_its_text(session_factory):
    g = office(session_factory, capabilities=WECHAT_LIKE - {Capability.MENTION})
    post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    since = g.mark()
    g.advance_to(datetime(2026, 11, 23, 13, 30, tzinfo=SHANGHAI))
    [reminder] = reminders(g, since)
    assert reminder.mentions == () and "@张三" in reminder.text and "@李四" in reminder.text


def test_without_private_messages_escalations_wait_in_the_console(session_factory):
    g = office(session_factory, capabilities=ALL_CAPABILITIES - {Capability.PRIVATE_MESSAGE})
    post(g)
    g.advance_to(SIX_PM)
    escalations = [row for row in outbox(g) if ":escalate" in row[0]]
    assert escalations and all(status == "unsupported" for _k, status, _to, _e in escalations)
    assert all("管理后台" in (error or "") for *_rest, error in escalations)
    assert not any("已过截止时间" in t for t in g.group_texts()), "never posted in the group instead"


def test_a_reminder_that_fails_is_retried(session_factory):
    g = office(session_factory)
    post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    g.platform.fail_next(1)
    since = g.mark()
    g.advance_to(datetime(2026, 11, 23, 13, 30, tzinfo=SHANGHAI))
    assert reminders(g, since) == []
    assert [(k, s) for k, s, *_ in outbox(g) if ":remind:" in k] == [("notice:1:remind:0", "pending")]
    g.advance(minutes=1)
    assert len(reminders(g, since)) == 1
    assert [(k, s) for k, s, *_ in outbox(g) if ":remind:" in k] == [("notice:1:remind:0", "done")]


def test_a_late_scheduler_sends_one_reminder_not_two(session_factory):
    g = office(session_factory)
    post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    since = g.mark()
    g.clock.set(datetime(2026, 11, 23, 17, 30, tzinfo=SHANGHAI))  # both reminder times passed unseen
    g.say("zhang", "收到")  # the sweep before this event runs at each due time in turn
    assert len(reminders(g, since)) == 2, "each at its own time, as a punctual scheduler would"


def test_the_receipts_command_shows_who_acknowledged_and_who_is_missing(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    g.say("zhang", "收到", reply_to=announcement.id)
    since = g.mark()
    command(g, "admin2", "回执 N1", private=True)
    [text] = g.private_texts("admin2", since)
    assert "通知 N1 回执" in text and "已确认 1/3" in text
    assert "已确认：张三（回复 11月23日 09:00）" in text and "未确认：李四（工程部）、赵六（工程部）" in text
    since = g.mark()
    command(g, "admin2", "回执", private=True)
    assert "通知 N1 回执" in g.private_texts("admin2", since)[0], "the latest open notice by default"
    since = g.mark()
    command(g, "admin2", "通过 N1")
    assert any("是通知或任务" in t for t in g.group_texts(since))


def test_todo_lists_open_notices_with_their_counts(session_factory):
    g = office(session_factory)
    _handled, announcement = post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    g.say("li", "收到", reply_to=announcement.id)
    since = g.mark()
    command(g, "owner", "待办", private=True)
    [text] = g.private_texts("owner", since)
    assert "【进行中的通知（“回执 编号”查看详情）】" in text
    assert "N1 明天上午9点开安全例会：已确认 1/3，截止 11月23日 18:00" in text


def test_the_example_notice_text_parses(session_factory):
    g = office(session_factory)
    post(g, "admin1", NOTICE)
    assert notices(g)[0].text == "明天上午9点开安全例会"


@pytest.mark.parametrize("template", ["company", "community", "chamber", "department"])
def test_a_wave_of_acknowledgements_is_never_spam(session_factory, template):
    g = office(session_factory, template)
    handled = command(g, "admin1", "通知 @所有人 明天上午9点开会 截止 今天18:00 请回复收到")
    words = ("收到", "1", "👍", "好的", "收到！", "OK", "收到收到")
    for word, member in zip(words, ("owner", "admin2", "zhang", "li", "wang", "zhao", "qian"), strict=True):
        g.say(member, word, reply_to=g.message_id(handled))
        g.say(member, "收到")  # and once more, bare
    assert g.cases() == [], g.cases()
    assert len(acks(g)) == 7, "“请回复收到” asks for acknowledgements under any template"
