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

import re

from qungui.text.normalize import NormalizedText

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂", '"': '"', "'": "'"}
MAX_QUOTE_CHARS = 200  # a longer "quote" is more likely a stray mark than a citation
MIN_CITED_CHARS = 4  # a shorter quote is emphasis ("“零”押金") more often than a citation
# Words outside the marks that say the quote is someone else's text: who said or sent it, where it is written.
CITING = re.compile(
    r"说|问|私信|发来|发的|发了|收到|看到|写|文案|海报|广告语|标语|宣传语|这句|那句|这条|那条|这段|那段|"
    r"印在|贴在|改成|删|所谓|号称|声称|什么|骗|"
    r"群里发|谁再发|别发|不要发|禁止发|不准发"  # what members may not post: "谁再往群里发“…”直接移出"
    r"|又来了|这种|三无"  # an ad quoted to judge it: "又来了，“专柜同款，工厂直供”，这种面霜八成是三无产品" (set 75)
    r"|喊|吆喝|标榜|打着"  # what sellers cry: "直播间喊“自家果园现摘”的，很多是从批发市场拿的货" (session 27, set 106)
)
# What someone sent in a private chat, the quote right after it: "群里私聊我“茅台原箱出，一千五一瓶”的，一看就是假酒"
# (session 27, set 107): on the hold-out sets 1-108 and the training lines in 4 ordinary lines and no ad; not
# "要的私聊我" at a clause's end, a call. Read in the text as written.
PRIVATE_QUOTE = re.compile(r"私聊我?\s*[“\"「『‘']")

# A passage right after these words is a name the member gives, not someone else's text: a shop or an account to
# search or follow (大众点评搜“睫语美学”), a password to say at the door (进门说暗号“老街坊”).
NAMED_BEFORE = re.compile(r"(?:搜(?:索|一下)?|[他她我]的(?:号|账号|店)|店名|关注[^\W\d]{0,4}|暗号|口令)\s*$")


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
    return sum(ch.isalnum() for part in _outside(original, spans) for ch in part) >= 2


def _outside(original: str, spans: list[tuple[int, int]]) -> list[str]:
    """The pieces of `original` around `spans` (quoted passages in order), their quotation marks left out."""
    parts, at = [], 0
    for start, end in spans:
        parts.append(original[at : start - 1])
        at = end + 1
    parts.append(original[at:])
    return parts


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalpha() and text[i + 1].isalpha()


# Someone else's words reported without quotation marks: a third person said them ("他说加他微信能便宜，我没加").
REPORTED_BY = re.compile(
    r"(?:(?<!其)[他她]|人家|对方|老板|卖家|店家|商家|客服|骗子|那人|那个人|中介)(?:跟我|和我|对我)?说(?!明)[^\W\d]{0,3}$"
)


def reported(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether compact[start:end] of `norm`, a call to add someone, is reported as a third person's words: right
    after "他说" (她说, 对方说, 卖家说 …) and not a call to add the speaker ("他说了，加我…" is the speaker's own)."""
    if "我" in norm.compact[start:end]:
        return False
    return REPORTED_BY.search(norm.compact, max(0, start - 10), start) is not None


def in_quotes(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether compact[start:end] of `norm` comes wholly from inside one quoted passage (memoized per text)."""
    return spans_of(norm) != [] and original_in_quotes(norm, *norm.original_span(start, end))


def original_in_quotes(norm: NormalizedText, a: int, b: int) -> bool:
    """Whether original[a:b] of `norm` lies wholly inside one quoted passage."""
    return any(s <= a and b <= e for s, e in spans_of(norm))


def spans_of(norm: NormalizedText) -> list[tuple[int, int]]:
    """`quoted_spans` of the message's original text, memoized on it."""
    return norm.memo(quoted_spans, lambda: quoted_spans(norm.original))


def without_citations(norm: NormalizedText) -> str | None:
    """`norm`'s original text with its cited passages blanked out ("文案里“全场最低价，加微信领券”要删" →
    "文案里，要删"), or None when it cites nothing: no quoted passage of at least 4 characters, or no citing word
    (说, 私信, 文案, 海报, 这句 …, in either script) outside the marks. A classifier reads the member's own words,
    not the ad they quote; a name the member gives to search, follow or say (`NAMED_BEFORE`) stays. The quoted
    passages are the ones `in_quotes` reads (memoized on the text)."""
    original = norm.original
    spans = [
        (a, b)
        for a, b in spans_of(norm)
        if b - a >= MIN_CITED_CHARS and NAMED_BEFORE.search(original, max(0, a - 12), a - 1) is None
    ]
    if not spans:
        return None
    parts = _outside(norm.original, spans)
    outside = "".join(parts)
    if (
        CITING.search(outside) is None
        and CITING.search(norm.compact_of(outside)) is None
        and PRIVATE_QUOTE.search(original) is None
    ):
        return None  # the compact form reads citing words written in traditional script (刪, 說) too
    return "，".join(parts)
