"""One test per disguise family: the lexicon finds the term AND names the normalization that revealed it."""

from __future__ import annotations

import pytest

from qungui.text.lexicon import Lexicon
from qungui.text.normalize import NormalizedText, normalize, reveal

TERMS = ["加我微信", "微信", "加qq", "线上赌场", "办证", "强买强卖", "私我拉你", "扫码进群"]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(TERMS)


def first_hit(lexicon: Lexicon, text: str) -> tuple[str, str, set[str], str]:
    """(term, evidence, steps, revealed_by) of the first hit in `text`."""
    norm: NormalizedText = normalize(text)
    hits = lexicon.hits(norm)
    assert hits, f"no hit in {text!r} (compact {norm.compact!r})"
    hit = hits[0]
    evidence = norm.evidence(hit.start, hit.end)
    steps = norm.steps_in(hit.start, hit.end) | hit.via
    return hit.term, evidence, steps, reveal(evidence, hit.term, steps)


def test_homophones(lexicon):
    term, evidence, steps, revealed = first_hit(lexicon, "想赚钱的加我薇信")
    assert term == "加我微信" and evidence == "加我薇信"
    assert "homophone" in steps and "同音字" in revealed
    for variant in ("威信", "维信", "徽信"):
        assert first_hit(lexicon, f"加我{variant}")[0] == "加我微信"


def test_homophone_with_a_heart_separator(lexicon):
    term, evidence, _, revealed = first_hit(lexicon, "薇❤信")
    assert (term, evidence) == ("微信", "薇❤信")
    assert revealed == "薇❤信 → 微信（同音字、去除分隔符）"


def test_separators(lexicon):
    term, evidence, steps, revealed = first_hit(lexicon, "快 加 我 微·信")
    assert term == "加我微信" and evidence == "加 我 微·信"
    assert steps == {"separators"} and "去除分隔符" in revealed


def test_zero_width_characters(lexicon):
    term, _, steps, revealed = first_hit(lexicon, "加\u200b我\u200d微\ufeff信")
    assert term == "加我微信" and "zero_width" in steps and "去除零宽字符" in revealed


@pytest.mark.parametrize(
    ("text", "step", "label"),
    [
        ("加ｑｑ", "fullwidth", "全角"),
        ("加QQ", "case", "大小写"),
        ("加🐧", "emoji", "表情替代"),
        ("加ⓠⓠ", "fancy", "花式字符"),
        ("加𝐐𝐐", "fancy", "花式字符"),
        ("加🆀🆀", "lookalike", "形近字母"),
    ],
)
def test_letter_forms_and_emoji(lexicon, text, step, label):
    term, _, steps, revealed = first_hit(lexicon, text)
    assert term == "加qq" and step in steps and label in revealed


def test_traditional_characters(lexicon):
    term, evidence, steps, revealed = first_hit(lexicon, "澳門首家線上賭場")
    assert (term, evidence) == ("线上赌场", "線上賭場")
    assert steps == {"traditional"} and "繁体→简体" in revealed


@pytest.mark.parametrize("text", ["jia wo wei xin", "jiawoweixin", "Jia Wo WeiXin", "jiā wǒ wēi xìn"])
def test_pinyin_with_and_without_spaces_and_tones(lexicon, text):
    term, evidence, steps, revealed = first_hit(lexicon, text)
    assert term == "加我微信" and evidence == text
    assert "pinyin" in steps and "拼音" in revealed


def test_pinyin_with_tone_marks_names_both_steps(lexicon):
    term, _, steps, revealed = first_hit(lexicon, "专业bànzhèng")
    assert term == "办证" and {"pinyin", "diacritics"} <= steps and "去除声调符号" in revealed


def test_mixed_pinyin_and_characters(lexicon):
    term, evidence, steps, _ = first_hit(lexicon, "加我wei信")
    assert term == "加我微信" and evidence == "加我wei信" and "pinyin" in steps


def test_initials_only_from_the_curated_list(lexicon):
    term, _, steps, revealed = first_hit(lexicon, "有兴趣 jwwx")
    assert term == "加我微信" and "initials" in steps and "拼音首字母" in revealed
    assert not lexicon.hits(normalize("ajwwxb"))  # glued to other letters: not a token


def test_split_characters(lexicon):
    term, evidence, steps, revealed = first_hit(lexicon, "弓虽买弓虽卖")
    assert (term, evidence) == ("强买强卖", "弓虽买弓虽卖") and "split_chars" in steps and "拆字合并" in revealed
    term, evidence, steps, _ = first_hit(lexicon, "力口我艹微亻言")
    assert term == "加我微信" and evidence == "力口我艹微亻言" and "split_chars" in steps


def test_grass_radical_plus_wei_is_wei_rose_then_a_homophone(lexicon):
    term, _, steps, revealed = first_hit(lexicon, "加我草微信")
    assert term == "加我微信" and {"split_chars", "homophone"} <= steps
    assert revealed.startswith("加我草微信 → 加我微信（")


def test_stand_in_words(lexicon):
    for text in ("加我vx", "加我绿泡泡", "加我V信", "加我卫星", "加我🛰"):
        term, _, steps, _ = first_hit(lexicon, text)
        assert term == "加我微信", text
        assert steps & {"variant", "emoji"}, text
    term, _, steps, _ = first_hit(lexicon, "加扣扣")
    assert term == "加qq" and "variant" in steps


def test_cyrillic_look_alikes(lexicon):
    term, _, steps, revealed = first_hit(lexicon, "加我vх")  # Cyrillic х
    assert term == "加我微信" and "lookalike" in steps and "形近字母" in revealed


def test_everything_at_once(lexicon):
    term, evidence, steps, _ = first_hit(lexicon, "加\u200b我 薇❤信")
    assert term == "加我微信" and evidence == "加\u200b我 薇❤信"
    assert {"homophone", "separators", "zero_width"} <= steps
