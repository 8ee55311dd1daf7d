"""The console's pages under `/staff/`: login, overview, questions not answered (refused,
about a service not covered and given suggestions, apart), 👎 feedback, documents due for
review, reports and the audit log. Server-rendered, no script."""

from __future__ import annotations

import asyncio
import datetime as dt
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader

from bot.channels.console.auth import (
    LANG_COOKIE,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    LoginRequired,
    StaffUser,
    address_of,
    clear_cookie,
    console_of,
    lang_of,
    new_token,
    read_form,
    retry_after,
    same,
    set_cookie,
    staff_user,
)
from bot.channels.console.chart import day_chart
from bot.channels.console.texts import TEXTS
from bot.quality.report import build_report, document_feedback
from bot.state.store import utcnow
from indexer.countries import LANGS

PREFIX = "/staff"
DAYS = 30
STATIC = files("bot.channels.console") / "static"
templates = Environment(loader=PackageLoader("bot.channels.console", "templates"),
                        autoescape=True, trim_blocks=True, lstrip_blocks=True)
NAV = ("overview", "refused", "feedback", "review", "reports")
PATHS = {"overview": "/staff/", "refused": "/staff/refused", "feedback": "/staff/feedback",
         "review": "/staff/review", "reports": "/staff/reports", "audit": "/staff/audit"}

UserDep = Annotated[StaffUser, Depends(staff_user)]


def render(request: Request, name: str, status: int = 200, user: StaffUser | None = None,
           headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    lang, chosen = lang_of(request)
    html = templates.get_template(name).render(
        t=TEXTS[lang], lang=lang, langs=LANGS, user=user, path=request.url.path,
        nav=NAV + (("audit",) if user is not None and user.is_admin else ()), paths=PATHS,
        **context)
    response = HTMLResponse(html, status_code=status, headers=headers)
    if chosen:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, path="/staff",
                            samesite="strict", httponly=True,
                            secure=not console_of(request).settings.staff_insecure_cookies)
    return response


def see_other(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def login_form(request: Request, status: int = 200, error: str | None = None,
               username: str = "", headers: dict[str, str] | None = None) -> HTMLResponse:
    """The form with a fresh CSRF value, also set in the login cookie."""
    csrf = new_token()
    response = render(request, "login.html", status=status, error=error, username=username,
                      csrf=csrf, headers=headers)
    set_cookie(response, console_of(request).settings, LOGIN_COOKIE, csrf, max_age=3600)
    return response


def refuse_csrf(request: Request, user: StaffUser | None = None) -> HTMLResponse:
    lang, _ = lang_of(request)
    return render(request, "message.html", status=403, user=user, message=TEXTS[lang]["csrf"])


def console_router() -> APIRouter:
    router = APIRouter(prefix=PREFIX, include_in_schema=False)

    @router.get("/console.css")
    async def css() -> Response:
        return Response((STATIC / "console.css").read_text(encoding="utf-8"),
                        media_type="text/css; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})

    # --- login ----------------------------------------------------------------------------
    @router.get("/login")
    async def login_page(request: Request) -> Response:
        console = console_of(request)
        if console.staff is None:
            return render(request, "message.html", status=503,
                          message=TEXTS[lang_of(request)[0]]["no_database"])
        try:
            await asyncio.to_thread(staff_user, request)
            return see_other("/staff/")
        except LoginRequired:
            return login_form(request)

    @router.post("/login")
    async def login(request: Request) -> Response:
        console = console_of(request)
        staff = console.staff
        t = TEXTS[lang_of(request)[0]]
        if staff is None:
            return render(request, "message.html", status=503, message=t["no_database"])
        form = await read_form(request)
        if not same(request.cookies.get(LOGIN_COOKIE), form.get("csrf_token")):
            return refuse_csrf(request)
        username = form.get("username", "").strip()[:64]
        password = form.get("password", "")
        address = address_of(request)
        wait = await asyncio.to_thread(retry_after, staff, username, address)
        if wait is not None:
            await asyncio.to_thread(staff.audit, None, "login_locked", "", address)
            return login_form(request, 429, t["locked"].format(minutes=max(1, -(-wait // 60))),
                              username, headers={"Retry-After": str(wait)})
        account = await asyncio.to_thread(staff.verify, username, password)
        if account is None:
            known = await asyncio.to_thread(staff.account, username) if username else None
            await asyncio.to_thread(staff.add_failure, username, address)
            await asyncio.to_thread(staff.audit, known.username if known else None,
                                    "login_failed", "" if known else "unknown account",
                                    address)
            return login_form(request, 401, t["wrong_password"], username)
        token = new_token()
        hours = console.settings.staff_session_hours
        await asyncio.to_thread(staff.start_session, token, account.username, hours)
        await asyncio.to_thread(staff.clear_failures, account.username)
        await asyncio.to_thread(staff.audit, account.username, "login", "", address)
        response = see_other("/staff/")
        set_cookie(response, console.settings, SESSION_COOKIE, token,
                   max_age=int(hours * 3600))
        clear_cookie(response, console.settings, LOGIN_COOKIE)
        return response

    @router.post("/logout")
    async def logout(request: Request, user: UserDep) -> Response:
        form = await read_form(request)
        if not same(user.csrf, form.get("csrf_token")):
            return refuse_csrf(request, user)
        staff = console_of(request).staff
        assert staff is not None  # a user has a session, so there is a store
        await asyncio.to_thread(staff.end_session, user.token)
        await asyncio.to_thread(staff.audit, user.account.username, "logout", "",
                                address_of(request))
        response = see_other("/staff/login")
        clear_cookie(response, console_of(request).settings, SESSION_COOKIE)
        return response

    # --- pages ----------------------------------------------------------------------------
    @router.get("/")
    async def overview(request: Request, user: UserDep) -> Response:
        assistant = console_of(request).assistant
        manifest = await asyncio.to_thread(assistant.manifest)
        days = await asyncio.to_thread(assistant.answers_per_day, DAYS)
        t = TEXTS[lang_of(request)[0]]
        return render(request, "overview.html", user=user, manifest=manifest,
                      chart=day_chart(days, t["answered"], t["refused_short"]))

    @router.get("/refused")
    async def refused(request: Request, user: UserDep) -> Response:
        console = console_of(request)
        store = console.assistant.store
        assert store is not None
        since = utcnow().date() - dt.timedelta(days=DAYS - 1)
        report = await asyncio.to_thread(build_report, store, console.assistant.query_vector,
                                         since, 50)
        titles = {g.doc_id: console.assistant.doc_title(g.doc_id)
                  for g in report.suggested_groups if g.doc_id}
        return render(request, "refused.html", user=user, report=report, titles=titles)

    @router.get("/feedback")
    async def feedback(request: Request, user: UserDep) -> Response:
        assistant = console_of(request).assistant
        store = assistant.store
        assert store is not None
        since = dt.datetime.combine(utcnow().date() - dt.timedelta(days=DAYS - 1), dt.time())
        rows = await asyncio.to_thread(store.feedback, since)
        documents = document_feedback(rows, 50)
        comments = [f for f in reversed(rows) if not f.helpful and f.comment][:50]
        titles = {d: assistant.doc_title(d) for d in {f.doc_id for f in rows if f.doc_id}}
        return render(request, "feedback.html", user=user, documents=documents,
                      comments=comments, titles=titles)

    @router.get("/review")
    async def review(request: Request, user: UserDep) -> Response:
        console = console_of(request)
        months = console.settings.review_months
        due = await asyncio.to_thread(console.assistant.due_for_review, months)
        return render(request, "review.html", user=user, due=due, months=months)

    @router.get("/reports")
    async def reports(request: Request, user: UserDep, done: str | None = None,
                      missing: str | None = None) -> Response:
        board = console_of(request).reports
        items = await asyncio.to_thread(board.recent, 200) if board is not None else []
        return render(request, "reports.html", user=user, board=board, items=items,
                      done=done, missing=missing)

    @router.post("/reports/status")
    async def set_status(request: Request, user: UserDep) -> Response:
        form = await read_form(request)
        if not same(user.csrf, form.get("csrf_token")):
            return refuse_csrf(request, user)
        console = console_of(request)
        board = console.reports
        reference = form.get("reference", "").strip()[:64]
        status = form.get("status", "")
        if board is None or status not in board.statuses or user.account.role not in (
                "editor", "admin"):
            return see_other("/staff/reports")
        note = form.get("note", "").strip()[:500] or None
        item = await asyncio.to_thread(board.set_status, reference, status, note)
        if item is None:
            return see_other(f"/staff/reports?missing={reference}")
        assert console.staff is not None
        await asyncio.to_thread(console.staff.audit, user.account.username, "report_status",
                                f"{reference} → {status}", address_of(request))
        return see_other(f"/staff/reports?done={reference}")

    @router.get("/audit")
    async def audit(request: Request, user: UserDep) -> Response:
        if not user.is_admin:
            return render(request, "message.html", status=403, user=user,
                          message=TEXTS[lang_of(request)[0]]["forbidden"])
        staff = console_of(request).staff
        assert staff is not None
        entries = await asyncio.to_thread(staff.audit_log, 500)
        return render(request, "audit.html", user=user, entries=entries)

    return router
