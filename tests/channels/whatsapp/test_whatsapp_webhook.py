"""The webhook itself over real HTTP: Meta's handshake, signatures, updates that carry
no question (statuses, malformed bodies), and replies finishing on shutdown."""

from __future__ import annotations

import json
import logging
import time

import httpx
import pytest

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.types import Answer
from tests.channels.whatsapp.conftest import Post, post_to
from tests.helpers.graph_fake import (
    APP_SECRET,
    RESIDENT,
    VERIFY_TOKEN,
    FakeGraphAPI,
    body_of,
    sign,
    status,
    text,
    webhook,
)
from tests.helpers.http_server import serve


def test_handshake_returns_the_challenge_only_for_the_right_verify_token(
        base_url: str) -> None:
    url = f"{base_url}/whatsapp/webhook"
    ok = httpx.get(url, params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                                "hub.challenge": "1158201444"})
    assert ok.status_code == 200 and ok.text == "1158201444"
    assert ok.headers["content-type"].startswith("text/plain")
    wrong = httpx.get(url, params={"hub.mode": "subscribe", "hub.verify_token": "guess",
                                   "hub.challenge": "1158201444"})
    assert wrong.status_code == 403 and "1158201444" not in wrong.text
    mode = httpx.get(url, params={"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN,
                                  "hub.challenge": "1"})
    assert mode.status_code == 403
    assert httpx.get(url).status_code == 403


def test_only_a_body_signed_with_the_app_secret_is_answered(
        base_url: str, graph: FakeGraphAPI) -> None:
    url = f"{base_url}/whatsapp/webhook"
    raw = json.dumps(webhook(text("KTP saya hilang, gimana ngurusnya?"))).encode()
    headers = {"content-type": "application/json"}
    missing = httpx.post(url, content=raw, headers=headers)
    wrong = httpx.post(url, content=raw, headers={**headers,
                                                  "x-hub-signature-256": sign(raw, "not-it")})
    tampered = httpx.post(url, content=raw.replace(b"KTP", b"SIM"),
                          headers={**headers, "x-hub-signature-256": sign(raw)})
    assert [r.status_code for r in (missing, wrong, tampered)] == [403, 403, 403]
    right = httpx.post(url, content=raw, headers={**headers,
                                                  "x-hub-signature-256": sign(raw, APP_SECRET)})
    assert right.status_code == 200
    (answer, _) = graph.wait_for(2, RESIDENT)
    assert "Penggantian KTP-el" in body_of(answer)
    time.sleep(0.3)  # room for a wrong answer to the refused posts
    assert len(graph.messages()) == 2


def test_statuses_are_accepted_silently(post: Post, graph: FakeGraphAPI,
                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    for state in ("sent", "delivered", "read"):
        assert post(webhook(statuses=[status(state)])).status_code == 200
    time.sleep(0.3)
    assert graph.posts == [] and graph.refused == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_failed_status_is_logged_by_code_without_the_number(
        post: Post, caplog: pytest.LogCaptureFixture) -> None:
    failed = {**status("failed"), "errors": [{
        "code": 131047, "title": "Re-engagement message",
        "error_data": {"details": f"Message to {RESIDENT} failed: more than 24 hours"}}]}
    assert post(webhook(statuses=[failed])).status_code == 200
    assert "code 131047 (Re-engagement message)" in caplog.text
    assert RESIDENT not in caplog.text


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"object": "page", "entry": []}',
                                  b'{"object": "whatsapp_business_account", "entry": 7}'])
def test_malformed_updates_get_200_and_a_warning(base_url: str, graph: FakeGraphAPI,
                                                 caplog: pytest.LogCaptureFixture,
                                                 body: bytes) -> None:
    response = httpx.post(f"{base_url}/whatsapp/webhook", content=body,
                          headers={"x-hub-signature-256": sign(body)})
    assert response.status_code == 200
    assert "ignored a malformed WhatsApp update" in caplog.text
    assert graph.posts == []


def test_an_odd_message_is_skipped_and_the_rest_answered(
        post: Post, graph: FakeGraphAPI, caplog: pytest.LogCaptureFixture) -> None:
    broken = {"from": RESIDENT, "type": "text"}  # no id
    other_number = webhook(text("paspor"), phone_number_id="999")
    assert post(other_number).status_code == 200
    assert post(webhook(broken, text("KTP saya hilang, gimana ngurusnya?"))).status_code == 200
    (answer, _) = graph.wait_for(2, RESIDENT)
    assert "Penggantian KTP-el" in body_of(answer)
    assert "a message without sender, id or type" in caplog.text
    assert "a change for another business number" in caplog.text
    time.sleep(0.2)
    assert len(graph.messages()) == 2  # nothing for the other business number


def test_without_the_settings_there_is_no_webhook(settings: Settings,
                                                  with_store: Assistant) -> None:
    with serve(create_app(settings, with_store)) as url:
        assert httpx.get(f"{url}/whatsapp/webhook").status_code == 404
        assert httpx.post(f"{url}/whatsapp/webhook", content=b"{}").status_code in (404, 405)


class SlowAssistant(Assistant):
    def ask(self, *args: object, **kwargs: object) -> Answer:
        time.sleep(1.5)
        return super().ask(*args, **kwargs)  # type: ignore[arg-type]


def test_replies_under_way_finish_when_the_server_stops(
        wa_settings: Settings, with_store: Assistant, graph: FakeGraphAPI) -> None:
    slow = SlowAssistant(holder=with_store.holder, answerer=with_store.answerer,
                         conversation=with_store.conversation, store=with_store.store)
    with serve(create_app(wa_settings, slow)) as url:
        assert post_to(url)(webhook(text("KTP saya hilang, gimana ngurusnya?"))
                            ).status_code == 200
        assert graph.messages() == []  # the webhook answered before the work was done
    # the server has stopped: its shutdown waited for the reply
    assert "Penggantian KTP-el" in body_of(graph.messages(RESIDENT)[0])
