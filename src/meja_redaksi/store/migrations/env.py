"""Alembic environment: runs on the connection the store hands over (no ini file, no URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from meja_redaksi.store.models import Base


def run_migrations_online() -> None:
    """Run the migrations on ``config.attributes['connection']``."""
    connection: Connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("the store's migrations run online only")
run_migrations_online()
