"""The SVG chart module: pure functions from series to safe, CSP-clean SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from qungui.web.console.charts import Point, bar_chart, column_chart, nice_max
from qungui.web.console.stats import daily_counts, hourly_counts

SVG = "{http://www.w3.org/2000/svg}"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    return root


def test_columns_are_scaled_to_a_round_maximum_and_labelled():
    svg = column_chart([Point("11/1", 3), Point("11/2", 7), Point("11/3", 0)], title="近 14 天违规数")
    root = parse(svg)
    bars = root.findall(f"{SVG}rect")
    assert len(bars) == 3
    heights = [float(b.get("height")) for b in bars]
    assert heights[1] > heights[0] > heights[2] == 0
    assert abs(heights[1] / heights[0] - 7 / 3) < 0.01, "bar heights are proportional to the values"
    labels = [t.text for t in root.findall(f"{SVG}text")]
    assert "10" in labels and "11/2" in labels, "a round axis maximum (10 for 7) and the point labels"
    assert root.find(f"{SVG}title").text == "近 14 天违规数"
    assert [b.find(f"{SVG}title").text for b in bars][1] == "11/2: 7"


def test_horizontal_bars_with_a_fixed_percentage_scale():
    svg = bar_chart([Point("N1", 50), Point("N2", 100)], title="通知回执率", maximum=100, unit="%")
    root = parse(svg)
    bars = [r for r in root.findall(f"{SVG}rect") if r.get("class") == "chart-bar"]
    tracks = [r for r in root.findall(f"{SVG}rect") if r.get("class") == "chart-track"]
    assert float(bars[1].get("width")) == float(tracks[1].get("width"))
    assert abs(float(bars[0].get("width")) * 2 - float(bars[1].get("width"))) < 0.2
    assert "50%" in [t.text for t in root.findall(f"{SVG}text")]


def test_labels_are_escaped_and_no_inline_style_is_written():
    svg = bar_chart([Point('<script>alert("x")</script>', 2)], title='a"b<c')
    parse(svg)
    assert "<script>" not in svg and "style=" not in svg
    assert 'aria-label="a&quot;b&lt;c"' in svg


def test_an_empty_or_all_zero_series_says_so():
    for svg in (column_chart([], title="t", empty_text="暂无数据"), bar_chart([Point("a", 0)], title="t")):
        root = parse(svg)
        assert root.find(f"{SVG}rect") is None
        assert [t.text for t in root.findall(f"{SVG}text")] == ["暂无数据"]


def test_nice_maximum():
    assert [nice_max(v) for v in (0, 1, 3, 7, 10, 11, 45, 101)] == [1, 1, 5, 10, 10, 20, 50, 200]


def test_days_and_hours_are_counted_in_local_time():
    now = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    times = [
        datetime(2026, 11, 23, 17, 30, tzinfo=UTC),  # 01:30 on the 24th in Shanghai
        datetime(2026, 11, 23, 15, 30, tzinfo=UTC),  # 23:30 on the 23rd
        datetime(2026, 11, 23, 15, 45, tzinfo=UTC),
    ]
    days = daily_counts(times, now=now, tz=SHANGHAI, days=3)
    assert [(p.label, p.value) for p in days] == [("11/22", 0), ("11/23", 2), ("11/24", 1)]
    hours = hourly_counts(times, tz=SHANGHAI)
    assert len(hours) == 24 and hours[23].value == 2 and hours[1].value == 1 and sum(p.value for p in hours) == 3
