"""Ads/spam classifier: qungui's own model (spam-v1) scores each text message; a group may have its own.

Which model scores a message, first match wins:

1. a *model store* given to the detector class (`SpamClassifierDetector.with_store(store)`): the runtime
   builds it from the database (governance/samples: `load_model_store`) and puts the returned class in
   the registry, e.g. ``{**builtin_detectors(), "spam_model": SpamClassifierDetector.with_store(store)}``;
   `store.spam_model(platform, group_id)` returns the group's retrained model or None. It is an in-memory
   lookup: the engine stays pure, `detect` never touches the database;
2. `settings.model`: a model file path (e.g. one exported with `qungui model export`), loaded once;
3. the shipped model, loaded lazily once per detector instance.

The threshold is `settings.threshold`, else the one stored with the model (chosen on dev).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import ClassVar, Protocol

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.models.spam import DEFAULT_NAME, SpamModel
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings, shorten

EVIDENCE_CHARS = 60


class ModelStore(Protocol):
    """Per-group spam models held in memory; None means "use the default model"."""

    def spam_model(self, platform: str, group_id: str) -> SpamModel | None: ...


class SpamClassifierSettings(DetectorSettings):
    category: Category | None = None
    threshold: float | None = Field(
        default=None,
        gt=0,
        lt=1,
        description="report texts scoring at or above this (0..1); default: the threshold stored with the model",
    )
    min_chars: int = Field(default=4, ge=1, description="texts with fewer compact characters are not scored")
    model: str | None = Field(default=None, description="path of a spam model file (.npz) to use instead of spam-v1")


class SpamClassifierDetector(Detector[SpamClassifierSettings]):
    id = "spam_model"
    settings_model = SpamClassifierSettings
    default_category = Category.AD
    description = (
        "广告识别模型：对每条文字消息打分（qungui 自训练的字/拼音 n-gram 线性模型，可按群用管理员标注重新训练）"
    )
    store: ClassVar[ModelStore | None] = None

    @classmethod
    def with_store(cls, store: ModelStore) -> type[SpamClassifierDetector]:
        """This detector class, reading groups' own models from `store` (for the runtime's registry)."""
        return type(cls.__name__, (cls,), {"store": store, "__doc__": cls.__doc__})

    @cached_property
    def default_model(self) -> SpamModel:
        """The configured model file, else the shipped model; loaded on first use."""
        if self.settings.model:
            return SpamModel.from_path(self.settings.model)
        return SpamModel.load(DEFAULT_NAME)

    def model_for(self, event: MessageEvent) -> SpamModel:
        if self.store is not None:
            own = self.store.spam_model(event.group.platform, event.group.id)
            if own is not None:
                return own
        return self.default_model

    def threshold(self, model: SpamModel) -> float:
        return self.settings.threshold if self.settings.threshold is not None else model.threshold

    def mechanism(self) -> str:
        source = self.settings.model or DEFAULT_NAME
        extra = " (groups' retrained models first)" if self.store is not None else ""
        limit = f"{self.settings.threshold:.2f}" if self.settings.threshold is not None else "model threshold"
        return f"spam_model[{source}]{extra}: score >= {limit} (texts of >= {self.settings.min_chars} chars)"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        compact = self._compact(event, ctx)
        if compact is None:
            return []
        model = self.model_for(event)  # type: ignore[arg-type]
        return self._findings(event, model, model.score_compact(compact))  # type: ignore[arg-type]

    def detect_many(self, events: Sequence[Event], ctxs: Sequence[DetectContext]) -> list[list[Finding]]:
        """`detect` for many events at once: each model scores its texts in one batch (the same findings)."""
        out: list[list[Finding]] = [[] for _ in events]
        by_model: dict[int, tuple[SpamModel, list[tuple[int, str]]]] = {}
        for i, (event, ctx) in enumerate(zip(events, ctxs, strict=True)):
            compact = self._compact(event, ctx)
            if compact is not None:
                model = self.model_for(event)  # type: ignore[arg-type]
                by_model.setdefault(id(model), (model, []))[1].append((i, compact))
        for model, todo in by_model.values():
            scores = model.score_many([compact for _, compact in todo])
            for (i, _), score in zip(todo, scores, strict=True):
                out[i] = self._findings(events[i], model, score)  # type: ignore[arg-type]
        return out

    def _compact(self, event: Event, ctx: DetectContext) -> str | None:
        """The compact text to score, or None when the message is not scored."""
        if not isinstance(event, MessageEvent) or not event.text:
            return None
        compact = ctx.norm(event).compact
        return compact if len(compact) >= self.settings.min_chars else None

    def _findings(self, event: MessageEvent, model: SpamModel, score: float) -> list[Finding]:
        if score < self.threshold(model):
            return []
        evidence = shorten(event.text, EVIDENCE_CHARS)
        detail: dict[str, object] = {"model": model.name}
        if model.group is not None:
            detail["group_model"] = model.version
        return [self.finding(evidence=evidence, score=round(score, 4), detail=detail)]
