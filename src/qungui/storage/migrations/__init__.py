"""Alembic migrations for qungui's tables (run with `qungui db migrate` or `storage.db.migrate`)."""
