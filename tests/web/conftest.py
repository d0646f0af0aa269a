"""A simulator app on the test database with the demo group, a frozen clock and no background scheduler."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from qungui.adapters.simulator.demo import BOT, SCENARIOS, start_demo
from qungui.adapters.simulator.group import SimGroup
from qungui.adapters.simulator.hub import SimulatorHub
from qungui.core.clock import FrozenClock
from qungui.runtime.service import Runtime
from qungui.settings import Settings
from qungui.web.app import create_app
from qungui.web.security import TOKEN_HEADER
from support import START

TOKEN = re.compile(r'name="qungui-token" content="([0-9a-f]+)"')


@dataclass
class Page:
    """A browser session on the simulator: its client, the page's token, the hub behind it."""

    client: TestClient
    token: str
    hub: SimulatorHub
    group: SimGroup
    clock: FrozenClock

    def post(self, path: str, **body):
        return self.client.post(f"/sim/api/{path}", json=body, headers={TOKEN_HEADER: self.token})

    def updates(self, since: int = 0, me: str | None = None) -> dict:
        params = {"since": since, **({"me": me} if me else {})}
        response = self.client.get("/sim/api/updates", params=params)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture
def page(session_factory) -> Iterator[Page]:
    clock = FrozenClock(START)
    hub = SimulatorHub(clock=clock, bot=BOT, id_prefix="w")
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=clock, bot=BOT)
    hub.attach(runtime)
    group = asyncio.run(start_demo(hub, runtime, group_id="ahsh-web"))
    app = create_app(
        runtime, hub, settings=Settings(database_url="sqlite://"), scenarios=SCENARIOS, run_scheduler=False
    )
    with TestClient(app) as client:
        html = client.get("/sim").text
        found = TOKEN.search(html)
        assert found is not None
        yield Page(client, found.group(1), hub, group, clock)
