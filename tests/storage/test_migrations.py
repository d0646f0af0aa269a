"""The migration builds exactly what the models declare, from an empty database, on every backend."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, inspect, select

from qungui.governance.audit.models import GENESIS_HASH, AuditHead
from qungui.governance.tables import metadata
from qungui.storage.db import alembic_config, current_revision, make_engine, migrate

TABLES = {
    "groups",
    "members",
    "events",
    "cases",
    "sanctions",
    "audit_log",
    "audit_head",
    "labelled_samples",
    "group_spam_models",
    "reports",
    "appeals",
    "leave_requests",
    "departments",
    "notices",
    "notice_acks",
    "tasks",
    "outbox",
}
# Each migration's tables on a line of its own (they are written by separate pieces of work).
TABLES |= {"share_tasks", "share_proofs", "questions", "digests"}  # 0005: share tasks, responsiveness, digest
TABLES |= {  # 0006: console accounts
    "console_users",
    "console_grants",
    "console_sessions",
    "console_api_tokens",
    "console_login_failures",
    "group_rulebooks",
}
TABLES |= {  # 0007: crm
    "crm_stores",
    "crm_associates",
    "crm_customers",
    "crm_assignments",
    "crm_profiles",
    "crm_imports",
    "crm_purchases",
    "crm_tier_changes",
    "crm_events",
    "crm_attendance",
    "crm_contacts",
    "crm_followups",
    "crm_surveys",
    "crm_handovers",
}
TABLES |= {"platform_cursors"}  # 0008: platform connections
TABLES |= {"dead_events"}  # 0009: dead events
HEAD = "0009"  # the newest migration


def test_upgrade_from_empty_creates_every_table(database_url):
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) is None
        assert migrate(engine) == HEAD
        assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
        assert set(metadata.tables) == TABLES
        with engine.connect() as connection:
            head = connection.execute(select(AuditHead.__table__)).all()
        assert [tuple(row) for row in head] == [(1, 0, GENESIS_HASH)]
    finally:
        engine.dispose()


def test_migrate_by_url_and_again_is_a_no_op(database_url):
    assert migrate(database_url) == HEAD
    assert migrate(database_url) == HEAD


def test_models_and_migration_agree(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_comparison_would_notice_a_difference(engine):
    """A control: the comparison above is able to fail on this backend."""
    changed = MetaData(naming_convention=metadata.naming_convention)
    for table in metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["groups"].append_column(Column("extra", Integer, nullable=True))
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), changed)
    assert [(d[0], d[3].name) for d in diff] == [("add_column", "extra")]


def test_downgrade_removes_everything(engine):
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    assert current_revision(engine) is None
