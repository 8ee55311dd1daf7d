import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from bot.web import create_app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(settings, answerer) -> Iterator[str]:
    """The real app, served by uvicorn on a local port."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, answerer), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_ask_over_http_answers_in_the_answer_shape(base_url: str) -> None:
    response = httpx.post(f"{base_url}/v1/ask", json={"question": "IC saya hilang, macam mana "
                                                      "nak buat baru?"}, timeout=30)
    assert response.status_code == 200
    body = response.json()
    assert body["answered"] is True and body["lang"] == "ms"
    assert body["sources"][0]["doc_id"] == "my/mykad-hilang.md"


def test_bad_requests_get_4xx_with_a_message(base_url: str) -> None:
    empty = httpx.post(f"{base_url}/v1/ask", json={"question": "   "})
    assert empty.status_code == 422 and empty.json()["field"] == "question"
    country = httpx.post(f"{base_url}/v1/ask", json={"question": "paspor", "country": "SG"})
    assert country.status_code == 422 and "country" in country.json()["message"]
    junk = httpx.post(f"{base_url}/v1/ask", content=b"{not json",
                      headers={"content-type": "application/json"})
    assert junk.status_code == 422 and junk.json()["code"] == "invalid_request"


def test_readyz_reports_the_index(base_url: str) -> None:
    body = httpx.get(f"{base_url}/readyz").json()
    assert body["status"] == "ready" and body["index"]["documents"] == 6
