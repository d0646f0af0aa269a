"""What detectors find and what the engine decides."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from qungui.core.categories import Category


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a detector found in one event.

    `evidence` is the matched piece of the original text (or a description for non-text events);
    `span` its offsets in the original text; `revealed_by` names the normalizations that made the
    match possible (e.g. "薇❤ → 微信"), empty when the raw text matched.
    """

    detector: str
    category: Category
    clause: str
    score: float
    evidence: str
    span: tuple[int, int] | None = None
    revealed_by: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    subject: str | None = None  # the member held responsible, when not the event's actor (an inviter)
    assisted: bool = False  # from a detector whose findings an admin confirms (DetectorRef.enforcement)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": self.category.value,
            "clause": self.clause,
            "score": round(self.score, 4),
            "evidence": self.evidence,
            "detector": self.detector,
        }
        if self.span is not None:
            out["span"] = list(self.span)
        if self.revealed_by:
            out["revealed_by"] = self.revealed_by
        if self.detail:
            out["detail"] = self.detail
        if self.assisted:
            out["assisted"] = True
        return out


class ActionKind(StrEnum):
    """What the engine asks the runtime to do. Bot-visible texts come with the action."""

    DELETE_MESSAGE = "delete_message"
    REMIND = "remind"  # a gentle reminder, no strike
    DISSUADE = "dissuade"  # 劝阻 (三): counted, three then removal
    WARN = "warn"  # 口头警告
    REQUIRE_APOLOGY = "require_apology"  # 警告并要求当场道歉
    SERIOUS_WARNING = "serious_warning"  # 严重警告
    FINE = "fine"  # 发群红包
    MUTE = "mute"
    REMOVE = "remove"
    RECORD = "record"  # recorded only (member gone, or manual clause)
    QUEUE_FOR_ADMIN = "queue_for_admin"  # assisted: an admin decides
    HOLD_JOIN = "hold_join"  # a join waiting for approval
    ALERT_ADMIN = "alert_admin"
    ACK_APOLOGY = "ack_apology"
    ACK_FINE_PAID = "ack_fine_paid"
    WELCOME = "welcome"  # a newcomer welcomed and asked to read the rules (一.1)
    ACK_RULES = "ack_rules"  # thanks for confirming having read the rules
    APPROVE_JOIN = "approve_join"  # let a join request in (nothing held it, or an admin approved)
    REJECT_JOIN = "reject_join"  # turn a held join request down (an admin decided)


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    member_id: str | None
    clause: str | None = None
    message_id: str | None = None
    text: str = ""
    deadline: datetime | None = None
    amount: Decimal | None = None
    duration_s: int | None = None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value, "member": self.member_id}
        for name in ("clause", "message_id", "text", "reason"):
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.deadline is not None:
            out["deadline"] = self.deadline.isoformat()
        if self.amount is not None:
            out["amount"] = str(self.amount)
        if self.duration_s is not None:
            out["duration_s"] = self.duration_s
        return out
