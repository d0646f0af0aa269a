"""The Telegram Bot API client and ChatPlatform (the bot must be an admin of a supergroup to moderate).

Every call is `POST https://api.telegram.org/bot<token>/<method>` with a JSON body; the answer is
`{ok, result}` or `{ok: false, error_code, description, parameters}`. Errors map to PlatformError:
429 (flood control, `retry_after`), 5xx and network failures are retryable; 400/401/403/404
(message too old to delete, missing admin right, bot removed, bad token) are not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

import httpx

from qungui.adapters.telegram.translate import PLATFORM, Directory, mention_entities, utf16_len
from qungui.core.clock import Clock
from qungui.core.events import GroupRef
from qungui.core.platform import Capability, PlatformError

API_BASE = "https://api.telegram.org"
DEFAULT_TIMEOUT_S = 15.0
MIN_RESTRICT_S = 30  # shorter or longer than 366 days means "forever" to Telegram
MAX_RESTRICT_S = 366 * 24 * 3600 - 60
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
)
_SEND_PERMISSIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
)


MAX_TEXT = 4096  # sendMessage: at most 4096 characters (counted in UTF-16 units, like entity offsets)


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """`text` cut to `limit` UTF-16 units (never inside a character), with an ellipsis when cut."""
    if utf16_len(text) <= limit:
        return text
    data = text.encode("utf-16-le")[: 2 * (limit - 1)]
    return data.decode("utf-16-le", errors="ignore") + "…"


class RateLimited(PlatformError):
    """Telegram's flood control: try again after `retry_after` seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message, retryable=True)
        self.retry_after = retry_after


class TelegramApi:
    """Calls Bot API methods; returns `result` or raises PlatformError."""

    def __init__(
        self, token: str, *, client: httpx.AsyncClient | None = None, base_url: str = API_BASE, timeout_s=None
    ) -> None:
        self._token = token
        self.client = client or httpx.AsyncClient()
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s or DEFAULT_TIMEOUT_S

    async def call(self, method: str, *, timeout_s: float | None = None, **params: Any) -> Any:
        url = f"{self.base_url}/bot{self._token}/{method}"
        try:
            reply = await self.client.post(url, json=params, timeout=timeout_s or self.timeout_s)
        except httpx.HTTPError as exc:  # never include the URL: it holds the token
            raise PlatformError(f"Telegram {method}: {type(exc).__name__}", retryable=True) from None
        try:
            body = reply.json()
        except ValueError:
            raise PlatformError(f"Telegram {method}: HTTP {reply.status_code}, not JSON", retryable=True) from None
        if isinstance(body, Mapping) and body.get("ok") is True:
            return body.get("result")
        body = body if isinstance(body, Mapping) else {}
        code = body.get("error_code", reply.status_code)
        text = f"Telegram {method} failed: {code} {body.get('description') or ''}".strip()
        if code == 429:
            retry_after = int((body.get("parameters") or {}).get("retry_after") or 1)
            raise RateLimited(f"{text} (retry after {retry_after}s)", retry_after)
        raise PlatformError(text, retryable=not isinstance(code, int) or code >= 500)


class TelegramPlatform:
    """Implements ChatPlatform with the Bot API; the clock dates restrictions."""

    name = PLATFORM
    capabilities = CAPABILITIES

    def __init__(self, api: TelegramApi, clock: Clock, directory: Directory | None = None) -> None:
        self.api = api
        self.clock = clock
        self.directory = directory or Directory()

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None:
        body, entities = mention_entities(text, [str(_id(m, "user")) for m in mentions], self.directory.names)
        params: dict[str, Any] = {"chat_id": _id(group.id, "chat"), "text": clip(body)}
        if entities:
            params["entities"] = entities
        if reply_to:
            params["reply_parameters"] = {"message_id": _id(reply_to, "message"), "allow_sending_without_reply": True}
        result = await self.api.call("sendMessage", **params)
        return str(result["message_id"]) if isinstance(result, Mapping) and "message_id" in result else None

    async def send_private(self, group: GroupRef, member_id: str, text: str) -> None:
        await self.api.call("sendMessage", chat_id=_id(member_id, "user"), text=clip(text))

    async def delete(self, group: GroupRef, message_id: str) -> None:
        await self.api.call("deleteMessage", chat_id=_id(group.id, "chat"), message_id=_id(message_id, "message"))

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        """Restrict sending for `seconds` (at least 30, Telegram's minimum); 0 restores the rights."""
        permissions = dict.fromkeys(_SEND_PERMISSIONS, seconds <= 0)
        params: dict[str, Any] = {
            "chat_id": _id(group.id, "chat"),
            "user_id": _id(member_id, "user"),
            "permissions": permissions,
            "use_independent_chat_permissions": True,
        }
        if seconds > 0:
            until = self.clock.now() + timedelta(seconds=max(MIN_RESTRICT_S, min(int(seconds), MAX_RESTRICT_S)))
            params["until_date"] = int(until.timestamp())
        await self.api.call("restrictChatMember", **params)

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        """Remove without a lasting ban: ban, then unban only_if_banned so the member may rejoin."""
        chat, user = _id(group.id, "chat"), _id(member_id, "user")
        await self.api.call("banChatMember", chat_id=chat, user_id=user)
        await self.api.call("unbanChatMember", chat_id=chat, user_id=user, only_if_banned=True)

    async def ban(self, group: GroupRef, member_id: str, reason: str) -> None:
        await self.api.call("banChatMember", chat_id=_id(group.id, "chat"), user_id=_id(member_id, "user"))

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        method = "approveChatJoinRequest" if approve else "declineChatJoinRequest"
        await self.api.call(method, chat_id=_id(group.id, "chat"), user_id=_id(member_id, "user"))


def _id(value: str, what: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise PlatformError(f"Telegram: {what} id {value!r} is not numeric", retryable=False) from None
