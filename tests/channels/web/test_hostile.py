"""Hostile and careless clients against the real server (the hardened uvicorn of
`tanyakota serve`) over real sockets: invalid Unicode, stalled requests, headers, HEAD,
CORS, trusted proxies. Deadlines are set short here (1.5 s) so each test stays fast."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.channels.web.server import uvicorn_config
from bot.config import Settings
from bot.state.store import Store
from tests.helpers.http_server import free_port, serve

TIMEOUT = 1.5     # TANYAKOTA_REQUEST_TIMEOUT_SECONDS in these tests
KEEP_ALIVE = 2.0  # TANYAKOTA_KEEP_ALIVE_SECONDS
GRACE = 3.0       # how much later than its deadline a stalled connection may close
SURROGATE_ASK = b'{"question": "ktp \\ud800 hilang"}'


@contextmanager
def hardened(settings: Settings, assistant: Assistant, **changes: object) -> Iterator[str]:
    tuned = settings.model_copy(update={"rate_limit": "100000/minute",
                                        "request_timeout_seconds": TIMEOUT,
                                        "keep_alive_seconds": KEEP_ALIVE, **changes})
    app = create_app(tuned, assistant)
    with serve(app, uvicorn_config(app, tuned, port=free_port(), log_level="warning")) as url:
        yield url


@pytest.fixture(scope="module")
def base_url(settings: Settings, assistant: Assistant, store: Store) -> Iterator[str]:
    with hardened(settings, assistant.with_store(store)) as url:
        yield url


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from bot.state.store import create_store

    return create_store(f"sqlite:///{tmp_path_factory.mktemp('hostile')}/tanyakota.db")


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=TIMEOUT + KEEP_ALIVE + GRACE)
    return sock


def request(method: str, path: str, body: bytes = b"", **headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: test"]
    if body or method == "POST":
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One response from the socket (status, headers, body); raises if it closed first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the connection closed before a response: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "the connection closed within a response body"
        body += chunk
    return int(status_line.split()[1]), headers, body


def closed_within(sock: socket.socket, seconds: float) -> tuple[float, bytes]:
    """How long until the server closed the connection, and what it sent before."""
    start = time.monotonic()
    sock.settimeout(seconds)
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except TimeoutError:
        pytest.fail(f"the connection was still open after {seconds} s: {received!r}")
    except ConnectionResetError:
        pass
    return time.monotonic() - start, received


# --- invalid Unicode ---------------------------------------------------------------------

def test_lone_surrogate_on_ask_and_feedback_is_no_500_and_keeps_the_connection(
        base_url: str, store: Store) -> None:
    with connect(base_url) as sock:
        sock.sendall(request("POST", "/v1/ask", SURROGATE_ASK))
        status, _, body = read_response(sock)
        assert status == 200 and "answered" in json.loads(body)
        feedback = (b'{"question": "ktp \\ud800 hilang", "helpful": false, '
                    b'"comment": "tidak \\udfff jelas\\u0000", "session_id": "s\\ud800"}')
        sock.sendall(request("POST", "/v1/feedback", feedback))
        status, _, body = read_response(sock)
        assert status == 201, body
        sock.sendall(request("GET", "/healthz"))  # the same keep-alive connection
        assert read_response(sock)[0] == 200
    (stored,) = [f for f in store.feedback() if f.comment and "jelas" in f.comment]
    assert (stored.question, stored.comment, stored.session_id) == (
        "ktp hilang", "tidak jelas", "s")


def test_a_question_of_nothing_but_invalid_characters_is_a_422_naming_the_field(
        base_url: str) -> None:
    with connect(base_url) as sock:
        sock.sendall(request("POST", "/v1/ask", b'{"question": "\\udfff\\u0000\\u200b"}'))
        status, headers, body = read_response(sock)
        assert status == 422 and headers["content-type"] == "application/json"
        assert json.loads(body)["field"] == "question"
        sock.sendall(request("GET", "/v1/search?q=ktp%00%ED%A0%80hilang"))
        status, _, body = read_response(sock)
        assert status == 200 and json.loads(body)["query"] == "ktp hilang"


# --- stalled requests ----------------------------------------------------------------------

def test_headers_that_never_finish_get_408_and_the_connection_closed(base_url: str) -> None:
    with connect(base_url) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n")
        elapsed, received = closed_within(sock, TIMEOUT + GRACE)
    assert received.startswith(b"HTTP/1.1 408 ")
    assert b'"code": "request_timeout"' in received
    assert TIMEOUT - 0.2 <= elapsed <= TIMEOUT + GRACE


def test_headers_trickled_a_byte_at_a_time_are_cut_off(base_url: str) -> None:
    with connect(base_url) as sock:
        start = time.monotonic()
        try:
            for byte in b"GET /healthz HTTP/1.1\r\nHost: test\r\nX-Slow: " + b"a" * 100:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        elapsed = time.monotonic() - start + closed_within(sock, GRACE)[0]
    assert elapsed <= TIMEOUT + GRACE


@pytest.mark.parametrize("stalled", [
    b"POST /v1/ask HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
    b"Content-Length: 100\r\n\r\n{\"question\": \"ktp",
    b"POST /v1/ask HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n5\r\n{\"que\r\n",
], ids=["shorter-than-content-length", "chunked-without-last-chunk"])
def test_a_body_that_never_finishes_gets_408_and_the_connection_closed(
        base_url: str, stalled: bytes) -> None:
    with connect(base_url) as sock:
        sock.sendall(stalled)
        elapsed, received = closed_within(sock, TIMEOUT + GRACE)
    assert received.startswith(b"HTTP/1.1 408 "), received
    assert b'"request_timeout"' in received and elapsed <= TIMEOUT + GRACE


def test_an_idle_keep_alive_connection_is_closed(base_url: str) -> None:
    with connect(base_url) as sock:
        sock.sendall(request("GET", "/healthz"))
        assert read_response(sock)[0] == 200
        elapsed, received = closed_within(sock, KEEP_ALIVE + GRACE)
    assert received == b"" and elapsed <= KEEP_ALIVE + GRACE


def test_each_request_of_a_connection_gets_its_own_deadline(base_url: str) -> None:
    """Requests that each arrive in time are all answered, however long the connection."""
    with connect(base_url) as sock:
        start = time.monotonic()
        for _ in range(3):
            sock.sendall(request("GET", "/healthz"))
            assert read_response(sock)[0] == 200
            time.sleep(TIMEOUT * 0.7)
        assert time.monotonic() - start > TIMEOUT * 1.5


# --- headers, HEAD, CORS, every 4xx as JSON ------------------------------------------------

def test_security_headers_on_the_api_and_the_demo_page(base_url: str) -> None:
    for path in ("/healthz", "/v1/search?q=ktp", "/", "/widget.js", "/nowhere"):
        headers = httpx.get(base_url + path).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "no-referrer", path
        assert "default-src 'none'" in headers["content-security-policy"], path
    page = httpx.get(base_url + "/").headers["content-security-policy"]
    assert "script-src 'self';" in page and "connect-src 'self'" in page
    assert "unsafe-eval" not in page and "frame-ancestors 'none'" in httpx.get(
        base_url + "/v1/search?q=ktp").headers["content-security-policy"]


def test_head_is_answered_wherever_get_is(base_url: str) -> None:
    for path in ("/", "/healthz", "/readyz", "/widget.js", "/v1/search?q=paspor"):
        got, head = httpx.get(base_url + path), httpx.head(base_url + path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
    assert httpx.head(base_url + "/v1/ask").status_code == 405


def test_every_client_error_is_json(settings: Settings, assistant: Assistant,
                                    base_url: str) -> None:
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    answers = [
        httpx.options(base_url + "/v1/ask", headers=preflight),
        httpx.get(base_url + "/nowhere"),
        httpx.delete(base_url + "/v1/ask"),
        httpx.post(base_url + "/v1/ask", content=b"{", headers={"content-type":
                                                                 "application/json"}),
        httpx.post(base_url + "/v1/ask", json={"question": "x" * 1001}),
        httpx.post(base_url + "/v1/ask", content=b"x" * 70_000),
        httpx.get(base_url + "/v1/search", params={"k": "0", "q": "ktp"}),
        httpx.get(base_url + "/?lang=en"),
    ]
    with hardened(settings, assistant, api_keys=["k1"], rate_limit="1/minute") as locked:
        answers += [httpx.get(locked + "/v1/search?q=ktp"), httpx.get(locked + "/v1/search?q=ktp")]
    assert sorted({a.status_code for a in answers}) == [400, 401, 404, 405, 413, 422, 429]
    for answer in answers:
        assert answer.headers["content-type"] == "application/json", answer.request.url
        assert answer.json()["code"], answer.text
    assert answers[0].json()["code"] == "cors_refused"


def test_openapi_states_the_search_length_limit(base_url: str) -> None:
    spec = httpx.get(base_url + "/openapi.json").json()
    (q,) = [p for p in spec["paths"]["/v1/search"]["get"]["parameters"] if p["name"] == "q"]
    assert (q["schema"]["minLength"], q["schema"]["maxLength"]) == (1, 1000)
    assert "1–1,000 characters" in q["description"]


# --- the client's address behind a proxy ---------------------------------------------------

def test_x_forwarded_for_is_ignored_unless_the_proxy_is_configured(
        settings: Settings, assistant: Assistant) -> None:
    with hardened(settings, assistant, rate_limit="2/minute") as url:
        codes = [httpx.get(url + "/v1/search?q=ktp", headers={"X-Forwarded-For": f"10.0.0.{i}"}
                           ).status_code for i in range(3)]
    assert codes == [200, 200, 429]  # one client: the peer, whatever the header says


def test_x_forwarded_for_from_a_trusted_proxy_names_the_client(
        settings: Settings, assistant: Assistant) -> None:
    with hardened(settings, assistant, rate_limit="2/minute",
                  forwarded_allow_ips=["127.0.0.1"]) as url:
        def get(client: str) -> int:
            return httpx.get(url + "/v1/search?q=ktp",
                             headers={"X-Forwarded-For": client}).status_code
        assert [get(f"10.0.0.{i}") for i in range(3)] == [200, 200, 200]
        assert [get("10.9.9.9") for _ in range(3)] == [200, 200, 429]
