"""`tanyakota staff add | list | remove | passwd`: the console's accounts."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_support import fail, one_line_errors, settings_with

if TYPE_CHECKING:
    from bot.state.staff import StaffStore

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Staff accounts of the web console (/staff/ of `tanyakota serve`).")
StdinOpt = Annotated[bool, typer.Option("--password-stdin",
                                        help="Read the password from the first line of "
                                             "standard input instead of asking")]


def _staff() -> StaffStore:
    from bot.state.staff import StaffStore
    from bot.state.store import create_store

    return StaffStore(create_store(settings_with().database_url).engine)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            fail("no password on standard input")
        return password
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@app.command()
@one_line_errors
def add(user: Annotated[str, typer.Argument(help="User name: 2-64 of a-z 0-9 . _ -")],
        password_stdin: StdinOpt = False,
        role: Annotated[str, typer.Option(help="editor (may change report status) or "
                                               "admin (also sees the audit log)")]
        = "editor") -> None:
    """Create a staff account."""
    from bot.state.staff import ROLES

    if role not in ROLES:
        fail(f"--role must be one of {', '.join(ROLES)}, not {role!r}")
    staff = _staff()
    account = staff.add_account(user, _password(password_stdin), role)
    staff.audit(None, "account_added", f"{account.username} ({account.role})", "cli")
    typer.echo(f"added {account.username} ({account.role})")


@app.command("list")
@one_line_errors
def list_accounts() -> None:
    """The staff accounts, their role and last login."""
    accounts = _staff().accounts()
    if not accounts:
        typer.echo("no staff accounts: add one with 'tanyakota staff add USER'")
        return
    typer.echo(f"{'user':<24}  {'role':<6}  {'created':<16}  last login")
    for a in accounts:
        last = a.last_login_at.strftime("%Y-%m-%d %H:%M") if a.last_login_at else "never"
        typer.echo(f"{a.username:<24}  {a.role:<6}  {a.created_at:%Y-%m-%d %H:%M}  {last}")


@app.command()
@one_line_errors
def remove(user: Annotated[str, typer.Argument(help="User name")]) -> None:
    """Delete a staff account; its sessions end at once."""
    staff = _staff()
    staff.remove(user)
    staff.audit(None, "account_removed", user.strip().lower(), "cli")
    typer.echo(f"removed {user.strip().lower()}")


@app.command()
@one_line_errors
def passwd(user: Annotated[str, typer.Argument(help="User name")],
           password_stdin: StdinOpt = False) -> None:
    """Set a new password; the account's sessions end at once."""
    staff = _staff()
    if staff.account(user) is None:
        fail(f"no staff account {user!r}")
    staff.set_password(user, _password(password_stdin))
    staff.audit(None, "password_changed", user.strip().lower(), "cli")
    typer.echo(f"password changed for {user.strip().lower()}")
