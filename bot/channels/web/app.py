"""The HTTP API and the chat widget (FastAPI), built by an app factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, Response

from bot.answer import Answerer, trim
from bot.guard import UNAVAILABLE, ApiError, BodyLimitMiddleware, Gate, install_error_handlers
from bot.metrics import Metrics, MetricsMiddleware
from bot.ratelimit import Rate, SlidingWindowLimiter
from bot.schema import (
    ANSWER_EXAMPLES,
    ASK_EXAMPLES,
    FEEDBACK_EXAMPLES,
    AnswerOut,
    AskRequest,
    CountryCode,
    FeedbackOut,
    FeedbackRequest,
    LangCode,
    SearchHitOut,
    SearchOut,
    error_responses,
)
from bot.store import Feedback, Store
from indexer.config import Settings

if TYPE_CHECKING:
    from telegram.ext import Application

log = logging.getLogger(__name__)

CHANNEL = "web"
SNIPPET_CHARS = 240
STATIC = files("bot") / "static"


def get_answerer(request: Request) -> Answerer:
    return request.app.state.answerer


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def get_store(request: Request) -> Store:
    store = request.app.state.store
    if store is None:
        raise ApiError(503, UNAVAILABLE, "feedback is not stored: no database configured")
    return store


def gate(request: Request) -> str:
    """API key and rate limit; the client's identity."""
    return request.app.state.gate.check(request)


AnswererDep = Annotated[Answerer, Depends(get_answerer)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
StoreDep = Annotated[Store, Depends(get_store)]


def _static(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def api_router() -> APIRouter:
    """`/v1`: behind the API key (when configured) and the rate limit."""
    router = APIRouter(prefix="/v1", dependencies=[Depends(gate)],
                       responses=error_responses(401, 422, 429))

    @router.post("/ask", response_model=AnswerOut, summary="Answer a question",
                 responses={200: {"content": {"application/json": {
                     "examples": ANSWER_EXAMPLES}}}, **error_responses(413, 503)})
    async def ask(body: Annotated[AskRequest, Body(openapi_examples=ASK_EXAMPLES)],
                  answerer: AnswererDep, metrics: MetricsDep) -> Any:
        """Answer from the knowledge base, or refuse and name the official channel."""
        answer = await asyncio.to_thread(answerer.ask, body.question, body.country,
                                         body.lang, body.session_id, CHANNEL)
        metrics.observe_answer(answer)
        return answer.to_dict()

    @router.get("/search", response_model=SearchOut, summary="Search the knowledge base")
    async def search(
        answerer: AnswererDep,
        q: Annotated[str, Query(description="Search words, 1–1,000 characters.")],
        country: Annotated[CountryCode | None, Query()] = None,
        lang: Annotated[LangCode | None, Query(description="Only documents in it.")] = None,
        k: Annotated[int, Query(ge=1, le=20, description="How many documents.")] = 5,
    ) -> Any:
        """Documents ranked best first, each with its best section as a snippet."""
        text = " ".join(q.split())
        if not 1 <= len(text) <= 1000:
            raise ApiError(422, "invalid_request",
                           "q: must be 1 to 1000 characters after trimming", field="q")

        def run() -> list[SearchHitOut]:
            retriever = answerer.holder.current()
            docs = retriever.search(retriever.prepare(text),
                                    country=country or answerer.default_country,
                                    lang=lang, k=k)
            return [SearchHitOut.model_validate({
                "doc_id": d.doc_id, "title": d.best.title, "heading": d.best.heading,
                "snippet": trim(d.best.text, SNIPPET_CHARS), "url": d.best.source,
                "updated": d.best.updated, "country": d.best.country, "lang": d.best.lang,
                "score": round(d.score, 4)}) for d in docs]

        return SearchOut(query=text, results=await asyncio.to_thread(run))

    @router.post("/feedback", response_model=FeedbackOut, status_code=201,
                 summary="Store 👍/👎 on an answer", responses=error_responses(413, 503))
    async def feedback(body: Annotated[FeedbackRequest,
                                       Body(openapi_examples=FEEDBACK_EXAMPLES)],
                       store: StoreDep, metrics: MetricsDep) -> Any:
        """Kept (personal numbers masked) for the staff report."""
        await asyncio.to_thread(store.add_feedback, Feedback(
            channel=CHANNEL, question=body.question, helpful=body.helpful, doc_id=body.doc_id,
            session_id=body.session_id, comment=body.comment, lang=body.lang))
        metrics.feedback.labels(str(body.helpful).lower()).inc()
        return FeedbackOut(stored=True)

    return router


def open_router() -> APIRouter:
    """Health, metrics, the widget and its demo page: never behind a key or a limit."""
    router = APIRouter()

    @router.get("/healthz", summary="The process is up")
    async def healthz() -> dict:
        return {"status": "ok"}

    @router.get("/readyz", summary="The index is loaded",
                responses=error_responses(503))
    async def readyz(answerer: AnswererDep) -> dict:
        manifest = (await asyncio.to_thread(answerer.holder.current)).version.manifest
        return {"status": "ready", "index": manifest.summary()}

    @router.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics(answerer: AnswererDep, metrics: MetricsDep) -> Response:
        body = await asyncio.to_thread(metrics.render, answerer.holder)
        return Response(body, media_type=metrics.content_type)

    @router.get("/widget.js", include_in_schema=False)
    async def widget() -> Response:
        return Response(_static("widget.js"), media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})

    @router.get("/", include_in_schema=False, response_class=HTMLResponse)
    async def demo(lang: LangCode = "id") -> HTMLResponse:
        """A page with the widget embedded; `?lang=ms` shows it in Malay."""
        return HTMLResponse(_static("demo.html").replace("__LANG__", lang))

    return router


def create_app(settings: Settings, answerer: Answerer, store: Store | None = None,
               telegram: Application | None = None) -> FastAPI:
    """The whole HTTP surface; `telegram` (a webhook-mode Application) is served too."""

    kept = store if store is not None else answerer.store

    async def purge_periodically() -> None:
        """Stored questions past the retention period go while the server runs."""
        while True:
            await asyncio.sleep(settings.purge_interval_seconds)
            try:
                removed = await asyncio.to_thread(kept.purge, settings.retention_days)
            except Exception:  # a database hiccup must not stop the server
                log.exception("retention purge failed")
            else:
                if removed:
                    log.info("deleted %d stored questions/feedback past retention", removed)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        purger = asyncio.create_task(purge_periodically()) if kept is not None else None
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
            if purger is not None:
                purger.cancel()

    app = FastAPI(title="Tanyakota", version="0.1.0", lifespan=lifespan,
                  description="Ask the city: public-service answers in Indonesian and Malay, "
                  "from the city's official documents, with the source and the date the "
                  "facts were checked.")
    app.state.settings = settings
    app.state.answerer = answerer
    app.state.store = store if store is not None else answerer.store
    app.state.metrics = metrics = Metrics()
    app.state.gate = Gate(settings.api_keys, SlidingWindowLimiter(Rate.parse(settings.rate_limit)),
                          on_limited=metrics.rate_limited.inc)

    install_error_handlers(app)
    app.include_router(api_router())
    app.include_router(open_router())
    if telegram is not None:
        from bot.telegram import webhook_router

        app.include_router(webhook_router(telegram, settings))

    # outermost last: metrics see every response, CORS headers reach 413s too
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                       allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type", "X-API-Key"],
                       expose_headers=["Retry-After"], max_age=600)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app

