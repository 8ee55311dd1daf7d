"""A smoke run of `tanyakota bench`: every benchmark produces its table and JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from bot.quality import bench

COLUMNS = {
    "latency": {"stat", "api_ms", "bare_embed_ms", "ratio"},
    "throughput": {"clients", "answers_per_s", "errors", "bare_embeds_per_s", "ratio"},
    "indexing": {"documents", "chunks", "passages", "build_s", "passages_per_s",
                 "bare_passages_per_s", "ratio", "embedding_share"},
    "incremental": {"documents", "changed", "embedded", "reindex_s", "bare_embed_s", "ratio"},
    "scale": {"chunks", "index", "p50_ms", "p95_ms", "memory_mb", "build_s", "recall@10"},
    "memory": {"process", "rss_mb", "bare_embedder_rss_mb", "ratio"},
    "cost": {"question", "ms", "ratio", "tokens_embedded", "verdict"},
}


def test_quick_run_measures_every_benchmark_against_its_floor(
        tmp_path: Path, index_dir: Path, embedder) -> None:
    config = bench.BenchConfig.quick()
    seen: list[str] = []
    tables = bench.run(index_dir, embedder, config, on_table=lambda t: seen.append(t.name))
    assert [t.name for t in tables] == seen
    assert set(seen) == set(bench.BENCHMARKS) == set(COLUMNS)
    out = tmp_path / "bench.json"
    bench.write_json(out, tables, config)
    data = json.loads(out.read_text())
    assert data["quick"] is True and data["machine"]["cores"] >= 1
    for name, columns in COLUMNS.items():
        rows = data["benchmarks"][name]["rows"]
        assert rows and all(set(row) == columns for row in rows), name
    by_name = {t.name: t for t in tables}
    assert [row[0] for row in by_name["latency"].rows] == ["p50", "p95"]
    assert [row[0] for row in by_name["throughput"].rows] == list(config.clients)
    assert all(row[2] == 0 for row in by_name["throughput"].rows)  # no errors
    assert by_name["incremental"].rows[0][1:3] == (1, 1)  # one file changed, one chunk embedded
    kinds = [row[1] for row in by_name["scale"].rows]
    assert kinds == ["flat", "hnsw", "flat/hnsw"]
    assert by_name["scale"].rows[1][6] >= 0.9  # recall@10 of HNSW
    assert "| p50" in by_name["latency"].render()


def test_bench_command_writes_json(tmp_path: Path, index_dir: Path) -> None:
    out = tmp_path / "scale.json"
    result = CliRunner().invoke(app, ["bench", "--index", str(index_dir), "--quick",
                                      "--only", "scale", "--sizes", "500", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "recall@10" in result.output
    assert json.loads(out.read_text())["benchmarks"]["scale"]["rows"][0]["chunks"] == 500


def test_bench_command_refuses_an_unknown_benchmark(index_dir: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--index", str(index_dir), "--only", "speed"])
    assert result.exit_code == 1
    assert "unknown benchmark" in result.output


def test_the_cost_table_measures_every_hostile_question_within_the_token_budget(
        tmp_path: Path, index_dir: Path, embedder) -> None:
    from bot.quality.bench_cost import MAX_RATIO, bench_cost

    table = bench_cost(index_dir, embedder, tmp_path, ordinary=6, repeat=5)
    assert table.rows[0][0] == "ordinary question (median)" and len(table.rows) == 9
    # the ratios themselves are measured by the benchmark (README), not asserted here
    for label, _ms, ratio, tokens, verdict in table.rows[1:]:
        assert isinstance(tokens, int) and tokens <= embedder.max_query_tokens, label
        assert isinstance(ratio, float) and ratio > 0 and verdict in (
            "ok", f"over {MAX_RATIO:g}x"), (label, verdict)
