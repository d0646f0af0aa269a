"""INSERT … ON CONFLICT DO NOTHING, per dialect: safe when two transactions race for the same key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session


def insert_ignore(
    session: Session, *, table: Table, values: Mapping[str, Any], conflict_columns: Sequence[str]
) -> bool:
    """Insert one row unless a row with the same `conflict_columns` exists; True when inserted.

    On PostgreSQL a concurrent insert of the same key makes this wait for the other transaction and
    then do nothing, so exactly one of two racing callers gets True. Does not commit.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt = pg_insert(table).values(**values).on_conflict_do_nothing(index_elements=list(conflict_columns))
    elif dialect == "sqlite":
        stmt = sqlite_insert(table).values(**values).on_conflict_do_nothing(index_elements=list(conflict_columns))
    else:  # any other database: a savepoint keeps the outer transaction usable after the conflict
        try:
            with session.begin_nested():
                session.execute(insert(table).values(**values))
        except IntegrityError:
            return False
        return True
    # RETURNING tells inserted from skipped on both (rowcount is -1 when PostgreSQL returns rows).
    returned = session.execute(stmt.returning(*table.primary_key.columns)).first()
    return returned is not None
