"""Engine and session factories, column types, and the Alembic migrations."""
