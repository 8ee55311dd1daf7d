"""The HTTP API and the chat widget (FastAPI), built by an app factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI

from bot.assistant import Assistant
from bot.channels.console.app import include_console
from bot.channels.web.access import Gate
from bot.channels.web.errors import install_error_handlers
from bot.channels.web.metrics import Metrics, MetricsMiddleware
from bot.channels.web.middleware import (
    BodyLimitMiddleware,
    HeadAsGetMiddleware,
    JsonCORSMiddleware,
    SecurityHeadersMiddleware,
)
from bot.channels.web.reports import LARGE_BODIES, reports_router
from bot.channels.web.routes import api_router, open_router
from bot.channels.web.stream import stream_router
from bot.channels.whatsapp.webhook import whatsapp_channel
from bot.config import Settings
from bot.state.ratelimit import Rate
from bot.state.reports import purge_reports
from bot.state.store import Store

if TYPE_CHECKING:
    from telegram.ext import Application

log = logging.getLogger(__name__)


async def purge_periodically(store: Store, settings: Settings) -> None:
    """Stored questions past the retention period go while the server runs."""
    while True:
        await asyncio.sleep(settings.purge_interval_seconds)
        try:
            removed = await asyncio.to_thread(store.purge, settings.retention_days)
            removed += await asyncio.to_thread(purge_reports, store.engine,
                                               settings.retention_days)
        except Exception:  # a database hiccup must not stop the server
            log.exception("retention purge failed")
        else:
            if removed:
                log.info("deleted %d stored questions/feedback past retention", removed)


def create_app(settings: Settings, assistant: Assistant,
               telegram: Application | None = None) -> FastAPI:
    """The whole HTTP surface; `telegram` (a webhook-mode Application) is served too."""
    store = assistant.store
    whatsapp = whatsapp_channel(settings, assistant)  # None unless its settings are set

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        purger = (asyncio.create_task(purge_periodically(store, settings))
                  if store is not None else None)
        # reports reach the city's desk through the outbox
        outbox = (asyncio.create_task(assistant.reports.worker.run())
                  if assistant.reports is not None else None)
        try:
            if telegram is None:
                yield
                return
            async with telegram:
                await telegram.start()
                try:
                    yield
                finally:
                    await telegram.stop()
        finally:
            if whatsapp is not None:
                await whatsapp.close()  # replies under way finish first
            for task in (purger, outbox):
                if task is not None:
                    task.cancel()
            await asyncio.to_thread(assistant.close)  # refusals still queued

    app = FastAPI(title="Tanyakota", version="0.1.0", lifespan=lifespan,
                  description="Ask the city: public-service answers in Indonesian and Malay, "
                  "from the city's official documents, with the source and the date the "
                  "facts were checked.")
    app.state.assistant = assistant
    app.state.metrics = metrics = Metrics(phrasing=assistant.phrasing_counts)
    app.state.gate = Gate(settings.api_keys,
                          assistant.limiter("v1", Rate.parse(settings.rate_limit)),
                          on_limited=metrics.rate_limited.inc)

    install_error_handlers(app)
    app.include_router(api_router())
    app.include_router(stream_router())
    app.include_router(reports_router())
    app.include_router(open_router())
    include_console(app, settings, assistant)
    if telegram is not None:
        from bot.channels.telegram.app import webhook_router

        app.include_router(webhook_router(telegram, settings, assistant))
    if whatsapp is not None:
        app.include_router(whatsapp.router())

    # outermost last: metrics see every response, CORS and security headers reach 413s too
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes,
                       timeout=settings.request_timeout_seconds, larger=LARGE_BODIES)
    app.add_middleware(JsonCORSMiddleware, allow_origins=settings.cors_origins,
                       allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type", "X-API-Key"],
                       expose_headers=["Retry-After"], max_age=600)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app
