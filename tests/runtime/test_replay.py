"""Replaying a history through the pipeline sweeps at each deadline between events."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.cases.models import Sanction
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.runtime.replay import replay_events
from support import START

GROUP = GroupRef(platform="sim", id="g-replay")
BOOK = compile_rulebook(load_template("community"))


def message(n: int, member: str, text: str, minutes: float) -> MessageEvent:
    return MessageEvent(
        id=f"r{n}",
        group=GROUP,
        ts=START + timedelta(minutes=minutes),
        sender=MemberRef(platform="sim", id=member),
        text=text,
    )


def test_the_apology_deadline_fires_between_events_at_its_own_time(session_factory):
    events = [
        message(1, "u1", "你就是个废物", 0),
        message(2, "u1", "废物", 1),
        message(3, "u2", "大家早上好", 30),  # the 10-minute apology deadline passes before this
    ]
    stats = replay_events(session_factory, book=BOOK, group_ref=GROUP, events=events, admins=["owner"])
    assert stats.events == 3 and stats.sweeps == 1
    assert stats.actions == {"warn": 1, "require_apology": 1, "remove": 1}
    with session_factory.begin() as session:
        removal = session.scalars(select(Sanction).where(Sanction.kind == "remove")).one()
        assert removal.created_at == START + timedelta(minutes=11), "removed when the deadline fell, not later"
    again = replay_events(session_factory, book=BOOK, group_ref=GROUP, events=events)
    assert again.events == 0 and again.duplicates == 3 and again.sweeps == 0


def test_an_empty_replay_does_nothing(session_factory):
    assert replay_events(session_factory, book=BOOK, group_ref=GROUP, events=[]).events == 0
    other = [message(9, "u1", "废物", 0).model_copy(update={"group": GroupRef(platform="sim", id="other")})]
    assert replay_events(session_factory, book=BOOK, group_ref=GROUP, events=other).events == 0
