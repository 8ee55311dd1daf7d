"""A small local server that speaks the OpenAI chat completions API, with models that behave.

`POST /v1/chat/completions` answers as JSON, or with `"stream": true` as server-sent
events (`data: {chunk}` lines ending with `data: [DONE]`). The reply depends on
`behaviour`, and every request is recorded (headers and body) so tests can assert on
what left the process:

- `faithful`: the sections' own sentences, introduced in the requested language;
- `invent_amount` / `invent_office`: faithful, plus a fee or an office that is not there;
- `other_language`: a reply in the other language;
- `silent`: never answers (sleeps until stopped);
- `error_500` / `error_429`: an error status, every time;
- `echo_instruction`: follows an instruction written in the prompt (a document's or the
  question's), else faithful.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.helpers.http_server import QuietHandler, start_http, stop_http

INVENTED_AMOUNT = "Rp 150.000"
INVENTED_OFFICE = "Kantor Kecamatan Cilandak"
_SECTION = re.compile(r"<section\s[^>]*>\n(.*?)\n</section>", re.DOTALL)
_QUESTION = re.compile(r"<question>(.*?)</question>", re.DOTALL)
_ORDER = re.compile(r"\b(?:katakan|tulis|sebutkan|say)\b(?:\s+bahwa)?\s+(.+?)(?:[.!]|$)",
                    re.IGNORECASE)


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def text(self) -> str:
        """Everything the messages say, joined."""
        return "\n".join(m.get("content", "") for m in self.body.get("messages", []))


@dataclass
class FakeOpenAI:
    behaviour: str = "faithful"
    chunk_delay: float = 0.0     # seconds between streamed chunks
    requests: list[Request] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self)

        self._server = start_http(Handler)
        return self

    def stop(self) -> None:
        self._stop.set()
        stop_http(self._server)

    @property
    def url(self) -> str:
        """What `TANYAKOTA_LLM_URL` is set to."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    # --- the replies ----------------------------------------------------------------------
    def reply(self, request: Request) -> str:
        messages = request.body["messages"]
        system, user = messages[0]["content"], messages[-1]["content"]
        malay = "Bahasa Melayu" in system
        sections = _SECTION.findall(user)
        question = (_QUESTION.findall(user) or [""])[0]
        if self.behaviour == "other_language":
            return ("Anda boleh memohon di pejabat yang berdekatan. Sila bawa semua dokumen "
                    "yang diperlukan dan semak laman rasmi untuk maklumat lanjut."
                    if not malay else
                    "Anda bisa mengurusnya di kantor terdekat. Silakan bawa semua dokumen "
                    "yang diperlukan dan cek laman resminya, ya.")
        if self.behaviour == "echo_instruction":
            for sentence in re.split(r"(?<=[.!?])\s+|\n", "\n".join([*sections, question])):
                if re.search(r"\babaikan\b|\bignore\b", sentence, re.IGNORECASE):
                    order = _ORDER.search(sentence)
                    if order:
                        return order[1][:1].upper() + order[1][1:] + "."
        lines = [line.lstrip("-• ").strip() for s in sections for line in s.splitlines()]
        sentences = [line if line.endswith((".", "!", "?")) else line + "."
                     for line in lines if line]
        body = ""
        for sentence in sentences:
            if len(body) + len(sentence) > 400:
                break
            body = f"{body} {sentence}".strip()
        text = ("Jawapan ringkas: " if malay else "Jawaban singkat: ") + body
        if self.behaviour == "invent_amount":
            text += f" Biayanya {INVENTED_AMOUNT}."
        elif self.behaviour == "invent_office":
            text += f" Silakan datang ke {INVENTED_OFFICE}."
        return text

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = json.loads(handler.rfile.read(length) or b"{}")
        request = Request(handler.path, {k.lower(): v for k, v in handler.headers.items()},
                          body)
        self.requests.append(request)
        if handler.path != "/v1/chat/completions":
            return self._json(handler, 404, {"error": {"message": "not found"}})
        if self.behaviour in ("error_500", "error_429"):
            status = int(self.behaviour[-3:])
            return self._json(handler, status, {"error": {"message": "overloaded",
                                                          "type": "server_error"}},
                              {"retry-after": "0"} if status == 429 else None)
        if self.behaviour == "silent":
            self._stop.wait(60)
            return None
        text = self.reply(request)
        if not body.get("stream"):
            return self._json(handler, 200, {
                "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model"),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Connection", "close")
        handler.end_headers()
        pieces = re.findall(r"\S+\s*", text)
        try:
            for i, piece in enumerate([""] + pieces + [None]):
                delta: dict[str, Any] = ({"role": "assistant", "content": ""} if i == 0
                                         else {} if piece is None else {"content": piece})
                chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk",
                         "created": int(time.time()), "model": body.get("model"),
                         "choices": [{"index": 0, "delta": delta,
                                      "finish_reason": "stop" if piece is None else None}]}
                handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                handler.wfile.flush()
                if self.chunk_delay and piece:
                    time.sleep(self.chunk_delay)
            handler.wfile.write(b"data: [DONE]\n\n")
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True
        return None

    @staticmethod
    def _json(handler: BaseHTTPRequestHandler, status: int, payload: dict,
              headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)
