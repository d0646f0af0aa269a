"""Leave periods as members write them, relative to a fixed `now` (Wednesday 2026-11-18, Shanghai)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from qungui.commands.dates import DateError, cn_number, parse_leave_period

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=TZ)  # a Wednesday


def period(text: str) -> tuple[date, date, str]:
    found = parse_leave_period(text, now=NOW, tz=TZ)
    return found.start.date(), found.end.date(), found.rest


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("今天", date(2026, 11, 18), date(2026, 11, 18)),
        ("明天", date(2026, 11, 19), date(2026, 11, 19)),
        ("后天", date(2026, 11, 20), date(2026, 11, 20)),
        ("今天到周五", date(2026, 11, 18), date(2026, 11, 20)),
        ("今天至星期日", date(2026, 11, 18), date(2026, 11, 22)),
        ("周一", date(2026, 11, 23), date(2026, 11, 23)),
        ("本周五", date(2026, 11, 20), date(2026, 11, 20)),
        ("11月25日到27日", date(2026, 11, 25), date(2026, 11, 27)),
        ("11月25日到11月27日", date(2026, 11, 25), date(2026, 11, 27)),
        ("11月28日到3日", date(2026, 11, 28), date(2026, 12, 3)),
        ("11.25-11.27", date(2026, 11, 25), date(2026, 11, 27)),
        ("11/25~11/27", date(2026, 11, 25), date(2026, 11, 27)),
        ("2026-11-25至2026-11-30", date(2026, 11, 25), date(2026, 11, 30)),
        ("2026年11月25日到2026年12月2日", date(2026, 11, 25), date(2026, 12, 2)),
        ("下周一到下周三", date(2026, 11, 23), date(2026, 11, 25)),
        ("3天", date(2026, 11, 18), date(2026, 11, 20)),
        ("三天", date(2026, 11, 18), date(2026, 11, 20)),
        ("两天", date(2026, 11, 18), date(2026, 11, 19)),
        ("十天", date(2026, 11, 18), date(2026, 11, 27)),
        ("一周", date(2026, 11, 18), date(2026, 11, 24)),
        ("明天起三天", date(2026, 11, 19), date(2026, 11, 21)),
        ("从明天开始请3天", date(2026, 11, 19), date(2026, 11, 21)),
        ("12月1号", date(2026, 12, 1), date(2026, 12, 1)),
        ("十二月一号", date(2026, 12, 1), date(2026, 12, 1)),
        ("十一月二十五日到二十七日", date(2026, 11, 25), date(2026, 11, 27)),
        ("1月3日", date(2027, 1, 3), date(2027, 1, 3)),  # more than 60 days ago this year: next year
        ("11月17日到11月19日", date(2026, 11, 17), date(2026, 11, 19)),  # partly past is allowed
    ],
)
def test_forms(text, first, last):
    assert period(text)[:2] == (first, last)


def test_aware_whole_days_in_shanghai():
    found = parse_leave_period("明天到后天", now=NOW, tz=TZ)
    assert found.start == datetime(2026, 11, 19, 0, 0, tzinfo=TZ)
    assert found.end == datetime.combine(date(2026, 11, 20), time.max, tzinfo=TZ)
    assert found.start.utcoffset().total_seconds() == 8 * 3600
    assert found.days == 2


def test_now_in_another_zone_counts_in_shanghai():
    late_utc = datetime(2026, 11, 18, 17, 0, tzinfo=ZoneInfo("UTC"))  # already 19 Nov 01:00 in Shanghai
    found = parse_leave_period("今天", now=late_utc, tz=TZ)
    assert found.start.date() == date(2026, 11, 19)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("明天 家里有事", "家里有事"),
        ("明天家里有事", "家里有事"),
        ("11月25日到27日，出差", "出差"),
        ("三天 生病", "生病"),
        ("下周一到下周三 回老家", "回老家"),
    ],
)
def test_rest_is_the_reason(text, rest):
    assert period(text)[2] == rest


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("11月32日", ["11月32日", "11月25日到11月27日"]),
        ("13月1日", ["13月1日"]),
        ("2月30日", ["2月30日"]),
        ("11月27日到11月25日", ["结束日期", "早于"]),
        ("200天", ["200天", "90天"]),
        ("11月1日到明年3月1日", ["没看懂"]),
        ("2026-11-01至2027-06-01", ["太长"]),
        ("11月1日到11月3日", ["已经过去"]),
        ("昨天吧", ["请写明请假日期"]),
        ("家里有事", ["请写明请假日期"]),
        ("0天", ["没看懂"]),
    ],
)
def test_errors_name_what_was_wrong(text, words):
    with pytest.raises(DateError) as caught:
        parse_leave_period(text, now=NOW, tz=TZ)
    for word in words:
        assert word in caught.value.reply


def test_max_days_is_a_parameter():
    with pytest.raises(DateError):
        parse_leave_period("十天", now=NOW, tz=TZ, max_days=7)
    assert parse_leave_period("七天", now=NOW, tz=TZ, max_days=7).days == 7


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3), ("十", 10), ("十一", 11), ("二十", 20), ("二十五", 25), ("两", 2), ("一百二十", 120), ("x", None)],
)
def test_cn_number(text, value):
    assert cn_number(text) == value
