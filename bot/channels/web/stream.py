"""`POST /v1/ask/stream`: the answer as server-sent events — the model's words while it
writes (`event: delta`), then the whole answer shape (`event: answer`)."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends
from fastapi.responses import StreamingResponse

from bot.channels.web.errors import INTERNAL
from bot.channels.web.routes import CHANNEL, AssistantDep, MetricsDep, gate
from bot.channels.web.schema import ASK_EXAMPLES, AskRequest, error_responses
from bot.types import Answer

STREAM_DOC = ("`event: delta` carries `{\"text\": …}`, a piece of the language model's "
              "wording that has passed the guard so far; `event: answer` carries the answer "
              "shape of `/v1/ask` and ends the stream — show it instead of the pieces (it is "
              "the extractive answer when the guard refused the model's text). Without a "
              "model the stream is one `answer` event.")


def event(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def stream_router() -> APIRouter:
    router = APIRouter(prefix="/v1", dependencies=[Depends(gate)],
                       responses=error_responses(401, 422, 429))
    tasks: set[asyncio.Task[None]] = set()

    @router.post("/ask/stream", summary="Answer a question as a stream of events",
                 description=STREAM_DOC, response_class=StreamingResponse,
                 responses={200: {"content": {"text/event-stream": {}}},
                            **error_responses(413, 503)})
    async def ask_stream(body: Annotated[AskRequest, Body(openapi_examples=ASK_EXAMPLES)],
                         assistant: AssistantDep, metrics: MetricsDep) -> StreamingResponse:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        def on_delta(text: str) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, ("delta", text))

        async def answer() -> None:
            try:
                ask = (functools.partial(assistant.ask, on_delta=on_delta)
                       if assistant.phrases else assistant.ask)
                result = await asyncio.to_thread(ask, body.question, body.country, body.lang,
                                                 body.session_id, CHANNEL, body.doc_id)
            except Exception as exc:
                await queue.put(("error", exc))
            else:
                await queue.put(("answer", result))

        task = asyncio.create_task(answer())
        first = await queue.get()
        if first[0] == "error":  # before any byte is sent: the usual JSON error
            raise first[1]

        async def events() -> AsyncIterator[str]:
            kind, value = first
            while True:
                if kind == "delta":
                    yield event("delta", {"text": value})
                elif kind == "answer":
                    result: Answer = value
                    metrics.observe_answer(result)
                    yield event("answer", result.to_dict())
                    return
                else:
                    yield event("error", {"code": INTERNAL, "message": "internal error"})
                    return
                kind, value = await queue.get()

        tasks.add(task)  # kept until done, whether or not the client stays
        task.add_done_callback(tasks.discard)
        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache",
                                          "X-Accel-Buffering": "no"})

    return router
