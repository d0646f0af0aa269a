"""The shipped abuse (offensive language) classifier: hashed n-gram linear model(s), pure Python.

    model = AbuseModel.load()          # ~1.3 MB file, loads in ~0.1 s; keep the instance
    model.score("你是不是傻")            # probability-like score in [0, 1]
    model.score_normalized(compact)     # when the caller already has normalize(text).compact

Trained on COLD (Apache-2.0) by `qungui.models.training.train_abuse`; see ``data/abuse-v1.json``
(the model card) for features, hyper-parameters, dev figures and the threshold chosen on dev.
Nothing is downloaded; numpy and scikit-learn are not needed at run time.

Long texts: the model was trained on comments of at most ~200 characters. A compact text longer
than `WINDOW` characters is scored in windows of `WINDOW` characters (stride `WINDOW // 2`) over its
first `MAX_SCAN` characters and gets the highest window score, so cost is bounded for any input.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from operator import itemgetter
from typing import Any

from qungui.models.features import FeatureConfig, Featurizer
from qungui.models.modelfile import unpack

DEFAULT_NAME = "abuse-v1"
WINDOW = 256
MAX_SCAN = 4096
BATCH_MIN = 16  # fewer texts are scored one by one: numpy's per-call cost outweighs the batch


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class Component:
    """One linear model. `presence`: bias + scale·Σ w[k] over distinct buckets (NB-LR, weights already
    multiplied by the log-count ratios). `tfidf`: bias + scale·Σ w[k]·x[k] with x the L2-normalised
    sublinear-tf × idf vector (idf stored quantised: idf[k] = idf_q[k] · idf_scale)."""

    kind: str
    bias: float
    scale: float
    weights: Any  # array('h')
    idf: Any = None  # array('B') for tfidf
    idf_scale: float = 0.0

    def logit(self, counts: dict[int, int] | set[int]) -> float:
        w = self.weights
        if self.kind == "presence":
            # itemgetter fetches many items in one C call (it returns a bare item for exactly one key).
            total = sum(itemgetter(*counts)(w)) if len(counts) > 1 else sum(w[k] for k in counts)
            return self.bias + self.scale * total
        assert isinstance(counts, dict)
        idf, idf_scale = self.idf, self.idf_scale
        total = 0.0
        norm2 = 0.0
        for k, c in counts.items():
            x = (1.0 + math.log(c)) * idf[k] * idf_scale
            norm2 += x * x
            total += x * w[k]
        if norm2 == 0.0:
            return self.bias
        return self.bias + self.scale * total / math.sqrt(norm2)


class AbuseModel:
    """Scores how offensive a chat text is; the mean of its components' probabilities."""

    def __init__(self, featurizer: Featurizer, components: list[Component], card: dict[str, Any]) -> None:
        self.featurizer = featurizer
        self.components = components
        self.card = card
        self._presence_only = all(c.kind == "presence" for c in components)

    @classmethod
    def load(cls, name: str = DEFAULT_NAME) -> AbuseModel:
        """Load the model shipped in the package (``qungui/models/data/<name>.bin``)."""
        return cls.from_bytes(resources.files("qungui.models").joinpath("data", f"{name}.bin").read_bytes())

    @classmethod
    def from_bytes(cls, blob: bytes) -> AbuseModel:
        header, arrays = unpack(blob)
        config = FeatureConfig(**header["feature_config"])
        featurizer = Featurizer(config, header["syllables"], arrays["pinyin_table"])
        components = []
        for spec in header["components"]:
            size = 1 << config.buckets_log2
            weights = arrays[spec["weights"]]
            idf = arrays[spec["idf"]] if spec.get("idf") else None
            if len(weights) != size or (idf is not None and len(idf) != size):
                raise ValueError("model file: array size does not match buckets_log2")
            components.append(
                Component(
                    kind=spec["kind"],
                    bias=spec["bias"],
                    scale=spec["scale"],
                    weights=weights,
                    idf=idf,
                    idf_scale=spec.get("idf_scale", 0.0),
                )
            )
        if not components:
            raise ValueError("model file has no components")
        return cls(featurizer, components, header.get("card", {}))

    @property
    def name(self) -> str:
        return str(self.card.get("name", DEFAULT_NAME))

    @property
    def threshold(self) -> float:
        """The decision threshold chosen on COLD dev (macro-F1)."""
        return float(self.card.get("threshold", 0.5))

    def _score_window(self, compact: str) -> float:
        fz = self.featurizer
        counts = fz.buckets(compact) if self._presence_only else fz.counts(compact)
        return sum(_sigmoid(c.logit(counts)) for c in self.components) / len(self.components)

    def score_normalized(self, compact: str) -> float:
        """Score an already normalized (compact) text."""
        if len(compact) <= WINDOW:
            return self._score_window(compact)
        scan = compact[:MAX_SCAN]
        step = WINDOW // 2
        starts = range(0, max(1, len(scan) - WINDOW + step), step)
        return max(self._score_window(scan[i : i + WINDOW]) for i in starts)

    def score_many_normalized(self, compacts: Sequence[str]) -> list[float]:
        """`score_normalized` of each compact text, many at once in numpy (the same scores)."""
        if len(compacts) < BATCH_MIN or not self._batchable:
            return [self.score_normalized(compact) for compact in compacts]
        from qungui.models.batch import windows

        segments: list[str] = []
        owners: list[int] = []
        for index, compact in enumerate(compacts):
            pieces = windows(compact, WINDOW, MAX_SCAN)
            segments += pieces
            owners += [index] * len(pieces)
        totals = self._presence_totals(segments)
        if totals is None:
            return [self.score_normalized(compact) for compact in compacts]
        components = self.components
        scores = [-1.0] * len(compacts)
        for owner, *window_totals in zip(owners, *totals, strict=True):
            score = sum(_sigmoid(c.bias + c.scale * t) for c, t in zip(components, window_totals, strict=True)) / len(
                components
            )
            if score > scores[owner]:
                scores[owner] = score
        return scores

    def _presence_totals(self, segments: list[str]) -> list[list[float]] | None:
        """Per component, Σ w over each segment's distinct buckets (exact: integer weights); None if the
        batch path cannot take these segments (a lone surrogate, an overlong Latin token)."""
        import numpy as np

        from qungui.models.batch import token_streams
        from qungui.models.features import LATIN_RUN

        fz, cfg, (hasher, readings) = self.featurizer, self.featurizer.config, self._batch_tables
        chars = hasher.char_stream(segments, surrogates=False)
        if chars is None:
            return None
        hashes, owners = hasher.grams(chars, zlib.crc32(b"c"), cfg.char_min, cfg.char_max)
        if cfg.pinyin_max >= cfg.pinyin_min > 0:
            tokens = token_streams(hasher, chars, segments, readings, fz.pinyin_tokens, LATIN_RUN, b" ")
            if tokens is None:
                return None
            for stream in tokens:
                more_hashes, more_owners = hasher.grams(stream, zlib.crc32(b"p"), cfg.pinyin_min, cfg.pinyin_max)
                hashes += more_hashes
                owners += more_owners
        segment, bucket = hasher.distinct(hashes, owners, cfg.buckets_log2)
        out = []
        for component in self.components:
            weights = np.frombuffer(component.weights, dtype=np.int16)[bucket].astype(np.float64)
            out.append(np.bincount(segment, weights=weights, minlength=len(segments)).tolist())
        return out

    @cached_property
    def _batchable(self) -> bool:
        """Presence components over int16 arrays and padded grams: what the batch path computes exactly."""
        arrays = all(getattr(c.weights, "typecode", None) == "h" for c in self.components)
        return self._presence_only and arrays and self.featurizer.config.pad

    @cached_property
    def _batch_tables(self):
        from qungui.models.batch import BatchHasher, Readings
        from qungui.models.features import HAN_FIRST

        return BatchHasher(), Readings.build(HAN_FIRST, self.featurizer.syllables, self.featurizer.table)

    def score(self, text: str) -> float:
        """Normalize `text` the way detectors see it, then score it (0 = ordinary, 1 = offensive)."""
        from qungui.text.normalize import normalize

        # Only the first MAX_SCAN compact characters are scored: bound normalization work too.
        return self.score_normalized(normalize(text[: MAX_SCAN * 4]).compact)

    def score_many(self, texts: Iterable[str]) -> list[float]:
        return [self.score(text) for text in texts]
