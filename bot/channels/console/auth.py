"""Logging staff in and keeping them in: session cookies, CSRF tokens, the lockout.

- The session cookie holds a random token; the server keeps only its hash, with the
  expiry (`TANYAKOTA_STAFF_SESSION_HOURS`). Logging out deletes it server-side.
- Every state-changing form carries `csrf_token`: for a logged-in staff member an HMAC of
  the session token; for the login form a random value also set in its own cookie
  (double submit). Compared in constant time.
- After `MAX_FAILURES` failed logins for one name or one address within `WINDOW`, logins
  are refused with 429 and `Retry-After` until the oldest failures age out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs

from fastapi import Request
from fastapi.responses import Response

from bot.assistant import Assistant
from bot.channels.console.reports import ReportsBoard
from bot.config import Settings
from bot.state.staff import StaffAccount, StaffStore
from bot.state.store import utcnow
from indexer.countries import LANGS

SESSION_COOKIE = "tk_staff"
LOGIN_COOKIE = "tk_staff_login"
LANG_COOKIE = "tk_staff_lang"
COOKIE_PATH = "/staff"
MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=15)
MAX_FORM_FIELDS = 20


class LoginRequired(Exception):
    """No live session: the page answers with a redirect to the login form."""


@dataclass
class Console:
    """What the console's pages share, kept on `app.state.console`."""

    settings: Settings
    assistant: Assistant
    staff: StaffStore | None
    reports: ReportsBoard | None = None


@dataclass(frozen=True)
class StaffUser:
    """A logged-in staff member and their session token (never shown, never logged)."""

    account: StaffAccount
    token: str

    @property
    def csrf(self) -> str:
        return csrf_for(self.token)

    @property
    def is_admin(self) -> bool:
        return self.account.role == "admin"


def console_of(request: Request) -> Console:
    return request.app.state.console


def csrf_for(token: str) -> str:
    return hmac.new(token.encode(), b"tanyakota staff csrf", hashlib.sha256).hexdigest()


def same(expected: str | None, given: str | None) -> bool:
    """Constant-time equality of two secrets; a missing one never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def new_token() -> str:
    return secrets.token_urlsafe(32)


def staff_user(request: Request) -> StaffUser:
    """The logged-in staff member, or `LoginRequired`."""
    console = console_of(request)
    token = request.cookies.get(SESSION_COOKIE)
    if console.staff is None or not token or len(token) > 128:
        raise LoginRequired
    account = console.staff.session_account(token)
    if account is None:
        raise LoginRequired
    return StaffUser(account, token)


def address_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def read_form(request: Request) -> dict[str, str]:
    """An `application/x-www-form-urlencoded` body (the body limit applies before)."""
    body = (await request.body()).decode("utf-8", "replace")
    try:
        fields = parse_qs(body, keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except ValueError:
        return {}
    return {key: values[0] for key, values in fields.items()}


def retry_after(staff: StaffStore, username: str, address: str) -> int | None:
    """Seconds until a login may be tried again, or None when it may be tried now."""
    now = utcnow()
    waits = []
    for times in staff.failures(username, address, now - WINDOW):
        if len(times) >= MAX_FAILURES:
            waits.append((times[-MAX_FAILURES] + WINDOW - now).total_seconds())
    if not waits:
        return None
    return max(1, math.ceil(max(waits)))


def set_cookie(response: Response, settings: Settings, name: str, value: str,
               max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path=COOKIE_PATH, httponly=True,
                        samesite="strict", secure=not settings.staff_insecure_cookies)


def clear_cookie(response: Response, settings: Settings, name: str) -> None:
    response.delete_cookie(name, path=COOKIE_PATH, httponly=True, samesite="strict",
                           secure=not settings.staff_insecure_cookies)


def lang_of(request: Request) -> tuple[str, bool]:
    """The console's language (`?lang=`, else the cookie, else Indonesian), and whether
    it was chosen now (then it is remembered in a cookie)."""
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked, True
    kept = request.cookies.get(LANG_COOKIE)
    return (kept if kept in LANGS else "id"), False
