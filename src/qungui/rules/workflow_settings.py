"""Rulebook settings of the workflows of issue 5's second part: share tasks, answer times, the weekly digest.

Part of the rulebook schema (`qungui.rules.schema.Rulebook` holds one of each, with these defaults).
"""

from __future__ import annotations

from datetime import time

from pydantic import BaseModel, ConfigDict, Field

from qungui.core.durations import Duration


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class ShareTasks(_Model):
    """第二篇.6: share tasks (分享) — members share a company post to their Moments and prove it with a screenshot."""

    clause: str | None = None
    remind_before: list[Duration] = Field(
        default_factory=lambda: ["2h"],  # type: ignore[list-item]
        description="reminders to the members still missing, this long before the due time (plus one half-way)",
    )
    proof_window: Duration = Field(
        default="2h",  # type: ignore[assignment]
        description="a screenshot with no reply counts this long after the task was posted (any time after 已分享)",
    )


class Responsiveness(_Model):
    """第二篇.9 and 第一篇 八: questions raised in the group, timed until their department (or an admin) answers."""

    clause: str | None = None
    respond_within: Duration = Field(
        default="30m",  # type: ignore[assignment]
        description="answers later than this are late; the department heads are reminded then",
    )
    track_for: Duration = Field(
        default="24h",  # type: ignore[assignment]
        description="a question still unanswered this long after it was asked counts as unanswered",
    )
    remind_heads: bool = True


class DigestSettings(_Model):
    """The weekly digest (周报) for the owner and admins."""

    enabled: bool | None = Field(default=None, description="None: sent when a clause carries the digest workflow")
    weekday: int = Field(default=1, ge=1, le=7, description="ISO weekday it is sent on, 1 = Monday")
    at: time = time(9, 0)
    silent_after: Duration = Field(default="7d", description="members silent this long are listed")  # type: ignore[assignment]
