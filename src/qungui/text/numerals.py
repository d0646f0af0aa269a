"""Chinese numerals that spell a number (一三八零零一三八零零零, 壹叁捌…) → ASCII digits.

Only runs that look like a number are converted: four or more numeral characters and digits in a
row, with at least one Chinese numeral. 一 in 一起/一下/统一 and 三四个人 stay as they are. The
conversion is one character for one, so offsets do not move.
"""

from __future__ import annotations

import re
from functools import lru_cache

FORMAL_NUMERALS = "壹贰叁肆伍陆柒捌玖"  # 1-9 as cheques and contracts write them
CHINESE_NUMERALS = "〇零一二三四五六七八九幺两" + FORMAL_NUMERALS + "洞拐勾"  # 洞 拐 勾: radio readings of 0 7 9
_DIGITS = "0012345678912123456789079"
MIN_RUN = 4


@lru_cache(maxsize=1)
def numeral_pattern() -> re.Pattern[str]:
    any_digit = f"[0-9{CHINESE_NUMERALS}]"
    # A run of at least MIN_RUN that contains a Chinese numeral (plain digit runs are left alone).
    return re.compile(f"(?<!{any_digit})(?={any_digit}{{{MIN_RUN}}})[0-9]*[{CHINESE_NUMERALS}]{any_digit}*")


@lru_cache(maxsize=1)
def numeral_hint() -> re.Pattern[str]:
    """A cheaper pattern that every numeral run also matches (a run of four digits or numerals)."""
    return re.compile(f"[0-9{CHINESE_NUMERALS}]{{{MIN_RUN},}}")


@lru_cache(maxsize=1)
def numeral_table() -> dict[int, int]:
    return str.maketrans(CHINESE_NUMERALS, _DIGITS)


def convert_numerals(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`text` with numeral runs as digits, and the converted runs as [start, end) spans."""
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    last = 0
    table = numeral_table()
    for match in numeral_pattern().finditer(text):
        run = match.group(0)
        if len(run) < MIN_RUN:
            continue
        converted = run.translate(table)
        pieces.append(text[last : match.start()])
        pieces.append(converted)
        last = match.end()
        spans.append((match.start(), match.end()))
    if not spans:
        return text, ()
    pieces.append(text[last:])
    return "".join(pieces), tuple(spans)
