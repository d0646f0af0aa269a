"""Suggestions for one customer from the store's baskets. Read-only."""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.crm.customers.models import Customer, Store
from qungui.crm.purchases.service import baskets
from qungui.crm.suggest.compute import Suggestion, mine, suggest


def suggest_for(session: Session, *, store: Store, customer: Customer, limit: int = 5) -> list[Suggestion]:
    """Cross-sell and up-sell suggestions for the customer, each with its reason."""
    per_customer, prices = baskets(session, store=store)
    rules = mine(per_customer.values(), prices)
    return suggest(rules, per_customer.get(customer.id, set()), limit=limit)
