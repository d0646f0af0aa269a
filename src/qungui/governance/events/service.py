"""Store events exactly once and read back what the engine needs from them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.events import EVENT_ADAPTER, Event, MessageEvent, actor_of
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.models import Group
from qungui.storage.upsert import insert_ignore


def event_payload(event: Event) -> dict[str, Any]:
    """The event as JSON-safe data; inline attachment bytes are left out (their hash and size stay)."""
    if isinstance(event, MessageEvent) and event.attachments:
        return event.model_dump(mode="json", exclude={"attachments": {"__all__": {"data"}}})
    return event.model_dump(mode="json")


PRIVATE_TYPE = "private_message"  # a member's private chat with the bot: not group speech


def store_event(session: Session, *, group: Group, event: Event, now: datetime) -> bool:
    """Store `event` under `event.key`; False when that key was stored before (nothing is written).

    A private message to the bot is stored under its own type, so it never counts as speech in the
    group. Race-safe: of two transactions storing the same key, exactly one gets True. Does not commit.
    """
    actor = actor_of(event)
    private = isinstance(event, MessageEvent) and event.private
    return insert_ignore(
        session,
        table=EventRecord.__table__,  # type: ignore[arg-type]
        values={
            "group_id": group.id,
            "key": event.key,
            "type": PRIVATE_TYPE if private else event.type,
            "actor_id": actor.id if actor is not None else None,
            "ts": event.ts,
            "payload": event_payload(event),
            "received_at": now,
        },
        conflict_columns=("key",),
    )


def redact_event(session: Session, *, key: str, note: str) -> None:
    """Replace a stored message's sender and text (a report: its author is confidential). Does not commit."""
    record = get_event(session, key=key)
    if record is None:
        return
    payload = dict(record.payload)
    payload["sender"] = {**payload.get("sender", {}), "id": "confidential", "name": None}
    payload.update(text=note, quote_text=None, mentions=[], attachments=[])
    record.payload = payload
    record.actor_id = None


def get_event(session: Session, *, key: str) -> EventRecord | None:
    """The stored event with this key, or None."""
    return session.scalars(select(EventRecord).where(EventRecord.key == key)).one_or_none()


def load_event(record: EventRecord) -> Event:
    """Rebuild the core event from its stored payload."""
    return EVENT_ADAPTER.validate_python(record.payload)


def recent_messages(
    session: Session, *, group: Group, since: datetime, until: datetime, exclude_key: str | None = None
) -> Iterator[tuple[datetime, str]]:
    """(ts, sender) of the group's stored messages with since < ts <= until, oldest first."""
    query = (
        select(EventRecord.ts, EventRecord.actor_id)
        .where(
            EventRecord.group_id == group.id,
            EventRecord.type == "message",
            EventRecord.ts > since,
            EventRecord.ts <= until,
        )
        .order_by(EventRecord.ts, EventRecord.id)
    )
    if exclude_key is not None:
        query = query.where(EventRecord.key != exclude_key)
    for ts, actor_id in session.execute(query):
        yield ts, actor_id or ""
