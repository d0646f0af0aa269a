"""Contact detection changes of issue 3: ids with _ and -, scam warnings, a member's own number change."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from qungui.rules.compiled import compile_rulebook
from qungui.rules.detectors import builtin_detectors
from qungui.rules.loader import parse_rulebook
from qungui.text.contacts import Kind, find_candidates
from qungui.text.normalize import normalize
from support import Scenario

RULES = """
name: t
title: t
group_kind: custom
ladders:
  record: {title: 记录, steps: [{action: record}]}
clauses:
  - {id: 一.8, text: 不允许在本群拉人去其他群, title: 不拉人, category: solicitation, enforcement: auto,
     ladder: record, detectors: [{type: contact}]}
"""
REGISTRY = MappingProxyType(dict(builtin_detectors()))


@pytest.fixture(scope="module")
def book():
    return compile_rulebook(parse_rulebook(RULES, registry=REGISTRY), REGISTRY)


def contact(book, text: str):
    return [f for f in Scenario(book=book).say("u1", text).findings if f.detector == "contact"]


@pytest.mark.parametrize(
    ("text", "value", "prefix"),
    [
        ("⊕V：zan_555", "zan555", "v"),  # "zan" is pinyin: it used to be stripped, leaving 555
        ("V：bag_2nd", "bag2nd", "v"),
        ("vx: fx-help2", "fxhelp2", "vx"),
        ("vx-abc12345", "abc12345", "vx"),  # a channel word before the mark stays a channel word
    ],
)
def test_underscores_and_hyphens_stay_inside_wechat_ids(text, value, prefix):
    found = find_candidates(normalize(text))
    assert [(c.kind, c.value, c.prefix) for c in found] == [(Kind.WECHAT, value, prefix)]


def test_an_id_after_a_short_number_and_a_separator_is_read(book):
    # session 11, set 31: "单程15，V❤：pinche_lh" — the price and the id met in the compact text, and the token was
    # read as a number only
    found = find_candidates(normalize("包车去机场每人60，vx：carpool_sz"))
    assert [(c.kind, c.value, c.prefix) for c in found] == [(Kind.WECHAT, "carpoolsz", "vx")]
    assert contact(book, "拼车还有一座，单程25，V❤：ride_sam")
    # glued without a separator it is still one token, as before: no id in "3楼305abc"
    assert find_candidates(normalize("3楼305abc")) == []


def test_hyphenated_phone_numbers_are_still_one_number():
    found = find_candidates(normalize("电话 138-0013-8000，座机 0571-86001234"))
    assert [(c.kind, c.value) for c in found] == [(Kind.MOBILE, "13800138000"), (Kind.LANDLINE, "057186001234")]


def test_an_id_with_an_underscore_after_a_disguised_plus_is_solicitation(book):
    found = contact(book, "帮忙点个赞就有钱拿，五元一次，⊕V：zan_555")
    assert found and found[0].detail["id"] == "zan555"


@pytest.mark.parametrize(
    "text",
    [
        "提醒：陌生人加微信要钱的都是骗子",
        "提醒：陌生人加微信要錢的都是騙子",
        "千万别信私聊加微信的，都是诈骗",
    ],
)
def test_a_scam_warning_is_not_an_invitation(book, text):
    assert contact(book, text) == []


def test_an_invitation_that_mentions_scams_is_still_an_invitation(book):
    assert contact(book, "防骗群，加微信 kk_8899 拉你进")


@pytest.mark.parametrize(
    "text",
    [
        "我手机号换了，新号码 139 1234 5678，麻烦大家改下备注",
        "我手機號換了，新號碼 139 1234 5678，麻煩大家改下備註",
        "大家改一下备注，我的新手机号 13912345678",
    ],
)
def test_a_member_announcing_a_new_number_is_not_soliciting(book, text):
    assert contact(book, text) == []


def test_remark_after_an_id_still_counts_in_an_ad(book):
    assert contact(book, "兼职日结，🐧：2731234567，备注来意")


@pytest.mark.parametrize("text", ["a_" * 300_000, "ab-" * 200_000 + "微信", "小心诈骗 " + "x_1" * 200_000])
def test_long_runs_joined_by_id_marks_take_bounded_time(text):
    import time

    from qungui.text.scam_warnings import is_warning

    start = time.perf_counter()
    norm = normalize(text)
    find_candidates(norm)
    is_warning(norm)
    assert time.perf_counter() - start < 5.0


def test_a_number_spelt_in_the_characters_of_a_key_is_a_phone(book):
    """Session 27 (set 103): a key giving each digit a character, then the number in those characters."""
    text = "摊位卖袜子鞋垫，价目先记好：棉1麻2丝3绒4纱5线6布7绸8缎9呢0，摊主手机：棉绸缎纱呢布绒线麻棉丝"
    found = find_candidates(normalize(text))
    assert [(c.kind, c.value, c.legend) for c in found] == [(Kind.MOBILE, "18950746213", True)]
    assert contact(book, text)  # a phone word before it and spelt in a cipher: solicitation
    digit_first = "1甲2乙3丙4丁5戊6己7庚8辛9壬0癸，电话 甲辛丙丙壬戊丁庚乙甲癸"
    assert [c.value for c in find_candidates(normalize(digit_first))] == ["18339547210"]


@pytest.mark.parametrize(
    "text",
    [
        "座位按天干排：甲1乙2丙3丁4戊5己6庚7辛8，今天甲乙丙丁戊己庚辛甲乙丙都到了",  # spells no phone number
        "棉1麻2丝3绒4纱5线6布7绸8，货架上棉麻丝绒纱线布绸都有",  # too short for a number
        "棉1麻2棉3绒4纱5线6布7绸8缎9呢0：棉绸缎纱呢布绒线麻棉丝",  # a character twice: no key
    ],
)
def test_a_key_without_a_phone_spelt_in_it_gives_no_number(text):
    assert [c for c in find_candidates(normalize(text)) if c.legend] == []
