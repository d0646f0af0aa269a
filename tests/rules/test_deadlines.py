"""The deadlines the sweep acts on: the same function drives the engine and the schedulers."""

from __future__ import annotations

from datetime import timedelta

from ladder_rules import BASE
from qungui.rules.deadlines import member_deadlines, next_deadline
from support import Scenario

INACTIVE = BASE.replace("clauses:\n", "inactivity: {clause: 三.5, window: 7d, remind_before_queue: 1d}\nclauses:\n", 1)


def test_next_deadline_follows_apologies_fines_and_silence():
    s = Scenario(INACTIVE, admins={"boss"})
    assert next_deadline(s.book, s.state) is None
    s.say("boss", "大家好")
    assert next_deadline(s.book, s.state) is None, "admins are never chased for silence"
    s.say("u1", "傻逼")
    start = s.clock.now()
    assert next_deadline(s.book, s.state) == start + timedelta(days=7)
    s.say("u1", "傻逼")
    assert next_deadline(s.book, s.state) == start + timedelta(minutes=10)
    s.say("u2", "百家乐")
    dues = sorted(d for m in s.state.members.values() for d in member_deadlines(s.book, s.state, m))
    assert dues[:2] == [start + timedelta(minutes=10), start + timedelta(hours=24)]
    assert next_deadline(s.book, s.state, after=start + timedelta(minutes=10)) == start + timedelta(hours=24)


def test_a_sweep_before_any_deadline_touches_nobody():
    s = Scenario(INACTIVE)
    s.say("u1", "傻逼")
    s.say("u1", "傻逼")
    s.advance(minutes=5)
    assert s.tick().member_updates == {}


def test_a_short_red_envelope_does_not_settle_the_fine():
    from decimal import Decimal

    from qungui.core.events import MessageKind

    s = Scenario(BASE)
    s.say("u1", "百家乐")
    short = s.say("u1", kind=MessageKind.RED_ENVELOPE, amount=Decimal("5"))
    assert [a.kind.value for a in short.actions] == ["remind"] and "少于应发的 20 元" in short.actions[0].text
    assert s.member("u1").owed_fines()
    unknown = s.say("u1", kind=MessageKind.RED_ENVELOPE)  # the platform shows no amount
    assert [a.kind.value for a in unknown.actions] == ["ack_fine_paid"]


def test_system_messages_are_not_speech():
    from qungui.core.events import MessageKind

    s = Scenario(INACTIVE)
    s.say("u1", "你好")
    before = s.member("u1").last_message_at
    s.advance(days=3)
    assert s.say("u1", "撤回了一条消息", kind=MessageKind.SYSTEM).member_updates == {}
    assert s.member("u1").last_message_at == before
