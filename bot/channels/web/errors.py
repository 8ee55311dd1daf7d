"""Every error of the HTTP API as JSON with a stable `code`; bad input is never a 500."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.question import InvalidQuestion
from bot.reports.model import InvalidReport
from bot.reports.service import PhotoRefused, ReportNotFound
from bot.state.store import StoreUnavailable
from indexer.errors import TanyakotaError

log = logging.getLogger(__name__)

# Stable error codes (part of the API: clients may switch on them)
INVALID_REQUEST = "invalid_request"
INVALID_JSON = "invalid_json"
BODY_TOO_LARGE = "body_too_large"
UNAUTHORIZED = "unauthorized"
RATE_LIMITED = "rate_limited"
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
REQUEST_TIMEOUT = "request_timeout"
CORS_REFUSED = "cors_refused"
CONFLICT = "conflict"
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
        if isinstance(exc, InvalidQuestion | InvalidReport):
            return error_response(422, INVALID_REQUEST, str(exc), field=exc.field)
        if isinstance(exc, ReportNotFound):
            return error_response(404, NOT_FOUND, str(exc))
        if isinstance(exc, PhotoRefused):
            return error_response(409, CONFLICT, str(exc))
        log.error("service unavailable: %s", exc)
        headers = ({"Retry-After": str(exc.retry_after)}
                   if isinstance(exc, StoreUnavailable) else None)
        return error_response(503, UNAVAILABLE, str(exc), headers)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, INTERNAL, "internal error")
