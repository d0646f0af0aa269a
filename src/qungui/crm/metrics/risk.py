"""At-risk customers: overdue against their own usual purchase interval (the median gap between purchases).

A customer with at least `min_purchases` purchases is at risk when the time since their last purchase
exceeds `factor` × their median interval, but is not yet lapsed (lapsed customers are tier D).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qungui.crm.arrays import DAY, PurchaseArrays


@dataclass(frozen=True, slots=True)
class AtRisk:
    index: int  # customer index
    median_days: float
    days_since: float
    expected_at: int  # Unix seconds: last purchase + median interval


def median_intervals(arrays: PurchaseArrays, *, now: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per customer: median days between purchases (NaN with fewer than 2), purchase count, last purchase.

    Times must span less than 2^32 seconds (136 years): the sort packs customer and time into one int64.
    """
    n = arrays.n_customers
    keep = arrays.at <= now
    customer, at = arrays.customer[keep], arrays.at[keep]
    base = int(at.min()) if len(at) else 0
    order = np.argsort((customer << 32) | (at - base))  # by customer, then time (one int64 key)
    customer, at = customer[order], at[order]
    counts = np.bincount(customer, minlength=n)
    last = np.full(n, -1, dtype=np.int64)
    if len(at):
        np.maximum.at(last, customer, at)
    same = customer[1:] == customer[:-1]
    gap_customer = customer[1:][same]
    gap_seconds = (at[1:] - at[:-1])[same]
    order = np.argsort((gap_customer << 32) | gap_seconds)  # gaps sorted within each customer
    gap_customer, gaps = gap_customer[order], gap_seconds[order] / DAY
    gap_counts = np.bincount(gap_customer, minlength=n)
    starts = np.concatenate(([0], np.cumsum(gap_counts)[:-1]))
    median = np.full(n, np.nan)
    has = gap_counts > 0
    lo = starts[has] + (gap_counts[has] - 1) // 2
    hi = starts[has] + gap_counts[has] // 2
    median[has] = (gaps[lo] + gaps[hi]) / 2
    return median, counts, last


def find_at_risk(
    arrays: PurchaseArrays, *, now: int, factor: float = 1.5, min_purchases: int = 3, lapsed_days: int = 365
) -> list[AtRisk]:
    """Customers overdue against their own median interval, most overdue (relative) first."""
    median, counts, last = median_intervals(arrays, now=now)
    since = np.where(last >= 0, (now - last) / DAY, np.inf)
    with np.errstate(invalid="ignore"):
        flagged = (counts >= min_purchases) & (median > 0) & (since > factor * median) & (since <= lapsed_days)
    idx = np.flatnonzero(flagged)
    ratio = since[idx] / median[idx]
    idx = idx[np.argsort(-ratio, kind="stable")]
    return [AtRisk(int(i), float(median[i]), float(since[i]), int(last[i] + median[i] * DAY)) for i in idx]
