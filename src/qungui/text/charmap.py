"""The per-character folding table behind `Normalizer`: one `str.translate` does most of the work.

Every code point that matching should see differently maps to its replacement ("" deletes it),
and to the step that explains the change (for evidence: "𝐇 → h（花式字符）"):

- separators: whitespace, punctuation, symbols, private-use characters (the sound classes of
  `pinyin.py` live there) and emoji without a stand-in are deleted;
- zero_width: format characters (ZWSP, ZWJ, BOM…), variation selectors, combining marks;
- fullwidth, case: full-width ASCII (１３８, ａｂｃ) and upper case;
- digits: ①③⑧, ⑴, ❶, ¹, ₁, 𝟏 … become ASCII digits;
- fancy: maths alphabets, circled and squared letters (NFKC), other compatibility forms;
- lookalike: Cyrillic/Greek letters, small capitals, currency signs and negative squared
  letters that stand in for Latin letters (C₳D → cad);
- diacritics: tone marks and accents on Latin letters (bànzhèng → banzheng, ü → v);
- traditional: traditional → simplified, character by character (OpenCC t2s);
- emoji: emoji stand-ins from `data/standins.tsv` (🐧 → qq, ✌ → v).

Built once per process by `fold_table()` (an lru_cache'd pure builder).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Ranges scanned for compatibility forms, punctuation, symbols and emoji. CJK ideographs are
# scanned separately for traditional forms.
_SCAN = (
    (0x0000, 0x33FF),
    (0xA4D0, 0xA4FF),
    (0xA640, 0xA69F),
    (0xA700, 0xA7FF),
    (0xE000, 0xF8FF),
    (0xFB00, 0xFFFF),
    (0x10190, 0x101CF),
    (0x1D400, 0x1D7FF),
    (0x1F000, 0x1FAFF),
    (0x2F800, 0x2FA1F),
    (0xE0000, 0xE01EF),
)
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_DELETE_CATEGORIES = frozenset(
    {"Zs", "Zl", "Zp", "Cc", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sk", "So", "Sc"}
)
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me"})
_EMOJI_BLOCK = (0x1F000, 0x1FAFF)
# Latin look-alikes NFKC leaves alone: Cyrillic, Greek, small capitals, IPA, currency signs.
_LOOKALIKES = {
    **dict(zip("аеорсухіјѕԁԛԝѵкмнтвгпьъ", "aeopcyxijsdqwvkmhtbrnbb", strict=True)),
    **dict(zip("АВЕКМНОРСТУХЅІЈ", "abekmhopctyxsij", strict=True)),
    **dict(zip("αβεηικμνορτυχωϲϳ", "abenikuvoptuxwcj", strict=True)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "abezhikmnoptyx", strict=True)),
    **dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True)),
    **dict(zip("ɑɡıɩʋ", "agiiv", strict=True)),
    **dict(zip("₳฿₵₡ɃĐ€₣₲₴₭₤₥₦₱₽₹₮₩¥", "abccbdefgsklmnprrtwy", strict=True)),
    # Lisu (Fraser) capitals shaped like Latin ones: ꓦꓫ：ꓓꓣꓴꓟ… is "VX：DRUM…" (session 25, set 96); the turned
    # letters (ꓕ ꓘ ꓛ ꓞ ꓤ ꓥ ꓨ ꓭ ꓯ ꓱ ꓵ ꓶ) stand for none
    **dict(zip("ꓐꓑꓓꓔꓖꓗꓙꓚꓜꓝꓟꓠꓡꓢꓣꓦꓧꓪꓫꓬꓮꓰꓲꓳꓴ", "bpdtgkjczfmnlsrvhwxyaeiou", strict=True)),
    # Cherokee capitals shaped like Latin ones (Ꮃ is W, Ꭹ y, Ꭵ i)
    **dict(zip("ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᏒᏚᎢᏙᏔᎳᎩᏃᎥ", "abcdeghjklmprstvwwyzi", strict=True)),
}
# Signs that keep their meaning in business text: never turned into letters.
_KEEP_SIGNS = frozenset("¥￥$€£₹")
_LETTER_BLOCKS = (0x1F130, 0x1F150, 0x1F170, 0x1F1E6)
_STEP_ORDER = ("emoji", "digits", "lookalike", "traditional", "diacritics", "fancy", "fullwidth", "case", "zero_width")


@dataclass(frozen=True, slots=True)
class FoldTable:
    """`table` for str.translate; `step_of[cp]` the step name for every code point it changes."""

    table: dict[int, str]
    step_of: dict[int, str]
    not_unit: frozenset[str]  # characters that do not map to exactly one character
    traditional: frozenset[str]  # characters the table turns from traditional into simplified
    without_t2s: dict[int, str]  # the same table minus traditional → simplified (for OpenCC phrases)


def _numeric_digit(ch: str) -> str | None:
    """'❶' → '1', '⓫' → '11' for numeric symbols NFKC leaves alone (not CJK numerals)."""
    cp = ord(ch)
    if unicodedata.category(ch) not in ("No", "Nl", "Nd") or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:
        return None
    value = unicodedata.numeric(ch, None)
    if value is None or value != int(value) or not 0 <= value <= 20:
        return None
    return str(int(value))


def _strip_marks(text: str) -> str:
    """Latin accents and tone marks off (ü → v, as pinyin is typed); other scripts untouched."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ch == "\u0308" and out and out[-1] == "u":
                out[-1] = "v"
            continue
        out.append(ch)
    return "".join(out)


def _fold_char(ch: str, standins: dict[str, str]) -> tuple[str, str] | None:
    """(replacement, step) for one code point outside the Han ranges, or None when unchanged."""
    if ch in standins:
        return standins[ch], "emoji"
    cp = ord(ch)
    category = unicodedata.category(ch)
    if ch in _LOOKALIKES and ch not in _KEEP_SIGNS:
        return _LOOKALIKES[ch], "lookalike"
    for base in _LETTER_BLOCKS:  # squared, negative circled, negative squared letters; regional indicators
        if base <= cp < base + 26:
            return chr(ord("a") + cp - base), "lookalike"
    if 0x2E80 <= cp <= 0x2FDF and not unicodedata.decomposition(ch):
        return None  # CJK radicals stay (they take part in split characters)
    if category in _INVISIBLE_CATEGORIES:
        return "", "zero_width"
    if category in _DELETE_CATEGORIES and not unicodedata.decomposition(ch).startswith("<"):
        return "", "separators"
    if _EMOJI_BLOCK[0] <= cp <= _EMOJI_BLOCK[1] and category == "Cn":
        return "", "separators"  # emoji newer than this Python's Unicode tables
    if category == "No" and unicodedata.numeric(ch, 0) != int(unicodedata.numeric(ch, 0)):
        return None  # fractions (½) keep their meaning
    digit = _numeric_digit(ch) if not ch.isascii() else None
    folded = unicodedata.normalize("NFKC", ch)
    if digit is not None and not any("\u4e00" <= c <= "\u9fff" for c in folded):
        return digit, "digits"
    folded = _strip_marks(folded.casefold())
    kept = "".join(c for c in folded if unicodedata.category(c) not in _DELETE_CATEGORIES | _INVISIBLE_CATEGORIES)
    kept = "".join(_LOOKALIKES.get(c, c) if c not in _KEEP_SIGNS else c for c in kept)
    if kept == ch:
        return None
    if not kept:
        return "", "separators"
    if ch.isascii():
        return kept, "case"
    if 0xFF01 <= cp <= 0xFF5E:
        return kept, "fullwidth"
    if kept.isdigit() and kept.isascii():
        return kept, "digits"
    if unicodedata.normalize("NFKC", ch) == ch:
        return kept, "diacritics" if kept.isascii() else "fancy"
    return kept, "fancy"


def _standins() -> dict[str, str]:
    text = resources.files("qungui.text").joinpath("data", "standins.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, target = line.split("\t")[:2]
        table[source] = target.strip()
    return table


def _traditional(table: dict[int, str], step_of: dict[int, str]) -> None:
    """Add traditional → simplified for single characters (one OpenCC call over every ideograph)."""
    import opencc

    chars = [chr(cp) for start, end in _HAN for cp in range(start, end + 1)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return
    for ch, simple in zip(chars, converted, strict=True):
        source = unicodedata.normalize("NFKC", ch)
        if len(simple) == 1 and simple != ch:
            table[ord(ch)] = simple
            step_of[ord(ch)] = "traditional"
        elif source != ch:
            table[ord(ch)] = source
            step_of[ord(ch)] = "fancy"
    # Targets of other mappings (NFKC of a compatibility ideograph may be traditional) fold too.
    for cp, target in list(table.items()):
        if len(target) == 1 and ord(target) in table and step_of.get(ord(target)) == "traditional":
            table[cp] = table[ord(target)]


@lru_cache(maxsize=1)
def fold_table() -> FoldTable:
    """The folding table for every code point that matching sees differently (built once)."""
    standins = _standins()
    table: dict[int, str] = {}
    step_of: dict[int, str] = {}
    for start, end in _SCAN:
        for cp in range(start, end + 1):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            folded = _fold_char(chr(cp), standins)
            if folded is not None:
                table[cp], step_of[cp] = folded
    for ch, target in standins.items():
        if len(ch) == 1:
            table[ord(ch)], step_of[ord(ch)] = target, "emoji"
    _traditional(table, step_of)
    not_unit = frozenset(chr(cp) for cp, out in table.items() if len(out) != 1)
    traditional = frozenset(chr(cp) for cp, step in step_of.items() if step == "traditional")
    without = {cp: out for cp, out in table.items() if step_of.get(cp) != "traditional"}
    return FoldTable(table, step_of, not_unit, traditional, without)


def strongest(steps: set[str]) -> list[str]:
    """Steps in the order findings name them (most telling first)."""
    return sorted(steps, key=lambda s: _STEP_ORDER.index(s) if s in _STEP_ORDER else len(_STEP_ORDER))
