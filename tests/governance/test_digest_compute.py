"""The digest's figures from hand-made rows (the pure `compute_digest`), and how they read in Chinese and English."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from qungui.governance.digest.compute import AudienceRow, CaseRow, DigestInputs, MemberRow, compute_digest
from qungui.governance.digest.render import render_digest
from qungui.governance.digest.result import PendingItem, UnpaidFine
from qungui.governance.responsiveness.stats import QuestionRow
from support import SHANGHAI

WEEK = datetime(2026, 11, 16, tzinfo=SHANGHAI)  # a Monday
NOW = datetime(2026, 11, 23, 9, tzinfo=SHANGHAI)


def member(member_id: str, name: str, *, role: str = "member", status: str = "active", last=None, leave=False):
    return MemberRow(member_id, name, role, status, last, None, WEEK - timedelta(days=30), leave)


def inputs(**overrides) -> DigestInputs:
    base = {
        "group_name": "安徽商会",
        "week_start": WEEK,
        "week_end": WEEK + timedelta(days=7),
        "now": NOW,
        "tz": SHANGHAI,
        "silent_after": timedelta(days=7),
        "respond_within": timedelta(minutes=30),
    }
    return DigestInputs(**{**base, **overrides})


def test_only_applied_or_overridden_cases_count_as_violations_by_clause():
    cases = [
        CaseRow("四.4", "禁发广告", "applied", "fine", WEEK),
        CaseRow("四.4", "禁发广告", "applied", "merged", WEEK),  # the same burst
        CaseRow("四.4", "禁发广告", "overridden", "fine", WEEK),
        CaseRow("一.6", "不得人身攻击", "applied", "remind", WEEK),
        CaseRow("一.6", "不得人身攻击", "queued", "remind", WEEK),  # waiting for an admin
        CaseRow("一.6", "不得人身攻击", "dismissed", "remind", WEEK),  # no violation
    ]
    digest = compute_digest(inputs(cases=cases, open_cases=1))
    assert [(v.clause, v.count) for v in digest.violations] == [("四.4", 2), ("一.6", 1)]
    assert digest.violations_total == 3 and digest.open_cases == 1


def test_rates_count_the_audience_still_in_the_group_and_those_who_answered_before_leaving():
    members = [member("a", "甲"), member("b", "乙"), member("c", "丙", status="left"), member("d", "丁", status="left")]
    notice = AudienceRow("N1", "开会", WEEK, False, ("a", "b", "c", "d"), frozenset({"a", "c"}))
    digest = compute_digest(inputs(members=members, notices=[notice]))
    [rate] = digest.notices
    assert (rate.acknowledged, rate.total) == (2, 3), "丁 left without answering: not counted"
    assert f"{rate.rate:.0%}" == "67%"


def test_silent_members_are_ordinary_active_members_not_on_leave_silent_for_a_week():
    members = [
        member("a", "甲", last=NOW - timedelta(days=7)),  # exactly a week: silent
        member("b", "乙", last=NOW - timedelta(days=6, hours=23)),
        member("c", "丙"),  # never spoke, seen 30 days ago
        member("d", "丁", leave=True),
        member("e", "戊", status="left"),
        member("f", "管理员", role="admin"),
    ]
    digest = compute_digest(inputs(members=members))
    assert [m.name for m in digest.silent] == ["丙", "甲"], "never spoke first"


def test_admin_duties_and_the_rendered_text_in_both_languages():
    members = [member("o", "群主", role="owner"), member("x", "管理员甲", role="admin"), member("m", "成员")]
    asked = WEEK + timedelta(days=1, hours=10)
    questions = [
        QuestionRow("m", asked, None, True, asked + timedelta(minutes=4), "x", asked + timedelta(minutes=4), "x"),
        QuestionRow("m", asked, None, True, None, None, None, None),
    ]
    digest = compute_digest(
        inputs(
            members=members,
            questions=questions,
            admin_messages=[("x", asked), ("x", asked + timedelta(days=1)), ("o", asked)],
            decisions=["x", "x", "o"],
            notice_authors=["o"],
            pending=[PendingItem("J2", "report", "m", "成员")],
            fines=[UnpaidFine("m", "成员", "四.4", Decimal("20"), NOW - timedelta(hours=1), True)],
        )
    )
    duties = {
        a.member_id: (a.messages, a.days_active, a.decisions, a.notices, a.questions_answered) for a in digest.admins
    }
    assert duties == {"o": (1, 1, 1, 1, 0), "x": (2, 2, 2, 0, 1)}
    assert [a.member_id for a in digest.admins] == ["o", "x"], "the owner first"
    assert (digest.admin_questions.asked, digest.admin_questions.answered) == (2, 1)
    zh = render_digest(digest, tz=SHANGHAI)
    assert zh.startswith("【群规周报】安徽商会｜11月16日 至 11月22日")
    assert "未缴罚红包：1 笔，共 20 元：成员 20元（四.4，11月23日 前，已逾期）" in zh
    assert "· 管理员甲：发言 2 条，活跃 2 天，处理 2 件，发通知 0 条，回复提问 1 个（中位 4分钟）" in zh
    assert "向管理员的提问：2 个，已回复 1 个，回复用时中位 4分钟" in zh
    group = render_digest(digest, tz=SHANGHAI, aggregate_only=True)
    assert "成员" not in group.replace("在群成员", "") and "管理员甲" not in group
    assert "管理员履职：2 位管理员共发言 3 条，处理 3 件，回复提问 1 个" in group
    en = render_digest(digest, language="en", tz=SHANGHAI)
    assert en.startswith("[Weekly digest] 安徽商会 | 2026-11-16 to 2026-11-22")
    assert "Unpaid fines: 1, 20 yuan in all: 成员 20 yuan (四.4, due 2026-11-23, overdue)" in en
