"""A real Synapse for the Matrix end-to-end tests: one per test session, always stopped at the end."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import pytest

from adapters.matrix.synapse_server import Synapse, start_synapse

USERS = ("boss", "alice", "bob", "carol", "dave", "erin")


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    """A homeserver on a free loopback port with the bot (admin) and six members registered."""
    if importlib.util.find_spec("synapse") is None:
        pytest.skip("matrix-synapse is not installed (pip install -e '.[test]'): Matrix end-to-end tests skipped")
    server = start_synapse(tmp_path_factory.mktemp("synapse"))
    try:
        server.register("qungui", admin=True)  # the recipe's tool, once
        server.tokens["qungui"] = server.login("qungui")
        for user in USERS:  # the same admin API, without starting a process per user
            server.register_quickly(user)
        yield server
    finally:
        server.stop()
