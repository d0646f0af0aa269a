"""The OneBot v11 ChatPlatform: core actions as OneBot actions (QQ groups through NapCat, Lagrange, LLOneBot…).

QQ groups can be fully moderated by a bot that is a group admin: delete (recall), mute
(set_group_ban), kick (set_group_kick), and approve join requests (set_group_add_request with the
request's `flag`, which the connector remembers here when the request arrives — in memory, and in
the connector cursor store when one is given, so a request can still be decided after a restart).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from qungui.adapters.base import Cursors
from qungui.adapters.onebot.actions import ActionCaller
from qungui.adapters.onebot.translate import PLATFORM, PendingRequest, render_message
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
        Capability.SET_NICKNAME,
        Capability.READ_ALL,
    }
)
MAX_MUTE_S = 30 * 24 * 3600  # QQ caps a group mute at 30 days


def _number(value: str, what: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise PlatformError(f"OneBot: {what} {value!r} is not a QQ number", retryable=False) from None


class OneBotPlatform:
    """Implements ChatPlatform over any ActionCaller (HTTP or WebSocket)."""

    name = PLATFORM
    capabilities = CAPABILITIES

    def __init__(
        self, caller: ActionCaller, *, ban_on_kick: bool = False, cursors: Cursors | None = None, connection="onebot"
    ) -> None:
        """`ban_on_kick`: kick with reject_add_request, so a removed member cannot ask to rejoin."""
        self.caller = caller
        self.ban_on_kick = ban_on_kick
        self.cursors = cursors
        self.connection = f"{connection}:join-requests"
        self.requests: dict[tuple[str, str], PendingRequest] = {}

    def remember(self, request: PendingRequest) -> None:
        """Keep a join request's flag until it is decided."""
        self.requests[(request.group_id, request.user_id)] = request
        if self.cursors is not None:
            value = json.dumps({"flag": request.flag, "sub_type": request.sub_type})
            self.cursors.set(self.connection, f"{request.group_id}:{request.user_id}", value)

    def _pending(self, group_id: str, user_id: str) -> PendingRequest | None:
        request = self.requests.get((group_id, user_id))
        if request is not None or self.cursors is None:
            return request
        stored = self.cursors.get(self.connection, f"{group_id}:{user_id}")
        try:
            data = json.loads(stored) if stored else None
        except ValueError:
            data = None
        if not isinstance(data, dict) or not data.get("flag"):
            return None
        return PendingRequest(group_id, user_id, str(data["flag"]), str(data.get("sub_type") or "add"))

    def _forget(self, group_id: str, user_id: str) -> None:
        self.requests.pop((group_id, user_id), None)
        if self.cursors is not None:
            self.cursors.set(self.connection, f"{group_id}:{user_id}", "")

    async def call(self, action: str, **params: Any) -> Any:
        return await self.caller.call(action, params)

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None:
        message = render_message(text, mentions, reply_to)
        data = await self.call("send_group_msg", group_id=_number(group.id, "group"), message=message)
        return str(data["message_id"]) if isinstance(data, dict) and "message_id" in data else None

    async def send_private(self, group: GroupRef, member_id: str, text: str) -> None:
        await self.call("send_private_msg", user_id=_number(member_id, "user"), message=render_message(text))

    async def delete(self, group: GroupRef, message_id: str) -> None:
        await self.call("delete_msg", message_id=_number(message_id, "message"))

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        """Mute for `seconds` (capped at QQ's 30 days); 0 lifts a mute."""
        duration = max(0, min(int(seconds), MAX_MUTE_S))
        await self.call(
            "set_group_ban", group_id=_number(group.id, "group"), user_id=_number(member_id, "user"), duration=duration
        )

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        await self.call(
            "set_group_kick",
            group_id=_number(group.id, "group"),
            user_id=_number(member_id, "user"),
            reject_add_request=self.ban_on_kick,
        )

    async def ban(self, group: GroupRef, member_id: str, reason: str) -> None:
        """Remove and refuse the member's future join requests."""
        await self.call(
            "set_group_kick",
            group_id=_number(group.id, "group"),
            user_id=_number(member_id, "user"),
            reject_add_request=True,
        )

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        request = self._pending(group.id, member_id)
        if request is None:
            raise PlatformError(
                f"OneBot: no pending join request of {member_id} in group {group.id} (its flag was not received, "
                "or it was decided already); decide it in the QQ client",
                retryable=False,
            )
        params: dict[str, Any] = {"flag": request.flag, "sub_type": request.sub_type, "approve": approve}
        if not approve and reason:
            params["reason"] = reason[:60]
        await self.call("set_group_add_request", **params)
        self._forget(group.id, member_id)

    async def set_nickname(self, group: GroupRef, member_id: str, nickname: str) -> None:
        await self.call(
            "set_group_card", group_id=_number(group.id, "group"), user_id=_number(member_id, "user"), card=nickname
        )

    async def members(self, group: GroupRef) -> list[dict[str, Any]]:
        """The group's member list (user_id, card, nickname, role, join_time, last_sent_time)."""
        data = await self.call("get_group_member_list", group_id=_number(group.id, "group"))
        if not isinstance(data, list):
            raise PlatformError("OneBot get_group_member_list: data is not a list", retryable=True)
        return data
