"""The HTTP API and the chat widget (FastAPI), built by an app factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from bot.assistant import Assistant
from bot.channels.web.access import Gate
from bot.channels.web.errors import install_error_handlers
from bot.channels.web.metrics import Metrics, MetricsMiddleware
from bot.channels.web.middleware import BodyLimitMiddleware
from bot.channels.web.reports import LARGE_BODIES, reports_router
from bot.channels.web.routes import api_router, open_router
from bot.config import Settings
from bot.state.ratelimit import Rate, SlidingWindowLimiter
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
            for task in (purger, outbox):
                if task is not None:
                    task.cancel()

    app = FastAPI(title="Tanyakota", version="0.1.0", lifespan=lifespan,
                  description="Ask the city: public-service answers in Indonesian and Malay, "
                  "from the city's official documents, with the source and the date the "
                  "facts were checked.")
    app.state.assistant = assistant
    app.state.metrics = metrics = Metrics()
    app.state.gate = Gate(settings.api_keys, SlidingWindowLimiter(Rate.parse(settings.rate_limit)),
                          on_limited=metrics.rate_limited.inc)

    install_error_handlers(app)
    app.include_router(api_router())
    app.include_router(reports_router())
    app.include_router(open_router())
    if telegram is not None:
        from bot.channels.telegram.app import webhook_router

        app.include_router(webhook_router(telegram, settings, assistant))

    # outermost last: metrics see every response, CORS headers reach 413s too
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes,
                       larger=LARGE_BODIES)
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                       allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type", "X-API-Key"],
                       expose_headers=["Retry-After"], max_age=600)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app
