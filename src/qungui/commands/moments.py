"""Deadlines and due times as members write them (今天18:00, 明天中午, 11月25日17点, 周五下班前). Pure.

Conventions (documented because people's words are ambiguous):

- A day without a time (明天, 周五, 11月25日) means 18:00 (下班) that day; a time without a day means today.
- Words for parts of the day: 上午 / 中午 12:00, 早上 / 早晨 / 上班 9:00, 下午 / 傍晚 / 下班 / 收工 / 晚饭
  18:00, 晚上 / 今晚 / 明晚 21:00, 凌晨 6:00. With an hour: 下午3点 15:00, 晚上8点 20:00, 中午1点 13:00.
- An hour from 1 to 6 without a part of the day is in the afternoon (3点 = 15:00): work groups do not
  set deadlines at 3 in the morning.
- Days follow `qungui.commands.dates` (周五 is the next Friday on or after today; 下周五 next week's).

`find_deadline` reads “截止 …” (截止, 截至, 截止时间, 截止日期, optionally followed by ：/为/到); `find_due`
also reads a moment followed by 前 / 之前 / 以前 (“今天下班前提交周报”). Both return the moment and the
span of text it was read from, or None; a moment that cannot be a time raises DateError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from qungui.commands.dates import DAY, DateError, cn_number, day_of

DEFAULT_TIME = time(18, 0)
_CN = r"[零〇一二两三四五六七八九十]{1,3}"
_MOMENT = re.compile(
    r"(?P<dayword>" + DAY.pattern + r")?\s*"
    r"(?P<period>上午|早上|早晨|中午|下午|傍晚|晚上|今晚|明晚|凌晨)?\s*"
    r"(?:(?P<hour>\d{1,2}|" + _CN + r")\s*(?:[:：](?P<minute>\d{2})|[点时](?:(?P<half>半)|(?P<quarter>一刻|三刻)"
    r"|(?P<min2>\d{1,2}|" + _CN + r")分?)?)"
    r"|(?P<named>下班|收工|上班|午饭|中饭|午休|晚饭))?"
)
_MARKER = re.compile(r"(?:截止|截至)(?:时间|日期)?\s*(?:[:：为到是]\s*)?")
_BEFORE = re.compile(r"\s*(?:之前|以前|前)")
_PERIOD_DEFAULT = {
    "上午": time(12),
    "早上": time(9),
    "早晨": time(9),
    "中午": time(12),
    "下午": time(18),
    "傍晚": time(18),
    "晚上": time(21),
    "今晚": time(21),
    "明晚": time(21),
    "凌晨": time(6),
}
_NAMED = {"下班": time(18), "收工": time(18), "上班": time(9), "午饭": time(12), "中饭": time(12), "午休": time(12)}
_NAMED["晚饭"] = time(18)
_AFTERNOON = ("下午", "傍晚", "晚上", "今晚", "明晚")


@dataclass(frozen=True)
class Moment:
    at: datetime
    start: int  # where the phrase begins in the text (the marker included)
    end: int


def _has_moment(match: re.Match[str]) -> bool:
    return any(match.group(g) for g in ("dayword", "period", "hour", "named"))


def _clock(match: re.Match[str]) -> time | None:
    written = match.group(0).strip()
    period, raw_hour = match.group("period"), match.group("hour")
    if raw_hour is None:
        if match.group("named"):
            return _NAMED[match.group("named")]
        return _PERIOD_DEFAULT.get(period or "")
    hour = cn_number(raw_hour)
    minute = 0
    if match.group("minute"):
        minute = int(match.group("minute"))
    elif match.group("half"):
        minute = 30
    elif match.group("quarter"):
        minute = 15 if match.group("quarter") == "一刻" else 45
    elif match.group("min2"):
        minute = cn_number(match.group("min2")) or 0
    if hour is None or not 0 <= hour <= 24 or not 0 <= minute <= 59:
        raise DateError(f"没看懂时间“{written}”，请写成“今天18:00”或“明天中午”这样的格式。")
    if (period in _AFTERNOON and hour < 12) or (period == "中午" and hour < 3) or (period is None and 1 <= hour <= 6):
        hour += 12
    return time(23, 59) if hour == 24 else time(hour, minute)


def _moment(match: re.Match[str], today: date, tz: tzinfo) -> datetime:
    day = today
    if match.group("dayword"):
        day = day_of(match, today)
    elif match.group("period") == "明晚":
        day = today + timedelta(days=1)
    at = _clock(match) or DEFAULT_TIME
    return datetime.combine(day, at, tzinfo=tz)


def find_deadline(text: str, *, now: datetime, tz: tzinfo) -> Moment | None:
    """The moment after a 截止 marker in `text`, or None when there is no marker. DateError when unreadable."""
    marker = _MARKER.search(text)
    if marker is None:
        return None
    match = _MOMENT.match(text, marker.end())
    if match is None or not _has_moment(match):
        shown = text[marker.end() : marker.end() + 12].strip() or "（空）"
        raise DateError(f"没看懂截止时间“{shown}”，请写成“截止 今天18:00”“截止 明天中午”或“截止 11月25日17点”。")
    today = now.astimezone(tz).date()
    end = match.end()
    before = _BEFORE.match(text, end)
    return Moment(_moment(match, today, tz), marker.start(), before.end() if before else end)


def find_due(text: str, *, now: datetime, tz: tzinfo) -> Moment | None:
    """A deadline (截止 …) or the first moment followed by 前 / 之前 / 以前 in `text`, or None."""
    found = find_deadline(text, now=now, tz=tz)
    if found is not None:
        return found
    today = now.astimezone(tz).date()
    for match in _MOMENT.finditer(text):
        if not _has_moment(match) or _BEFORE.match(text, match.end()) is None:
            continue
        return Moment(_moment(match, today, tz), match.start(), _BEFORE.match(text, match.end()).end())  # type: ignore[union-attr]
    return None
