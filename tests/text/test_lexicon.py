"""Lexicon matching: terms are normalized like text, match by sound with guards, and honour allowlists."""

from __future__ import annotations

from qungui.core.categories import Category
from qungui.text.lexicon import Lexicon, LexiconHit
from qungui.text.lexicons import default_terms, shipped_lexicon
from qungui.text.normalize import normalize


def terms_in(lexicon: Lexicon, text: str) -> list[str]:
    return [hit.term for hit in lexicon.hits(normalize(text))]


def test_a_term_written_one_way_matches_every_way():
    lexicon = Lexicon(["微信"])
    for text in ("微信", "薇❤信", "wei xin", "weixin", "WeiXin", "維信", "微\u200b信", "威信"):
        assert terms_in(lexicon, text) == ["微信"], text


def test_terms_are_normalized_too():
    lexicon = Lexicon(["賭場", "ＱＱ群"])
    assert terms_in(lexicon, "线上赌场") == ["賭場"]
    assert terms_in(lexicon, "加qq群") == ["ＱＱ群"]


def test_two_syllable_homophones_need_the_same_tones():
    lexicon = Lexicon(["私我", "枪支", "智障", "畜生", "去死"])
    assert terms_in(lexicon, "丝我") == ["私我"]  # sī wǒ, a disguise
    for text in ("笑死我了", "强制执行", "纸张不够", "出生日期", "下午去四楼"):
        assert terms_in(lexicon, text) == [], text


def test_short_terms_do_not_match_through_other_readings():
    assert terms_in(Lexicon(["押注"]), "报销单预计下周到账") == []
    assert terms_in(Lexicon(["押注"]), "大家注意保暖") == []


def test_longer_terms_match_any_homophone():
    assert terms_in(Lexicon(["真人荷官"]), "珍人和官在线") == ["真人荷官"]


def test_a_match_may_not_cross_a_sentence_unless_every_gap_is_stuffed():
    lexicon = Lexicon(["加微信"])
    assert terms_in(lexicon, "请加。微信群里通知") == []
    assert terms_in(lexicon, "加。微。信") == ["加微信"]


def test_pinyin_must_line_up_with_syllables():
    lexicon = Lexicon(["微信"])
    assert terms_in(lexicon, "weixinabc") == []
    assert terms_in(lexicon, "hello weixin") == ["微信"]


def test_allowlist_phrases_are_normalized_and_suppress_the_hits_they_cover():
    lexicon = Lexicon(["加微信"], allow=["增加微信支付"])
    assert terms_in(lexicon, "系统增加微信支付功能") == []
    assert terms_in(lexicon, "系统增加 微·信 支付功能") == []
    assert terms_in(lexicon, "系統增加微信支付功能") == []
    assert terms_in(lexicon, "快加微信") == ["加微信"]
    # By spelling only: a homophone of the allowed phrase is not the allowed phrase.
    assert terms_in(lexicon, "系统增加薇信支付功能") == ["加微信"]


def test_hits_carry_how_they_matched_and_offsets_in_the_compact_form():
    norm = normalize("快来 加我 薇❤信")
    hit = Lexicon(["加我微信"]).hits(norm)[0]
    assert isinstance(hit, LexiconHit)
    assert hit.via == frozenset({"homophone"})
    assert norm.compact[hit.start : hit.end] == "加我薇信"
    assert norm.evidence(hit.start, hit.end) == "加我 薇❤信"


def test_find_accepts_a_plain_string_for_old_callers():
    assert [h.term for h in Lexicon(["加微信"]).find("加 微 信")] == ["加微信"]


def test_hits_are_computed_once_per_text_and_lexicon():
    lexicon = Lexicon(["加微信"])
    norm = normalize("加微信")
    assert lexicon.hits(norm) is lexicon.hits(norm)


def test_the_shipped_lexicon_tags_hits_with_their_category():
    hits = shipped_lexicon().hits(normalize("百家乐真人荷官，加我薇信"))
    tags = {hit.tag for hit in hits}
    assert Category.GAMBLING in tags and Category.SOLICITATION in tags
    assert all(default_terms(Category.GAMBLING) for _ in [0])


def test_empty_lexicon_and_empty_text():
    assert Lexicon([]).hits(normalize("加微信")) == ()
    assert Lexicon(["加微信"]).hits(normalize("")) == ()
