"""The bot in webhook mode inside the real web app, served by uvicorn on a local port:
updates are POSTed to /telegram/webhook as Telegram would, replies go to the fake Bot API."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.assistant import Assistant
from bot.channels.telegram.app import build_application
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.state.store import Store
from tests.helpers.http_server import serve as serve_app
from tests.helpers.telegram_fake import SECRET, FakeBotAPI

HEADER = "X-Telegram-Bot-Api-Secret-Token"


def serve(settings: Settings, assistant: Assistant, store: Store) -> Iterator[str]:
    application = build_application(settings, assistant.with_store(store), webhook=True)
    assert application.updater is None
    with serve_app(create_app(settings, assistant.with_store(store), telegram=application)) as url:
        yield url


@pytest.fixture
def web(bot_settings: Settings, with_store: Assistant, store: Store) -> Iterator[str]:
    yield from serve(bot_settings, with_store, store)


def post(base: str, update: dict | bytes, secret: str | None = SECRET) -> httpx.Response:
    headers = {HEADER: secret} if secret is not None else {}
    if isinstance(update, bytes):
        headers["content-type"] = "application/json"
        return httpx.post(f"{base}/telegram/webhook", content=update, headers=headers)
    return httpx.post(f"{base}/telegram/webhook", json=update, headers=headers)


def test_webhook_update_is_answered_through_the_bot_api(web: str, fake: FakeBotAPI) -> None:
    update = {"update_id": 1, "message": fake.message("IC saya hilang, macam mana nak buat baru?")}
    response = post(web, update)  # queued for the application, answered after the 200
    assert response.status_code == 200 and response.json() == {"ok": True}
    (sent,) = fake.wait_for("sendMessage")
    assert 'href="https://www.jpn.gov.my/">Penggantian MyKad Hilang atau Rosak</a>' in sent["text"]
    assert "dikemas kini" in sent["text"]
    assert [b["text"] for row in sent["reply_markup"]["inline_keyboard"] for b in row] == [
        "👍", "👎"]


def test_webhook_feedback_press_is_stored(web: str, fake: FakeBotAPI, store: Store) -> None:
    post(web, {"update_id": 1, "message": fake.message("Berapa bayaran pasport?")})
    (answer,) = fake.wait_for("sendMessage")
    up = answer["reply_markup"]["inline_keyboard"][-1][0]["callback_data"]
    post(web, {"update_id": 2, "callback_query": fake.callback(fake.sent_message(answer), up)})
    (ack,) = fake.wait_for("answerCallbackQuery")
    assert ack["text"] == "Terima kasih atas maklum balas anda!"
    fake.wait_for("editMessageReplyMarkup")
    (feedback,) = store.feedback()
    assert feedback.helpful and feedback.doc_id == "my/pasport.md"
    assert feedback.question == "Berapa bayaran pasport?"


def test_a_redelivered_update_is_answered_once(web: str, fake: FakeBotAPI) -> None:
    update = {"update_id": 41, "message": fake.message("Berapa bayaran pasport?")}
    for _ in range(3):  # Telegram redelivers when it is unsure the webhook got it
        response = post(web, update)
        assert response.status_code == 200 and response.json() == {"ok": True}
    fake.wait_for("sendMessage")
    post(web, {"update_id": 42, "message": fake.message("ktp hilang gimana")})
    fake.wait_for("sendMessage", count=2)  # a new update still gets its answer
    time.sleep(0.5)
    assert len(fake.sent()) == 2


def test_a_message_with_a_lone_surrogate_still_gets_an_answer(web: str,
                                                              fake: FakeBotAPI) -> None:
    update = {"update_id": 7, "message": fake.message("Berapa bayaran \ud800 pasport?\u0000")}
    raw = json.dumps(update).encode()  # the escapes travel as `\\ud800`, as Telegram's JSON may
    assert b"\\ud800" in raw
    assert post(web, raw).status_code == 200
    (sent,) = fake.wait_for("sendMessage")
    assert "pasport" in sent["text"].lower() and "Maaf" not in sent["text"]  # answered


def test_webhook_refuses_requests_without_the_right_secret(web: str, fake: FakeBotAPI) -> None:
    update = {"update_id": 1, "message": fake.message("ktp hilang")}
    for secret in (None, "", "wrong-secret", SECRET + "x"):
        response = post(web, update, secret=secret)
        assert response.status_code == 403, secret
        assert response.json()["code"] == "forbidden"
    time.sleep(0.2)
    assert fake.sent() == []


def test_webhook_rejects_malformed_bodies_with_a_json_400(web: str, fake: FakeBotAPI) -> None:
    for body in (b"{not json", b"[1, 2]", b'{"update_id": "seven"}', b"",
                 b'{"update_id": true}',
                 b'{"update_id": 3, "message": {"text": "no chat"}}'):
        response = post(web, body)
        assert response.status_code == 400, body
        assert response.json()["code"] == "invalid_update"
    assert httpx.get(f"{web}/healthz").status_code == 200  # the app is still fine


def test_webhook_without_a_configured_secret_refuses_everything(
        bot_settings: Settings, with_store: Assistant, store: Store, fake: FakeBotAPI) -> None:
    open_settings = bot_settings.model_copy(update={"telegram_webhook_secret": None})
    for base in serve(open_settings, with_store, store):
        response = post(base, {"update_id": 1, "message": fake.message("ktp hilang")},
                        secret="")
        assert response.status_code == 403
        assert post(base, {"update_id": 2}, secret="anything").status_code == 403
