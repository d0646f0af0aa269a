"""Train the order-aware half of the shipped abuse model (a small char BiGRU) and its NB-LR ensemble.

    python3 -m venv /work/trainenv
    /work/trainenv/bin/pip install /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
    /work/trainenv/bin/pip install -e . scikit-learn scipy pypinyin
    /work/trainenv/bin/python -m qungui.models.training.train_abuse_neural \
        --data ../shared/datasets/cold --out src/qungui/models/data/ --configs wide --threads 1

writes ``abuse-v2.npz`` (BiGRU weights, float16) and ``abuse-v2.json`` (the card: architecture,
hyper-parameters, training time and history, dev figures, ensemble weight, threshold, gating band,
probe table and torch reference scores). ~10 min on one core of a shared 2-core machine.

Training only: needs PyTorch (in a separate venv, never the project's) plus numpy/scipy/scikit-learn
for the NB-LR half. The run-time (`qungui.models.neural`) reads the weights with numpy alone.
test.csv is never read here.

Configurations compared on dev (one core each, two at a time; ensemble = w·NB-LR + (1-w)·BiGRU, w and
threshold chosen on dev; NB-LR alone, refitted on train: dev 0.9131, disguised dev 0.8987):

| config | BiGRU dev / disguised | ensemble dev / disguised (w) | probe anti-bias / attacks |
|---|---|---|---|
| base: emb 64, GRU 64 | 0.9017 / 0.8854 | 0.9132 / 0.9050 (0.7) | 13/25, 11/15 |
| wide: emb 96, GRU 96 (shipped) | 0.9044 / 0.8821 | 0.9170 / 0.9059 (0.6) | 14/25, 13/15 |
| bigram: base + hashed char-bigram embeddings | 0.9039 / 0.8776 | 0.9146 / 0.9023 (0.7) | 14/25, 11/15 |
| base-anti: base + abuse-antibias.tsv x5 | 0.9045 / 0.8831 | 0.9167 / 0.9061 (0.7) | 14/25, 11/15 |

(probe: `abuse_experiments.PROBE`, 25 hand-written anti-bias texts and 15 attacks, never trained on;
abuse-v1 gets 14/25 and 11/15.)

Recipe (all choices on COLD dev, never test):
- input: `normalize(text).compact` (what the NB-LR sees), first `MAX_LEN` characters; each character is
  a char-embedding (chars seen >= 2 times in train + extras, else UNK) plus the embedding of its
  toneless pinyin syllable (Han chars; homophone disguises share it);
- training texts: COLD train + `abuse-extra.tsv` (x3, as the NB-LR recipe), plus every epoch one
  disguised copy of each text (the NB-LR recipe's `Augmenter`, a fresh seed per epoch);
- model: embeddings -> dropout -> 1-layer BiGRU -> masked max and mean pooling -> logistic output;
- early stopping on dev macro-F1 (at the dev-best threshold); the best epoch's weights are kept;
- `--configs` trains several configurations (CONFIGS) and keeps the one whose ensemble is best on dev;
- ensemble: w * NB-LR + (1 - w) * neural probability. The NB-LR half for choosing w is the shipped
  recipe refitted on train only (the shipped NB-LR has seen dev); w and the threshold are chosen on
  dev (mean of clean and disguised dev macro-F1), then the gating band (NB-LR scores outside it skip
  the neural model) is the narrowest whose dev decisions equal the always-on ensemble's.
Seeded (torch, numpy, Python); on 2 CPU cores a run takes ~15 min.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from qungui.models.features import HAN_FIRST, HAN_LAST, FeatureConfig, Featurizer, build_pinyin_table
from qungui.models.training.card import corpus_fingerprint
from qungui.models.training.data import Augmenter, load_split
from qungui.models.training.train_abuse import (
    Candidate,
    choose_threshold,
    fit_part,
    load_disguiser,
    load_extra,
    load_labelled,
    macro_f1,
    prepare,
    probability,
)

REPO = Path(__file__).resolve().parents[4]
NAME = "abuse-v2"
MAX_LEN = 256
BIGRAMS = 32749  # hashed char-bigram buckets (a prime), when a config uses them
BIGRAM_MULT = 1_000_003
NBLR = Candidate("nb-lr c1-3+py1-3 +aug", (1, 3), (1, 3), (("nb", 0.1),), augment=True)  # the shipped recipe
REFERENCE_TEXTS = (
    "你个傻逼",
    "你他妈的就是个傻逼！！！",
    "明天上午十点开会，请大家准时参加。",
    "反对歧视女性，也反对歧视男性",
    "我们不能因为几个人犯罪就歧视整个群体",
    "河南人都是骗子",
    "黑人也是人，不应该被区别对待",
    "凭什么要我道歉",
    "",
    "😂😂😂",
    "nmsl sb ni shi sha bi",
)


class Encoder:
    """Compact text -> (char ids, syllable ids); 0 = padding, 1 = unknown char / no syllable."""

    def __init__(self, vocab: list[str], syllables: list[str], table: list[int]) -> None:
        self.vocab = vocab
        self.index = {ch: i + 2 for i, ch in enumerate(vocab)}
        self.syllables = syllables
        self.table = table

    def encode(self, compact: str) -> tuple[list[int], list[int], list[int]]:
        text = compact[:MAX_LEN] or " "
        chars = [self.index.get(ch, 1) for ch in text]
        syl = []
        for ch in text:
            cp = ord(ch)
            syl.append(
                self.table[cp - HAN_FIRST] + 1 if HAN_FIRST <= cp <= HAN_LAST and self.table[cp - HAN_FIRST] else 1
            )
        return chars, syl, bigrams(text)


def bigrams(text: str) -> list[int]:
    """Hashed char bigram ending at each position (code points; the first char pairs with 0): 1..BIGRAMS."""
    cps = [ord(ch) for ch in text]
    return [(a * BIGRAM_MULT + b) % BIGRAMS + 1 for a, b in zip([0, *cps[:-1]], cps, strict=True)]


class Net(nn.Module):
    def __init__(
        self, n_chars: int, n_syllables: int, dim: int, hidden: int, dropout: float, use_bigrams: bool = False
    ) -> None:
        super().__init__()
        self.char = nn.Embedding(n_chars, dim, padding_idx=0)
        self.syl = nn.Embedding(n_syllables, dim, padding_idx=0)
        self.bigram = nn.Embedding(BIGRAMS + 1, dim, padding_idx=0) if use_bigrams else None
        self.drop = nn.Dropout(dropout)
        self.gru = nn.GRU(dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(4 * hidden, 1)

    def forward(self, chars: torch.Tensor, syl: torch.Tensor, bi: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        x = self.char(chars) + self.syl(syl)
        if self.bigram is not None:
            x = x + self.bigram(bi)
        x = self.drop(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.gru(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=chars.shape[1])
        mask = (torch.arange(chars.shape[1])[None, :] < lengths[:, None]).unsqueeze(-1)
        pooled_max = out.masked_fill(~mask, -1e4).max(dim=1).values
        pooled_mean = (out * mask).sum(dim=1) / lengths[:, None].float()
        return self.out(self.drop(torch.cat([pooled_max, pooled_mean], dim=1))).squeeze(-1)


def batches(encoded: list[tuple[list[int], list[int], list[int]]], size: int, order: list[int]):
    for start in range(0, len(order), size):
        idx = order[start : start + size]
        longest = max(len(encoded[i][0]) for i in idx)
        chars = torch.zeros((len(idx), longest), dtype=torch.long)
        syl = torch.zeros((len(idx), longest), dtype=torch.long)
        bi = torch.zeros((len(idx), longest), dtype=torch.long)
        lengths = torch.tensor([len(encoded[i][0]) for i in idx])
        for row, i in enumerate(idx):
            c, s, b = encoded[i]
            chars[row, : len(c)] = torch.tensor(c)
            syl[row, : len(s)] = torch.tensor(s)
            bi[row, : len(b)] = torch.tensor(b)
        yield idx, chars, syl, bi, lengths


def predict(net: Net, encoded: list[tuple[list[int], list[int], list[int]]]) -> np.ndarray:
    net.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    out = np.zeros(len(encoded))
    with torch.no_grad():
        for idx, chars, syl, bi, lengths in batches(encoded, 256, order):
            out[idx] = torch.sigmoid(net(chars, syl, bi, lengths)).numpy()
    return out


def length_bucketed_order(
    encoded: list[tuple[list[int], list[int], list[int]]], size: int, rng: random.Random
) -> list[int]:
    """Shuffle, then sort within chunks of 50 batches by length (less padding), then shuffle the batches."""
    order = list(range(len(encoded)))
    rng.shuffle(order)
    chunk = size * 50
    groups = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: len(encoded[i][0]))
        groups += [part[j : j + size] for j in range(0, len(part), size)]
    rng.shuffle(groups)
    return [i for g in groups for i in g]


def train_net(
    cfg: dict[str, Any],
    enc: Encoder,
    texts: list[str],
    labels: np.ndarray,
    augmenter_for,
    dev: dict[str, Any],
    log,
) -> tuple[Net, list[dict[str, float]]]:
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    net = Net(
        len(enc.vocab) + 2, len(enc.syllables) + 1, cfg["dim"], cfg["hidden"], cfg["dropout"], cfg.get("bigrams", False)
    )
    opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
    loss_fn = nn.BCEWithLogitsLoss()
    base = [enc.encode(t) for t in texts]
    history: list[dict[str, float]] = []
    best_state, best_f1, stale = None, -1.0, 0
    for epoch in range(cfg["epochs"]):
        start = time.perf_counter()
        augment = augmenter_for(epoch)
        encoded = base + [enc.encode(augment(t)) for t in texts]
        y = torch.tensor(np.concatenate([labels, labels]), dtype=torch.float32)
        net.train()
        total = 0.0
        for idx, chars, syl, bi, lengths in batches(
            encoded, cfg["batch"], length_bucketed_order(encoded, cfg["batch"], rng)
        ):
            opt.zero_grad()
            loss = loss_fn(net(chars, syl, bi, lengths), y[idx])
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach()) * len(idx)
        p_dev = predict(net, dev["encoded"])
        threshold = choose_threshold(dev["y"], p_dev)
        f1 = macro_f1(dev["y"], p_dev, threshold)
        row = {
            "epoch": epoch + 1,
            "train_loss": round(total / len(encoded), 4),
            "dev_macro_f1": round(f1, 4),
            "threshold": threshold,
            "seconds": round(time.perf_counter() - start, 1),
        }
        history.append(row)
        log(f"  {cfg['name']} epoch {row['epoch']}: loss {row['train_loss']:.4f} dev {f1:.4f} @{threshold:.3f}")
        if f1 > best_f1 + 1e-4:
            best_f1, stale = f1, 0
            best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
        else:
            stale += 1
            if stale >= cfg["patience"]:
                break
    assert best_state is not None
    net.load_state_dict(best_state)
    return net, history


def half_precision(net: Net) -> None:
    """Round every weight to float16 (what is shipped), so figures and references match the run-time."""
    with torch.no_grad():
        for p in net.parameters():
            p.copy_(p.half().float())


def nblr_dev_scores(data: Path, cache: Path, log) -> dict[str, np.ndarray]:
    """Dev / disguised-dev probabilities of the shipped NB-LR recipe refitted on train (+extras, +aug) only."""
    if cache.exists():
        loaded = np.load(cache)
        return {k: loaded[k] for k in loaded.files}
    start = time.perf_counter()
    prep = prepare(data)
    store, y = prep.store, prep.y_train
    parts = [fit_part(k, c, store.matrix("train_aug", NBLR), np.concatenate([y, y]), False) for k, c in NBLR.parts]
    out = {
        "dev": probability(parts, store.matrix("dev", NBLR)),
        "dev_disguised": probability(parts, store.matrix("dev_disguised", NBLR)),
    }
    np.savez(cache, **out)
    log(f"NB-LR (train only) dev scores in {time.perf_counter() - start:.0f}s")
    return out


def export(net: Net, enc: Encoder, cfg: dict[str, Any]) -> dict[str, np.ndarray]:
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    extra = {"bigram_embedding": sd["bigram.weight"].astype("<f2")} if net.bigram is not None else {}
    return extra | {
        "vocab": np.asarray(enc.vocab, dtype="<U1"),
        "pinyin_table": np.asarray(enc.table, dtype="<u2"),
        "char_embedding": sd["char.weight"].astype("<f2"),
        "syllable_embedding": sd["syl.weight"].astype("<f2"),
        "gru_w_ih": np.stack([sd["gru.weight_ih_l0"], sd["gru.weight_ih_l0_reverse"]]).astype("<f2"),
        "gru_w_hh": np.stack([sd["gru.weight_hh_l0"], sd["gru.weight_hh_l0_reverse"]]).astype("<f2"),
        "gru_b_ih": np.stack([sd["gru.bias_ih_l0"], sd["gru.bias_ih_l0_reverse"]]).astype("<f2"),
        "gru_b_hh": np.stack([sd["gru.bias_hh_l0"], sd["gru.bias_hh_l0_reverse"]]).astype("<f2"),
        "out_w": sd["out.weight"].ravel().astype("<f2"),
        "out_b": sd["out.bias"].astype("<f2"),
    }


def choose_ensemble(y: np.ndarray, nb: dict[str, np.ndarray], nn_: dict[str, np.ndarray]) -> dict[str, Any]:
    rows = []
    for w in np.round(np.arange(0.0, 1.001, 0.1), 2):
        p, pd_ = w * nb["dev"] + (1 - w) * nn_["dev"], w * nb["dev_disguised"] + (1 - w) * nn_["dev_disguised"]
        t = choose_threshold(y, p)
        rows.append(
            {"nblr_weight": float(w), "threshold": t, "dev": macro_f1(y, p, t), "dev_disguised": macro_f1(y, pd_, t)}
        )
    best = max(rows, key=lambda r: r["dev"] + r["dev_disguised"])
    return {"grid": [{k: round(v, 4) for k, v in r.items()} for r in rows], "best": best}


def choose_band(y: np.ndarray, nb: np.ndarray, nn_: np.ndarray, w: float, t: float) -> tuple[float, float]:
    """Narrowest [lo, hi] of NB-LR scores such that using the NB-LR score alone outside it changes no dev decision.

    Outside the band the ensemble score is taken as the NB-LR score itself (w*nb + (1-w)*nb)."""
    full = (w * nb + (1 - w) * nn_) >= t
    lo_candidates = np.round(np.arange(0.0, t + 1e-9, 0.005), 3)
    hi_candidates = np.round(np.arange(1.0, t - 1e-9, -0.005), 3)
    lo = max((c for c in lo_candidates if np.all(full[nb < c] == (nb[nb < c] >= t))), default=0.0)
    hi = min((c for c in hi_candidates if np.all(full[nb > c] == (nb[nb > c] >= t))), default=1.0)
    return float(lo), float(hi)


def probe_table(net: Net, enc: Encoder, w: float, t: float, lo: float, hi: float) -> dict[str, Any]:
    """Hand-written anti-bias texts and attacks on the same groups (never trained on): the shipped NB-LR
    (abuse-v1), the BiGRU (torch) and the gated ensemble, with decisions at each model's threshold."""
    from qungui.models.abuse import AbuseModel
    from qungui.models.training.abuse_experiments import PROBE
    from qungui.text.normalize import normalize

    v1 = AbuseModel.load("abuse-v1")
    compacts = [normalize(text).compact for _, text in PROBE]
    nblr = [v1.score_normalized(c) for c in compacts]
    neural = predict(net, [enc.encode(c) for c in compacts])
    rows, right = [], {"v1": [0, 0], "v2": [0, 0]}
    for (label, text), a, b in zip(PROBE, nblr, neural, strict=True):
        score = w * a + (1 - w) * float(b) if lo <= a <= hi else a
        rows.append({"text": text, "label": label, "nblr": a, "neural": float(b), "ensemble": score})
        right["v1"][label] += int((a >= v1.threshold) == bool(label))
        right["v2"][label] += int((score >= t) == bool(label))
    n0 = sum(1 for label, _ in PROBE if label == 0)
    n1 = len(PROBE) - n0
    summary = {
        k: f"anti-bias right {v[0]}/{n0}, attacks right {v[1]}/{n1}" for k, v in right.items()
    }  # label 0 = anti-bias (safe), 1 = attack
    return {"source": "qungui.models.training.abuse_experiments.PROBE", "summary": summary, "rows": rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/datasets/cold"))
    parser.add_argument("--out", type=Path, default=REPO / "src/qungui/models/data")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/qungui-abuse-nblr-dev.npz"))
    parser.add_argument("--configs", default="wide", help="comma-separated names from CONFIGS to compare on dev")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    random.seed(0)
    np.random.seed(0)
    started = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f}s] {msg}", flush=True)

    from qungui.text.normalize import normalize

    train, dev = load_split(args.data, "train"), load_split(args.data, "dev")
    syllables, table = build_pinyin_table()
    featurizer = Featurizer(FeatureConfig(), syllables, table)
    extra_texts, extra_labels = load_extra()
    texts = train.compact + extra_texts
    labels = np.asarray(train.labels + extra_labels)
    anti_texts, anti_labels = load_labelled("abuse-antibias.tsv")
    counts = Counter(ch for t in texts for ch in t[:MAX_LEN])
    enc = Encoder(sorted(ch for ch, n in counts.items() if n >= 2), syllables, table)
    disguiser = load_disguiser(train.texts)
    y_dev = np.asarray(dev.labels)
    dev_disguised = [normalize(disguiser.disguise(t)).compact for t in dev.texts]
    dev_info = {"encoded": [enc.encode(t) for t in dev.compact], "y": y_dev}
    log(f"train {len(texts)} texts (+1 disguised copy per epoch), dev {len(y_dev)}; vocab {len(enc.vocab)}")

    def augmenter_for(epoch: int) -> Augmenter:
        return Augmenter(featurizer, train.compact, seed=13 + epoch)

    nb = nblr_dev_scores(args.data, args.cache, log)
    results = {}
    nets = {}
    for name in args.configs.split(","):
        cfg = {"name": name, **CONFIGS[name]}
        t0 = time.perf_counter()
        copies = cfg.get("antibias_copies", 0)
        cfg_texts = texts + anti_texts * copies
        cfg_labels = np.concatenate([labels, np.asarray(anti_labels * copies, dtype=labels.dtype)])
        net, history = train_net(cfg, enc, cfg_texts, cfg_labels, augmenter_for, dev_info, log)
        half_precision(net)
        p = {
            "dev": predict(net, dev_info["encoded"]),
            "dev_disguised": predict(net, [enc.encode(t) for t in dev_disguised]),
        }
        t = choose_threshold(y_dev, p["dev"])
        results[name] = {
            "config": cfg,
            "history": history,
            "training_seconds": round(time.perf_counter() - t0, 1),
            "dev_macro_f1": round(macro_f1(y_dev, p["dev"], t), 4),
            "threshold": t,
            "dev_disguised_macro_f1": round(macro_f1(y_dev, p["dev_disguised"], t), 4),
        }
        nets[name] = (net, p)
        r = results[name]
        r["ensemble"] = choose_ensemble(y_dev, nb, p)["best"]
        e = r["ensemble"]
        log(
            f"{name}: neural dev {r['dev_macro_f1']:.4f} @{t:.3f}, disguised {r['dev_disguised_macro_f1']:.4f}; "
            f"ensemble (w={e['nblr_weight']}) dev {e['dev']:.4f} @{e['threshold']:.3f}, "
            f"disguised {e['dev_disguised']:.4f}"
        )
    # What ships is the ensemble: pick the config whose ensemble is best on dev + disguised dev.
    best_name = max(results, key=lambda n: results[n]["ensemble"]["dev"] + results[n]["ensemble"]["dev_disguised"])
    net, p_nn = nets[best_name]
    t_nb = choose_threshold(y_dev, nb["dev"])
    ensemble = choose_ensemble(y_dev, nb, p_nn)
    best = ensemble["best"]
    w, t = best["nblr_weight"], best["threshold"]
    lo, hi = choose_band(y_dev, nb["dev"], p_nn["dev"], w, t)
    inside = (nb["dev"] >= lo) & (nb["dev"] <= hi)
    gated = np.where(inside, w * nb["dev"] + (1 - w) * p_nn["dev"], nb["dev"])
    inside_d = (nb["dev_disguised"] >= lo) & (nb["dev_disguised"] <= hi)
    mixed_d = w * nb["dev_disguised"] + (1 - w) * p_nn["dev_disguised"]
    gated_d = np.where(inside_d, mixed_d, nb["dev_disguised"])
    figures = {
        "nblr_train_only": {
            "dev_macro_f1": round(macro_f1(y_dev, nb["dev"], t_nb), 4),
            "threshold": t_nb,
            "dev_disguised_macro_f1": round(macro_f1(y_dev, nb["dev_disguised"], t_nb), 4),
        },
        "neural": {k: results[best_name][k] for k in ("dev_macro_f1", "threshold", "dev_disguised_macro_f1")},
        "ensemble": {k: round(v, 4) for k, v in best.items()},
        "ensemble_gated": {
            "band": [lo, hi],
            "dev_share_in_band": round(float(inside.mean()), 4),
            "dev_macro_f1": round(macro_f1(y_dev, gated, t), 4),
            "dev_decisions_changed_by_gating": int(
                ((gated >= t) != ((w * nb["dev"] + (1 - w) * p_nn["dev"]) >= t)).sum()
            ),
            "dev_disguised_macro_f1": round(macro_f1(y_dev, gated_d, t), 4),
            "dev_disguised_share_in_band": round(float(inside_d.mean()), 4),
        },
    }
    log(json.dumps(figures, ensure_ascii=False))
    for row in ensemble["grid"]:
        w_, f1_, t_, d_ = row["nblr_weight"], row["dev"], row["threshold"], row["dev_disguised"]
        log(f"  w={w_:.1f} dev {f1_:.4f} @{t_:.3f} disguised {d_:.4f}")
    if args.no_export:
        return
    arrays = export(net, enc, results[best_name]["config"])
    ref = predict(net, [enc.encode(normalize(x).compact) for x in REFERENCE_TEXTS])
    probes = probe_table(net, enc, w, t, lo, hi)
    log(f"probe (abuse_experiments.PROBE, never trained on): {probes['summary']}")
    card = {
        "name": NAME,
        "task": "binary offensive-language detection for Chinese chat (0 = safe, 1 = offensive)",
        "input": "qungui.text.normalize.normalize(text).compact (first 256 chars per window)",
        "components": {
            "nblr": {"file": "abuse-v1.bin", "what": "the shipped NB-LR (char 1-3 + pinyin 1-3), unchanged"},
            "neural": {"file": f"{NAME}.npz", "what": "char+syllable embeddings -> BiGRU -> max+mean pool -> logistic"},
        },
        "architecture": {
            "embedding_dim": results[best_name]["config"]["dim"],
            "gru_hidden": results[best_name]["config"]["hidden"],
            "layers": 1,
            "bidirectional": True,
            "pooling": "masked max and mean over time, concatenated",
            "vocab_chars": len(enc.vocab),
            "vocab_rule": "chars seen >= 2 times in train + abuse-extra.tsv; others UNK",
            "syllables": len(syllables),
            "max_len": MAX_LEN,
            "storage": "float16",
        },
        "hyper_parameters": results[best_name]["config"],
        "training": {
            "data": "COLD train + abuse-extra.tsv x3 + a disguised copy of each per epoch (Augmenter seed 13+epoch)",
            "seconds": results[best_name]["training_seconds"],
            "history": results[best_name]["history"],
            "selection": "early stopping and config choice on dev macro-F1 (+ disguised dev); test.csv never read",
            "torch": torch.__version__,
            "configs_compared": {n: {k: v for k, v in r.items() if k != "history"} for n, r in results.items()},
        },
        "ensemble": {
            "rule": "score = w * nblr + (1 - w) * neural per window; outside the gating band score = nblr",
            "nblr_weight": w,
            "weight_grid_dev": ensemble["grid"],
            "chosen_on": "dev with the NB-LR recipe refitted on train only (the shipped NB-LR has seen dev)",
        },
        "threshold": t,
        "gating_band": [lo, hi],
        "dev": figures,
        "probes": probes,
        "normalize_fingerprint": corpus_fingerprint(train.compact + dev.compact),
        "reference_scores": {
            "what": "torch (float16-rounded weights) neural probability of normalize(text).compact",
            "texts": {x: float(s) for x, s in zip(REFERENCE_TEXTS, ref, strict=True)},
        },
    }
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / f"{NAME}.npz", **arrays)
    (args.out / f"{NAME}.json").write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {args.out / NAME}.npz ({(args.out / f'{NAME}.npz').stat().st_size / 1e6:.2f} MB) and {NAME}.json")


CONFIGS: dict[str, dict[str, Any]] = {
    "base": {"dim": 64, "hidden": 64, "dropout": 0.25, "lr": 2e-3, "batch": 64, "epochs": 8, "patience": 2, "seed": 1},
    "wide": {"dim": 96, "hidden": 96, "dropout": 0.3, "lr": 2e-3, "batch": 64, "epochs": 8, "patience": 2, "seed": 1},
    "bigram": {
        "dim": 64,
        "hidden": 64,
        "dropout": 0.3,
        "lr": 2e-3,
        "batch": 64,
        "epochs": 8,
        "patience": 2,
        "seed": 1,
        "bigrams": True,
    },
    "base-anti": {
        "dim": 64,
        "hidden": 64,
        "dropout": 0.25,
        "lr": 2e-3,
        "batch": 64,
        "epochs": 8,
        "patience": 2,
        "seed": 1,
        "antibias_copies": 5,
    },
    "small": {"dim": 48, "hidden": 48, "dropout": 0.2, "lr": 3e-3, "batch": 64, "epochs": 8, "patience": 2, "seed": 1},
}


if __name__ == "__main__":
    main(sys.argv[1:])
