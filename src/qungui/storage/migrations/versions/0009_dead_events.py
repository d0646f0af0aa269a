"""Dead events: inbound events set aside after failing again and again, so a connection moves on.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "dead_events",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("connection", sa.String(length=255), nullable=False),
        sa.Column("event_key", sa.String(length=640), nullable=False),
        sa.Column("group_key", sa.String(length=300), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dead_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dead_events")),
        sa.UniqueConstraint("connection", "event_key", name=op.f("uq_dead_events_connection_event_key")),
    )


def downgrade() -> None:
    op.drop_table("dead_events")
