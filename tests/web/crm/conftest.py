"""An app on the test database with the CRM routers mounted, the demo store seeded, a frozen clock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.adapters.simulator.demo import BOT, start_demo
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.core.clock import FrozenClock
from qungui.core.events import GroupRef
from qungui.crm.demo import seed_demo_store
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import ensure_group
from qungui.runtime.service import Runtime
from qungui.settings import Settings
from qungui.web.app import create_app
from support import START


@dataclass
class CrmApp:
    client: TestClient
    session: Session
    store_id: int
    clock: FrozenClock
    group_id: int  # the simulator's demo group
    other_group_id: int  # a group the store has nothing to do with

    def fresh_client(self) -> TestClient:
        return TestClient(self.client.app)


@pytest.fixture
def crm_app(session_factory, session) -> Iterator[CrmApp]:
    clock = FrozenClock(START)
    hub = SimulatorHub(clock=clock, bot=BOT, id_prefix="c")
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=clock, bot=BOT)
    hub.attach(runtime)
    asyncio.run(start_demo(hub, runtime, group_id="ahsh-crm"))
    app = create_app(runtime, hub, settings=Settings(database_url="sqlite://"), run_scheduler=False)
    with session.begin():
        store_id = seed_demo_store(session, now=START, rng_seed=8, customers=120).id
        group_id = session.scalars(select(Group.id).where(Group.external_id == "ahsh-crm")).one()
        other = ensure_group(session, ref=GroupRef(platform="sim", id="other-crm"), now=START).id
    with TestClient(app) as client:
        yield CrmApp(client, session, store_id, clock, group_id, other)
