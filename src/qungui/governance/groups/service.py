"""Find or create groups; lock one while its events are handled."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.events import GroupRef
from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group
from qungui.storage.upsert import insert_ignore


def ensure_group(session: Session, *, ref: GroupRef, now: datetime, rulebook: str | None = None) -> Group:
    """Return the group for `ref`, creating it (race-safe) when new; keep name and rulebook current.

    Creating a group and changing its rulebook are audited. Does not commit.
    """
    created = insert_ignore(
        session,
        table=Group.__table__,  # type: ignore[arg-type]
        values={
            "platform": ref.platform,
            "external_id": ref.id,
            "name": ref.name,
            "rulebook": rulebook,
            "created_at": now,
            "updated_at": now,
        },
        conflict_columns=("platform", "external_id"),
    )
    group = session.scalars(select(Group).where(Group.platform == ref.platform, Group.external_id == ref.id)).one()
    if created:
        append_audit(
            session,
            actor="system",
            action="group.created",
            subject=_subject(group),
            data={"name": ref.name, "rulebook": rulebook},
            now=now,
        )
        return group
    if ref.name and group.name != ref.name:
        group.name = ref.name
        group.updated_at = now
    if rulebook is not None and group.rulebook != rulebook:
        append_audit(
            session,
            actor="system",
            action="group.rulebook_changed",
            subject=_subject(group),
            data={"from": group.rulebook, "to": rulebook},
            now=now,
        )
        group.rulebook = rulebook
        group.updated_at = now
    return group


def find_group(session: Session, *, platform: str, external_id: str) -> Group | None:
    """The group with this platform id, or None."""
    return session.scalars(
        select(Group).where(Group.platform == platform, Group.external_id == external_id)
    ).one_or_none()


def lock_group(session: Session, *, group: Group) -> None:
    """Hold the group's row until the transaction ends, so its events are handled one at a time.

    PostgreSQL takes a row lock (SELECT … FOR UPDATE); SQLite already allows one writer at a time.
    Does not commit.
    """
    session.execute(select(Group.id).where(Group.id == group.id).with_for_update())


def _subject(group: Group) -> str:
    return f"group:{group.platform}:{group.external_id}"
