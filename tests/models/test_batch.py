"""Scoring many texts at once (numpy) gives exactly the scores of scoring them one by one."""

from __future__ import annotations

import random
import zlib

import numpy as np
import pytest

from qungui.models.abuse import AbuseModel
from qungui.models.batch import MAX_TOKEN_BYTES, BatchHasher, windows
from qungui.models.spam import SpamModel
from qungui.text.normalize import normalize

TEXTS = [
    "",
    "好",
    "收到",
    "你个傻 逼，滚蛋",
    "兼职刷单，日结工资，加我薇❤信 wx12345 领取福利",
    "jia wo weixin, sha bi nmsl",
    "订单号 20231124031 已发货，请注意查收",
    "点击领取红包 http://hb12.example.top/get 😀😀🎉",
    "𠀀𠀁 汉字扩展 B 区和 emoji 👍",
    "a" * 70 + "哈",  # a Latin token longer than the batch tables: the per-text path
    "哈" * 300,  # longer than the spam window
    "正常内容，大家好" * 700,  # longer than both scans
    "賭場開業，諮詢微信 abc123456",
]


@pytest.fixture(scope="module")
def compacts() -> list[str]:
    rng = random.Random(5)
    pool = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小少"
    extra = [
        "".join(rng.choice(pool + "0123456789abcxyz ，。") for _ in range(rng.randrange(1, 60))) for _ in range(300)
    ]
    return [normalize(text).compact for text in TEXTS + extra]


def test_abuse_batch_scores_equal_one_by_one(compacts):
    model = AbuseModel.load()
    assert model.score_many_normalized(compacts) == [model.score_normalized(c) for c in compacts]
    assert model.score_many_normalized(compacts[:3]) == [model.score_normalized(c) for c in compacts[:3]]


def test_spam_batch_scores_equal_one_by_one(compacts):
    model = SpamModel.load()
    assert model.score_many(compacts) == [model.score_compact(c) for c in compacts]
    logits = model.linear.logits(compacts[:8])
    assert logits == [model.linear.logit(c) for c in compacts[:8]]


def test_crc_shift_tables_and_character_crcs():
    hasher = BatchHasher()
    rng = random.Random(0)
    for length in (0, 1, 3, 7, MAX_TOKEN_BYTES):
        data = bytes(rng.getrandbits(8) for _ in range(length))
        start = np.array([rng.getrandbits(32) for _ in range(20)], dtype=np.uint32)
        shifted = zlib.crc32(data) ^ hasher.shift(start, np.full(20, length))
        assert shifted.tolist() == [zlib.crc32(data, int(v)) for v in start]
    stream = hasher.char_stream(["a😀", "訊"])
    assert stream is not None
    chars = ["\x02", "a", "😀", "\x03", "\x02", "訊", "\x03"]
    assert stream.crc_first.tolist() == [zlib.crc32(c.encode()) for c in chars]
    assert stream.segment.tolist() == [0, 0, 0, 0, 1, 1, 1]
    assert hasher.char_stream(["\ud800"], surrogates=False) is None


def test_windows_cover_long_texts_like_the_models():
    assert windows("abc", 160, 2400) == ["abc"]
    pieces = windows("x" * 500, 160, 2400)
    assert [len(p) for p in pieces] == [160] * 5 + [100]  # stride 80 over the first 2400 characters
