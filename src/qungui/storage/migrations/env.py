"""Alembic environment: runs on the connection the caller passed, or on `sqlalchemy.url`.

The models' metadata (used by autogenerate) is found by dotted name, so this package does not import
the domain folders that sit above it.
"""

from __future__ import annotations

import importlib

from alembic import context
from sqlalchemy import Connection, MetaData

from qungui.storage.db import DEFAULT_METADATA, make_engine

config = context.config


def _target_metadata() -> MetaData:
    metadata = config.attributes.get("target_metadata")
    if metadata is not None:
        return metadata
    module_name, _, attribute = (config.get_main_option("qungui.metadata") or DEFAULT_METADATA).partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=_target_metadata(),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=_target_metadata(),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: pass a connection in config.attributes or set sqlalchemy.url")
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
