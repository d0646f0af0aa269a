"""Quality, speed and memory of qungui's shipped ads/spam model on its held-out report split.

Run: .venv/bin/python benchmarks/bench_spam.py [--repeats 3]

The report split (`spam_corpus.build_split("report")`: report-only templates and contact phrases, seed 2,
plus hand-written report examples) is never trained or tuned on. Prints precision / recall / F1 for
  (a) the shipped model (spam-v1) at its dev threshold,
  (b) a typical bot's keyword list on the raw text (微信/加我/vx/QQ/http/扫码/进群/私聊/代理/兼职/刷单),
  (c) the model OR the shipped lexicon (qungui/text/lexicon_data: ad, solicitation, gambling, porn),
  (d) the shipped lexicon alone (raw hits, without the detector's scam-warning rule),
  (e) the full solicitation/ad pipeline of a rulebook through `qungui check` (contact, word lists with
      their scam-warning rule, links, spam-v1; bench_holdout.rulebook),
each on the whole split and on its hand-written part only; then the model's throughput (median of
`--repeats`, with and without normalization) and the peak RSS of a separate process that loads the model
and scores the split. The machine is shared and noisy: treat speed figures as rough.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from qungui.core.categories import Category
from qungui.models.spam import SpamModel
from qungui.models.training.spam_corpus import Example, build_split
from qungui.models.training.train_spam import NORMALIZE_PROBES, evaluate
from qungui.text.normalize import normalize

BOT_KEYWORDS = ("微信", "加我", "vx", "qq", "http", "扫码", "进群", "私聊", "代理", "兼职", "刷单")
LEXICON_CATEGORIES = frozenset({Category.AD, Category.SOLICITATION, Category.GAMBLING, Category.PORN})

RSS_CODE = """
import json, resource, sys
from qungui.models.spam import SpamModel
from qungui.text.normalize import normalize
texts = json.load(sys.stdin)
model = SpamModel.load()
for text in texts:
    model.score(text)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def keyword_baseline(text: str) -> bool:
    lowered = text.lower()
    return any(k in lowered for k in BOT_KEYWORDS)


def lexicon_matcher() -> Callable[[str], bool]:
    from qungui.text.lexicons import shipped_lexicon

    lexicon = shipped_lexicon()

    def hit(text: str) -> bool:
        return any(h.tag in LEXICON_CATEGORIES for h in lexicon.hits(normalize(text)))

    return hit


def full_pipeline(examples: list[Example]) -> list[bool]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_holdout

    return bench_holdout.flagged(examples, bench_holdout.rulebook())  # type: ignore[arg-type]


def line(label: str, predictions: Sequence[bool], labels: Sequence[int]) -> str:
    s = evaluate([1.0 if p else 0.0 for p in predictions], labels, 0.5)
    return (
        f"  {label:44s} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}   "
        f"(TP {s.tp}, FP {s.fp}, FN {s.fn}, TN {s.tn})"
    )


def quality(name: str, examples: list[Example], model: SpamModel, lexicon: Callable[[str], bool]) -> None:
    labels = [e.label for e in examples]
    spam = sum(labels)
    print(f"\n{name}: {len(examples)} texts ({spam} spam, {len(examples) - spam} ham)")
    by_model = [model.is_spam(model.score(e.text)) for e in examples]
    by_keywords = [keyword_baseline(e.text) for e in examples]
    by_lexicon = [lexicon(e.text) for e in examples]
    print(line(f"spam-v1 model (threshold {model.threshold:.2f})", by_model, labels))
    print(line("typical bot keyword list (raw text)", by_keywords, labels))
    print(line("shipped lexicon alone (normalized)", by_lexicon, labels))
    print(line("spam-v1 OR shipped lexicon", [a or b for a, b in zip(by_model, by_lexicon, strict=True)], labels))
    print(line("full pipeline (rules + spam-v1, qungui check)", full_pipeline(examples), labels))


def timed(fn: Callable[[], None], repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    model = SpamModel.load()
    load_s = time.perf_counter() - start
    card = json.loads(
        __import__("importlib.resources").resources.files("qungui.models").joinpath("data", "spam-v1.json").read_text()
    )
    drift = {p: c for p, c in card["normalize_probes"].items() if normalize(p).compact != c}
    report = build_split("report")
    hand = [e for e in report if e.source.startswith("handwritten")]
    lexicon = lexicon_matcher()
    dev_rule = card.get("dev_threshold")
    print(
        f"spam-v1: threshold {model.threshold} (chosen by leave-sets-out; the dev rule's {dev_rule}), "
        f"file {card['file_bytes']} bytes, load {load_s:.2f}s"
    )
    if drift:
        print(f"WARNING: normalization changed since training for {len(drift)} probe(s); retrain (train_spam)")
    quality("report split (never trained or tuned on)", report, model, lexicon)
    quality("report split, hand-written part only", hand, model, lexicon)

    texts = [e.text for e in report]
    compacts = [normalize(t).compact for t in texts]
    with_norm = timed(lambda: [model.score(t) for t in texts], args.repeats)
    without = timed(lambda: [model.score_compact(c) for c in compacts], args.repeats)
    normalize_only = timed(lambda: [normalize(t).compact for t in texts], args.repeats)
    n = len(texts)
    mean_chars = sum(map(len, texts)) / n
    print(f"\nthroughput (median of {args.repeats}, {n} texts, mean {mean_chars:.0f} chars):")
    print(f"  score(text) incl. normalize   {n / with_norm:9.0f} texts/s  ({with_norm / n * 1e6:6.1f} µs/text)")
    print(f"  score_compact(compact)        {n / without:9.0f} texts/s  ({without / n * 1e6:6.1f} µs/text)")
    print(
        f"  normalize alone               {n / normalize_only:9.0f} texts/s  ({normalize_only / n * 1e6:6.1f} µs/text)"
    )

    out = subprocess.run(
        [sys.executable, "-c", RSS_CODE], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    print(f"\npeak RSS of a process that loads spam-v1 and scores the split: {int(out.stdout) / 1024:.0f} MB")
    print(f"(probes: {len(NORMALIZE_PROBES)} normalization probes checked against the card)")


if __name__ == "__main__":
    main()
