"""`tanyakota db upgrade | current`: the database schema (Alembic migrations)."""

from __future__ import annotations

import typer

from bot.cli_support import one_line_errors, settings_with

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="The database schema of TANYAKOTA_DATABASE_URL.")


@app.command()
@one_line_errors
def upgrade() -> None:
    """Migrate the schema to this version's head (what `serve` does on start-up)."""
    from bot.state import migrate
    from bot.state.store import make_engine, parsed_safe, reaching

    url = settings_with().database_url
    engine = make_engine(url)
    try:
        with reaching(url):
            before, after = migrate.upgrade(engine)
    finally:
        engine.dispose()
    if before == after:
        typer.echo(f"{parsed_safe(url)}: already at revision {after}")
    else:
        typer.echo(f"{parsed_safe(url)}: upgraded from {before or 'an empty database'} "
                   f"to {after}")


@app.command()
@one_line_errors
def current() -> None:
    """The schema's revision in the database, and the newest this version knows."""
    from bot.state import migrate
    from bot.state.store import make_engine, reaching

    url = settings_with().database_url
    engine = make_engine(url)
    try:
        with reaching(url):
            found = migrate.current(engine)
    finally:
        engine.dispose()
    head = migrate.head()
    state = ("up to date" if found == head else "never migrated" if found is None
             else "behind: run `tanyakota db upgrade`" if migrate.known(found)
             else "newer than this tanyakota: upgrade tanyakota")
    typer.echo(f"revision {found or 'none'} (head {head}): {state}")
