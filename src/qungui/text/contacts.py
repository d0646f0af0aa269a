"""Contact ids in normalized text: mobile and landline numbers, QQ numbers, WeChat ids.

Works on the compact form, so 一三八 零零一三 八零零零, ①③⑧-⓪⓪①③-⑧⓪⓪⓪ and 1❤3❤8… are all
13800138000 here. Separators are gone from the compact form, so adjacent numbers run together
("电话 13800138000 2份" → "138001380002"); the original text still shows where the writer put
spaces, and a number is read as *groups* split at those places. A candidate is the longest run of
whole groups that forms a valid id (mobile first, then landline, hotline, QQ), so 138 0013 8000 is
one mobile number and "13800138000 2" is a mobile number and a stray digit.

This module only finds candidates; `contact_context.py` decides from the words around them whether
they are solicitation.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from qungui.text.normalize import NormalizedText

MAX_DIGITS = 14  # longest id with a country code (86 + 11, 0086 + …) the grouping considers
MAX_RUN = 64  # a longer unbroken run of digits is data (a hash, an id card list), not a contact
MAX_CANDIDATES = 32
ID_MARKS = frozenset("_-＿－")  # characters a WeChat id may contain, removed from the compact form
LATIN_CHANNELS = (
    *("telegram", "whatsapp", "wechat", "weixin", "koukou", "dianhua", "shouji", "line"),
    *("vx", "wx", "qq", "tel", "tg", "v", "q"),
)
LONGEST_CHANNEL = max(map(len, LATIN_CHANNELS))
# "line" glued to what follows is more often an English word (lineup2024) than the messenger: read only apart
GLUED_CHANNELS = tuple(p for p in LATIN_CHANNELS if len(p) > 1 and p not in ("qq", "koukou", "line"))


class Kind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    HOTLINE = "hotline"
    QQ = "qq"
    WECHAT = "wechat"


_PRIORITY = {Kind.MOBILE: 4, Kind.LANDLINE: 3, Kind.HOTLINE: 2, Kind.QQ: 1, Kind.WECHAT: 0}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One contact-shaped id: `start`/`end` in the compact form, `groups` as written."""

    kind: Kind
    value: str
    start: int
    end: int
    groups: int = 1  # how many pieces the writer split it into
    prefix: str = ""  # a Latin channel word glued in front ("vx", "qq"), if any
    legend: bool = False  # spelt in characters that a key in the message maps to digits (`_legend_candidates`)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    maybe = re.compile(r"[0-9]{5}|[a-z][a-z0-9]{5}")
    token = re.compile(r"[a-z0-9]{5,}")
    wechat = re.compile(r"[a-z][a-z0-9]{5,19}")
    return maybe, token, wechat


def classify_number(digits: str) -> Kind | None:
    """What a digit string can be as a contact id, or None."""
    n = len(digits)
    if n == 11 and digits[0] == "1" and digits[1] in "3456789":
        return Kind.MOBILE
    if n == 13 and digits.startswith("86") and digits[2] == "1" and digits[3] in "3456789":
        return Kind.MOBILE
    if n == 10 and digits[:3] in ("400", "800"):
        return Kind.HOTLINE
    if 10 <= n <= 12 and digits[0] == "0" and digits[1] != "0":
        return Kind.LANDLINE
    if 5 <= n <= 11 and digits[0] != "0":
        return Kind.QQ
    return None


# A substring of a run of digits that `classify_number` reads as a mobile, landline or hotline number.
_PHONE_INSIDE = re.compile(r"1[3-9][0-9]{9}|0[1-9][0-9]{8}|[48]00[0-9]{7}")
_DIGITS = re.compile(r"[0-9]+")


def find_candidates(norm: NormalizedText, *, phones_only: bool = False) -> list[Candidate]:
    """Every contact-shaped id in `norm` (at most MAX_CANDIDATES), in text order.

    `phones_only`: skip runs of digits in which no mobile, landline or hotline number fits (whatever
    groups the writer made, they hold QQ-shaped numbers at most), without reading their groups; the
    caller drops QQ numbers anyway. Only when fewer than MAX_CANDIDATES ids fit in the text at all, so
    the cap never picks different ones."""
    compact = norm.compact
    maybe, token_pattern, _ = _patterns()
    legend = _legend_candidates(compact) if LEGEND.search(compact) is not None else []
    if maybe.search(compact) is None and not (_SHORT_ID.search(compact) and _has_id_mark(norm.original)):
        return legend
    phones_only = phones_only and len(compact) < MAX_CANDIDATES * 5  # an id takes 5 characters at least
    found: list[Candidate] = []
    for match in token_pattern.finditer(compact):
        if phones_only and compact[match.start()].isdigit():
            digits = _DIGITS.match(compact, match.start())
            if digits is not None and _PHONE_INSIDE.search(digits.group()) is None:
                found.extend(_after_number(norm, digits.end(), match.end()))
                continue
        found.extend(_from_token(norm, match.start(), match.end()))
        if len(found) >= MAX_CANDIDATES:
            break
    if legend:
        found = sorted([*found, *legend], key=lambda c: c.start)
    return found[:MAX_CANDIDATES]


# A key that gives each digit a character ("瓶1布2兜3铃4巾5嘴6车7粉8袜9床0", "黑0棕1红2…白9"), then the number spelt
# in those characters ("电话：瓶粉嘴兜床车巾布袜铃瓶"): a cipher no filter of digits reads (session 27, set 103; sets 79
# and 84 had it too, every time an ad). At least eight Han characters, each with its own digit, alternating with them.
LEGEND = re.compile(r"(?:[\u4e00-\u9fff][0-9]){8,10}|(?:[0-9][\u4e00-\u9fff]){8,10}")
LEGEND_PHONES = (Kind.MOBILE, Kind.LANDLINE, Kind.HOTLINE)


def _legend_candidates(compact: str) -> list[Candidate]:
    """Phone numbers spelt in the characters of a key the message gives (`LEGEND`), outside the key itself."""
    out: list[Candidate] = []
    for key in LEGEND.finditer(compact):
        pairs = key.group()
        chars, digits = (pairs[0::2], pairs[1::2]) if pairs[1].isdigit() else (pairs[1::2], pairs[0::2])
        if len(set(chars)) != len(chars) or len(set(digits)) != len(digits):
            continue  # not a key: some character or digit twice ("a1b5c0…" is digits with letters between)
        table = dict(zip(chars, digits, strict=True))
        spelt = re.compile(f"[{re.escape(chars)}]{{10,13}}")
        for run in spelt.finditer(compact):
            if key.start() <= run.start() < key.end():
                continue
            value = "".join(table[ch] for ch in run.group())
            kind = classify_number(value)
            if kind in LEGEND_PHONES:
                out.append(Candidate(kind, value, run.start(), run.end(), legend=True))
    return out


def _from_token(norm: NormalizedText, a: int, b: int) -> list[Candidate]:
    """Candidates in one run of letters and digits: strip channel words and pinyin around the id."""
    compact = norm.compact
    if compact[a].isdigit():
        match = re.match(r"[0-9]+", compact[a:b])
        assert match is not None
        found = _numbers(norm, a, a + match.end(), "") if match.end() >= 5 else []
        return [*found, *_after_number(norm, a + match.end(), b)]
    pieces = _pieces(norm, a, b)
    prefix = ""
    while len(pieces) > 1 and _wordlike(compact[pieces[0][0] : pieces[0][1]], norm):
        word = compact[pieces[0][0] : pieces[0][1]]
        prefix = word if word in LATIN_CHANNELS else prefix
        pieces = pieces[1:]
    while len(pieces) > 1 and _wordlike(compact[pieces[-1][0] : pieces[-1][1]], norm):
        pieces = pieces[:-1]
    start, end = pieces[0][0], pieces[-1][1]
    core = compact[start:end]
    lead = re.match(r"([a-z]*)([0-9]{5,})$", core)
    if lead is not None:
        letters = lead.group(1)
        channel = next((p for p in LATIN_CHANNELS if letters.endswith(p)), "")
        if not letters or channel or norm.pinyin().is_pinyin(letters):
            digits_start = start + len(letters)
            numbers = _numbers(norm, digits_start, end, channel or prefix)
            if numbers:
                return numbers
    wechat = _patterns()[2].fullmatch(core)
    if wechat is None and not (_SHORT_ID.fullmatch(core) and _marks_inside(norm, start, end)):
        return []  # WeChat ids have 6-20 characters, "_" and "-" included: cw_301 is one, cw301 is not
    # A channel glued in front ("vx" in "vxabc123"): not a lone letter ("quotation", "vip2026" are words)
    # and not a QQ word (QQ ids are digits, taken above).
    glued = next((p for p in GLUED_CHANNELS if core.startswith(p) and len(core) - len(p) >= 6), "")
    return [Candidate(Kind.WECHAT, core, start, end, len(pieces), prefix or glued)]


def _after_number(norm: NormalizedText, rest: int, b: int) -> list[Candidate]:
    """Candidates in compact[rest:b], the letters after a token's leading number, when the writer separated them
    ("单程15，V❤：pinche_lh": a price, then an id of letters); none when they were glued ("305abc")."""
    if b - rest >= 5 and norm.gap_before(rest):
        return _from_token(norm, rest, b)
    return []


def _pieces(norm: NormalizedText, a: int, b: int) -> list[tuple[int, int]]:
    """compact[a:b] split where the writer put a separator.

    "_" and "-" belong inside WeChat ids (zan_555, fx-help2): pieces joined by them stay one piece,
    unless the left one is a channel word ("vx-abc123" is vx + abc123).
    """
    compact = norm.compact
    cuts = [a]
    for k in norm.gaps(a, b):
        left = cuts[-1]
        channel = k - left <= LONGEST_CHANNEL and compact[left:k] in LATIN_CHANNELS
        if not channel and _joined_by_id_mark(norm, k):
            continue
        cuts.append(k)
    cuts.append(b)
    return list(itertools.pairwise(cuts))


_SHORT_ID = re.compile(r"[a-z][a-z0-9]{4}")  # five letters and digits: an id only with a "_" or "-" inside


def _has_id_mark(text: str) -> bool:
    return any(mark in text for mark in ID_MARKS)


def _marks_inside(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether a "_" or "-" stands between compact[start] and compact[end - 1] in the original text."""
    a, b = norm.original_span(start, end)
    return _has_id_mark(norm.original[a:b])


def _joined_by_id_mark(norm: NormalizedText, k: int) -> bool:
    """Whether only "_" or "-" (any width) was removed between compact[k - 1] and compact[k]."""
    left = norm.original_span(k - 1, k)[1]
    right = norm.original_span(k, k + 1)[0]
    between = norm.original[left:right]
    return bool(between) and all(ch in ID_MARKS for ch in between)


def _wordlike(piece: str, norm: NormalizedText) -> bool:
    """A channel word or pinyin ("vx", "weixin", "jiawo") rather than an id."""
    if piece in LATIN_CHANNELS:
        return True
    return len(piece) >= 2 and piece.isalpha() and norm.pinyin().is_pinyin(piece)


def _numbers(norm: NormalizedText, a: int, b: int, prefix: str) -> list[Candidate]:
    """Ids made of whole groups of the digit run compact[a:b]."""
    if b - a > MAX_RUN:
        return []
    compact = norm.compact
    cuts = [a, *norm.gaps(a, b), b]
    groups = list(itertools.pairwise(cuts))
    out: list[Candidate] = []
    i = 0
    while i < len(groups):
        best: tuple[Kind, int] | None = None
        for j in range(i, len(groups)):
            digits = compact[groups[i][0] : groups[j][1]]
            if len(digits) > MAX_DIGITS:
                break
            kind = classify_number(digits)
            if kind is not None and (best is None or _PRIORITY[kind] >= _PRIORITY[best[0]]):
                best = (kind, j)
        if best is None:
            i += 1
            continue
        kind, j = best
        start, end = groups[i][0], groups[j][1]
        out.append(Candidate(kind, compact[start:end], start, end, j - i + 1, prefix))
        i = j + 1
    return out
