"""The model card written next to the shipped model, and the guard against normalization drift.

The model reads `normalize(text).compact`. If normalization changes after training (new folding
rules, emoji stand-ins, numeral handling…), the model sees inputs it was not trained on. The card
therefore records the compact form of `NORMALIZE_PROBES` (checked by tests/models/test_abuse.py)
and a SHA-256 over the compact forms of the whole training corpus (checked by bench_abuse.py).
Either mismatch means: rerun `python -m qungui.models.training.train_abuse`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from qungui.models.features import FeatureConfig
from qungui.text.normalize import normalize

NAME = "abuse-v1"
NORMALIZE_PROBES = (
    "明天上午十点开会，请大家准时参加。",
    "你他妈的就是个傻逼！！！",
    "黑人、白人、黄种人都一样吗？",
    "說話要講道理，別亂罵人",
    "ＡＢＣ１２３ａｂｃ",
    "加 我 微 信 ·❤ 聊",
    "一三八零零一三八零零零",
    "三个人去了两次",
    "弓虽 大 的 女 生",
    "[机智][doge]哈哈哈😂😂🐶",
    "nmsl sb ni shi sha bi",
    "他说：“滚出中国”……",
    "𝐇𝕌𝐗 ①③⑧ 壹叁捌",
    "zero\u200bwidth\u200d字",
)


def normalize_probes() -> dict[str, str]:
    return {probe: normalize(probe).compact for probe in NORMALIZE_PROBES}


def corpus_fingerprint(compact_texts: list[str]) -> str:
    digest = hashlib.sha256()
    for text in compact_texts:
        digest.update(text.encode("utf-8") + b"\n")
    return digest.hexdigest()


def _without_timing(result: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in result.items() if k != "seconds"}


def build_card(
    data: Path,
    model: dict[str, Any],
    features: FeatureConfig,
    chosen: dict[str, float],
    results: dict[str, dict[str, float]],
    augment_seed: int,
) -> dict[str, Any]:
    commit_file = data / "SOURCE_COMMIT"
    commit = commit_file.read_text().strip() if commit_file.exists() else None
    return {
        "name": NAME,
        "task": "binary offensive-language detection for Chinese chat (0 = safe, 1 = offensive)",
        "input": "qungui.text.normalize.normalize(text).compact",
        "features": {
            **features.as_dict(),
            "hash": "zlib.crc32 of family tag + gram, low buckets_log2 bits",
            "families": "c = char n-grams (padded), p = pinyin-token n-grams (toneless, Latin runs split)",
        },
        "model": model,
        "augmentation": {
            "used": model["augment"],
            "what": "one copy of every training text with 20% of Han chars replaced: 70% common homophone "
            "(same toneless pinyin, chars seen >= 20 times in train), else full pinyin",
            "seed": augment_seed,
        },
        "selection": "max of (dev macro-F1 + disguised-dev macro-F1, both at the dev threshold) over shippable "
        "configs; threshold = argmax of dev macro-F1 smoothed over ±0.02",
        "threshold": chosen["threshold"],
        "dev": _without_timing(chosen),
        "all_configurations_dev": {name: _without_timing(r) for name, r in results.items()},
        "training_data": {
            "dataset": "COLD (thu-coai/COLDataset): final fit on train + dev; test never used",
            "source_commit": commit,
            "licence": "COLD is Apache-2.0 (see its LICENSE); the weights are derived from it.",
        },
        "published_reference_on_cold_test": {
            "roberta-base-cold": {"accuracy": 0.8275, "macro_f1": 0.8239},
            "char n-gram tfidf + lr": {"macro_f1": 0.795},
        },
        "runtime": "pure Python (array, zlib, math); no numpy or scikit-learn",
        "normalize_probes": normalize_probes(),
    }
