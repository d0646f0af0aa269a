"""Retraining a group's spam model from its admins' labels: split, fit, evaluate (no database here).

The group's samples are split deterministically by a stable hash of their compact text (CRC-32, 20 %
held out), so a sample stays on its side from one retraining to the next and "before" and "after" are
measured on messages neither model was trained on. The new model is fitted like the shipped one
(`train_spam.fit_spam`, same features, settings and training set) plus the group's training samples,
each weighted `GROUP_WEIGHT` times a generated example.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from qungui.models.spam import SpamModel
from qungui.models.training.train_spam import Scores, TrainingSet, evaluate, fit_spam
from qungui.text.normalize import normalize

MIN_PER_CLASS = 8
HELD_OUT_PERCENT = 20
GROUP_WEIGHT = 20.0


@dataclass(frozen=True, slots=True)
class Sample:
    compact: str
    label: int  # 1 = spam, 0 = ham


def bucket(compact: str) -> int:
    """A stable number in 0..99 for a text (the same on every machine and run)."""
    return zlib.crc32(compact.encode("utf-8", "surrogatepass")) % 100


def prepare(texts_and_labels: Sequence[tuple[str, int]]) -> list[Sample]:
    """Normalize and deduplicate (by compact form; the latest label of a text wins), oldest first."""
    latest: dict[str, int] = {}
    for text, label in texts_and_labels:
        compact = normalize(text).compact
        if compact:
            latest.pop(compact, None)
            latest[compact] = label
    return [Sample(c, y) for c, y in latest.items()]


def split(samples: Sequence[Sample]) -> tuple[list[Sample], list[Sample]]:
    """(train, held-out): held out when bucket < HELD_OUT_PERCENT. A class with no held-out sample lends
    its lowest-bucket one; a class with every sample held out keeps its highest-bucket one for training."""
    train: list[Sample] = []
    held: list[Sample] = []
    for label in (1, 0):
        group = sorted((s for s in samples if s.label == label), key=lambda s: (bucket(s.compact), s.compact))
        out = [s for s in group if bucket(s.compact) < HELD_OUT_PERCENT]
        if not out and len(group) >= 2:
            out = group[:1]
        if len(out) == len(group) and len(group) >= 2:
            out = out[:-1]
        chosen = set(out)
        held += out
        train += [s for s in group if s not in chosen]
    return train, held


def counts(samples: Sequence[Sample]) -> dict[str, int]:
    spam = sum(s.label for s in samples)
    return {"spam": spam, "ham": len(samples) - spam}


def score_on(model: SpamModel, samples: Sequence[Sample]) -> Scores:
    scores = [model.score_compact(s.compact) for s in samples]
    return evaluate(scores, [s.label for s in samples], model.threshold)


def fit_group_model(
    base: TrainingSet,
    train: Sequence[Sample],
    *,
    shipped: SpamModel,
    group: str,
    version: int,
    now: datetime,
    seed: int,
) -> SpamModel:
    """The shipped recipe plus the group's training samples; keeps the shipped threshold."""
    meta: dict[str, Any] = {
        "name": shipped.name,
        "threshold": shipped.threshold,
        "version": version,
        "group": group,
        "trained_at": now.isoformat(),
        "group_samples": counts(train),
        "group_weight": GROUP_WEIGHT,
        "seed": seed,
    }
    extra = [(s.compact, s.label, GROUP_WEIGHT) for s in train]
    model = fit_spam(base, extra=extra, meta=meta, seed=seed)
    return SpamModel.from_bytes(model.to_bytes(), share=shipped)  # as stored: float16 weights


@dataclass(frozen=True, slots=True)
class RetrainReport:
    """Before/after figures on the group's held-out samples, and whether the new model was stored."""

    group: str
    stored: bool
    reason: str
    version: int | None  # the stored version (None when nothing was stored)
    before_model: str  # "spam-v1" or "spam-v1 group v2"
    before: Scores
    after: Scores
    train_counts: dict[str, int] = field(default_factory=dict)
    held_out_counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "stored": self.stored,
            "reason": self.reason,
            "version": self.version,
            "before_model": self.before_model,
            "before": self.before.as_dict(),
            "after": self.after.as_dict(),
            "train": self.train_counts,
            "held_out": self.held_out_counts,
        }
