"""Prices named in a message: what a member selling to the group writes, and numbers that are no price."""

from __future__ import annotations

import pytest

from qungui.text.normalize import normalize
from qungui.text.prices import price_mention


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("自家腌的咸鸭蛋，两块五一个", "两块"),
        ("柯基幼犬一千二一只", "一千二一只"),
        ("上门修空调，一台八十", "一台八十"),
        ("拼车去机场，每人四十", "每人四"),
        ("顺路去高铁站，一人三十五", "一人三十五"),  # per head, as 每人
        ("旧书桌三百拿走", "三百拿走"),
        ("代写周报，按篇算价", "算价"),
        ("手工皂 ¥15", "¥1"),
        ("二手相机 RMB 900", "rmb9"),
        ("蛋糕 68元 一个", "68元"),
        ("私教课续费八折", "八折"),
        ("蛋糕陆拾捌元", "陆拾捌元"),  # cheque numerals
        # a price left to be agreed (session 17)
        ("转让费面议", "面议"),
        ("婚纱跟拍，价格好商量", "价格好商量"),
        ("铺面租金当面谈", "租金当面谈"),
        ("二手钢琴，價錢好說", "价钱好说"),
        # an amount with what it includes (session 25, set 98)
        ("朝南主卧一千八包水电", "一千八包水电"),
        ("上门装窗帘，一户一百二包安装", "一百二包安装"),
        ("台球室周末每小时三十五", "每小时三"),  # session 26, set 99
        ("润唇膏一支三十五，颜色随便挑", "一支三十五"),  # session 27, set 103
    ],
)
def test_prices(text, price):
    assert price_mention(normalize(text)) == price


@pytest.mark.parametrize(
    "text",
    [
        "还剩三十一个名额",  # 31 places, not "30 each"
        "我们一块去吃饭吧",  # 一块 = together
        "会议室在三楼，下午两点开始",
        "订单号 20261124 已发货",
        "他三十出头，人挺靠谱",
        "今天走了一万二千步",
        "一人一个，不许多拿",  # one each: a count, no money
        "好说好说，下次请你吃饭",  # politeness, no price
        "这事当面谈比较好",
        "三十多包零食都分完了",  # bags of snacks counted
        "我们四个人包了一辆车",  # 包 as hiring, no amount before it
        "复印纸一箱五十包，够用到年底",  # session 27: a count after 一箱, no price
        "新到的试卷一份二十张，每班领四十份",
    ],
)
def test_numbers_that_are_no_price(text):
    assert price_mention(normalize(text)) is None
