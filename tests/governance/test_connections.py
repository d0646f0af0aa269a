"""Connection cursors: stored per (connection, key), overwritten in place, never committed by the service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from qungui.governance.connections.models import PlatformCursor
from qungui.governance.connections.service import delete_cursor, get_cursor, set_cursor

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_cursor_round_trip_and_overwrite(session):
    with session.begin():
        assert get_cursor(session, connection="matrix:@bot:localhost", key="sync") is None
        set_cursor(session, connection="matrix:@bot:localhost", key="sync", value="s1", now=NOW)
        set_cursor(session, connection="telegram:bot1", key="offset", value="41", now=NOW)
    with session.begin():
        assert get_cursor(session, connection="matrix:@bot:localhost", key="sync") == "s1"
        set_cursor(session, connection="matrix:@bot:localhost", key="sync", value="s2", now=NOW + timedelta(seconds=5))
    with session.begin():
        assert get_cursor(session, connection="matrix:@bot:localhost", key="sync") == "s2"
        assert get_cursor(session, connection="telegram:bot1", key="offset") == "41"
        assert session.scalar(select(func.count()).select_from(PlatformCursor)) == 2
        row = session.scalars(select(PlatformCursor).where(PlatformCursor.value == "s2")).one()
        assert row.updated_at == NOW + timedelta(seconds=5)


def test_set_cursor_does_not_commit(session):
    with session.begin():
        set_cursor(session, connection="matrix:@bot:localhost", key="sync", value="s1", now=NOW)
        session.rollback()
    with session.begin():
        assert get_cursor(session, connection="matrix:@bot:localhost", key="sync") is None


def test_delete_cursor(session):
    with session.begin():
        set_cursor(session, connection="c", key="k", value="v", now=NOW)
    with session.begin():
        assert delete_cursor(session, connection="c", key="k") is True
        assert delete_cursor(session, connection="c", key="k") is False
        assert get_cursor(session, connection="c", key="k") is None


@pytest.mark.parametrize(("connection", "key"), [("", "sync"), ("c", ""), ("c" * 256, "sync")])
def test_bad_names_are_refused_with_the_field_named(session, connection, key):
    with pytest.raises(ValueError, match=r"cursor (connection|key)"):
        set_cursor(session, connection=connection, key=key, value="v", now=NOW)
