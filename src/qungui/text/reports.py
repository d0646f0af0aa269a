"""What a message reports rather than offers: a figure compared with an earlier time, the venue's WiFi.

Members report prices and bills with their change ("镇上收粮的价格一斤一块三毛二，比上周低了两分钱", "这个月电费比上个
月多了一百多") and give a venue's WiFi name and password ("婚礼现场WiFi名叫 LiuZhang_Wedding，密码 20261212"): a
price, an id-shaped name and a long number, which a classifier of ads can read as an offer. The spam detector
(`rules/detectors/spam.py`) leaves such a message alone only when it has no call to the sender and no contact of
the sender's besides.
"""

from __future__ import annotations

import re

from qungui.text.normalize import NormalizedText

# A figure compared with an earlier time, and which way it moved (session 27, set 106): on the hold-out sets 1-106,
# the training lines and the probes in 75 ordinary lines and 2 ads, each ad with a contact of the seller's
# ("车险今年续保找我，价格比去年低，卫星号 …"). Matched in the compact text.
CHANGE_SINCE = re.compile(
    r"比(?:上(?:一|个|一个)?(?:周|星期|礼拜|月|季度?|年|批|回|次)|昨天|前天|去年|前年|往年|前几天|平时)(?:同期)?"
    r"[^\W\d]{0,4}?"
    r"(?:涨|低|高|便宜|贵|降|跌|少|多|回落)"
)
# A WiFi password given or talked of (session 27, set 105): on the same data in 10 ordinary lines and one ad, which
# gives a QQ number ("破解WiFi密码…，扣扣：…"). Matched in the compact text, which holds no punctuation: the two words
# within 24 characters of each other, whatever sentence marks stood between them.
WIFI_PASSWORD = re.compile(r"(?:wifi|无线网|热点).{0,24}?(?:密码|口令)")


def reports_rather_than_offers(norm: NormalizedText) -> bool:
    """Whether the message reports a figure's change since an earlier time or gives a place's WiFi password."""
    compact = norm.compact
    return CHANGE_SINCE.search(compact) is not None or WIFI_PASSWORD.search(compact) is not None
