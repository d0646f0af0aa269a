"""A 接龙 list members have already signed is the group's own list passed on, not an ad."""

from __future__ import annotations

import pytest

from qungui.text.normalize import normalize
from qungui.text.signups import is_signup_relay


@pytest.mark.parametrize(
    "text",
    [
        "#接龙 周六爬山 1、小梅 2、大刘 3、阿杰",
        "班服接龙，一件六十：1. 张伟 L 2. 王芳 M",
        "＃接龍 團購車厘子 １． 李姐 兩箱 ２． 陳哥 一箱",  # traditional script, full-width digits
    ],
)
def test_a_signed_list_is_a_relay(text):
    assert is_signup_relay(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "自家荔枝，二十一斤，要的接龙",  # the seller's first post: no entries yet
        "接龙 1. 张三",  # one entry
        "1. 张三 2. 李四 3. 王五",  # a list that is no 接龙
    ],
)
def test_other_messages_are_no_relay(text):
    assert not is_signup_relay(normalize(text))
