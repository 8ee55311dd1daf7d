"""`tanyakota reports`: staff list the reports and set their status (the resident reads it
by reference)."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_support import fail, one_line_errors, settings_with
from bot.reports.model import STAFF_STATUSES, STATUSES, Report

if TYPE_CHECKING:
    from bot.reports.service import Reports

app = typer.Typer(add_completion=False, help="Reports to the city: without a command, list "
                  "them.")


def _reports() -> Reports:
    from bot.factory import make_reports, make_store
    from indexer.complaints import DEFAULT_CHANNELS

    settings = settings_with()
    return make_reports(settings, make_store(settings), DEFAULT_CHANNELS.get)


def _row(report: Report) -> dict:
    """What staff see of a report (the contact only as given or not: it went to the desk)."""
    return {"reference": report.reference, "created": report.created.isoformat(
        timespec="seconds") + "Z", "status": report.status, "country": report.country,
            "area": report.area, "category": report.category, "title": report.title,
            "location": report.location, "latitude": report.latitude,
            "longitude": report.longitude, "channel": report.channel,
            "photo": report.has_photo, "contact_given": report.contact is not None,
            "note": report.note}


@app.callback(invoke_without_command=True)
@one_line_errors
def reports(ctx: typer.Context,
            status: Annotated[str | None, typer.Option(help=f"Only this status: "
                                                       f"{', '.join(STATUSES)}")] = None,
            since: Annotated[str | None, typer.Option(help="Only reports made from this "
                                                      "date (YYYY-MM-DD)")] = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines")] = False
            ) -> None:
    """List the reports, oldest first."""
    if ctx.invoked_subcommand is not None:
        return
    if status is not None and status not in STATUSES:
        fail(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
    try:
        start = dt.datetime.combine(dt.date.fromisoformat(since), dt.time()) if since else None
    except ValueError:
        fail(f"--since must be a date (YYYY-MM-DD), not {since!r}")
    rows = [_row(r) for r in _reports().list(status, start)]
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    for row in rows:
        where = row["location"] or f"{row['latitude']}, {row['longitude']}"
        typer.echo(f"{row['reference']}  {row['created'][:16]}  {row['status']:<11}  "
                   f"{row['country']}  {row['category']:<14}  {row['title'][:50]}  @ {where}")
    typer.echo(f"{len(rows)} report(s)", err=True)


@app.command("set")
@one_line_errors
def set_status(reference: Annotated[str, typer.Argument(help="TK-…")],
               status: Annotated[str, typer.Option(help=", ".join(STAFF_STATUSES))],
               note: Annotated[str | None, typer.Option(help="What the resident reads "
                                                       "with the status")] = None) -> None:
    """Change a report's status; the resident sees it (and the note) by reference."""
    changed = _reports().set_status(reference.strip().upper(), status, note)
    typer.echo(f"{changed.reference}: {changed.status}" + (f" — {changed.note}"
                                                            if changed.note else ""))
