"""A small local server that speaks the parts of the Telegram Bot API the bot uses.

It serves queued updates through `getUpdates`, answers every method at
`/bot<TOKEN>/<method>` with a plausible `{"ok": true, "result": ...}` payload and records
each call, so tests can assert on what the bot sent. Residents can send locations and
photos; a photo's bytes are served by `getFile` and `/file/bot<TOKEN>/<file_path>`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

from telegram.ext import Application

from tests.helpers.http_server import QuietHandler, start_http, stop_http

TOKEN = "123456:TEST-token-never-logged-0123456789"
SECRET = "rahasia-123_webhook"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Tanyakota",
            "username": "tanyakota_bot", "can_join_groups": True,
            "can_read_all_group_messages": False, "supports_inline_queries": False}
JSON_FIELDS = {"reply_markup", "reply_parameters", "link_preview_options", "allowed_updates",
               "commands", "scope", "entities"}


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class FakeBotAPI:
    """Thread-safe record of calls plus a queue of updates; run with `start()`."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    _updates: list[dict] = field(default_factory=list)
    _messages: dict[tuple[int, int], dict] = field(default_factory=dict)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _msg_ids: itertools.count = field(default_factory=lambda: itertools.count(5000))
    _files: dict[str, bytes] = field(default_factory=dict)
    _server: ThreadingHTTPServer | None = None

    # --- running ------------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        fake = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self)

            do_GET = do_POST  # noqa: N815

        self._server = start_http(Handler)
        return self

    def stop(self) -> None:
        stop_http(self._server)

    @property
    def base_url(self) -> str:
        """What `TANYAKOTA_TELEGRAM_API_URL` is set to: the token is appended to it."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    # --- what Telegram would send -------------------------------------------------------
    @property
    def file_url(self) -> str:
        """Where the bot downloads files: Telegram's `/file/bot` beside `/bot`."""
        return self.base_url.removesuffix("/bot") + "/file/bot"

    def add_photo(self, data: bytes) -> list[dict]:
        """A photo a resident sends, as Telegram's list of sizes (the bytes are the
        largest)."""
        file_id = f"photo{next(self._ids)}"
        with self._cond:
            self._files[file_id] = data
        return [{"file_id": f"{file_id}-s", "file_unique_id": f"{file_id}-s", "width": 90,
                 "height": 60, "file_size": 1000},
                {"file_id": file_id, "file_unique_id": file_id, "width": 1280, "height": 960,
                 "file_size": len(data)}]

    def message(self, text: str | None, chat_id: int = 1001, chat_type: str = "private",
                user_id: int = 777, language_code: str | None = None,
                reply_to: dict | None = None, location: tuple[float, float] | None = None,
                photo: list[dict] | None = None) -> dict:
        """A user's message, as Telegram puts it in an update (entities filled in); a
        location or photo message has no text."""
        chat = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "Warga"
        user = {"id": user_id, "is_bot": False, "first_name": "Warga"}
        if language_code:
            user["language_code"] = language_code
        msg: dict[str, Any] = {"message_id": next(self._msg_ids), "date": int(time.time()),
                               "chat": chat, "from": user}
        if text is not None:
            msg["text"] = text
        if location is not None:
            msg["location"] = {"latitude": location[0], "longitude": location[1]}
        if photo is not None:
            msg["photo"] = photo
        entities = []
        for start, word in _words(text or ""):
            if word.startswith("/") and start == 0:
                entities.append({"type": "bot_command", "offset": 0, "length": len(word)})
            elif word.startswith("@") and len(word) > 1:
                entities.append({"type": "mention", "offset": start, "length": len(word)})
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        with self._cond:
            self._messages[(chat_id, msg["message_id"])] = msg
        return msg

    def callback(self, message: dict, data: str, user_id: int = 777,
                 language_code: str | None = None) -> dict:
        """A button press on `message` (a message the bot sent)."""
        user = {"id": user_id, "is_bot": False, "first_name": "Warga"}
        if language_code:
            user["language_code"] = language_code
        return {"id": f"cb{next(self._ids)}", "chat_instance": "ci", "from": user,
                "message": message, "data": data}

    def push(self, *, message: dict | None = None, callback_query: dict | None = None) -> dict:
        """Queue an update for `getUpdates`; returns the update."""
        update: dict[str, Any] = {"update_id": next(self._ids)}
        if message is not None:
            update["message"] = message
        if callback_query is not None:
            update["callback_query"] = callback_query
        with self._cond:
            self._updates.append(update)
            self._cond.notify_all()
        return update

    # --- assertions ---------------------------------------------------------------------
    def wait_for(self, method: str, predicate: Callable[[dict], bool] = lambda p: True,
                 count: int = 1, timeout: float = 20.0) -> list[dict]:
        """Block until `count` calls of `method` match; their params, oldest first."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c.params for c in self.calls if c.method == method and predicate(c.params)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.params.get("text", "")[:60]) for c in self.calls]
                    raise AssertionError(f"no {count}× {method} within {timeout}s; saw {seen}")
                self._cond.wait(left)

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[dict]:
        with self._cond:
            return [c.params for c in self.calls if c.method == method
                    and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    def sent_message(self, params: dict) -> dict:
        """The message object Telegram returned for a recorded sendMessage call."""
        return params["_result"]

    # --- the server side ----------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.token}/"
        path = unquote(request.path)  # file URLs come percent-encoded ("%3A" in the token)
        if path.startswith(f"/file{prefix}"):
            return self._download(request, path[len(f"/file{prefix}"):])
        if not request.path.startswith(prefix):
            return self._reply(request, 404, {"ok": False, "error_code": 404,
                                              "description": "Not Found"})
        method = request.path[len(prefix):]
        length = int(request.headers.get("content-length") or 0)
        raw = request.rfile.read(length) if length else b""
        params = _parse(raw, request.headers.get("content-type", ""))
        if method == "getUpdates":
            result: Any = self._get_updates(params)
        else:
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                return self._reply(request, 404, {"ok": False, "error_code": 404,
                                                  "description": "Not Found: method not found"})
            result = handler(params)
        with self._cond:
            if method != "getUpdates":
                self.calls.append(Call(method, {**params, "_result": result}))
            self._cond.notify_all()
        self._reply(request, 200, {"ok": True, "result": result})

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("content-type", "application/json")
        request.send_header("content-length", str(len(data)))
        request.end_headers()
        try:
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a long poll cancelled when the bot stops)

    def _get_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + wait
        with self._cond:
            if offset:  # like Telegram: an offset confirms (forgets) every earlier update
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                left = deadline - time.monotonic()
                if ready or left <= 0:
                    return ready
                self._cond.wait(left)

    def _sent(self, params: dict) -> dict:
        chat_id = int(params["chat_id"])
        msg: dict[str, Any] = {"message_id": next(self._msg_ids), "date": int(time.time()),
                               "chat": {"id": chat_id,
                                        "type": "private" if chat_id > 0 else "group"},
                               "from": BOT_USER, "text": params.get("text", "")}
        # like Telegram: a message carries only an inline keyboard (a reply keyboard or
        # its removal stays with the client)
        if (params.get("reply_markup") or {}).get("inline_keyboard"):
            msg["reply_markup"] = params["reply_markup"]
        reply = params.get("reply_parameters") or {}
        with self._cond:
            original = self._messages.get((chat_id, int(reply.get("message_id", 0))))
            if original is not None:
                msg["reply_to_message"] = original
            self._messages[(chat_id, msg["message_id"])] = msg
        return msg

    def _download(self, request: BaseHTTPRequestHandler, file_path: str) -> None:
        data = self._files.get(file_path.removeprefix("photos/"))
        if data is None:
            return self._reply(request, 404, {"ok": False, "error_code": 404,
                                              "description": "Not Found"})
        request.send_response(200)
        request.send_header("content-type", "application/octet-stream")
        request.send_header("content-length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    def _m_getFile(self, params: dict) -> dict:  # noqa: N802
        file_id = str(params["file_id"])
        data = self._files.get(file_id, b"")
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(data),
                "file_path": f"photos/{file_id}"}

    def _m_getMe(self, params: dict) -> dict:  # noqa: N802
        return BOT_USER

    def _m_sendMessage(self, params: dict) -> dict:  # noqa: N802
        return self._sent(params)

    def _m_editMessageReplyMarkup(self, params: dict) -> dict:  # noqa: N802
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._cond:
            msg = dict(self._messages.get(key) or {"message_id": key[1], "date": 0,
                                                   "chat": {"id": key[0], "type": "private"}})
            if params.get("reply_markup"):
                msg["reply_markup"] = params["reply_markup"]
            else:
                msg.pop("reply_markup", None)
            self._messages[key] = msg
        return msg

    def _m_editMessageText(self, params: dict) -> dict:  # noqa: N802
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._cond:
            msg = dict(self._messages.get(key) or {"message_id": key[1], "date": 0,
                                                   "chat": {"id": key[0], "type": "private"}})
            msg["text"] = params.get("text", "")
            if params.get("reply_markup"):
                msg["reply_markup"] = params["reply_markup"]
            else:
                msg.pop("reply_markup", None)
            self._messages[key] = msg
        return msg

    def _m_sendChatAction(self, params: dict) -> bool:  # noqa: N802
        return True

    _m_answerCallbackQuery = _m_deleteWebhook = _m_setWebhook = _m_setMyCommands = (  # noqa: N815
        _m_sendChatAction)

    def _m_getWebhookInfo(self, params: dict) -> dict:  # noqa: N802
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}


def _words(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for word in text.split(" "):
        if word:
            out.append((pos, word.rstrip("?,.!")))
        pos += len(word) + 1
    return out


def _parse(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    params: dict[str, Any] = dict(parse_qsl(raw.decode(), keep_blank_values=True))
    for key in JSON_FIELDS & params.keys():
        params[key] = json.loads(params[key])
    return params


# --- pytest fixtures (import them into a test module to use them) ----------------------


# --- driving an Application against the fake -------------------------------------

@asynccontextmanager
async def polling(app: Application) -> AsyncIterator[Application]:
    """Run `app` the way `run_polling` does, inside the test's event loop."""
    async with app:
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


async def reply_to(fake: FakeBotAPI, text: str, chat_id: int = 1001, count: int = 1,
                   **message: object) -> list[dict]:
    """Send `text` as a resident and wait for `count` messages back in that chat."""
    before = len(fake.sent(chat_id=chat_id))
    fake.push(message=fake.message(text, chat_id=chat_id, **message))
    sent = await asyncio.to_thread(fake.wait_for, "sendMessage",
                                   lambda p: int(p["chat_id"]) == chat_id, before + count)
    return sent[before:]


def buttons(params: dict) -> list[dict]:
    markup = params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]
