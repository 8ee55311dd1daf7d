"""Two real `tanyakota serve` replicas on one PostgreSQL database: start-up together,
conversations across them, one Telegram update answered once, one shared rate limit, and
a database outage answered with 503 (never 500) and recovered from without a failure."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest

from bot.state.store import create_store
from tests.helpers.postgres import PostgresServer
from tests.helpers.replicas import Replica, replicas
from tests.helpers.telegram_fake import SECRET, TOKEN, FakeBotAPI

KEYS = "k-conv,k-rate,k-out"


@pytest.fixture(scope="module")
def telegram_fake() -> Iterator[FakeBotAPI]:
    server = FakeBotAPI().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def pair(index_dir: Path, postgres: PostgresServer,
         telegram_fake: FakeBotAPI) -> Iterator[Sequence[Replica]]:
    with replicas(index_dir, postgres.create_database(), TANYAKOTA_API_KEYS=KEYS,
                  TANYAKOTA_RATE_LIMIT="6/minute", TANYAKOTA_TELEGRAM_TOKEN=TOKEN,
                  TANYAKOTA_TELEGRAM_WEBHOOK_SECRET=SECRET,
                  TANYAKOTA_TELEGRAM_API_URL=telegram_fake.base_url) as started:
        yield started


def ask(replica: Replica, question: str, key: str = "k-conv", **body: object) -> httpx.Response:
    return httpx.post(f"{replica.url}/v1/ask", json={"question": question, **body},
                      headers={"X-API-Key": key}, timeout=60)


def test_replicas_started_together_on_an_empty_database_come_up(
        index_dir: Path, postgres: PostgresServer) -> None:
    for _trial in range(3):
        url = postgres.create_database()
        with replicas(index_dir, url) as started:
            for replica in started:
                assert httpx.get(f"{replica.url}/readyz").json()["database"] == "ok"
        assert create_store(url).ping() is None


def test_a_conversation_alternating_between_replicas_answers_as_on_one(
        pair: Sequence[Replica]) -> None:
    turns = ["Bagaimana mendaftar kelahiran bayi saya?", "MY", "berapa bayarannya?"]
    alternating = [ask(pair[i % 2], q, session_id="alt").json() for i, q in enumerate(turns)]
    one = [ask(pair[0], q, session_id="one").json() for q in turns]
    assert alternating == one
    assert alternating[0]["clarify"] is not None
    assert alternating[2]["country"] == "MY"
    assert alternating[2]["sources"][0]["doc_id"] == "my/sijil-kelahiran.md"


def test_one_telegram_update_posted_to_both_replicas_is_answered_once(
        pair: Sequence[Replica], telegram_fake: FakeBotAPI) -> None:
    message = telegram_fake.message("IC saya hilang, macam mana nak buat baru?", chat_id=4242)
    update = {"update_id": 987654, "message": message}
    for replica in pair:
        response = httpx.post(f"{replica.url}/telegram/webhook", json=update, timeout=30,
                              headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert response.status_code == 200
    answers = telegram_fake.wait_for("sendMessage", lambda p: int(p["chat_id"]) == 4242)
    assert "MyKad" in answers[0]["text"] or "IC" in answers[0]["text"]
    time.sleep(3)  # a second answer, from the other replica, would have come by now
    assert len(telegram_fake.sent(chat_id=4242)) == 1


def test_the_rate_limit_holds_across_replicas(pair: Sequence[Replica]) -> None:
    codes = [ask(pair[i % 2], f"syarat paspor {i}?", key="k-rate").status_code
             for i in range(10)]
    assert codes.count(200) == 6 and codes.count(429) == 4
    assert codes[:6] == [200] * 6


def test_an_outage_is_answered_with_503_and_the_next_requests_succeed(
        index_dir: Path, own_postgres: PostgresServer, telegram_fake: FakeBotAPI) -> None:
    url = own_postgres.create_database()
    with replicas(index_dir, url, n=1, TANYAKOTA_RATE_LIMIT="1000/minute",
                  TANYAKOTA_TELEGRAM_TOKEN=TOKEN, TANYAKOTA_TELEGRAM_WEBHOOK_SECRET=SECRET,
                  TANYAKOTA_TELEGRAM_API_URL=telegram_fake.base_url) as (replica,):
        feedback = {"question": "paspor hilang", "helpful": True, "session_id": "o1"}
        assert ask(replica, "syarat paspor baru?", session_id="o1").status_code == 200
        own_postgres.stop()
        plain = ask(replica, "syarat paspor baru apa saja?")
        assert plain.status_code == 200 and plain.json()["answered"] is True
        refused = ask(replica, "berapa harga tiket pesawat ke bulan?")
        assert refused.status_code == 200 and refused.json()["answered"] is False
        down = [ask(replica, "berapa biayanya?", session_id="o1"),
                httpx.post(f"{replica.url}/v1/feedback", json=feedback, timeout=30),
                httpx.get(f"{replica.url}/readyz", timeout=30)]
        for response in down:
            assert response.status_code == 503, response.text
            assert response.json()["code"] == "unavailable"
            assert int(response.headers["retry-after"]) >= 1
        # Telegram: the resident is told politely, in their language
        update = {"update_id": 555001, "message": telegram_fake.message(
            "KTP saya hilang, bagaimana mengurusnya?", chat_id=5151)}
        assert httpx.post(f"{replica.url}/telegram/webhook", json=update, timeout=30,
                          headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                          ).status_code == 200
        sorry = telegram_fake.wait_for("sendMessage", lambda p: int(p["chat_id"]) == 5151)
        assert "layanan sedang terganggu" in sorry[0]["text"]
        own_postgres.start()
        back = [ask(replica, "berapa biayanya?", session_id="o1"),
                httpx.post(f"{replica.url}/v1/feedback", json=feedback, timeout=30),
                httpx.get(f"{replica.url}/readyz", timeout=30),
                ask(replica, "syarat paspor baru apa saja?")]
        assert [r.status_code for r in back] == [200, 201, 200, 200]
        assert back[0].json()["sources"][0]["doc_id"].endswith("paspor.md")
        # the refusal made while the database was down is written once it is back
        store = create_store(url)
        deadline = time.monotonic() + 15
        while not store.refused() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert [r.question for r in store.refused()] == ["berapa harga tiket pesawat ke bulan?"]
