"""Normalization: what the compact form is, where offsets point, and what stays untouched."""

from __future__ import annotations

import time

import pytest

from qungui.text.normalize import STEP_LABELS, NormalizedText, Normalizer, default_normalizer, normalize


@pytest.mark.parametrize(
    ("text", "compact", "step"),
    [
        ("①③⑧⓪⓪①③⑧⓪⓪⓪", "13800138000", "digits"),
        ("⑴⑶⑻", "138", "digits"),
        ("❶❸❽", "138", "digits"),
        ("¹³⁸", "138", "digits"),
        ("₁₃₈", "138", "digits"),
        ("𝟏𝟑𝟖", "138", "digits"),
        ("１３８", "138", "fullwidth"),
        ("一三八零零一三八零零零", "13800138000", "numerals"),
        ("壹叁捌零零壹叁捌零零零", "13800138000", "numerals"),
        ("幺三八 两零零", "138200", "numerals"),
        ("幺三拐 两洞勾五", "1372095", "numerals"),  # radio readings: 拐 7, 洞 0, 勾 9
        ("腰伞期 耳巴思舞", "1372845", "numerals"),  # six or more digit homophones in a run (session 13)
        ("13八00一38000", "13800138000", "numerals"),
        ("腰伍捌 洞贰叁肆 伍陆柒捌", "15802345678", "numerals"),  # a few homophones in a numeral run (session 15)
        ("𝐇𝕌𝐗457", "hux457", "fancy"),
        ("C₳D571", "cad571", "lookalike"),
        ("ꓪꓰꓚꓧꓮꓔ ꓢꓳꓠꓖ", "wechatsong", "lookalike"),  # Lisu capitals (session 25, set 96)
        ("ᏔᎬᏟᎻᎪᎢ ᏞᎥ", "wechatli", "lookalike"),  # Cherokee capitals
        ("ⓐ🅰", "aa", "fancy"),
        ("賭場", "赌场", "traditional"),
        ("諮詢", "咨询", "traditional"),  # by phrase, not character by character (谘询)
        ("bànzhèng", "banzheng", "diacritics"),
        ("弓虽", "强", "split_chars"),
        ("扌并多多 氵匋宝 扌斗音", "拼多多淘宝抖音", "split_chars"),  # the platforms in side forms (session 23)
        ("小纟工书 忄夬手", "小红书快手", "split_chars"),  # session 24, set 85
        ("🧩多多", "拼多多", "emoji"),  # the jigsaw piece for 拼 (session 24, set 88)
        ("快✋ 快🖐", "快手快手", "emoji"),  # a hand for 手 (sets 86 and 90, session 24)
        ("🐧", "qq", "emoji"),
        ("抖🎵", "抖音", "emoji"),  # session 18, set 62
        ("🀇🀉🀏🀆🀙🀐", "139011", "emoji"),  # mahjong tiles as digits, the blank tile as 0 (session 22, set 75)
        ("🕐🕗🕙🕛🕘", "18009", "emoji"),  # clock faces for their hours, ten and twelve o'clock as 0 (session 23)
        ("🕚🕜", "", "separators"),  # eleven o'clock and the half hours stand for nothing: deleted
        ("a\u200bb\u200cc\u200dd\ufeffe", "abcde", "zero_width"),
        ("加 - 我 | 微 · 信", "加我微信", "separators"),
    ],
)
def test_each_form_folds_and_names_its_step(text, compact, step):
    norm = normalize(text)
    assert norm.compact == compact
    assert step in norm.steps
    assert step in STEP_LABELS


@pytest.mark.parametrize(
    "text",
    ["我们一起去", "等一下", "统一一下格式", "三四个人", "一五一十", "周一三五开会", "一二楼都可以", "二〇二三年"],
)
def test_numerals_in_words_stay_words(text):
    norm = normalize(text)
    assert not any(ch.isdigit() for ch in norm.compact) or "二〇二三" in text
    assert "numerals" not in norm.steps or "二〇二三" in text


@pytest.mark.parametrize(
    "text",
    [
        "思思和巴巴的酒久久",
        "期期艾艾",
        "午时三刻，巴巴地等着",
        "2026年11月20日就到了",
        "三期四期五期六期七期都交了",  # half homophones: too many for a numeral run
        "座机0571-86723190，午休时间一般打不通",  # ASCII digits and one homophone after them
    ],
)
def test_digit_homophones_in_words_stay_words(text):
    """Fewer than six homophones in a run are ordinary words: nothing is read as a digit."""
    norm = normalize(text)
    assert "numerals" not in norm.steps
    assert sum(ch.isdigit() for ch in norm.compact) == sum(ch.isdigit() for ch in text)


def test_a_year_in_numerals_becomes_digits_only_as_a_number():
    assert normalize("二〇二三年").compact == "2023年"


def test_offsets_point_at_the_characters_that_produced_each_compact_character():
    norm = normalize("加 我 薇❤信 ①③⑧")
    assert norm.compact == "加我薇信138"
    assert [norm.original[i] for i in norm.compact_offsets] == list("加我薇信①③⑧")
    start = norm.compact.index("薇")
    assert norm.evidence(start, start + 2) == "薇❤信"
    assert norm.original_span(start, start + 2) == (4, 7)


def test_offsets_of_recombined_and_expanded_characters():
    norm = normalize("x弓虽y🐧z")
    assert norm.compact == "x强yqqz"
    assert norm.evidence(1, 2) == "弓虽"
    assert norm.evidence(3, 5) == "🐧"
    assert norm.compact_ends[1] == 3


def test_steps_in_a_span_only_name_that_span():
    norm = normalize("賭場 加我 ①③⑧")
    assert norm.steps_in(0, 2) == {"traditional"}
    assert norm.steps_in(4, 7) == {"digits"}
    assert norm.steps_in(2, 7) == {"digits", "separators"}


def test_normalizing_twice_changes_nothing():
    for text in ("加我薇❤信 ①③⑧", "賭場", "弓虽", "一三八零零一三八零零零", "🐧 123", "ＡＢＣ"):
        once = normalize(text).compact
        assert normalize(once).compact == once


def test_plain_text_keeps_identity_offsets():
    norm = normalize("hello123你好")
    assert norm.compact == "hello123你好" and norm.compact_offsets == tuple(range(10)) and not norm.steps


def test_the_default_normalizer_is_built_once_and_a_fresh_one_agrees():
    assert default_normalizer() is default_normalizer()
    text = "加 我 薇❤信 ①③⑧ 賭場 弓虽"
    assert Normalizer().normalize(text).compact == normalize(text).compact


def test_sound_key_has_one_class_per_character():
    norm = normalize("加我薇信 abc")
    assert len(norm.sound) == len(norm.compact)
    assert normalize("加我微信").sound == normalize("嘉我薇芯").sound[:2] + normalize("微信").sound


@pytest.mark.parametrize(
    "text",
    [
        "",
        "😀😂🎉👍🏽❤️‍🔥",
        "\ud800\udfff\ud83d 加我",  # lone surrogates, as JSON "\\ud800" escapes produce
        "1" * 1_000_000,
        " ".join("1234567890" * 20_000),
        "加我微信" * 250_000,
        "一" * 200_000 + "二三" * 100_000,
        "\u200b" * 500_000 + "加",
    ],
    ids=["empty", "emoji", "surrogates", "digits-1MB", "spaced-digits", "repeated-term-1MB", "numerals", "zero-width"],
)
def test_bad_input_in_bounded_time(text):
    from qungui.text.contact_context import score_contacts, score_invitations
    from qungui.text.lexicons import shipped_lexicon

    started = time.perf_counter()
    norm = normalize(text)
    hits = shipped_lexicon().hits(norm)
    score_contacts(norm)
    score_invitations(norm)
    offsets = norm.compact_offsets
    assert len(offsets) == len(norm.compact)
    assert all(0 <= o < len(text) for o in offsets[:1000])
    for hit in hits[:50]:
        assert norm.evidence(hit.start, hit.end) in text
    assert time.perf_counter() - started < 20


def test_the_1mb_message_stays_linear():
    started = time.perf_counter()
    norm = normalize("加我薇❤信 ①③⑧⓪⓪①③⑧⓪⓪⓪ 賭場 " * 40_000)
    assert len(norm.compact_offsets) == len(norm.compact)
    assert time.perf_counter() - started < 10


def test_normalized_text_repr_and_api_shape():
    norm = normalize("加我微信")
    assert isinstance(norm, NormalizedText)
    assert "加我微信" in repr(norm)
    assert isinstance(norm.steps, frozenset)
    assert norm.original_span(0, 0) == (0, 0)
    assert normalize("").original_span(0, 1) == (0, 0)
