"""Fixtures for CRM service tests: a frozen time and a store in a migrated database."""

from __future__ import annotations

from datetime import datetime

import pytest

from qungui.core.clock import DEFAULT_TZ

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=DEFAULT_TZ)
ACTOR = "console:manager"


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def store(session):
    from qungui.crm.customers.service import ensure_associate, ensure_store

    with session.begin():
        made = ensure_store(session, name="南京西路店", now=NOW)
        ensure_associate(session, store=made, name="王芳", now=NOW)
        ensure_associate(session, store=made, name="李娜", now=NOW)
        ensure_associate(session, store=made, name="赵敏", now=NOW)
    return made
