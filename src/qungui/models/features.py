"""Hashed character and pinyin n-gram features, in pure Python (no numpy at run time).

The same code featurizes the training data and the messages at run time, so both sides see
exactly the same buckets. Input is the *compact* form from `qungui.text.normalize` (NFKC,
case-folded, traditional → simplified, separators and zero-width characters removed).

Feature families (each hashed with a one-letter tag into one shared space of 2**k buckets):

- ``c``: character n-grams of the compact text (char_min ≤ n ≤ char_max), padded with start/end marks;
- ``p``: n-grams over a pinyin token stream: every Han character becomes its toneless pinyin
  (one reading, frozen in the model file), a run of Latin letters that splits fully into pinyin
  syllables becomes those syllables ("shabi" → sha bi; "nmsl" does not split and stays one token),
  anything else is kept as is.
  Homophone substitutions (傻 → 沙) and romanised words therefore map to the same pinyin grams.

Hashing uses `zlib.crc32` (stable across processes and Python versions, unlike `hash()`).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

HAN_FIRST = 0x4E00
HAN_LAST = 0x9FFF
START, END = "\x02", "\x03"
MAX_SYLLABLE = 6  # longest toneless pinyin syllable ("zhuang", "shuang")
LATIN_RUN = re.compile("[a-z]+")


def toneless(reading: str) -> str:
    """'lǜ' → 'lv', 'gàn' → 'gan'."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v").replace("ü", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def build_pinyin_table() -> tuple[list[str], list[int]]:
    """Syllables and, per code point in U+4E00–U+9FFF, the index of its first reading (0 = none).

    Training-time helper: it imports pypinyin; run time reads the frozen table from the model file.
    """
    from pypinyin.pinyin_dict import pinyin_dict

    syllables = [""]
    index: dict[str, int] = {"": 0}
    table = []
    for cp in range(HAN_FIRST, HAN_LAST + 1):
        reading = pinyin_dict.get(cp, "")
        syllable = toneless(reading.split(",")[0]) if reading else ""
        if syllable not in index:
            index[syllable] = len(syllables)
            syllables.append(syllable)
        table.append(index[syllable])
    return syllables, table


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """What the featurizer extracts; stored in the model card and rebuilt from it at load time."""

    buckets_log2: int = 20
    char_min: int = 1
    char_max: int = 3
    pinyin_min: int = 1
    pinyin_max: int = 2
    pad: bool = True

    def as_dict(self) -> dict[str, int | bool]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


class Featurizer:
    """Turns a compact text into hashed n-gram buckets: `counts(compact)` or `buckets(compact)`."""

    def __init__(self, config: FeatureConfig, syllables: Sequence[str], table: Sequence[int]) -> None:
        self.config = config
        self.mask = (1 << config.buckets_log2) - 1
        self._syllables = list(syllables)
        self._table = table
        self._syllable_set = frozenset(s for s in self._syllables if s)
        self._syllable_of = {chr(HAN_FIRST + i): self._syllables[k] for i, k in enumerate(table) if k}

    @property
    def syllables(self) -> list[str]:
        """Toneless syllables; index 0 is "no reading"."""
        return self._syllables

    @property
    def table(self) -> Sequence[int]:
        """Per code point U+4E00–U+9FFF, the index of its syllable (0: none)."""
        return self._table

    def pinyin_of(self, ch: str) -> str:
        cp = ord(ch)
        if HAN_FIRST <= cp <= HAN_LAST:
            return self._syllables[self._table[cp - HAN_FIRST]]
        return ""

    def split_pinyin(self, run: str) -> list[str] | None:
        """Split a Latin run fully into pinyin syllables (dynamic programming), or None when it cannot be."""
        n = len(run)
        if n > 64:
            return None
        best: list[int | None] = [None] * (n + 1)  # best[i]: start of the last syllable ending at i
        best[0] = 0
        for i in range(n):
            if best[i] is None:
                continue
            for j in range(min(n, i + MAX_SYLLABLE), i, -1):
                if best[j] is None and run[i:j] in self._syllable_set:
                    best[j] = i
        if best[n] is None or n == 0:
            return None
        out: list[str] = []
        end = n
        while end > 0:
            start = best[end]
            assert start is not None
            out.append(run[start:end])
            end = start
        out.reverse()
        return out

    def pinyin_tokens(self, compact: str) -> list[str]:
        get = self._syllable_of.get
        if not LATIN_RUN.search(compact):
            return list(map(get, compact, compact))
        tokens: list[str] = []
        pos = 0
        for match in LATIN_RUN.finditer(compact):
            before = compact[pos : match.start()]
            tokens += map(get, before, before)
            word = match.group()
            tokens += self.split_pinyin(word) or [word]
            pos = match.end()
        rest = compact[pos:]
        tokens += map(get, rest, rest)
        return tokens

    def grams(self, compact: str) -> list[list[int]]:
        """Bucket numbers of every n-gram, one list per (family, order). The CRC of a gram is computed
        from the CRC of its prefix (crc32(b, crc32(a)) == crc32(a + b)), with `map`, so loops run in C."""
        cfg = self.config
        out: list[list[int]] = []
        text = f"{START}{compact}{END}" if cfg.pad else compact
        chars = [ch.encode() for ch in text]
        self._add_grams(out, chars, chars, zlib.crc32(b"c"), cfg.char_min, cfg.char_max)
        if cfg.pinyin_max >= cfg.pinyin_min > 0:
            tokens = self.pinyin_tokens(compact)
            if cfg.pad:
                tokens = [START, *tokens, END]
            first = [t.encode() for t in tokens]
            joined = [b" " + t for t in first]
            self._add_grams(out, first, joined, zlib.crc32(b"p"), cfg.pinyin_min, cfg.pinyin_max)
        return out

    def _add_grams(self, out: list[list[int]], first: list[bytes], joined: list[bytes], seed: int, lo: int, hi: int):
        """The n-grams (lo <= n <= hi) of a token list; `joined[i]` is token i with its joiner."""
        crc = zlib.crc32
        hashes = list(map(crc, first, repeat(seed, len(first))))
        for size in range(1, hi + 1):
            if size > 1:
                hashes = list(map(crc, joined[size - 1 :], hashes))
            if not hashes:
                break
            if size >= lo:
                out.append(list(map(self.mask.__and__, hashes)))

    def counts(self, compact: str) -> dict[int, int]:
        """{bucket: number of grams hashed there}."""
        out: Counter[int] = Counter()
        for hashes in self.grams(compact):
            out.update(hashes)
        return out

    def buckets(self, compact: str) -> set[int]:
        """The distinct buckets present (what a presence model needs; cheaper than `counts`)."""
        return set().union(*self.grams(compact))
