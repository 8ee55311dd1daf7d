"""Who may call `/v1`: API keys (when configured) and the per-client rate limit."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable

from fastapi import Request

from bot.channels.web.errors import RATE_LIMITED, UNAUTHORIZED, ApiError
from bot.state.limits import Limiter


class Gate:
    """API keys (when configured) and the per-client rate limit of the `/v1` endpoints."""

    def __init__(self, api_keys: Iterable[str], limiter: Limiter,
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
