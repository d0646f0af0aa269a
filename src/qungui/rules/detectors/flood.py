"""Flood: too many messages in a window, or the same message repeated (一.2 不可恶意刷屏)."""

from __future__ import annotations

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.durations import Duration, format_duration
from qungui.core.events import Event, MessageEvent, MessageKind
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings


class FloodSettings(DetectorSettings):
    max_messages: int = Field(default=10, ge=2, description="messages allowed per member within `per`")
    per: Duration = Field(default="60s")  # type: ignore[assignment]
    max_repeats: int = Field(default=3, ge=2, description="identical messages allowed within repeat_window")
    repeat_window: Duration = Field(default="10m")  # type: ignore[assignment]
    min_repeat_length: int = Field(default=2, ge=1, description="shorter texts never count as repeats")


def fingerprint(event: MessageEvent, compact: str) -> str:
    """What counts as 'the same message': the compact text, or the media hash for media."""
    if event.kind is MessageKind.TEXT or event.kind is MessageKind.LINK:
        return compact[:200]
    digest = next((a.sha256 for a in event.attachments if a.sha256), None)
    return f"{event.kind.value}:{digest}" if digest else ""


class FloodDetector(Detector[FloodSettings]):
    id = "flood"
    settings_model = FloodSettings
    default_category = Category.FLOOD
    description = "刷屏：单位时间内消息过多或重复发送同一内容"

    def mechanism(self) -> str:
        s = self.settings
        return (
            f"flood: >{s.max_messages} msgs/{format_duration(s.per)} or "
            f">{s.max_repeats} repeats/{format_duration(s.repeat_window)}"
        )

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent):
            return []
        s = self.settings
        now = event.ts.timestamp()
        recent = ctx.member.recent
        in_rate = 1 + sum(1 for r in recent if r.at > now - s.per.total_seconds())
        findings: list[Finding] = []
        if in_rate > s.max_messages:
            findings.append(
                self.finding(
                    evidence=f"{format_duration(s.per)} 内发送 {in_rate} 条消息",
                    detail={"messages": in_rate, "window_s": int(s.per.total_seconds())},
                )
            )
        compact = ctx.norm(event).compact
        fp = fingerprint(event, compact)
        acks = ctx.rulebook.acknowledgements.words
        if fp and (len(compact) >= s.min_repeat_length or event.kind is not MessageKind.TEXT) and compact not in acks:
            since = now - s.repeat_window.total_seconds()
            repeats = 1 + sum(1 for r in recent if r.at > since and r.fingerprint == fp)
            if repeats > s.max_repeats:
                findings.append(
                    self.finding(
                        evidence=f"重复发送 {repeats} 次：{event.text[:40] or event.kind.value}",
                        detail={"repeats": repeats},
                    )
                )
        return findings[:1]
