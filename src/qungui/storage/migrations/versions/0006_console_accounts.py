"""Console accounts, their per-group grants, sessions, API tokens, login throttling, groups' own rulebooks.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
ROLES = ("owner", "admin", "dept_head", "auditor", "viewer")


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id() -> sa.Column:
    return sa.Column("id", ID, autoincrement=True, nullable=False)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["console_users.id"], name=op.f(f"fk_{table}_user_id_console_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "console_users",
        _id(),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=255), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _ts("password_changed_at"),
        _ts("last_login_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_users")),
        sa.UniqueConstraint("username", name=op.f("uq_console_users_username")),
    )
    op.create_table(
        "console_grants",
        _id(),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("group_id", ID, nullable=True),
        sa.Column("department", sa.String(length=64), nullable=True),
        sa.Column("member_id", sa.String(length=255), nullable=True),
        _ts("created_at"),
        sa.CheckConstraint(f"role IN ({', '.join(repr(r) for r in ROLES)})", name=op.f("ck_console_grants_role")),
        _user_fk("console_grants"),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_console_grants_group_id_groups"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_grants")),
    )
    op.create_index("ix_console_grants_user_id", "console_grants", ["user_id"])
    op.create_table(
        "console_sessions",
        _id(),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=True),
        _ts("created_at"),
        _ts("last_seen_at"),
        _ts("expires_at"),
        _ts("revoked_at", nullable=True),
        _user_fk("console_sessions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_console_sessions_token_hash")),
    )
    op.create_index("ix_console_sessions_user_id", "console_sessions", ["user_id"])
    op.create_table(
        "console_api_tokens",
        _id(),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        _ts("created_at"),
        _ts("last_used_at", nullable=True),
        _ts("revoked_at", nullable=True),
        _user_fk("console_api_tokens"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_console_api_tokens_token_hash")),
    )
    op.create_index("ix_console_api_tokens_user_id", "console_api_tokens", ["user_id"])
    op.create_table(
        "console_login_failures",
        _id(),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        _ts("at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_login_failures")),
    )
    op.create_index("ix_console_login_failures_username_at", "console_login_failures", ["username", "at"])
    op.create_index("ix_console_login_failures_client_at", "console_login_failures", ["client", "at"])
    op.create_table(
        "group_rulebooks",
        sa.Column("group_id", ID, autoincrement=False, nullable=False),
        sa.Column("yaml", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        _ts("updated_at"),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_group_rulebooks_group_id_groups"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_group_rulebooks")),
    )


def downgrade() -> None:
    op.drop_table("group_rulebooks")
    op.drop_index("ix_console_login_failures_client_at", table_name="console_login_failures")
    op.drop_index("ix_console_login_failures_username_at", table_name="console_login_failures")
    op.drop_table("console_login_failures")
    op.drop_index("ix_console_api_tokens_user_id", table_name="console_api_tokens")
    op.drop_table("console_api_tokens")
    op.drop_index("ix_console_sessions_user_id", table_name="console_sessions")
    op.drop_table("console_sessions")
    op.drop_index("ix_console_grants_user_id", table_name="console_grants")
    op.drop_table("console_grants")
    op.drop_table("console_users")
