"""Tiers on small cases computed by hand."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from qungui.crm.arrays import DAY, PurchaseArrays
from qungui.crm.tiers.compute import compute_tiers, reason
from qungui.crm.tiers.rules import TierRules

NOW = 1_000 * DAY


def arrays(purchases: list[tuple[int, int, float]], n: int) -> PurchaseArrays:
    """(customer, days ago, yuan) triples."""
    return PurchaseArrays.build(
        [p[0] for p in purchases], [NOW - p[1] * DAY for p in purchases], [p[2] for p in purchases], n_customers=n
    )


# customer: spend in the last year (yuan), days since last purchase
#   0: 1000+500 = 1500, 10 days   1: 1200, 20 days   2: 300+300 = 600, 5 days   3: 400, 100 days
#   4: 200, 300 days (and 9000 two years ago, outside the window)   5: 5000, 400 days → lapsed
#   6: no purchase at all
CASE = [
    (0, 10, 1000),
    (0, 40, 500),
    (1, 20, 1200),
    (2, 5, 300),
    (2, 50, 300),
    (3, 100, 400),
    (4, 300, 200),
    (4, 730, 9000),
    (5, 400, 5000),
]


def test_abc_by_share_of_spend_with_lapsed_and_never_bought_in_d():
    result = compute_tiers(arrays(CASE, 7), now=NOW, rules=TierRules(a_share=0.2, b_share=0.3))
    # active: 0..4 (5 customers) ranked by spend 1500, 1200, 600, 400, 200:
    # share spending more = 0, .2, .4, .6, .8 → A if < .2, B if < .5, else C
    assert list(result.letters()) == ["A", "B", "B", "C", "C", "D", "D"]
    assert result.counts() == {"A": 1, "B": 2, "C": 2, "D": 2}
    assert list(result.monetary[:5]) == [1500, 1200, 600, 400, 200]
    assert list(result.frequency[:5]) == [2, 1, 2, 1, 1]
    assert reason(result, 5) == "D类：已 400 天未购买（超过 365 天视为流失）"
    assert reason(result, 6) == "D类：没有购买记录"
    assert reason(result, 0) == "A类：近365天消费¥1,500，2笔，消费更高的活跃顾客占0%（A类：前20%，B类：前50%）"


def test_ties_share_a_tier():
    result = compute_tiers(arrays([(0, 1, 100), (1, 1, 100), (2, 1, 50)], 3), now=NOW, rules=TierRules(a_share=0.4))
    assert list(result.letters()) == ["A", "A", "B"]  # nobody spent more than 0 or 1 → both A


def test_fixed_amounts():
    rules = TierRules(method="amount", a_min_yuan=1200, b_min_yuan=500)
    result = compute_tiers(arrays(CASE, 7), now=NOW, rules=rules)
    assert list(result.letters()) == ["A", "A", "B", "C", "C", "D", "D"]
    assert reason(result, 2) == "B类：近365天消费¥600，2笔（A类门槛¥1,200，B类¥500）"


def test_rfm_quintile_scores():
    # five active customers; recency 10, 20, 5, 100, 300 → R scores by rank (best = most recent):
    # 2 (5 d) → 5, 0 (10 d) → 4, 1 (20 d) → 3, 3 → 2, 4 → 1; F: counts 2,1,2,1,1 → 1-count customers tie at
    # "below" 0 → 1, the 2-count at below 3/5 → 4; M as spend order: 1500 → 5, 1200 → 4, 600 → 3, 400 → 2, 200 → 1
    result = compute_tiers(arrays(CASE, 7), now=NOW, rules=TierRules(method="rfm", rfm_a_min=12, rfm_b_min=9))
    assert result.scores is not None
    assert result.scores[:5].tolist() == [[4, 4, 5], [3, 1, 4], [5, 4, 3], [2, 1, 2], [1, 1, 1]]
    # totals 13, 8, 12, 5, 3 → A (≥ 12), C (< 9), A, C, C
    assert list(result.letters()) == ["A", "C", "A", "C", "C", "D", "D"]
    assert reason(result, 0).startswith("A类：RFM评分 R4 F4 M5 合计13（A类≥12，B类≥9）")


def test_window_and_lapse_are_configurable():
    rules = TierRules(window_days=800, lapsed_days=500, a_share=0.2, b_share=0.3)
    result = compute_tiers(arrays(CASE, 7), now=NOW, rules=rules)
    # customer 4 now counts the old 9000 (9200 in total) and 5 is active (5000): six active customers
    # spending 1500, 1200, 600, 400, 9200, 5000 → share spending more: 2/6, 3/6, 4/6, 5/6, 0, 1/6
    assert result.monetary[4] == 9200
    assert list(result.letters()) == ["B", "C", "C", "C", "A", "A", "D"]


def test_purchases_after_now_are_ignored():
    data = PurchaseArrays.build([0, 0], [NOW - DAY, NOW + DAY], [10.0, 999.0])
    result = compute_tiers(data, now=NOW, rules=TierRules())
    assert result.monetary[0] == 10


def test_rules_refuse_inconsistent_cut_offs():
    with pytest.raises(ValidationError, match="a_share \\+ b_share"):
        TierRules(a_share=0.6, b_share=0.5)
    with pytest.raises(ValidationError, match="a_min_yuan"):
        TierRules(method="amount", a_min_yuan=100, b_min_yuan=500)
    with pytest.raises(ValidationError):
        TierRules(method="magic")


def test_empty_store():
    result = compute_tiers(PurchaseArrays.build([], [], [], n_customers=0), now=NOW, rules=TierRules())
    assert result.counts() == {"A": 0, "B": 0, "C": 0, "D": 0}
    assert np.asarray(result.tier).size == 0
