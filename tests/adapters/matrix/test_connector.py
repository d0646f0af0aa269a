"""The Matrix sync loop without a server: recorded /sync payloads through a scripted client.

At-least-once: the token is stored only after the sink returned; a failing sink or a dropped
connection replays the batch; malformed events are logged and skipped; reconnects back off.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
from pathlib import Path
from typing import Any

import pytest
from nio import RoomMessagesResponse, SyncError, SyncResponse

from qungui.adapters.base import Backoff, ConnectorConfigError, MemoryCursors
from qungui.adapters.matrix.connector import SYNC_KEY, MatrixConnector, build_connector, parse_settings
from qungui.adapters.registry import build_connector as registry_build
from qungui.core.clock import FrozenClock
from qungui.core.events import MessageEvent
from support import START

PAYLOAD = json.loads((Path(__file__).parent / "payloads" / "sync_timeline.json").read_text())
ROOM = PAYLOAD["room_id"]
BOT = "@bot:localhost"
OPTIONS = {
    "homeserver": "http://127.0.0.1:1",
    "user_id": BOT,
    "access_token": "secret",
    "groups": [{"id": ROOM, "name": "测试群"}],
}


def sync_body(next_batch: str, events: list[dict[str, Any]], *, limited: bool = False) -> dict[str, Any]:
    timeline = {"events": events, "limited": limited, "prev_batch": "p1"}
    room = {"timeline": timeline, "state": {"events": []}, "ephemeral": {"events": []}, "account_data": {"events": []}}
    return {"next_batch": next_batch, "rooms": {"join": {ROOM: room}, "invite": {}, "leave": {}}}


class ScriptedClient:
    """Answers sync() from a script: a dict (a /sync body), an exception to raise, or a SyncError."""

    def __init__(self, script: list[Any]) -> None:
        self.script = list(script)
        self.access_token = "secret"
        self.user_id = BOT
        self.rooms: dict[str, Any] = {}
        self.since_seen: list[str | None] = []
        self.closed = 0

    async def sync(self, timeout=None, sync_filter=None, since=None, full_state=None):
        self.since_seen.append(since)
        if not self.script:
            await asyncio.sleep(3600)
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, str):
            return SyncError(step)
        return SyncResponse.from_dict(step)

    async def join(self, room_id):
        return type("JoinResponse", (), {"room_id": room_id})()

    async def room_messages(self, room_id, start=None, end=None, direction=None, limit=10):
        self.pages_asked = [*getattr(self, "pages_asked", []), (start, end)]
        page = self.pages.pop(0) if getattr(self, "pages", None) else {"chunk": [], "start": start}
        return RoomMessagesResponse.from_dict(page, room_id)

    async def close(self):
        self.closed += 1


def connector(script: list[Any], cursors: MemoryCursors | None = None) -> tuple[MatrixConnector, ScriptedClient]:
    client = ScriptedClient(script)
    sleeps: list[float] = []

    async def no_wait(delay: float) -> None:
        sleeps.append(delay)

    built = MatrixConnector(
        parse_settings(OPTIONS),
        clock=FrozenClock(START),
        cursors=cursors or MemoryCursors(),
        client=client,  # type: ignore[arg-type]
        backoff=Backoff(initial_s=1, maximum_s=8, sleep=no_wait),
    )
    built.sleeps = sleeps  # type: ignore[attr-defined]
    return built, client


def test_a_batch_is_handed_over_in_order_and_then_its_token_stored():
    events = PAYLOAD["timeline"]["events"]
    cursors = MemoryCursors()
    cursors.set(f"matrix:{BOT}", SYNC_KEY, "s1")
    conn, client = connector([sync_body("s2", events)], cursors)
    got = []

    async def sink(event):
        assert cursors.get(conn.connection, SYNC_KEY) == "s1", "the token moves only after the batch"
        got.append(event)

    assert asyncio.run(conn.sync_once(sink)) == 11
    assert client.since_seen == ["s1"]
    assert cursors.get(conn.connection, SYNC_KEY) == "s2"
    assert [e.type for e in got][:3] == ["member_joined", "nickname_changed", "join_request"]


def test_a_failing_sink_leaves_the_token_so_the_batch_is_replayed():
    events = PAYLOAD["timeline"]["events"]
    cursors = MemoryCursors()
    cursors.set(f"matrix:{BOT}", SYNC_KEY, "s1")
    conn, client = connector([sync_body("s2", events), sync_body("s2", events)], cursors)
    calls = {"n": 0}
    got: list[str] = []

    async def flaky(event):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("database went away")
        got.append(event.id)

    with pytest.raises(RuntimeError):
        asyncio.run(conn.sync_once(flaky))
    assert cursors.get(conn.connection, SYNC_KEY) == "s1", "nothing acknowledged"
    asyncio.run(conn.sync_once(flaky))
    assert client.since_seen == ["s1", "s1"], "the same batch asked for again"
    assert cursors.get(conn.connection, SYNC_KEY) == "s2"
    assert len(set(got)) == 11, "every event reached the sink (the first four twice: the runtime drops repeats)"


def test_malformed_events_are_logged_and_skipped_the_rest_handled(caplog):
    events = copy.deepcopy(PAYLOAD["timeline"]["events"])
    events[7]["content"] = {"msgtype": 5, "body": "收到"}  # nio marks it a BadEvent
    events[9] = {
        "type": "m.room.message",
        "event_id": "$broken",
        "sender": "@bob:localhost",
        "content": {"msgtype": "m.text", "body": "hi"},
    }
    conn, _ = connector([sync_body("s2", events)])
    conn.cursors.set(conn.connection, SYNC_KEY, "s1")
    got = []

    async def sink(event):
        got.append(event)

    with caplog.at_level(logging.WARNING, logger="qungui.adapters.matrix.connector"):
        handed = asyncio.run(conn.sync_once(sink))
    assert handed == 9
    assert any("$broken" in line and "origin_server_ts" in line for line in conn.skipped), conn.skipped
    assert any("msgtype" in line for line in conn.skipped)
    ours = [r.getMessage() for r in caplog.records if r.name == "qungui.adapters.matrix.connector"]
    assert len(ours) == 2 and all("skipped a malformed event" in line for line in ours), ours
    assert conn.cursors.get(conn.connection, SYNC_KEY) == "s2", "a bad event does not block the room"


def test_a_gap_the_homeserver_reports_is_filled_from_messages_oldest_first():
    events = PAYLOAD["timeline"]["events"]
    cursors = MemoryCursors()
    cursors.set(f"matrix:{BOT}", SYNC_KEY, "s1")
    conn, client = connector([sync_body("s2", events[12:], limited=True)], cursors)
    older = list(reversed(events[:12]))  # /messages backwards: newest first
    client.pages = [{"chunk": older[:6], "start": "p1", "end": "p0"}, {"chunk": older[6:], "start": "p0", "end": "pp"}]
    got = []

    async def sink(event):
        got.append(event.id)

    asyncio.run(conn.sync_once(sink))
    assert client.pages_asked[:2] == [("p1", "s1"), ("p0", "s1")], "paged back from the timeline to the old token"
    expected = [e["event_id"] for e in events if e["type"] in ("m.room.member", "m.room.message", "m.reaction")]
    assert got == [i for i in expected if i in set(got)] and len(got) == 11, "every event, in order"


def test_a_dropped_connection_reconnects_with_backoff_and_loses_nothing(caplog):
    events = PAYLOAD["timeline"]["events"]
    state = sync_body("s0", [])
    script = [
        state,  # connect: learn the rooms; first start, so reading begins at s0
        ConnectionResetError("connection reset by peer"),
        state,  # reconnect
        "M_UNKNOWN server error",  # a SyncError
        state,
        sync_body("s2", events[:8]),
        sync_body("s3", events[8:]),
    ]
    conn, client = connector(script)
    got: list[MessageEvent] = []
    stop = asyncio.Event()

    async def sink(event):
        got.append(event)

    async def main():
        task = asyncio.create_task(conn.run(sink, stop))

        async def until_s3():
            while conn.cursors.get(conn.connection, SYNC_KEY) != "s3":
                await asyncio.sleep(0.01)

        await asyncio.wait_for(until_s3(), timeout=10)
        stop.set()
        await asyncio.wait_for(task, timeout=10)

    with caplog.at_level(logging.WARNING, logger="qungui.adapters.matrix.connector"):
        asyncio.run(main())
    lines = [r.getMessage() for r in caplog.records if r.name == "qungui.adapters.matrix.connector"]
    assert lines[0].startswith("matrix: sync failed (ConnectionResetError: connection reset by peer); reconnecting")
    assert "stored token (attempt 1)" in lines[0] and "stored token (attempt 2)" in lines[1]
    assert len(got) == 11 and len({e.id for e in got}) == 11, "every event once"
    assert conn.sleeps == [pytest.approx(1, rel=0.2), pytest.approx(2, rel=0.2)], "backing off between failures"
    assert client.since_seen.count("s0") >= 2, "after the drop, sync resumed from the stored token"
    assert client.closed == 1


def test_options_are_checked_field_by_field_in_both_languages():
    with pytest.raises(ConnectorConfigError) as caught:
        build_connector({"homeserver": "matrix.example.org", "user_id": "qungui", "extra": 1}, FrozenClock(START))
    problems = caught.value.problems
    assert any(p.startswith("matrix.homeserver: 格式不对 / ") for p in problems), problems
    assert any(p.startswith("matrix.user_id: 格式不对 / ") for p in problems), problems
    assert any(p.startswith("matrix.extra: 未知配置项 / ") for p in problems), problems
    assert any("access_token or password" in p for p in problems), problems


def test_the_registry_builds_matrix_with_database_cursors():
    cursors = MemoryCursors()
    built = registry_build("matrix", OPTIONS, FrozenClock(START), cursors=cursors)
    assert isinstance(built, MatrixConnector) and built.cursors is cursors
    assert [g.id for g in built.groups()] == [ROOM] and built.routes() == ()
    assert built.bot.id == BOT


def test_being_removed_from_a_governed_room_is_logged_as_an_error(caplog):
    body = sync_body("s2", [])
    body["rooms"]["leave"] = {ROOM: {"timeline": {"events": []}, "state": {"events": []}}}
    conn, _ = connector([body])
    conn.cursors.set(conn.connection, SYNC_KEY, "s1")

    async def sink(event):
        raise AssertionError("nothing to hand over")

    with caplog.at_level(logging.ERROR, logger="qungui.adapters.matrix.connector"):
        asyncio.run(conn.sync_once(sink))
    assert f"the bot was removed from governed room {ROOM}" in caplog.text
    assert conn.cursors.get(conn.connection, SYNC_KEY) == "s2"


def test_an_event_with_an_impossible_timestamp_is_skipped_not_retried_forever(caplog):
    """A federated server sets origin_server_ts; one far past year 9999 once failed the whole batch on every retry."""
    events = copy.deepcopy(PAYLOAD["timeline"]["events"])
    message = next(i for i, e in enumerate(events) if e["content"].get("msgtype") == "m.text")
    events[message]["origin_server_ts"] = 10**30
    conn, _ = connector([sync_body("s2", events)])
    conn.cursors.set(conn.connection, SYNC_KEY, "s1")
    got = []

    async def sink(event):
        got.append(event)

    with caplog.at_level(logging.WARNING, logger="qungui.adapters.matrix.connector"):
        handed = asyncio.run(conn.sync_once(sink))
    assert handed == 10 and conn.cursors.get(conn.connection, SYNC_KEY) == "s2"
    assert any(events[message]["event_id"] in line and "unreadable" in line for line in conn.skipped), conn.skipped


def test_the_skipped_event_lines_kept_in_memory_are_bounded():
    from qungui.adapters.matrix.connector import SKIPPED_KEPT

    broken = [
        {"type": "m.room.message", "event_id": f"$b{i}", "sender": "@bob:localhost", "content": {"body": "x"}}
        for i in range(SKIPPED_KEPT + 50)
    ]
    conn, _ = connector([sync_body("s2", broken)])
    conn.cursors.set(conn.connection, SYNC_KEY, "s1")

    async def sink(event):
        raise AssertionError("nothing readable was sent")

    assert asyncio.run(conn.sync_once(sink)) == 0
    assert len(conn.skipped) == SKIPPED_KEPT and f"$b{SKIPPED_KEPT + 49}" in conn.skipped[-1]
