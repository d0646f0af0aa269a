"""Events are stored once under their key, even when two transactions race for it."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from qungui.core.events import Attachment, GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.governance.events.models import EventRecord
from qungui.governance.events.service import get_event, load_event, recent_messages, store_event
from qungui.governance.groups.service import ensure_group

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GROUP = GroupRef(platform="sim", id="g1")


def message(event_id: str, *, group: GroupRef = GROUP, at: datetime = NOW, **extra) -> MessageEvent:
    sender = extra.pop("sender", MemberRef(platform="sim", id="alice", name="小王"))
    return MessageEvent(id=event_id, group=group, ts=at, sender=sender, **extra)


def count_events(session) -> int:
    return session.scalar(select(func.count()).select_from(EventRecord))


def test_an_event_is_stored_once(session):
    event = message("m1", text="大家好")
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        assert store_event(session, group=group, event=event, now=NOW) is True
        assert store_event(session, group=group, event=event, now=NOW + timedelta(seconds=5)) is False
    with session.begin():
        assert store_event(session, group=group, event=event, now=NOW) is False
        assert count_events(session) == 1
        record = get_event(session, key=event.key)
        assert record is not None
        assert (record.type, record.actor_id, record.received_at) == ("message", "alice", NOW)
        assert load_event(record) == event


def test_the_same_event_id_in_two_groups_is_two_events(session):
    other = GroupRef(platform="sim", id="g2")
    with session.begin():
        first = ensure_group(session, ref=GROUP, now=NOW)
        second = ensure_group(session, ref=other, now=NOW)
        assert store_event(session, group=first, event=message("m1"), now=NOW)
        assert store_event(session, group=second, event=message("m1", group=other), now=NOW)
        assert count_events(session) == 2


def test_inline_attachment_bytes_are_not_stored(session):
    picture = Attachment(mime="image/png", size=4, sha256="ab" * 32, data=b"\x89PNG")
    event = message("m2", kind=MessageKind.IMAGE, attachments=(picture,))
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        store_event(session, group=group, event=event, now=NOW)
        record = get_event(session, key=event.key)
        assert record.payload["attachments"] == [
            {"mime": "image/png", "name": None, "size": 4, "sha256": "ab" * 32, "url": None, "duration_s": None}
        ]


def test_recent_messages_reads_the_window(session):
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        for n in range(5):
            store_event(session, group=group, event=message(f"m{n}", at=NOW + timedelta(minutes=n)), now=NOW)
        found = list(
            recent_messages(
                session, group=group, since=NOW, until=NOW + timedelta(minutes=3), exclude_key=message("m3").key
            )
        )
    assert [ts for ts, _ in found] == [NOW + timedelta(minutes=1), NOW + timedelta(minutes=2)]
    assert {sender for _, sender in found} == {"alice"}


def test_racing_transactions_store_an_event_exactly_once(session_factory):
    with session_factory.begin() as session:
        group = ensure_group(session, ref=GROUP, now=NOW)
    event = message("raced")
    barrier = threading.Barrier(2)
    results: list[bool] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with session_factory.begin() as own:
                barrier.wait(timeout=10)
                results.append(store_event(own, group=group, event=event, now=NOW))
        except BaseException as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(results) == [False, True]
    with session_factory() as session:
        assert count_events(session) == 1
