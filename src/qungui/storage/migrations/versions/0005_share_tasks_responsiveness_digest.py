"""Share tasks, department responsiveness, admin duties and the weekly digest (issue 5, part 2).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
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
    op.create_table(
        "share_tasks",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        _member("author_id"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("member_ids", JSON, nullable=False),
        _ts("due_at"),
        sa.Column("remind_at", JSON, nullable=False),
        sa.Column("reminders_sent", sa.Integer(), nullable=False),
        sa.Column("clause", sa.String(length=64), nullable=True),
        _member("command_message_id", nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        _ts("closed_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _status("share_tasks", ("open", "closed")),
        _group_fk("share_tasks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_tasks")),
    )
    op.create_index("ix_share_tasks_group_status", "share_tasks", ["group_id", "status"])

    op.create_table(
        "share_proofs",
        _id(),
        sa.Column("share_id", ID, nullable=False),
        _member("member_id"),
        sa.Column("via", sa.String(length=16), nullable=False),
        _ts("claimed_at", nullable=True),
        _ts("proved_at", nullable=True),
        _member("message_id", nullable=True),
        sa.Column("screenshot", sa.String(length=255), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        _status("share_proofs", ("reply", "bare", "claim", "admin"), column="via"),
        sa.ForeignKeyConstraint(
            ["share_id"], ["share_tasks.id"], name=op.f("fk_share_proofs_share_id_share_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_proofs")),
        sa.UniqueConstraint("share_id", "member_id", name=op.f("uq_share_proofs_share_id_member_id")),
    )

    op.create_table(
        "questions",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        _member("message_id"),
        _member("asker_id"),
        sa.Column("text", sa.Text(), nullable=False),
        _ts("asked_at"),
        sa.Column("department", sa.String(length=64), nullable=True),
        sa.Column("responder_ids", JSON, nullable=False),
        sa.Column("to_admins", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        _ts("answered_at", nullable=True),
        _member("answered_by", nullable=True),
        sa.Column("answer_via", sa.String(length=16), nullable=True),
        _ts("admin_answered_at", nullable=True),
        _member("admin_answered_by", nullable=True),
        _ts("remind_at", nullable=True),
        _ts("reminded_at", nullable=True),
        _ts("expires_at"),
        _ts("created_at"),
        _ts("updated_at"),
        _status("questions", ("open", "answered", "unanswered")),
        _group_fk("questions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    op.create_index("ix_questions_group_status", "questions", ["group_id", "status"])
    op.create_index("ix_questions_group_asked", "questions", ["group_id", "asked_at"])

    op.create_table(
        "digests",
        _id(),
        sa.Column("group_id", ID, nullable=False),
        _ts("week_start"),
        _ts("sent_at"),
        sa.Column("delivery", sa.String(length=16), nullable=False),
        _group_fk("digests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digests")),
        sa.UniqueConstraint("group_id", "week_start", name=op.f("uq_digests_group_id_week_start")),
    )


def downgrade() -> None:
    op.drop_table("digests")
    op.drop_index("ix_questions_group_asked", table_name="questions")
    op.drop_index("ix_questions_group_status", table_name="questions")
    op.drop_table("questions")
    op.drop_table("share_proofs")
    op.drop_index("ix_share_tasks_group_status", table_name="share_tasks")
    op.drop_table("share_tasks")
