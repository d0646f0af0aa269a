"""Questions raised in the group and the time to their first answer (第二篇.9), through the live service:
questions to two departments answered by reply, by @asker and by a plain message, one late, one never;
the heads reminded; the weekly table per department."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from e2e.checks import conversation
from e2e.office import office
from qungui.governance.digest.service import build_digest
from qungui.governance.groups.service import find_group
from qungui.governance.responsiveness.models import Question
from support import SHANGHAI, START


def at(hour: int, minute: int = 0, day: int = 23) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def questions(g) -> list[tuple[str, str | None, bool, str, str | None, str | None]]:
    """(asker, department, to_admins, status, answered_by, via) of every question, oldest first."""
    with g.sessions.begin() as session:
        rows = session.scalars(select(Question).order_by(Question.id))
        return [(q.asker_id, q.department, q.to_admins, q.status, q.answered_by, q.answer_via) for q in rows]


def week_digest(g, now: datetime):
    with g.sessions.begin() as session:
        group = find_group(session, platform=g.ref.platform, external_id=g.ref.id)
        return build_digest(session=session, group=group, week_start=at(0), now=now, book=g.book)


def play(g) -> None:
    g.advance_to(at(9, 0))
    q1 = g.say("qian", "@赵六 图纸什么时候出？", mentions=("zhao",))  # to the head of 工程部
    g.advance_to(at(9, 12))
    g.say("li", "今天下午出", reply_to=g.message_id(q1))  # 12 minutes, a reply
    g.advance_to(at(9, 30))
    g.say("qian", "工程部的同事，工地几点开工？")  # the department named
    g.advance_to(at(10, 30))
    g.say("zhang", "八点开工")  # 60 minutes, a plain message from the department: late
    g.advance_to(at(11, 0))
    g.say("qian", "@王五 安全帽在哪里领？", mentions=("wang",))  # 安全部
    g.advance_to(at(11, 20))
    g.say("wang", "@钱七 去仓库领", mentions=("qian",))  # 20 minutes, @asker
    g.advance_to(at(14, 0))
    g.say("zhang", "@王五 消防检查是哪天？", mentions=("wang",))  # never answered
    other = g.say("zhao", "今天辛苦大家了")
    g.say("wang", "好的", reply_to=g.message_id(other))  # answers someone else
    g.say("zhang", "@钱七 你吃饭了吗？", mentions=("qian",))  # between members: not tracked
    g.say("wang", "@王五 消防检查是哪天？", mentions=("wang",))  # asking oneself: not tracked
    g.advance_to(at(15, 0))
    q5 = g.say("qian", "请问周会改到几点了？")  # to nobody in particular: the admins
    g.advance_to(at(15, 6))
    g.say("admin2", "下午四点", reply_to=g.message_id(q5))  # 6 minutes


def test_questions_to_two_departments_are_timed_until_their_first_answer(session_factory):
    g = office(session_factory, "company")
    play(g)
    assert questions(g) == [
        ("qian", "工程部", False, "answered", "li", "reply"),
        ("qian", "工程部", False, "answered", "zhang", "follow"),
        ("qian", "安全部", False, "answered", "wang", "mention"),
        ("zhang", "安全部", False, "open", None, None),
        ("qian", None, True, "answered", "admin2", "reply"),
    ], conversation(g)
    g.advance_to(at(14, 1, day=24))
    assert questions(g)[3][3] == "unanswered", "24 hours without an answer"


def test_the_department_head_is_reminded_once_when_a_question_waits_too_long(session_factory):
    g = office(session_factory, "company")
    play(g)
    reminders = [t for t in g.private_texts("zhao") if "反映的问题" in t]
    assert len(reminders) == 1, conversation(g)
    assert "钱七 在群里向工程部反映的问题已 30 分钟未回复" in reminders[0] and "工地几点开工" in reminders[0]
    assert "群规【9 反映的问题及时回复】" in reminders[0]
    assert [t for t in g.private_texts("wang") if "反映的问题" in t] == [], "安全部 has no head to remind"


def test_the_weekly_table_per_department(session_factory):
    g = office(session_factory, "company")
    play(g)
    g.advance_to(at(18, 0, day=24))
    digest = week_digest(g, g.clock.now())
    table = {d.department: d for d in digest.departments}
    eng, safety = table["工程部"], table["安全部"]
    assert (eng.asked, eng.answered, eng.late, eng.unanswered) == (2, 2, 1, 0)
    assert (eng.median_minutes, eng.p90_minutes) == (36, 60)
    assert (safety.asked, safety.answered, safety.late, safety.unanswered) == (2, 1, 0, 1)
    assert (safety.median_minutes, safety.p90_minutes) == (20, 20)
    assert (digest.admin_questions.asked, digest.admin_questions.answered) == (1, 1)
    assert digest.admin_questions.median_minutes == 6
    duties = {a.member_id: a for a in digest.admins}
    assert duties["admin2"].questions_answered == 1 and duties["admin2"].median_answer_minutes == 6


def test_a_group_without_the_workflows_tracks_no_questions(session_factory):
    g = office(session_factory, "department")  # 第三篇: neither response_time nor admin_duties
    g.say("qian", "@赵六 图纸什么时候出？", mentions=("zhao",))
    g.advance(hours=1)
    assert questions(g) == []
    assert START < g.clock.now() < START + timedelta(days=1)
