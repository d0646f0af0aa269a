"""How customers are sorted into A/B/C/D: a configurable pydantic model with defaults from the policy.

The policy (2、珍惜与顾客的关系) asks managers to sort every VIP customer into A, B, C and D. By default
A/B/C follow spend over the last year (ABC, Pareto: A = top 20%, B = next 30%, C = the rest) and D is a
customer who has not bought for a year, whatever they spent before.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class TierRules(BaseModel):
    """Tiering rules; every cut-off is configurable."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    method: Literal["abc", "amount", "rfm"] = "abc"
    window_days: int = Field(365, ge=1, le=3650)  # spend and frequency count purchases in the last N days
    lapsed_days: int = Field(365, ge=1, le=3650)  # D: no purchase for N days
    a_share: float = Field(0.2, gt=0, lt=1)  # abc: the top 20% of active customers by spend
    b_share: float = Field(0.3, gt=0, lt=1)  # abc: the next 30%
    a_min_yuan: float = Field(20_000, ge=0)  # amount: spend at least this for A
    b_min_yuan: float = Field(5_000, ge=0)  # amount: … for B
    rfm_a_min: int = Field(13, ge=3, le=15)  # rfm: R+F+M scores (each 1–5) at least this for A
    rfm_b_min: int = Field(9, ge=3, le=15)

    @model_validator(mode="after")
    def _ordered(self) -> TierRules:
        if self.a_share + self.b_share >= 1:
            raise ValueError("a_share + b_share must be below 1 (C needs room)")
        if self.a_min_yuan < self.b_min_yuan:
            raise ValueError("a_min_yuan must be at least b_min_yuan")
        if self.rfm_a_min < self.rfm_b_min:
            raise ValueError("rfm_a_min must be at least rfm_b_min")
        return self
