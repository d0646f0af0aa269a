"""Cross-sell and up-sell suggestions from what similar customers bought together (association rules).

Each customer's basket is the set of items they ever bought. A rule X → Y over baskets has
support = share of baskets with X and Y, confidence = share of X's baskets that have Y, and
lift = confidence / share of baskets with Y (above 1: buying X makes Y more likely). A customer who
has X but not Y gets Y suggested; it is an up-sell (追加销售) when Y's usual price is at least
`upsell_ratio` times X's, else a cross-sell (交叉销售).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True, slots=True)
class Suggestion:
    item: str
    because: str  # the item the customer already has
    kind: str  # "cross_sell" | "up_sell"
    support: float
    confidence: float
    lift: float

    def reason(self) -> str:
        kind = "追加销售" if self.kind == "up_sell" else "交叉销售"
        return (
            f"{kind}：买过「{self.because}」的顾客中{self.confidence:.0%}也买了「{self.item}」"
            f"（提升度{self.lift:.1f}，支持度{self.support:.1%}）"
        )


@dataclass(frozen=True, slots=True)
class Rules:
    """Counts over baskets: `single[x]` baskets with x, `pair[(x, y)]` baskets with both (x < y)."""

    baskets: int
    single: Mapping[str, int]
    pair: Mapping[tuple[str, str], int]
    price: Mapping[str, float]  # usual unit price per item


def mine(baskets: Iterable[Iterable[str]], prices: Mapping[str, float] | None = None) -> Rules:
    """Count items and item pairs over customers' baskets."""
    single: Counter[str] = Counter()
    pair: Counter[tuple[str, str]] = Counter()
    total = 0
    for basket in baskets:
        items = sorted(set(basket))
        total += 1
        single.update(items)
        pair.update(combinations(items, 2))
    return Rules(total, single, pair, dict(prices or {}))


def suggest(
    rules: Rules,
    basket: Iterable[str],
    *,
    min_support: float = 0.01,
    min_confidence: float = 0.2,
    min_lift: float = 1.0,
    upsell_ratio: float = 1.5,
    limit: int = 5,
) -> list[Suggestion]:
    """The best items this basket lacks, by lift then confidence (one suggestion per item, its best reason)."""
    owned = set(basket)
    if rules.baskets == 0 or not owned:
        return []
    best: dict[str, Suggestion] = {}
    for (x, y), both in rules.pair.items():
        for have, lack in ((x, y), (y, x)):
            if have not in owned or lack in owned:
                continue
            support = both / rules.baskets
            confidence = both / rules.single[have]
            lift = confidence / (rules.single[lack] / rules.baskets)
            if support < min_support or confidence < min_confidence or lift <= min_lift:
                continue
            have_price, lack_price = rules.price.get(have), rules.price.get(lack)
            upsell = bool(have_price and lack_price and lack_price >= upsell_ratio * have_price)
            found = Suggestion(lack, have, "up_sell" if upsell else "cross_sell", support, confidence, lift)
            current = best.get(lack)
            if current is None or (found.lift, found.confidence) > (current.lift, current.confidence):
                best[lack] = found
    ranked = sorted(best.values(), key=lambda s: (-s.lift, -s.confidence, s.item))
    return ranked[:limit]
