"""Quoted passages: cited words are not said (text/quotes.py)."""

from __future__ import annotations

import pytest

from qungui.text.normalize import normalize
from qungui.text.quotes import in_quotes, quoted_spans, without_citations


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('宣传册上"稳赚不赔"四个字得去掉', ["稳赚不赔"]),
        ("他说“加我”然后「私聊」了", ["加我", "私聊"]),
        ("群公告『禁止发广告』大家看一下", ["禁止发广告"]),
        ("don't say 'maybe' in the report", ["maybe"]),
        ("“没有闭合的引号，后面都不算", []),
        ("“整条消息都在引号里”", []),  # nothing outside: decoration, not a citation
        ('""空引号', []),
        ("", []),
    ],
)
def test_quoted_spans(text, quoted):
    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


def test_in_quotes_maps_compact_spans_through_disguises():
    norm = normalize("海报上“全 网 最 低”那句要删，广告法不让写")
    start = norm.compact.index("全网最低")
    assert in_quotes(norm, start, start + 4)
    after = norm.compact.index("广告法")
    assert not in_quotes(norm, after, after + 3)
    assert not in_quotes(normalize("全网最低价，欢迎选购"), 0, 4)


def test_a_long_stray_mark_does_not_quote_the_rest():
    text = "“" + "很长的一段话" * 50 + "”结尾"
    assert quoted_spans(text) == []


def test_lexicon_skips_quoted_ad_words_but_not_said_ones():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from qungui.core.events import GroupRef, MemberRef, MessageEvent
    from qungui.rules.detectors.base import DetectContext
    from qungui.rules.detectors.lexicon import LexiconDetector, LexiconSettings
    from qungui.rules.schema import Clause, Rulebook
    from qungui.rules.state import GroupState, MemberState

    clause = Clause(id="一.6", text="不得发广告", title="不发广告", category="ad", enforcement="manual", reason="test")
    book = Rulebook(name="t", title="t", group_kind="custom", clauses=[clause])
    now = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

    def run(text: str, **settings) -> list:
        detector = LexiconDetector(LexiconSettings(**{"terms": ["全网最低"], **settings}), clause=clause, rulebook=book)
        event = MessageEvent(
            id="1", group=GroupRef(platform="t", id="g"), ts=now, sender=MemberRef(platform="t", id="u"), text=text
        )
        return detector.detect(event, DetectContext(book, GroupState(group_id="g"), MemberState(member_id="u"), now))

    assert run('双十一详情页里"全网最低"得改，法务说不能写') == []
    assert run("全网最低价，错过再等一年")
    assert run('双十一详情页里"全网最低"得改', skip_warnings=False)


@pytest.mark.parametrize(
    ("text", "own_words"),
    [
        ("海报初稿上“扫码进群，每天领红包”这行要删", "海报初稿上，这行要删"),
        ("邻居说「名额有限，加微信报名」，我没理", "邻居说，，我没理"),
        ("“零”押金，月租八百", None),  # a short quote is emphasis
        ("好消息“日结兼职手机操作”有意私我", None),  # nothing says the quote is someone else's
        ("“整条消息都在引号里，加微信报名”", None),
        ("没有引号的一句话", None),
        # 發來, 刪: citing words in traditional script
        ("表姐發來的“低價代購，私聊有驚喜”，我沒回", "表姐發來的，，我沒回"),
        ("傳單上「掃碼領雞蛋，限前五十名」那行刪掉", "傳單上，那行刪掉"),
        # what members may not post (session 11, set 30): a group rule quoting the ad it bans
        ("以后不准发“扫码进群返现金”这种，发现就踢", "以后不准发，这种，发现就踢"),
        ('再有人往群里发"刷单日结三百"的，直接拉黑', "再有人往群里发，的，直接拉黑"),
        ("我再发一遍“日结三百，加v详聊”", None),  # reposting one's own words cites nothing
        # session 15: a name the member gives to search, follow or say is theirs, whatever 说 says elsewhere
        ("美甲店大众点评搜“指尖小屋”，到店说群里来的送手膜", None),
        ("进门跟老板说暗号“老朋友”，打八折", None),
        ("她说“关注我领红包”是骗人的", "她说，是骗人的"),  # 关注 inside the quote: cited
        # session 22, from set 75: an ad quoted to judge it ("又来了", "这种…", "三无")
        ("又来了，“进口奶粉，海关直邮，一罐包邮”，这种十有八九是假货", "又来了，，，这种十有八九是假货"),
        ("“老板跑路，全场一折清仓”看着就是三无摊子", "，看着就是三无摊子"),
        # session 27, from set 106: what sellers cry out (喊, 吆喝, 打着…的旗号)
        ("那些喊“深山土蜂蜜，假一赔十”的，一半是糖浆兑的", "那些喊，的，一半是糖浆兑的"),
        ("打着“厂家直销”旗号的团购，价格反而更高", "打着，旗号的团购，价格反而更高"),
        # session 27, from set 107: a quote right after 私聊(我), what someone sent in a private chat
        ("有个头像是美女的私聊我「低价回收旧手机，上门秒结」，别信", "有个头像是美女的私聊我，，别信"),
        ("“旧手机高价回收，上门秒结”要的私聊我", None),  # the sender's own call after their own words
    ],
)
def test_without_citations(text, own_words):
    assert without_citations(normalize(text)) == own_words
