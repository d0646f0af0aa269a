"""abuse-v2 (NB-LR + char BiGRU): numpy reproduces the PyTorch scores recorded in the card, batches equal
one-by-one scoring, any input is bounded, gating only skips the BiGRU outside its band, and torch is
never needed at run time (torch is not installed in the project's environment at all)."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import numpy as np
import pytest

from qungui.models.abuse import DEFAULT_NAME, MAX_SCAN, WINDOW, AbuseModel
from qungui.models.neural import MAX_LEN, NeuralModel
from qungui.text.normalize import normalize


def data_file(name: str):
    return resources.files("qungui.models").joinpath("data", name)


CARD = json.loads(data_file("abuse-v2.json").read_text(encoding="utf-8"))
INSULTS = ["你个傻逼", "你他妈的就是个傻逼！！！", "你就是个废物，垃圾东西", "河南人都是骗子"]
ORDINARY = [
    "明天上午十点开会，请大家准时参加。",
    "报销单已经提交给财务了，麻烦审批一下",
    "凭什么要我道歉",
    "收到，谢谢大家的配合",
]


@pytest.fixture(scope="module")
def model() -> AbuseModel:
    return AbuseModel.load("abuse-v2")


@pytest.fixture(scope="module")
def ungated() -> AbuseModel:
    return AbuseModel.load("abuse-v2", gate=False)


def mixed_compacts() -> list[str]:
    rng = np.random.default_rng(3)
    pool = [*"的一是了我不人在他有这个上们来到时大地你说傻逼黑人女性河南歧视反对垃圾滚abc123 ，。😂", "\ud800"]
    texts = ["".join(rng.choice(pool, size=int(n))) for n in rng.integers(0, 80, size=200)]
    texts += INSULTS + ORDINARY + ["", "😂" * 30, "傻逼" * 400, "反对歧视" * 150]
    return [normalize(t).compact if "\ud800" not in t else t for t in texts]


def test_default_model_is_the_card_ensemble(model):
    assert DEFAULT_NAME == "abuse-v3" and model.name == CARD["name"] == "abuse-v2"
    assert model.neural is not None and model.gate
    assert model.threshold == CARD["threshold"] == CARD["dev"]["ensemble"]["threshold"]
    assert model.nblr_weight == CARD["ensemble"]["nblr_weight"]
    assert list(model.band) == CARD["gating_band"]
    assert model.band[0] <= model.threshold <= model.band[1]
    assert data_file(CARD["components"]["neural"]["file"]).read_bytes()[:2] == b"PK"  # an .npz (zip)
    assert len(data_file(CARD["components"]["neural"]["file"]).read_bytes()) <= 8 * 1024 * 1024


def test_numpy_reproduces_the_torch_reference_scores(model):
    refs = CARD["reference_scores"]["texts"]
    assert len(refs) >= 8
    got = model.neural.score_many([normalize(text).compact for text in refs])
    assert np.abs(got - np.asarray(list(refs.values()))).max() < 1e-4


def test_probe_ensemble_scores_and_decisions_match_the_card(model):
    rows = CARD["probes"]["rows"]
    assert {r["label"] for r in rows} == {0, 1}
    compacts = [normalize(r["text"]).compact for r in rows]
    scores = model.score_many_normalized(compacts)
    for row, score in zip(rows, scores, strict=True):
        assert score == pytest.approx(row["ensemble"], abs=1e-4), row["text"]
        assert (score >= model.threshold) == (row["ensemble"] >= model.threshold), row["text"]


def test_batch_scores_equal_one_by_one(model, ungated):
    compacts = mixed_compacts()
    for m in (model, ungated):
        assert m.score_many_normalized(compacts) == [m.score_normalized(c) for c in compacts]
    alone = [float(model.neural.score_many([c])[0]) for c in compacts]
    assert model.neural.score_many(compacts).tolist() == alone


def test_padding_does_not_change_a_score(model):
    short = normalize("你个傻逼").compact
    batch = [short, "很长的一段正常聊天记录" * 20, "a"]
    assert model.neural.score_many(batch)[0] == model.neural.score_many([short])[0]


def test_gating_skips_the_bigru_only_outside_the_band(model, ungated):
    v1 = AbuseModel.load("abuse-v1")
    compacts = [c for c in mixed_compacts() if len(c) <= WINDOW]
    nblr = v1.score_many_normalized(compacts)
    gated, full = model.score_many_normalized(compacts), ungated.score_many_normalized(compacts)
    lo, hi = model.band
    inside = [lo <= s <= hi for s in nblr]
    assert any(inside) and not all(inside)
    for s, g, f, keep in zip(nblr, gated, full, inside, strict=True):
        assert g == (f if keep else s)
    w = model.nblr_weight
    neural = model.neural.score_many(compacts)
    assert full == pytest.approx([w * s + (1 - w) * p for s, p in zip(nblr, neural, strict=True)], abs=1e-12)


@pytest.mark.parametrize("text", ["", "😀🙂😡🤬👍" * 20, "\ud800", "傻\udfff逼\ud800", "ab\U0001f600\ud83d"])
def test_degenerate_texts_score_as_probabilities(ungated, text):
    for score in (ungated.score(text), ungated.score_normalized(text), ungated.score_many_normalized([text] * 20)[0]):
        assert 0.0 <= score <= 1.0
    assert ungated.score_normalized(text) == ungated.score_many_normalized([text] * 20)[0]


def test_a_megabyte_text_runs_a_bounded_number_of_windows(ungated, monkeypatch):
    seen: list[int] = []
    real = ungated.neural.score_many

    def counting(texts):
        seen.extend(len(t) for t in texts)
        return real(texts)

    monkeypatch.setattr(ungated.neural, "score_many", counting)
    text = "你他妈的就是个傻逼，" * 100_000  # 1,000,000 characters
    assert len(text) == 1_000_000
    score = ungated.score(text)
    assert score >= ungated.threshold
    windows = (MAX_SCAN - WINDOW) // (WINDOW // 2) + 1
    assert len(seen) == windows and max(seen) <= min(WINDOW, MAX_LEN)
    seen.clear()
    assert ungated.score_many_normalized([normalize(text[: MAX_SCAN * 4]).compact] * 16) == [score] * 16
    assert len(seen) == 16 * windows


def test_insults_reach_the_threshold_and_ordinary_chat_does_not(model):
    for text in INSULTS:
        assert model.score(text) >= model.threshold, text
    for text in ORDINARY:
        assert model.score(text) < model.threshold, text


def test_probe_counts_match_the_card_and_do_not_regress():
    """The card's probe (hand-written anti-bias texts and attacks, never trained on), recomputed from the
    shipped models: the card's summary holds, and abuse-v2 is not worse than abuse-v1 on either side."""
    v1, v2 = AbuseModel.load("abuse-v1"), AbuseModel.load("abuse-v2")
    rows = CARD["probes"]["rows"]
    compacts = [normalize(r["text"]).compact for r in rows]
    n = [sum(r["label"] == k for r in rows) for k in (0, 1)]
    right = {}
    for name, m in (("v1", v1), ("v2", v2)):
        scores = m.score_many_normalized(compacts)
        right[name] = [
            sum((s >= m.threshold) == bool(r["label"]) for s, r in zip(scores, rows, strict=True) if r["label"] == k)
            for k in (0, 1)
        ]
        expected = f"anti-bias right {right[name][0]}/{n[0]}, attacks right {right[name][1]}/{n[1]}"
        assert CARD["probes"]["summary"][name] == expected
    assert right["v2"][0] >= right["v1"][0] and right["v2"][1] >= right["v1"][1]


def test_run_time_never_imports_torch_or_the_training_code():
    code = (
        "import sys\n"
        "for name in ('torch', 'sklearn', 'scipy', 'qungui.models.training'):\n"
        "    sys.modules[name] = None\n"
        "from qungui.models.abuse import AbuseModel\n"
        "m = AbuseModel.load('abuse-v2')\n"
        "print(m.neural is not None, m.score('你他妈的就是个傻逼') >= m.threshold, 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True"]
    code = "import sys; import qungui.models.abuse; print('torch' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_neural_file_round_trip_and_card_records_training():
    net = NeuralModel.from_bytes(data_file(CARD["components"]["neural"]["file"]).read_bytes())
    assert net.hidden == CARD["architecture"]["gru_hidden"]
    assert net.char_proj.shape == (CARD["architecture"]["vocab_chars"] + 2, 2, 3 * net.hidden)
    assert CARD["training"]["seconds"] > 0 and CARD["training"]["history"]
    assert CARD["dev"]["ensemble_gated"]["dev_macro_f1"] == CARD["dev"]["ensemble"]["dev"]


def test_a_clause_opts_into_abuse_v2_and_the_default_stays_abuse_v1():
    from models.test_abuse import make_detector, message
    from qungui.rules.detectors.classifier import AbuseClassifierSettings

    default, chosen = make_detector(), make_detector(model="abuse-v2")
    assert default.model.neural is None and chosen.model.neural is not None
    assert "abuse-v2" in chosen.mechanism() and chosen.threshold == CARD["threshold"]
    (finding,) = chosen.detect(*message("你他妈的就是个傻逼"))
    assert finding.detail == {"model": "abuse-v2"}
    with pytest.raises(ValueError):
        AbuseClassifierSettings(model="abuse-v9")
