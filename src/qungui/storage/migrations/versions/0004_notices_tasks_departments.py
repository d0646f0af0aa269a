"""Departments, notices with acknowledgements, tasks (directives) and the outbox of bot messages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id() -> sa.Column:
    return sa.Column("id", ID, autoincrement=True, nullable=False)


def _member(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length=255), nullable=nullable)


def _group_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["group_id"], ["groups.id"], name=op.f(f"fk_{table}_group_id_groups"), ondelete="CASCADE"
    )


def _status(table: str, values: tuple[str, ...], column: str = "status") -> sa.CheckConstraint:
    listed = ", ".join(repr(v) for v in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=op.f(f"ck_{table}_{column}"))


def upgrade() -> None:
    op.add_column("members", sa.Column("department", sa.String(length=64), nullable=True))

    op.create_table(
        "departments",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("head_ids", JSON, nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        _group_fk("departments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("group_id", "name", name=op.f("uq_departments_group_id_name")),
    )

    op.create_table(
        "notices",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        _member("author_id"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("audience", JSON, nullable=False),
        sa.Column("member_ids", JSON, nullable=False),
        sa.Column("require_ack", sa.Boolean(), nullable=False),
        _ts("deadline", nullable=True),
        _ts("due_at"),
        sa.Column("remind_at", JSON, nullable=False),
        sa.Column("reminders_sent", sa.Integer(), nullable=False),
        _ts("escalated_at", nullable=True),
        _ts("closes_at"),
        sa.Column("clause", sa.String(length=64), nullable=True),
        _member("command_message_id", nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        _ts("closed_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _status("notices", ("open", "closed")),
        _group_fk("notices"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    op.create_index("ix_notices_group_status", "notices", ["group_id", "status"])

    op.create_table(
        "notice_acks",
        _id(),
        sa.Column("notice_id", ID, nullable=False),
        _member("member_id"),
        _ts("at"),
        sa.Column("via", sa.String(length=16), nullable=False),
        _member("message_id", nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        _status("notice_acks", ("reply", "quote", "bare", "reaction"), column="via"),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_notice_acks_notice_id_notices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_acks")),
        sa.UniqueConstraint("notice_id", "member_id", name=op.f("uq_notice_acks_notice_id_member_id")),
    )

    op.create_table(
        "tasks",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        _member("issuer_id"),
        _member("owner_id"),
        sa.Column("text", sa.Text(), nullable=False),
        _ts("due_at"),
        _ts("confirm_by"),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("plan", sa.Text(), nullable=True),
        _ts("confirmed_at", nullable=True),
        _ts("done_at", nullable=True),
        _ts("reminded_at", nullable=True),
        _ts("escalated_at", nullable=True),
        sa.Column("clause", sa.String(length=64), nullable=True),
        _member("command_message_id", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _status("tasks", ("waiting", "confirmed", "plan_given", "done", "overdue")),
        _group_fk("tasks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    op.create_index("ix_tasks_group_status", "tasks", ["group_id", "status"])
    op.create_index("ix_tasks_group_owner", "tasks", ["group_id", "owner_id"])

    op.create_table(
        "outbox",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("mentions", JSON, nullable=False),
        _member("private_to", nullable=True),
        _member("reply_to", nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        _member("sent_message_id", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _status("outbox", ("pending", "done", "failed", "unsupported")),
        _group_fk("outbox"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("key", name=op.f("uq_outbox_key")),
    )
    op.create_index("ix_outbox_group_status", "outbox", ["group_id", "status"])
    op.create_index("ix_outbox_group_sent", "outbox", ["group_id", "sent_message_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_group_sent", table_name="outbox")
    op.drop_index("ix_outbox_group_status", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_tasks_group_owner", table_name="tasks")
    op.drop_index("ix_tasks_group_status", table_name="tasks")
    op.drop_table("tasks")
    op.drop_table("notice_acks")
    op.drop_index("ix_notices_group_status", table_name="notices")
    op.drop_table("notices")
    op.drop_table("departments")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("department")
