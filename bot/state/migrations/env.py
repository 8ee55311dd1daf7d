"""Alembic's environment: migrations run on the connection `bot.state.migrate` passes in
(or, for `alembic` run by hand, on `sqlalchemy.url`)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import Connection

from bot.state.store import Base


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "",
                           poolclass=pool.NullPool)
    with engine.begin() as connection:
        run(connection)
