"""Throughput and memory of `qungui check`, side by side with hello-gfw and a plain Aho-Corasick loop.

Run: .venv/bin/python benchmarks/bench_check.py [--messages 200000] [--repeats 3] [--workers 0]

Prints, for the same generated messages in one run: hello-gfw's `contains()` (pure-Python DFA, its
6.4k-word default list), a bare pyahocorasick loop over the same words, the Python floor (the per-message
loop with no detector: decode, dictionary lookup, sender log, output line), the in-process qungui check
pipeline (JSON parse, normalization, every detector, flood state, JSON output) with its per-run cache of
identical texts, without it, and in `--workers` processes (default: one per CPU), and the `qungui check`
command end to end on a file (process start-up included), in one process and with `--workers`; medians
over the repeats of wall time and of CPU time (user + sys: this process for the in-process rows, the
command's whole process tree for the end-to-end rows), each as a ratio to hello-gfw's, and peak RSS. CPU
time depends less on what else the machine runs; wall time is what a user waits. Every in-process repeat
starts with an empty cache; models and word lists are loaded before timing (the end-to-end rows pay for
that). The machine is shared and noisy: compare ratios, not absolute numbers.

`--workers 0` (the `--workers` row's default here and the command's "one per CPU") means one process per
CPU, the one reading, judging and writing included: on 2 CPUs, one forked worker computes the content
findings of new texts while the main process parses, judges and writes. More processes than CPUs only
add switching; fewer leave a CPU idle when the machine is otherwise quiet.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatgen import generate


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def timed(fn, repeats: int, who: int = resource.RUSAGE_SELF) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + sys of `who`) of `fn` over the repeats."""
    walls, cpus = [], []
    for _ in range(repeats):
        cpu = cpu_seconds(who)
        start = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_seconds(who) - cpu)
    return statistics.median(walls), statistics.median(cpus)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def python_floor(lines: list[bytes]):
    """The least any per-message loop in Python does for `qungui check`, with no detector at all: decode each
    line (msgspec, as the pipeline does), look its text up in a dict of already-known results, append its time
    to the sender's list, and write its output line. A reference for how much of hello-gfw's time the
    per-message work alone takes, whatever the detectors cost."""
    from datetime import datetime

    import msgspec

    class Line(msgspec.Struct):
        id: str
        text: str
        group: str
        sender: str
        ts: str
        kind: str = "text"

    decode = msgspec.json.Decoder(Line).decode
    encode = json.encoder.encode_basestring  # type: ignore[attr-defined]
    parse_time = datetime.fromisoformat

    def run() -> None:
        known: dict[tuple[str, str], str] = {}
        senders: dict[tuple[str, str], list[float]] = {}
        out = io.StringIO()
        for line in lines:
            m = decode(line)
            key = (m.text, m.kind)
            found = known.get(key)
            if found is None:
                found = known[key] = "[]"
            at = parse_time(m.ts).timestamp()
            recent = senders.get((m.group, m.sender))
            if recent is None:
                senders[(m.group, m.sender)] = [at]
            else:
                recent.append(at)
                if len(recent) > 8:
                    del recent[0]
            out.write('{"id": ' + encode(m.id) + ', "findings": ' + found + "}\n")

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="for the `--workers` row (processes; 0: one per CPU)")
    parser.add_argument("--no-uncached", action="store_true", help="skip the slow row without the cache")
    args = parser.parse_args()

    import ahocorasick
    import hgfw

    records = list(generate(args.messages))
    texts = [r["text"] for r in records]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    n = len(records)
    distinct = len({(r["text"], r["kind"]) for r in records})
    del records  # 200k dicts would only slow the in-process rows' garbage collector
    print(
        f"{n} generated messages, {sum(map(len, texts)) / n:.1f} chars on average, {distinct} distinct texts, "
        f"{args.repeats} repeats (median)"
    )

    gfw = hgfw.DFAFilter.default()
    words = [w for w in hgfw.default_words() if w]
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()

    def run_gfw() -> None:
        for text in texts:
            gfw.contains(text)

    def run_aho() -> None:
        for text in texts:
            next(automaton.iter(text), None)

    from qungui.rules.check import CheckRunner, default_check_rulebook, fewer_collections
    from qungui.rules.check_pool import default_workers
    from qungui.rules.compiled import compile_rulebook

    book = compile_rulebook(default_check_rulebook())
    lines = [line.encode("utf-8") for line in lines]  # as the command reads them
    list(CheckRunner(book, cache_entries=0).run_json(lines[:2000]))  # load models and word lists

    def run_qungui(cache_entries: int | None = None, workers: int = 1) -> None:
        kwargs = {} if cache_entries is None else {"cache_entries": cache_entries}
        with CheckRunner(book, workers=workers, **kwargs) as runner:
            out = io.StringIO()
            with fewer_collections():  # as the command runs it
                for line in runner.run_json(lines):
                    out.write(line + "\n")

    floor = python_floor(lines)
    results = [
        ("hello-gfw contains() (reference)", timed(run_gfw, args.repeats)),
        ("pyahocorasick bare loop", timed(run_aho, args.repeats)),
        ("Python floor: decode, lookup, log, output", timed(floor, args.repeats)),
        ("qungui check pipeline, in process", timed(run_qungui, args.repeats)),
    ]
    if not args.no_uncached:
        results.append(("  same, without the cache", timed(lambda: run_qungui(0), args.repeats)))
    pool = args.workers or default_workers()
    if pool > 1:
        # wall time is the figure here: CPU time counts only this process, not the forked workers
        results.append(
            (f"  same, {pool} processes (wall; CPU: main only)", timed(lambda: run_qungui(workers=pool), args.repeats))
        )
    in_process_rss = peak_rss_mb()

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "log.jsonl"
        source.write_bytes(b"\n".join(lines) + b"\n")
        target = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "qungui.cli.main", "check", "--input", str(source), "--output", str(target)]
        env = dict(os.environ, PYTHONWARNINGS="ignore")
        # Launched from a small wrapper: a child forked straight from this (large) process would count
        # this process's pages in its peak RSS before exec. RUSAGE_CHILDREN gives the largest process
        # of the tree (workers included), not their sum.
        wrapper = (
            "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )

        def command_row(extra: list[str], peaks: list[int]):
            def run_cli() -> None:
                done = subprocess.run(
                    [sys.executable, "-c", wrapper, *command, *extra],
                    check=True,
                    env=env,
                    capture_output=True,
                    text=True,
                )
                peaks.append(int(done.stdout.strip().splitlines()[-1]))

            return run_cli

        single: list[int] = []
        pooled: list[int] = []
        children = resource.RUSAGE_CHILDREN
        results.append(("qungui check command, end to end", timed(command_row([], single), args.repeats, children)))
        with target.open(encoding="utf-8") as handle:
            produced = sum(1 for _ in handle)
        assert produced == n, f"expected {n} output lines, got {produced}"
        first = target.read_bytes()
        label = f"  same, --workers {args.workers}" + (f" (= {default_workers()})" if not args.workers else "")
        pooled_row = command_row(["--workers", str(args.workers)], pooled)
        results.append((label, timed(pooled_row, args.repeats, children)))
        assert target.read_bytes() == first, "--workers changed the output"

    wall_ref, cpu_ref = results[0][1]
    print(f"{'run':<44} {'wall s':>7} {'msgs/s':>9} {'wall ×gfw':>10} {'CPU s':>7} {'CPU ×gfw':>9}")
    for name, (wall, cpu) in results:
        print(f"{name:<44} {wall:>7.2f} {n / wall:>9,.0f} {wall_ref / wall:>9.2f}x {cpu:>7.2f} {cpu_ref / cpu:>8.2f}x")
    print("×gfw: hello-gfw's seconds / the row's seconds (1.00x: as fast as hello-gfw's bare contains() loop)")
    print(
        f"peak RSS: this process {in_process_rss:.0f} MB; `qungui check` subprocess {max(single) / 1024:.0f} MB, "
        f"with --workers {args.workers} the largest process {max(pooled) / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
