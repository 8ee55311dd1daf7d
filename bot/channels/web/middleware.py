"""ASGI middleware of the web app: the request body's size and deadline, security headers,
`HEAD` wherever `GET` is served, and JSON for a refused CORS preflight."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.channels.web.errors import BODY_TOO_LARGE, CORS_REFUSED, REQUEST_TIMEOUT, error_response

MAX_BODY_BYTES = 64 * 1024
BODY_TIMEOUT_SECONDS = 15.0


class BodyLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, counting the bytes as they arrive
    (a missing or false Content-Length does not get a bigger body through), and bodies
    that do not arrive in full within `timeout` seconds with 408; both close the
    connection. Paths matching one of `larger` have that limit instead (a photo upload)."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES,
                 timeout: float = BODY_TIMEOUT_SECONDS,
                 larger: Sequence[tuple[re.Pattern[str], int]] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.larger = tuple(larger)

    def limit(self, path: str) -> int:
        return next((size for pattern, size in self.larger if pattern.match(path)),
                    self.max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        close = {"Connection": "close"}
        max_bytes = self.limit(scope.get("path", ""))
        too_large = error_response(413, BODY_TOO_LARGE,
                                   f"the request body is larger than {max_bytes} bytes",
                                   close, limit=max_bytes)
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await too_large(scope, receive, send)
            return
        # read the whole (bounded) body first, then replay it to the app
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(deadline - time.monotonic(),
                                                                0.0))
            except TimeoutError:
                await error_response(408, REQUEST_TIMEOUT, "the request body did not arrive "
                                     f"within {self.timeout:g} s", close)(scope, receive, send)
                return
            if message["type"] != "http.request":  # the client went away
                return
            body = message.get("body", b"")
            size += len(body)
            if size > max_bytes:
                await too_large(scope, receive, send)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class HeadAsGetMiddleware:
    """`HEAD` is answered wherever `GET` is: the app sees a `GET`, the body is dropped."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


# The demo page needs its own script (widget.js), inline styles (the page's and the
# widget's), calls to this API, and the icons' data URLs; nothing from elsewhere.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'self'")
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
# FastAPI's interactive docs load Swagger UI / ReDoc from a CDN with inline scripts
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net "
            "https://fonts.googleapis.com; font-src https://fonts.gstatic.com; "
            "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
            "connect-src 'self'; worker-src blob:; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")


def content_security_policy(path: str) -> str:
    if path == "/":
        return PAGE_CSP
    if path.startswith(DOCS_PATHS):
        return DOCS_CSP
    return API_CSP


class SecurityHeadersMiddleware:
    """Content-Security-Policy, `nosniff` and `Referrer-Policy` on every response that
    does not carry its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(b"content-security-policy", content_security_policy(scope["path"]).encode()),
                 (b"x-content-type-options", b"nosniff"),
                 (b"referrer-policy", b"no-referrer")]

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # a part that set its own (the staff console's CSP) keeps it: two policies
                # would both apply, and the stricter one would block the console's styles
                own = {bytes(k).lower() for k, _ in message.get("headers", ())}
                message = {**message, "headers": [*message.get("headers", ()),
                                                  *[h for h in extra if h[0] not in own]]}
            await send(message)

        await self.app(scope, receive, with_headers)


class JsonCORSMiddleware(CORSMiddleware):
    """Starlette's CORS, with a refused preflight answered as JSON like every other 4xx."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        headers = {k: v for k, v in response.headers.items()
                   if k not in ("content-length", "content-type")}
        return error_response(response.status_code, CORS_REFUSED,
                              bytes(response.body).decode("utf-8", "replace"), headers)
