"""The state `qungui check` keeps for its per-message detectors (flood, media limits), kept cheaply.

`engine.scan` leaves, for a message with a sender and a time, the sender's recent messages, message
count and last message time (`_remember_message`), and the group's activity (`GroupState.apply`); in
check nothing else ever changes a member. `MessageLog` keeps exactly that as plain lists and builds
the `MemberState` a detector reads only when one runs. `Gate` says when a detector cannot fire, so
most messages run no per-message detector at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from qungui.core.events import MessageKind
from qungui.rules.compiled import MAX_RECENT
from qungui.rules.detectors import Detector
from qungui.rules.detectors.flood import FloodDetector
from qungui.rules.detectors.media import MediaDetector
from qungui.rules.state import GroupState, MemberState, RecentMessage

NEVER = 1 << 62  # a bound no count reaches


@dataclass(frozen=True, slots=True)
class Gate:
    """When a detector cannot report a message: its kind is not in `kinds`, or the sender has fewer than
    `below` recent messages (0: no such bound)."""

    kinds: frozenset[MessageKind] | None = None
    below: int = 0

    def quiet(self, kind: MessageKind, recent: int) -> bool:
        return (self.kinds is not None and kind not in self.kinds) or recent < self.below


def gate_for(detector: Detector) -> Gate:
    """Flood counts at most the sender's recent messages plus this one, against `max_messages` and
    `max_repeats`; a media limit without busy or duration rules counts the same against
    `max_per_window`, and reads only the kinds it limits. Any other detector always runs."""
    if type(detector) is FloodDetector:
        return Gate(below=min(detector.settings.max_messages, detector.settings.max_repeats))
    if type(detector) is MediaDetector:
        s = detector.settings
        simple = s.max_duration_s is None and s.busy is None and s.max_per_window is not None
        return Gate(kinds=frozenset(s.kinds), below=s.max_per_window if simple else 0)  # type: ignore[arg-type]
    return Gate()


def quiet_below(gates: list[Gate]) -> dict[MessageKind, int]:
    """Per kind, the recent-message count below which every detector is quiet."""
    out = {}
    for kind in MessageKind:
        bounds = [g.below for g in gates if g.kinds is None or kind in g.kinds]
        out[kind] = min(bounds) if bounds else NEVER
    return out


def reads_member_only(detector: Detector) -> bool:
    """Detectors that read the sender's state and the group's activity but not other members' states."""
    return type(detector) in (FloodDetector, MediaDetector)


def reads_group_activity(detector: Detector) -> bool:
    """Whether a detector may read the group's recent activity (`GroupState.recent`, for busy limits)."""
    if type(detector) is FloodDetector:
        return False
    return type(detector) is not MediaDetector or detector.settings.busy is not None


class MessageLog:
    """Per (group, sender): [recent (at, fingerprint, kind) tuples, message count, last message time, oldest
    and newest `at` among the recent ones]. The bounds let most messages skip the scan for expired entries:
    a sender's recent list is filtered only when some entry may have expired and not all of them have."""

    def __init__(self, history_s: float, *, group_activity: bool = True) -> None:
        self.history_s = history_s
        self.group_activity = group_activity  # keep GroupState.recent (only busy limits read it)
        self._members: dict[tuple[str, str], list] = {}
        # get(key): the sender's record (None before its first message); len(record[0]) is an upper bound
        # of how many recent messages a detector would see (expired entries are dropped on the next message).
        self.get = self._members.get

    def member(self, key: tuple[str, str]) -> MemberState:
        """The sender's state as `GroupState.member` would hold it."""
        found = self._members.get(key)
        if found is None:
            return MemberState(member_id=key[1])
        return MemberState(
            member_id=key[1],
            last_message_at=found[2],
            message_count=found[1],
            recent=tuple(RecentMessage(at, fp, kind) for at, fp, kind in found[0]),
        )

    def remember(
        self,
        state: GroupState | None,
        key: tuple[str, str],
        found: list | None,
        ts: datetime,
        fingerprint: str,
        kind: str,
    ) -> None:
        """The message's trace, as `_remember_message` and `GroupState.apply` leave it (`found`: `get(key)`;
        `state`: the group's, needed only with `group_activity`)."""
        at = ts.timestamp()
        if found is None:
            self._members[key] = [[(at, fingerprint, kind)], 1, ts, at, at]
        else:
            horizon = at - self.history_s
            kept = found[0]
            if found[4] <= horizon:  # every entry expired (timestamps may come out of order)
                kept = [(at, fingerprint, kind)]
                found[3] = found[4] = at
            else:
                trimmed = found[3] <= horizon  # some expired: keep the others, in order
                if trimmed:
                    kept = [r for r in kept if r[0] > horizon]
                if len(kept) >= MAX_RECENT:
                    kept = kept[-(MAX_RECENT - 1) :]
                    trimmed = True
                kept.append((at, fingerprint, kind))
                if trimmed:
                    found[3] = min([r[0] for r in kept])
                    found[4] = max([r[0] for r in kept])
                elif at < found[3]:
                    found[3] = at
                elif at > found[4]:
                    found[4] = at
            found[0] = kept
            found[1] += 1
            found[2] = ts
        if not self.group_activity or state is None:
            return
        recent = state.recent
        recent.append((at, key[1]))
        horizon = at - state.recent_horizon_s
        while recent and recent[0][0] <= horizon:
            recent.popleft()
