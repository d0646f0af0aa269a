"""Initial schema: groups, members, events, cases, sanctions, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
GENESIS_HASH = "0" * 64


def _ts(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id() -> sa.Column:
    return sa.Column("id", ID, autoincrement=True, nullable=False)


def _group_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["group_id"], ["groups.id"], name=op.f(f"fk_{table}_group_id_groups"), ondelete="CASCADE"
    )


def upgrade() -> None:
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS_HASH}])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        _ts("at"),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("data", JSON, nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_action"), "audit_log", ["action"])

    op.create_table(
        "groups",
        _id(),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("rulebook", sa.String(length=64), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint("platform", "external_id", name=op.f("uq_groups_platform_external_id")),
    )

    op.create_table(
        "members",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("external_id", sa.String(length=255), nullable=False),
        sa.Column("display_name", sa.String(length=255), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("state", JSON, nullable=False),
        _ts("joined_at", nullable=True),
        _ts("last_message_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.CheckConstraint("role IN ('owner', 'admin', 'member')", name=op.f("ck_members_role")),
        sa.CheckConstraint("status IN ('active', 'removed', 'left', 'pending')", name=op.f("ck_members_status")),
        _group_fk("members"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("group_id", "external_id", name=op.f("uq_members_group_id_external_id")),
    )
    op.create_index(op.f("ix_members_group_id"), "members", ["group_id"])

    op.create_table(
        "events",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("key", sa.String(length=640), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("actor_id", sa.String(length=255), nullable=True),
        _ts("ts"),
        sa.Column("payload", JSON, nullable=False),
        _ts("received_at"),
        _group_fk("events"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("key", name=op.f("uq_events_key")),
    )
    op.create_index("ix_events_group_type_ts", "events", ["group_id", "type", "ts"])

    op.create_table(
        "cases",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("key", sa.String(length=1024), nullable=False),
        sa.Column("member_id", sa.String(length=255), nullable=False),
        sa.Column("clause", sa.String(length=64), nullable=False),
        sa.Column("clause_text", sa.Text(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("enforcement", sa.String(length=16), nullable=False),
        sa.Column("ladder", sa.String(length=64), nullable=True),
        sa.Column("step_index", sa.Integer(), nullable=True),
        sa.Column("step", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("findings", JSON, nullable=False),
        sa.Column("also_cites", JSON, nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("event_key", sa.String(length=1024), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        sa.CheckConstraint(
            "status IN ('open', 'queued', 'applied', 'overridden', 'dismissed')", name=op.f("ck_cases_status")
        ),
        _group_fk("cases"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("key", name=op.f("uq_cases_key")),
    )
    op.create_index("ix_cases_group_member", "cases", ["group_id", "member_id"])
    op.create_index("ix_cases_group_status", "cases", ["group_id", "status"])

    op.create_table(
        "sanctions",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("case_id", ID, nullable=True),
        sa.Column("key", sa.String(length=1040), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("member_id", sa.String(length=255), nullable=True),
        sa.Column("clause", sa.String(length=64), nullable=True),
        sa.Column("message_id", sa.String(length=255), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _ts("deadline", nullable=True),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.CheckConstraint(
            "status IN ('pending', 'done', 'failed', 'skipped', 'unsupported')", name=op.f("ck_sanctions_status")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_sanctions_case_id_cases"), ondelete="SET NULL"
        ),
        _group_fk("sanctions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions")),
        sa.UniqueConstraint("key", name=op.f("uq_sanctions_key")),
    )
    op.create_index(op.f("ix_sanctions_case_id"), "sanctions", ["case_id"])
    op.create_index("ix_sanctions_group_member", "sanctions", ["group_id", "member_id"])
    op.create_index("ix_sanctions_status_created", "sanctions", ["status", "created_at"])


def downgrade() -> None:
    for table in ("sanctions", "cases", "events", "members", "groups", "audit_log", "audit_head"):
        op.drop_table(table)
