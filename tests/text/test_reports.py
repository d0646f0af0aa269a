"""What a message reports rather than offers (qungui.text.reports)."""

from __future__ import annotations

import pytest

from qungui.text.normalize import normalize
from qungui.text.reports import reports_rather_than_offers


@pytest.mark.parametrize(
    "text",
    [
        "小区门口的鸡蛋今天五块二一斤，比昨天涨了两毛",
        "这季度的物业费比上个季度多收了六十",
        "食堂的盒饭比去年同期贵了三块",
        "會議室的 Wi-Fi 換了，密碼貼在白板旁邊",  # traditional script, the hyphen and width forms read through
        "展厅无线网名 Expo_2026，口令 20261130",
    ],
)
def test_reports(text):
    assert reports_rather_than_offers(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "鸡蛋五块二一斤，楼下自提",  # a price, no change since a time
        "这家的饺子比那家便宜",  # compared with another shop, not an earlier time
        "新装的路由器信号比原来强多了",  # no earlier time named
        "WiFi 信号太差了，视频一直卡",  # no password
    ],
)
def test_not_reports(text):
    assert not reports_rather_than_offers(normalize(text))
