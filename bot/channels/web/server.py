"""Serving the web app with uvicorn, hardened: deadlines for a request's headers and body,
idle keep-alive connections closed, `X-Forwarded-For` trusted only from the configured
proxies, and every log line masked (the access log never writes a query string).

uvicorn's own keep-alive timer stops at a request's first byte and nothing bounds the rest,
so a client sending its headers a byte a minute would hold a connection forever. The
protocol here gives the headers `request_timeout_seconds` (then a 408 and the connection
closed); `BodyLimitMiddleware` gives the body as long after them (a 408 from the app); the
protocol closes a body still unfinished a little later as a backstop.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
from typing import Any

import h11
import uvicorn
from starlette.types import ASGIApp
from uvicorn.config import LOGGING_CONFIG
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.config import Settings
from bot.state.privacy import mask_query_string

# how much longer than the app's own body deadline the protocol waits before closing
BACKSTOP_SECONDS = 2.0


def _timeout_response(seconds: float) -> bytes:
    body = json.dumps({"code": "request_timeout", "message": "the request headers did not "
                       f"arrive within {seconds:g} s"}).encode()
    return (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n"
            + body)


class DeadlineH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's headers and body."""

    request_timeout: float = 15.0
    _phase = ""
    _deadline: asyncio.TimerHandle | None = None

    def _arm(self, delay: float, phase: str) -> None:
        self._disarm()
        self._phase = phase
        self._deadline = self.loop.call_later(delay, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = None
        self._phase = ""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.request_timeout, "headers")  # a silent new connection, too

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if not self._phase and self.conn.their_state is h11.IDLE:  # a request begins
            self._arm(self.request_timeout, "headers")
        super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def _follow(self) -> None:
        """The deadline for where the request is: its headers, its body, or none."""
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if self._phase != "body":  # the app bounds the body (a 408); this is a backstop
                self._arm(self.request_timeout + BACKSTOP_SECONDS, "body")
        elif state is h11.IDLE:
            # between requests uvicorn's keep-alive timer closes an idle connection; a
            # pipelined request already begun gets its header deadline
            if not self._phase and self.conn.trailing_data[0]:
                self._arm(self.request_timeout, "headers")
        elif self._phase:  # the request is in: the app takes as long as it takes
            self._disarm()

    def _expired(self) -> None:
        self._deadline = None
        self._phase = ""
        if self.transport.is_closing():
            return
        if (self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE
                and self.conn.trailing_data[0]):  # headers begun, never finished
            self.transport.write(_timeout_response(self.request_timeout))
        self.transport.close()


def deadline_protocol(seconds: float) -> type[DeadlineH11Protocol]:
    """The protocol class with its header deadline set (uvicorn builds one per connection)."""
    return type("DeadlineH11Protocol", (DeadlineH11Protocol,), {"request_timeout": seconds})


class MaskedAccessLog(logging.Filter):
    """uvicorn's access log line with the query string dropped and the path masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], mask_query_string(args[2]), *args[3:])
        return True


def log_config() -> dict[str, Any]:
    """uvicorn's logging, with personal numbers masked in every line it writes."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"mask": {"()": "bot.state.privacy.MaskingFilter"},
                         "access": {"()": "bot.channels.web.server.MaskedAccessLog"}}
    config["handlers"]["default"]["filters"] = ["mask"]
    config["handlers"]["access"]["filters"] = ["access"]
    return config


def uvicorn_config(app: ASGIApp, settings: Settings, host: str = "127.0.0.1",
                   port: int = 8000, log_level: str = "info") -> uvicorn.Config:
    """The server for `app` with the deployment's deadlines and trusted proxies."""
    proxies = list(settings.forwarded_allow_ips)
    return uvicorn.Config(
        app, host=host, port=port, log_level=log_level, log_config=log_config(),
        http=deadline_protocol(settings.request_timeout_seconds),
        timeout_keep_alive=max(1, round(settings.keep_alive_seconds)),
        proxy_headers=bool(proxies), forwarded_allow_ips=proxies or None,
        server_header=False, lifespan="on")


def run(app: ASGIApp, settings: Settings, host: str, port: int) -> None:
    uvicorn.Server(uvicorn_config(app, settings, host, port)).run()
