"""Leave covers [on_leave_from, on_leave_until]: silence before it starts is chased, silence within it is not."""

from __future__ import annotations

from datetime import timedelta

from ladder_rules import BASE
from qungui.rules.deadlines import member_deadlines
from qungui.rules.state import MemberState
from support import START, Scenario, kinds

INACTIVE = BASE.replace("clauses:\n", "inactivity: {clause: 三.5, window: 7d, remind_before_queue: 1d}\nclauses:\n", 1)
DAY = timedelta(days=1)


def scenario(leave_from, leave_until) -> Scenario:
    s = Scenario(INACTIVE)
    s.say("u1", "出差前说一声")
    s.state.members["u1"] = s.member("u1").with_(on_leave_from=leave_from, on_leave_until=leave_until)
    return s


def test_silence_that_a_leave_interrupts_starts_again_when_the_leave_ends():
    # 请假期间不计入一周不发言: the week is counted afresh from the leave's end
    s = scenario(START + 3 * DAY, START + 10 * DAY)
    assert member_deadlines(s.book, s.state, s.member("u1")) == [START + 17 * DAY]
    s.advance(days=10)
    assert s.tick().actions == (), "the leave just ended: nothing is due"
    s.advance(days=6)
    assert s.tick().actions == ()
    s.advance(days=1)
    assert kinds(s.tick()) == ["remind"]


def test_a_leave_that_starts_later_does_not_cover_the_silence_before_it():
    s = scenario(START + 8 * DAY, START + 15 * DAY)
    assert START + 7 * DAY in member_deadlines(s.book, s.state, s.member("u1"))
    s.advance(days=7)
    assert kinds(s.tick()) == ["remind"]


def test_a_late_sweep_inside_the_leave_waits_and_wakes_up_at_its_end():
    s = scenario(START + 8 * DAY, START + 15 * DAY)
    assert member_deadlines(s.book, s.state, s.member("u1")) == [START + 15 * DAY, START + 7 * DAY]
    s.advance(days=9)  # the scheduler was down on day 7; on day 9 the member is on leave
    assert s.tick().actions == ()
    s.advance(days=6)
    assert kinds(s.tick()) == ["remind"]


def test_without_a_start_the_leave_counts_from_now():
    s = scenario(None, START + 10 * DAY)
    assert member_deadlines(s.book, s.state, s.member("u1")) == [START + 17 * DAY]
    s.advance(days=8)
    assert s.tick().actions == ()


def test_on_leave_is_half_open():
    member = MemberState("u1", on_leave_from=START, on_leave_until=START + DAY)
    assert not member.on_leave(START - timedelta(seconds=1))
    assert member.on_leave(START) and member.on_leave(START + DAY - timedelta(seconds=1))
    assert not member.on_leave(START + DAY)
    assert not MemberState("u2").on_leave(START)
