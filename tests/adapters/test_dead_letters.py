"""Poison events: an event that always fails is set aside after a few tries, and the connection moves on."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from qungui.adapters.dead_letters import MAX_ATTEMPTS, DatabaseDeadLetters, DeadLetter, PoisonGuard, event_payload
from qungui.cli.main import app
from qungui.cli.serve_platform import make_sink
from qungui.core.events import Attachment, MessageKind
from qungui.governance.connections.models import DeadEvent
from qungui.governance.events.models import EventRecord
from runtime.test_service import Live


class Poisoned(Exception):
    """What the injected fault raises (a bug meeting a value nobody foresaw)."""


def _poison_runtime(live: Live, text: str) -> None:
    """Make the runtime fail, inside its transaction, on every message whose text is `text`."""
    original = live.runtime._handle

    def handle(session, binding, event, now):
        if getattr(event, "text", None) == text:
            session.flush()
            raise Poisoned(f"cannot handle {text!r}")
        return original(session, binding, event, now)

    live.runtime._handle = handle


def _dead(live: Live) -> list[DeadEvent]:
    with live.sessions() as session:
        return list(session.scalars(select(DeadEvent)))


def test_an_event_that_always_fails_is_set_aside_and_the_next_one_is_handled(session_factory):
    live = Live(session_factory)
    _poison_runtime(live, "boom")
    sink = make_sink(live.runtime, "sim")
    poison = live.message("u1", "boom")
    for _ in range(MAX_ATTEMPTS - 1):  # the connector replays it: still failing, not yet set aside
        with pytest.raises(Poisoned):
            asyncio.run(sink(poison))
        assert _dead(live) == []
        live.clock.advance(timedelta(seconds=5))
    assert asyncio.run(sink(poison)) is None  # the last try sets it aside and returns normally
    (row,) = _dead(live)
    assert (row.connection, row.event_key, row.group_key) == ("sim", poison.key, "sim:g-live")
    assert row.attempts == MAX_ATTEMPTS and row.error == "Poisoned: cannot handle 'boom'"
    assert row.first_failed_at < row.dead_at
    assert json.loads(row.payload)["text"] == "boom"
    with live.sessions() as session:  # the failing handling left nothing behind
        assert session.scalar(select(func.count()).where(EventRecord.key == poison.key)) == 0
    handled = asyncio.run(sink(live.message("u2", "兼职刷单，日结工资，加我微信 abc12345")))
    assert handled.decision is not None and handled.decision.violations  # the group goes on being governed


def test_transient_database_errors_are_never_set_aside(session_factory):
    live = Live(session_factory)
    calls = []

    async def flaky(event):
        calls.append(event.key)
        raise OperationalError("SELECT 1", {}, ConnectionError("server closed the connection"))

    guard = PoisonGuard(flaky, DatabaseDeadLetters(live.sessions, live.clock, "sim"), clock=live.clock)
    event = live.message("u1", "你好")
    for _ in range(MAX_ATTEMPTS * 3):
        with pytest.raises(OperationalError):
            asyncio.run(guard(event))
    assert len(calls) == MAX_ATTEMPTS * 3 and _dead(live) == [] and guard.parked == 0


def test_a_success_between_failures_starts_the_count_again(session_factory):
    live = Live(session_factory)
    outcomes = iter([ValueError("a"), ValueError("b"), "ok", ValueError("c"), ValueError("d"), "ok"])

    async def sometimes(event):
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    parked: list[DeadLetter] = []
    guard = PoisonGuard(sometimes, parked.append, clock=live.clock)
    event = live.message("u1", "你好")
    results = []
    for _ in range(6):
        try:
            results.append(asyncio.run(guard(event)))
        except ValueError as error:
            results.append(str(error))
    assert results == ["a", "b", "ok", "c", "d", "ok"] and parked == []


def test_when_setting_aside_fails_the_event_is_replayed_not_lost(session_factory):
    live = Live(session_factory)

    async def always(event):
        raise KeyError("x")

    def broken_store(letter):
        raise OperationalError("INSERT", {}, ConnectionError("database gone"))

    guard = PoisonGuard(always, broken_store, clock=live.clock, max_attempts=1)
    with pytest.raises(OperationalError):
        asyncio.run(guard(live.message("u1", "x")))
    assert guard.parked == 0


def test_the_stored_payload_leaves_out_image_bytes(session_factory):
    live = Live(session_factory)
    image = Attachment(data=b"\x89PNG\xff\x00" * 1000, size=6000)
    event = live.message("u1", "", kind=MessageKind.IMAGE, attachments=(image,))
    payload = json.loads(event_payload(event))
    assert payload["attachments"][0]["data"] is None and payload["attachments"][0]["size"] == 6000
    assert event.attachments[0].data is not None  # the event itself is untouched
    with pytest.raises(ValueError, match="max_attempts"):
        PoisonGuard(live.runtime.submit, lambda letter: None, clock=live.clock, max_attempts=0)


def test_the_cli_lists_and_forgets_dead_events(database_url, engine):
    from qungui.storage.db import make_session_factory

    live = Live(make_session_factory(engine))
    _poison_runtime(live, "boom")
    sink = make_sink(live.runtime, "sim")
    poison = live.message("u1", "boom")
    for _ in range(MAX_ATTEMPTS - 1):
        with pytest.raises(Poisoned):
            asyncio.run(sink(poison))
    asyncio.run(sink(poison))
    runner = CliRunner()
    listed = runner.invoke(app, ["events", "dead", "--json", "--database-url", database_url])
    assert listed.exit_code == 0, listed.output
    (record,) = [json.loads(line) for line in listed.output.splitlines()]
    assert record["event"] == poison.key and record["attempts"] == MAX_ATTEMPTS
    table = runner.invoke(app, ["events", "dead", "--database-url", database_url])
    assert table.exit_code == 0 and "Poisoned" in table.output
    forgotten = runner.invoke(app, ["events", "forget", str(record["id"]), "--database-url", database_url])
    assert forgotten.exit_code == 0, forgotten.output
    again = runner.invoke(app, ["events", "forget", str(record["id"]), "--database-url", database_url])
    assert again.exit_code == 1 and "no dead event" in again.output
    empty = runner.invoke(app, ["events", "dead", "--database-url", database_url])
    assert empty.exit_code == 0 and "no dead events" in empty.output
