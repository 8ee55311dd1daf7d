"""Prometheus metrics of one app, in the app's own registry (names prefixed `tanyakota_`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.assistant import outcome_of
from bot.state.writer import BackgroundWriter
from bot.types import Answer
from indexer.store import Manifest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

Counts = Mapping[tuple[str, str], int]


class PhrasingCollector(Collector):
    """How the language model's phrasing ended, read from the front desk at each scrape:
    generated, guarded (by the guard's reason), timeout, error."""

    def __init__(self, read: Callable[[], Counts]) -> None:
        self.read = read

    def collect(self) -> Iterator[Metric]:
        family = CounterMetricFamily(
            "tanyakota_llm_answers", "Answers sent to the language model, by outcome "
            "(generated, guarded, timeout, error) and the guard's reason",
            labels=["outcome", "reason"])
        for (outcome, reason), count in sorted(self.read().items()):
            family.add_metric([outcome, reason], count)
        yield family


class Metrics:
    """Request counts and latencies per endpoint, answers per language, the index served."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self, phrasing: Callable[[], Counts] | None = None) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        if phrasing is not None:
            r.register(PhrasingCollector(phrasing))
        self.requests = Counter("tanyakota_http_requests", "HTTP requests by endpoint",
                                ["endpoint", "method", "status"], registry=r)
        self.latency = Histogram("tanyakota_http_request_duration_seconds",
                                 "Time to answer an HTTP request", ["endpoint", "method"],
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.answers = Counter("tanyakota_answers", "Questions answered or refused",
                               ["lang", "outcome"], registry=r)
        self.feedback = Counter("tanyakota_feedback", "Feedback received", ["helpful"],
                                registry=r)
        self.rate_limited = Counter("tanyakota_rate_limited", "Requests refused with 429",
                                    registry=r)
        self.index_documents = Gauge("tanyakota_index_documents",
                                     "Documents in the index version served", registry=r)
        self.index_chunks = Gauge("tanyakota_index_chunks",
                                  "Chunks in the index version served", registry=r)
        self.writes_pending = Gauge("tanyakota_store_writes_pending",
                                    "Records waiting to be written to the database",
                                    registry=r)
        self.writes_dropped = Gauge("tanyakota_store_writes_dropped",
                                    "Records given up since start (database down too long, "
                                    "queue full)", registry=r)
        self.index_info = Gauge("tanyakota_index_info", "The index version served (value 1)",
                                ["version", "embedder"], registry=r)

    def observe_answer(self, answer: Answer) -> None:
        outcome = "asked back" if answer.clarify else outcome_of(answer)
        self.answers.labels(answer.lang, outcome).inc()

    def render(self, manifest: Manifest, writer: BackgroundWriter | None = None) -> bytes:
        """The exposition text, with the index gauges read from the version served now."""
        if writer is not None:
            self.writes_pending.set(writer.pending)
            self.writes_dropped.set(writer.dropped)
        self.index_documents.set(manifest.documents)
        self.index_chunks.set(manifest.chunks)
        self.index_info.clear()
        self.index_info.labels(manifest.version, manifest.embedder).set(1)
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts and times every HTTP request, labelled by its route (not its raw path)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        started = time.perf_counter()

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or "unmatched"
            method = scope.get("method", "")
            m = self.metrics
            m.requests.labels(endpoint, method, str(status)).inc()
            m.latency.labels(endpoint, method).observe(time.perf_counter() - started)
