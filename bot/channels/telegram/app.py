"""The Telegram bot's `Application`, built by a factory; polling or webhook.

Webhook mode runs inside the web app: `webhook_router` puts each update on the
application's queue, and the web app's lifespan starts and stops the application.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor, Defaults

from bot.assistant import Assistant
from bot.channels.shared import keep_token_out_of_logs
from bot.channels.telegram.bot import ChatLimiter, TelegramBot
from bot.config import Settings
from bot.state.ratelimit import Rate
from bot.state.store import StoreUnavailable
from indexer.errors import ConfigError

log = logging.getLogger(__name__)

__all__ = ["build_application", "keep_token_out_of_logs", "webhook_router"]

ALLOWED_UPDATES = ["message", "callback_query"]


class ChatOrder(BaseUpdateProcessor):
    """Up to `max_concurrent_updates` updates at once, but one chat's one after another, in
    the order they came (a guided report reads each answer in its step)."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.get(chat.id, (asyncio.Lock(), 0))
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users <= 1:
                del self._locks[chat.id]
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def build_application(settings: Settings, assistant: Assistant,
                      webhook: bool = False) -> Application:
    """The bot's `Application`; `webhook=True` leaves updates to `webhook_router`."""
    token = settings.telegram_token
    if not token:
        raise ConfigError("TANYAKOTA_TELEGRAM_TOKEN is not set (create a bot with @BotFather)")
    keep_token_out_of_logs(token)
    builder = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_api_url)
        # files (a report's photo) are downloaded from /file/bot beside /bot
        .base_file_url(settings.telegram_api_url.removesuffix("/bot") + "/file/bot")
        .rate_limiter(AIORateLimiter())
        .concurrent_updates(ChatOrder(16))
        .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
    )
    if webhook:
        builder = builder.updater(None)
    elif assistant.reports is not None:  # polling: reports go out from this process
        builder = _with_outbox(builder, assistant)
    application = builder.build()
    per_minute = settings.telegram_questions_per_minute
    TelegramBot(assistant, ChatLimiter(per_minute, shared=assistant.limiter(
        "telegram", Rate(per_minute, 60.0)) if assistant.shared_limits else None)
                ).register(application)
    return application


def _with_outbox(builder: Any, assistant: Assistant) -> Any:
    """Run the reports' outbox while the polling bot runs (the web app runs its own)."""
    tasks: list[asyncio.Task] = []

    async def start(application: Application) -> None:
        assert assistant.reports is not None
        tasks.append(asyncio.create_task(assistant.reports.worker.run()))

    async def stop(application: Application) -> None:
        for task in tasks:
            task.cancel()

    return builder.post_init(start).post_stop(stop)


def webhook_router(application: Application, settings: Settings,
                   assistant: Assistant) -> APIRouter:
    """`POST /telegram/webhook`: checks Telegram's secret header, queues the update once.

    Telegram redelivers an update when it is not sure the webhook got it; the update id is
    claimed in the shared store, so a redelivery (to this replica or another) is
    acknowledged and not answered again."""
    secret = (settings.telegram_webhook_secret or "").encode()
    if not secret:
        log.warning("TANYAKOTA_TELEGRAM_WEBHOOK_SECRET is not set: the webhook refuses "
                    "every request")
    router = APIRouter()

    @router.post("/telegram/webhook", include_in_schema=False)
    async def telegram_webhook(request: Request) -> JSONResponse:
        given = request.headers.get("x-telegram-bot-api-secret-token", "").encode()
        if not secret or not hmac.compare_digest(given, secret):
            return JSONResponse(status_code=403, content={
                "code": "forbidden", "message": "missing or wrong secret token"})
        try:
            data = await request.json()
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                raise ValueError("not a Telegram update")
            update = Update.de_json(data, application.bot)
        except Exception as exc:  # anything unparseable is the sender's mistake
            return JSONResponse(status_code=400, content={
                "code": "invalid_update",
                "message": f"the body is not a Telegram update ({type(exc).__name__})"})
        try:
            first = await asyncio.to_thread(
                assistant.first_delivery, f"telegram:{application.bot.id}:{update.update_id}")
        except StoreUnavailable as exc:
            # handled now (the resident is told politely that the service is down) rather
            # than left to Telegram's retries
            log.warning("update %d not checked for redelivery: %s", update.update_id, exc)
            first = True
        if first:
            await application.update_queue.put(update)
        else:
            log.info("update %d was delivered again; not answered twice", update.update_id)
        return JSONResponse({"ok": True})

    return router
