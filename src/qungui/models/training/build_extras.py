"""Rebuild the frozen extra training files of spam-v1 (issue 3); training only, never run at run time.

    .venv/bin/python -m qungui.models.training.build_extras [--cold /work/shared/datasets/cold]

- `models/data/spam-extra.tsv`: the solicitation benchmark's dev part (`benchmarks/solicitation_data.py`,
  `build("dev")`, seed 11) as label<TAB>text — never its report part;
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
from collections.abc import Sequence
from pathlib import Path

from qungui.text.contacts import find_candidates
from qungui.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
REPO = Path(__file__).resolve().parents[4]
COLD_SEED = 5
COLD_COUNT = 4000
COLD_MAX_CHARS = 160


def solicitation_dev_lines() -> list[str]:
    path = REPO / "benchmarks" / "solicitation_data.py"
    spec = importlib.util.spec_from_file_location("qungui_bench_solicitation_data", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"need {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
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
        ("spam-extra-cold.txt", cold_chatter_lines(args.cold)),
    ):
        (args.out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out / name} ({len(lines)} lines)")


if __name__ == "__main__":
    main()
