"""A small local server that speaks the part of Meta's Graph API the WhatsApp bot uses,
and builders for the webhooks the Cloud API would send.

`POST /{phone_number_id}/messages` checks the bearer token, records the body and answers
like the Cloud API (`{"messaging_product", "contacts", "messages": [{"id": "wamid…"}]}`
for a message, `{"success": true}` for a read mark). `fail_next` scripts errors first:
a 429 rate limit, then success; or a permanent error such as 131047.

Media a resident sent (`add_media`) is served as the Cloud API serves it: `GET
/{media-id}` gives its address, size and type, and that address (standing in for
lookaside.fbsbx.com) gives the bytes, both to the bearer token only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.helpers.http_server import QuietHandler, start_http, stop_http

TOKEN = "EAAG-test-token-never-logged-0123456789abcdef"
PHONE_NUMBER_ID = "106540352242922"
APP_SECRET = "app-secret-for-signatures"
VERIFY_TOKEN = "verify-me-123"
RESIDENT = "6281234567890"  # an Indonesian mobile number
RESIDENT_MY = "60123456789"  # a Malaysian one


@dataclass(frozen=True)
class Failure:
    status: int
    code: int
    message: str


@dataclass
class FakeGraphAPI:
    """Thread-safe record of what the bot POSTed; run with `start()`."""

    token: str = TOKEN
    phone_number_id: str = PHONE_NUMBER_ID
    posts: list[dict[str, Any]] = field(default_factory=list)
    refused: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    _failures: list[Failure] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    # (path, status) of every GET: media looked up and downloaded
    gets: list[tuple[str, int]] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    media_host: str = "127.0.0.1"  # the host the media download addresses name

    def start(self) -> FakeGraphAPI:
        fake = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self)

            def do_GET(self) -> None:  # noqa: N802
                fake._serve_media(self)

        self._server = start_http(Handler)
        return self

    def stop(self) -> None:
        stop_http(self._server)

    @property
    def api_url(self) -> str:
        """What `TANYAKOTA_WHATSAPP_API_URL` is set to (like `https://graph.facebook.com/v21.0`)."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v21.0"

    def fail_next(self, status: int, code: int, message: str, times: int = 1) -> None:
        """Answer the next `times` message POSTs with this Graph API error."""
        with self._cond:
            self._failures += [Failure(status, code, message)] * times

    def add_media(self, data: bytes, mime_type: str = "image/jpeg") -> str:
        """A file a resident sent; its media id."""
        media_id = str(9_000_000_000 + next(self._ids))
        with self._cond:
            self.media[media_id] = (data, mime_type)
        return media_id

    # --- assertions ---------------------------------------------------------------------
    def messages(self, to: str | None = None) -> list[dict[str, Any]]:
        """The messages sent (read marks left out), oldest first."""
        with self._cond:
            return [p for p in self.posts if "type" in p and (to is None or p["to"] == to)]

    def wait_for(self, count: int, to: str | None = None,
                 predicate: Callable[[dict[str, Any]], bool] = lambda p: True,
                 timeout: float = 30.0) -> list[dict[str, Any]]:
        """Block until `count` sent messages match; all that match, oldest first."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [p for p in self.messages(to) if predicate(p)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {count} messages within {timeout}s; saw "
                                         f"{[body_of(p)[:60] for p in self.messages()]}")
                self._cond.wait(left)

    # --- the server side ----------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        if request.path != f"/v21.0/{self.phone_number_id}/messages":
            return self._reply(request, 400, _error(100, "Unsupported post request."))
        length = int(request.headers.get("content-length") or 0)
        data = json.loads(request.rfile.read(length) or b"{}")
        if request.headers.get("authorization") != f"Bearer {self.token}":
            with self._cond:
                self.refused.append((401, data))
            return self._reply(request, 401, _error(190, "Invalid OAuth access token."))
        with self._cond:
            failure = self._failures.pop(0) if self._failures and "type" in data else None
            if failure is not None:
                self.refused.append((failure.status, data))
            else:
                self.posts.append(data)
            self._cond.notify_all()
        if failure is not None:
            return self._reply(request, failure.status, _error(failure.code, failure.message))
        if data.get("status") == "read":
            return self._reply(request, 200, {"success": True})
        self._reply(request, 200, {"messaging_product": "whatsapp",
                                   "contacts": [{"input": data.get("to"),
                                                 "wa_id": data.get("to")}],
                                   "messages": [{"id": wamid(str(data.get("to")),
                                                             next(self._ids))}]})

    def _serve_media(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        kind, _, media_id = path.rpartition("/")
        with self._cond:
            found = self.media.get(media_id)
        if request.headers.get("authorization") != f"Bearer {self.token}":
            status, body = 401, _error(190, "Invalid OAuth access token.")
        elif found is None or kind not in ("/v21.0", "/media"):
            status, body = 400, _error(100, "Unsupported get request.")
        else:
            status = 200
        with self._cond:
            self.gets.append((path, status))
        if status != 200 or found is None:
            return self._reply(request, status, body)
        data, mime = found
        if kind == "/v21.0":
            port = self._server.server_address[1] if self._server else 0
            return self._reply(request, 200, {
                "messaging_product": "whatsapp", "id": media_id, "mime_type": mime,
                "sha256": hashlib.sha256(data).hexdigest(), "file_size": len(data),
                "url": f"http://{self.media_host}:{port}/media/{media_id}?ext=1"})
        self._reply(request, 200, data, mime)

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: dict[str, Any] | bytes,
               content_type: str = "application/json") -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        request.send_response(status)
        request.send_header("content-type", content_type)
        request.send_header("content-length", str(len(raw)))
        request.end_headers()
        try:
            request.wfile.write(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass


def _error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"message": f"(#{code}) {message}", "type": "OAuthException",
                      "code": code, "error_data": {"messaging_product": "whatsapp",
                                                   "details": message},
                      "fbtrace_id": "Ab12Cd34"}}


def body_of(message: dict[str, Any]) -> str:
    """The text a sent message shows (a text's body, an interactive message's body)."""
    if message.get("type") == "text":
        return str(message["text"]["body"])
    return str(message.get("interactive", {}).get("body", {}).get("text", ""))


def buttons_of(message: dict[str, Any]) -> list[dict[str, str]]:
    action = message.get("interactive", {}).get("action", {})
    return [b["reply"] for b in action.get("buttons", [])]


def rows_of(message: dict[str, Any]) -> list[dict[str, str]]:
    action = message.get("interactive", {}).get("action", {})
    return [r for s in action.get("sections", []) for r in s["rows"]]


# --- what the Cloud API sends to the webhook ----------------------------------------------
_serial = itertools.count(1)


def wamid(wa_id: str, serial: int | None = None) -> str:
    """A message id shaped like WhatsApp's: base64 around the number (as the real ones)."""
    n = next(_serial) if serial is None else serial
    inner = b"\x15\x02\x00\x12\x18\x14" + hashlib.sha1(f"{wa_id}{n}{time.time()}".encode()
                                                        ).hexdigest()[:20].upper().encode()
    return "wamid." + base64.b64encode(b"\x18\x0d" + wa_id.encode() + inner).decode()


def webhook(*messages: dict[str, Any], statuses: list[dict[str, Any]] | None = None,
            wa_id: str = RESIDENT, phone_number_id: str = PHONE_NUMBER_ID) -> dict[str, Any]:
    """The `messages` webhook body for `messages` from `wa_id`."""
    value: dict[str, Any] = {"messaging_product": "whatsapp",
                             "metadata": {"display_phone_number": "15550001111",
                                          "phone_number_id": phone_number_id}}
    if messages:
        value["contacts"] = [{"profile": {"name": "Budi Warga"}, "wa_id": wa_id}]
        value["messages"] = list(messages)
    if statuses is not None:
        value["statuses"] = statuses
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "102290129340398", "changes": [{"value": value,
                                                             "field": "messages"}]}]}


def message(kind: str, wa_id: str = RESIDENT, **content: Any) -> dict[str, Any]:
    return {"from": wa_id, "id": wamid(wa_id), "timestamp": str(int(time.time())),
            "type": kind, **content}


def text(body: str, wa_id: str = RESIDENT) -> dict[str, Any]:
    return message("text", wa_id, text={"body": body})


def button_reply(button: dict[str, str], context_id: str, wa_id: str = RESIDENT
                 ) -> dict[str, Any]:
    """A press of a reply button the bot sent (`button` as in `buttons_of`)."""
    return {**message("interactive", wa_id, interactive={
        "type": "button_reply", "button_reply": {"id": button["id"], "title": button["title"]}}),
        "context": {"from": "15550001111", "id": context_id}}


def list_reply(row: dict[str, str], context_id: str, wa_id: str = RESIDENT) -> dict[str, Any]:
    reply = {"id": row["id"], "title": row["title"], **(
        {"description": row["description"]} if row.get("description") else {})}
    return {**message("interactive", wa_id, interactive={"type": "list_reply",
                                                         "list_reply": reply}),
            "context": {"from": "15550001111", "id": context_id}}


def location(latitude: float, longitude: float, name: str | None = None,
             address: str | None = None, wa_id: str = RESIDENT) -> dict[str, Any]:
    """A pin the resident dropped (or, with `name` and `address`, a place they picked)."""
    place = {k: v for k, v in (("name", name), ("address", address)) if v}
    return message("location", wa_id, location={"latitude": latitude, "longitude": longitude,
                                                **place})


def image(media_id: str, mime_type: str = "image/jpeg", wa_id: str = RESIDENT,
          as_document: bool = False) -> dict[str, Any]:
    """A photo the resident sent (`media_id` from `FakeGraphAPI.add_media`)."""
    kind = "document" if as_document else "image"
    return message(kind, wa_id, **{kind: {"mime_type": mime_type, "sha256": "abc=",
                                          "id": media_id}})


def voice_note(wa_id: str = RESIDENT) -> dict[str, Any]:
    return message("audio", wa_id, audio={"mime_type": "audio/ogg; codecs=opus",
                                          "sha256": "abc=", "id": "1234567890", "voice": True})


def status(state: str, wa_id: str = RESIDENT) -> dict[str, Any]:
    return {"id": wamid(wa_id), "status": state, "timestamp": str(int(time.time())),
            "recipient_id": wa_id,
            "pricing": {"billable": False, "pricing_model": "PMP", "category": "service"}}


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
