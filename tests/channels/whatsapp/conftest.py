"""The WhatsApp channel's fixtures: the local Graph API stand-in, settings pointing at
it, and the real web app served over HTTP with signed webhook posts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from tests.helpers.graph_fake import (
    APP_SECRET,
    PHONE_NUMBER_ID,
    TOKEN,
    VERIFY_TOKEN,
    FakeGraphAPI,
    sign,
)
from tests.helpers.http_server import serve

Post = Callable[[dict[str, Any]], httpx.Response]


@pytest.fixture
def graph() -> Iterator[FakeGraphAPI]:
    server = FakeGraphAPI().start()
    yield server
    server.stop()


@pytest.fixture
def wa_settings(settings: Settings, graph: FakeGraphAPI, db_url: str) -> Settings:
    """The test settings with WhatsApp on, pointed at the Graph API stand-in."""
    return settings.model_copy(update={
        "whatsapp_token": TOKEN, "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "whatsapp_app_secret": APP_SECRET, "whatsapp_verify_token": VERIFY_TOKEN,
        "whatsapp_api_url": graph.api_url, "whatsapp_retry_seconds": 0.02,
        "database_url": db_url, "rate_limit": "100000/minute"})


def serve_whatsapp(settings: Settings, assistant: Assistant) -> Iterator[str]:
    with serve(create_app(settings, assistant)) as url:
        yield url


@pytest.fixture
def base_url(wa_settings: Settings, with_store: Assistant) -> Iterator[str]:
    """The whole web app, with the WhatsApp webhook, on a local port."""
    yield from serve_whatsapp(wa_settings, with_store)


def post_to(base_url: str) -> Post:
    def post(body: dict[str, Any]) -> httpx.Response:
        raw = json.dumps(body).encode()
        return httpx.post(f"{base_url}/whatsapp/webhook", content=raw, timeout=10,
                          headers={"content-type": "application/json",
                                   "x-hub-signature-256": sign(raw)})
    return post


@pytest.fixture
def post(base_url: str) -> Post:
    """POST a webhook body as the Cloud API does: signed with the app secret."""
    return post_to(base_url)
