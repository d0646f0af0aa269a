"""The ads/spam classifier (category `ad`): a hashed char + pinyin n-gram logistic regression.

    model = SpamModel.load()              # the shipped model (package data); keep the instance
    model.score("兼职刷单日结，加我薇信")   # 0 = ordinary chat, 1 = ad/spam
    model.score_compact(compact)           # when the caller already has normalize(text).compact
    model.is_spam(score)                   # score >= the threshold chosen on dev

Trained by `qungui.models.training.train_spam` on qungui's own corpus (`training/spam_corpus.py`,
docs/spam-training.md). A group's retrained model (governance/samples) is the same kind of file:
`SpamModel.from_bytes(blob)`. Scoring is pure Python (a few tens of µs per message); numpy is only
used to read the .npz file. scikit-learn is never imported.

Long texts: compact texts longer than `WINDOW` characters are scored in windows (stride `WINDOW // 2`)
over the first `MAX_SCAN` characters and get the highest window score, so any input costs bounded time.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from qungui.models.linear import LinearModel, sigmoid

DEFAULT_NAME = "spam-v1"
WINDOW = 160
MAX_SCAN = 2400
BATCH_MIN = 16  # fewer texts are scored one by one: numpy's per-call cost outweighs the batch


class SpamModel:
    """Scores how likely a chat text is an ad or spam."""

    def __init__(self, linear: LinearModel) -> None:
        self.linear = linear

    @classmethod
    def load(cls, name: str = DEFAULT_NAME) -> SpamModel:
        """Load the model shipped in the package (``qungui/models/data/<name>.npz``)."""
        blob = resources.files("qungui.models").joinpath("data", f"{name}.npz").read_bytes()
        return cls.from_bytes(blob)

    @classmethod
    def from_bytes(cls, blob: bytes, *, share: SpamModel | None = None) -> SpamModel:
        """Read a model file; models read with the same `share` reuse its feature tables (less memory)."""
        return cls(LinearModel.from_bytes(blob, share=share.linear.featurizer if share is not None else None))

    @classmethod
    def from_path(cls, path: str | Path) -> SpamModel:
        return cls.from_bytes(Path(path).read_bytes())

    def to_bytes(self) -> bytes:
        return self.linear.to_bytes()

    @property
    def meta(self) -> dict[str, Any]:
        return self.linear.meta

    @property
    def name(self) -> str:
        """The model family, 'spam-v1'; a group's retrained model keeps the name of the model it extends."""
        return str(self.meta.get("name", DEFAULT_NAME))

    @property
    def version(self) -> int:
        return int(self.meta.get("version", 1))

    @property
    def group(self) -> str | None:
        """'platform:group id' for a group's retrained model, None for the shipped one."""
        return self.meta.get("group")

    @property
    def threshold(self) -> float:
        """The decision threshold chosen on the dev split when the model was trained."""
        return float(self.meta.get("threshold", 0.5))

    def is_spam(self, score: float) -> bool:
        return score >= self.threshold

    def score_compact(self, compact: str) -> float:
        """Score an already normalized (compact) text; empty text scores like any ordinary chat."""
        if len(compact) <= WINDOW:
            return sigmoid(self.linear.logit(compact))
        scan = compact[:MAX_SCAN]
        step = WINDOW // 2
        starts = range(0, max(1, len(scan) - WINDOW + step), step)
        return max(sigmoid(self.linear.logit(scan[i : i + WINDOW])) for i in starts)

    def score_many(self, compacts: Sequence[str]) -> list[float]:
        """`score_compact` of each compact text, many at once in numpy (the same scores)."""
        if len(compacts) < BATCH_MIN:
            return [self.score_compact(compact) for compact in compacts]
        from qungui.models.batch import windows

        segments: list[str] = []
        owners: list[int] = []
        for index, compact in enumerate(compacts):
            pieces = windows(compact, WINDOW, MAX_SCAN)
            segments += pieces
            owners += [index] * len(pieces)
        logits = self.linear.logits(segments)
        if logits is None:
            return [self.score_compact(compact) for compact in compacts]
        scores = [-1.0] * len(compacts)
        for owner, logit in zip(owners, logits, strict=True):
            score = sigmoid(logit)
            if score > scores[owner]:
                scores[owner] = score
        return scores

    def score(self, text: str) -> float:
        """Normalize `text` the way detectors see it, then score it."""
        from qungui.text.normalize import normalize

        # Only the first MAX_SCAN compact characters are scored: bound the normalization work as well.
        return self.score_compact(normalize(text[: MAX_SCAN * 4]).compact)
