"""The runtime remembers each group's next deadline: ordinary messages skip the look, deadlines still fall in order."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import qungui.runtime.due as due_module
from qungui.core.events import MemberJoined, MemberRef
from runtime.test_service import GROUP, Live


def _count_full_loads(monkeypatch) -> list[int]:
    calls = [0]
    original = due_module.load_group_state

    def counting(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(due_module, "load_group_state", counting)
    return calls


def test_ordinary_messages_do_not_read_the_whole_group_each_time(session_factory, monkeypatch):
    live = Live(session_factory)
    calls = _count_full_loads(monkeypatch)
    for i in range(12):
        live.say(f"u{i % 3}", f"今天天气不错 {i}")
        live.clock.advance(timedelta(seconds=30))
    assert calls[0] == 1, "the group's next deadline is read once, then kept"
    live.tick()  # a sweep forgets it: the next message reads it again
    live.say("u1", "下午开会")
    assert calls[0] == 2


def test_a_deadline_set_by_an_event_still_falls_before_a_later_message(session_factory):
    live = Live(session_factory)
    live.say("u1", "大家好")  # the next deadline is now known and kept
    live._n += 1
    joined = MemberJoined(
        id=f"j{live._n}", group=GROUP, ts=live.clock.now(), member=MemberRef(platform="sim", id="new1", name="新人")
    )
    asyncio.run(live.runtime.submit(joined))  # 一.1: confirm reading the rules within 24 hours
    sent = len(live.sent)
    live.clock.advance(timedelta(hours=25))
    live.say("u1", "早上好")  # no tick: the submit itself sweeps the newcomer's deadline first
    reminders = live.sent[sent:]
    assert any("新人" in text for text in reminders), reminders


def test_forgetting_deadlines_makes_the_next_message_look_again(session_factory, monkeypatch):
    live = Live(session_factory)
    live.say("u1", "大家好")
    calls = _count_full_loads(monkeypatch)
    live.say("u2", "你好")
    assert calls[0] == 0
    live.runtime.forget_deadlines(GROUP)
    live.say("u2", "在吗")
    assert calls[0] == 1
