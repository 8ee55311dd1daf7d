"""The city's side of report forwarding, for tests: a real SMTP server (aiosmtpd, with
login) and a webhook receiver, each on a fixed local port so a test can stop and start
them again; and the settings that point a deployment at both."""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import json
import logging
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from http.server import ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pydantic import SecretStr

from bot.assistant import Assistant
from bot.config import Settings
from bot.factory import make_reports
from bot.state.store import Store
from tests.helpers.http_server import QuietHandler, free_port, start_http, stop_http

SMTP_USER, SMTP_PASSWORD = "kota", "sandi-rahasia"
WEBHOOK_SECRET = "webhook-rahasia-0123"
DESK = "aduan@kota.example.go.id"


@dataclass
class MailServer:
    """An SMTP server that accepts mail only after LOGIN/PLAIN with the test credentials."""

    port: int = field(default_factory=free_port)
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str], str | None]] = field(default_factory=list)
    _controller: Controller | None = None
    _lock: threading.Condition = field(default_factory=threading.Condition)

    def start(self) -> MailServer:
        server = self

        class Handler:
            async def handle_DATA(self, smtp: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                message = email.message_from_bytes(envelope.original_content,
                                                   policy=email.policy.default)
                with server._lock:
                    server.messages.append(message)  # type: ignore[arg-type]
                    server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos),
                                             getattr(session, "tk_login", None)))
                    server._lock.notify_all()
                return "250 OK"

        def authenticator(smtp: Any, session: Any, envelope: Any, mechanism: str,
                          data: Any) -> AuthResult:
            ok = isinstance(data, LoginPassword) and (data.login.decode(),
                                                      data.password.decode()) == (
                SMTP_USER, SMTP_PASSWORD)
            if ok:
                session.tk_login = data.login.decode()
            return AuthResult(success=ok, handled=False)

        # login over a plain connection is fine on the loopback interface of a test
        warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
        logging.getLogger("mail.log").setLevel(logging.ERROR)
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                      authenticator=authenticator, auth_required=True,
                                      auth_require_tls=False)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def wait_for(self, count: int, timeout: float = 20.0) -> list[EmailMessage]:
        return _wait(self._lock, lambda: self.messages, count, timeout, "mails")


@dataclass(frozen=True)
class Hook:
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)

    def signed(self, secret: str = WEBHOOK_SECRET) -> bool:
        expected = "sha256=" + hmac.new(secret.encode(), self.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(self.headers.get("x-tanyakota-signature", ""), expected)


@dataclass
class WebhookReceiver:
    """The city's case system: records every POST and answers 200 (or `status`)."""

    port: int = field(default_factory=free_port)
    hooks: list[Hook] = field(default_factory=list)
    status: int = 200
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Condition = field(default_factory=threading.Condition)

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if receiver.status < 300:
                    with receiver._lock:
                        receiver.hooks.append(Hook({k.lower(): v for k, v in
                                                    self.headers.items()}, body))
                        receiver._lock.notify_all()
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

        self._server = start_http(Handler, self.port)
        return self

    def stop(self) -> None:
        stop_http(self._server)
        self._server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/cases"

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Hook]:
        return _wait(self._lock, lambda: self.hooks, count, timeout, "webhook calls")


def _wait(lock: threading.Condition, items: Callable[[], list], count: int, timeout: float,
          what: str) -> list:
    deadline = time.monotonic() + timeout
    with lock:
        while len(items()) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{len(items())} {what} within {timeout}s, wanted {count}")
            lock.wait(left)
        return list(items())


@pytest.fixture
def mail_server() -> Iterator[MailServer]:
    server = MailServer().start()
    yield server
    server.stop()


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver().start()
    yield receiver
    receiver.stop()


def forwarding(settings: Settings, mail: MailServer, hook: WebhookReceiver,
               retry_seconds: float = 0.3, **more: object) -> Settings:
    """`settings` forwarding reports to `mail` and `hook`."""
    return settings.model_copy(update={
        "smtp_url": mail.url, "smtp_user": SMTP_USER, "smtp_password": SecretStr(SMTP_PASSWORD),
        "reports_email": DESK, "reports_from": "tanyakota@kota.example.go.id",
        "reports_webhook_url": hook.url, "reports_webhook_secret": SecretStr(WEBHOOK_SECRET),
        "reports_retry_seconds": retry_seconds, **more})


@pytest.fixture
def reporting(assistant: Assistant, store: Store, settings: Settings, mail_server: MailServer,
              webhook: WebhookReceiver) -> Assistant:
    """The front desk keeping reports in this test's store, forwarding them to the local
    mail server and webhook (retried every 0.3 s)."""
    desk = assistant.with_store(store)
    return replace(desk, reports=make_reports(forwarding(settings, mail_server, webhook),
                                              store, desk.complaint_channel))


def eventually(check: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.05)


def delivered_once(desk: Assistant, reference: str) -> bool:
    """Every delivery of the report made, each at its first attempt."""
    assert desk.reports is not None
    rows = desk.reports.store.outbox(reference)
    return bool(rows) and all(done for *_, done in rows) and (
        sorted((target, event, attempts) for _, target, event, attempts, _ in rows)
        == [("email", "created", 1), ("webhook", "created", 1)])
