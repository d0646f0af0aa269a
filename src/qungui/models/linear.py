"""Hashed n-gram features and a logistic-regression model over them: featurize, score, save, load, fit.

Input is the compact form from `qungui.text.normalize` (what every detector reads). Two feature families
are hashed with `zlib.crc32` (stable across processes and Python versions, unlike the salted `hash()`)
into one space of ``2**buckets_log2`` buckets:

- ``c``: character n-grams of the compact text, padded with start/end marks;
- ``t``: n-grams over a token stream where each Han character becomes its toneless pinyin (frozen in
  the model file, so 威信/薇信/微信 and "weixin" share grams), a Latin run that splits fully into
  pinyin syllables becomes those syllables, and a digit or letter+digit run becomes its *shape*
  (``#d11`` for an 11-digit run, ``#m7`` for a 7–10-character mixed id), so phone numbers, QQ numbers
  and WeChat ids generalise beyond the ones seen in training.

A text's features are the set of its buckets, each with value 1/sqrt(count) (an L2-normalised binary
vector): ``logit = bias + Σ w[k] / sqrt(|K|)``. Scoring is pure Python (``array``, ``zlib``); numpy is
only needed to read/write the ``.npz`` file and to train (`fit_logistic`, mini-batch Adam).
"""

from __future__ import annotations

import io
import json
import math
import re
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from itertools import repeat
from typing import Any

HAN_FIRST, HAN_LAST = 0x4E00, 0x9FFF
START, END = "\x02", "\x03"
MAX_SYLLABLE = 6
RUN = re.compile(r"[a-z0-9]+")


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """Which n-grams are hashed; stored in the model file and rebuilt from it."""

    buckets_log2: int = 18
    char_min: int = 1
    char_max: int = 3
    token_min: int = 1
    token_max: int = 3


def shape(run: str) -> str:
    """'#d11' for an 11-digit run, '#m7' for a 7–10 character letter+digit run (ids, codes)."""
    kind = "d" if run.isdigit() else "m"
    n = len(run)
    size = "1" if n <= 2 else "3" if n <= 4 else "5" if n <= 6 else "7" if n <= 10 else "11" if n == 11 else "12"
    return f"#{kind}{size}"


def build_pinyin_table() -> tuple[list[str], list[int]]:
    """Toneless syllables and, per code point U+4E00–U+9FFF, the index of its first reading (0 = none).

    Training-time helper (imports pypinyin); models carry the frozen table.
    """
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    syllables, index, table = [""], {"": 0}, []
    for cp in range(HAN_FIRST, HAN_LAST + 1):
        reading = pinyin_dict.get(cp, "").split(",")[0]
        plain = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
        syllable = "".join(c for c in plain if not unicodedata.combining(c))
        if syllable not in index:
            index[syllable] = len(syllables)
            syllables.append(syllable)
        table.append(index[syllable])
    return syllables, table


class HashedFeaturizer:
    """Turns a compact text into the set of its hashed n-gram buckets."""

    def __init__(self, spec: FeatureSpec, syllables: Sequence[str], table: Sequence[int]) -> None:
        self.spec = spec
        self.syllables = list(syllables)
        self.table = list(table)
        self.mask = (1 << spec.buckets_log2) - 1
        self._reading = {chr(HAN_FIRST + i): self.syllables[k] for i, k in enumerate(self.table) if k}
        self._syllable_set = frozenset(s for s in self.syllables if s)
        self._seed_c = self.seed_c = zlib.crc32(b"c")
        self._seed_t = self.seed_t = zlib.crc32(b"t")
        self._batch: Any = None

    @property
    def batch_tables(self) -> Any:
        """(`batch.BatchHasher`, `batch.Readings`): numpy tables for scoring many texts at once, built on first use."""
        if self._batch is None:
            from qungui.models.batch import BatchHasher, Readings

            self._batch = (BatchHasher(), Readings.build(HAN_FIRST, self.syllables, self.table))
        return self._batch

    def split_pinyin(self, run: str) -> list[str] | None:
        """Split a Latin run fully into pinyin syllables (fewest pieces), or None."""
        n = len(run)
        if not n or n > 48:
            return None
        best: list[tuple[int, int] | None] = [None] * (n + 1)  # (pieces, start of last piece)
        best[0] = (0, 0)
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            for j in range(i + 1, min(n, i + MAX_SYLLABLE) + 1):
                if run[i:j] in self._syllable_set and (best[j] is None or best[j][0] > here[0] + 1):  # type: ignore[index]
                    best[j] = (here[0] + 1, i)
        if best[n] is None:
            return None
        out, end = [], n
        while end:
            start = best[end][1]  # type: ignore[index]
            out.append(run[start:end])
            end = start
        return out[::-1]

    def tokens(self, compact: str) -> list[str]:
        """Pinyin of Han characters, pinyin syllables of Latin runs, shapes of digit/id runs, other chars."""
        reading = self._reading.get
        if RUN.search(compact) is None:
            return list(map(reading, compact, compact))
        out: list[str] = []
        pos = 0
        for match in RUN.finditer(compact):
            before = compact[pos : match.start()]
            out += map(reading, before, before)
            run = match.group()
            if run.isalpha():
                out += self.split_pinyin(run) or [run]
            else:
                out.append(shape(run))
            pos = match.end()
        rest = compact[pos:]
        out += map(reading, rest, rest)
        return out

    def buckets(self, compact: str) -> set[int]:
        """The distinct buckets of every n-gram of `compact`. A gram's CRC extends its prefix's CRC
        (crc32(b, crc32(a)) == crc32(a + b)), computed with `map` so the loops run in C."""
        spec = self.spec
        out: set[int] = set()
        chars = [ch.encode("utf-8", "surrogatepass") for ch in f"{START}{compact}{END}"]
        self._grams(out, chars, chars, self._seed_c, spec.char_min, spec.char_max)
        words = [START, *self.tokens(compact), END]
        first = [w.encode("utf-8", "surrogatepass") for w in words]
        joined = [b"\x1f" + w for w in first]
        self._grams(out, first, joined, self._seed_t, spec.token_min, spec.token_max)
        return out

    def _grams(self, out: set[int], first: list[bytes], joined: list[bytes], seed: int, lo: int, hi: int) -> None:
        crc, mask = zlib.crc32, self.mask.__and__
        hashes = list(map(crc, first, repeat(seed, len(first))))
        for size in range(1, hi + 1):
            if size > 1:
                hashes = list(map(crc, joined[size - 1 :], hashes))
            if not hashes:
                return
            if size >= lo:
                out.update(map(mask, hashes))


class LinearModel:
    """A hashed n-gram logistic regression: `logit(compact)`, `to_bytes()`, `from_bytes(blob)`."""

    def __init__(self, featurizer: HashedFeaturizer, weights: Any, bias: float, meta: dict[str, Any]) -> None:
        self.featurizer = featurizer
        self.weights = weights if isinstance(weights, array) else array("f", _as_f32_bytes(weights))
        self.bias = float(bias)
        self.meta = meta
        self._weights64: Any = None  # float64 copy of the weights for `logits`, made on first use
        if len(self.weights) != 1 << featurizer.spec.buckets_log2:
            raise ValueError("model file: weight count does not match buckets_log2")

    def logit(self, compact: str) -> float:
        keys = self.featurizer.buckets(compact)
        return self.bias + sum(map(self.weights.__getitem__, keys)) / math.sqrt(len(keys))

    def logits(self, segments: Sequence[str]) -> list[float] | None:
        """`logit` of each segment, computed for all at once in numpy; None when a segment needs the
        per-text path (a token longer than the batch tables). Σ w is exact for weights stored as float16
        (every partial sum fits a double), so the result does not depend on summation order."""
        import numpy as np

        from qungui.models.batch import token_streams

        fz, spec = self.featurizer, self.featurizer.spec
        hasher, readings = fz.batch_tables
        chars = hasher.char_stream(segments)
        if chars is None or self.weights.typecode != "f":
            return None
        tokens = token_streams(hasher, chars, segments, readings, fz.tokens, RUN, b"\x1f")
        if tokens is None:
            return None
        hashes, owners = hasher.grams(chars, fz.seed_c, spec.char_min, spec.char_max)
        for stream in tokens:
            more_hashes, more_owners = hasher.grams(stream, fz.seed_t, spec.token_min, spec.token_max)
            hashes += more_hashes
            owners += more_owners
        segment, bucket = hasher.distinct(hashes, owners, spec.buckets_log2)
        if self._weights64 is None:
            self._weights64 = np.frombuffer(self.weights, dtype=np.float32).astype(np.float64)
        sums = np.bincount(segment, weights=self._weights64[bucket], minlength=len(segments)).tolist()
        counts = np.bincount(segment, minlength=len(segments)).tolist()
        bias = self.bias
        return [bias + total / math.sqrt(count) for total, count in zip(sums, counts, strict=True)]

    def to_bytes(self) -> bytes:
        """The model as a compressed .npz (float16 weights; no pickled objects)."""
        import numpy as np

        fz = self.featurizer
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            weights=np.frombuffer(self.weights.tobytes(), dtype=np.float32).astype(np.float16),
            bias=np.array(self.bias, dtype=np.float64),
            pinyin_table=np.array(fz.table, dtype=np.uint16),
            syllables=np.array(" ".join(fz.syllables[1:])),
            spec=np.array(json.dumps(asdict(fz.spec))),
            meta=np.array(json.dumps(self.meta, ensure_ascii=False, sort_keys=True)),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes, *, share: HashedFeaturizer | None = None) -> LinearModel:
        """Read a model file; reuse `share` (its tables take ~2 MB) when the file's spec and tables match it."""
        import numpy as np

        with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
            spec = FeatureSpec(**json.loads(str(npz["spec"])))
            syllables = ["", *str(npz["syllables"]).split(" ")]
            table = npz["pinyin_table"].tolist()
            if share is not None and share.spec == spec and share.syllables == syllables and share.table == table:
                featurizer = share
            else:
                featurizer = HashedFeaturizer(spec, syllables, table)
            weights = array("f", npz["weights"].astype("<f4").tobytes())
            return cls(featurizer, weights, float(npz["bias"]), json.loads(str(npz["meta"])))


def _as_f32_bytes(weights: Any) -> bytes:
    import numpy as np

    return np.ascontiguousarray(weights, dtype="<f4").tobytes()


@dataclass(frozen=True, slots=True)
class FitConfig:
    """Mini-batch Adam on the weighted mean log-loss + l2/2·|w|²; batches fixed by one seeded shuffle."""

    l2: float = 1e-6
    epochs: int = 8
    batch: int = 256
    lr: float = 0.02


def fit_logistic(
    rows: Sequence[set[int] | Sequence[int]],
    labels: Sequence[int],
    dim: int,
    *,
    sample_weight: Sequence[float] | None = None,
    config: FitConfig | None = None,
    seed: int = 0,
    init: tuple[Any, float] | None = None,
) -> tuple[Any, float]:
    """Train weights (float32 array of `dim`) and a bias; deterministic for a given seed and input."""
    import numpy as np

    config = config or FitConfig()
    n = len(rows)
    y = np.asarray(labels, dtype=np.float64)
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    sw = sw * (n / sw.sum())
    order = np.random.default_rng(seed).permutation(n)
    batches = []
    for start in range(0, n, config.batch):
        picked = order[start : start + config.batch]
        lists = [np.fromiter(rows[i], dtype=np.int64) for i in picked]
        lengths = np.array([len(x) for x in lists])
        indices = np.concatenate(lists)
        values = np.repeat(1.0 / np.sqrt(lengths), lengths)
        owner = np.repeat(np.arange(len(picked)), lengths)
        batches.append((indices, values, owner, y[picked], sw[picked]))
    w = np.zeros(dim) if init is None else np.asarray(init[0], dtype=np.float64).copy()
    b = 0.0 if init is None else float(init[1])
    m, v = np.zeros(dim), np.zeros(dim)
    mb = vb = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    steps = config.epochs * len(batches)
    rng = np.random.default_rng(seed + 1)
    t = 0
    for _epoch in range(config.epochs):
        for k in rng.permutation(len(batches)):
            indices, values, owner, yb, wb = batches[k]
            z = np.bincount(owner, weights=w[indices] * values, minlength=len(yb)) + b
            residual = (1.0 / (1.0 + np.exp(-np.clip(z, -35, 35))) - yb) * wb / len(yb)
            grad = np.bincount(indices, weights=residual[owner] * values, minlength=dim) + config.l2 * w
            grad_b = residual.sum()
            t += 1
            lr = config.lr * (1.0 - (t - 1) / steps)  # linear decay to 0
            m = beta1 * m + (1 - beta1) * grad
            v = beta2 * v + (1 - beta2) * grad * grad
            correction = math.sqrt(1 - beta2**t) / (1 - beta1**t)
            w -= lr * correction * m / (np.sqrt(v) + eps)
            mb = beta1 * mb + (1 - beta1) * grad_b
            vb = beta2 * vb + (1 - beta2) * grad_b * grad_b
            b -= lr * correction * mb / (math.sqrt(vb) + eps)
    return w.astype(np.float32), b
