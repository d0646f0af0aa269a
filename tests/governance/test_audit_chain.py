"""The audit log is a hash chain: any edit, deletion or reordering is found, and writers never collide."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import bindparam, select, text

from qungui.governance.audit.models import GENESIS_HASH, AuditEntry
from qungui.governance.audit.service import append_audit, entry_hash, verify_chain
from qungui.storage.types import JSONType

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def fill(session, count: int) -> list[AuditEntry]:
    with session.begin():
        return [
            append_audit(
                session,
                actor="engine",
                action="case.opened",
                subject=f"case:{n}",
                data={"n": n, "clause": "四.2", "evidence": "傻逼", "score": 0.9, "tags": ("a", "b")},
                now=NOW + timedelta(seconds=n),
            )
            for n in range(1, count + 1)
        ]


def test_an_untouched_chain_verifies(session):
    with session.begin():
        empty = verify_chain(session)
    assert (empty.ok, empty.checked) == (True, 0)
    entries = fill(session, 5)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == GENESIS_HASH
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    with session.begin():
        report = verify_chain(session)
        stored = session.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one()
    assert (report.ok, report.checked, report.first_bad_seq) == (True, 5, None)
    assert stored.data == {"n": 2, "clause": "四.2", "evidence": "傻逼", "score": 0.9, "tags": ["a", "b"]}
    assert stored.at == NOW.astimezone(UTC) + timedelta(seconds=2)
    assert stored.hash == entry_hash(
        seq=2,
        at=NOW + timedelta(seconds=2),
        actor="engine",
        action="case.opened",
        subject="case:2",
        data=stored.data,
        prev_hash=entries[0].hash,
    )


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("data", {"n": 3, "clause": "四.2", "evidence": "已删除", "score": 0.9, "tags": ["a", "b"]}),
        ("actor", "admin:李四"),
        ("subject", "case:other"),
        ("at", datetime(2026, 11, 23, 1, 0, 4, tzinfo=UTC)),
    ],
)
def test_a_tampered_entry_is_reported_by_seq(session, column, value):
    fill(session, 5)
    param = bindparam("value", type_=JSONType) if column == "data" else bindparam("value")
    if column == "at":
        value = value if session.get_bind().dialect.name == "postgresql" else "2026-11-23 01:00:04.000000"
    with session.begin():
        session.execute(
            text(f"UPDATE audit_log SET {column} = :value WHERE seq = 3").bindparams(param), {"value": value}
        )
    with session.begin():
        report = verify_chain(session)
    assert (report.ok, report.first_bad_seq, report.checked) == (False, 3, 2)
    assert "altered" in report.reason


def test_rehashing_a_tampered_entry_breaks_the_next_link(session):
    entries = fill(session, 4)
    forged = entry_hash(
        seq=2, at=entries[1].at, actor="x", action="case.opened", subject="case:2", data={}, prev_hash=entries[0].hash
    )
    with session.begin():
        session.execute(
            text("UPDATE audit_log SET actor = 'x', data = :data, hash = :hash WHERE seq = 2").bindparams(
                bindparam("data", type_=JSONType)
            ),
            {"data": {}, "hash": forged},
        )
    with session.begin():
        report = verify_chain(session)
    assert (report.ok, report.first_bad_seq) == (False, 3)
    assert "link" in report.reason


def test_a_deleted_middle_entry_is_found(session):
    fill(session, 5)
    with session.begin():
        session.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    with session.begin():
        report = verify_chain(session)
    assert (report.ok, report.first_bad_seq, report.checked) == (False, 3, 2)
    assert "missing" in report.reason


def test_deleted_last_entries_are_found_through_the_head(session):
    fill(session, 5)
    with session.begin():
        session.execute(text("DELETE FROM audit_log WHERE seq >= 4"))
    with session.begin():
        report = verify_chain(session)
    assert (report.ok, report.first_bad_seq, report.checked) == (False, 4, 3)
    assert "4..5" in report.reason


def test_appending_needs_an_aware_time(session):
    with pytest.raises(ValueError, match="aware"), session.begin():
        append_audit(session, actor="a", action="b", subject="c", data={}, now=datetime(2026, 1, 1))


def test_concurrent_writers_keep_one_valid_chain(session_factory):
    """On PostgreSQL the head row lock makes writers take turns; on SQLite the write lock does."""
    per_thread, threads_count = 25, 4
    barrier = threading.Barrier(threads_count)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            barrier.wait(timeout=10)
            for n in range(per_thread):
                with session_factory.begin() as own:
                    append_audit(own, actor=name, action="test", subject=f"{name}:{n}", data={"n": n}, now=NOW)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{i}",)) for i in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with session_factory() as session:
        report = verify_chain(session)
        seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
        actors = session.scalars(select(AuditEntry.actor)).all()
    assert report.ok, report
    assert report.checked == per_thread * threads_count
    assert seqs == list(range(1, per_thread * threads_count + 1))
    assert {a: actors.count(a) for a in set(actors)} == {f"w{i}": per_thread for i in range(threads_count)}
