"""ASGI middleware of the web app: the request body limit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.channels.web.errors import BODY_TOO_LARGE, error_response

MAX_BODY_BYTES = 64 * 1024


class BodyLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, counting the bytes as they arrive
    (a missing or false Content-Length does not get a bigger body through). Paths matching
    one of `larger` have that limit instead (a photo upload)."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES,
                 larger: Sequence[tuple[re.Pattern[str], int]] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = tuple(larger)

    def limit(self, path: str) -> int:
        return next((size for pattern, size in self.larger if pattern.match(path)),
                    self.max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.limit(scope.get("path", ""))
        too_large = error_response(413, BODY_TOO_LARGE,
                                   f"the request body is larger than {max_bytes} bytes",
                                   limit=max_bytes)
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await too_large(scope, receive, send)
            return
        # read the whole (bounded) body first, then replay it to the app
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
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
