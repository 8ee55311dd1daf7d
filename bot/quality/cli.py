"""`tanyakota eval | fit | bench | report`: measuring the bot, refitting its decision, and
the staff summary."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_support import IndexOpt, fail, one_line_errors, settings_with
from bot.config import Settings

if TYPE_CHECKING:
    import numpy as np

    from bot.state.store import Store
    from indexer.embed import VectorEmbedder


def purge(store: Store, settings: Settings) -> None:
    """Delete stored questions and feedback older than the retention period."""
    from bot.state.reports import purge_reports

    removed = store.purge(settings.retention_days)
    removed += purge_reports(store.engine, settings.retention_days)
    if removed:
        typer.echo(f"deleted {removed} stored question(s)/feedback/report(s) older than "
                   f"{settings.retention_days} days", err=True)


@one_line_errors
def report(since: Annotated[str | None, typer.Option(help="Only what was stored from "
                                                        "this date (YYYY-MM-DD)")] = None,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON for tooling")] = False,
           limit: Annotated[int, typer.Option(help="Rows per table", min=1)] = 20,
           threshold: Annotated[float, typer.Option(help="Similarity that groups two "
                                                    "questions (0-1)", min=0.0, max=1.0)]
           = 0.88) -> None:
    """Questions not answered — refused, about a service not covered, given suggestions —
    grouped by similarity, and the documents with the most 👎."""
    from bot.factory import make_embedder_from, make_store
    from bot.quality.report import build_report, render

    try:
        start = dt.date.fromisoformat(since) if since else None
    except ValueError:
        fail(f"--since must be a date (YYYY-MM-DD), not {since!r}")
    settings = settings_with()
    embedders: list[VectorEmbedder] = []

    def embed(text: str) -> np.ndarray:  # the model loads only when there is something to group
        if not embedders:
            embedders.append(make_embedder_from(settings))
        return embedders[0].embed_query_vector(text)

    store = make_store(settings)
    purge(store, settings)
    result = build_report(store, embed, start, limit=limit, threshold=threshold)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(render(result))


@one_line_errors
def evaluate(bench: Annotated[list[Path] | None, typer.Option(
                 "--bench", help="A benchmark folder (corpus.jsonl, queries.jsonl, qrels.tsv); "
                                 "repeatable")] = None,
             questions: Annotated[Path | None, typer.Option(
                 help="A question set: a .jsonl file or a folder of them")] = None,
             knowledge: Annotated[Path | None, typer.Option(
                 "--knowledge", help="Build an index of this knowledge folder first and "
                 "ask the questions of it (into --index, else a cache folder)")] = None,
             leave_one_out: Annotated[bool, typer.Option(
                 help="Also ask every answerable question without its documents")] = True,
             conversations: Annotated[Path | None, typer.Option(
                 help="Multi-turn conversations (.jsonl) over the same index")] = None,
             index: IndexOpt = None,
             as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON")]
             = False,
             misses: Annotated[int, typer.Option(help="Misses to list")] = 20,
             signals: Annotated[Path | None, typer.Option(
                 "--signals", help="Write every question asked, what came back and what "
                 "the decision read (.jsonl), for `tanyakota fit`")] = None,
             llm: Annotated[bool, typer.Option(
                 "--llm", help="Also phrase the question set's answers with the language "
                               "model configured (TANYAKOTA_LLM_*) and compare")] = False
             ) -> None:
    """Measure retrieval on benchmarks, and answers on a question set and conversations."""
    from bot.cache import LRUCache
    from bot.factory import make_assistant, make_embedder_from
    from bot.quality.evaluate import (
        evaluate_questions,
        load_questions,
        questions_table,
        record,
    )
    from bot.quality.retrieval import bench_table, evaluate_bench, load_bench
    from indexer.embed import EmbeddingCache
    from indexer.store import cache_path

    if not (bench or questions or conversations):
        fail("nothing to measure: give --questions FILE, --conversations FILE or --bench DIR")
    settings = settings_with(index_dir=index or (_eval_index(knowledge) if knowledge else None))
    results: dict = {}
    embedder = make_embedder_from(settings)
    if knowledge is not None:
        _build_for_eval(knowledge, settings.index_dir, embedder)
    for folder in bench or []:
        if not (folder / "corpus.jsonl").exists():
            fail(f"{folder} is not a benchmark folder (no corpus.jsonl)")
        cache = EmbeddingCache(cache_path(settings.index_dir))
        try:
            result = evaluate_bench(load_bench(folder), embedder, cache)
        finally:
            cache.close()
        results[result.name] = result.scores
        if not as_json:
            typer.echo(bench_table(result) + "\n")
    if llm and not settings.llm_url:
        fail("--llm needs a language model: set TANYAKOTA_LLM_URL and TANYAKOTA_LLM_MODEL")
    if llm and questions is None:
        fail("--llm compares answers on a question set: give --questions FILE")
    if questions is not None:
        desk = make_assistant(settings, embedder=embedder)
        # the same desk without the model (and a cache of its own)
        plain = replace(desk, phraser=None, answers=LRUCache(desk.answers.maxsize))
        asked = load_questions(questions)
        lines: list[str] = []
        own = evaluate_questions(
            plain, asked, leave_one_out=leave_one_out,
            progress=lambda m: typer.echo(f"… {m}", err=True),
            seen=(lambda o: lines.append(json.dumps(record(o), ensure_ascii=False)))
            if signals is not None else (lambda _: None))
        if signals is not None:
            signals.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        results["questions"] = own.to_dict()
        if not as_json:
            typer.echo(questions_table(own, misses))
        if llm:
            from bot.quality.evaluate import evaluate_phrasing, phrasing_table

            phrasing = evaluate_phrasing(plain, desk, asked)
            results["phrasing"] = phrasing.to_dict()
            if not as_json:
                typer.echo("\n" + phrasing_table(phrasing))
    if conversations is not None:
        from bot.quality.conversations import (
            conversations_table,
            evaluate_conversations,
            load_conversations,
        )

        talk = evaluate_conversations(make_assistant(settings, embedder=embedder),
                                      load_conversations(conversations))
        results["conversations"] = talk.to_dict()
        if not as_json:
            typer.echo("\n" + conversations_table(talk, misses))
    if as_json:
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))


def _eval_index(knowledge: Path) -> Path:
    """A cache folder for the index of a knowledge folder under evaluation."""
    import hashlib
    import os

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tanyakota"
    key = hashlib.sha1(str(knowledge.resolve()).encode()).hexdigest()[:12]
    return base / f"eval-{knowledge.resolve().name}-{key}"


def _build_for_eval(knowledge: Path, index_dir: Path, embedder: VectorEmbedder) -> None:
    from bot.language import LanguageDetector
    from indexer.build import build_index

    report = build_index(knowledge, index_dir, embedder,
                         detect_lang=LanguageDetector().detect_document)
    for failure in report.failures:
        typer.secho(f"failed: {failure}", fg=typer.colors.YELLOW, err=True)
    typer.echo(f"… {report.summary()}", err=True)


@one_line_errors
def bench(index: IndexOpt = None,
          only: Annotated[str | None, typer.Option(help="Comma-separated: latency, "
                          "throughput, indexing, incremental, scale, memory, cost")] = None,
          quick: Annotated[bool, typer.Option("--quick", help="Tiny sizes: a smoke run")] = False,
          sizes: Annotated[str | None, typer.Option(help="Scale sizes, e.g. 10000,100000")]
          = None,
          as_json: Annotated[Path | None, typer.Option("--json", help="Write results")] = None,
          database_url: Annotated[str | None, typer.Option(
              help="The served benchmarks' store, e.g. postgresql+psycopg://… (default: a "
                   "throwaway SQLite file)")] = None
          ) -> None:
    """Measure answer latency, throughput, indexing, scale, memory and the cost of hostile
    questions against their floors."""
    from bot.factory import make_embedder_from
    from bot.quality import bench as benchmarks
    from indexer.build import DenseParams

    settings = settings_with(index_dir=index)
    config = benchmarks.BenchConfig.quick() if quick else benchmarks.BenchConfig(
        dense=DenseParams.from_settings(settings))
    if sizes:
        config = replace(config, scale_sizes=tuple(int(s) for s in sizes.split(",")))
    if database_url:
        config = replace(config, database_url=database_url)
    chosen = tuple(s.strip() for s in only.split(",")) if only else benchmarks.BENCHMARKS
    try:
        tables = benchmarks.run(settings.index_dir, make_embedder_from(settings), config, chosen,
                                log=lambda m: typer.echo(f"… {m}", err=True),
                                on_table=lambda t: typer.echo(t.render() + "\n"))
    except (ValueError, RuntimeError) as exc:
        fail(str(exc))
    if as_json:
        benchmarks.write_json(as_json, tables, config)


@one_line_errors
def refit(signals: Annotated[list[Path], typer.Argument(
              help="Files written by `tanyakota eval --signals`, one per folder")],
          max_left_out: Annotated[float, typer.Option(
              help="Left-out questions answered, at most (over all folders)")] = 0.10,
          max_not_covered: Annotated[float, typer.Option(
              help="Not-covered questions answered, at most (over all folders)")] = 0.05,
          max_wrong: Annotated[float, typer.Option(
              help="Answered from a wrong document, at most (in every folder)")] = 0.02,
          held: Annotated[bool, typer.Option(
              "--held-out", help="Also replay each folder under the rule fitted on the "
              "others (leave one folder out)")] = False,
          as_json: Annotated[bool, typer.Option("--json", help="Print the rule as JSON")]
          = False) -> None:
    """Refit the answer/refuse rule on recorded questions, and replay them under today's
    rule and the refitted one. Nothing is changed: to serve the refitted rule, save the
    `--json` output and point TANYAKOTA_RULE_FILE at it."""
    from bot.factory import make_rule
    from bot.quality.fit import (
        fit,
        held_out,
        load_signals,
        replay,
        replay_table,
    )

    missing = [str(p) for p in signals if not p.is_file()]
    if missing:
        fail(f"no such file: {', '.join(missing)}")
    try:
        asked = load_signals(signals)
        today = make_rule(settings_with())
        rule = fit(asked, max_left_out, max_not_covered, max_wrong, base=today)
        crossed = held_out(asked, max_left_out, max_not_covered, max_wrong) if held else []
    except ValueError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"rule": asdict(rule),
                               "replayed": [asdict(r) for r in replay(rule, asked)],
                               "held_out": [{"rule": asdict(r), **asdict(row)}
                                            for r, row in crossed]}, indent=2))
        return
    typer.echo("today's " + replay_table(today, replay(today, asked)))
    typer.echo("\nrefitted " + replay_table(rule, replay(rule, asked)))
    if crossed:
        typer.echo("\neach folder under the rule fitted on the others:")
        for r, row in crossed:
            typer.echo(replay_table(r, [row]).split("\n", 2)[-1]
                       + f"   (answer_at {r.answer_at:g})")


def register(app: typer.Typer) -> None:
    """Add the measuring commands to the `tanyakota` group."""
    app.command("eval")(evaluate)
    app.command("fit")(refit)
    app.command()(bench)
    app.command()(report)
