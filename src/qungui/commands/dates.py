"""Leave periods as members write them (明天, 11月25日到27日, 下周一到下周三, 三天…), relative to `now`.

Conventions (documented because members' words are ambiguous):

- Whole days only: a period runs from 00:00 of the first day to the last instant of the last day, in `tz`.
- A bare duration (3天, 三天, 一周) starts today; "明天起三天" starts at the given day.
- 周五 / 星期五 without 本/这/下 is the next Friday on or after today (today if it is Friday);
  本周五 / 这周五 is this week's (weeks start on Monday); 下周五 is next week's.
- A month and day without a year is in the current year, unless that is more than 60 days ago, in which
  case it is next year (so "1月3日" written in late December means January).
- In a range, an end with only a day ("11月25日到27日") takes the start's month, or the next month if the
  day is smaller than the start's day ("11月28日到3日" ends on December 3).
- Errors: an impossible date, an end before the start, a period longer than `max_days`, or one that ended
  before today.

The parser reads a period at the *start* of the text and returns what follows as `rest` (the reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

MAX_LEAVE_DAYS = 90
EXAMPLE = "“11月25日到11月27日”"

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"(?:\d{1,4}|[零〇一二两三四五六七八九十百]{1,5})"
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_WEEKDAYS.update({str(n): n for n in range(1, 8)})

_RELATIVE = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
_SINGLE = re.compile(
    r"(?P<rel>大后天|今天|今日|明天|明日|后天)"
    r"|(?P<wprefix>下下|下|本|这)?个?(?:周|星期|礼拜)(?P<wday>[一二三四五六日天1-7])"
    r"|(?:(?P<year>\d{4})\s*[年./\-])?\s*(?P<month>" + _NUM + r")\s*(?:月|[./\-](?=\d))\s*"
    r"(?P<day>" + _NUM + r")\s*[日号]?"
)
_DAY_ONLY = re.compile(r"(?P<day>" + _NUM + r")\s*[日号]")
_DAY_BARE = re.compile(r"(?P<day>\d{1,2})(?![\d.月/\-])")
_RANGE_SEP = re.compile(r"\s*(?:到|至|直到|~|～|－|—+|-|–)\s*")
_DURATION = re.compile(
    r"(?:请)?(?P<n>" + _NUM + r"|半)\s*(?:(?P<days>个?(?:天|日))|(?P<weeks>个?(?:周|星期|礼拜))|(?P<months>个月))"
)
_START_WORD = re.compile(r"\s*(?:起|开始)\s*(?:请)?\s*")


class DateError(ValueError):
    """A date the member wrote that cannot be a leave period; `reply` is the polite Chinese message."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


@dataclass(frozen=True)
class LeavePeriod:
    start: datetime
    end: datetime
    rest: str

    @property
    def days(self) -> int:
        return (self.end.date() - self.start.date()).days + 1


def cn_number(text: str) -> int | None:
    """An integer written in digits or Chinese numerals (十一, 二十五, 两, 一百二十); None if it is not one."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            # Digit after digit (二五 = 25) when no unit came between.
            current = current * 10 + _CN_DIGITS[ch] if current else _CN_DIGITS[ch]
        else:
            unit = 10 if ch == "十" else 100
            total += (1 if current is None else current) * unit
            current = None
    return total + (current or 0)


def _make_date(year: int, month: int | None, day: int | None, written: str) -> date:
    try:
        if month is None or day is None:
            raise ValueError
        return date(year, month, day)
    except ValueError:
        raise DateError(f"没看懂日期“{written}”，请写成{EXAMPLE}这样的格式。") from None


def _single(match: re.Match[str], today: date, *, after: date | None = None) -> date:
    """The date one `_SINGLE` match names; `after` is the start of a range this match ends."""
    written = match.group(0).strip()
    if match.group("rel"):
        return today + timedelta(days=_RELATIVE[match.group("rel")])
    if match.group("wday"):
        weekday = _WEEKDAYS[match.group("wday")]
        prefix = match.group("wprefix")
        monday = today - timedelta(days=today.weekday())
        if prefix in ("本", "这"):
            return monday + timedelta(days=weekday - 1)
        if prefix == "下":
            return monday + timedelta(days=7 + weekday - 1)
        if prefix == "下下":
            return monday + timedelta(days=14 + weekday - 1)
        base = after or today
        return base + timedelta(days=(weekday - base.isoweekday()) % 7)
    month, day = cn_number(match.group("month")), cn_number(match.group("day"))
    if match.group("year"):
        return _make_date(int(match.group("year")), month, day, written)
    found = _make_date(today.year, month, day, written)
    if after is None and (today - found).days > 60:
        found = _make_date(today.year + 1, month, day, written)
    if after is not None and found < after and (after - found).days > 60:
        found = _make_date(found.year + 1, month, day, written)
    return found


def day_of(match: re.Match[str], today: date) -> date:
    """The date a match of a pattern holding `DAY`'s groups names (今天, 周五, 11月25日), relative to `today`."""
    return _single(match, today)


DAY = _SINGLE  # a single day as members write it: 今天, 明天, 下周一, 11月25日 (groups read by `day_of`)


def _day_only_end(day_text: str, start: date, written: str) -> date:
    day = cn_number(day_text)
    if day is None or not 1 <= day <= 31:
        raise DateError(f"没看懂日期“{written}”，请写成{EXAMPLE}这样的格式。")
    year, month = start.year, start.month
    if day < start.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _make_date(year, month, day, written)


def _duration_days(match: re.Match[str], written: str) -> int:
    raw = match.group("n")
    if raw == "半":
        if match.group("months"):
            return 15
        raise DateError(f"没看懂“{written}”，请写成“3天”或{EXAMPLE}这样的格式。")
    n = cn_number(raw)
    if n is None or n <= 0:
        raise DateError(f"没看懂“{written}”，请写成“3天”或{EXAMPLE}这样的格式。")
    if match.group("weeks"):
        return n * 7
    if match.group("months"):
        return n * 30
    return n


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _read_period(text: str, today: date) -> tuple[date, date, int]:
    """(first day, last day, characters read) for the period at the start of `text`."""
    pos = _skip_space(text, 0)
    for prefix in ("从", "自"):
        if text.startswith(prefix, pos):
            pos = _skip_space(text, pos + len(prefix))
    duration = _DURATION.match(text, pos)
    if duration and not _SINGLE.match(text, pos):
        days = _duration_days(duration, duration.group(0))
        return today, today + timedelta(days=days - 1), duration.end()
    first = _SINGLE.match(text, pos)
    if first is None:
        raise DateError(f"请写明请假日期，例如“请假 明天 家里有事”或“请假 {EXAMPLE[1:-1]} 出差”。")
    start = _single(first, today)
    pos = first.end()
    sep = _RANGE_SEP.match(text, pos)
    if sep and sep.end() > pos:
        after_sep = sep.end()
        second = _SINGLE.match(text, after_sep)
        if second:
            return start, _single(second, today, after=start), second.end()
        day_only = _DAY_ONLY.match(text, after_sep) or _DAY_BARE.match(text, after_sep)
        if day_only:
            written = first.group(0).strip() + sep.group(0).strip() + day_only.group(0)
            return start, _day_only_end(day_only.group("day"), start, written), day_only.end()
        raise DateError(f"没看懂“{text[pos:].strip()[:12]}”是到哪一天，请写成{EXAMPLE}这样的格式。")
    then = _START_WORD.match(text, pos)
    if then:
        duration = _DURATION.match(text, then.end())
        if duration:
            days = _duration_days(duration, duration.group(0))
            return start, start + timedelta(days=days - 1), duration.end()
    return start, start, pos


def _fmt(day: date) -> str:
    return f"{day.month}月{day.day}日"


def parse_leave_period(text: str, *, now: datetime, tz: tzinfo, max_days: int = MAX_LEAVE_DAYS) -> LeavePeriod:
    """The leave period written at the start of `text`; raises DateError with a polite Chinese reply."""
    today = now.astimezone(tz).date()
    first, last, used = _read_period(text, today)
    if last < first:
        raise DateError(f"结束日期（{_fmt(last)}）早于开始日期（{_fmt(first)}），请检查一下。")
    days = (last - first).days + 1
    if days > max_days:
        raise DateError(f"请假时间太长了（{days}天），一次最多可以请{max_days}天；更长的请假请直接联系管理员。")
    if last < today:
        raise DateError(f"这段日期（{_fmt(first)}到{_fmt(last)}）已经过去了，请写今天或以后的日期。")
    start = datetime.combine(first, time.min, tzinfo=tz)
    end = datetime.combine(last, time.max, tzinfo=tz)
    rest = text[used:].strip(" \t\u3000\u2005，,。:：;；")
    return LeavePeriod(start=start, end=end, rest=rest)
