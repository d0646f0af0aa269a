"""VIP customer management: stores, associates, customers, profiles, purchases, tiers, events, contacts.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id() -> sa.Column:
    return sa.Column("id", ID, autoincrement=True, nullable=False)


def _ref(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, ID, nullable=nullable)


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def _in(table: str, column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    listed = ", ".join(repr(v) for v in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=op.f(f"ck_{table}_{column}"))


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "crm_stores",
        _id(),
        _text("name", 128),
        _ref("group_id", nullable=True),
        sa.Column("tier_rules", JSON, nullable=True),
        _ts("created_at"),
        _fk("crm_stores", "group_id", "groups", "SET NULL"),
        _pk("crm_stores"),
        sa.UniqueConstraint("name", name=op.f("uq_crm_stores_name")),
    )
    op.create_table(
        "crm_associates",
        _id(),
        _ref("store_id"),
        _text("name", 64),
        _text("phone", 32, nullable=True),
        _text("member_external_id", 255, nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _ts("left_at", nullable=True),
        _ts("created_at"),
        _fk("crm_associates", "store_id", "crm_stores"),
        _pk("crm_associates"),
        sa.UniqueConstraint("store_id", "name", name=op.f("uq_crm_associates_store_id_name")),
    )
    op.create_table(
        "crm_customers",
        _id(),
        _ref("store_id"),
        _text("code", 64),
        _text("name", 64, nullable=True),
        _text("phone", 32, nullable=True),
        _ref("associate_id", nullable=True),
        _ref("member_id", nullable=True),
        _ref("referred_by_id", nullable=True),
        _text("tier", 1, nullable=True),
        _text("tier_reason", 255, nullable=True),
        _ts("tier_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _fk("crm_customers", "store_id", "crm_stores"),
        _fk("crm_customers", "associate_id", "crm_associates", "SET NULL"),
        _fk("crm_customers", "member_id", "members", "SET NULL"),
        _fk("crm_customers", "referred_by_id", "crm_customers", "SET NULL"),
        _pk("crm_customers"),
        sa.UniqueConstraint("store_id", "code", name=op.f("uq_crm_customers_store_id_code")),
    )
    op.create_index("ix_crm_customers_store_associate", "crm_customers", ["store_id", "associate_id"])
    op.create_table(
        "crm_assignments",
        _id(),
        _ref("customer_id"),
        _ref("associate_id"),
        _ts("since"),
        _ts("until", nullable=True),
        _text("reason", 255),
        _fk("crm_assignments", "customer_id", "crm_customers"),
        _fk("crm_assignments", "associate_id", "crm_associates"),
        _pk("crm_assignments"),
    )
    op.create_index("ix_crm_assignments_customer", "crm_assignments", ["customer_id"])
    op.create_table(
        "crm_profiles",
        _id(),
        _ref("customer_id"),
        sa.Column("answers", JSON, nullable=False),
        sa.Column("custom", JSON, nullable=False),
        _text("updated_by", 255),
        _ts("created_at"),
        _ts("updated_at"),
        _fk("crm_profiles", "customer_id", "crm_customers"),
        _pk("crm_profiles"),
        sa.UniqueConstraint("customer_id", name=op.f("uq_crm_profiles_customer_id")),
    )
    op.create_table(
        "crm_imports",
        _id(),
        _ref("store_id"),
        _text("file_name", 255),
        _text("file_hash", 64),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("problems", JSON, nullable=False),
        _text("actor", 255),
        _ts("created_at"),
        _fk("crm_imports", "store_id", "crm_stores"),
        _pk("crm_imports"),
        sa.UniqueConstraint("store_id", "file_hash", name=op.f("uq_crm_imports_store_id_file_hash")),
    )
    op.create_table(
        "crm_purchases",
        _id(),
        _ref("store_id"),
        _ref("customer_id"),
        _text("order_id", 64),
        _ts("at"),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("items", JSON, nullable=False),
        _ref("import_id", nullable=True),
        _fk("crm_purchases", "store_id", "crm_stores"),
        _fk("crm_purchases", "customer_id", "crm_customers"),
        _fk("crm_purchases", "import_id", "crm_imports", "SET NULL"),
        _pk("crm_purchases"),
        sa.UniqueConstraint("store_id", "order_id", name=op.f("uq_crm_purchases_store_id_order_id")),
    )
    op.create_index("ix_crm_purchases_customer_at", "crm_purchases", ["customer_id", "at"])
    op.create_table(
        "crm_tier_changes",
        _id(),
        _ref("customer_id"),
        _text("old_tier", 1, nullable=True),
        _text("new_tier", 1),
        _text("reason", 255),
        _text("actor", 255),
        _ts("at"),
        _fk("crm_tier_changes", "customer_id", "crm_customers"),
        _pk("crm_tier_changes"),
    )
    op.create_index("ix_crm_tier_changes_customer", "crm_tier_changes", ["customer_id"])
    op.create_table(
        "crm_events",
        _id(),
        _ref("store_id"),
        _text("title", 128),
        _ts("starts_at"),
        _text("place", 128, nullable=True),
        _ts("created_at"),
        _fk("crm_events", "store_id", "crm_stores"),
        _pk("crm_events"),
    )
    op.create_index("ix_crm_events_store_id", "crm_events", ["store_id"])
    op.create_table(
        "crm_attendance",
        _id(),
        _ref("event_id"),
        _ref("customer_id"),
        _text("status", 16),
        _ts("updated_at"),
        _in("crm_attendance", "status", ("invited", "registered", "attended", "absent")),
        _fk("crm_attendance", "event_id", "crm_events"),
        _fk("crm_attendance", "customer_id", "crm_customers"),
        _pk("crm_attendance"),
        sa.UniqueConstraint("event_id", "customer_id", name=op.f("uq_crm_attendance_event_id_customer_id")),
    )
    op.create_table(
        "crm_contacts",
        _id(),
        _ref("customer_id"),
        _ref("associate_id", nullable=True),
        _text("channel", 16),
        _ts("at"),
        sa.Column("note", sa.Text(), nullable=False),
        _text("actor", 255),
        _in("crm_contacts", "channel", ("group", "private", "phone", "visit", "sms")),
        _fk("crm_contacts", "customer_id", "crm_customers"),
        _fk("crm_contacts", "associate_id", "crm_associates", "SET NULL"),
        _pk("crm_contacts"),
    )
    op.create_index("ix_crm_contacts_customer_at", "crm_contacts", ["customer_id", "at"])
    op.create_table(
        "crm_followups",
        _id(),
        _ref("customer_id"),
        _ref("associate_id", nullable=True),
        _text("kind", 16),
        _text("reason", 255),
        _ts("due_at"),
        _text("status", 16),
        _ref("contact_id", nullable=True),
        _ts("created_at"),
        _ts("done_at", nullable=True),
        _in("crm_followups", "status", ("open", "done", "cancelled")),
        _in("crm_followups", "kind", ("at_risk", "contact", "manual")),
        _fk("crm_followups", "customer_id", "crm_customers"),
        _fk("crm_followups", "associate_id", "crm_associates", "SET NULL"),
        _fk("crm_followups", "contact_id", "crm_contacts", "SET NULL"),
        _pk("crm_followups"),
    )
    op.create_index("ix_crm_followups_associate_status", "crm_followups", ["associate_id", "status"])
    op.create_index("ix_crm_followups_customer_status", "crm_followups", ["customer_id", "status"])
    op.create_table(
        "crm_surveys",
        _id(),
        _ref("customer_id"),
        _ts("at"),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_crm_surveys_score")),
        _fk("crm_surveys", "customer_id", "crm_customers"),
        _pk("crm_surveys"),
    )
    op.create_index("ix_crm_surveys_customer_id", "crm_surveys", ["customer_id"])
    op.create_table(
        "crm_handovers",
        _id(),
        _ref("store_id"),
        _ref("from_associate_id"),
        sa.Column("moves", JSON, nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("followups", sa.Integer(), nullable=False),
        _text("reason", 255),
        _text("actor", 255),
        _ts("at"),
        _fk("crm_handovers", "store_id", "crm_stores"),
        _fk("crm_handovers", "from_associate_id", "crm_associates"),
        _pk("crm_handovers"),
    )


def downgrade() -> None:
    op.drop_table("crm_handovers")
    op.drop_index("ix_crm_surveys_customer_id", table_name="crm_surveys")
    op.drop_table("crm_surveys")
    op.drop_index("ix_crm_followups_customer_status", table_name="crm_followups")
    op.drop_index("ix_crm_followups_associate_status", table_name="crm_followups")
    op.drop_table("crm_followups")
    op.drop_index("ix_crm_contacts_customer_at", table_name="crm_contacts")
    op.drop_table("crm_contacts")
    op.drop_table("crm_attendance")
    op.drop_index("ix_crm_events_store_id", table_name="crm_events")
    op.drop_table("crm_events")
    op.drop_index("ix_crm_tier_changes_customer", table_name="crm_tier_changes")
    op.drop_table("crm_tier_changes")
    op.drop_index("ix_crm_purchases_customer_at", table_name="crm_purchases")
    op.drop_table("crm_purchases")
    op.drop_table("crm_imports")
    op.drop_table("crm_profiles")
    op.drop_index("ix_crm_assignments_customer", table_name="crm_assignments")
    op.drop_table("crm_assignments")
    op.drop_index("ix_crm_customers_store_associate", table_name="crm_customers")
    op.drop_table("crm_customers")
    op.drop_table("crm_associates")
    op.drop_table("crm_stores")
