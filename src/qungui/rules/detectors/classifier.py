"""Abuse classifier: qungui's own offensive-language model (trained on COLD) scores each text message.

The model is loaded lazily, once per detector instance, on the first message it has to score; the
engine keeps detector instances for the life of a compiled rulebook, so loading is not per message.
It reads the compact form the other detectors see (`ctx.norm(event).compact`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.models.abuse import DEFAULT_NAME, AbuseModel
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings, shorten

MODEL_NAME = DEFAULT_NAME  # abuse-v3; `model: abuse-v2` adds the BiGRU to abuse-v1 (see qungui.models.abuse)
EVIDENCE_CHARS = 60


class AbuseClassifierSettings(DetectorSettings):
    category: Category | None = None
    threshold: float | None = Field(
        default=None,
        gt=0,
        lt=1,
        description="report texts scoring at or above this (0..1); default: the threshold chosen on COLD dev, "
        "stored with the model (abuse-v3.json / abuse-v1.json / abuse-v2.json)",
    )
    model: Literal["abuse-v3", "abuse-v1", "abuse-v2"] = Field(
        default=MODEL_NAME,
        description="abuse-v3 (default): char/pinyin n-gram NB-LR that also learnt hand-written anti-bias texts; "
        "abuse-v1: the same without them; abuse-v2: abuse-v1 plus a char BiGRU that reads word order "
        "(slightly better on COLD dev, slower on uncertain texts)",
    )
    min_chars: int = Field(default=2, ge=1, description="texts with fewer compact characters are not scored")


class AbuseClassifierDetector(Detector[AbuseClassifierSettings]):
    id = "abuse_model"
    settings_model = AbuseClassifierSettings
    default_category = Category.ABUSE
    description = "辱骂识别模型：对每条文字消息打分（COLD 训练的字/拼音 n-gram 线性模型）"

    @cached_property
    def model(self) -> AbuseModel:
        return AbuseModel.load(self.settings.model)

    @property
    def threshold(self) -> float:
        """The configured threshold, else the one chosen on dev when the model was trained."""
        return self.settings.threshold if self.settings.threshold is not None else self.model.threshold

    def mechanism(self) -> str:
        s = self.settings
        return f"abuse_model[{s.model}]: score >= {self.threshold:.2f} (texts of >= {s.min_chars} chars)"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        compact = self._compact(event, ctx)
        if compact is None:
            return []
        return self._findings(event, self.model.score_normalized(compact))  # type: ignore[arg-type]

    def detect_many(self, events: Sequence[Event], ctxs: Sequence[DetectContext]) -> list[list[Finding]]:
        """`detect` for many events at once: the model scores their texts in one batch (the same findings)."""
        out: list[list[Finding]] = [[] for _ in events]
        todo = [
            (i, compact) for i, (e, c) in enumerate(zip(events, ctxs, strict=True)) if (compact := self._compact(e, c))
        ]
        scores = self.model.score_many_normalized([compact for _, compact in todo])
        for (i, _), score in zip(todo, scores, strict=True):
            out[i] = self._findings(events[i], score)  # type: ignore[arg-type]
        return out

    def _compact(self, event: Event, ctx: DetectContext) -> str | None:
        """The compact text to score, or None when the message is not scored."""
        if not isinstance(event, MessageEvent) or not event.text:
            return None
        compact = ctx.norm(event).compact
        return compact if len(compact) >= self.settings.min_chars else None

    def _findings(self, event: MessageEvent, score: float) -> list[Finding]:
        if score < self.threshold:
            return []
        evidence = shorten(event.text, EVIDENCE_CHARS)
        return [self.finding(evidence=evidence, score=round(score, 4), detail={"model": self.settings.model})]
