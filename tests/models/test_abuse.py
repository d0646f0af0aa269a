"""The NB-LR abuse model abuse-v1 (abuse-v2's first half, still what the detector loads): loads from the
package, ranks sensibly, is bounded, light and pure Python. abuse-v2 is tested in test_abuse_neural.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from qungui.core.categories import Category
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.models.abuse import DEFAULT_NAME, AbuseModel
from qungui.models.features import FeatureConfig, Featurizer
from qungui.models.modelfile import pack, unpack
from qungui.rules.detectors.base import DetectContext
from qungui.rules.detectors.classifier import AbuseClassifierDetector, AbuseClassifierSettings
from qungui.rules.schema import Clause, Rulebook
from qungui.rules.state import GroupState, MemberState

MAX_MODEL_BYTES = 16 * 1024 * 1024
# Hand-written, not taken from COLD. COLD is about offence around race, gender and region, so the
# model is sure about group attacks and insults with 傻逼-like words, and weak on bare profanity.
ABUSIVE = [
    "你他妈的就是个傻逼",
    "黑鬼都是垃圾，滚出中国",
    "女人就是贱，活该被打",
    "河南人都是骗子",
]
WEAK = ["滚你妈的，脑残玩意儿", "你这个废物，蠢得跟猪一样", "操你妈", "去死吧你"]
ORDINARY = [
    "明天上午十点开会，请大家准时参加",
    "报销单已经提交给财务了，麻烦审批一下",
    "周五的项目进度汇报推迟到下周一",
    "收到，谢谢大家的配合",
    "会议室改到三楼的大会议室",
]
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


SINGLE_FILE_MODELS = ("abuse-v3", "abuse-v1")  # the default, and the same recipe without the anti-bias mix


@pytest.fixture(scope="module", params=SINGLE_FILE_MODELS)
def model(request) -> AbuseModel:
    return AbuseModel.load(request.param)


def data_file(name: str):
    return resources.files("qungui.models").joinpath("data", name)


def test_model_loads_from_the_package_with_its_card(model):
    card = json.loads(data_file(f"{model.name}.json").read_text(encoding="utf-8"))
    assert model.name == card["name"] and model.name in SINGLE_FILE_MODELS
    assert model.threshold == card["threshold"] == card["dev"]["threshold"]
    assert 0.0 < model.threshold < 1.0
    assert card["training_data"]["licence"].startswith("COLD is Apache-2.0")
    fields = {k: v for k, v in card["features"].items() if k in FeatureConfig.__dataclass_fields__}
    assert model.featurizer.config == FeatureConfig(**fields)


@pytest.mark.parametrize("name", SINGLE_FILE_MODELS)
def test_normalization_has_not_drifted_since_training(name):
    """The model reads normalize(text).compact; if normalization changed, the model needs retraining."""
    from qungui.text.normalize import normalize

    card = json.loads(data_file(f"{name}.json").read_text(encoding="utf-8"))
    drifted = {p: (c, normalize(p).compact) for p, c in card["normalize_probes"].items() if normalize(p).compact != c}
    assert not drifted, (
        f"normalize() changed since {name} was trained: rerun "
        "`python -m qungui.models.training.train_abuse --data <cold> --out src/qungui/models/data/`; "
        f"(probe: (at training, now)) {drifted}"
    )


@pytest.mark.parametrize("name", SINGLE_FILE_MODELS)
def test_model_file_stays_small(name):
    size = len(data_file(f"{name}.bin").read_bytes())
    assert 0 < size < MAX_MODEL_BYTES


def test_abusive_sentences_rank_above_ordinary_work_chat(model):
    abusive = [model.score(t) for t in ABUSIVE + WEAK]
    ordinary = [model.score(t) for t in ORDINARY]
    assert min(abusive) > max(ordinary), (abusive, ordinary)
    assert all(model.score(t) >= model.threshold for t in ABUSIVE)
    assert all(s < model.threshold for s in ordinary)


@pytest.mark.xfail(strict=True, reason="known weakness: bare profanity is rare in COLD; the lexicon covers it")
def test_bare_profanity_reaches_the_threshold(model):
    assert all(model.score(t) >= model.threshold for t in WEAK)


def test_scores_are_probabilities_and_deterministic(model):
    texts = ABUSIVE + ORDINARY + ["", "a", "😀", "ni shi sha bi", "你 是 傻 逼", "賤人"]
    first = [model.score(t) for t in texts]
    assert all(0.0 <= s <= 1.0 for s in first)
    assert first == [model.score(t) for t in texts]
    assert first == AbuseModel.load(model.name).score_many(texts)


def test_scores_do_not_depend_on_the_hash_seed(model):
    code = (
        "from qungui.models.abuse import AbuseModel\n"
        f"print(repr(AbuseModel.load('{model.name}').score('你他妈的就是个傻逼')))"
    )
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert float(out.stdout) == model.score("你他妈的就是个傻逼")


@pytest.mark.parametrize(
    "text",
    ["", "😀🙂😡🤬👍" * 20, "傻" * 1_000_000, "你好，" * 350_000],
    ids=["empty", "emoji-only", "1M-same-char", "1M-chat"],
)
def test_degenerate_and_huge_texts_take_bounded_time(model, text):
    start = time.perf_counter()
    score = model.score(text)
    assert 0.0 <= score <= 1.0
    assert time.perf_counter() - start < 5.0


def test_normalized_entry_point_matches(model):
    from qungui.text.normalize import normalize

    for text in ABUSIVE + ORDINARY:
        assert model.score(text) == model.score_normalized(normalize(text).compact)


def test_homophones_and_pinyin_share_pinyin_tokens(model):
    fz: Featurizer = model.featurizer
    assert fz.pinyin_tokens("你是傻逼") == fz.pinyin_tokens("你是沙比") == fz.pinyin_tokens("nishishabi")
    assert fz.split_pinyin("nmsl") is None


def test_model_file_round_trip():
    header = {"x": 1}
    blob = pack(header, {"w": ("h", (1).to_bytes(2, "little") + (65535).to_bytes(2, "little"))})
    back, arrays = unpack(blob)
    assert back == header and list(arrays["w"]) == [1, -1]
    with pytest.raises(ValueError):
        unpack(b"not a model")


def test_inference_imports_neither_sklearn_nor_numpy():
    code = (
        "import sys\n"
        "from qungui.models.abuse import AbuseModel\n"
        "import qungui.rules.detectors.classifier\n"
        "AbuseModel.load('abuse-v1').score('你他妈的就是个傻逼')\n"
        "print(sorted(m for m in ('sklearn', 'numpy', 'scipy', 'jieba') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the detector ---------------------------------------------------------------------------------


def make_detector(**settings) -> AbuseClassifierDetector:
    clause = Clause(
        id="一.1",
        text="不得辱骂他人",
        title="不辱骂",
        category=Category.ABUSE,
        enforcement="manual",
        reason="test",
    )
    book = Rulebook(name="t", title="t", group_kind="custom", clauses=[clause])
    return AbuseClassifierDetector(AbuseClassifierSettings(**settings), clause=clause, rulebook=book)


def message(text: str) -> tuple[MessageEvent, DetectContext]:
    event = MessageEvent(
        id="m1",
        group=GroupRef(platform="sim", id="g1"),
        ts=NOW,
        sender=MemberRef(platform="sim", id="u1"),
        text=text,
    )
    detector_book = make_detector().rulebook
    return event, DetectContext(detector_book, GroupState(group_id="g1"), MemberState(member_id="u1"), NOW)


def test_detector_reports_above_threshold_and_not_below():
    detector = make_detector()
    assert "model" not in detector.__dict__  # lazy: nothing loaded before the first message
    finding = detector.detect(*message(ABUSIVE[0]))
    assert len(finding) == 1
    f = finding[0]
    assert f.detector == "abuse_model" and f.category is Category.ABUSE and f.clause == "一.1"
    assert f.score >= detector.model.threshold and f.evidence == ABUSIVE[0] and f.detail == {"model": DEFAULT_NAME}
    loaded = detector.model
    for text in ORDINARY:
        assert detector.detect(*message(text)) == []
    assert detector.model is loaded  # loaded once per detector instance
    assert detector.threshold == loaded.threshold and f"{loaded.threshold:.2f}" in detector.mechanism()


def test_detector_threshold_min_chars_and_evidence_truncation():
    text = ABUSIVE[0] + "。" + "今天天气不错" * 20
    score = make_detector().model.score(text)
    assert make_detector(threshold=min(0.99, score + 0.01)).detect(*message(text)) == []
    found = make_detector(threshold=max(0.01, score - 0.01)).detect(*message(text))
    assert found and len(found[0].evidence) == 60 and text.startswith(found[0].evidence[:-1])
    assert make_detector(min_chars=50).detect(*message(ABUSIVE[0])) == []
    assert make_detector().detect(*message("")) == []


def test_tfidf_and_ensemble_components_follow_the_formula():
    """The shipped file uses one presence component; the format also carries tf-idf ones (ensembles)."""
    import math
    from array import array

    config = FeatureConfig(buckets_log2=4, char_min=1, char_max=1, pinyin_min=0, pinyin_max=0)
    size = 1 << config.buckets_log2
    weights = array("h", [2] * size).tobytes()
    idf = array("B", [255] * size).tobytes()
    header = {
        "feature_config": config.as_dict(),
        "syllables": [""],
        "components": [
            {"kind": "tfidf", "bias": -1.0, "scale": 0.5, "weights": "w", "idf": "idf", "idf_scale": 1 / 255},
            {"kind": "presence", "bias": 0.0, "scale": 0.25, "weights": "w"},
        ],
        "card": {"name": "tiny", "threshold": 0.4},
    }
    tables = {"pinyin_table": ("H", bytes(2 * 20992)), "w": ("h", weights), "idf": ("B", idf)}
    tiny = AbuseModel.from_bytes(pack(header, tables))
    counts = tiny.featurizer.counts("aab")
    x = [1.0 + math.log(c) for c in counts.values()]
    tfidf_logit = -1.0 + 0.5 * sum(2 * v for v in x) / math.sqrt(sum(v * v for v in x))
    presence_logit = 0.25 * 2 * len(counts)
    expected = (1 / (1 + math.exp(-tfidf_logit)) + 1 / (1 + math.exp(-presence_logit))) / 2
    assert tiny.score_normalized("aab") == pytest.approx(expected)
    assert tiny.threshold == 0.4 and tiny.name == "tiny"


def test_the_anti_bias_mix_reads_stance_better_on_the_hand_written_probe():
    """abuse-v3 learnt hand-written texts against bias; abuse-probe.tsv was written separately and never
    trained on. v3 must beat v1 on it clearly, and no probe line may repeat a training line."""
    from qungui.models.training.data import read_tsv

    probe = read_tsv(Path(str(data_file("abuse-probe.tsv"))))
    trained = {text for _, text in read_tsv(Path(str(data_file("abuse-antibias-2.tsv"))))}
    assert len(probe) == 400 and not trained & {text for _, text in probe}

    def macro_f1(name: str) -> float:
        m = AbuseModel.load(name)
        pred = [m.score(text) >= m.threshold for _, text in probe]
        gold = [label == "1" for label, _ in probe]
        f1 = []
        for cls in (True, False):
            tp = sum(p == g == cls for p, g in zip(pred, gold, strict=True))
            wrong = sum(p != g for p, g in zip(pred, gold, strict=True) if cls in (p, g))
            f1.append(2 * tp / (2 * tp + wrong))
        return sum(f1) / 2

    v1, v3 = macro_f1("abuse-v1"), macro_f1("abuse-v3")
    assert v3 >= v1 + 0.03, (v1, v3)
