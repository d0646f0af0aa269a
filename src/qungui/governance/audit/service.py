"""Append to the audit chain and verify it.

Each entry's hash is the SHA-256 of the canonical JSON of [seq, at, actor, action, subject, data,
prev_hash]; changing, removing or reordering any entry breaks the chain from there on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qungui.governance.audit.models import GENESIS_HASH, AuditEntry, AuditHead
from qungui.storage.upsert import insert_ignore

HEAD_ID = 1
VERIFY_BATCH = 1000


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces and real (not escaped) Chinese characters."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def entry_hash(
    *, seq: int, at: datetime, actor: str, action: str, subject: str, data: dict[str, Any], prev_hash: str
) -> str:
    """The hash an entry must carry."""
    payload = [seq, _iso(at), actor, action, subject, data, prev_hash]
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def append_audit(
    session: Session, *, actor: str, action: str, subject: str, data: dict[str, Any], now: datetime
) -> AuditEntry:
    """Append one entry to the chain. Does not commit.

    The head row is updated first: on PostgreSQL that row lock makes concurrent writers take turns
    (seq has no gaps or duplicates); on SQLite the write lock does the same. `data` must be JSON-safe.
    """
    if now.tzinfo is None:
        raise ValueError("audit times must be aware datetimes")
    data = json.loads(canonical_json(data))  # store exactly what is hashed (tuples → lists, etc.)
    seq, prev_hash = _advance_head(session)
    at = now.astimezone(UTC)
    digest = entry_hash(seq=seq, at=at, actor=actor, action=action, subject=subject, data=data, prev_hash=prev_hash)
    entry = AuditEntry(
        seq=seq, at=at, actor=actor, action=action, subject=subject, data=data, prev_hash=prev_hash, hash=digest
    )
    session.add(entry)
    session.execute(update(AuditHead.__table__).where(AuditHead.id == HEAD_ID).values(hash=digest))
    session.flush()
    return entry


def _advance_head(session: Session) -> tuple[int, str]:
    """Take the next seq (locking the head) and return it with the previous entry's hash."""
    table = AuditHead.__table__
    bump = update(table).where(table.c.id == HEAD_ID).values(seq=table.c.seq + 1).returning(table.c.seq, table.c.hash)
    row = session.execute(bump).one_or_none()
    if row is None:  # a database made without the migration's head row
        insert_ignore(
            session,
            table=table,  # type: ignore[arg-type]
            values={"id": HEAD_ID, "seq": 0, "hash": GENESIS_HASH},
            conflict_columns=("id",),
        )
        row = session.execute(bump).one()
    return int(row[0]), str(row[1])


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of checking the chain: `first_bad_seq` is where it breaks (None when ok)."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in seq order and check the links and the head. Read-only."""
    expected_seq = 1
    prev_hash = GENESIS_HASH
    checked = 0
    columns = (
        AuditEntry.seq,
        AuditEntry.at,
        AuditEntry.actor,
        AuditEntry.action,
        AuditEntry.subject,
        AuditEntry.data,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    )
    rows = session.execute(select(*columns).order_by(AuditEntry.seq).execution_options(yield_per=VERIFY_BATCH))
    for seq, at, actor, action, subject, data, stored_prev, stored_hash in rows:
        if seq != expected_seq:
            rows.close()
            return ChainReport(False, checked, expected_seq, f"entry {expected_seq} is missing (next is {seq})")
        if stored_prev != prev_hash:
            rows.close()
            return ChainReport(False, checked, seq, f"entry {seq} does not link to entry {seq - 1}")
        digest = entry_hash(
            seq=seq, at=at, actor=actor, action=action, subject=subject, data=data, prev_hash=stored_prev
        )
        if digest != stored_hash:
            rows.close()
            return ChainReport(False, checked, seq, f"entry {seq} was altered (hash mismatch)")
        checked += 1
        expected_seq += 1
        prev_hash = stored_hash
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == HEAD_ID)).one_or_none()
    last = expected_seq - 1
    if head is not None and (head.seq != last or head.hash != prev_hash):
        if head.seq > last:
            return ChainReport(False, checked, last + 1, f"entries {last + 1}..{head.seq} are missing from the end")
        return ChainReport(False, checked, last, f"the head (seq {head.seq}) does not match the last entry")
    return ChainReport(True, checked)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()
