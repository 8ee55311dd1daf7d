"""The database schema: Alembic migrations (`bot/state/migrations/`) run to head.

Replicas starting together on PostgreSQL take a session advisory lock first, so one of
them migrates and the others find the schema ready; SQLite runs the same code unlocked.
A database created before migrations existed (the tables, no `alembic_version`) is
stamped at the first revision, then upgraded.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from indexer.errors import ConfigError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_lock key of the schema ("tanyakota" in the first 8 bytes, as a bigint)
LOCK_KEY = int.from_bytes(b"tanyakot", "big") >> 1
FIRST = "0001"
FIRST_TABLES = ("feedback", "refused_questions", "chat_settings", "session_turns",
                "handled_updates")


class SchemaMismatch(ConfigError):
    """The database's schema is not the one this code expects (newer, or behind)."""


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """Alembic's configuration for the migrations shipped in the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this code knows."""
    found = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert found is not None, "no migrations shipped"
    return found


def current(engine: Engine) -> str | None:
    """The database's revision (None: never migrated)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known(revision: str | None) -> bool:
    if revision is None:
        return True
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _too_new(revision: str) -> SchemaMismatch:
    return SchemaMismatch(f"the database schema is at revision {revision}, newer than this "
                          f"tanyakota knows (head {head()}): upgrade tanyakota")


@contextlib.contextmanager
def schema_lock(conn: Connection) -> Iterator[None]:
    """PostgreSQL: one process at a time past this point (others wait); else nothing."""
    if conn.dialect.name != "postgresql":
        yield
        return
    conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
    conn.commit()
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
        conn.commit()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate to `revision` under the schema lock; (revision before, revision after).
    Refuses a schema newer than the code."""
    with engine.connect() as conn, schema_lock(conn):
        before = MigrationContext.configure(conn).get_current_revision()
        if not known(before):
            raise _too_new(str(before))
        if before is None and set(FIRST_TABLES) <= set(inspect(conn).get_table_names()):
            log.warning("tables made before migrations existed: stamping revision %s", FIRST)
            command.stamp(alembic_config(conn), FIRST)
        command.upgrade(alembic_config(conn), revision)
        conn.commit()
        after = MigrationContext.configure(conn).get_current_revision()
    if before != after:
        log.info("database schema upgraded from %s to %s", before or "nothing", after)
    return before, after


def check(engine: Engine) -> None:
    """Refuse a schema that is not at this code's head (when upgrading is left to staff)."""
    found = current(engine)
    if found == head():
        return
    if not known(found):
        raise _too_new(str(found))
    raise SchemaMismatch(f"the database schema is at revision {found or 'none'}, behind "
                         f"this tanyakota (head {head()}): run `tanyakota db upgrade`")


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate back to `revision` (`base`: nothing), under the schema lock."""
    with engine.connect() as conn, schema_lock(conn):
        command.downgrade(alembic_config(conn), revision)
        conn.commit()
