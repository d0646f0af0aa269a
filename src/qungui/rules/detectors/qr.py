"""QR codes in images: group invites, personal cards, payment codes and bad links (一.8 不许拉人去其他群).

Reads only images that came inline (`Attachment.data`); an image given only by URL or path is
skipped: detectors never fetch anything. Scanned links go through the links detector's judgement
(`LinkJudge`), so a blocked domain or an .apk download in a QR code is caught exactly like a typed one.

A rulebook turns payload kinds on or off and sets their category, e.g. for a store group where
payment codes are normal: `{type: qr, settings: {payloads: {payment: null}}}`.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from qungui.core.categories import Category
from qungui.core.events import Attachment, Event, MessageEvent, MessageKind
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings, shorten
from qungui.rules.detectors.links import LinkJudge, LinkSettings
from qungui.text.qr import (
    DECODE_PIXELS,
    LINEAR_FORMATS,
    MAX_IMAGE_BYTES,
    MAX_LOSSLESS_PIXELS,
    MAX_PIXELS,
    QR_FORMATS,
    Payload,
    QrReader,
    ScanLimits,
    classify_payload,
)
from qungui.text.urls import LABELS, PayloadKind

REVEALED_BY = "二维码识别"
MAX_IMAGES = 9  # a WeChat post carries at most nine pictures
MAX_EVIDENCE_CHARS = 80
IMAGE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "webp", "bmp"})
_LINKED = frozenset({PayloadKind.URL, PayloadKind.TEXT, PayloadKind.CONTACT_CARD})


class QrRule(DetectorSettings):
    """How a payload kind is reported."""

    category: Category
    score: float = Field(default=0.97, gt=0, le=1)


def _solicitation() -> QrRule:
    return QrRule(category=Category.SOLICITATION, score=0.97)


DEFAULT_RULES: dict[PayloadKind, QrRule] = {
    PayloadKind.WECHAT_GROUP: _solicitation(),
    PayloadKind.WECHAT_CONTACT: _solicitation(),
    PayloadKind.QQ_GROUP: _solicitation(),
    PayloadKind.QQ_CONTACT: _solicitation(),
    PayloadKind.WECOM_GROUP: _solicitation(),
    PayloadKind.WECOM_CONTACT: _solicitation(),
    PayloadKind.TELEGRAM: _solicitation(),
    PayloadKind.WHATSAPP: _solicitation(),
    PayloadKind.WECHAT_OFFICIAL: QrRule(category=Category.AD, score=0.8),
    PayloadKind.PAYMENT: QrRule(category=Category.AD, score=0.8),
}


class QrSettings(DetectorSettings):
    payloads: dict[PayloadKind, QrRule | None] = Field(
        default_factory=dict,
        description="per payload kind: {category, score} to report it, null/false to ignore it (merged with defaults)",
    )
    links: LinkSettings | None = Field(
        default_factory=LinkSettings, description="judge scanned links like the links detector; null to ignore links"
    )
    kinds: list[MessageKind] = Field(
        default_factory=lambda: [MessageKind.IMAGE, MessageKind.STICKER, MessageKind.FILE],
        description="message kinds to scan (files only when they are images)",
    )
    max_image_bytes: int = Field(default=MAX_IMAGE_BYTES, ge=1024)
    max_pixels: int = Field(default=MAX_PIXELS, ge=10_000, description="JPEG; larger images are not scanned")
    max_lossless_pixels: int = Field(
        default=MAX_LOSSLESS_PIXELS, ge=10_000, description="PNG/GIF/WebP/BMP, which decode at full size"
    )
    decode_pixels: int = Field(default=DECODE_PIXELS, ge=100_000, description="larger images are scaled down first")
    formats: list[str] = Field(default_factory=lambda: list(QR_FORMATS), min_length=1)

    @field_validator("formats")
    @classmethod
    def _known_formats(cls, value: list[str]) -> list[str]:
        import zxingcpp  # only rulebooks that use this detector pay for the import

        zxingcpp.barcode_formats_from_str(",".join(value))  # ValueError names the bad one
        return value

    @field_validator("payloads", mode="before")
    @classmethod
    def _false_is_off(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {kind: (None if rule is False else rule) for kind, rule in value.items()}
        return value


class QrDetector(Detector[QrSettings]):
    id = "qr"
    settings_model = QrSettings
    default_category = Category.SOLICITATION
    description = "图片中的二维码：其他群的邀请、个人名片、收款码、恶意链接"

    def __init__(self, settings: QrSettings, *, clause, rulebook) -> None:
        super().__init__(settings, clause=clause, rulebook=rulebook)
        s = settings
        rules = {**DEFAULT_RULES, **s.payloads}
        self.rules: dict[PayloadKind, QrRule] = {kind: rule for kind, rule in rules.items() if rule is not None}
        limits = ScanLimits(
            max_bytes=s.max_image_bytes,
            max_pixels=s.max_pixels,
            max_lossless_pixels=s.max_lossless_pixels,
            decode_pixels=s.decode_pixels,
            formats=tuple(s.formats),
        )
        self.reader = QrReader(limits)
        self.judge = LinkJudge(s.links, category=self.category) if s.links is not None else None
        self._kinds = frozenset(s.kinds)

    def mechanism(self) -> str:
        kinds = "/".join(sorted(kind.value for kind in self.rules))
        return f"qr: {kinds}; links {'judged' if self.judge else 'ignored'}; ≤{self.settings.max_image_bytes} bytes"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent) or event.kind not in self._kinds:
            return []
        findings: list[Finding] = []
        seen: set[str] = set()
        for attachment in self._images(event)[:MAX_IMAGES]:
            result = self.reader.read(attachment.data or b"")
            for code in result.codes:
                if code.text in seen:
                    continue
                seen.add(code.text)
                finding = self._judge(classify_payload(code.text, code.format), code.format, attachment)
                if finding is not None:
                    findings.append(finding)
        return findings

    def _images(self, event: MessageEvent) -> list[Attachment]:
        """Inline images of the message; a file counts when its type or name says image."""
        out = []
        for attachment in event.attachments:
            if attachment.data is None or len(attachment.data) > self.settings.max_image_bytes:
                continue  # only a URL or path, never fetched; or too big to scan
            if event.kind is MessageKind.FILE and not _is_image_file(attachment):
                continue
            out.append(attachment)
        return out

    def _judge(self, payload: Payload, fmt: str, attachment: Attachment) -> Finding | None:
        what = "条码" if fmt in LINEAR_FORMATS else "二维码"
        detail: dict[str, Any] = {"kind": payload.kind.value, "payload": payload.text[:500], "format": fmt}
        if attachment.name or attachment.sha256:
            detail["image"] = attachment.name or attachment.sha256
        rule = self.rules.get(payload.kind)
        if rule is not None:
            return self.finding(
                evidence=f"{what}：{payload.label} {_short(payload.url or payload.text)}",
                score=rule.score,
                category=rule.category,
                revealed_by=REVEALED_BY,
                detail=detail,
            )
        if self.judge is None or payload.kind not in _LINKED:
            return None
        hit = self.judge.first(payload.text[:4096])
        if hit is None:
            return None
        url, verdict = hit
        return self.finding(
            evidence=f"{what}：{LABELS[PayloadKind.URL]} {_short(url.url)}",
            score=verdict.score,
            category=verdict.category,
            revealed_by=REVEALED_BY,
            detail=detail | verdict.detail | {"why": verdict.why},
        )


def _is_image_file(attachment: Attachment) -> bool:
    if (attachment.mime or "").lower().startswith("image/"):
        return True
    name = (attachment.name or "").lower()
    return "." in name and name.rsplit(".", 1)[-1] in IMAGE_SUFFIXES


def _short(text: str) -> str:
    return shorten(text, MAX_EVIDENCE_CHARS)
