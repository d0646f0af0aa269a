"""Quoted words: what a member cites ("文案里“全网最低”要删", 那条"加v详聊"是骗子) is not what they say.

A member who quotes an ad to warn others, or a slogan to ask for it to be removed, writes the bait
between quotation marks. `quoted_spans` finds those spans in the original text; `in_quotes` says
whether a compact-form span of a `NormalizedText` lies wholly inside one. Pairs are read left to
right: “…”, ‘…’, 「…」, 『…』, and straight quotes taken two at a time ("…", '…' only when the
apostrophe is not inside a Latin word such as don't). An opening mark with no closing one quotes
nothing, so a stray mark never hides the rest of a message; a message that is all quote (nothing
outside the marks but punctuation) cites nobody, so it has no quoted span either.
"""

from __future__ import annotations

from qungui.text.normalize import NormalizedText

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂", '"': '"', "'": "'"}
MAX_QUOTE_CHARS = 200  # a longer "quote" is more likely a stray mark than a citation


def quoted_spans(original: str) -> list[tuple[int, int]]:
    """[start, end) of each quoted passage in `original`, marks excluded, in order, never nested."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(original)
    while i < n:
        mark = original[i]
        close = PAIRS.get(mark)
        if close is None or (mark == "'" and _inside_word(original, i)):
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= MAX_QUOTE_CHARS:
            if original[j] == close and not (close == "'" and _inside_word(original, j)):
                break
            j += 1
        if j < n and original[j] == close and j - i <= MAX_QUOTE_CHARS:
            if j > i + 1:
                spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1  # unmatched: not a quotation
    if spans and not _words_outside(original, spans):
        return []
    return spans


def _words_outside(original: str, spans: list[tuple[int, int]]) -> bool:
    """Whether at least two letters, digits or Han characters stand outside the quoted passages."""
    count, at = 0, 0
    for start, end in [*spans, (len(original) + 1, 0)]:
        count += sum(ch.isalnum() for ch in original[at : max(at, start - 1)])
        if count >= 2:
            return True
        at = end + 1
    return False


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalpha() and text[i + 1].isalpha()


def in_quotes(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether compact[start:end] of `norm` comes wholly from inside one quoted passage (memoized per text)."""
    spans = norm.memo(in_quotes, lambda: quoted_spans(norm.original))
    if not spans:
        return False
    a, b = norm.original_span(start, end)
    return any(s <= a and b <= e for s, e in spans)
