"""三.二.3 / 四.三.2 实名制: a non-compliant nickname is checked again `remind_after` later, up the ladder."""

from __future__ import annotations

from datetime import timedelta

from qungui.core.events import MemberRef, MessageEvent
from qungui.core.findings import ActionKind
from qungui.rules.compiled import compile_rulebook
from qungui.rules.deadlines import member_deadlines, next_deadline
from qungui.rules.loader import load_template
from qungui.rules.workflows import noncompliant_nicknames
from support import PLATFORM, Scenario, kinds

DAY = timedelta(hours=24)


def rulebook(steps: str = "[{action: remind}, {action: alert_admin}]", remind_after: str = "24h") -> str:
    return f"""
name: naming
title: 实名群
group_kind: custom
ladders:
  rename:
    title: 提醒修改昵称
    strikes_expire_after: 30d
    steps: {steps}
naming:
  clause: 三.2
  description: 部门+姓名
  pattern: '^\\p{{Han}}{{1,8}}部\\p{{Han}}{{2,3}}$'
  example: 工程部张三
  remind_after: {remind_after}
clauses:
  - id: 三.2
    text: 群成员一律实名制。
    title: 群昵称实名制
    enforcement: auto
    ladder: rename
    workflows: [naming]
    detectors: [{{type: nickname}}]
"""


def test_a_bad_name_on_joining_is_reminded_then_the_admins_are_told_a_day_later():
    s = Scenario(rulebook())
    start = s.clock.now()
    joined = s.join("u1", name="阳光")
    assert kinds(joined) == ["remind"]
    assert s.member("u1").nickname_due == start + DAY
    assert next_deadline(s.book, s.state) == start + DAY
    s.advance(hours=23)
    assert s.tick().member_updates == {}
    s.advance(hours=1)
    followed = s.tick()
    assert kinds(followed) == ["alert_admin"] and followed.actions[0].member_id == "u1"
    (violation,) = followed.violations
    assert violation.case == f"nickname:u1:{(start + DAY).isoformat()}" and violation.step == "alert_admin"
    assert "昵称“阳光”仍不符合命名规则" in violation.findings[0].evidence
    assert s.member("u1").nickname_due is None, "the ladder's last step was taken: no more follow-ups"
    assert next_deadline(s.book, s.state) is None
    s.advance(days=3)
    assert s.tick().actions == ()


def test_at_most_one_step_per_period_and_the_last_step_only_once():
    s = Scenario(rulebook("[{action: remind}, {action: remind}, {action: alert_admin}]"))
    start = s.clock.now()
    s.join("u1", name="阳光")
    s.advance(hours=24)
    assert kinds(s.tick()) == ["remind"]
    assert s.member("u1").nickname_due == start + 2 * DAY
    s.advance(hours=1)
    assert s.tick().actions == (), "one climb per remind_after period"
    s.advance(hours=23)
    assert kinds(s.tick()) == ["alert_admin"]
    assert s.member("u1").nickname_due is None
    s.advance(days=5)
    assert s.tick().actions == ()
    assert [strike.step for strike in s.member("u1").strikes] == [0, 1, 2]


def test_strikes_expiring_faster_than_the_period_do_not_make_it_endless():
    s = Scenario(rulebook().replace("strikes_expire_after: 30d", "strikes_expire_after: 12h"))
    s.join("u1", name="阳光")
    s.advance(hours=24)
    assert kinds(s.tick()) == ["remind"], "the first strike expired: the ladder starts again"
    assert s.member("u1").nickname_due is None, "it did not move up, so no further follow-up"
    s.advance(days=3)
    assert s.tick().actions == ()


def test_a_compliant_rename_stops_the_follow_up():
    s = Scenario(rulebook())
    s.join("u1", name="阳光")
    s.advance(hours=5)
    assert s.rename("u1", "工程部张三").actions == ()
    assert s.member("u1").nickname_due is None
    assert member_deadlines(s.book, s.state, s.member("u1")) == []
    s.advance(days=2)
    assert s.tick().actions == ()


def test_a_bad_rename_climbs_and_restarts_the_period():
    s = Scenario(rulebook("[{action: remind}, {action: remind}, {action: alert_admin}]"))
    s.join("u1", name="阳光")
    s.advance(hours=10)
    assert kinds(s.rename("u1", "阳光2")) == ["remind"]
    assert s.member("u1").nickname_due == s.clock.now() + DAY
    s.advance(hours=14)
    assert s.tick().actions == (), "the first due was replaced by the rename's"


def test_a_name_that_already_reached_the_last_step_is_not_followed_up():
    s = Scenario(rulebook())
    s.join("u1", name="阳光")
    assert kinds(s.rename("u1", "月亮")) == ["alert_admin"]
    assert s.member("u1").nickname_due is None


def test_the_sweep_checks_the_current_name_even_when_only_a_message_showed_it():
    s = Scenario(rulebook())
    s.join("u1", name="阳光")
    s.advance(hours=3)
    sender = MemberRef(platform=PLATFORM, id="u1", name="工程部张三")
    event = MessageEvent(id="m-fixed", group=s.group, ts=s.clock.now(), sender=sender, text="改好了")
    s._play(event)
    assert s.member("u1").name == "工程部张三" and s.member("u1").nickname_due is not None
    s.advance(hours=21)
    swept = s.tick()
    assert swept.actions == () and swept.violations == ()
    assert s.member("u1").nickname_due is None


def test_admins_good_names_and_members_who_left_are_not_followed_up():
    s = Scenario(rulebook(), admins={"boss"})
    assert s.join("boss", name="老板").actions == ()
    assert s.member("boss").nickname_due is None
    assert s.join("u2", name="工程部李四").actions == ()
    assert s.member("u2").nickname_due is None
    s.join("u3", name="阳光")
    s.leave("u3")
    assert s.member("u3").nickname_due is None
    s.advance(days=2)
    assert s.tick().actions == ()


def test_without_remind_after_nothing_is_followed_up():
    s = Scenario(rulebook().replace("  remind_after: 24h\n", ""))
    assert kinds(s.join("u1", name="阳光")) == ["remind"]
    assert s.member("u1").nickname_due is None
    s.advance(days=2)
    assert s.tick().actions == ()


def test_noncompliant_nicknames_lists_active_members_who_are_not_admins():
    s = Scenario(rulebook(), admins={"boss"})
    s.join("boss", name="老板")
    s.join("u1", name="阳光")
    s.join("u2", name="工程部李四")
    s.join("u3", name="月亮")
    s.leave("u3")
    s.say("u4", "大家好")  # seen only by speaking: the name is the id, not a real name
    assert noncompliant_nicknames(s.book, s.state) == [("u1", "阳光"), ("u4", "u4")]
    assert noncompliant_nicknames(s.book.rulebook, s.state) == [("u1", "阳光"), ("u4", "u4")]


def test_the_chamber_template_reminds_then_tells_the_admins():
    s = Scenario(book=compile_rulebook(load_template("chamber")))
    joined = s.join("m6", name="阳光")
    # 三.2 only: the template's member list (三.5) is empty until the owner imports it
    assert [a.kind for a in joined.actions] == [ActionKind.REMIND]
    s.advance(hours=24)
    followed = s.tick()
    assert [(a.kind, a.clause) for a in followed.actions] == [(ActionKind.ALERT_ADMIN, "三.2")]
    assert s.member("m6").nickname_due is None
