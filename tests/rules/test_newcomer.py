"""一.1 新人入群后建议首先阅读本群规: welcome, confirm, one reminder, then alert or record."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ladder_rules import BASE
from qungui.core.errors import RulebookError
from qungui.core.findings import ActionKind
from qungui.core.platform import Capability
from qungui.rules.compiled import compile_rulebook
from qungui.rules.deadlines import member_deadlines, next_deadline
from qungui.rules.loader import load_template, parse_rulebook
from qungui.rules.state import MemberState
from qungui.runtime.executor import SanctionView, plan
from support import Scenario, kinds

NEWCOMER_CLAUSE = """  - id: 一.1
    text: 新人入群后建议首先阅读本群规。
    title: 新人先读群规
    enforcement: auto
    workflows: [newcomer]
"""


def rulebook(newcomer: str = "{clause: 一.1}") -> str:
    """BASE with a newcomer section and its clause."""
    text = BASE.replace("clauses:\n", f"newcomer: {newcomer}\nclauses:\n{NEWCOMER_CLAUSE}", 1)
    return text


DAY = timedelta(hours=24)


def test_a_newcomer_is_welcomed_and_asked_to_confirm():
    s = Scenario(rulebook())
    decision = s.join("小王")
    assert kinds(decision) == ["welcome"]
    welcome = decision.actions[0]
    assert welcome.member_id == "小王" and welcome.clause == "一.1"
    assert "欢迎 @小王" in welcome.text and "《测试群规》" in welcome.text
    assert "发送“群规”查看全部群规" in welcome.text and "1天内回复“已阅读群规”" in welcome.text
    assert welcome.deadline == s.clock.now() + DAY
    member = s.member("小王")
    assert member.rules_due == s.clock.now() + DAY and member.rules_confirmed_at is None
    assert next_deadline(s.book, s.state) == s.clock.now() + DAY


def test_admins_and_rulebooks_without_the_section_welcome_nobody():
    s = Scenario(rulebook(), admins={"boss"})
    assert s.join("boss").clean
    assert s.member("boss").rules_due is None
    plain = Scenario(BASE)
    assert plain.join("小王").clean
    assert plain.member("小王").rules_due is None


def test_a_confirm_word_is_thanked_and_ends_the_workflow():
    s = Scenario(rulebook())
    s.join("小王")
    s.advance(hours=2)
    assert s.say("小王", "大家好").actions == ()  # not a confirmation
    assert s.member("小王").rules_due is not None
    thanks = s.say("小王", "  好的，已阅读群规！ ")
    assert kinds(thanks) == ["ack_rules"] and "@小王" in thanks.actions[0].text
    member = s.member("小王")
    assert member.rules_confirmed_at == s.clock.now() and member.rules_due is None
    assert member_deadlines(s.book, s.state, member) == []
    assert s.say("小王", "已读").actions == (), "confirmed once is enough"
    s.advance(days=3)
    assert s.tick().actions == ()


def test_confirm_words_are_case_folded_and_only_count_for_a_waiting_newcomer():
    s = Scenario(rulebook("{clause: 一.1, confirm_words: [I have READ the rules]}"))
    s.say("old", "i have read the rules")  # never welcomed: nothing to confirm
    assert s.member("old").rules_confirmed_at is None
    s.join("new")
    assert kinds(s.say("new", "已阅读群规")) == [], "only the group's own words count"
    assert kinds(s.say("new", "OK, I HAVE READ THE RULES.")) == ["ack_rules"]


def test_a_reminder_then_the_admins_are_alerted():
    s = Scenario(rulebook())
    start = s.clock.now()
    s.join("小王")
    s.advance(hours=23)
    assert s.tick().member_updates == {}
    s.advance(hours=1)
    reminder = s.tick()
    assert kinds(reminder) == ["remind"] and "@小王" in reminder.actions[0].text
    assert "回复“已阅读群规”" in reminder.actions[0].text
    member = s.member("小王")
    assert member.rules_reminded_at == start + DAY and member.rules_due == start + 2 * DAY
    assert next_deadline(s.book, s.state) == start + 2 * DAY
    s.advance(hours=24)
    alert = s.tick()
    assert kinds(alert) == ["alert_admin"]
    assert "管理员请注意" in alert.actions[0].text and "小王" in alert.actions[0].text
    assert "经提醒仍未确认阅读群规" in alert.actions[0].text
    assert s.member("小王").rules_due is None and next_deadline(s.book, s.state) is None
    s.advance(days=5)
    assert s.tick().actions == ()


def test_then_record_and_no_reminder():
    s = Scenario(rulebook("{clause: 一.1, remind: false, then: record, confirm_within: 2h}"))
    s.join("小王")
    assert "2小时内回复" in s.decisions[-1].actions[0].text
    s.advance(hours=2)
    recorded = s.tick()
    assert kinds(recorded) == ["record"] and "未确认阅读群规" in recorded.actions[0].text
    assert s.member("小王").rules_due is None and s.member("小王").rules_reminded_at is None


def test_the_admins_are_told_the_time_when_no_reminder_was_sent():
    s = Scenario(rulebook("{clause: 一.1, remind: false}"))
    s.join("小王")
    s.advance(days=1)
    (alert,) = s.tick().actions
    assert alert.kind is ActionKind.ALERT_ADMIN and "1天内未确认阅读群规" in alert.text


def test_a_confirmation_after_the_reminder_still_counts():
    s = Scenario(rulebook())
    s.join("小王")
    s.advance(days=1)
    s.tick()
    s.advance(hours=3)
    assert kinds(s.say("小王", "已读")) == ["ack_rules"]
    s.advance(days=2)
    assert s.tick().actions == ()


def test_a_member_who_leaves_is_not_chased_and_rejoining_starts_again():
    s = Scenario(rulebook())
    s.join("小王")
    s.advance(hours=1)
    s.leave("小王")
    assert member_deadlines(s.book, s.state, s.member("小王")) == []
    s.advance(days=3)
    assert s.tick().actions == ()
    again = s.join("小王")
    assert kinds(again) == ["welcome"]
    assert s.member("小王").rules_due == s.clock.now() + DAY
    s.say("小王", "已读群规")
    s.leave("小王")
    s.join("小王")
    member = s.member("小王")
    assert member.rules_confirmed_at is None and member.rules_due == s.clock.now() + DAY, "a rejoin asks again"


def clause_nine(detector: str) -> str:
    return (
        "  - id: 九\n    text: 入群\n    title: 入群\n    enforcement: auto\n"
        f"    detectors: [{{type: {detector}}}]\n    ladder: immediate\n  - id: 四.2\n"
    )


def test_the_newcomer_is_welcomed_first_even_when_the_inviter_is_sanctioned():
    s = Scenario(rulebook().replace("  - id: 四.2\n", clause_nine("invites"), 1))
    decision = s.join("新人", inviter="老李")
    assert kinds(decision) == ["welcome", "remove"]
    assert [a.member_id for a in decision.actions] == ["新人", "老李"]


def test_a_newcomer_removed_on_joining_is_not_welcomed():
    text = rulebook().replace("  - id: 四.2\n", clause_nine("membership"), 1)
    text = text.replace(
        "newcomer:", "membership: {policy: whitelist, whitelist_clause: 九, roster: [{name: 张三}]}\nnewcomer:", 1
    )
    s = Scenario(text)
    decision = s.join("陌生人")
    assert kinds(decision) == ["remove"]
    assert s.member("陌生人").rules_due is None and next_deadline(s.book, s.state) is None


def test_the_section_is_checked_when_loading():
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(rulebook("{clause: 九.9}"))
    assert any(p.path == "newcomer.clause" and "九.9" in p.message for p in caught.value.problems)
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(rulebook("{clause: 一.1, then: remove}"))
    assert any(p.path == "newcomer.then" for p in caught.value.problems)
    with pytest.raises(RulebookError) as caught:
        parse_rulebook(rulebook("{clause: 一.1, greet: true}"))
    assert any(p.path == "newcomer.greet" for p in caught.value.problems)
    book = parse_rulebook(rulebook())
    assert book.newcomer is not None
    assert book.newcomer.confirm_words == ["已阅读群规", "已读群规", "已阅读", "已读"]
    assert (book.newcomer.confirm_within, book.newcomer.remind, book.newcomer.then) == (DAY, True, "alert_admin")


def test_the_welcome_and_the_thanks_are_said_in_the_group():
    for kind in (ActionKind.WELCOME, ActionKind.ACK_RULES):
        steps = plan(SanctionView(1, kind, "小王", None, "欢迎", None), frozenset({Capability.SEND}), ["boss"])
        assert [c.method for c in steps.calls] == ["send"] and steps.calls[0].kwargs["mentions"] == ["小王"]
        assert steps.degraded is None


def test_only_the_community_template_has_a_newcomer_clause():
    have = {name: load_template(name).newcomer for name in ("community", "company", "department", "chamber")}
    assert have["community"] is not None and have["community"].clause == "一.1"
    assert [name for name, section in have.items() if section is not None] == ["community"]
    s = Scenario(book=compile_rulebook(load_template("community")))
    welcome = s.join("小王").actions[0]
    assert welcome.kind is ActionKind.WELCOME and "《微信群管理规定（云际众筹股东群）》" in welcome.text
    s.advance(days=2)
    s.tick()
    s.advance(days=1)
    assert kinds(s.tick()) == ["record"], "一.1 only advises: an unconfirmed newcomer is recorded, not sanctioned"


def test_new_state_fields_round_trip_and_old_dicts_still_load():
    start = Scenario(BASE).clock.now()
    member = MemberState(
        member_id="u1",
        rules_due=start,
        rules_reminded_at=start + timedelta(hours=1),
        rules_confirmed_at=start + timedelta(hours=2),
        nickname_due=start + timedelta(hours=3),
        on_leave_from=start + timedelta(days=1),
        on_leave_until=start + timedelta(days=2),
    )
    data = member.to_dict()
    assert data["rules_due"] == start.isoformat() and data["on_leave_from"] == (start + timedelta(days=1)).isoformat()
    assert MemberState.from_dict(data) == member
    old = {"member_id": "u2", "name": "老会员", "on_leave_until": start.isoformat()}
    loaded = MemberState.from_dict(old)
    assert loaded.on_leave_until == start
    assert (loaded.rules_due, loaded.rules_confirmed_at, loaded.nickname_due, loaded.on_leave_from) == (None,) * 4
