"""Normalize chat text for matching while keeping offsets back to the original.

`normalize(text)` returns a `NormalizedText` whose `compact` form has NFKC applied, letters
case-folded, traditional characters converted to simplified, and zero-width characters and
separators between characters removed. `compact_offsets[i]` is the index in the original text of
the character that produced `compact[i]`, so a match can be shown as evidence in the original.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f")
# Characters that spammers put between the characters of a word; removed in the compact form.
SEPARATORS = frozenset(
    " \t\r\n\u3000_-—–~·・.。,，、;；:：!！?？'\"“”‘’`|/\\*+=#^()（）[]【】{}<>《》「」『』…"
    "❤♥♡❥★☆✦✧✩✪✫✬✭✮✯✰♪♫♬◆◇■□●○◎▲△▼▽→←↑↓✔✓✘✗☞☜"
)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    compact: str
    compact_offsets: tuple[int, ...]
    steps: frozenset[str] = field(default_factory=frozenset)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `compact` back to the original text."""
        if not self.compact_offsets:
            return (0, 0)
        first = self.compact_offsets[start]
        last = self.compact_offsets[end - 1]
        return (first, last + 1)

    def evidence(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).casefold()
    return folded


def normalize(text: str) -> NormalizedText:
    """Return the compact matching form of `text` with offsets and the steps that changed it."""
    steps: set[str] = set()
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            steps.add("zero_width")
            continue
        if ch in SEPARATORS:
            steps.add("separators")
            continue
        folded = _fold_char(ch) if not ("\u4e00" <= ch <= "\u9fff" or "a" <= ch <= "z" or "0" <= ch <= "9") else ch
        if folded != ch:
            steps.add("width_case" if ch.isascii() or folded.isascii() else "nfkc")
        for out in folded:
            if out in SEPARATORS or out in ZERO_WIDTH:
                continue
            chars.append(out)
            offsets.append(index)
    compact = "".join(chars)
    if any("\u4e00" <= c <= "\u9fff" for c in compact):
        simplified = _t2s().convert(compact)
        if simplified != compact and len(simplified) == len(compact):
            steps.add("traditional")
            compact = simplified
    return NormalizedText(text, compact, tuple(offsets), frozenset(steps))


STEP_LABELS = {
    "zero_width": "去除零宽字符",
    "separators": "去除分隔符",
    "width_case": "全角/大小写",
    "nfkc": "字形归一",
    "traditional": "繁体→简体",
}


def describe_reveal(norm: NormalizedText, start: int, end: int, term: str) -> str:
    """Say how a match in the compact form differs from the original, e.g. '加 微 信 → 加微信'."""
    evidence = norm.evidence(start, end)
    if evidence == term:
        return ""
    return f"{evidence} → {term}"
