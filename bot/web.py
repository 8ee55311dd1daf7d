"""The HTTP API (FastAPI), built by an app factory."""

import asyncio
import logging
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator

from bot.answer import Answerer, InvalidQuestion
from indexer.config import Settings
from indexer.errors import TanyakotaError

log = logging.getLogger(__name__)


class AskRequest(BaseModel):
    question: str = Field(description="The resident's question, 1–1,000 characters.")
    country: Literal["ID", "MY"] | None = None
    lang: Literal["id", "ms"] | None = None
    session_id: str | None = Field(default=None, max_length=128)

    @field_validator("question")
    @classmethod
    def _trimmed(cls, value: str) -> str:
        value = value.strip()
        if not 1 <= len(value) <= 1000:
            raise ValueError("question must be 1 to 1000 characters after trimming")
        return value


def get_answerer(request: Request) -> Answerer:
    return request.app.state.answerer


AnswererDep = Annotated[Answerer, Depends(get_answerer)]


def create_app(settings: Settings, answerer: Answerer) -> FastAPI:
    app = FastAPI(title="Tanyakota", version="0.1.0",
                  description="Ask the city: public-service answers in Indonesian and Malay.")
    app.state.settings = settings
    app.state.answerer = answerer

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        field_name = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse(status_code=422, content={
            "code": "invalid_request", "field": field_name or None,
            "message": f"{field_name or 'body'}: {first.get('msg', 'invalid request')}"})

    @app.exception_handler(TanyakotaError)
    async def _ours(request: Request, exc: TanyakotaError) -> JSONResponse:
        status = 422 if isinstance(exc, InvalidQuestion) else 503
        return JSONResponse(status_code=status, content={
            "code": type(exc).__name__, "message": str(exc)})

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(answerer: AnswererDep) -> dict:
        return {"status": "ready",
                "index": answerer.holder.current().version.manifest.summary()}

    @app.post("/v1/ask")
    async def ask(body: AskRequest, answerer: AnswererDep) -> dict:
        answer = await asyncio.to_thread(answerer.ask, body.question, body.country, body.lang,
                                         body.session_id)
        return answer.to_dict()

    return app
