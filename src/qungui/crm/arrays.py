"""Purchases as numpy arrays: the input of every pure computation (tiers, metrics, at-risk).

Times are Unix seconds (int64), amounts yuan (float64), customers indexes 0..n-1 into `customer_ids`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

DAY = 86_400


@dataclass(frozen=True, slots=True)
class PurchaseArrays:
    """One row per purchase: `customer[i]` bought for `amount[i]` yuan at `at[i]` (Unix seconds)."""

    customer: np.ndarray  # int64 index into customer_ids
    at: np.ndarray  # int64 Unix seconds
    amount: np.ndarray  # float64 yuan
    customer_ids: np.ndarray  # int64 database id per customer index
    referred: np.ndarray | None = None  # bool per customer: came by a referral

    @property
    def n_customers(self) -> int:
        return len(self.customer_ids)

    @classmethod
    def build(
        cls,
        customer: list[int] | np.ndarray,
        at: list[int] | np.ndarray,
        amount: list[float] | np.ndarray,
        n_customers: int | None = None,
        customer_ids: list[int] | np.ndarray | None = None,
        referred: list[bool] | np.ndarray | None = None,
    ) -> PurchaseArrays:
        """Arrays from plain lists (tests, small cases); `customer_ids` default to the indexes."""
        customer_arr = np.asarray(customer, dtype=np.int64)
        if customer_ids is None:
            count = (
                n_customers if n_customers is not None else (int(customer_arr.max()) + 1 if len(customer_arr) else 0)
            )
            customer_ids = np.arange(count, dtype=np.int64)
        return cls(
            customer=customer_arr,
            at=np.asarray(at, dtype=np.int64),
            amount=np.asarray(amount, dtype=np.float64),
            customer_ids=np.asarray(customer_ids, dtype=np.int64),
            referred=None if referred is None else np.asarray(referred, dtype=bool),
        )


def ts(value: datetime) -> int:
    """Unix seconds of an aware datetime."""
    if value.tzinfo is None:
        raise ValueError("aware datetimes only")
    return int(value.timestamp())


def first_last(arrays: PurchaseArrays, *, until: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each customer's first and last purchase time (up to `until`); -1 where none."""
    n = arrays.n_customers
    customer, at = arrays.customer, arrays.at
    if until is not None:
        keep = at <= until
        customer, at = customer[keep], at[keep]
    last = np.full(n, -1, dtype=np.int64)
    first = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    if len(at):
        np.maximum.at(last, customer, at)
        np.minimum.at(first, customer, at)
    first[first == np.iinfo(np.int64).max] = -1
    return first, last
