"""Speed of the VIP customer computations: 100k customers, 1M purchases; and a 100k-row CSV import.

Run: .venv/bin/python benchmarks/bench_crm.py [--customers 100000] [--purchases 1000000] [--repeats 5]

Generates a store (seeded, synthetic: customers with their own purchase rhythm over two years), then times
(median of `--repeats`) every pure computation on the arrays: tiers by ABC, by fixed amounts and by RFM
quintiles, the period's metrics (CRR, churn, repeat rate, frequency, AOV, CLV, referrals), the monthly
cohort matrix and the at-risk scan (each customer's median interval). Beside them, in the same run, a
reference: the same ABC tiers and CRR computed with plain Python loops and dicts on a 10k-customer subset,
scaled linearly to the full size. Then the import of a 100k-row CSV (GBK) into a fresh SQLite file,
through the same service `qungui crm import` uses, then loading those purchases back as arrays and
tiering (with the writes) from that database, and the peak RSS of this process.
The machine is shared and noisy: treat the figures as rough.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import numpy as np

from qungui.core.clock import DEFAULT_TZ
from qungui.crm.arrays import DAY, PurchaseArrays
from qungui.crm.metrics.compute import cohort_retention, compute_metrics
from qungui.crm.metrics.risk import find_at_risk
from qungui.crm.tiers.compute import compute_tiers
from qungui.crm.tiers.rules import TierRules

NOW = datetime(2026, 11, 24, 10, tzinfo=DEFAULT_TZ)


def generate(customers: int, purchases: int, seed: int = 8) -> PurchaseArrays:
    """Synthetic purchases: each customer a first purchase in the last two years and a lognormal rhythm."""
    rng = np.random.default_rng(seed)
    now = int(NOW.timestamp())
    weight = rng.lognormal(0, 1, customers)
    customer = rng.choice(customers, size=purchases, p=weight / weight.sum())
    first = now - rng.uniform(0, 730, customers) * DAY
    span = (now - first) * rng.uniform(0.1, 1.0, customers)  # some stop buying
    at = (first[customer] + rng.uniform(0, 1, purchases) * span[customer]).astype(np.int64)
    amount = np.round(rng.lognormal(6.5, 0.8, purchases), 2)
    referred = rng.random(customers) < 0.6
    return PurchaseArrays(customer.astype(np.int64), at, amount, np.arange(customers, dtype=np.int64), referred)


def timed(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python_reference(arrays: PurchaseArrays, subset: int, now: int, start: int) -> float:
    """ABC tiers and CRR on the first `subset` customers with plain Python loops; seconds taken."""
    keep = arrays.customer < subset
    rows = list(
        zip(arrays.customer[keep].tolist(), arrays.at[keep].tolist(), arrays.amount[keep].tolist(), strict=True)
    )
    began = time.perf_counter()
    last: dict[int, int] = {}
    first: dict[int, int] = {}
    spent: dict[int, float] = {}
    last_at_start: dict[int, int] = {}
    for c, t, a in rows:
        if t > now:
            continue
        last[c] = max(last.get(c, t), t)
        first[c] = min(first.get(c, t), t)
        if t > now - 365 * DAY:
            spent[c] = spent.get(c, 0.0) + a
        if t <= start:
            last_at_start[c] = max(last_at_start.get(c, t), t)
    active = [c for c in range(subset) if c in last and now - last[c] <= 365 * DAY]
    ranked = sorted(active, key=lambda c: -spent.get(c, 0.0))
    tiers = {c: "D" for c in range(subset)}
    for rank, c in enumerate(ranked):
        tiers[c] = "A" if rank < 0.2 * len(ranked) else "B" if rank < 0.5 * len(ranked) else "C"
    s = sum(1 for c, t in last_at_start.items() if start - t <= 365 * DAY)
    e = len(active)
    n = sum(1 for c, t in first.items() if start < t <= now)
    _crr = (e - n) / s if s else None
    return time.perf_counter() - began


def csv_import(rows: int) -> tuple[float, float, int, str]:
    """Seconds to import a `rows`-row GBK CSV into a fresh SQLite file, and to import it again (a no-op)."""
    from qungui.crm.customers.service import ensure_store
    from qungui.crm.purchases.service import import_purchases, load_arrays
    from qungui.crm.tiers.service import recompute_tiers
    from qungui.storage.db import make_engine, make_session_factory, migrate

    rng = np.random.default_rng(3)
    lines = ["订单号,会员编号,日期,金额,姓名,商品"]
    codes = rng.integers(1, rows // 5, rows)
    days = rng.integers(0, 700, rows)
    for i in range(rows):
        date = np.datetime64("2024-12-01") + int(days[i])
        lines.append(f"O{i:07d},V{codes[i]:06d},{date},{rng.integers(50, 5000)}.00,顾客{codes[i]},衬衫;领带")
    data = ("\n".join(lines) + "\n").encode("gbk")
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        migrate(engine)
        factory = make_session_factory(engine)
        began = time.perf_counter()
        with factory.begin() as session:
            store = ensure_store(session, name="bench", now=NOW)
            report = import_purchases(session, store=store, data=data, file_name="bench.csv", actor="bench", now=NOW)
        first = time.perf_counter() - began
        began = time.perf_counter()
        with factory.begin() as session:
            import_purchases(session, store=store, data=data, file_name="bench.csv", actor="bench", now=NOW)
        again = time.perf_counter() - began
        with factory.begin() as session:
            began = time.perf_counter()
            loaded = load_arrays(session, store=store)
            load = time.perf_counter() - began
            began = time.perf_counter()
            run = recompute_tiers(session, store=store, rules=TierRules(), actor="bench", now=NOW)
            tiering = time.perf_counter() - began
        engine.dispose()
    then = (
        f"then, from that database: load {len(loaded.at):,} purchases as arrays {load:.2f} s; tier its "
        f"{loaded.n_customers:,} customers and store {len(run.changes):,} changes with reasons {tiering:.2f} s"
    )
    return first, again, report.imported, then


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--import-rows", type=int, default=100_000)
    args = parser.parse_args()
    began = time.perf_counter()
    arrays = generate(args.customers, args.purchases)
    print(
        f"generated {args.customers:,} customers, {args.purchases:,} purchases in {time.perf_counter() - began:.2f} s"
    )
    now = int(NOW.timestamp())
    start = now - 365 * DAY
    cases: list[tuple[str, Callable[[], object]]] = [
        ("tiers ABC (Pareto 20/30/50, D = lapsed)", lambda: compute_tiers(arrays, now=now, rules=TierRules())),
        ("tiers fixed amounts", lambda: compute_tiers(arrays, now=now, rules=TierRules(method="amount"))),
        ("tiers RFM quintiles", lambda: compute_tiers(arrays, now=now, rules=TierRules(method="rfm"))),
        ("metrics (CRR, churn, repeat, AOV, CLV, referrals)", lambda: compute_metrics(arrays, start=start, end=now)),
        ("cohort retention 12×12", lambda: cohort_retention(arrays, end=now)),
        ("at-risk (median interval per customer)", lambda: find_at_risk(arrays, now=now)),
    ]
    print(f"\n{'computation':<52} {'median s':>9}   (of {args.repeats})")
    total = 0.0
    for label, fn in cases:
        seconds = timed(fn, args.repeats)
        total += seconds
        print(f"{label:<52} {seconds:>9.3f}")
    print(f"{'all of the above':<52} {total:>9.3f}")
    subset = min(10_000, args.customers)
    reference = timed(lambda: python_reference(arrays, subset, now, start), max(1, args.repeats // 2))
    numpy_pair = timed(
        lambda: (compute_tiers(arrays, now=now, rules=TierRules()), compute_metrics(arrays, start=start, end=now)),
        args.repeats,
    )
    scaled = reference * args.customers / subset
    print(
        f"\nreference: ABC tiers + CRR in plain Python loops on {subset:,} customers: {reference:.3f} s, "
        f"scaled to {args.customers:,}: {scaled:.2f} s; numpy on all {args.customers:,}: {numpy_pair:.3f} s "
        f"({scaled / numpy_pair:.0f}× faster)"
    )
    print()
    first, again, imported, then = csv_import(args.import_rows)
    print(
        f"import of a {args.import_rows:,}-row GBK CSV into SQLite: {first:.2f} s ({imported:,} purchases); "
        f"the same file again: {again:.3f} s (recognised, nothing changed)"
    )
    print(then)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
