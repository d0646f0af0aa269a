"""Groups are found or created once, even by racing transactions; rulebook changes are audited."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from qungui.core.events import GroupRef
from qungui.governance.audit.models import AuditEntry
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import ensure_group, find_group

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_ensure_group_creates_once_and_keeps_name_and_rulebook_current(session):
    with session.begin():
        first = ensure_group(session, ref=GroupRef(platform="sim", id="g1"), now=NOW, rulebook="community")
        same = ensure_group(
            session, ref=GroupRef(platform="sim", id="g1", name="业主群"), now=NOW, rulebook="community"
        )
        later = NOW + timedelta(days=1)
        changed = ensure_group(session, ref=GroupRef(platform="sim", id="g1"), now=later, rulebook="chamber")
    assert first.id == same.id == changed.id
    with session.begin():
        group = find_group(session, platform="sim", external_id="g1")
        audit = session.execute(select(AuditEntry.action, AuditEntry.data).order_by(AuditEntry.seq)).all()
    assert (group.name, group.rulebook, group.created_at, group.updated_at) == ("业主群", "chamber", NOW, later)
    assert [tuple(row) for row in audit] == [
        ("group.created", {"name": None, "rulebook": "community"}),
        ("group.rulebook_changed", {"from": "community", "to": "chamber"}),
    ]
    with session.begin():
        assert find_group(session, platform="other", external_id="g1") is None


def test_racing_transactions_create_one_group(session_factory):
    barrier = threading.Barrier(3)
    ids: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with session_factory.begin() as own:
                barrier.wait(timeout=10)
                ids.append(ensure_group(own, ref=GroupRef(platform="sim", id="raced"), now=NOW).id)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    with session_factory() as session:
        groups = session.scalars(select(Group.id)).all()
        created = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "group.created")).all()
    assert len(groups) == 1 and ids == groups * 3
    assert created == ["group.created"]
