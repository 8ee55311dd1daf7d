"""The WhatsApp channel inside the web app: `GET /whatsapp/webhook` answers Meta's
verification handshake, `POST /whatsapp/webhook` takes signed updates.

A POST is answered 200 at once (the Cloud API retries anything else, and slow answers
too) and its messages are handled in background tasks, one resident's messages in the
order they came. The web app's lifespan calls `close`, which lets running replies finish.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Coroutine
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from bot.assistant import Assistant
from bot.channels.shared import ChatLimiter, keep_token_out_of_logs
from bot.channels.whatsapp.bot import WhatsAppBot
from bot.channels.whatsapp.client import GraphClient
from bot.channels.whatsapp.updates import Inbound, MalformedUpdate, parse
from bot.config import Settings
from bot.state.ratelimit import Rate

log = logging.getLogger(__name__)

PATH = "/whatsapp/webhook"
REQUIRED = ("whatsapp_token", "whatsapp_phone_number_id", "whatsapp_app_secret",
            "whatsapp_verify_token")


def signature_of(body: bytes, app_secret: str) -> str:
    """The `X-Hub-Signature-256` value Meta sends with `body`."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


class WhatsAppChannel:
    """The bot, its Graph API client and the replies under way."""

    def __init__(self, settings: Settings, assistant: Assistant) -> None:
        token = settings.whatsapp_token or ""
        self.phone_number_id = settings.whatsapp_phone_number_id or ""
        self.app_secret = settings.whatsapp_app_secret or ""
        self.verify_token = settings.whatsapp_verify_token or ""
        keep_token_out_of_logs(token)
        self.client = GraphClient(settings.whatsapp_api_url, self.phone_number_id, token,
                                  attempts=settings.whatsapp_send_attempts,
                                  first_wait=settings.whatsapp_retry_seconds)
        key = (settings.whatsapp_hash_key or self.app_secret).encode()
        per_minute = settings.whatsapp_questions_per_minute
        limiter = ChatLimiter(per_minute, shared=assistant.limiter(
            "whatsapp", Rate(per_minute, 60.0)) if assistant.shared_limits else None)
        self.bot = WhatsAppBot(assistant, self.client, limiter, key)
        self._tasks: set[asyncio.Task[None]] = set()
        self._queues: dict[str, list[Inbound]] = {}

    # --- background work ----------------------------------------------------------------
    def dispatch(self, messages: tuple[Inbound, ...]) -> None:
        """Handle `messages` in the background; each resident's strictly in order."""
        for message in messages:
            queue = self._queues.get(message.wa_id)
            if queue is not None:  # a task is working through this resident's messages
                queue.append(message)
                continue
            self._queues[message.wa_id] = [message]
            self._spawn(self._drain(message.wa_id))

    async def _drain(self, wa_id: str) -> None:
        queue = self._queues[wa_id]
        try:
            while queue:
                await self.bot.handle(queue[0])
                queue.pop(0)
        finally:
            del self._queues[wa_id]

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)  # a reference, or the loop may drop the task half-way
        task.add_done_callback(self._tasks.discard)

    async def close(self, timeout: float = 30.0) -> None:
        """Let the replies under way finish (at most `timeout` seconds), then stop."""
        if self._tasks:
            done, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
            for task in pending:
                task.cancel()
            if pending:
                log.warning("stopped %d WhatsApp replies still under way", len(pending))
                await asyncio.gather(*pending, return_exceptions=True)
        await self.client.aclose()

    # --- the routes ---------------------------------------------------------------------
    def router(self) -> APIRouter:
        router = APIRouter()

        @router.get(PATH, include_in_schema=False)
        async def verify(request: Request) -> Response:
            """Meta's handshake: `hub.challenge` back when `hub.verify_token` is ours."""
            query = request.query_params
            given = query.get("hub.verify_token", "").encode()
            if query.get("hub.mode") == "subscribe" and hmac.compare_digest(
                    given, self.verify_token.encode()):
                return PlainTextResponse(query.get("hub.challenge", ""))
            return JSONResponse(status_code=403, content={
                "code": "forbidden", "message": "wrong mode or verify token"})

        @router.post(PATH, include_in_schema=False)
        async def receive(request: Request) -> JSONResponse:
            body = await request.body()
            given = request.headers.get("x-hub-signature-256", "")
            if not hmac.compare_digest(given.lower().encode(),
                                       signature_of(body, self.app_secret).encode()):
                return JSONResponse(status_code=403, content={
                    "code": "forbidden", "message": "missing or wrong X-Hub-Signature-256"})
            try:
                update = parse(json.loads(body), self.phone_number_id)
            except ValueError as exc:  # MalformedUpdate, or the body is not JSON
                # a 200 all the same: an error would only make the Cloud API send it again
                log.warning("ignored a malformed WhatsApp update (%s)",
                            exc if isinstance(exc, MalformedUpdate) else "not JSON")
                return JSONResponse({"ok": True})
            for problem in update.skipped:
                log.warning("skipped part of a WhatsApp update: %s", problem)
            self.dispatch(update.messages)
            return JSONResponse({"ok": True})

        return router


def whatsapp_channel(settings: Settings, assistant: Assistant) -> WhatsAppChannel | None:
    """The channel when its settings are set; None (with a warning if some are) otherwise."""
    missing = [name for name in REQUIRED if not getattr(settings, name)]
    if not missing:
        return WhatsAppChannel(settings, assistant)
    if len(missing) < len(REQUIRED):
        log.warning("WhatsApp is not served: %s not set",
                    ", ".join(f"TANYAKOTA_{name.upper()}" for name in missing))
    return None
