"""MatrixPlatform against a recording fake client: errors mapped honestly, mutes restored on the clock."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from nio import (
    ErrorResponse,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomKickResponse,
    RoomPutStateResponse,
    RoomSendResponse,
)

from qungui.adapters.base import MemoryCursors
from qungui.adapters.matrix.platform import MatrixPlatform
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef
from qungui.core.platform import PlatformError
from support import START

ROOM = GroupRef(platform="matrix", id="!room:localhost")
BOT = "@bot:localhost"


class FakeClient:
    def __init__(self) -> None:
        self.user_id = BOT
        self.rooms: dict[str, Any] = {}
        self.calls: list[tuple[str, Any]] = []
        self.levels: dict[str, Any] = {"users": {BOT: 100, "@erin:localhost": 10}, "events_default": 0}
        self.fail: ErrorResponse | Exception | None = None

    def _maybe_fail(self):
        if self.fail is not None:
            failure, self.fail = self.fail, None
            if isinstance(failure, Exception):
                raise failure
            return failure
        return None

    async def room_send(self, room_id, message_type, content):
        self.calls.append(("send", (room_id, message_type, content)))
        return self._maybe_fail() or RoomSendResponse("$sent", room_id)

    async def room_kick(self, room_id, user_id, reason=None):
        self.calls.append(("kick", (room_id, user_id, reason)))
        return self._maybe_fail() or RoomKickResponse()

    async def room_invite(self, room_id, user_id):
        self.calls.append(("invite", (room_id, user_id)))
        return self._maybe_fail() or RoomKickResponse()

    async def room_get_state_event(self, room_id, event_type):
        return RoomGetStateEventResponse(dict(self.levels, users=dict(self.levels["users"])), event_type, "", room_id)

    async def room_put_state(self, room_id, event_type, content):
        self.calls.append(("put_state", (room_id, event_type, content)))
        self.levels = content
        return self._maybe_fail() or RoomPutStateResponse("$state", room_id)

    async def room_create(self, **kwargs):
        self.calls.append(("create", kwargs))
        return RoomCreateResponse("!dm:localhost")


def platform() -> tuple[MatrixPlatform, FakeClient, FrozenClock, MemoryCursors]:
    client, clock, cursors = FakeClient(), FrozenClock(START), MemoryCursors()
    built = MatrixPlatform(client, clock=clock, cursors=cursors, connection=f"matrix:{BOT}")  # type: ignore[arg-type]
    return built, client, clock, cursors


def test_send_returns_the_event_id_and_errors_say_whether_to_retry():
    p, client, _, _ = platform()
    assert asyncio.run(p.send(ROOM, "大家好")) == "$sent"
    client.fail = ErrorResponse("Too many requests", "M_LIMIT_EXCEEDED")
    with pytest.raises(PlatformError) as limited:
        asyncio.run(p.send(ROOM, "大家好"))
    assert limited.value.retryable and "M_LIMIT_EXCEEDED" in str(limited.value)
    client.fail = ErrorResponse("You don't have permission to kick", "M_FORBIDDEN")
    with pytest.raises(PlatformError) as forbidden:
        asyncio.run(p.kick(ROOM, "@erin:localhost", "违反群规"))
    assert not forbidden.value.retryable and "M_FORBIDDEN" in str(forbidden.value)
    client.fail = ConnectionResetError("reset by peer")
    with pytest.raises(PlatformError) as dropped:
        asyncio.run(p.send(ROOM, "大家好"))
    assert dropped.value.retryable and "ConnectionResetError" in str(dropped.value)


def test_a_mute_sets_minus_one_and_restores_the_previous_level_when_the_clock_says_so():
    p, client, clock, cursors = platform()
    asyncio.run(p.mute(ROOM, "@erin:localhost", 600))
    assert client.levels["users"]["@erin:localhost"] == -1
    assert p.next_restore() == clock.now() + timedelta(seconds=600)
    assert "@erin:localhost" in (cursors.get(f"matrix:{BOT}", "mutes") or ""), "kept across restarts"
    clock.advance(seconds=599)
    assert asyncio.run(p.restore_due()) == 0 and client.levels["users"]["@erin:localhost"] == -1
    clock.advance(seconds=1)
    assert asyncio.run(p.restore_due()) == 1
    assert client.levels["users"]["@erin:localhost"] == 10, "the level erin had before"
    assert p.next_restore() is None


def test_a_member_without_an_own_level_goes_back_to_the_default_and_a_failed_restore_is_tried_again():
    p, client, clock, _ = platform()
    asyncio.run(p.mute(ROOM, "@zoe:localhost", 60))
    assert client.levels["users"]["@zoe:localhost"] == -1
    clock.advance(seconds=61)
    client.fail = ErrorResponse("gateway timeout", "M_UNKNOWN")
    assert asyncio.run(p.restore_due()) == 0, "failed this time"
    assert asyncio.run(p.restore_due()) == 1
    assert "@zoe:localhost" not in client.levels["users"]


def test_muting_twice_keeps_the_original_level():
    p, client, clock, _ = platform()
    asyncio.run(p.mute(ROOM, "@erin:localhost", 60))
    asyncio.run(p.mute(ROOM, "@erin:localhost", 600))
    clock.advance(seconds=601)
    asyncio.run(p.restore_due())
    assert client.levels["users"]["@erin:localhost"] == 10


def test_the_bot_never_removes_or_mutes_itself():
    p, client, _, _ = platform()
    for call in (p.kick(ROOM, BOT, "x"), p.mute(ROOM, BOT, 60), p.decide_join(ROOM, BOT, False, "x")):
        with pytest.raises(PlatformError, match="bot's own account") as refused:
            asyncio.run(call)
        assert not refused.value.retryable
    assert client.calls == []


def test_knocks_are_approved_by_invite_and_refused_by_kick_and_private_messages_use_one_direct_chat():
    p, client, _, cursors = platform()
    asyncio.run(p.decide_join(ROOM, "@dave:localhost", True, "通过"))
    asyncio.run(p.decide_join(ROOM, "@carl:localhost", False, "不是会员"))
    assert [c[0] for c in client.calls] == ["invite", "kick"]
    asyncio.run(p.send_private(ROOM, "@boss:localhost", "请处理入群申请 R1"))
    asyncio.run(p.send_private(ROOM, "@boss:localhost", "请处理入群申请 R2"))
    creates = [c for c in client.calls if c[0] == "create"]
    assert len(creates) == 1 and creates[0][1]["invite"] == ["@boss:localhost"] and creates[0][1]["is_direct"]
    assert cursors.get(f"matrix:{BOT}", "dm:@boss:localhost") == "!dm:localhost"
    sent = [c[1] for c in client.calls if c[0] == "send"]
    assert [room for room, _, _ in sent] == ["!dm:localhost", "!dm:localhost"]


def test_an_unreadable_stored_mute_is_dropped_with_a_log_line(caplog):
    p, _, _, cursors = platform()
    cursors.set(f"matrix:{BOT}", "mutes", '{"x": {"room": "!r:localhost"}}')
    assert p.next_restore() is None
    assert asyncio.run(p.restore_due()) == 0
    assert cursors.get(f"matrix:{BOT}", "mutes") == "{}"
    assert "unreadable stored mute" in caplog.text
    cursors.set(f"matrix:{BOT}", "mutes", "not json")
    assert asyncio.run(p.restore_due()) == 0 and "stored mutes are not JSON" in caplog.text
