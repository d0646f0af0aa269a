"""Reports (举报, confidential reporter), appeals (申诉) and leave requests (告假).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _group_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["group_id"], ["groups.id"], name=op.f(f"fk_{table}_group_id_groups"), ondelete="CASCADE"
    )


def _decision_columns() -> list[sa.Column]:
    return [
        sa.Column("decided_by", sa.String(length=255), nullable=True),
        _ts("decided_at", nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _ts("created_at"),
    ]


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("reporter_id", sa.String(length=255), nullable=False),
        sa.Column("reporter_salt", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=255), nullable=False),
        sa.Column("message_key", sa.String(length=640), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", JSON, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        *_decision_columns(),
        sa.CheckConstraint("status IN ('open', 'verified', 'rejected')", name=op.f("ck_reports_status")),
        sa.CheckConstraint("reporter_id <> target_id", name=op.f("ck_reports_not_self")),
        _group_fk("reports"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint(
            "group_id", "reporter_id", "message_key", name=op.f("uq_reports_group_id_reporter_id_message_key")
        ),
    )
    op.create_index("ix_reports_group_status", "reports", ["group_id", "status"])
    op.create_index("ix_reports_group_reporter_created", "reports", ["group_id", "reporter_id", "created_at"])

    op.create_table(
        "appeals",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("member_id", sa.String(length=255), nullable=False),
        sa.Column("case_key", sa.String(length=1024), nullable=True),
        sa.Column("removed_by", sa.String(length=255), nullable=True),
        _ts("removed_at", nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        *_decision_columns(),
        sa.CheckConstraint("status IN ('open', 'accepted', 'rejected')", name=op.f("ck_appeals_status")),
        _group_fk("appeals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeals")),
    )
    op.create_index("ix_appeals_group_status", "appeals", ["group_id", "status"])
    one_open = sa.text("status = 'open'")
    op.create_index(
        "uq_appeals_one_open",
        "appeals",
        ["group_id", "member_id"],
        unique=True,
        sqlite_where=one_open,
        postgresql_where=one_open,
    )

    op.create_table(
        "leave_requests",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("member_id", sa.String(length=255), nullable=False),
        _ts("starts_at"),
        _ts("ends_at"),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        *_decision_columns(),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected', 'cancelled')", name=op.f("ck_leave_requests_status")
        ),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_leave_requests_period")),
        _group_fk("leave_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leave_requests")),
    )
    op.create_index("ix_leave_requests_group_member_status", "leave_requests", ["group_id", "member_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_leave_requests_group_member_status", table_name="leave_requests")
    op.drop_table("leave_requests")
    op.drop_index("uq_appeals_one_open", table_name="appeals")
    op.drop_index("ix_appeals_group_status", table_name="appeals")
    op.drop_table("appeals")
    op.drop_index("ix_reports_group_reporter_created", table_name="reports")
    op.drop_index("ix_reports_group_status", table_name="reports")
    op.drop_table("reports")
