"""An in-memory chat platform: what the bot did is visible, and capabilities can be narrowed.

With every capability it behaves like a fully moderatable group (Matrix, QQ); narrowed to
`WECHAT_LIKE` it behaves like a personal WeChat group, where a bot can read and speak but not
delete, mute or kick — so tests can prove the ladder still ends correctly and says why.

An optional `observer` hears of every call that succeeded (the simulator hub draws its timeline
from it); it is called synchronously and must not call back into the runtime.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import Protocol

from qungui.core.events import GroupRef
from qungui.core.platform import Capability, PlatformError

ALL_CAPABILITIES = frozenset(Capability)
WECHAT_LIKE = frozenset({Capability.SEND, Capability.MENTION, Capability.PRIVATE_MESSAGE, Capability.READ_ALL})


@dataclass(slots=True)
class SentMessage:
    id: str
    text: str
    mentions: tuple[str, ...] = ()
    reply_to: str | None = None


@dataclass(slots=True)
class SimulatedGroup:
    members: set[str] = field(default_factory=set)
    messages: list[SentMessage] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)
    muted: dict[str, int] = field(default_factory=dict)
    kicked: list[tuple[str, str]] = field(default_factory=list)
    joins: dict[str, bool] = field(default_factory=dict)
    private: list[tuple[str, str]] = field(default_factory=list)


class PlatformObserver(Protocol):
    """Told of each platform call the simulator carried out, after it is recorded."""

    def on_send(self, group: GroupRef, message: SentMessage) -> None: ...

    def on_send_private(self, group: GroupRef, member_id: str, text: str) -> None: ...

    def on_delete(self, group: GroupRef, message_id: str) -> None: ...

    def on_mute(self, group: GroupRef, member_id: str, seconds: int) -> None: ...

    def on_kick(self, group: GroupRef, member_id: str, reason: str) -> None: ...

    def on_decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None: ...


class SimulatedPlatform:
    """Implements ChatPlatform in memory; `fail_next` makes the next calls raise (retry tests)."""

    def __init__(
        self,
        capabilities: frozenset[Capability] = ALL_CAPABILITIES,
        name: str = "sim",
        *,
        observer: PlatformObserver | None = None,
    ) -> None:
        self.name = name
        self.capabilities = capabilities
        self.groups: dict[tuple[str, str], SimulatedGroup] = {}
        self.observer = observer
        self._ids = count(1)
        self._failures: list[PlatformError] = []

    def group(self, ref: GroupRef) -> SimulatedGroup:
        return self.groups.setdefault((ref.platform, ref.id), SimulatedGroup())

    def fail_next(self, times: int = 1, *, retryable: bool = True, message: str = "simulated outage") -> None:
        self._failures.extend(PlatformError(message, retryable=retryable) for _ in range(times))

    def _call(self, capability: Capability) -> None:
        if self._failures:
            raise self._failures.pop(0)
        if capability not in self.capabilities:
            raise PlatformError(f"{self.name} cannot {capability.value}", retryable=False)

    async def send(
        self, group: GroupRef, text: str, *, mentions: Sequence[str] = (), reply_to: str | None = None
    ) -> str | None:
        self._call(Capability.SEND)
        message = SentMessage(f"bot-{next(self._ids)}", text, tuple(mentions), reply_to)
        self.group(group).messages.append(message)
        if self.observer is not None:
            self.observer.on_send(group, message)
        return message.id

    async def send_private(self, group: GroupRef, member_id: str, text: str) -> None:
        self._call(Capability.PRIVATE_MESSAGE)
        self.group(group).private.append((member_id, text))
        if self.observer is not None:
            self.observer.on_send_private(group, member_id, text)

    async def delete(self, group: GroupRef, message_id: str) -> None:
        self._call(Capability.DELETE)
        self.group(group).deleted.add(message_id)
        if self.observer is not None:
            self.observer.on_delete(group, message_id)

    async def mute(self, group: GroupRef, member_id: str, seconds: int) -> None:
        self._call(Capability.MUTE)
        self.group(group).muted[member_id] = seconds
        if self.observer is not None:
            self.observer.on_mute(group, member_id, seconds)

    async def kick(self, group: GroupRef, member_id: str, reason: str) -> None:
        self._call(Capability.KICK)
        state = self.group(group)
        state.members.discard(member_id)
        state.kicked.append((member_id, reason))
        if self.observer is not None:
            self.observer.on_kick(group, member_id, reason)

    async def decide_join(self, group: GroupRef, member_id: str, approve: bool, reason: str) -> None:
        self._call(Capability.APPROVE_JOINS)
        self.group(group).joins[member_id] = approve
        if approve:
            self.group(group).members.add(member_id)
        if self.observer is not None:
            self.observer.on_decide_join(group, member_id, approve, reason)
