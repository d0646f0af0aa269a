"""COLD loading, normalization and training-time augmentation (pure Python; training only)."""

from __future__ import annotations

import csv
import random
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from qungui.models.features import Featurizer
from qungui.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Split:
    name: str
    texts: list[str]  # original text
    compact: list[str]  # normalize(text).compact, what the model sees
    labels: list[int]


def load_split(data_dir: Path, name: str) -> Split:
    if name == "test":
        raise ValueError("test.csv is for reporting only (benchmarks/bench_abuse.py), never for training")
    with open(data_dir / f"{name}.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [row["TEXT"] for row in rows]
    return Split(name, texts, [normalize(t).compact for t in texts], [int(row["label"]) for row in rows])


def read_tsv(path: Path) -> list[list[str]]:
    """label<TAB>text rows of a hand-written file (# comments and blank lines skipped)."""
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            row = line.split("\t", 1)
            if len(row) != 2 or row[0] not in ("0", "1"):
                raise SystemExit(f"{path}:{number}: expected label<TAB>text with label 0 or 1")
            rows.append(row)
    return rows


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class Augmenter:
    """Training-time cloaking of compact texts: a share of Han characters becomes a common homophone
    (same toneless pinyin in the model's own pinyin table) or its full pinyin. Separators and
    traditional forms need no augmentation: normalization undoes them before the model sees the text."""

    def __init__(
        self,
        featurizer: Featurizer,
        corpus: list[str],
        *,
        rate: float = 0.2,
        homophone_share: float = 0.7,
        min_count: int = 20,
        seed: int = 13,
    ) -> None:
        self.featurizer = featurizer
        self.rate = rate
        self.homophone_share = homophone_share
        self.seed = seed
        counts = Counter(ch for text in corpus for ch in text if is_han(ch))
        by_sound: dict[str, list[str]] = {}
        for ch in sorted(ch for ch, n in counts.items() if n >= min_count):
            syllable = featurizer.pinyin_of(ch)
            if syllable:
                by_sound.setdefault(syllable, []).append(ch)
        self.by_sound = by_sound

    def __call__(self, compact: str) -> str:
        rng = random.Random(self.seed * 1_000_003 + zlib.crc32(compact.encode("utf-8")))
        positions = [i for i, ch in enumerate(compact) if is_han(ch)]
        k = round(len(positions) * self.rate)
        if not k:
            return compact
        chars = list(compact)
        for i in rng.sample(positions, k):
            syllable = self.featurizer.pinyin_of(chars[i])
            others = [c for c in self.by_sound.get(syllable, []) if c != chars[i]]
            if others and rng.random() < self.homophone_share:
                chars[i] = rng.choice(others)
            elif syllable:
                chars[i] = syllable
        return "".join(chars)
