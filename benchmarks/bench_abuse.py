"""Quality, speed and memory of qungui's shipped abuse model on COLD test (reporting only).

Run: .venv/bin/python benchmarks/bench_abuse.py [--data /work/shared/datasets/cold] [--rate 0.2] [--repeats 3]

Prints, in one run, macro-F1 / accuracy / per-class F1 on COLD test for
  (a) the default model (abuse-v3: NB-LR mixed with an NB-LR that also learnt hand-written anti-bias
      texts, card src/qungui/models/data/abuse-v3.json) on the clean test texts,
  (b) the same model on the test texts with `--rate` of their Han characters disguised
      (benchmarks/disguise.py, seed 0, homophones built from characters common in COLD train),
  (a'), (b') the other shipped models: abuse-v2 (abuse-v1 + a BiGRU, opt-in) and abuse-v1 (the NB-LR alone),
  (c) a REFERENCE baseline trained here on train+dev: char 1–3-gram TF-IDF (sublinear) + logistic
      regression (scikit-learn defaults, threshold 0.5); it is not shipped and needs scikit-learn,
plus recall per fine-grained test label, the shipped model's throughput (normalization included,
median of `--repeats`), the cost of scoring the ~14k distinct texts of bench_check.py's generated
chat (already normalized, batched) with abuse-v1, abuse-v3, abuse-v2 gated and abuse-v2 with the BiGRU on
every text, peak RSS / load time of a separate process that only loads the model and scores the test set,
and the published figures as static lines. test.csv is only read here, to report; nothing is tuned
on it. The machine is shared and noisy: treat speed figures as rough.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from disguise import Disguiser

PUBLISHED = (
    ("published: roberta-base-cold (thu-coai, COLD paper/release)", "macro-F1 0.8239, accuracy 0.8275"),
    ("published: COLDetector (COLD paper)", "accuracy ≈ 0.81"),
    ("published: char n-gram TF-IDF + LR (DETECTION.md)", "macro-F1 ≈ 0.795, ~17k texts/s"),
)
FINE_LABELS = {"0": "safe (other)", "1": "attack individual", "2": "attack group", "3": "safe (anti-bias)"}


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def metrics(gold: list[int], pred: list[int]) -> dict[str, float]:
    out: dict[str, float] = {"accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)}
    for cls in (0, 1):
        tp = sum(g == cls and p == cls for g, p in zip(gold, pred, strict=True))
        fp = sum(g != cls and p == cls for g, p in zip(gold, pred, strict=True))
        fn = sum(g == cls and p != cls for g, p in zip(gold, pred, strict=True))
        out[f"f1_{cls}"] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    out["macro_f1"] = (out["f1_0"] + out["f1_1"]) / 2
    return out


def line(label: str, m: dict[str, float]) -> str:
    return (
        f"{label:58s} macro-F1 {m['macro_f1']:.4f}  acc {m['accuracy']:.4f}  "
        f"F1 safe {m['f1_0']:.4f}  F1 offensive {m['f1_1']:.4f}"
    )


def recall_by_fine_label(rows: list[dict[str, str]], pred: list[int]) -> str:
    parts = []
    for code, name in FINE_LABELS.items():
        idx = [i for i, r in enumerate(rows) if r["fine-grained-label"] == code]
        gold = 1 if code in ("1", "2") else 0
        if idx:
            parts.append(f"{name} {sum(pred[i] == gold for i in idx) / len(idx):.3f} (n={len(idx)})")
    return "    correct by fine-grained label: " + "; ".join(parts)


def peak_rss_mb() -> float:
    """This process's peak RSS: VmHWM on Linux (ru_maxrss can carry a big parent's figure over exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for row in fh:
                if row.startswith("VmHWM:"):
                    return int(row.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(texts_path: str) -> None:
    """Load the shipped model and score the texts; print timings and peak RSS as JSON."""
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    start = time.perf_counter()
    from qungui.models.abuse import AbuseModel

    model = AbuseModel.load()
    load_s = time.perf_counter() - start
    load_rss = peak_rss_mb()
    scores = [model.score(t) for t in texts]
    print(
        json.dumps(
            {
                "load_s": load_s,
                "load_peak_rss_mb": load_rss,
                "peak_rss_mb": peak_rss_mb(),
                "torch_loaded": "torch" in sys.modules,
                "n": len(scores),
                "sklearn_loaded": "sklearn" in sys.modules,
                "numpy_loaded": "numpy" in sys.modules,
            }
        )
    )


def timed(fn, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/datasets/cold"))
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return

    from qungui.models.abuse import AbuseModel

    train, dev, test = (read(args.data / f"{name}.csv") for name in ("train", "dev", "test"))
    texts = [r["TEXT"] for r in test]
    gold = [int(r["label"]) for r in test]
    disguiser = Disguiser.from_corpus((r["TEXT"] for r in train), rate=args.rate, seed=0)
    disguised = [disguiser.disguise(t) for t in texts]

    model = AbuseModel.load()
    others = [AbuseModel.load(name) for name in ("abuse-v2", "abuse-v1") if name != model.name]
    threshold = model.threshold
    clean, cloaked = decisions(model, texts), decisions(model, disguised)
    seconds = timed(lambda: [model.score(t) for t in texts], args.repeats)
    cost = batch_cost(args.repeats)

    with_tmp = Path(f"/tmp/qungui-bench-abuse-{time.time_ns()}.json")
    with_tmp.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(with_tmp)], capture_output=True, text=True, check=True
        )
    finally:
        with_tmp.unlink(missing_ok=True)
    proc = json.loads(out.stdout)

    print(f"COLD test: {len(texts)} texts, {sum(gold)} offensive (reporting only; nothing tuned on it)")
    print(f"shipped model {model.name}, threshold {threshold:.3f} (chosen on dev)")
    print(line(f"(a) qungui {model.name}, clean test", metrics(gold, clean)))
    print(recall_by_fine_label(test, clean))
    print(line(f"(b) qungui {model.name}, test with {args.rate:.0%} of Han chars disguised", metrics(gold, cloaked)))
    print(recall_by_fine_label(test, cloaked))
    for other in others:
        other_clean, other_cloaked = decisions(other, texts), decisions(other, disguised)
        print(line(f"(a') {other.name} (threshold {other.threshold:.3f}), clean test", metrics(gold, other_clean)))
        print(recall_by_fine_label(test, other_clean))
        print(line(f"(b') {other.name}, {args.rate:.0%} disguised", metrics(gold, other_cloaked)))
        print(recall_by_fine_label(test, other_cloaked))

    ref_clean, ref_cloaked, ref_rate = reference_baseline(train + dev, texts, disguised, args.repeats)
    print(line("(c) REFERENCE tfidf char1-3 + LR (train+dev), clean", metrics(gold, ref_clean)))
    print(line(f"(c) REFERENCE tfidf char1-3 + LR, {args.rate:.0%} disguised", metrics(gold, ref_cloaked)))
    for label, figure in PUBLISHED:
        print(f"{label:58s} {figure}")
    print(
        f"speed: qungui {model.name} {len(texts) / seconds:,.0f} texts/s (normalize + score one by one, "
        f"median of {args.repeats}); "
        f"reference {ref_rate:,.0f} texts/s (scikit-learn, vectorize + predict)"
    )
    print(
        f"memory: inference-only process peak RSS {proc['peak_rss_mb']:.1f} MB (load {proc['load_s'] * 1000:.0f} ms, "
        f"peak RSS after load {proc['load_peak_rss_mb']:.1f} MB; numpy loaded: {proc['numpy_loaded']}, "
        f"sklearn loaded: {proc['sklearn_loaded']}, torch loaded: {proc['torch_loaded']}); "
        f"this benchmark process {peak_rss_mb():.0f} MB"
    )
    print(
        f"cost of {cost['n']:,} distinct generated chat texts of bench_check.py (normalized beforehand, "
        f"score_many_normalized, median of "
        f"{args.repeats}): abuse-v1 {cost['v1']:.2f} s; abuse-v3 {cost['v3']:.2f} s; abuse-v2 gated "
        f"{cost['gated']:.2f} s (BiGRU on {cost['in_band']:.0%} of texts); abuse-v2 ungated {cost['ungated']:.2f} s; "
        f"gated vs ungated decisions differ on {cost['differ']} texts"
    )
    data_dir = Path(sys.modules[AbuseModel.__module__].__file__).parent / "data"
    files = ["abuse-v3.bin", "abuse-v1.bin", "abuse-v2.npz"]
    sizes = ", ".join(f"{f} {(data_dir / f).stat().st_size / 1e6:.2f} MB" for f in files)
    print(f"model files: {sizes}")
    for name in ("abuse-v3", "abuse-v1"):
        drift = drift_check(data_dir, name, train + dev)
        print(f"normalize() unchanged since {name} was trained (fingerprint of train+dev compact forms): {drift}")


def decisions(model, texts: list[str]) -> list[int]:
    from qungui.text.normalize import normalize

    scores = model.score_many_normalized([normalize(t).compact for t in texts])
    return [int(s >= model.threshold) for s in scores]


def batch_cost(repeats: int, messages: int = 200_000) -> dict[str, float]:
    """Seconds to score the distinct texts of bench_check.py's generated chat (~14k, normalized beforehand)
    with abuse-v1, abuse-v3, abuse-v2 gated and abuse-v2 ungated, and the share of them in v2's gating band."""
    from chatgen import generate
    from qungui.models.abuse import AbuseModel
    from qungui.text.normalize import normalize

    texts = sorted({r["text"] for r in generate(messages) if r.get("text")})
    compacts = [normalize(t).compact for t in texts]
    v1, v3 = AbuseModel.load("abuse-v1"), AbuseModel.load("abuse-v3")
    gated, ungated = AbuseModel.load("abuse-v2"), AbuseModel.load("abuse-v2", gate=False)
    out: dict[str, float] = {"n": len(compacts)}
    for key, model in (("v1", v1), ("v3", v3), ("gated", gated), ("ungated", ungated)):
        out[key] = timed(lambda m=model: m.score_many_normalized(compacts), repeats)
    nblr = v1.score_many_normalized(compacts)
    lo, hi = gated.band
    out["in_band"] = sum(lo <= s <= hi for s in nblr) / len(nblr)
    a, b = gated.score_many_normalized(compacts), ungated.score_many_normalized(compacts)
    out["differ"] = sum((x >= gated.threshold) != (y >= gated.threshold) for x, y in zip(a, b, strict=True))
    return out


def drift_check(data_dir: Path, name: str, rows: list[dict[str, str]]) -> str:
    from qungui.models.training.card import corpus_fingerprint
    from qungui.text.normalize import normalize

    card = json.loads((data_dir / f"{name}.json").read_text(encoding="utf-8"))
    now = corpus_fingerprint([normalize(r["TEXT"]).compact for r in rows])
    return (
        "yes"
        if now == card.get("normalize_fingerprint")
        else "NO — retrain (python -m qungui.models.training.train_abuse)"
    )


def reference_baseline(rows: list[dict[str, str]], texts: list[str], disguised: list[str], repeats: int):
    """Char 1–3-gram TF-IDF + LR on train+dev (raw text, scikit-learn defaults): a reference only."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
    x = vectorizer.fit_transform([r["TEXT"] for r in rows])
    model = LogisticRegression(max_iter=2000).fit(x, [int(r["label"]) for r in rows])
    clean = model.predict(vectorizer.transform(texts)).tolist()
    cloaked = model.predict(vectorizer.transform(disguised)).tolist()
    seconds = timed(lambda: model.predict(vectorizer.transform(texts)), repeats)
    return clean, cloaked, len(texts) / seconds


if __name__ == "__main__":
    main()
