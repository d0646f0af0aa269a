"""The two WeCom ChatPlatforms: app-created internal groups (appchat), and customer groups (客户群).

appchat: the app speaks in chats it created (appchat/send), removes members (appchat/update
del_user_list) and adds approved ones (add_user_list); it cannot recall members' messages or mute.
Where a group has a group-robot webhook, messages go through the robot, which can really @ members.

Customer groups: no API deletes, mutes, removes or even speaks in the group (a mass message needs
the owner's confirmation, four a month). qungui detects, then alerts: the only capability is writing
to staff (the group's owner and admins) through the app, and the runtime's plan degrades every
ladder step to such an alert, recording why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qungui.adapters.wecom.api import GroupRobot, WeComApi
from qungui.adapters.wecom.translate import PLATFORM
from qungui.core.events import GroupRef
from qungui.core.platform import Capability, PlatformError

APPCHAT = frozenset({Capability.SEND, Capability.PRIVATE_MESSAGE, Capability.KICK, Capability.APPROVE_JOINS})
CUSTOMER_GROUP = frozenset({Capability.PRIVATE_MESSAGE})
MAX_TEXT_BYTES = 2048  # appchat/send, message/send and robot text messages: at most 2048 bytes of UTF-8


def clip(text: str, limit: int = MAX_TEXT_BYTES) -> str:
    """`text` cut to `limit` UTF-8 bytes on a character boundary, with an ellipsis when cut."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode("utf-8", errors="ignore") + "…"


def _refuse(what: str) -> PlatformError:
    return PlatformError(what, retryable=False)


class _AppMessages:
    """Writing to one staff member through the app (message/send)."""

    name = PLATFORM

    def __init__(self, api: WeComApi, agent_id: int) -> None:
        self.api = api
        self.agent_id = agent_id

    async def send_private(self, group: GroupRef, member_id: str, text: str) -> None:
        await self.api.call(
            "message/send",
            {"touser": member_id, "msgtype": "text", "agentid": self.agent_id, "text": {"content": clip(text)}},
        )


class WeComAppChatPlatform(_AppMessages):
    """Implements ChatPlatform for internal group chats the app created."""

    def __init__(self, api: WeComApi, agent_id: int, robots: Mapping[str, GroupRobot] | None = None) -> None:
        super().__init__(api, agent_id)
        self.robots = dict(robots or {})
        self.capabilities = APPCHAT

    def with_robots_for(self, group_ids: Sequence[str]) -> None:
        """Declare real @mentions when every governed group has a robot webhook."""
        if group_ids and all(group_id in self.robots for group_id in group_ids):
            self.capabilities = APPCHAT | {Capability.MENTION}

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None:
        robot = self.robots.get(group.id)
        if robot is not None:
            await robot.send(clip(text), mentions=list(mentions))
            return None
        await self.api.call("appchat/send", {"chatid": group.id, "msgtype": "text", "text": {"content": clip(text)}})
        return None

    async def delete(self, group: GroupRef, message_id: str) -> None:
        raise _refuse("企业微信应用只能撤回自己发送的消息，不能撤回成员的消息")

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        raise _refuse("企业微信群聊不支持禁言")

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        await self.api.call("appchat/update", {"chatid": group.id, "del_user_list": [member_id]})

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        """Approving adds the member to the chat; rejecting leaves them out (nothing waits on WeCom)."""
        if approve:
            await self.api.call("appchat/update", {"chatid": group.id, "add_user_list": [member_id]})


class WeComCustomerGroupPlatform(_AppMessages):
    """Implements ChatPlatform for customer groups: detect, then alert staff through the app."""

    capabilities = CUSTOMER_GROUP

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None:
        raise _refuse("企业微信客户群不能由应用直接发言（群发需群主确认，每月限 4 次）")

    async def delete(self, group: GroupRef, message_id: str) -> None:
        raise _refuse("企业微信客户群不能通过接口撤回成员消息")

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        raise _refuse("企业微信客户群不支持禁言")

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        raise _refuse("企业微信客户群只能由群主在客户端移出成员")

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        raise _refuse("企业微信客户群的入群不经过应用审批")
