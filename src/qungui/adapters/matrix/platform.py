"""The bot's hands in Matrix rooms: core actions become client-server API calls through matrix-nio.

A group is a room (`GroupRef.id` is the room id); a member is a Matrix user id. Mute is a power level
of -1 (below `events_default`, so the member cannot post) with the previous level written down and
restored once the duration passed — measured on the injected clock and checked by `restore_due`,
which the connector calls on every sync round; the pending restores live in the cursor store, so a
restart does not leave anyone muted for ever. Join requests are knocks: approve = invite, reject = kick.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from nio import AsyncClient, ErrorResponse, RoomCreateResponse, RoomGetStateEventResponse, RoomSendResponse
from nio.api import RoomPreset

from qungui.adapters.base import Cursors
from qungui.adapters.matrix.translate import message_content
from qungui.core.clock import Clock
from qungui.core.events import GroupRef
from qungui.core.platform import Capability, PlatformError

log = logging.getLogger(__name__)

CAPABILITIES = frozenset(
    {
        Capability.SEND,
        Capability.MENTION,
        Capability.PRIVATE_MESSAGE,
        Capability.DELETE,
        Capability.MUTE,
        Capability.KICK,
        Capability.BAN,
        Capability.APPROVE_JOINS,
        Capability.READ_ALL,
        Capability.REACTIONS,
    }
)  # SET_NICKNAME: a Matrix display name belongs to its user; the bot cannot change it
MUTED_LEVEL = -1
MUTES_KEY = "mutes"
_FINAL_ERRORS = {"M_FORBIDDEN", "M_NOT_FOUND", "M_BAD_STATE", "M_INVALID_PARAM", "M_BAD_JSON", "M_UNKNOWN_TOKEN"}


def _check(response: Any, what: str) -> Any:
    """Turn a nio error response into PlatformError (retryable unless the server refused for good)."""
    if isinstance(response, ErrorResponse):
        code = str(response.status_code or "")
        retryable = code not in _FINAL_ERRORS
        raise PlatformError(f"Matrix {what} failed: {code or 'error'} {response.message}".strip(), retryable=retryable)
    return response


class MatrixPlatform:
    """ChatPlatform for Matrix rooms, on one logged-in nio client."""

    name = "matrix"
    capabilities = CAPABILITIES

    def __init__(self, client: AsyncClient, *, clock: Clock, cursors: Cursors, connection: str) -> None:
        self.client = client
        self.clock = clock
        self.cursors = cursors
        self.connection = connection

    @property
    def bot_id(self) -> str:
        return self.client.user_id

    def display_names(self, room_id: str) -> dict[str, str]:
        """User id → display name in the room, from the state nio keeps from sync."""
        room = self.client.rooms.get(room_id)
        if room is None:
            return {}
        return {user_id: user.display_name or user_id for user_id, user in room.users.items()}

    async def _call(self, what: str, coroutine: Any) -> Any:
        try:
            response = await coroutine
        except PlatformError:
            raise
        except Exception as exc:  # a dropped connection, a timeout: the executor tries again later
            raise PlatformError(f"Matrix {what} failed: {type(exc).__name__}: {exc}", retryable=True) from exc
        return _check(response, what)

    # -- speaking ---------------------------------------------------------------------------------

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None:
        content = message_content(text, mentions=mentions, names=self.display_names(group.id), reply_to=reply_to)
        response = await self._call("send", self.client.room_send(group.id, "m.room.message", content))
        return response.event_id if isinstance(response, RoomSendResponse) else None

    async def send_private(self, group: GroupRef, member_id: str, text: str) -> None:
        room_id = await self.direct_room(member_id)
        await self._call("private send", self.client.room_send(room_id, "m.room.message", message_content(text)))

    async def direct_room(self, member_id: str) -> str:
        """The direct chat with `member_id`, created (and remembered) on first use."""
        key = f"dm:{member_id}"
        known = self.cursors.get(self.connection, key)
        if known:
            return known
        response = await self._call(
            "create direct chat",
            self.client.room_create(is_direct=True, invite=[member_id], preset=RoomPreset.trusted_private_chat),
        )
        assert isinstance(response, RoomCreateResponse)
        self.cursors.set(self.connection, key, response.room_id)
        return response.room_id

    async def react(self, group: GroupRef, event_id: str, key: str) -> None:
        """Acknowledge a message with a reaction (an annotation)."""
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        await self._call("react", self.client.room_send(group.id, "m.reaction", content))

    # -- moderation ---------------------------------------------------------------------------------

    async def delete(self, group: GroupRef, message_id: str) -> None:
        await self._call("redact", self.client.room_redact(group.id, message_id, reason="违反群规 / rule violation"))

    def _not_the_bot(self, member_id: str, what: str) -> None:
        if member_id == self.bot_id:
            raise PlatformError(f"Matrix {what}: refusing to act on the bot's own account", retryable=False)

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        self._not_the_bot(member_id, "kick")
        await self._call("kick", self.client.room_kick(group.id, member_id, reason=reason[:500]))

    async def ban(self, group: GroupRef, member_id: str, reason: str) -> None:
        self._not_the_bot(member_id, "ban")
        await self._call("ban", self.client.room_ban(group.id, member_id, reason=reason[:500]))

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        if approve:  # a knock is accepted by inviting the knocker
            await self._call("approve knock", self.client.room_invite(group.id, member_id))
        else:
            self._not_the_bot(member_id, "reject knock")
            await self._call("reject knock", self.client.room_kick(group.id, member_id, reason=reason[:500]))

    async def _power_levels(self, room_id: str) -> dict[str, Any]:
        response = await self._call(
            "read power levels", self.client.room_get_state_event(room_id, "m.room.power_levels")
        )
        assert isinstance(response, RoomGetStateEventResponse)
        return dict(response.content)

    async def _set_level(self, room_id: str, member_id: str, level: int | None) -> int | None:
        """Set (None: reset to the default) a member's power level; return the level they had explicitly."""
        content = await self._power_levels(room_id)
        users = dict(content.get("users") or {})
        previous = users.get(member_id)
        if level is None:
            users.pop(member_id, None)
        else:
            users[member_id] = level
        content["users"] = users
        await self._call("set power levels", self.client.room_put_state(room_id, "m.room.power_levels", content))
        return previous

    def _mutes(self) -> dict[str, dict[str, Any]]:
        raw = self.cursors.get(self.connection, MUTES_KEY)
        try:
            return json.loads(raw) if raw else {}
        except ValueError:
            log.error("matrix: stored mutes are not JSON (%r); starting with none", raw[:80] if raw else raw)
            return {}

    def _save_mutes(self, mutes: Mapping[str, Any]) -> None:
        self.cursors.set(self.connection, MUTES_KEY, json.dumps(mutes, ensure_ascii=False, sort_keys=True))

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        """Power level -1 until `seconds` from now on the injected clock (`restore_due` lifts it)."""
        self._not_the_bot(member_id, "mute")
        if seconds <= 0:
            raise PlatformError("Matrix mute needs a positive duration", retryable=False)
        mutes = self._mutes()
        key = f"{group.id}|{member_id}"
        earlier = mutes.get(key)
        previous = await self._set_level(group.id, member_id, MUTED_LEVEL)
        if earlier is not None:  # muted again while muted: keep the level from before the first mute
            previous = earlier.get("level")
        until = self.clock.now() + timedelta(seconds=seconds)
        mutes[key] = {"room": group.id, "member": member_id, "level": previous, "until": until.isoformat()}
        self._save_mutes(mutes)

    async def unmute(self, group: GroupRef, member_id: str) -> None:
        """Give back the power level the member had before the mute."""
        mutes = self._mutes()
        entry = mutes.get(f"{group.id}|{member_id}")
        level = entry.get("level") if entry else None
        await self._set_level(group.id, member_id, level if level != MUTED_LEVEL else None)
        mutes.pop(f"{group.id}|{member_id}", None)
        self._save_mutes(mutes)

    def next_restore(self) -> datetime | None:
        """When the next mute ends, or None."""
        times = []
        for entry in self._mutes().values():
            try:
                times.append(datetime.fromisoformat(entry["until"]))
            except (KeyError, TypeError, ValueError):
                continue  # dropped with a log line by the next restore_due
        return min(times, default=None)

    async def restore_due(self) -> int:
        """Lift every mute whose time is up (by the injected clock); a failure is logged and tried again later."""
        now = self.clock.now()
        lifted = 0
        for key, entry in list(self._mutes().items()):
            try:
                until = datetime.fromisoformat(entry["until"])
                room, member = entry["room"], entry["member"]
            except (KeyError, TypeError, ValueError):
                log.error("matrix: unreadable stored mute %r dropped", entry)
                mutes = self._mutes()
                mutes.pop(key, None)
                self._save_mutes(mutes)
                continue
            if until > now:
                continue
            try:
                await self.unmute(GroupRef(platform=self.name, id=room), member)
                lifted += 1
                log.info("matrix: mute of %s in %s ended; power level restored", member, room)
            except PlatformError as exc:
                log.warning("matrix: could not restore %s in %s yet: %s", member, room, exc)
        return lifted
