"""A room on the test homeserver governed by qungui: the real connector, runtime and database, real users.

`governed_room` creates a room as the bot (knocking allowed), has the members join with their own
matrix-nio clients, starts the connector's sync loop with `Runtime.submit` as its sink, and stops
everything at the end. Tests act as the users and then poll the homeserver (bounded) for the result.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from nio import AsyncClient, AsyncClientConfig, RoomCreateResponse, RoomSendResponse
from sqlalchemy import select

from adapters.matrix.synapse_server import Synapse
from qungui.adapters.base import Backoff, DatabaseCursors
from qungui.adapters.matrix.connector import MatrixConnector, MatrixSettings
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef, MemberRef
from qungui.governance.events.models import EventRecord
from qungui.rules.compiled import CompiledRulebook
from qungui.runtime.service import Runtime
from qungui.storage.db import make_engine, make_session_factory, migrate

WAIT_S = 15.0


async def eventually(probe: Callable[[], Any], what: str, timeout_s: float = WAIT_S) -> Any:
    """Poll `probe` (plain or async) until it returns something truthy; fail naming `what` after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = probe()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for: {what}")
        await asyncio.sleep(0.1)


@dataclass
class Room:
    server: Synapse
    room_id: str
    ref: GroupRef
    runtime: Runtime
    connector: MatrixConnector
    clock: FrozenClock
    sessions: Any
    clients: dict[str, AsyncClient] = field(default_factory=dict)
    http: httpx.AsyncClient | None = None
    settings: MatrixSettings | None = None
    cursors: Any = None
    _stop: asyncio.Event | None = None
    _task: asyncio.Task[None] | None = None

    async def start_connector(self) -> None:
        """Start qungui's Matrix connection (a new client, as after a restart), syncing into the runtime."""
        assert self.settings is not None and self._task is None
        backoff = Backoff(initial_s=0.1, maximum_s=0.5)
        self.connector = MatrixConnector(self.settings, clock=self.clock, cursors=self.cursors, backoff=backoff)
        self.runtime.platform = self.connector.platform
        await self.connector.connect()
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(self.connector.run(self.runtime.submit, self._stop))

    async def stop_connector(self) -> None:
        """Stop the connection (the sync loop ends, the client closes)."""
        assert self._stop is not None and self._task is not None
        self._stop.set()
        await asyncio.wait_for(self._task, timeout=15)
        self._task = self._stop = None

    def handled_texts(self) -> list[str]:
        """The texts of the messages qungui stored, oldest first."""
        with self.sessions.begin() as session:
            rows = session.scalars(select(EventRecord).where(EventRecord.type == "message").order_by(EventRecord.id))
            return [(row.payload or {}).get("text", "") for row in rows]

    def uid(self, name: str) -> str:
        return self.server.user_id(name)

    async def api(self, who: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A client-server API call as `who` (for checks: what the homeserver really holds)."""
        assert self.http is not None
        headers = {"Authorization": f"Bearer {self.server.tokens[who]}"}
        return await self.http.request(method, f"/_matrix/client/v3{path}", headers=headers, **kwargs)

    async def say(self, who: str, body: str, **content: Any) -> str:
        """`who` posts a text message (extra content keys: m.relates_to, m.mentions…); its event id."""
        response = await self.clients[who].room_send(
            self.room_id, "m.room.message", {"msgtype": "m.text", "body": body, **content}
        )
        assert isinstance(response, RoomSendResponse), response
        return response.event_id

    async def react(self, who: str, event_id: str, key: str) -> str:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        response = await self.clients[who].room_send(self.room_id, "m.reaction", content)
        assert isinstance(response, RoomSendResponse), response
        return response.event_id

    async def event(self, event_id: str, who: str = "boss") -> dict[str, Any]:
        response = await self.api(who, "GET", f"/rooms/{self.room_id}/event/{event_id}")
        return response.json()

    async def bot_messages(self, who: str = "boss") -> list[dict[str, Any]]:
        """The bot's messages in the room, oldest first (content with event_id)."""
        response = await self.api(who, "GET", f"/rooms/{self.room_id}/messages", params={"dir": "b", "limit": 200})
        chunk = response.json().get("chunk", [])
        found = [
            {**e["content"], "event_id": e["event_id"]}
            for e in chunk
            if e["type"] == "m.room.message" and e["sender"] == self.uid("qungui")
        ]
        return list(reversed(found))

    async def membership(self, name: str) -> str | None:
        response = await self.api("qungui", "GET", f"/rooms/{self.room_id}/state/m.room.member/{self.uid(name)}")
        return response.json().get("membership") if response.status_code == 200 else None

    async def power_level(self, name: str) -> int | None:
        response = await self.api("qungui", "GET", f"/rooms/{self.room_id}/state/m.room.power_levels")
        return response.json().get("users", {}).get(self.uid(name))


async def _client(server: Synapse, name: str) -> AsyncClient:
    client = AsyncClient(server.url, server.user_id(name), config=AsyncClientConfig(max_limit_exceeded=0))
    client.access_token = server.tokens[name]
    client.user_id = server.user_id(name)
    return client


async def create_room(server: Synapse, members: tuple[str, ...], *, owner: str = "boss") -> str:
    """A new room made by the bot (power 100, the owner too), knocking allowed, `members` joined."""
    bot_client = await _client(server, "qungui")
    try:
        created = await bot_client.room_create(
            name="qungui e2e",
            room_version="10",
            initial_state=[{"type": "m.room.join_rules", "state_key": "", "content": {"join_rule": "knock"}}],
            power_level_override={"users": {server.user_id("qungui"): 100, server.user_id(owner): 100}},
        )
        assert isinstance(created, RoomCreateResponse), created
        for name in members:
            invited = await bot_client.room_invite(created.room_id, server.user_id(name))
            assert type(invited).__name__ == "RoomInviteResponse", invited
            member = await _client(server, name)
            try:
                joined = await member.join(created.room_id)
                assert hasattr(joined, "room_id"), joined
            finally:
                await member.close()
    finally:
        await bot_client.close()
    return created.room_id


@contextlib.asynccontextmanager
async def governed_room(
    server: Synapse,
    directory: Path,
    book: CompiledRulebook,
    *,
    members: tuple[str, ...] = ("boss", "alice", "bob"),
    owner: str = "boss",
) -> AsyncIterator[Room]:
    """A fresh room governed under `book`, with `members` joined and the connector syncing."""
    engine = make_engine(f"sqlite:///{directory / 'qungui.sqlite3'}")
    migrate(engine)
    sessions = make_session_factory(engine)
    clock = FrozenClock(datetime.now(UTC))
    room_id = await create_room(server, members, owner=owner)
    clients = {name: await _client(server, name) for name in members}
    settings = MatrixSettings(
        homeserver=server.url,
        user_id=server.user_id("qungui"),
        access_token=server.tokens["qungui"],
        groups=[{"id": room_id, "name": "qungui e2e"}],
        sync_timeout_s=5,
    )
    cursors = DatabaseCursors(sessions, clock)
    connector = MatrixConnector(settings, clock=clock, cursors=cursors)
    ref = connector.groups()[0]
    bot = MemberRef(platform="matrix", id=server.user_id("qungui"), name="qungui")
    runtime = Runtime(sessions=sessions, platform=connector.platform, clock=clock, bot=bot)
    runtime.add_group(ref, book, owner=server.user_id(owner))
    http = httpx.AsyncClient(base_url=server.url, timeout=30)
    room = Room(server, room_id, ref, runtime, connector, clock, sessions, clients, http, settings, cursors)
    await room.start_connector()
    try:
        yield room
    finally:
        if room._task is not None:
            await room.stop_connector()
        for client in clients.values():
            await client.close()
        assert room.http is not None
        await room.http.aclose()
        engine.dispose()
