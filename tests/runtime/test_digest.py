"""The weekly digest (周报) against a hand-counted week in a company group: computed only from stored data,
sent on Monday 09:00 privately to the owner and admins (figures only in the group where the platform has no
private messages), on demand with 周报, and from the CLI."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from e2e.checks import conversation, report
from e2e.office import command, office, post
from qungui.adapters.simulator.platform import ALL_CAPABILITIES
from qungui.cli.main import app
from qungui.commands import CommandError, ShowDigest, parse_command
from qungui.core.events import GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.core.platform import Capability
from qungui.governance.digest.service import build_digest
from qungui.governance.groups.service import find_group
from support import SHANGHAI

NO_PRIVATE = ALL_CAPABILITIES - {Capability.PRIVATE_MESSAGE}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


WEEK_START = at(23, 0)
SENT = at(30, 9)  # the next Monday, 09:00


def play_week(g, *, private: bool = True) -> None:
    """The hand-counted week, Monday 23 to Sunday 29 November (office(): 9:00 Monday, admin1 registered
    departments with three commands; everyone said 大家好)."""
    g.say("sun", "大家好")  # 孙八: never speaks again → silent
    # Monday
    g.advance_to(at(23, 9, 5))
    _handled, notice = post(g, "admin1", "通知 @所有人 周五前提交周报 截止 周五")  # N1 to 8 members
    for member in ("zhang", "li", "wang", "zhao", "owner"):
        g.say(member, "收到", reply_to=notice.id)  # 5 of 8 acknowledged
    g.advance_to(at(23, 9, 30))
    command(g, "admin2", "分享 https://example.com/a 新品上市 今天18:00前")  # F1 to 8 members
    share = g.last_bot_message("【分享任务 F1】")
    g.image("zhang")
    g.image("li")
    g.say("admin1", "", kind=MessageKind.IMAGE, reply_to=share.id)  # 3 of 8 screenshots
    g.advance_to(at(23, 10))
    g.say("zhang", "诚招代理，月入过万")  # 11 (remind)
    g.say("li", "约炮吗，私聊")  # 4 (warn)
    # Tuesday
    g.advance_to(at(24, 10))
    g.say("zhang", "兼zhi刷单，日结")  # 11 again (alert_admin)
    if private:
        report(g, "qian", target="zhang", reason="泄露业务通报")  # J1: pending, the reporter never shown
    else:
        command(g, "qian", "举报 @张三 泄露业务通报", "zhang")
    # Wednesday
    g.advance_to(at(25, 10))
    question = g.say("qian", "请问周报模板在哪里？")  # to the admins
    g.advance_to(at(25, 10, 10))
    g.say("admin1", "在共享盘", reply_to=g.message_id(question))  # 10 minutes
    g.advance_to(at(25, 11))
    asked = g.say("wang", "@赵六 图纸什么时候出？", mentions=("zhao",))  # 工程部
    g.advance_to(at(25, 11, 20))
    g.say("li", "下午出", reply_to=g.message_id(asked))  # 20 minutes


def test_the_digest_matches_the_hand_counted_week(session_factory):
    g = office(session_factory, "company")
    play_week(g)
    g.advance_to(SENT)
    with g.sessions.begin() as session:
        group = find_group(session, platform=g.ref.platform, external_id=g.ref.id)
        digest = build_digest(session=session, group=group, week_start=WEEK_START, now=SENT, book=g.book)
    assert [(v.clause, v.count) for v in digest.violations] == [("11", 2), ("4", 1)]
    assert digest.violations_total == 3
    assert digest.open_cases == 1, "李四's message also looked like an ad to the classifier: queued for an admin"
    assert [(n.label, n.acknowledged, n.total) for n in digest.notices] == [("N1", 5, 8)]
    assert [(s.label, s.done, s.total, s.open) for s in digest.shares] == [("F1", 3, 8, False)]
    assert [m.member_id for m in digest.silent] == ["sun"]
    assert [(p.label, p.kind, p.member_id) for p in digest.pending] == [("J1", "report", "zhang"), ("A3", "case", "li")]
    assert (digest.pending_reports, digest.pending_appeals) == (1, 0)
    assert digest.unpaid_fines == () and digest.unpaid_total == Decimal(0)
    [dept] = digest.departments
    assert (dept.department, dept.asked, dept.answered, dept.late, dept.median_minutes) == ("工程部", 1, 1, 0, 20)
    assert (digest.admin_questions.asked, digest.admin_questions.answered, digest.admin_questions.median_minutes) == (
        1,
        1,
        10,
    )
    duties = {a.member_id: (a.messages, a.days_active, a.notices, a.questions_answered) for a in digest.admins}
    # admin1: 大家好 + 3 department commands + 通知 + the screenshot (Mon) + the answer (Wed)
    assert duties == {"admin1": (7, 2, 1, 1), "admin2": (2, 1, 0, 0), "owner": (2, 1, 0, 0)}
    assert digest.members == 9


def test_the_weekly_digest_goes_privately_to_the_owner_and_admins_on_monday_morning(session_factory):
    g = office(session_factory, "company")
    play_week(g)
    since = g.mark()
    g.advance_to(at(30, 8, 59))
    assert [t for t in g.private_texts("owner", since) if "【群规周报】" in t] == []
    g.advance_to(SENT)
    for admin in ("owner", "admin1", "admin2"):
        [text] = [t for t in g.private_texts(admin, since) if "【群规周报】" in t]
        assert "11月23日 至 11月29日" in text
        assert "违规：共 3 次（11 禁发商业广告 2次、4 禁发色情赌博病毒链接 1次）" in text
        assert "N1“周五前提交周报” 5/8（62%）" in text and "F1“https://example.…” 已发截图 3/8" in text
        assert "一周以上未发言：1 人：孙八" in text
        assert "待处理举报 1 件、申诉 0 件、待审案件 1 件：J1（张三）、A3（李四）" in text
        assert "· 工程部：提问 1，已回复 1，超时 0，未回复 0，回复用时中位 20分钟，P90 20分钟" in text
        assert "钱七" not in text.split("待处理")[1].split("\n")[0], "the reporter is never named"
    assert [t for t in g.group_texts(since) if "【群规周报】" in t] == [], conversation(g)
    since = g.mark()
    g.advance(days=1)
    assert [t for t in g.private_texts("owner", since) if "【群规周报】" in t] == [], "once a week"
    g.advance_to(datetime(2026, 12, 7, 9, tzinfo=SHANGHAI))
    assert len([t for t in g.private_texts("owner", since) if "【群规周报】" in t]) == 1, "the next Monday"


def test_without_private_messages_the_group_gets_figures_only(session_factory):
    g = office(session_factory, "company", capabilities=NO_PRIVATE)
    play_week(g, private=False)
    since = g.mark()
    g.advance_to(SENT)
    [text] = [t for t in g.group_texts(since) if "【群规周报】" in t]
    assert "违规：共 3 次" in text and "待处理举报 1 件" in text and "一周以上未发言：1 人" in text
    for name in ("孙八", "张三", "钱七", "管理员周"):
        assert name not in text, f"{name} named in the group's digest"


def test_the_weekly_digest_is_only_sent_where_the_rulebook_asks_for_it(session_factory):
    g = office(session_factory, "department")  # 第三篇 has no digest clause
    since = g.mark()
    g.advance_to(SENT)
    assert [t for t in g.private_texts("owner", since) + g.group_texts(since) if "【群规周报】" in t] == []


def test_the_digest_command_answers_privately_and_bad_arguments_get_a_clear_answer(session_factory):
    g = office(session_factory, "company")
    play_week(g)
    g.advance_to(at(26, 9))
    since = g.mark()
    command(g, "admin1", "周报")
    [text] = g.private_texts("admin1", since)
    assert text.startswith("【群规周报】测试群｜11月23日 至 11月26日") and "违规：共 3 次" in text, text
    assert g.group_texts(since) == []
    since = g.mark()
    handled = command(g, "admin1", "周报 下个月")
    [reply] = [m.text for m in g.group_messages(since) if m.reply_to == g.message_id(handled)]
    assert "没看懂要哪一周的周报" in reply and "周报 上周" in reply
    since = g.mark()
    handled = command(g, "admin1", "周报 12月25日")
    [reply] = [m.text for m in g.group_messages(since) if m.reply_to == g.message_id(handled)]
    assert "还没开始" in reply
    assert g.say("zhang", "周报 上周").command is None, "members: chat"


@pytest.mark.parametrize(
    ("text", "day"),
    [("周报", 26), ("周报 本周", 26), ("周报 上周", 19), ("周报 11月16日", 16), ("/周报 上周", 19)],
)
def test_the_digest_command_parses_the_week(text, day):
    event = MessageEvent(
        id="m1",
        group=GroupRef(platform="sim", id="g"),
        ts=at(26, 9),
        sender=MemberRef(platform="sim", id="admin1"),
        text=text,
    )
    parsed = parse_command(event, admin=True, clause_ids=set(), tz=SHANGHAI, now=at(26, 9))
    assert isinstance(parsed, ShowDigest) and parsed.day.day == day and parsed.day.month == 11


def test_the_digest_command_refuses_a_malformed_week():
    event = MessageEvent(
        id="m1",
        group=GroupRef(platform="sim", id="g"),
        ts=at(26, 9),
        sender=MemberRef(platform="sim", id="admin1"),
        text="周报 xyz",
    )
    parsed = parse_command(event, admin=True, clause_ids=set(), tz=SHANGHAI, now=at(26, 9))
    assert isinstance(parsed, CommandError) and parsed.code == "bad_week"


def test_the_cli_prints_the_digest_and_its_figures_as_json(session_factory, database_url):
    g = office(session_factory, "company")
    play_week(g)
    runner = CliRunner()
    args = ["digest", "--database-url", database_url, "--group", f"{g.ref.platform}:{g.ref.id}", "--week", "2026-11-23"]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads(result.output)
    assert data["violations_total"] == 3 and data["notices"][0]["acknowledged"] == 5
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "【群规周报】" in result.output
    bad = runner.invoke(app, ["digest", "--database-url", database_url, "--group", "nogroup"])
    assert bad.exit_code == 2 and "PLATFORM:GROUP_ID" in bad.output
    bad = runner.invoke(app, [*args[:-1], "soon"])
    assert bad.exit_code == 2 and "--week" in bad.output


def test_admins_decisions_count_for_their_duties_and_close_open_cases(session_factory):
    g = office(session_factory, "company")
    play_week(g)
    g.advance_to(at(26, 10))
    command(g, "admin2", "拒绝 A3 不是广告")  # the classifier's guess about 李四: dismissed
    command(g, "admin1", "警告 @王五 11 私下推销", "wang")  # an admin's own case under 11
    with g.sessions.begin() as session:
        group = find_group(session, platform=g.ref.platform, external_id=g.ref.id)
        digest = build_digest(session=session, group=group, week_start=WEEK_START, now=at(26, 11), book=g.book)
    assert digest.open_cases == 0 and [p.label for p in digest.pending] == ["J1"]
    assert [(v.clause, v.count) for v in digest.violations] == [("11", 3), ("4", 1)]
    decisions = {a.member_id: a.decisions for a in digest.admins}
    assert decisions == {"admin1": 1, "admin2": 1, "owner": 0}, conversation(g)


def test_a_digest_far_too_late_is_skipped_rather_than_sent(session_factory):
    g = office(session_factory, "company")
    since = g.mark()
    g.advance_to(datetime(2026, 12, 8, 10, tzinfo=SHANGHAI))  # the service was down for two Mondays
    assert [t for t in g.private_texts("owner", since) if "【群规周报】" in t] == [], "no flood of old digests"
    g.advance_to(datetime(2026, 12, 14, 9, tzinfo=SHANGHAI))
    [text] = [t for t in g.private_texts("owner", since) if "【群规周报】" in t]
    assert "12月7日 至 12月13日" in text


def test_a_digest_a_few_hours_late_is_still_sent(session_factory):
    g = office(session_factory, "company")
    since = g.mark()
    g.advance_to(datetime(2026, 11, 30, 15, tzinfo=SHANGHAI))  # back at 15:00 on Monday
    [text] = [t for t in g.private_texts("owner", since) if "【群规周报】" in t]
    assert "11月23日 至 11月29日" in text
