"""Alembic's migration environment and revision scripts (run through runtime.store.migrate)."""
