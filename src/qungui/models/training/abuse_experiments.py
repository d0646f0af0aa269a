"""Second-pass experiments for the abuse model (issue 3), judged on COLD dev only (test.csv is never read).

    .venv/bin/python -m qungui.models.training.abuse_experiments --data ../shared/datasets/cold --only cue,anti

Each experiment is trained on train (+ the hand-written extras, + one disguised copy of each text) and
scored on dev and on disguised dev, at the threshold chosen on dev (`train_abuse.choose_threshold`), and
on the dev subset whose texts hold a stance cue and a target word. `--only` picks (default: cue,mlp):

- ``cue``: NB-LR plus stance × target cue-pair features (`cue_pair_keys`), one or three hashed copies;
- ``gap``: NB-LR plus gapped character pairs (one or two characters skipped: longer context);
- ``mlp``: a one-hidden-layer MLP over hashed n-gram presence (scikit-learn; judging the idea only);
- ``anti``: NB-LR with a hand-written anti-bias file added (``--anti-file``, default
  ``models/data/abuse-antibias.tsv``; ``--anti-copies``, default 3,10), also scored on a probe
  (``--probe-file``, a label<TAB>text file never trained on; default `PROBE`) at dev's threshold;
- ``words``: jieba word 1–2-grams added (evaluation only: the run-time has no segmenter);
- ``cv``: 5-fold cross-validation on train, shipped recipe vs + cue pairs, paired differences;

plus mean-of-probability ensembles of each with the shipped NB-LR recipe (which always runs first).
Nothing here writes a model: the shipped one comes from `qungui.models.training.train_abuse`.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from qungui.models.training.data import read_tsv
from qungui.models.training.train_abuse import (
    BUCKETS_LOG2,
    Candidate,
    FeatureStore,
    choose_threshold,
    fit_part,
    macro_f1,
    mix_parts,
    prepare,
    probability,
)

DATA = Path(__file__).resolve().parents[1] / "data"
BASE = Candidate("nb-lr c1-3+py1-3 +aug", (1, 3), (1, 3), (("nb", 0.1),), augment=True)


# Stance × target cue pairs (issue 3, second pass): texts that *defend* a group name the group and a stance
# word (歧视, 地域黑, 一概而论 …); an n-gram model sees the group word and leans towards "attack". Each pair
# (stance cue, target word) present anywhere in the compact text becomes one hashed feature, plus the
# pairs with "any" on either side, so a linear model can learn the conjunction.
_CUES = (
    "歧视 偏见 地域黑 地图炮 一概而论 以偏概全 刻板印象 不应该 不该 反对 尊重 平等 一视同仁 都是人 个例 个别 "
    "不能代表 因人而异 哪里都有 哪都有 不是所有 理性 包容 支持 保护 受害 不公 不对 过分 抵制 无论 不管 "
    "不分 人人 每个人 谁都 拒绝 反感 可怜 心疼 同情 善良 正常 友好 友善 不要 别"
)
STANCE_CUES = tuple(_CUES.split())
_TARGETS = (
    "黑人 黑鬼 白人 白皮 外国人 老外 洋人 非洲 种族 肤色 女人 女性 女生 女的 女孩 男人 男性 男生 男的 "
    "女权 田园 同性恋 基佬 同性 性别 河南 东北 上海 北京 新疆 广东 四川 湖南 安徽 山东 福建 湖北 "
    "地域 南方 北方 农村 乡下 外地 民族 穆斯林 日本 韩国 印度"
)
TARGET_WORDS = tuple(_TARGETS.split())
_CUE_RUN = re.compile("|".join(sorted(map(re.escape, STANCE_CUES), key=len, reverse=True)))
_TARGET_RUN = re.compile("|".join(sorted(map(re.escape, TARGET_WORDS), key=len, reverse=True)))


def cue_pair_keys(compact: str) -> list[str]:
    """The stance × target keys of a compact text (sorted, distinct); empty unless both kinds occur."""
    cues = set(_CUE_RUN.findall(compact))
    if not cues:
        return []
    targets = set(_TARGET_RUN.findall(compact))
    if not targets:
        return []
    keys = {f"x{c}|{t}" for c in cues for t in targets}
    keys |= {f"x*|{t}" for t in targets} | {f"x{c}|*" for c in cues} | {"x*|*"}
    return sorted(keys)


# A held-out probe of the test weakness, written separately from abuse-antibias.tsv and never trained on:
# texts against bias that name the group (0) and attacks on the same groups (1).
PROBE = [
    (0, s)
    for s in (
        "别老拿地域说事，谁家没几个不靠谱的人",
        "我有好几个东北同事，人都很好，那些段子太伤人了",
        "黑人同学跟我们一样考试熬夜，别再用那些外号了",
        "拿性别开玩笑一点都不幽默",
        "河南人被黑了这么多年，其实大部分人都老老实实过日子",
        "反对歧视女性，也反对歧视男性",
        "种族歧视害人害己，希望大家都能平等看待别人",
        "出身农村不丢人，嘲笑别人出身才丢人",
        "同性恋者也是普通人，他们的权利应该得到保护",
        "不要因为一条新闻就骂整个地方的人",
        "说女生数学不好的，是你自己的偏见",
        "外国人里也有很多友善的人，不能一棒子打死",
        "少数民族同胞也是一家人，别搞对立",
        "别再用“某地人”来代指小偷了，这种说法很伤人",
        "男人也可以做家务带孩子，这没有什么好笑的",
        "任何人都不应该因为肤色被区别对待",
        "骂人家乡的时候想想，你的家乡也会被别人这样骂",
        "那个新闻里的人犯了错，跟他是哪里人没关系",
        "地域歧视和种族歧视本质上是一回事",
        "女司机男司机都有技术差的，别只盯着女的说",
        "别给上海人贴标签，热心肠的多的是",
        "我们不能因为几个人犯罪就歧视整个群体",
        "尊重女性不是特权，是基本的礼貌",
        "网上骂黑人的那些话，换成骂中国人你受得了吗",
        "你说的是个别现象，不能代表所有广东人",
    )
] + [
    (1, s)
    for s in (
        "河南人偷井盖不是一天两天了",
        "东北人就知道吹牛喝酒打架",
        "黑人智商就是低，没办法",
        "女人开车就是灾难",
        "同性恋恶心死了，别出来恶心人",
        "外地狗滚出我们城市",
        "女的就知道要彩礼，全是拜金女",
        "非洲人又脏又懒，活该穷",
        "男人没一个好东西，都该死",
        "农村来的土包子，一股穷酸味",
        "广东人是不是什么恶心东西都吃",
        "新疆人别来内地了，看着就怕",
        "这帮娘们就会哭哭啼啼",
        "老黑都是强奸犯，离他们远点",
        "上海人就是瞧不起外地人的势利眼",
    )
]


def cue_pairs_matrix(texts: list[str], bits: int, copies: int = 1) -> sp.csr_matrix:
    indptr, indices = [0], []
    mask = (1 << bits) - 1
    for text in texts:
        keys = {zlib.crc32(f"{k}#{i}".encode()) & mask for k in cue_pair_keys(text) for i in range(copies)}
        indices.extend(sorted(keys))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sp.csr_matrix((data, indices, indptr), shape=(len(texts), 1 << bits))


SUBSET: np.ndarray | None = None  # dev texts holding a stance cue and a target word


def report(name: str, y_dev: np.ndarray, p_dev: np.ndarray, p_dis: np.ndarray, seconds: float) -> dict[str, float]:
    t = choose_threshold(y_dev, p_dev)
    if SUBSET is not None:
        sub, ys = p_dev[SUBSET], y_dev[SUBSET]
        safe = float(np.mean(sub[ys == 0] < t))
        print(f"    stance subset (n={len(ys)}): macro-F1 {macro_f1(ys, sub, t):.4f}, safe correct {safe:.3f}")
    r = {
        "dev_macro_f1_at_0.5": round(macro_f1(y_dev, p_dev, 0.5), 4),
        "dev_macro_f1": round(macro_f1(y_dev, p_dev, t), 4),
        "threshold": t,
        "dev_disguised_macro_f1": round(macro_f1(y_dev, p_dis, t), 4),
    }
    print(
        f"{name:52s} dev {r['dev_macro_f1_at_0.5']:.4f} @0.5, {r['dev_macro_f1']:.4f} @{t:.3f}; "
        f"disguised {r['dev_disguised_macro_f1']:.4f}  {seconds:.0f}s",
        flush=True,
    )
    return r


def fold(x: sp.csr_matrix, bits: int) -> sp.csr_matrix:
    """Binary presence folded into 2**bits buckets, L2-normalised rows."""
    x = sp.csr_matrix((np.ones_like(x.data), x.indices & ((1 << bits) - 1), x.indptr), shape=(x.shape[0], 1 << bits))
    x.sum_duplicates()
    x.data[:] = 1.0
    lengths = np.diff(x.indptr)
    x.data /= np.sqrt(np.repeat(np.maximum(lengths, 1), lengths))
    return x


def gap_matrix(texts: list[str], bits: int, gaps: tuple[int, ...] = (1, 2)) -> sp.csr_matrix:
    """Gapped character pairs ("不_视": a character, `gap` skipped characters, a character), hashed."""
    indptr, indices = [0], []
    mask = (1 << bits) - 1
    for text in texts:
        padded = f"\x02{text}\x03"
        keys = {
            zlib.crc32(f"g{gap}{padded[i]}{padded[i + gap + 1]}".encode()) & mask
            for gap in gaps
            for i in range(len(padded) - gap - 1)
        }
        indices.extend(sorted(keys))
        indptr.append(len(indices))
    return sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(texts), 1 << bits))


def probe_report(name, probe_y, p_probe, p_dev, y_dev, r=None) -> None:
    t = r["threshold"] if r else choose_threshold(y_dev, p_dev)
    safe = int(np.sum(p_probe[probe_y == 0] < t))
    caught = int(np.sum(p_probe[probe_y == 1] >= t))
    print(
        f"    probe ({name}): safe correct {safe}/{int(np.sum(probe_y == 0))}, attacks caught "
        f"{caught}/{int(np.sum(probe_y == 1))}, macro-F1 {macro_f1(probe_y, p_probe, t):.4f} @{t:.3f}",
        flush=True,
    )


def cross_validate(
    store: FeatureStore, texts: list[str], labels: list[int], n_cold: int, augment, words: bool, k: int = 5
) -> None:
    """k-fold CV on COLD train (the extras always train): macro-F1 at 0.5 of the shipped recipe, + cue pairs
    (+ jieba words when `words`), with the paired difference per fold (is a ±0.002 dev difference noise?)."""
    y_all = np.asarray(labels)
    store.texts["cv"] = texts + [augment(t) for t in texts]
    base = store.matrix("cv", BASE)
    configs = {"base": base, "cue": base + cue_pairs_matrix(store.texts["cv"], BUCKETS_LOG2)}
    if words:
        configs["words"] = store.matrix("cv", Candidate("w", (1, 3), (1, 3), (("nb", 0.1),), words=True))
    n = len(texts)
    fold_of = np.random.default_rng(7).permutation(n_cold) % k
    scores: dict[str, list[float]] = {name: [] for name in configs}
    for f in range(k):
        held = np.flatnonzero(fold_of == f)
        fit = np.setdiff1d(np.arange(n), held)
        fit = np.concatenate([fit, fit + n])  # each training text and its disguised copy
        y_fit = np.concatenate([y_all, y_all])[fit]
        for name, x in configs.items():
            parts = [fit_part("nb", 0.1, x[fit], y_fit, False)]
            scores[name].append(macro_f1(y_all[held], probability(parts, x[held]), 0.5))
        print(f"  fold {f}: " + ", ".join(f"{m} {v[-1]:.4f}" for m, v in scores.items()), flush=True)
    for name in list(configs)[1:]:
        diff = np.asarray(scores[name]) - np.asarray(scores["base"])
        print(
            f"cv {k}-fold: {name} {np.mean(scores[name]):.4f} vs base {np.mean(scores['base']):.4f}; "
            f"paired diff {diff.mean():+.4f} ± {diff.std(ddof=1):.4f}",
            flush=True,
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/datasets/cold"))
    parser.add_argument("--only", default="cue,mlp", help="comma-separated: cue, gap, mlp, anti, words, cv")
    parser.add_argument("--anti-file", type=Path, default=DATA / "abuse-antibias.tsv")
    parser.add_argument("--anti-copies", default="3,10", help="comma-separated copy counts of --anti-file")
    parser.add_argument("--probe-file", type=Path, help="label<TAB>text lines to judge the anti experiment on")
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(",")))

    prep = prepare(args.data)
    train, dev, store, augment = prep.train, prep.dev, prep.store, prep.augment
    extra_labels, train_compact = prep.extra_labels, prep.train_compact
    y = np.concatenate([prep.y_train, prep.y_train])
    y_dev = np.asarray(dev.labels)
    x, xd, xdd = (store.matrix(k, BASE) for k in ("train_aug", "dev", "dev_disguised"))
    global SUBSET

    SUBSET = np.asarray([bool(cue_pair_keys(t)) for t in dev.compact])
    print(f"train {len(train.labels)}, dev {len(dev.labels)}; test.csv not read", flush=True)

    probs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    start = time.perf_counter()
    parts = [fit_part("nb", 0.1, x, y, False)]
    probs["nb"] = (probability(parts, xd), probability(parts, xdd))
    report("nb-lr c1-3+py1-3 +aug (shipped recipe)", y_dev, *probs["nb"], time.perf_counter() - start)

    if "cue" in only:
        start = time.perf_counter()
        for copies in (1, 3):
            cx, cxd, cxdd = (
                cue_pairs_matrix(store.texts[k], BUCKETS_LOG2, copies) for k in ("train_aug", "dev", "dev_disguised")
            )
            parts = [fit_part("nb", 0.1, x + cx, y, False)]
            probs[f"cue×{copies}"] = (probability(parts, xd + cxd), probability(parts, xdd + cxdd))
            report(
                f"nb-lr + stance×target pairs ×{copies}", y_dev, *probs[f"cue×{copies}"], time.perf_counter() - start
            )

    if "gap" in only:
        for gaps in ((1,), (1, 2)):
            start = time.perf_counter()
            gx, gxd, gxdd = (
                gap_matrix(store.texts[k], BUCKETS_LOG2, gaps) for k in ("train_aug", "dev", "dev_disguised")
            )
            parts = [fit_part("nb", 0.1, x + gx, y, False)]
            key = "gap" + "".join(map(str, gaps))
            probs[key] = (probability(parts, xd + gxd), probability(parts, xdd + gxdd))
            report(f"nb-lr + gapped char pairs, gaps {gaps}", y_dev, *probs[key], time.perf_counter() - start)

    if "mlp" in only:
        from sklearn.neural_network import MLPClassifier

        for bits, hidden, epochs in ((18, 32, 4),):
            start = time.perf_counter()
            mlp = MLPClassifier(
                hidden_layer_sizes=(hidden,),
                alpha=1e-4,
                batch_size=256,
                learning_rate_init=1e-3,
                max_iter=epochs,
                shuffle=True,
                random_state=0,
            )
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                mlp.fit(fold(x, bits), y)
            key = f"mlp{bits}-{hidden}-{epochs}"
            probs[key] = (mlp.predict_proba(fold(xd, bits))[:, 1], mlp.predict_proba(fold(xdd, bits))[:, 1])
            report(
                f"mlp 2^{bits} buckets, {hidden} hidden, {epochs} epochs",
                y_dev,
                *probs[key],
                time.perf_counter() - start,
            )

    if "anti" in only:
        from qungui.text.normalize import normalize as norm

        rows = read_tsv(args.anti_file)
        probe = [(int(label), text) for label, text in read_tsv(args.probe_file)] if args.probe_file else PROBE
        probe_y = np.asarray([label for label, _ in probe])
        store.texts["probe"] = [norm(text).compact for _, text in probe]
        xp = store.matrix("probe", BASE)
        shipped = fit_part("nb", 0.1, x, y, False)
        probe_report("shipped recipe", probe_y, probability([shipped], xp), probs["nb"][0], y_dev)
        for copies in (int(c) for c in args.anti_copies.split(",")):
            start = time.perf_counter()
            anti = [norm(text).compact for _, text in rows] * copies
            anti_y = np.asarray([int(label) for label, _ in rows] * copies)
            n_train = len(train_compact)
            texts = train_compact + anti
            store.texts[f"anti{copies}"] = texts + [augment(t) for t in texts]
            xa = store.matrix(f"anti{copies}", BASE)
            ya = np.concatenate([y[:n_train], anti_y, y[:n_train], anti_y])
            parts = [fit_part("nb", 0.1, xa, ya, False)]
            probs[f"anti×{copies}"] = (probability(parts, xd), probability(parts, xdd))
            r = report(
                f"nb-lr + {args.anti_file.name} ×{copies}", y_dev, *probs[f"anti×{copies}"], time.perf_counter() - start
            )
            probe_report(f"anti×{copies}", probe_y, probability(parts, xp), probs[f"anti×{copies}"][0], y_dev, r)
            for w in (0.7, 0.5):  # one linear model: the weighted mean of both presence models' logits
                mixed = [mix_parts(shipped, parts[0], w)]
                pair = (probability(mixed, xd), probability(mixed, xdd))
                name = f"logit mix {w:.1f}·shipped + {1 - w:.1f}·anti×{copies}"
                r = report(name, y_dev, *pair, 0)
                probe_report(name, probe_y, probability(mixed, xp), pair[0], y_dev, r)

    if "words" in only:
        start = time.perf_counter()
        wc = Candidate("w", (1, 3), (1, 3), (("nb", 0.1),), augment=True, words=True)
        wx, wxd, wxdd = (store.matrix(k, wc) for k in ("train_aug", "dev", "dev_disguised"))
        parts = [fit_part("nb", 0.1, wx, y, False)]
        probs["words"] = (probability(parts, wxd), probability(parts, wxdd))
        report("nb-lr + jieba words 1-2 (evaluation only)", y_dev, *probs["words"], time.perf_counter() - start)

    if "cv" in only:
        cross_validate(store, train_compact, train.labels + extra_labels, len(train.labels), augment, "words" in only)

    names = [k for k in probs if k != "nb"]
    for k in names:
        for w in (0.5, 0.7):
            pd = w * probs["nb"][0] + (1 - w) * probs[k][0]
            pdd = w * probs["nb"][1] + (1 - w) * probs[k][1]
            report(f"ensemble {w:.1f}·nb + {1 - w:.1f}·{k}", y_dev, pd, pdd, 0)
    if len(names) >= 2:
        pd = np.mean([probs[k][0] for k in probs], axis=0)
        pdd = np.mean([probs[k][1] for k in probs], axis=0)
        report("ensemble mean of all", y_dev, pd, pdd, 0)


if __name__ == "__main__":
    main(sys.argv[1:])
