"""Toneless pinyin for matching by sound, from the table in `data/pinyin.tsv` (no pypinyin at run time).

Every toneless syllable gets one private-use code point, its *sound class*. The sound key of a
compact text replaces each Han character by the class of its first reading (微, 薇, 威 → the class
of "wei"), one character for one, so sound-key offsets are compact offsets and a match can never
straddle syllables. Latin pinyin in the text ("jia wo weixin", "wei信") is turned into classes
syllable by syllable (`latin_key`), which does move offsets and so returns its own index map.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

MAX_SYLLABLE = 6  # zhuang, shuang
MAX_SEGMENT_RUN = 64
MAX_READING_COMBINATIONS = 8
SEGMENT_MEMO = 65_536  # Latin runs whose segmentation is remembered (cleared when full)
_MISSING = object()
CLASS_BASE = 0xE000  # private use area; the normalizer deletes private-use characters from text
LATIN_RUN = re.compile(r"[a-z]{2,}")
# Channel words glued to pinyin ("jiawoqq", "siwovx") end a pinyin stretch.
_LATIN_PART = re.compile(r"qq|vx|wx|[a-z]+?(?=qq|vx|wx|$)")


@dataclass(frozen=True, slots=True)
class PinyinTable:
    """Readings per Han character and the sound classes built from them."""

    classes: dict[int, str]  # Han code point → sound class of its first reading (for str.translate)
    readings: dict[str, tuple[str, ...]]  # heteronyms only: every toned reading, first one first
    first: dict[str, str]  # character → toned first reading ("wei1")
    class_of: dict[str, str]  # toneless syllable → its sound class
    # `segment` results: the same runs ("wx", "http", "com" …) come back in message after message
    _segments: dict[str, tuple[int, ...] | None] = field(default_factory=dict, compare=False, repr=False)

    def toned(self, ch: str) -> tuple[str, ...]:
        """Every toned reading of `ch` ('行' → ('xing2', 'hang2', …)); empty for non-Han."""
        found = self.readings.get(ch)
        if found is not None:
            return found
        first = self.first.get(ch)
        return (first,) if first else ()

    def sound_key(self, compact: str) -> str:
        """`compact` with every Han character replaced by its sound class (same length)."""
        return compact.translate(self.classes)

    def term_keys(self, form: str, *, first_only: bool = False) -> list[str]:
        """Sound keys of a term for combinations of its characters' readings (at most 8)."""
        options = []
        for ch in form:
            readings = self.toned(ch)[:1] if first_only else self.toned(ch)
            classes = [self.class_of[r[:-1]] for r in readings if r[:-1] in self.class_of]
            options.append(list(dict.fromkeys(classes)) or [ch])
        combos = itertools.islice(itertools.product(*options), MAX_READING_COMBINATIONS)
        return list(dict.fromkeys("".join(combo) for combo in combos))

    def segment(self, run: str) -> list[int] | None:
        """Syllable cuts of the pinyin stretch in a Latin run ('addweixin' → [3, 6, 9]), or None.

        The whole run when it splits into syllables, else its longest suffix or prefix that does
        (longest syllable first, with backtracking).
        """
        n = len(run)
        if n < 2 or n > MAX_SEGMENT_RUN:
            return None
        memo = self._segments
        found = memo.get(run, _MISSING)
        if found is not _MISSING:
            return list(found) if found is not None else None  # type: ignore[arg-type]
        cuts = self._segment(run)
        if len(memo) >= SEGMENT_MEMO:
            memo.clear()
        memo[run] = tuple(cuts) if cuts is not None else None
        return cuts

    def _segment(self, run: str) -> list[int] | None:
        n = len(run)
        nxt: list[int | None] = [None] * (n + 1)  # nxt[i]: end of the first syllable of run[i:]
        nxt[n] = n
        for i in range(n - 1, -1, -1):
            for j in range(min(n, i + MAX_SYLLABLE), i, -1):
                if nxt[j] is not None and run[i:j] in self.class_of:
                    nxt[i] = j
                    break
        suffix = next((i for i in range(n) if nxt[i] is not None), n)
        prefix = self._prefix_cuts(run) if suffix > 0 else []
        if suffix < n and (n - suffix >= (prefix[-1] if prefix else 0)):
            cuts = [suffix]
            while cuts[-1] < n:
                step = nxt[cuts[-1]]
                assert step is not None
                cuts.append(step)
            return cuts
        return prefix if len(prefix) > 1 else None

    def _prefix_cuts(self, run: str) -> list[int]:
        """Cuts of the longest prefix of `run` that splits into syllables ([0] when none)."""
        n = len(run)
        back: list[int | None] = [None] * (n + 1)
        back[0] = 0
        for i in range(n):
            if back[i] is None:
                continue
            for j in range(min(n, i + MAX_SYLLABLE), i, -1):
                if back[j] is None and run[i:j] in self.class_of:
                    back[j] = i
        end = max(j for j in range(n + 1) if back[j] is not None)
        cuts = [end]
        while cuts[-1] > 0:
            previous = back[cuts[-1]]
            assert previous is not None
            cuts.append(previous)
        return cuts[::-1]

    def is_pinyin(self, run: str) -> bool:
        cuts = self.segment(run)
        return cuts is not None and cuts[0] == 0 and cuts[-1] == len(run)

    def latin_key(
        self,
        compact: str,
        gap_before: Callable[[int], bool],
        gaps: Callable[[int, int], list[int]] | None = None,
    ) -> tuple[str, list[int]] | None:
        """The sound key with Latin pinyin turned into classes too, and each key position's compact index.

        Latin runs are read in parts: channel words (qq, vx, wx) end a part, and a run that is not
        pinyin as a whole is cut where the writer put separators. None when no part has pinyin.
        `gaps(a, b)`, when given: the k in (a, b) with `gap_before(k)`, all at once.
        """
        spans: list[list[int]] = []
        for run in LATIN_RUN.finditer(compact):
            for part in _LATIN_PART.finditer(run.group(0)):
                a, b = run.start() + part.start(), run.start() + part.end()
                if b - a < 2:
                    continue
                if self.is_pinyin(compact[a:b]):
                    spans.append(self._absolute(compact, a, b))
                    continue
                inner = gaps(a, b) if gaps is not None else [k for k in range(a + 1, b) if gap_before(k)]
                cuts = [a, *inner, b]
                for x, y in itertools.pairwise(cuts):
                    spans.append(self._absolute(compact, x, y))
        spans = [s for s in spans if len(s) > 1]
        if not spans:
            return None
        pieces: list[str] = []
        index: list[int] = []
        last = 0
        for cuts in spans:
            pieces.append(compact[last : cuts[0]].translate(self.classes))
            index.extend(range(last, cuts[0]))
            for a, b in itertools.pairwise(cuts):
                pieces.append(self.class_of[compact[a:b]])
                index.append(a)
            last = cuts[-1]
        pieces.append(compact[last:].translate(self.classes))
        index.extend(range(last, len(compact)))
        index.append(len(compact))
        return "".join(pieces), index

    def _absolute(self, compact: str, a: int, b: int) -> list[int]:
        cuts = self.segment(compact[a:b]) if b - a >= 2 else None
        return [a + c for c in cuts] if cuts else []


@lru_cache(maxsize=1)
def pinyin_table() -> PinyinTable:
    """Load the shipped reading table once per process."""
    folder = resources.files("qungui.text").joinpath("data")
    first: dict[str, str] = {}
    for line in folder.joinpath("pinyin.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            reading, chars = line.split("\t")
            first.update(dict.fromkeys(chars, reading))
    readings: dict[str, tuple[str, ...]] = {}
    for line in folder.joinpath("pinyin_alt.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, others = line.split("\t")
            if ch in first:
                readings[ch] = (first[ch], *others.split())
    syllables = sorted({r[:-1] for r in first.values()} | {r[:-1] for rs in readings.values() for r in rs})
    syllables = [s for s in syllables if any(v in s for v in "aeiouv")]  # not m, n, ng, hm
    class_of = {s: chr(CLASS_BASE + i) for i, s in enumerate(syllables)}
    classes = {ord(ch): class_of[r[:-1]] for ch, r in first.items() if r[:-1] in class_of}
    return PinyinTable(classes, readings, first, class_of)
