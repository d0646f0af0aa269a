"""Rebuild the frozen extra training files of spam-v1 (issue 3); training only, never run at run time.

    .venv/bin/python -m qungui.models.training.build_extras [--cold /work/shared/datasets/cold]

- `models/data/spam-extra.tsv`: the solicitation benchmark's dev part (`benchmarks/solicitation_data.py`,
  `build("dev")`, seed 11) as label<TAB>text — never its report part;
- `models/data/spam-studied-holdouts.tsv`: every sample (as written and its disguised variant) of the studied
  hold-out sets `benchmarks/holdout_data.py` lists in `TRAINED` — never the sets it lists in `NEVER_TUNED`,
  nor a blind set not yet scored;
- `models/data/spam-extra-cold.txt`: 4,000 COLD train comments (Apache-2.0), shuffled with
  `random.Random(5)`, both labels, without links, numbers or ids, at most 160 characters, and none that
  COLD test repeats (test.csv is read only to leave those out). Used as ham: ordinary social chatter.

Rerun `train_spam` afterwards. Both outputs are deterministic.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qungui.text.contacts import find_candidates
from qungui.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
REPO = Path(__file__).resolve().parents[4]
COLD_SEED = 5
COLD_COUNT = 4000
COLD_MAX_CHARS = 160


def benchmark_module(name: str) -> Any:
    """benchmarks/<name>.py, loaded by path (the folder is not a package; its modules import each other)."""
    path = REPO / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"qungui_bench_{name}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"need {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@contextmanager
def benchmarks_importable() -> Iterator[None]:
    """benchmarks/ on sys.path for a while: holdout_data.build imports holdoutN_lines beside it."""
    folder = str(REPO / "benchmarks")
    sys.path.insert(0, folder)
    try:
        yield
    finally:
        sys.path.remove(folder)


def solicitation_dev_lines() -> list[str]:
    module = benchmark_module("solicitation_data")
    lines = [
        '# Frozen copy of the solicitation benchmark\'s dev part (benchmarks/solicitation_data.py, build("dev"),',
        "# seed 11): label<TAB>text, 1 = contact solicitation, 0 = ordinary work chat with numbers. Training only;",
        "# the benchmark's report part (seed 23, other templates) is never copied here.",
    ]
    for sample in module.build("dev"):
        if "\t" in sample.text or "\n" in sample.text:
            raise SystemExit(f"a tab or newline in {sample.text!r}")
        lines.append(f"{sample.label}\t{sample.text}")
    return lines


def studied_holdout_lines() -> list[str]:
    """label<TAB>text of every sample of the trained hold-out sets, a `# set N` comment before each set."""
    module = benchmark_module("holdout_data")
    overlap = set(module.TRAINED) & set(module.NEVER_TUNED)
    if overlap:
        raise SystemExit(f"sets {sorted(overlap)} are listed both as trained and as never tuned on")
    lines = [
        "# Every sample of the studied hand-written hold-out sets (benchmarks/holdout_data.py TRAINED): each line",
        "# as written and its disguised variant, label<TAB>text, 1 = solicitation or ad. Training only (since",
        "# session 12); sets 2, 3 and 15 (never tuned on) and blind sets not yet scored are never copied here.",
    ]
    seen: set[str] = set()
    for part in module.TRAINED:
        lines.append(f"# set {part}")
        with benchmarks_importable():
            samples = module.build(part)
        for sample in samples:
            if "\t" in sample.text or "\n" in sample.text:
                raise SystemExit(f"a tab or newline in set {part}: {sample.text!r}")
            if sample.text not in seen:
                seen.add(sample.text)
                lines.append(f"{sample.label}\t{sample.text}")
    return lines


def _texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [row["TEXT"] for row in csv.DictReader(fh)]


def cold_chatter_lines(cold: Path) -> list[str]:
    train = _texts(cold / "train.csv")
    test = {t.strip() for t in _texts(cold / "test.csv")}
    random.Random(COLD_SEED).shuffle(train)
    lines = [
        "# 4,000 comments from COLD train (thu-coai/COLDataset, Apache-2.0, see ../shared/datasets/cold/LICENSE),",
        "# drawn with random.Random(5) after a shuffle, both offensive and safe, without links, numbers or ids and",
        "# at most 160 characters, none also in COLD test (the data set repeats 39 train comments there): ordinary",
        "# social chatter, used as ham (not ads) when training spam-v1. Built by qungui.models.training.build_extras.",
    ]
    kept = 0
    for raw in train:
        text = " ".join(raw.split())
        if not text or len(text) > COLD_MAX_CHARS or "http" in text.lower() or "<a" in text:
            continue
        if raw.strip() in test or text in test or find_candidates(normalize(text)):
            continue  # a number or an id may be an account-trading ad ("黑人QQ343531531 全区收号")
        lines.append(text)
        kept += 1
        if kept == COLD_COUNT:
            break
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", type=Path, default=Path("/work/shared/datasets/cold"))
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, lines in (
        ("spam-extra.tsv", solicitation_dev_lines()),
        ("spam-studied-holdouts.tsv", studied_holdout_lines()),
        ("spam-extra-cold.txt", cold_chatter_lines(args.cold)),
    ):
        (args.out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out / name} ({len(lines)} lines)")


if __name__ == "__main__":
    main()
