"""Metrics, cohorts, at-risk and suggestions on small cases computed by hand."""

from __future__ import annotations

import math
from datetime import datetime

import numpy as np
import pytest

from qungui.core.clock import DEFAULT_TZ
from qungui.crm.arrays import DAY, PurchaseArrays
from qungui.crm.metrics.compute import cohort_retention, compute_metrics, crr
from qungui.crm.metrics.risk import find_at_risk, median_intervals
from qungui.crm.suggest.compute import mine, suggest


def test_crr_formula_excludes_the_periods_new_customers():
    # 200 customers at the start, 180 at the end of whom 40 are new: (180 − 40) / 200 = 70 %
    assert crr(start_count=200, end_count=180, new_count=40) == pytest.approx(70.0)
    assert crr(start_count=0, end_count=5, new_count=5) is None


# (customer, day, yuan); period (100, 200], on the books = last purchase at most 60 days old
PERIOD = [
    (0, 50, 10),
    (0, 150, 100),
    (0, 180, 200),  # c0: on the books at start (50 d) and end (20 d); 2 purchases in the period
    (1, 90, 10),  # c1: at start (10 d), gone by the end (110 d)
    (2, 30, 10),  # c2: already gone at the start (70 d)
    (3, 60, 10),
    (3, 195, 300),  # c3: at start (40 d) and end (5 d); 1 purchase
    (4, 120, 50),
    (4, 190, 50),  # c4: new (referred); 2 purchases
    (5, 199, 400),  # c5: new; 1 purchase
    (6, 130, 100),  # c6: new (referred) but gone by the end (70 d)
]
REFERRED = [False, False, False, False, True, False, True]


def period_arrays() -> PurchaseArrays:
    return PurchaseArrays.build(
        [p[0] for p in PERIOD], [p[1] * DAY for p in PERIOD], [p[2] for p in PERIOD], referred=REFERRED
    )


def test_every_metric_of_a_period_by_hand():
    m = compute_metrics(period_arrays(), start=100 * DAY, end=200 * DAY, active_days=60)
    assert (m.customers_start, m.customers_end, m.new_customers) == (3, 4, 3)  # S {0,1,3}, E {0,3,4,5}, N {4,5,6}
    assert m.retention == pytest.approx((4 - 3) / 3 * 100)
    assert m.churn == pytest.approx(100 - 100 / 3)
    assert (m.buyers, m.purchases, m.revenue) == (5, 7, 1200)
    assert m.repeat_rate == pytest.approx(40.0)  # c0 and c4 of 5 buyers
    assert m.frequency == pytest.approx(1.4)
    assert m.aov == pytest.approx(1200 / 7)
    assert m.referral_share == pytest.approx(200 / 3)  # c4 and c6 of 3 new
    years = 100 / 365
    annual_retention = (1 / 3) ** (1 / years)
    assert m.clv == pytest.approx(1200 / 7 * (1.4 / years) * (1 / (1 - annual_retention)))


def test_clv_is_capped_when_everyone_stays():
    data = PurchaseArrays.build([0, 0, 1, 1], [10 * DAY, 300 * DAY, 20 * DAY, 310 * DAY], [100, 100, 50, 50])
    m = compute_metrics(data, start=30 * DAY, end=395 * DAY, active_days=365)
    assert m.retention == pytest.approx(100.0) and m.churn == pytest.approx(0.0)
    years = (395 - 30) / 365
    assert m.clv == pytest.approx(75 * (1.0 / years) * 10)  # AOV 75, one purchase a year each, 10 years at most


def test_a_period_without_purchases_has_no_ratios():
    m = compute_metrics(period_arrays(), start=300 * DAY, end=400 * DAY, active_days=60)
    assert (m.buyers, m.purchases, m.repeat_rate, m.aov, m.retention) == (0, 0, None, None, None)
    with pytest.raises(ValueError):
        compute_metrics(period_arrays(), start=5, end=5)


def _t(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=DEFAULT_TZ).timestamp())


def test_cohort_retention_matrix_in_local_months():
    data = PurchaseArrays.build(
        [0, 0, 0, 1, 2, 2, 2],
        [
            _t(2025, 1, 15),
            _t(2025, 2, 10),
            _t(2025, 3, 5),
            _t(2025, 1, 20),
            _t(2025, 2, 1),
            _t(2025, 2, 20),
            _t(2025, 3, 1, 0, 30),  # 28 Feb 16:30 UTC: March in Shanghai
        ],
        [1] * 7,
    )
    cohorts = cohort_retention(data, end=_t(2025, 3, 31, 23), months=3)
    assert cohorts.months == ["2025-01", "2025-02", "2025-03"]
    assert cohorts.sizes.tolist() == [2, 1, 0]
    assert cohorts.matrix[0].tolist() == [100.0, 50.0, 50.0]
    assert cohorts.matrix[1, :2].tolist() == [100.0, 100.0] and math.isnan(cohorts.matrix[1, 2])
    assert np.isnan(cohorts.matrix[2]).all()


def test_median_interval_and_at_risk_order():
    # c0: days 0 10 30 40 70 → gaps 10 20 10 30 → median 15; at day 100, 30 days since > 1.5 × 15
    # c1: days 0 10 20 → median 10; 80 days since (ratio 8, first)
    # c2: days 0 30 100 → median 50; bought today
    # c3: two purchases only; c4: days 0 1 2 but lapsed (98 days > lapsed_days 90)
    rows = [(0, d) for d in (0, 10, 30, 40, 70)] + [(1, d) for d in (0, 10, 20)] + [(2, d) for d in (0, 30, 100)]
    rows += [(3, 0), (3, 5)] + [(4, d) for d in (0, 1, 2)]
    data = PurchaseArrays.build([r[0] for r in rows], [r[1] * DAY for r in rows], [1.0] * len(rows))
    median, counts, _last = median_intervals(data, now=100 * DAY)
    assert median[:4].tolist() == [15.0, 10.0, 50.0, 5.0] and counts.tolist() == [5, 3, 3, 2, 3]
    flagged = find_at_risk(data, now=100 * DAY, lapsed_days=90)
    assert [(f.index, f.median_days, f.days_since) for f in flagged] == [(1, 10.0, 80.0), (0, 15.0, 30.0)]
    assert flagged[1].expected_at == 85 * DAY


def test_suggestions_with_support_confidence_lift_and_reason():
    rules = mine(
        [{"衬衫", "领带"}, {"衬衫", "领带"}, {"衬衫", "西装"}, {"裤子"}, {"衬衫"}],
        prices={"衬衫": 200, "领带": 150, "西装": 2000, "裤子": 300},
    )
    found = suggest(rules, {"衬衫"})
    # 衬衫 → 领带: support 2/5, confidence 2/4, lift 0.5 / (2/5) = 1.25; 衬衫 → 西装: 1/5, 1/4, 0.25 / (1/5) = 1.25
    assert [(s.item, s.kind) for s in found] == [("领带", "cross_sell"), ("西装", "up_sell")]
    assert (found[0].support, found[0].confidence, found[0].lift) == pytest.approx((0.4, 0.5, 1.25))
    assert found[0].reason() == "交叉销售：买过「衬衫」的顾客中50%也买了「领带」（提升度1.2，支持度40.0%）"
    assert found[1].reason().startswith("追加销售：买过「衬衫」的顾客中25%也买了「西装」")
    assert suggest(rules, {"衬衫"}, min_confidence=0.3) == found[:1]
    assert suggest(rules, {"衬衫", "领带", "西装"}) == []  # nothing left to suggest from these rules
    assert suggest(rules, set()) == []


def test_an_empty_store_gives_empty_figures():
    empty = PurchaseArrays.build([], [], [], n_customers=3)
    m = compute_metrics(empty, start=0, end=10 * DAY)
    assert (m.customers_start, m.new_customers, m.buyers, m.retention, m.clv) == (0, 0, 0, None, None)
    cohorts = cohort_retention(empty, end=_t(2025, 3, 31), months=2)
    assert cohorts.sizes.tolist() == [0, 0] and np.isnan(cohorts.matrix).all()
    assert find_at_risk(empty, now=10 * DAY) == []
