"""Labelled samples (admins' spam/ham labels per group) and groups' retrained spam models.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _ts(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def _group_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["group_id"], ["groups.id"], name=op.f(f"fk_{table}_group_id_groups"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "labelled_samples",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=8), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("event_key", sa.String(length=640), nullable=True),
        _ts("created_at"),
        sa.CheckConstraint("label IN ('spam', 'ham')", name=op.f("ck_labelled_samples_label")),
        _group_fk("labelled_samples"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_labelled_samples")),
        sa.UniqueConstraint("group_id", "event_key", name=op.f("uq_labelled_samples_group_id_event_key")),
    )
    op.create_index("ix_labelled_samples_group_created", "labelled_samples", ["group_id", "created_at"])

    op.create_table(
        "group_spam_models",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("base_model", sa.String(length=64), nullable=False),
        sa.Column("model", sa.LargeBinary(), nullable=False),
        _ts("trained_at"),
        sa.Column("figures", JSON, nullable=False),
        _group_fk("group_spam_models"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_spam_models")),
        sa.UniqueConstraint("group_id", name=op.f("uq_group_spam_models_group_id")),
    )


def downgrade() -> None:
    op.drop_table("group_spam_models")
    op.drop_index("ix_labelled_samples_group_created", table_name="labelled_samples")
    op.drop_table("labelled_samples")
