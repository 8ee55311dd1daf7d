"""Mounting the console on the web app: its routes, the login redirect, and the headers
every staff page carries (CSP without script, no framing, no caching)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.assistant import Assistant
from bot.channels.console.auth import Console, LoginRequired
from bot.channels.console.pages import PREFIX, console_router
from bot.channels.console.reports import find_board
from bot.config import Settings
from bot.state.staff import StaffStore

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = {
    b"content-security-policy": CSP.encode(),
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
}


class StaffHeaders:
    """Security headers on every response under `/staff`; `no-store` unless the route
    chose its own caching (the stylesheet)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path != PREFIX and not path.startswith(PREFIX + "/"):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in HEADERS]
                headers += list(HEADERS.items())
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def include_console(app: FastAPI, settings: Settings, assistant: Assistant) -> None:
    """Serve the console at `/staff/` (its accounts live in the assistant's store)."""
    store = assistant.store
    staff = StaffStore(store.engine) if store is not None else None
    board = find_board(store.engine) if store is not None else None
    app.state.console = Console(settings, assistant, staff, board)

    async def to_login(request: Request, exc: Exception) -> RedirectResponse:
        return RedirectResponse("/staff/login", status_code=303)

    app.add_exception_handler(LoginRequired, to_login)
    app.include_router(console_router())
    app.add_middleware(StaffHeaders)
