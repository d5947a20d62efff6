"""Alembic migrations applied programmatically on open (the scripts live inside the package).

Opening a store that is already at the newest migration is the common case, and importing Alembic
costs ~10 MB and ~0.1 s of the desktop's start-up: so the newest revision is read from the scripts'
own headers and compared with the file's ``alembic_version`` row first, and Alembic is imported only
when there is something to upgrade (or when the headers do not give one clear answer).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision: str = "([^"]+)"$', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision: str \| None = (?:"([^"]+)"|None)$', re.MULTILINE)


MIGRATION_WAIT_MS = 300_000  # another thread's migration of 100k articles takes ~30 s


class SchemaError(Exception):
    """Alembic could not bring the file to the wanted revision (it was made by a newer version)."""


def alembic_config() -> Config:
    """An Alembic configuration built in code, pointing at the package's migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration of this version of the program."""
    return scripts_head() or _alembic_head()


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def scripts_head() -> str | None:
    """The one revision no script names as its parent, read from the headers without Alembic.

    None unless every script has the plain ``revision`` / ``down_revision`` header lines and they
    form a single line of history (anything else is left to Alembic).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    scripts = [p for p in (MIGRATIONS_DIR / "versions").glob("*.py") if p.name != "__init__.py"]
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.findall(text)
        down = _DOWN_REVISION.findall(text)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    if len(revisions) != len(scripts) or len(heads) != 1 or not parents <= revisions:
        return None
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The migration a database is at (None for an empty file)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The ``alembic_version`` row of the file, read with plain SQL (None when there is none)."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except OperationalError:
        return None  # a new file: no table yet
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database up to ``revision`` (default: the newest) in one transaction.

    Raises SchemaError when Alembic cannot (e.g. the file is at a revision this version lacks).
    """
    head = scripts_head()
    if revision == "head" and head is not None and _stored_revision(engine) == head:
        return
    from alembic import command
    from alembic.util import CommandError

    config = alembic_config()
    with engine.connect() as connection:
        # Take the write lock first, waiting as long as a migration may take: the desktop opens the
        # store in several threads at once, and the first one may be rebuilding the search index.
        driver = connection.connection.driver_connection  # PRAGMAs outside any transaction
        assert driver is not None
        waited = driver.execute("PRAGMA busy_timeout").fetchone()[0]
        driver.execute(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}")
        try:
            with connection.execution_options(immediate=True).begin():
                if current_revision(connection) == head_revision() and revision == "head":
                    return
                config.attributes["connection"] = connection
                try:
                    command.upgrade(config, revision)
                except CommandError as exc:
                    raise SchemaError(str(exc)) from exc
        finally:
            driver.execute(f"PRAGMA busy_timeout = {int(waited)}")
