"""What makes the API safe to expose: body size limit, JSON errors, API keys, rate limit."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable, Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.answer import InvalidQuestion
from bot.ratelimit import SlidingWindowLimiter
from indexer.errors import TanyakotaError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024

# Stable error codes (part of the API: clients may switch on them)
INVALID_REQUEST = "invalid_request"
INVALID_JSON = "invalid_json"
BODY_TOO_LARGE = "body_too_large"
UNAUTHORIZED = "unauthorized"
RATE_LIMITED = "rate_limited"
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
UNAVAILABLE = "unavailable"
INTERNAL = "internal_error"


class ApiError(Exception):
    """An error answered as JSON `{"code", "message", ...}` with an HTTP status."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None, **extra: object) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        self.extra = extra

    def response(self) -> JSONResponse:
        return error_response(self.status, self.code, self.message, self.headers, **self.extra)


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None, **extra: object) -> JSONResponse:
    return JSONResponse(status_code=status, headers=headers,
                        content={"code": code, "message": message, **extra})


class BodyLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, counting the bytes as they arrive
    (a missing or false Content-Length does not get a bigger body through)."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = error_response(413, BODY_TOO_LARGE,
                                   f"the request body is larger than {self.max_bytes} bytes",
                                   limit=self.max_bytes)
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        # read the whole (small) body first, then replay it to the app
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
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


def _field(loc: Iterable[object]) -> str:
    return ".".join(str(p) for p in loc if p not in ("body", "query", "header", "path"))


def install_error_handlers(app: FastAPI) -> None:
    """Every error is JSON with a stable `code`; bad input is never a 500."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = tuple(first.get("loc", ()))
        if first.get("type") == "json_invalid":
            return error_response(422, INVALID_JSON, "the body is not valid JSON")
        name = _field(loc)
        if not name and loc[:1] == ("body",):
            return error_response(422, INVALID_JSON, "the body must be a JSON object sent "
                                  "with content-type application/json")
        msg = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
        return error_response(422, INVALID_REQUEST, f"{name}: {msg}", field=name,
                              errors=[{"field": _field(e.get("loc", ())),
                                       "message": str(e.get("msg", ""))
                                       .removeprefix("Value error, ")} for e in errors])

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:  # FastAPI's "error parsing the body" (e.g. not UTF-8)
            return error_response(422, INVALID_JSON, "the body is not valid JSON")
        code = {404: NOT_FOUND, 405: METHOD_NOT_ALLOWED}.get(exc.status_code, INVALID_REQUEST)
        return error_response(exc.status_code, code, str(exc.detail),
                              dict(exc.headers or {}))

    @app.exception_handler(TanyakotaError)
    async def _ours(request: Request, exc: TanyakotaError) -> JSONResponse:
        if isinstance(exc, InvalidQuestion):
            return error_response(422, INVALID_REQUEST, f"question: {exc}", field="question")
        log.error("service unavailable: %s", exc)
        return error_response(503, UNAVAILABLE, str(exc))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, INTERNAL, "internal error")


class Gate:
    """API keys (when configured) and the per-client rate limit of the `/v1` endpoints."""

    def __init__(self, api_keys: Iterable[str], limiter: SlidingWindowLimiter,
                 on_limited: Callable[[], None] | None = None) -> None:
        self.api_keys = tuple(k for k in api_keys if k)
        self.limiter = limiter
        self.on_limited = on_limited

    def check(self, request: Request) -> str:
        """The client's identity (`key:…` or `ip:…`); raises 429 or 401."""
        given = request.headers.get("x-api-key")
        valid = given is not None and any(
            hmac.compare_digest(given.encode(), k.encode()) for k in self.api_keys)
        client = f"key:{given}" if valid else (
            f"ip:{request.client.host if request.client else 'unknown'}")
        decision = self.limiter.hit(client)
        if not decision.allowed:
            if self.on_limited is not None:
                self.on_limited()
            raise ApiError(429, RATE_LIMITED,
                           f"too many requests; try again in {decision.retry_after} s",
                           headers={"Retry-After": str(decision.retry_after)},
                           retry_after=decision.retry_after)
        if self.api_keys and not valid:
            raise ApiError(401, UNAUTHORIZED, "a valid X-API-Key header is required"
                           if given is None else "the X-API-Key is not valid",
                           headers={"WWW-Authenticate": "X-API-Key"})
        return client
