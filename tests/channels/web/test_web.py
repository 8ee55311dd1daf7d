"""The HTTP API over real HTTP: a uvicorn server on a local port, httpx as the client."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.state.store import Store, create_store
from tests.helpers.http_server import free_port, serve

PORTAL = "https://portal.example.go.id"
MALAY_IC = "IC saya hilang, macam mana nak buat baru?"
INDONESIAN_KTP = "KTP saya hilang, bagaimana cara mengurusnya?"
OFF_TOPIC = "Siapa pemenang piala dunia sepak bola tahun 1998?"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return create_store(f"sqlite:///{tmp_path_factory.mktemp('web')}/tanyakota.db")


@pytest.fixture(scope="module")
def web_assistant(assistant: Assistant, store: Store) -> Assistant:
    """The shared assistant (same index and embedder), recording refusals in `store`."""
    return assistant.with_store(store)


@pytest.fixture(scope="module")
def base_url(settings: Settings, web_assistant: Assistant, store: Store) -> Iterator[str]:
    """The real app, open (no keys), a generous rate limit, one allowed CORS origin."""
    tuned = settings.model_copy(update={"rate_limit": "100000/minute",
                                        "cors_origins": [PORTAL]})
    with serve(create_app(tuned, web_assistant)) as url:
        yield url


def app_with(settings: Settings, assistant: Assistant, **changes: object) -> object:
    return create_app(settings.model_copy(update=changes), assistant)


# --- /v1/ask -----------------------------------------------------------------------------

def test_ask_answers_malay_question_from_the_malaysian_document(base_url: str) -> None:
    response = httpx.post(f"{base_url}/v1/ask", json={"question": MALAY_IC}, timeout=30)
    assert response.status_code == 200
    body = response.json()
    assert body["answered"] is True and body["lang"] == "ms" and body["country"] == "MY"
    assert body["sources"][0]["doc_id"] == "my/mykad-hilang.md"
    assert body["sources"][0]["url"] == "https://www.jpn.gov.my/"
    assert body["sources"][0]["updated"] == "2026-11-28"
    assert "JPN" in body["answer"]


def test_ask_answers_indonesian_question_in_indonesian(base_url: str) -> None:
    body = httpx.post(f"{base_url}/v1/ask", json={"question": INDONESIAN_KTP},
                      timeout=30).json()
    assert body["answered"] is True and body["lang"] == "id" and body["country"] == "ID"
    assert body["sources"][0]["doc_id"] == "id/ktp-hilang.md"


def test_ask_returns_exactly_the_answer_shape(base_url: str) -> None:
    body = httpx.post(f"{base_url}/v1/ask", json={"question": MALAY_IC}, timeout=30).json()
    assert set(body) == {"answered", "answer", "lang", "country", "sources", "confidence",
                         "clarify", "related", "suggestions", "generated", "offer_report"}
    assert set(body["sources"][0]) == {"doc_id", "title", "url", "updated", "score"}
    assert body["clarify"] is None and body["related"] == [] and body["suggestions"] == []
    assert body["generated"] is False
    assert 0 <= body["confidence"] <= 1


def test_ask_country_filter_and_lowercase_codes_are_accepted(base_url: str) -> None:
    body = httpx.post(f"{base_url}/v1/ask", json={"question": "paspor hilang", "country": "id",
                                                  "lang": "ID"}, timeout=30).json()
    assert body["country"] == "ID" and body["lang"] == "id"
    assert all(s["doc_id"].startswith("id/") for s in body["sources"])


def test_refusal_names_the_official_channel_and_is_recorded(base_url: str,
                                                            store: Store) -> None:
    body = httpx.post(f"{base_url}/v1/ask", json={"question": OFF_TOPIC, "country": "ID"},
                      timeout=30).json()
    assert body["answered"] is False and body["sources"] == []
    assert "lapor.go.id" in body["answer"]
    assert any(r.question == OFF_TOPIC and r.channel == "web" for r in store.refused())


def test_many_simultaneous_questions_each_get_their_own_answer(base_url: str) -> None:
    expected = {MALAY_IC: "my/mykad-hilang.md", INDONESIAN_KTP: "id/ktp-hilang.md",
                "Berapa bayaran pasport Malaysia?": "my/pasport.md",
                "Syarat membuat paspor baru di kantor imigrasi": "id/paspor.md"}
    questions = list(expected) * 8

    async def ask_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=base_url, timeout=60,
                                     limits=httpx.Limits(max_connections=64)) as client:
            return await asyncio.gather(*(client.post("/v1/ask", json={"question": q})
                                          for q in questions))

    responses = asyncio.run(ask_all())
    assert [r.status_code for r in responses] == [200] * len(questions)
    assert [r.json()["sources"][0]["doc_id"] for r in responses] == [
        expected[q] for q in questions]


# --- validation and errors ------------------------------------------------------------------

@pytest.mark.parametrize("payload, field", [
    ({"question": "   "}, "question"),
    ({"question": "a" * 1001}, "question"),
    ({}, "question"),
    ({"question": 42}, "question"),
    ({"question": "paspor", "country": "SG"}, "country"),
    ({"question": "paspor", "lang": "en"}, "lang"),
    ({"question": "paspor", "session_id": "s" * 200}, "session_id"),
])
def test_invalid_ask_is_422_naming_the_field(base_url: str, payload: dict,
                                             field: str) -> None:
    response = httpx.post(f"{base_url}/v1/ask", json=payload)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid_request" and body["field"] == field
    assert body["message"].startswith(f"{field}:")


def test_question_is_trimmed_before_its_length_is_checked(base_url: str) -> None:
    padded = "  " + ("paspor " * 142)[:1000].strip().ljust(1000, "x") + "   \n"
    response = httpx.post(f"{base_url}/v1/ask", json={"question": padded}, timeout=30)
    assert response.status_code == 200


@pytest.mark.parametrize("content, content_type", [
    (b"{not json", "application/json"),
    (b"\xff\xfe\x00garbage", "application/json"),
    (b'{"question": "paspor"}', "text/plain"),
    (b"question=paspor", "application/x-www-form-urlencoded"),
    (b'["paspor"]', "application/json"),
    (b"", "application/json"),
])
def test_non_json_body_is_422_invalid_json(base_url: str, content: bytes,
                                          content_type: str) -> None:
    response = httpx.post(f"{base_url}/v1/ask", content=content,
                          headers={"content-type": content_type})
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "invalid_json"


def test_body_over_64_kib_is_413(base_url: str) -> None:
    big = {"question": "paspor", "comment": "x" * (64 * 1024)}
    response = httpx.post(f"{base_url}/v1/ask", json=big)
    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"


def test_body_over_64_kib_without_content_length_is_413(base_url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "paspor", "pad": "'
        for _ in range(70):
            yield b"x" * 1024
        yield b'"}'

    response = httpx.post(f"{base_url}/v1/ask", content=chunks(),
                          headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413 and response.json()["code"] == "body_too_large"


def test_chunked_body_under_the_limit_is_answered(base_url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": '
        yield f'"{MALAY_IC}"}}'.encode()

    response = httpx.post(f"{base_url}/v1/ask", content=chunks(), timeout=30,
                          headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["sources"][0]["doc_id"] == "my/mykad-hilang.md"


def test_unknown_paths_and_methods_get_json_errors(base_url: str) -> None:
    missing = httpx.get(f"{base_url}/v1/nothing")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    wrong = httpx.get(f"{base_url}/v1/ask")
    assert wrong.status_code == 405 and wrong.json()["code"] == "method_not_allowed"


# --- /v1/search --------------------------------------------------------------------------

def test_search_ranks_documents_with_snippets(base_url: str) -> None:
    response = httpx.get(f"{base_url}/v1/search", params={"q": "paspor hilang",
                                                           "country": "ID"}, timeout=30)
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "paspor hilang"
    results = body["results"]
    assert results[0]["doc_id"] == "id/paspor.md"
    assert all(r["country"] == "ID" for r in results)
    assert results[0]["snippet"] and len(results[0]["snippet"]) <= 240
    assert results[0]["url"] == "https://www.imigrasi.go.id/"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results),
                                                   reverse=True)


def test_search_k_and_lang_limit_the_results(base_url: str) -> None:
    one = httpx.get(f"{base_url}/v1/search", params={"q": "kelahiran", "k": 1}).json()
    assert len(one["results"]) == 1
    malay = httpx.get(f"{base_url}/v1/search", params={"q": "kelahiran", "lang": "ms"}).json()
    assert malay["results"] and all(r["lang"] == "ms" for r in malay["results"])


@pytest.mark.parametrize("params, field", [
    ({"q": "  "}, "q"), ({}, "q"), ({"q": "paspor", "k": 0}, "k"),
    ({"q": "paspor", "k": 500}, "k"), ({"q": "paspor", "country": "TH"}, "country"),
])
def test_invalid_search_is_422_naming_the_field(base_url: str, params: dict,
                                                field: str) -> None:
    response = httpx.get(f"{base_url}/v1/search", params=params)
    assert response.status_code == 422
    assert response.json()["field"] == field


# --- /v1/feedback ------------------------------------------------------------------------

def test_feedback_is_stored_with_personal_numbers_masked(base_url: str, store: Store) -> None:
    response = httpx.post(f"{base_url}/v1/feedback", json={
        "session_id": "sess-fb-1", "question": MALAY_IC, "doc_id": "my/mykad-hilang.md",
        "helpful": False, "lang": "ms", "comment": "IC saya 900101-14-5678, tiada info bayaran"})
    assert response.status_code == 201 and response.json() == {"stored": True}
    row = [f for f in store.feedback() if f.session_id == "sess-fb-1"][-1]
    assert (row.helpful, row.doc_id, row.lang, row.channel) == (
        False, "my/mykad-hilang.md", "ms", "web")
    assert row.question == MALAY_IC
    assert "900101" not in (row.comment or "") and "tiada info bayaran" in row.comment


@pytest.mark.parametrize("payload, field", [
    ({"question": "paspor"}, "helpful"),
    ({"question": "paspor", "helpful": "maybe"}, "helpful"),
    ({"question": "", "helpful": True}, "question"),
    ({"question": "paspor", "helpful": True, "comment": "x" * 3000}, "comment"),
])
def test_invalid_feedback_is_422_naming_the_field(base_url: str, payload: dict,
                                                  field: str) -> None:
    response = httpx.post(f"{base_url}/v1/feedback", json=payload)
    assert response.status_code == 422 and response.json()["field"] == field


def test_feedback_without_a_store_is_503(settings: Settings, assistant: Assistant) -> None:
    with serve(create_app(settings, assistant)) as url:
        response = httpx.post(f"{url}/v1/feedback", json={"question": "x", "helpful": True})
    assert response.status_code == 503 and response.json()["code"] == "unavailable"


# --- health, readiness, metrics, docs ----------------------------------------------------

def test_healthz_and_readyz_report_the_index(base_url: str) -> None:
    assert httpx.get(f"{base_url}/healthz").json() == {"status": "ok"}
    body = httpx.get(f"{base_url}/readyz").json()
    assert body["status"] == "ready" and body["index"]["documents"] == 6
    assert body["index"]["version"]


def _samples(text: str) -> dict[tuple[str, tuple], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_metrics_count_requests_answers_and_describe_the_index(base_url: str) -> None:
    httpx.post(f"{base_url}/v1/ask", json={"question": MALAY_IC}, timeout=30)
    httpx.post(f"{base_url}/v1/ask", json={"question": OFF_TOPIC, "lang": "id"}, timeout=30)
    response = httpx.get(f"{base_url}/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith(
        "text/plain")
    samples = _samples(response.text)
    asked = samples[("tanyakota_http_requests_total",
                     (("endpoint", "/v1/ask"), ("method", "POST"), ("status", "200")))]
    assert asked >= 2
    assert samples[("tanyakota_http_request_duration_seconds_count",
                    (("endpoint", "/v1/ask"), ("method", "POST")))] >= asked
    assert samples[("tanyakota_answers_total", (("lang", "ms"), ("outcome", "answered")))] >= 1
    assert samples[("tanyakota_answers_total", (("lang", "id"), ("outcome", "refused")))] >= 1
    assert samples[("tanyakota_index_documents", ())] == 6
    assert samples[("tanyakota_index_chunks", ())] > 6
    info = [k for k in samples if k[0] == "tanyakota_index_info"]
    assert len(info) == 1 and dict(info[0][1])["version"]
    assert all(name.startswith("tanyakota_") for name, _ in samples)


def test_metrics_label_routes_not_raw_paths(base_url: str) -> None:
    httpx.get(f"{base_url}/v1/search", params={"q": "paspor"})
    httpx.get(f"{base_url}/some/random/path/123")
    samples = _samples(httpx.get(f"{base_url}/metrics").text)
    endpoints = {dict(labels).get("endpoint") for name, labels in samples
                 if name == "tanyakota_http_requests_total"}
    assert "/v1/search" in endpoints and "unmatched" in endpoints
    assert not any(e and "random" in e for e in endpoints)


def test_each_app_has_its_own_metrics(settings: Settings, assistant: Assistant) -> None:
    with serve(create_app(settings, assistant)) as first:
        httpx.get(f"{first}/healthz")
        httpx.get(f"{first}/healthz")
    with serve(create_app(settings, assistant)) as second:
        samples = _samples(httpx.get(f"{second}/metrics").text)
    assert ("tanyakota_http_requests_total",
            (("endpoint", "/healthz"), ("method", "GET"), ("status", "200"))) not in samples


def test_openapi_documents_the_answer_schema_with_examples_in_both_languages(
        base_url: str) -> None:
    spec = httpx.get(f"{base_url}/openapi.json").json()
    answer = spec["components"]["schemas"]["AnswerOut"]
    assert set(answer["properties"]) == {"answered", "answer", "lang", "country", "sources",
                                         "confidence", "clarify", "related", "suggestions",
                                         "generated", "offer_report"}
    ask = spec["paths"]["/v1/ask"]["post"]
    request_examples = ask["requestBody"]["content"]["application/json"]["examples"]
    assert {"id", "ms"} <= set(request_examples)
    answer_examples = ask["responses"]["200"]["content"]["application/json"]["examples"]
    assert {answer_examples[k]["value"]["lang"] for k in answer_examples} == {"id", "ms"}
    assert {"/v1/search", "/v1/feedback", "/healthz", "/readyz"} <= set(spec["paths"])
    docs = httpx.get(f"{base_url}/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


# --- CORS, API keys, rate limit ---------------------------------------------------------

def test_cors_allows_only_listed_origins(base_url: str) -> None:
    preflight = {"access-control-request-method": "POST",
                 "access-control-request-headers": "content-type,x-api-key"}
    ok = httpx.options(f"{base_url}/v1/ask", headers={"origin": PORTAL, **preflight})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == PORTAL
    assert "x-api-key" in ok.headers["access-control-allow-headers"].lower()
    other = httpx.options(f"{base_url}/v1/ask", headers={"origin": "https://evil.example",
                                                         **preflight})
    assert "access-control-allow-origin" not in other.headers
    simple = httpx.get(f"{base_url}/healthz", headers={"origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_cors_is_closed_by_default(settings: Settings, assistant: Assistant) -> None:
    assert settings.cors_origins == []
    with serve(create_app(settings, assistant)) as url:
        response = httpx.get(f"{url}/healthz", headers={"origin": PORTAL})
    assert "access-control-allow-origin" not in response.headers


def test_api_keys_when_configured_are_required_on_v1_only(settings: Settings,
                                                          assistant: Assistant) -> None:
    app = app_with(settings, assistant, api_keys=["key-one", "key-two"],
                   rate_limit="1000/minute")
    with serve(app) as url:
        missing = httpx.post(f"{url}/v1/ask", json={"question": MALAY_IC})
        assert missing.status_code == 401 and missing.json()["code"] == "unauthorized"
        wrong = httpx.get(f"{url}/v1/search", params={"q": "paspor"},
                          headers={"x-api-key": "key-three"})
        assert wrong.status_code == 401 and wrong.json()["code"] == "unauthorized"
        right = httpx.post(f"{url}/v1/ask", json={"question": MALAY_IC}, timeout=30,
                           headers={"x-api-key": "key-two"})
        assert right.status_code == 200 and right.json()["answered"] is True
        for path in ("/healthz", "/readyz", "/metrics", "/widget.js", "/"):
            assert httpx.get(f"{url}{path}").status_code == 200, path


def test_rate_limit_by_ip_answers_429_with_retry_after(settings: Settings,
                                                       assistant: Assistant) -> None:
    with serve(app_with(settings, assistant, rate_limit="2/minute")) as url:
        codes = [httpx.get(f"{url}/v1/search", params={"q": "paspor"}).status_code
                 for _ in range(3)]
        assert codes == [200, 200, 429]
        limited = httpx.get(f"{url}/v1/search", params={"q": "paspor"})
        assert limited.json()["code"] == "rate_limited"
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        # another client address has its own budget; health checks are never limited
        other = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"))
        assert other.get(f"{url}/v1/search", params={"q": "paspor"}).status_code == 200
        assert httpx.get(f"{url}/healthz").status_code == 200


def test_rate_limit_by_api_key(settings: Settings, assistant: Assistant) -> None:
    app = app_with(settings, assistant, api_keys=["key-one", "key-two"], rate_limit="2/minute")
    with serve(app) as url:
        def search(key: str) -> int:
            return httpx.get(f"{url}/v1/search", params={"q": "paspor"},
                             headers={"x-api-key": key}).status_code

        assert [search("key-one") for _ in range(3)] == [200, 200, 429]
        assert search("key-two") == 200


# --- widget and demo page ------------------------------------------------------------------

def test_widget_script_is_served_as_javascript(base_url: str) -> None:
    response = httpx.get(f"{base_url}/widget.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "attachShadow" in response.text and "v1/ask" in response.text


def test_demo_page_embeds_the_widget_in_the_chosen_language(base_url: str) -> None:
    page = httpx.get(f"{base_url}/")
    assert page.status_code == 200 and '<html lang="id">' in page.text
    assert '<script src="widget.js"' in page.text
    assert '<html lang="ms">' in httpx.get(f"{base_url}/", params={"lang": "ms"}).text
    assert httpx.get(f"{base_url}/", params={"lang": "en"}).status_code == 422


# --- the serve command --------------------------------------------------------------------

def test_serve_command_stores_feedback_in_the_configured_database(
        index_dir: Path, tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "served.db"
    env = {**os.environ, "TANYAKOTA_EMBED_THREADS": "2",
           "TANYAKOTA_DATABASE_URL": f"sqlite:///{db}"}
    env.pop("TANYAKOTA_TELEGRAM_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--index",
                             str(index_dir), "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                if httpx.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.1)
        stored = httpx.post(f"{url}/v1/feedback", json={"question": "paspor", "helpful": True,
                                                        "session_id": "from-serve"})
        assert stored.status_code == 201
        refused = httpx.post(f"{url}/v1/ask", json={"question": OFF_TOPIC}, timeout=30)
        assert refused.json()["answered"] is False
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    served = create_store(f"sqlite:///{db}")
    assert [f.session_id for f in served.feedback()] == ["from-serve"]
    assert [r.question for r in served.refused()] == [OFF_TOPIC]


def test_running_server_deletes_stored_questions_past_retention(
        tmp_path, settings, assistant) -> None:
    import datetime as dt

    from bot.state.store import Feedback, RefusedQuestion, create_store

    store = create_store(f"sqlite:///{tmp_path}/retention.db")
    store.add_feedback(Feedback("web", "lama sekali", False, "id/paspor.md"))
    store.record_refusal(RefusedQuestion("web", "lama juga", "id", "ID"))
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE feedback SET created_at = ?", (dt.datetime(2000, 1, 1),))
    store.add_feedback(Feedback("web", "baru saja", True, "id/paspor.md"))
    quick = settings.model_copy(update={"purge_interval_seconds": 0.1})
    app = create_app(quick, assistant.with_store(store))
    with serve(app):
        deadline = time.monotonic() + 10
        while len(store.feedback()) > 1:
            assert time.monotonic() < deadline, "nothing was purged while the server ran"
            time.sleep(0.05)
    assert [f.question for f in store.feedback()] == ["baru saja"]
    assert [q.question for q in store.refused()] == ["lama juga"]  # still within retention
