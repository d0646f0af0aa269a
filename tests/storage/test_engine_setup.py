"""Engines and column types: SQLite in memory and on disk, aware timestamps, real transactions."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from qungui.core.events import GroupRef
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Member
from qungui.storage.db import make_engine, make_session_factory, migrate

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 9, 0, 0, 123456, tzinfo=SHANGHAI)
REF = GroupRef(platform="sim", id="g1", name="业主群")


def test_in_memory_sqlite_is_one_database_for_every_session():
    engine = make_engine("sqlite://")
    migrate(engine)
    factory = make_session_factory(engine)
    with factory.begin() as first:
        ensure_group(first, ref=REF, now=NOW, rulebook="community")
    with factory() as second:
        assert second.scalars(select(Group.name)).all() == ["业主群"]
    engine.dispose()


def test_file_sqlite_uses_wal_and_foreign_keys(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_foreign_keys_are_enforced(session):
    with pytest.raises(IntegrityError), session.begin():
        session.add(
            Member(
                group_id=999, external_id="m", role="member", status="active", state={}, created_at=NOW, updated_at=NOW
            )
        )
        session.flush()


def test_timestamps_come_back_aware_in_utc(session_factory):
    with session_factory.begin() as session:
        ensure_group(session, ref=REF, now=NOW)
    with session_factory() as session:
        stored = session.scalars(select(Group.created_at)).one()
        raw = session.execute(text("SELECT created_at FROM groups")).scalar_one()
    assert stored.tzinfo is not None and stored.utcoffset().total_seconds() == 0
    assert stored == NOW  # the same instant, microseconds kept
    assert stored == NOW.astimezone(UTC)
    assert raw is not None


def test_naive_datetimes_are_refused(session):
    with pytest.raises(StatementError, match="naive datetime"), session.begin():
        ensure_group(session, ref=REF, now=datetime(2026, 11, 23, 9, 0))


def test_a_failed_transaction_leaves_nothing(session):
    with pytest.raises(RuntimeError), session.begin():
        ensure_group(session, ref=REF, now=NOW)
        assert session.scalar(select(func.count()).select_from(Group)) == 1
        raise RuntimeError("boom")
    with session.begin():
        assert session.scalar(select(func.count()).select_from(Group)) == 0
