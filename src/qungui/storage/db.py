"""Engines, sessions and migrations: SQLite by default, PostgreSQL for production.

Nothing here is global: callers build an engine from a URL, a session factory from the engine, and
own their transactions (`with factory.begin() as session: ...`).
"""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

SCRIPT_LOCATION = "qungui.storage:migrations"
DEFAULT_METADATA = "qungui.governance.tables:metadata"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def is_sqlite_memory(url: URL) -> bool:
    """True for `sqlite://`, `sqlite:///:memory:` and `file:…?mode=memory` URLs."""
    if url.get_backend_name() != "sqlite":
        return False
    database = url.database or ""
    return database in ("", ":memory:") or url.query.get("mode") == "memory"


def make_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """Build an engine for `url`.

    SQLite gets foreign keys, a busy timeout, WAL for file databases, and real transactions
    (SQLAlchemy emits BEGIN instead of the sqlite3 module's partial autocommit); an in-memory
    database uses one shared connection (StaticPool) so every session sees the same data.
    """
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    memory = is_sqlite_memory(url)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, echo=echo, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see below)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to `engine`; objects stay readable after commit (expire_on_commit=False)."""
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def alembic_config(*, url: str | URL | None = None, connection: Connection | None = None) -> Config:
    """An Alembic config for qungui's migrations; no alembic.ini needed.

    Developers can pass it to `alembic.command.revision(cfg, autogenerate=True, rev_id="0002", message=...)`.
    """
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    cfg.set_main_option("qungui.metadata", DEFAULT_METADATA)
    if url is not None:
        rendered = make_url(url).render_as_string(hide_password=False)
        cfg.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def migrate(url_or_engine: str | URL | Engine, *, revision: str = "head") -> str | None:
    """Upgrade the database to `revision` (default: the newest) and return its revision afterwards.

    Pass an Engine for an in-memory SQLite database: a URL would open, migrate and drop a new one.
    """
    engine = url_or_engine if isinstance(url_or_engine, Engine) else make_engine(url_or_engine)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), revision)
        return current_revision(engine)
    finally:
        if engine is not url_or_engine:
            engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a database never migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
