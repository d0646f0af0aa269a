"""The live runtime: one transaction per event, platform calls after commit, deadlines on the injected clock."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from qungui.adapters.simulator.platform import WECHAT_LIKE, SimulatedPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.audit.service import verify_chain
from qungui.governance.cases.models import Sanction
from qungui.governance.events.models import EventRecord
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.runtime.service import Runtime, UnknownGroup
from support import START

GROUP = GroupRef(platform="sim", id="g-live", name="测试群")
BOT = MemberRef(platform="sim", id="bot", name="qungui")
COMMUNITY = compile_rulebook(load_template("community"))


class Live:
    """A runtime on the simulator with a frozen clock; every call runs the event loop to completion."""

    def __init__(self, session_factory, *, capabilities=None, book=COMMUNITY) -> None:
        self.clock = FrozenClock(START)
        self.platform = SimulatedPlatform() if capabilities is None else SimulatedPlatform(capabilities)
        self.runtime = Runtime(sessions=session_factory, platform=self.platform, clock=self.clock, bot=BOT)
        self.runtime.add_group(GROUP, book, owner="owner", admins=["admin1", "admin2"])
        self.sessions = session_factory
        self._n = 0

    def message(self, sender: str, text: str, **extra) -> MessageEvent:
        self._n += 1
        return MessageEvent(
            id=f"m{self._n}",
            group=GROUP,
            ts=self.clock.now(),
            sender=MemberRef(platform="sim", id=sender, name=sender),
            text=text,
            **extra,
        )

    def say(self, sender: str, text: str, **extra):
        return asyncio.run(self.runtime.submit(self.message(sender, text, **extra)))

    def tick(self):
        return asyncio.run(self.runtime.tick())

    @property
    def sent(self) -> list[str]:
        return [m.text for m in self.platform.group(GROUP).messages]

    def sanctions(self) -> list[tuple[str, str]]:
        with self.sessions.begin() as session:
            return [tuple(r) for r in session.execute(select(Sanction.kind, Sanction.status).order_by(Sanction.id))]


def test_an_ad_is_deleted_and_answered_after_commit(session_factory):
    live = Live(session_factory)
    handled = live.say("u1", "兼职刷单，日结工资，诚招代理，加我微信 abc12345")
    assert not handled.duplicate and handled.decision is not None
    assert handled.executed is not None and handled.executed.done >= 2
    group = live.platform.group(GROUP)
    assert "m1" in group.deleted
    assert any("u1" in m.mentions for m in group.messages)
    assert all(status == "done" for _, status in live.sanctions())


def test_the_same_event_twice_changes_nothing(session_factory):
    live = Live(session_factory)
    event = live.message("u1", "兼职刷单，日结工资，诚招代理")
    first = asyncio.run(live.runtime.submit(event))
    sent = len(live.sent)
    second = asyncio.run(live.runtime.submit(event))
    assert not first.duplicate and second.duplicate
    assert len(live.sent) == sent
    with session_factory.begin() as session:
        assert session.scalar(select(func.count()).select_from(EventRecord).where(EventRecord.type == "message")) == 1


def test_events_for_an_unknown_group_are_refused(session_factory):
    live = Live(session_factory)
    stray = MessageEvent(
        id="x",
        group=GroupRef(platform="sim", id="other"),
        ts=live.clock.now(),
        sender=MemberRef(platform="sim", id="u"),
    )
    with pytest.raises(UnknownGroup):
        asyncio.run(live.runtime.submit(stray))


def test_the_bots_own_messages_are_ignored(session_factory):
    live = Live(session_factory)
    handled = asyncio.run(live.runtime.submit(live.message("bot", "兼职刷单，日结工资，诚招代理")))
    assert handled.decision is None and live.sent == []


def test_an_apology_deadline_fires_on_the_clock_and_the_ladder_ends_in_removal(session_factory):
    live = Live(session_factory)
    live.say("u1", "你就是个废物")
    live.clock.advance(minutes=1)
    live.say("u1", "废物")
    wake = live.runtime.next_wakeup()
    assert wake is not None and wake > live.clock.now()
    live.clock.set(wake - timedelta(seconds=1))
    assert live.tick() == 0, "nothing is due a second early"
    assert live.platform.group(GROUP).kicked == []
    live.clock.set(wake)
    assert live.tick() == 1
    assert [member for member, _ in live.platform.group(GROUP).kicked] == ["u1"]
    assert live.runtime.next_wakeup() is None or live.runtime.next_wakeup() > wake


def test_a_late_event_first_sweeps_the_deadlines_it_passed(session_factory):
    live = Live(session_factory)
    live.say("u1", "你就是个废物")
    live.clock.advance(minutes=1)
    live.say("u1", "废物")
    live.clock.advance(hours=3)  # the scheduler slept through the deadline
    live.say("u2", "大家好")
    assert [member for member, _ in live.platform.group(GROUP).kicked] == ["u1"]


def test_a_failed_platform_call_is_recorded_and_retried_by_the_scheduler(session_factory):
    live = Live(session_factory)
    live.platform.fail_next(2)  # the deletion and the dissuasion each fail once
    live.say("u1", "兼职刷单，日结工资，诚招代理")
    assert [status for _, status in live.sanctions()] == ["pending", "pending"]
    assert live.platform.group(GROUP).deleted == set()
    live.clock.advance(minutes=1)
    live.tick()
    assert all(status == "done" for _, status in live.sanctions())
    assert "m1" in live.platform.group(GROUP).deleted


def test_on_a_wechat_like_platform_the_removal_is_handed_to_the_admins(session_factory):
    live = Live(session_factory, capabilities=WECHAT_LIKE)
    live.say("u1", "你就是个废物")
    live.say("u1", "废物")
    live.say("u1", "我不道歉")
    group = live.platform.group(GROUP)
    assert group.kicked == []
    assert {member for member, _ in group.private} >= {"owner", "admin1", "admin2"}
    assert ("remove", "unsupported") in live.sanctions()


def test_the_scheduler_loop_sweeps_when_a_deadline_falls_and_stops_on_request(session_factory):
    live = Live(session_factory)
    live.runtime.max_sleep_s = 0.05

    async def scenario() -> list[str]:
        await live.runtime.submit(live.message("u1", "你就是个废物"))
        await live.runtime.submit(live.message("u1", "废物"))
        stop = asyncio.Event()
        loop = asyncio.create_task(live.runtime.run_scheduler(stop))
        await asyncio.sleep(0.1)  # real time passes, frozen time does not: nothing is due
        kicked_before = list(live.platform.group(GROUP).kicked)
        live.clock.advance(minutes=11)
        for _ in range(100):
            await asyncio.sleep(0.02)
            if live.platform.group(GROUP).kicked:
                break
        stop.set()
        await asyncio.wait_for(loop, 2)
        assert kicked_before == []
        return [member for member, _ in live.platform.group(GROUP).kicked]

    assert asyncio.run(scenario()) == ["u1"]


def test_every_change_is_on_the_audit_chain(session_factory):
    live = Live(session_factory)
    live.say("u1", "兼职刷单，日结工资，诚招代理")
    with session_factory.begin() as session:
        report = verify_chain(session)
    assert report.ok and report.checked > 3


def _chamber_with_roster():
    from qungui.rules.schema import RosterEntry

    template = load_template("chamber")
    roster = [RosterEntry(name="张三", id="wx_zhang"), RosterEntry(name="李四", id="wx_li")]
    membership = template.membership.model_copy(update={"roster": roster})
    return compile_rulebook(template.model_copy(update={"membership": membership}))


def _request(live: Live, member: str, name: str):
    from qungui.core.events import JoinRequest

    live._n += 1
    event = JoinRequest(
        id=f"r{live._n}", group=GROUP, ts=live.clock.now(), member=MemberRef(platform="sim", id=member, name=name)
    )
    return asyncio.run(live.runtime.submit(event))


def test_a_listed_member_is_let_in_and_an_outsider_waits_for_an_admin_with_a_number(session_factory):
    live = Live(session_factory, book=_chamber_with_roster())
    _request(live, "wx_zhang", "安徽商会金融服务部张三")
    assert live.platform.group(GROUP).joins == {"wx_zhang": True}
    _request(live, "wx_out", "路人甲")
    group = live.platform.group(GROUP)
    assert "wx_out" not in group.joins
    notices = [text for to, text in group.private if to == "admin1"]
    assert len(notices) == 1 and "路人甲" in notices[0] and "通过 R" in notices[0]
    number = notices[0].split("通过 R")[1].split("”")[0]
    handled = live.say("admin1", f"通过 R{number}")
    assert handled.command == "通过"
    assert group.joins["wx_out"] is True
    assert any("已同意" in text and f"R{number}" in text for text in live.sent)
    again = live.say("admin2", f"拒绝 R{number}")
    assert group.joins["wx_out"] is True, "a decided request cannot be decided again"
    assert any(f"R{number}" in text for text in live.sent[-1:]) and again.command == "拒绝"


def test_an_admin_turns_a_held_join_down(session_factory):
    live = Live(session_factory, book=_chamber_with_roster())
    _request(live, "wx_out", "路人乙")
    live.say("admin2", "拒绝 @路人乙 不是商会会员", mentions=("wx_out",))
    assert live.platform.group(GROUP).joins == {"wx_out": False}
    with session_factory.begin() as session:
        from qungui.governance.audit.models import AuditEntry

        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.actor == "admin2")))
    assert "join.rejected" in actions
