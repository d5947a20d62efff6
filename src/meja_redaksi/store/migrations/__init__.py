"""Alembic migrations of the local store (applied on open by store/migrate.py)."""
