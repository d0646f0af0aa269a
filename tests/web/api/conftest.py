"""An app on the test database with the demo group (via the simulator), a frozen clock and no scheduler."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.adapters.simulator.demo import BOT, start_demo
from qungui.adapters.simulator.group import SimGroup
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.core.clock import FrozenClock
from qungui.governance.groups.models import Group
from qungui.runtime.service import Runtime
from qungui.settings import Settings
from qungui.web.app import create_app
from support import START


@dataclass
class Api:
    """The app under test: a client (no cookies yet), the demo group's database id, and what is behind it."""

    client: TestClient
    group_id: int
    session: Session
    clock: FrozenClock
    runtime: Runtime
    hub: SimulatorHub
    group: SimGroup

    def fresh_client(self) -> TestClient:
        """Another browser on the same app (its own cookies)."""
        return TestClient(self.client.app)


@pytest.fixture
def api(session_factory, session) -> Iterator[Api]:
    clock = FrozenClock(START)
    hub = SimulatorHub(clock=clock, bot=BOT, id_prefix="a")
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=clock, bot=BOT)
    hub.attach(runtime)
    group = asyncio.run(start_demo(hub, runtime, group_id="ahsh-api"))
    app = create_app(runtime, hub, settings=Settings(database_url="sqlite://"), run_scheduler=False)
    with session.begin():
        group_id = session.scalars(select(Group.id).where(Group.external_id == "ahsh-api")).one()
    with TestClient(app) as client:
        yield Api(client, group_id, session, clock, runtime, hub, group)
