"""Database fixtures shared by every test: SQLite always, PostgreSQL when QUNGUI_TEST_DATABASE_URL is set.

`database_url` is an empty database per test; `engine` is migrated; `session` is a Session on it
(tests open their own transactions with `with session.begin():`). On PostgreSQL one database named
qungui_test_<random> is created per test run and dropped at the end; each test gets its own schema in it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from qungui.storage.db import make_engine, make_session_factory, migrate

POSTGRES_ENV = "QUNGUI_TEST_DATABASE_URL"
POSTGRES_LOCAL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
POSTGRES_SKIP = f"{POSTGRES_ENV} not set and no PostgreSQL answers at 127.0.0.1:5432: PostgreSQL tests skipped"


def _postgres_url() -> str | None:
    """The configured server, else a local one on the default port if it answers within 2 s."""
    raw = os.environ.get(POSTGRES_ENV)
    if raw:
        return raw
    try:
        import psycopg
    except ImportError:
        return None
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=2").close()
    except psycopg.Error:
        return None
    return POSTGRES_LOCAL


def _server_engine(url: URL) -> Engine:
    """An autocommit engine on the server of `url` (its database, else the `postgres` database)."""
    for candidate in (url, url.set(database="postgres")):
        engine = create_engine(candidate, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect():
                return engine
        except OperationalError:
            engine.dispose()
            if candidate is not url:
                raise
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[URL | None]:
    """A fresh database for this test run on the server of QUNGUI_TEST_DATABASE_URL (None when unset)."""
    raw = _postgres_url()
    if not raw:
        yield None
        return
    server = _server_engine(make_url(raw))
    name = f"qungui_test_{secrets.token_hex(6)}"
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield server.url.set(database=name)
    finally:
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """The URL of an empty database for this test, on SQLite (a file) or PostgreSQL (own schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'qungui.sqlite3'}"
        return
    base: URL | None = request.getfixturevalue("postgres_database")
    if base is None:
        pytest.skip(POSTGRES_SKIP)
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database's engine."""
    built = make_engine(database_url)
    migrate(built)
    try:
        yield built
    finally:
        built.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session on a migrated database; open transactions with `with session.begin():`."""
    with session_factory() as opened:
        yield opened
