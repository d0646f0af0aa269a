"""Abuse classifier: qungui's own offensive-language model (trained on COLD) scores each text message.

The model is loaded lazily, once per detector instance, on the first message it has to score; the
engine keeps detector instances for the life of a compiled rulebook, so loading is not per message.
It reads the compact form the other detectors see (`ctx.norm(event).compact`).
"""

from __future__ import annotations

from functools import cached_property

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.models.abuse import AbuseModel
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings, shorten

MODEL_NAME = "abuse-v1"
EVIDENCE_CHARS = 60


class AbuseClassifierSettings(DetectorSettings):
    category: Category | None = None
    threshold: float | None = Field(
        default=None,
        gt=0,
        lt=1,
        description="report texts scoring at or above this (0..1); default: the threshold chosen on COLD dev, "
        "stored with the model (abuse-v1.json)",
    )
    min_chars: int = Field(default=2, ge=1, description="texts with fewer compact characters are not scored")


class AbuseClassifierDetector(Detector[AbuseClassifierSettings]):
    id = "abuse_model"
    settings_model = AbuseClassifierSettings
    default_category = Category.ABUSE
    description = "辱骂识别模型：对每条文字消息打分（COLD 训练的字/拼音 n-gram 线性模型）"

    @cached_property
    def model(self) -> AbuseModel:
        return AbuseModel.load(MODEL_NAME)

    @property
    def threshold(self) -> float:
        """The configured threshold, else the one chosen on dev when the model was trained."""
        return self.settings.threshold if self.settings.threshold is not None else self.model.threshold

    def mechanism(self) -> str:
        return f"abuse_model[{MODEL_NAME}]: score >= {self.threshold:.2f} (texts of >= {self.settings.min_chars} chars)"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent) or not event.text:
            return []
        compact = ctx.norm(event).compact
        if len(compact) < self.settings.min_chars:
            return []
        score = self.model.score_normalized(compact)
        if score < self.threshold:
            return []
        evidence = shorten(event.text, EVIDENCE_CHARS)
        return [self.finding(evidence=evidence, score=round(score, 4), detail={"model": MODEL_NAME})]
