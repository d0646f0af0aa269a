"""Loyalty metrics over purchase arrays, pure numpy.

A customer is *on the books* at time t when they bought at or before t and their last purchase up to
t is at most `active_days` old. For a period (start, end]:

- S = customers on the books at `start`, E = on the books at `end`, N = new customers (first purchase
  in the period); retention CRR = (E − N) / S × 100; churn = 100 − CRR.
- buyers = customers with a purchase in the period; repeat rate = buyers with ≥ 2 purchases / buyers × 100;
  frequency = purchases / buyers; average order value (AOV) = revenue / purchases.
- customer lifetime value CLV = AOV × purchases per buyer per year × expected years × margin, the
  expected years being 1 / (1 − annual retention), at most `max_years`.
- referral share = new customers who came by a referral / N × 100 (the policy: 60% of new customers).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qungui.crm.arrays import DAY, PurchaseArrays, first_last


@dataclass(frozen=True, slots=True)
class Metrics:
    start: int
    end: int
    customers_start: int  # S
    customers_end: int  # E
    new_customers: int  # N
    retention: float | None  # CRR, percent; None when S = 0
    churn: float | None
    buyers: int
    purchases: int
    revenue: float
    repeat_rate: float | None
    frequency: float | None
    aov: float | None
    clv: float | None
    referral_share: float | None


def crr(*, start_count: int, end_count: int, new_count: int) -> float | None:
    """Customer retention rate in percent: (E − N) / S × 100; None when S is 0."""
    if start_count <= 0:
        return None
    return (end_count - new_count) / start_count * 100


def on_books(arrays: PurchaseArrays, *, at: int, active_days: int) -> np.ndarray:
    """Bool per customer: bought by `at` with the last purchase up to `at` at most `active_days` old."""
    _first, last = first_last(arrays, until=at)
    return (last >= 0) & (at - last <= active_days * DAY)


def compute_metrics(
    arrays: PurchaseArrays,
    *,
    start: int,
    end: int,
    active_days: int = 365,
    margin: float = 1.0,
    max_years: float = 10.0,
) -> Metrics:
    """Every metric for the period (start, end] in Unix seconds."""
    if end <= start:
        raise ValueError("the period must end after it starts")
    first, _last = first_last(arrays)
    s_count = int(on_books(arrays, at=start, active_days=active_days).sum())
    e_count = int(on_books(arrays, at=end, active_days=active_days).sum())
    new = (first > start) & (first <= end)
    n_count = int(new.sum())
    retention = crr(start_count=s_count, end_count=e_count, new_count=n_count)
    in_period = (arrays.at > start) & (arrays.at <= end)
    per_customer = np.bincount(arrays.customer[in_period], minlength=arrays.n_customers)
    buyers = int((per_customer > 0).sum())
    purchases = int(in_period.sum())
    revenue = float(arrays.amount[in_period].sum())
    repeat = float((per_customer >= 2).sum()) / buyers * 100 if buyers else None
    frequency = purchases / buyers if buyers else None
    aov = revenue / purchases if purchases else None
    clv = None
    if aov is not None and frequency is not None and retention is not None:
        years = (end - start) / (365 * DAY)
        per_year = frequency / years
        kept = max(0.0, min(1.0, retention / 100)) ** (1 / years)  # annual retention
        expected = max_years if kept >= 1 else min(max_years, 1 / (1 - kept))
        clv = aov * per_year * expected * margin
    referral = None
    if arrays.referred is not None and n_count:
        referral = float((new & arrays.referred).sum()) / n_count * 100
    return Metrics(
        start=start,
        end=end,
        customers_start=s_count,
        customers_end=e_count,
        new_customers=n_count,
        retention=retention,
        churn=None if retention is None else 100 - retention,
        buyers=buyers,
        purchases=purchases,
        revenue=revenue,
        repeat_rate=repeat,
        frequency=frequency,
        aov=aov,
        clv=clv,
        referral_share=referral,
    )


@dataclass(frozen=True, slots=True)
class Cohorts:
    """`months[i]` is cohort i's month ("2025-03"); `sizes[i]` its customers; `matrix[i, k]` the percent of
    them buying in month i + k (NaN for months not yet reached)."""

    months: list[str]
    sizes: np.ndarray
    matrix: np.ndarray


def cohort_retention(arrays: PurchaseArrays, *, end: int, months: int = 12, utc_offset_hours: float = 8) -> Cohorts:
    """Monthly cohorts by first purchase (local months) for the last `months` months up to `end`."""
    keep = arrays.at <= end
    local = arrays.at[keep] + int(utc_offset_hours * 3600)
    month = local.astype("datetime64[s]").astype("datetime64[M]").astype(np.int64)
    customer = arrays.customer[keep]
    n = arrays.n_customers
    first_month = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    if len(month):
        np.minimum.at(first_month, customer, month)
    last_month = int(np.datetime64(int(end + utc_offset_hours * 3600), "s").astype("datetime64[M]").astype(np.int64))
    first_cohort = last_month - months + 1
    labels = [str(np.datetime64(first_cohort + i, "M")) for i in range(months)]
    cohort_of = first_month[customer] - first_cohort  # per purchase: its customer's cohort index
    offset = month - first_month[customer]
    valid = (cohort_of >= 0) & (cohort_of < months)
    pairs = np.unique(customer[valid] * (months + 1) + offset[valid])  # distinct (customer, month offset)
    pair_customer, pair_offset = pairs // (months + 1), pairs % (months + 1)
    counts = np.zeros((months, months), dtype=np.int64)
    np.add.at(counts, (first_month[pair_customer] - first_cohort, pair_offset), 1)
    sizes = counts[:, 0].copy()
    with np.errstate(invalid="ignore", divide="ignore"):
        matrix = counts / sizes[:, None] * 100
    for i in range(months):
        matrix[i, months - i :] = np.nan
    matrix[sizes == 0] = np.nan
    return Cohorts(labels, sizes, matrix)
