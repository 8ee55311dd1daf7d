"""The routes of the web app: `/v1` for portals, and the open ones (health, widget)."""

from __future__ import annotations

import asyncio
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from bot.assistant import Assistant
from bot.channels.web.errors import UNAVAILABLE, ApiError
from bot.channels.web.metrics import Metrics
from bot.channels.web.schema import (
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
from bot.question import MAX_QUESTION_CHARS, clean_question
from bot.state.store import Feedback

CHANNEL = "web"
STATIC = files("bot.channels.web") / "static"


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def gate(request: Request) -> str:
    """API key and rate limit; the client's identity."""
    return request.app.state.gate.check(request)


def needs_store(request: Request) -> None:
    if request.app.state.assistant.store is None:
        raise ApiError(503, UNAVAILABLE, "feedback is not stored: no database configured")


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]


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
                  assistant: AssistantDep, metrics: MetricsDep) -> Any:
        """Answer from the knowledge base, or refuse and name the official channel."""
        answer = await asyncio.to_thread(assistant.ask, body.question, body.country,
                                         body.lang, body.session_id, CHANNEL, body.doc_id)
        metrics.observe_answer(answer)
        return answer.to_dict()

    @router.get("/search", response_model=SearchOut, summary="Search the knowledge base")
    async def search(
        assistant: AssistantDep,
        q: Annotated[str, Query(description="Search words, 1–1,000 characters.",
                                min_length=1, max_length=MAX_QUESTION_CHARS)],
        country: Annotated[CountryCode | None, Query()] = None,
        lang: Annotated[LangCode | None, Query(description="Only documents in it.")] = None,
        k: Annotated[int, Query(ge=1, le=20, description="How many documents.")] = 5,
    ) -> Any:
        """Documents ranked best first, each with its best section as a snippet."""
        results = await asyncio.to_thread(assistant.search, q, country, lang, k)
        return SearchOut(query=clean_question(q, "q"),
                         results=[SearchHitOut.model_validate(r.to_dict()) for r in results])

    @router.post("/feedback", response_model=FeedbackOut, status_code=201,
                 summary="Store 👍/👎 on an answer", dependencies=[Depends(needs_store)],
                 responses=error_responses(413, 503))
    async def feedback(body: Annotated[FeedbackRequest,
                                       Body(openapi_examples=FEEDBACK_EXAMPLES)],
                       assistant: AssistantDep, metrics: MetricsDep) -> Any:
        """Kept (personal numbers masked) for the staff report."""
        await asyncio.to_thread(assistant.feedback, Feedback(
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

    @router.get("/readyz", summary="The index is loaded and the database answers",
                responses=error_responses(503))
    async def readyz(assistant: AssistantDep) -> dict:
        manifest = await asyncio.to_thread(assistant.manifest)
        database = await asyncio.to_thread(assistant.check_database)
        return {"status": "ready", "index": manifest.summary(), "database": database}

    @router.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics(assistant: AssistantDep, metrics: MetricsDep) -> Response:
        manifest = await asyncio.to_thread(assistant.manifest)
        return Response(metrics.render(manifest, assistant.writer),
                        media_type=metrics.content_type)

    @router.get("/widget.js", include_in_schema=False)
    async def widget(assistant: AssistantDep) -> Response:
        # with a language model the widget streams its words (`/v1/ask/stream`)
        script = _static("widget.js").replace(
            '"__STREAM__"', '"true"' if assistant.phrases else '"false"')
        return Response(script, media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})

    @router.get("/", include_in_schema=False, response_class=HTMLResponse)
    async def demo(lang: LangCode = "id") -> HTMLResponse:
        """A page with the widget embedded; `?lang=ms` shows it in Malay."""
        return HTMLResponse(_static("demo.html").replace("__LANG__", lang))

    return router
