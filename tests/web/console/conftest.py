"""The app on the test database with the demo group (via the simulator), a frozen clock, no scheduler,
and console users to log in as."""

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
from qungui.governance.accounts.roles import ConsoleRole
from qungui.governance.groups.models import Group
from qungui.runtime.service import Runtime
from qungui.settings import Settings
from qungui.web.app import create_app
from support import START
from web.auth_helpers import csrf, login, make_user


@dataclass
class Console:
    """The app under test and what is behind it; `as_role` gives a logged-in browser."""

    app: object
    group_id: int
    session: Session
    clock: FrozenClock
    runtime: Runtime
    hub: SimulatorHub
    group: SimGroup

    def as_role(self, role: ConsoleRole, *, department: str | None = None, member_id: str | None = None):
        """A new browser logged in as a fresh user with `role` in the demo group."""
        client = TestClient(self.app)
        username, password = make_user(
            self.session, role=role, group_id=self.group_id, department=department, member_id=member_id
        )
        login(client, username, password)
        return client

    def url(self, path: str = "") -> str:
        return f"/console/g/{self.group_id}{path}"

    def post(self, client: TestClient, path: str, **data):
        return client.post(self.url(path), data={"csrf_token": csrf(client), **data}, follow_redirects=False)


@pytest.fixture
def console(session_factory, session) -> Iterator[Console]:
    clock = FrozenClock(START)
    hub = SimulatorHub(clock=clock, bot=BOT, id_prefix="c")
    runtime = Runtime(sessions=session_factory, platform=hub.platform, clock=clock, bot=BOT)
    hub.attach(runtime)
    group = asyncio.run(start_demo(hub, runtime, group_id="ahsh-console"))
    app = create_app(runtime, hub, settings=Settings(database_url="sqlite://"), run_scheduler=False)
    with session.begin():
        group_id = session.scalars(select(Group.id).where(Group.external_id == "ahsh-console")).one()
    with TestClient(app):
        yield Console(app, group_id, session, clock, runtime, hub, group)
