"""Chinese numerals that spell a number (一三八零零一三八零零零, 壹叁捌…) → ASCII digits.

Only runs that look like a number are converted: four or more numeral characters and digits in a
row, with at least one Chinese numeral. 一 in 一起/一下/统一 and 三四个人 stay as they are. The
conversion is one character for one, so offsets do not move.

Homophones of digits read out a number too ("腰伞巴 舞灵酒期" for 138 5097): they count only in a run of at least
MIN_SOUND_RUN of them (digits and numerals may be mixed in), which ordinary text does not have — not one in the
35,640 COLD comments and studied ordinary lines checked when this was added (none had even four). A phone-length run
of numerals may also hold a few of them (`MIN_MIXED_RUN`).
"""

from __future__ import annotations

import re
from functools import lru_cache

FORMAL_NUMERALS = "壹贰叁肆伍陆柒捌玖"  # 1-9 as cheques and contracts write them
# Sino-Korean digits in Hangul (공/영 0, 일 1 … 구 9): "电话 일삼칠 공팔구사…" hides a number from filters
HANGUL_NUMERALS = "공영일이삼사오육칠팔구"
# Suzhou numerals (苏州码子, 〡 1 … 〩 9; 〇 is 0 already), as old account books write digits
SUZHOU_NUMERALS = "〡〢〣〤〥〦〧〨〩"
# Every character a numeral run reads as a digit (洞 拐 勾: radio readings of 0 7 9), and the digit of each, in order
NUMERALS = "〇零一二三四五六七八九幺两" + FORMAL_NUMERALS + "洞拐勾" + HANGUL_NUMERALS + SUZHOU_NUMERALS
_DIGITS = "0012345678912123456789079" + "00123456789" + "123456789"
MIN_RUN = 4
COUNTING = "十百千万亿"  # after a numeral, it counts: 二十四, 三百
# Characters read like a digit (toneless), as spammers write phone numbers: 腰 yao = 1, 伞 san = 3, 巴 ba = 8 …
DIGIT_SOUNDS = {  # only characters rare in ordinary chat: 就, 吧, 起, 流 … would turn sentences into numbers
    "1": "腰",
    "2": "耳尔",
    "3": "伞",
    "4": "思丝",
    "5": "舞午",
    "6": "溜",
    "7": "期漆妻",
    "8": "巴扒",
    "9": "酒久",
    "0": "灵铃",
}
SOUNDS = "".join(DIGIT_SOUNDS.values())
MIN_SOUND_RUN = 6
# A phone-length run of numerals may hold a few homophones too ("腰三捌 贰洞肆柒 伍腰玖陆": 腰 for 1 among cheque
# numerals): at least MIN_MIXED_RUN characters, at most a third of them homophones, MIN_RUN of them Chinese numerals.
MIN_MIXED_RUN = 10


@lru_cache(maxsize=1)
def numeral_pattern() -> re.Pattern[str]:
    any_digit = f"[0-9{NUMERALS}]"
    # A run of at least MIN_RUN that contains a Chinese numeral (plain digit runs are left alone). A numeral that a
    # counting word follows is left out of the run: in "…3150，二十四小时" the 二 counts hours, it is no digit of
    # 3150 (punctuation is gone from the compact text, so the comma cannot tell), and "3150" alone is no run.
    return re.compile(f"(?<!{any_digit})(?={any_digit}{{{MIN_RUN}}})[0-9]*[{NUMERALS}]{any_digit}*(?![{COUNTING}])")


@lru_cache(maxsize=1)
def numeral_hint() -> re.Pattern[str]:
    """A cheaper pattern that every numeral run also matches (a run of four digits or numerals)."""
    return re.compile(f"[0-9{NUMERALS}]{{{MIN_RUN},}}")


@lru_cache(maxsize=1)
def sound_pattern() -> re.Pattern[str]:
    """A run of digits, numerals and digit homophones holding at least MIN_SOUND_RUN homophones."""
    numeral = f"[0-9{NUMERALS}]"
    return re.compile(f"(?<![0-9{NUMERALS}{SOUNDS}]){numeral}*(?:[{SOUNDS}]{numeral}*){{{MIN_SOUND_RUN},}}")


@lru_cache(maxsize=1)
def sound_hint() -> re.Pattern[str]:
    """A cheaper pattern that every homophone run also matches."""
    return re.compile(f"[{SOUNDS}]{{2}}")


@lru_cache(maxsize=1)
def mixed_pattern() -> re.Pattern[str]:
    """A run of at least MIN_MIXED_RUN digits, numerals and digit homophones (the caller checks the mix)."""
    every = f"0-9{NUMERALS}{SOUNDS}"
    return re.compile(f"(?<![{every}])[{every}]{{{MIN_MIXED_RUN},}}")


@lru_cache(maxsize=1)
def any_sound() -> re.Pattern[str]:
    return re.compile(f"[{SOUNDS}]")


def _mixed(run: str) -> bool:
    """Whether a mixed run reads as a number: a few homophones among Chinese numerals (not "…0571-86723190，午休":
    ASCII digits and one homophone after them)."""
    sounds = sum(ch in SOUNDS for ch in run)
    return 0 < sounds * 3 <= len(run) and sum(ch in NUMERALS for ch in run) >= MIN_RUN


@lru_cache(maxsize=1)
def numeral_table() -> dict[int, int]:
    table = str.maketrans(NUMERALS, _DIGITS)
    table.update({ord(ch): ord(digit) for digit, chars in DIGIT_SOUNDS.items() for ch in chars})
    return table


def convert_numerals(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`text` with numeral runs (and runs of digit homophones) as digits, and the converted runs as [start, end)
    spans."""
    matches = [m for m in numeral_pattern().finditer(text) if len(m.group(0)) >= MIN_RUN]
    if any_sound().search(text) is not None:
        sounds = list(sound_pattern().finditer(text)) if sound_hint().search(text) is not None else []
        sounds += [
            m
            for m in mixed_pattern().finditer(text)
            if _mixed(m.group()) and not any(s.start() <= m.start() and m.end() <= s.end() for s in sounds)
        ]
        if sounds:  # a homophone run holds any numeral run it overlaps
            matches = [m for m in matches if not any(s.start() < m.end() and m.start() < s.end() for s in sounds)]
            matches = sorted([*matches, *sounds], key=lambda m: m.start())
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    last = 0
    table = numeral_table()
    for match in matches:
        run = match.group(0)
        converted = run.translate(table)
        pieces.append(text[last : match.start()])
        pieces.append(converted)
        last = match.end()
        spans.append((match.start(), match.end()))
    if not spans:
        return text, ()
    pieces.append(text[last:])
    return "".join(pieces), tuple(spans)
