"""The Runtime's deadline sources: an explicit list, each run at its own due times on the injected clock."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from e2e.office import office, post, reminders
from qungui.adapters.simulator.platform import SimulatedPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef
from qungui.crm.schedule import CrmDeadlines
from qungui.governance.groups.models import Group
from qungui.governance.outbox.service import enqueue
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.loader import load_template
from qungui.runtime.notices import DigestDeadlines, NoticeDeadlines, QuestionDeadlines, ShareDeadlines, TaskDeadlines
from qungui.runtime.service import Runtime
from qungui.runtime.sources import default_sources
from support import START

GROUP = GroupRef(platform="sim", id="g-src", name="测试群")
BOT = MemberRef(platform="sim", id="bot", name="qungui")


class Alarm:
    """A source due at fixed times; each run queues one group message saying when it ran."""

    name = "alarm"

    def __init__(self, *times: datetime) -> None:
        self.times = list(times)
        self.ran: list[datetime] = []

    def next_due(self, session: Session, group: Group, book: CompiledRulebook) -> datetime | None:
        return next((t for t in self.times if t not in self.ran), None)

    def run_due(self, session: Session, group: Group, book: CompiledRulebook, now: datetime) -> int:
        self.ran.append(now)
        return int(enqueue(session, group=group, key=f"alarm:{now.isoformat()}", text=f"闹钟 {now:%H:%M}", now=now))


def _runtime(session_factory, *sources):
    clock = FrozenClock(START)
    platform = SimulatedPlatform()
    runtime = Runtime(sessions=session_factory, platform=platform, clock=clock, bot=BOT, sources=sources)
    runtime.add_group(GROUP, compile_rulebook(load_template("community")), owner="owner")
    return runtime, clock, platform


def test_the_default_sources_are_notices_tasks_shares_questions_the_vip_store_then_the_digest():
    kinds = [NoticeDeadlines, TaskDeadlines, ShareDeadlines, QuestionDeadlines, CrmDeadlines, DigestDeadlines]
    assert [type(s) for s in default_sources()] == kinds
    assert default_sources()[-1].private_messages and not default_sources(private_messages=False)[-1].private_messages


def test_a_source_runs_at_each_due_time_and_its_messages_are_sent_after_commit(session_factory):
    first, second = START + timedelta(hours=1), START + timedelta(hours=2)
    alarm = Alarm(first, second)
    runtime, clock, platform = _runtime(session_factory, alarm)
    assert runtime.next_wakeup() == first
    clock.set(second + timedelta(minutes=5))
    asyncio.run(runtime.tick())
    assert alarm.ran == [first, second], "each at its own time, in order"
    assert [m.text for m in platform.group(GROUP).messages] == ["闹钟 10:00", "闹钟 11:00"]
    assert runtime.next_wakeup() is None
    asyncio.run(runtime.tick())
    assert len(platform.group(GROUP).messages) == 2, "sent once"


def test_a_runtime_without_sources_sends_no_reminders(session_factory):
    g = office(session_factory)
    g.runtime.sources = ()
    post(g, "admin1", "通知 @工程部 明天上午9点开安全例会 截止 今天18:00")
    since = g.mark()
    g.advance(hours=10)
    assert reminders(g, since) == []
