"""`tanyakota bench`: what answers and indexing cost, each against its floor in the same run.

Every benchmark returns a `Table` (printed by the CLI, written as JSON). Absolute times vary
between machines, so each one also measures the floor — the bare embedder, or the exact
index — on the same inputs and reports the ratio.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import faiss

from bot.quality.bench_cost import bench_cost
from bot.quality.bench_index import bench_incremental, bench_indexing, bench_scale
from bot.quality.bench_serve import (
    Server,
    bench_latency,
    bench_memory,
    bench_throughput,
    questions_from_index,
)
from bot.quality.measure import Table
from indexer.build import DenseParams
from indexer.embed import VectorEmbedder

BENCHMARKS = ("latency", "throughput", "indexing", "incremental", "scale", "memory", "cost")


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
    # the store of the served benchmarks (None: a throwaway SQLite file)
    database_url: str | None = None

    @classmethod
    def quick(cls) -> BenchConfig:
        return cls(questions=4, throughput_seconds=0.5, repeated_questions=4, documents=12,
                   scale_sizes=(2_000,), scale_queries=20, dim=64)


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
            server = Server(Path(index_dir).resolve(), workdir, config.database_url)
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
        if "cost" in only:
            log("cost of ordinary and hostile questions")
            done(bench_cost(Path(index_dir).resolve(), embedder, workdir,
                            ordinary=config.questions // 3 or 1, repeat=1 if config.questions < 10
                            else 3))
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
    quick = replace(config, database_url=None) == BenchConfig.quick()
    data = {"machine": machine(), "quick": quick,
            "database": (config.database_url or "sqlite").split(":", 1)[0],
            "benchmarks": {t.name: t.to_json() for t in tables}}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

