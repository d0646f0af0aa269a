"""A member asking to buy or borrow something names the trade; the seller's own words are no request."""

from __future__ import annotations

import pytest

from qungui.text.normalize import normalize
from qungui.text.requests import asks_to_buy


@pytest.mark.parametrize(
    "text",
    [
        "谁有二手的电动车充电器，想收一个，有的话私我",
        "群里谁家有多的婴儿床，想买个二手的",
        "下周谁回国，帮我带两盒护肝片，我出跑腿费",
        # session 22, from set 73: the group's advice asked about a trade, with no contact cue
        "问一下大家，信用卡逾期了协商还款靠谱吗",
        "请教各位，劳动仲裁要不要请律师，还是自己去就行",
        "谁家孩子的旧校服不穿了，我想收两套小码的",  # what the member wants, at the request's end
    ],
)
def test_a_member_asking_to_buy_is_no_offer(text):
    assert asks_to_buy(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "想买的找我，厂家直发",  # whoever wants to buy: the seller
        "谁有需要装修的，我这边报价实惠",  # anyone who needs it: the seller
        "想收二手手机的，加我微信 shouji8866",  # a request with a contact id is read as any other message
        "谁有空闲时间在家做兼职，日结三百",  # openers of ads
        "求个关注，主页有惊喜",
        "招帮我带货的宝妈，一单二十",
        "想收几个徒弟，包教包会",
        # an advice opener with a contact cue or id is read as any other message
        "问一下大家，想做停息挂账的私我",
        "请教各位一个事，债务协商找我，微信 zhaiwu_668",
        # whoever wants to buy the thing, told where to go (session 23)
        "测评都在视频号，想买跑步机的去搜“老陈练跑”，橱窗有券",
        "想收点土鸡蛋的直接来村口，一块五一个",
    ],
)
def test_sellers_words_are_no_request(text):
    assert not asks_to_buy(normalize(text))
