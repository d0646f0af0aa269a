"""Normalize chat text for matching while keeping offsets back to the original.

`Normalizer.normalize(text)` returns a `NormalizedText` whose `compact` form is what every
matcher reads: one `str.translate` applies the folding table (`charmap.py`: NFKC, width, case,
digit forms, decorative and look-alike letters, tone marks, emoji stand-ins, traditional →
simplified, separators and zero-width characters removed), then split characters are
recombined (弓虽 → 强) and numeral runs become digits (一三八… → 138…).

Offsets, the steps that changed each character and the sound key (`pinyin.py`) are computed
lazily: most messages match nothing and never need them. `compact_offsets[i]` is the index in
the original of the character that produced `compact[i]`; `original_span()` and `evidence()`
map a compact span back, so a finding can quote the original ("薇❤信 → 微信（同音字、去除分隔符）").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from qungui.text.charmap import FoldTable, fold_table, strongest
from qungui.text.numerals import convert_numerals, numeral_hint, numeral_pattern, sound_hint, sound_pattern
from qungui.text.pinyin import LATIN_RUN, PinyinTable, pinyin_table
from qungui.text.splitchars import recombine, split_pairs

STEP_LABELS = {
    "zero_width": "去除零宽字符",
    "separators": "去除分隔符",
    "fullwidth": "全角",
    "case": "大小写",
    "digits": "数字变体",
    "numerals": "中文数字",  # also digit homophones read out in a run ("腰伞巴" for 138)
    "fancy": "花式字符",
    "nfkc": "字形归一",  # earlier name of "fancy", kept for callers that look it up
    "width_case": "全角/大小写",  # earlier name of "fullwidth" + "case"
    "lookalike": "形近字母",
    "diacritics": "去除声调符号",
    "traditional": "繁体→简体",
    "emoji": "表情替代",
    "split_chars": "拆字合并",
    "homophone": "同音字",
    "pinyin": "拼音",
    "initials": "拼音首字母",
    "variant": "代称",
}
# Punctuation that ends a sentence: a match may not run across it unless every gap is stuffed.
SENTENCE_BREAKS = frozenset("。！？!?；;\n\r…")


class NormalizedText:
    """The compact matching form of one text, with lazy offsets, steps and sound key."""

    __slots__ = (
        "_breaks",
        "_latin",
        "_merged",
        "_normalizer",
        "_numerals",
        "_sound",
        "_spans",
        "cache",
        "compact",
        "original",
    )

    def __init__(
        self,
        original: str,
        compact: str,
        normalizer: Normalizer | None = None,
        *,
        merged: tuple[int, ...] = (),
        numerals: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.original = original
        self.compact = compact
        self._normalizer = normalizer
        self._merged = merged
        self._numerals = numerals
        self._spans: tuple[Sequence[int], Sequence[int]] | None = None
        self._sound: str | None = None
        self._breaks: bool | None = None
        self._latin: tuple[str, list[int]] | bool | None = False
        self.cache: dict[Any, Any] = {}  # per-text results of matchers shared by several detectors

    def __repr__(self) -> str:
        return f"NormalizedText({self.original[:40]!r} → {self.compact[:40]!r})"

    def parts(self) -> tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]:
        """(compact, merged, numerals): with the original text, what `Normalizer.restore` rebuilds it from."""
        return self.compact, self._merged, self._numerals

    # -- offsets ---------------------------------------------------------------------------------
    def _offsets(self) -> tuple[Sequence[int], Sequence[int]]:
        if self._spans is None:
            self._spans = _compute_spans(self)
        return self._spans

    @property
    def compact_offsets(self) -> tuple[int, ...]:
        """For every compact character, the index of the original character that produced it."""
        return tuple(self._offsets()[0])

    @property
    def compact_ends(self) -> tuple[int, ...]:
        """For every compact character, the end (exclusive) of what produced it in the original."""
        return tuple(self._offsets()[1])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `compact` back to the original text."""
        starts, ends = self._offsets()
        if not len(starts) or end <= start:
            return (0, 0)
        start = min(max(start, 0), len(starts) - 1)
        end = min(max(end, start + 1), len(starts))
        return (starts[start], ends[end - 1])

    def evidence(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]

    def gap_before(self, index: int) -> bool:
        """Whether something was removed between compact[index - 1] and compact[index] (or index is an edge)."""
        starts, ends = self._offsets()
        if index <= 0 or index >= len(starts):
            return True
        return starts[index] > ends[index - 1]

    def gaps(self, start: int, end: int) -> list[int]:
        """The indices k in (start, end) with `gap_before(k)`, in order (for 0 <= start)."""
        starts, ends = self._offsets()
        if isinstance(starts, range) and not self._merged:
            return [k for k in range(start + 1, end) if k >= len(starts)]  # nothing removed: no gaps
        n = len(starts)
        return [k for k in range(start + 1, end) if k >= n or starts[k] > ends[k - 1]]

    def crosses_sentence(self, start: int, end: int) -> bool:
        """Whether a compact span runs across sentence punctuation not used as stuffing between every character."""
        if end - start < 2:
            return False
        if self._breaks is None:
            self._breaks = not SENTENCE_BREAKS.isdisjoint(self.original)
        if not self._breaks:
            return False
        a, b = self.original_span(start, end)
        if SENTENCE_BREAKS.isdisjoint(self.original[a:b]):
            return False
        return not all(self.gap_before(k) for k in range(start + 1, end))

    # -- steps -----------------------------------------------------------------------------------
    def steps_in(self, start: int, end: int) -> set[str]:
        """The normalization steps that changed the original behind compact[start:end]."""
        steps: set[str] = set()
        if end <= start:
            return steps
        step_of = self._fold().step_of
        a, b = self.original_span(start, end)
        for ch in self.original[a:b]:
            step = step_of.get(ord(ch))
            if step is not None:
                steps.add(step)
        if any(s < end and start < e for s, e in self._numerals):
            steps.add("numerals")
        if self._merged and _merged_in(self, start, end):
            steps.add("split_chars")
        return steps

    @property
    def steps(self) -> frozenset[str]:
        """Every normalization step that changed this text."""
        step_of = self._fold().step_of
        steps = {s for s in map(step_of.get, map(ord, self.original)) if s is not None}
        if self._numerals:
            steps.add("numerals")
        if self._merged:
            steps.add("split_chars")
        return frozenset(steps)

    # -- sound and memo --------------------------------------------------------------------------
    @property
    def sound(self) -> str:
        """The sound key: every Han character of `compact` as the class of its toneless pinyin (same length)."""
        if self._sound is None:
            self._sound = self.pinyin().sound_key(self.compact)
        return self._sound

    def latin_sound(self) -> tuple[str, list[int]] | None:
        """The sound key with Latin pinyin as sound classes too, and the compact index of each position."""
        if self._latin is False:
            self._latin = (
                self.pinyin().latin_key(self.compact, self.gap_before, self.gaps)
                if LATIN_RUN.search(self.compact)
                else None
            )
        return self._latin  # type: ignore[return-value]

    def pinyin(self) -> PinyinTable:
        return self._normalizer.pinyin if self._normalizer is not None else pinyin_table()

    def compact_of(self, text: str) -> str:
        """The compact form of another text (a part of this one, say) under the same normalizer."""
        return (self._normalizer or default_normalizer()).compact(text)

    def memo(self, key: Any, build: Callable[[], Any]) -> Any:
        """`build()` once per text and key (matchers shared by several detectors scan once)."""
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = build()
        return found

    def _fold(self) -> FoldTable:
        return self._normalizer.fold if self._normalizer is not None else fold_table()


def _merged_in(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether a compact span contains a recombined character (positions shift by one per merge)."""
    return any(start <= position - shift < end for shift, position in enumerate(norm._merged))


_PLUS_ONE = (1).__add__


def _compute_spans(norm: NormalizedText) -> tuple[Sequence[int], Sequence[int]]:
    original = norm.original
    fold = norm._fold()
    n = len(original)
    if len(norm.compact) + len(norm._merged) == n and fold.not_unit.isdisjoint(original):
        starts: Sequence[int] = range(n)
        ends: Sequence[int] = range(1, n + 1)
    elif norm._normalizer is not None and (found := norm._normalizer.unit_starts(original)) is not None:
        starts = found
        ends = list(map(_PLUS_ONE, found))
    else:
        table = fold.table
        start_list: list[int] = []
        for index, ch in enumerate(original):
            out = table.get(ord(ch))
            if out is None:
                start_list.append(index)
            elif out:
                start_list.extend([index] * len(out))
        starts = start_list
        ends = [s + 1 for s in start_list]
    if norm._merged:
        start_list, end_list = list(starts), list(ends)
        for position in reversed(norm._merged):
            end_list[position] = end_list[position + 1]
            del start_list[position + 1], end_list[position + 1]
        starts, ends = start_list, end_list
    return starts, ends


class Normalizer:
    """Holds the folding table, split-character pairs and pinyin table; build once, reuse."""

    def __init__(
        self,
        fold: FoldTable | None = None,
        pairs: dict[str, str] | None = None,
        pinyin: PinyinTable | None = None,
    ) -> None:
        self.fold = fold or fold_table()
        self._table = self.fold.table
        self._pairs = pairs if pairs is not None else split_pairs()
        self._firsts = frozenset(pair[0] for pair in self._pairs)
        seconds = "".join(sorted({pair[1] for pair in self._pairs}))
        self._maybe_split = re.compile(f"[{re.escape(''.join(sorted(self._firsts)))}][{re.escape(seconds)}]")
        self._numerals = numeral_pattern()
        self._numeral_hint = numeral_hint()
        self._sound_hint = sound_hint()
        self._sounds = sound_pattern()
        self._traditional = re.compile(f"[{re.escape(''.join(sorted(self.fold.traditional)))}]")
        self._pinyin = pinyin
        self._t2s: Any = None
        self._unit: tuple[dict[int, str], re.Pattern[str] | None, str] | None = None

    def unit_starts(self, text: str) -> list[int] | None:
        """The index of every character of `text` the folding table keeps (maps to one character), in
        order; None when some character maps to several (the caller walks the text then).

        One `str.translate` marks each removed character with one removed character R and each expanding
        one with one expanding character X (R and X mark themselves), so the common case costs no Python
        loop per character: removed characters come in few runs."""
        if self._unit is None:
            removed = [cp for cp, out in self._table.items() if out == ""]
            several = [cp for cp, out in self._table.items() if len(out) > 1]
            mark_removed = chr(min(removed)) if removed else ""
            mark_several = chr(min(several)) if several else ""
            marks = dict.fromkeys(removed, mark_removed) | dict.fromkeys(several, mark_several)
            runs = re.compile(re.escape(mark_removed) + "+") if removed else None
            self._unit = (marks, runs, mark_several)
        marks, runs, mark_several = self._unit
        marked = text.translate(marks)
        if mark_several and mark_several in marked:
            return None
        if runs is None:
            return list(range(len(text)))
        starts: list[int] = []
        previous = 0
        for run in runs.finditer(marked):
            starts.extend(range(previous, run.start()))
            previous = run.end()
        starts.extend(range(previous, len(text)))
        return starts

    @property
    def pinyin(self) -> PinyinTable:
        if self._pinyin is None:
            self._pinyin = pinyin_table()
        return self._pinyin

    def normalize(self, text: str) -> NormalizedText:
        """The compact matching form of `text`."""
        compact = text.translate(self._table)
        if self._traditional.search(text) is not None:
            compact = self._phrases(text, compact)
        merged: tuple[int, ...] = ()
        numerals: tuple[tuple[int, int], ...] = ()
        if self._pairs and self._maybe_split.search(compact) is not None:
            compact, merged = recombine(compact, self._pairs, self._firsts)
        if (self._numeral_hint.search(compact) is not None and self._numerals.search(compact) is not None) or (
            self._sound_hint.search(compact) is not None and self._sounds.search(compact) is not None
        ):
            compact, numerals = convert_numerals(compact)
        return NormalizedText(text, compact, self, merged=merged, numerals=numerals)

    def _phrases(self, text: str, compact: str) -> str:
        """Traditional text converted by phrase (諮詢 → 咨询, not 谘询), when that keeps the length."""
        if self._t2s is None:
            import opencc

            self._t2s = opencc.OpenCC("t2s")
        try:
            converted = self._t2s.convert(text.translate(self.fold.without_t2s))
        except UnicodeEncodeError:  # lone surrogates: OpenCC takes UTF-8; keep the character-level result
            return compact
        return converted if len(converted) == len(compact) else compact

    def restore(
        self, text: str, compact: str, merged: tuple[int, ...], numerals: tuple[tuple[int, int], ...]
    ) -> NormalizedText:
        """The `normalize(text)` whose `parts()` are given (e.g. computed in another process)."""
        return NormalizedText(text, compact, self, merged=merged, numerals=numerals)

    def compact(self, text: str) -> str:
        """Only the compact form (for terms and allowlists)."""
        return self.normalize(text).compact


@lru_cache(maxsize=1)
def default_normalizer() -> Normalizer:
    """The process-wide normalizer with the shipped tables (built on first use)."""
    return Normalizer()


def normalize(text: str) -> NormalizedText:
    """Return the compact matching form of `text` with lazy offsets and steps."""
    return default_normalizer().normalize(text)


def labels(steps: set[str] | frozenset[str]) -> str:
    """'同音字、去除分隔符' for a set of step names, most telling first."""
    ordered = [s for s in _LABEL_ORDER if s in steps] + strongest({s for s in steps if s not in _LABEL_ORDER})
    return "、".join(STEP_LABELS.get(s, s) for s in ordered)


_LABEL_ORDER = (
    "homophone",
    "pinyin",
    "initials",
    "variant",
    "split_chars",
    "emoji",
    "numerals",
    "digits",
    "fancy",
    "lookalike",
    "traditional",
    "diacritics",
    "fullwidth",
    "case",
    "zero_width",
    "separators",
)


def reveal(evidence: str, term: str, steps: set[str] | frozenset[str]) -> str:
    """'薇❤信 → 微信（同音字、去除分隔符）'; empty when the original already was the term."""
    if evidence == term or not steps:
        return ""
    return f"{evidence} → {term}（{labels(steps)}）"


def describe_reveal(norm: NormalizedText, start: int, end: int, term: str) -> str:
    """Say how a match in the compact form differs from the original, e.g. '加 微 信 → 加微信（去除分隔符）'."""
    return reveal(norm.evidence(start, end), term, norm.steps_in(start, end))
