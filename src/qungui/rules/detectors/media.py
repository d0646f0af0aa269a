"""Images and voice: per-member limits that tighten when the chat is busy (一.9, 第二篇.7, 四.三.4)."""

from __future__ import annotations

from pydantic import Field, model_validator

from qungui.core.categories import Category
from qungui.core.durations import Duration, format_duration
from qungui.core.events import Event, MessageEvent, MessageKind
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings


class BusySettings(DetectorSettings):
    window: Duration = Field(default="5m")  # type: ignore[assignment]
    min_messages: int = Field(default=15, ge=2)
    min_senders: int = Field(default=4, ge=1)
    max_per_window: int = Field(default=0, ge=0, description="media allowed per member while busy")


class MediaSettings(DetectorSettings):
    kinds: list[MessageKind] = Field(default_factory=lambda: [MessageKind.IMAGE])
    category: Category | None = None
    max_per_window: int | None = Field(default=None, ge=1)
    window: Duration = Field(default="10m")  # type: ignore[assignment]
    busy: BusySettings | None = None
    max_duration_s: float | None = Field(default=None, gt=0, description="voice: longer messages are findings")

    @model_validator(mode="after")
    def _something_to_check(self) -> MediaSettings:
        if self.max_per_window is None and self.busy is None and self.max_duration_s is None:
            raise ValueError("set at least one of max_per_window, busy, max_duration_s")
        return self


class MediaDetector(Detector[MediaSettings]):
    id = "media"
    settings_model = MediaSettings
    default_category = Category.MEDIA_FLOOD
    description = "图片/语音：每人限量，群聊繁忙时收紧"

    def __init__(self, settings, *, clause, rulebook) -> None:
        super().__init__(settings, clause=clause, rulebook=rulebook)
        if settings.category is None and clause.category is None and set(settings.kinds) == {MessageKind.VOICE}:
            self.category = Category.VOICE
        self._kinds = frozenset(settings.kinds)

    def mechanism(self) -> str:
        s = self.settings
        parts = [f"media[{'/'.join(k.value for k in s.kinds)}]"]
        if s.max_per_window:
            parts.append(f"≤{s.max_per_window}/{format_duration(s.window)}")
        if s.busy:
            parts.append(
                f"busy (≥{s.busy.min_messages} msgs from ≥{s.busy.min_senders} people/"
                f"{format_duration(s.busy.window)}): ≤{s.busy.max_per_window}"
            )
        if s.max_duration_s:
            parts.append(f"≤{int(s.max_duration_s)}s each")
        return " ".join(parts)

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent) or event.kind not in self._kinds:
            return []
        s = self.settings
        now = event.ts.timestamp()
        label = "语音" if event.kind is MessageKind.VOICE else "图片" if event.kind is MessageKind.IMAGE else event.kind
        if s.max_duration_s is not None:
            duration = max((a.duration_s or 0 for a in event.attachments), default=0)
            if duration > s.max_duration_s:
                return [self.finding(evidence=f"{label}时长 {int(duration)} 秒", detail={"duration_s": duration})]
        if s.busy is not None:
            b = s.busy
            if ctx.group.busy(now, b.window.total_seconds(), b.min_messages, b.min_senders):
                sent = 1 + self._count(ctx, now - b.window.total_seconds())
                if sent > b.max_per_window:
                    return [
                        self.finding(
                            evidence=f"群聊繁忙时发送{label}（{format_duration(b.window)}内第 {sent} 条）",
                            detail={"busy": True, "count": sent},
                        )
                    ]
        if s.max_per_window is not None:
            sent = 1 + self._count(ctx, now - s.window.total_seconds())
            if sent > s.max_per_window:
                return [
                    self.finding(
                        evidence=f"{format_duration(s.window)}内发送{label} {sent} 条",
                        detail={"busy": False, "count": sent},
                    )
                ]
        return []

    def _count(self, ctx: DetectContext, since: float) -> int:
        kinds = {k.value for k in self._kinds}
        return sum(1 for r in ctx.member.recent if r.at > since and r.kind in kinds)
