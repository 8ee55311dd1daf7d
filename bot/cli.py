"""The `tanyakota` command: index, check, ask, serve, report."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.telegram_cli import app as telegram_app
from indexer.config import Settings
from indexer.errors import TanyakotaError

if TYPE_CHECKING:
    import numpy as np
    from telegram.ext import Application

    from bot.answer import Answerer
    from bot.store import Store
    from indexer.build import BuildReport
    from indexer.embed import VectorEmbedder

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Tanyakota — ask the city. Public-service answers in Indonesian and Malay.")
app.add_typer(telegram_app, name="telegram")
log = logging.getLogger("tanyakota")

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index folder "
                                                  "(default: TANYAKOTA_INDEX_DIR)")]
KnowledgeOpt = Annotated[Path | None, typer.Option("--knowledge", help="Knowledge folder "
                                                      "(default: TANYAKOTA_KNOWLEDGE_DIR)")]


def _settings(**overrides: object) -> Settings:
    base = Settings()
    clean = {k: v for k, v in overrides.items() if v is not None}
    return base.model_copy(update=clean) if clean else base


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its URLs carry the bot token


@app.command()
def index(knowledge: KnowledgeOpt = None, index: IndexOpt = None,
          wait: Annotated[float, typer.Option(help="Seconds to wait for another build")] = 0.0,
          progress: Annotated[bool, typer.Option(help="Show a progress bar")] = True,
          watch: Annotated[bool, typer.Option("--watch", help="Keep running; re-index when "
                                              "files change (Ctrl-C stops)")] = False,
          quiet: Annotated[float, typer.Option("--debounce", help="With --watch: seconds "
                                               "files must be quiet before re-indexing")] = 1.0
          ) -> None:
    """Build a new index version from the knowledge folder and switch to it."""
    from bot.factory import make_embedder_from
    from bot.language import LanguageDetector

    settings = _settings(knowledge_dir=knowledge, index_dir=index)
    try:
        embedder = make_embedder_from(settings)
    except TanyakotaError as exc:
        _fail(str(exc))
        return
    detect = LanguageDetector().detect_document
    if not watch:
        try:
            report = _build(settings, embedder, detect, wait, progress)
        except TanyakotaError as exc:
            _fail(str(exc))
            return
        if not report.ok:
            raise typer.Exit(2)
        return

    from indexer.watch import watch_knowledge

    if not settings.knowledge_dir.is_dir():
        _fail(f"knowledge folder {settings.knowledge_dir} does not exist")

    def rebuild() -> None:
        try:
            _build(settings, embedder, detect, max(wait, 60.0), progress=False)
        except TanyakotaError as exc:
            typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)

    watch_knowledge(settings.knowledge_dir, rebuild, quiet_seconds=quiet,
                    on_ready=lambda: typer.echo(f"watching {settings.knowledge_dir} for "
                                                "changes (Ctrl-C to stop)"))
    typer.echo("stopped watching")


def _build(settings: Settings, embedder: VectorEmbedder, detect: Callable[[str], str],
           wait: float, progress: bool) -> BuildReport:
    """One build with a progress bar; prints failures and the summary line."""
    from tqdm import tqdm

    from indexer.build import DenseParams, build_index

    bar = tqdm(total=0, unit="chunk", desc="embedding", disable=not progress, file=sys.stderr)

    def tick(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        report = build_index(settings.knowledge_dir, settings.index_dir, embedder,
                             batch=settings.embed_batch, progress=tick, detect_lang=detect,
                             lock_wait=wait, dense=DenseParams.from_settings(settings))
    finally:
        bar.close()
    for failure in report.failures:
        typer.secho(f"failed: {failure}", fg=typer.colors.YELLOW, err=True)
    typer.echo(report.summary())
    return report


@app.command()
def check(knowledge: KnowledgeOpt = None) -> None:
    """Validate the knowledge folder without building: one `path:line: reason` per problem."""
    from indexer.check import check_knowledge

    settings = _settings(knowledge_dir=knowledge)
    try:
        report = check_knowledge(settings.knowledge_dir)
    except TanyakotaError as exc:
        _fail(str(exc))
        return
    for problem in report.problems:
        typer.echo(f"{settings.knowledge_dir / problem.path}:{problem.line or 1}: "
                   f"{problem.reason}")
    if report.ok:
        typer.echo(f"{len(report.files)} files OK")
        return
    bad = len({p.path for p in report.problems})
    typer.secho(f"{len(report.problems)} problem(s) in {bad} file(s); {report.files_ok} "
                "files OK", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@app.command()
def ask(question: Annotated[str, typer.Argument(help="The question, in Indonesian or Malay")],
        index: IndexOpt = None,
        country: Annotated[str | None, typer.Option(help="ID or MY")] = None,
        lang: Annotated[str | None, typer.Option(help="id or ms")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON")] = False,
        session: Annotated[str | None, typer.Option(
            help="A conversation id: follow-up questions and the chosen country are "
                 "remembered (in the database) between calls with the same id")] = None
        ) -> None:
    """Answer one question from the index."""
    from bot.factory import make_answerer, make_store

    if country is not None and country.upper() not in ("ID", "MY"):
        _fail(f"--country must be ID or MY, not {country!r}")
    if lang is not None and lang.lower() not in ("id", "ms"):
        _fail(f"--lang must be id or ms, not {lang!r}")
    settings = _settings(index_dir=index)
    try:
        answerer = make_answerer(settings, store=make_store(settings) if session else None)
        answer = answerer.ask(question, country.upper() if country else None,
                              lang.lower() if lang else None, session_id=session,
                              channel="cli")
    except TanyakotaError as exc:
        _fail(str(exc))
        return
    if as_json:
        typer.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(answer.answer)
    if answer.clarify is not None:
        typer.echo(f"\n{answer.clarify.question} " + " / ".join(
            f"{c.label} (--country {c.value})" for c in answer.clarify.choices))
    if answer.sources:
        src = answer.sources[0]
        typer.echo(f"\n— {src.title}" + (f" · {src.url}" if src.url else "")
                   + (f" · {src.updated}" if src.updated else ""))
    for rel in answer.related:
        typer.echo(f"→ {rel.title}")


@app.command()
def serve(index: IndexOpt = None,
          host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port")] = 8000) -> None:
    """Run the web API."""
    import uvicorn

    from bot.factory import make_answerer, make_store
    from bot.web import create_app

    settings = _settings(index_dir=index)
    try:
        store = make_store(settings)
        _purge(store, settings)
        answerer = make_answerer(settings, store=store)
        application = create_app(settings, answerer, store=store,
                                 telegram=_webhook_telegram(settings, answerer, store))
    except TanyakotaError as exc:
        _fail(str(exc))
        return
    uvicorn.run(application, host=host, port=port, log_level="info")


def _webhook_telegram(settings: Settings, answerer: Answerer,
                      store: Store) -> Application | None:
    """The Telegram application for the webhook, when its token and secret are set."""
    if not (settings.telegram_token and settings.telegram_webhook_secret):
        return None
    try:
        from bot.telegram import build_application
    except ImportError:
        log.warning("Telegram settings are set but this build has no Telegram bot; "
                    "serving without the webhook")
        return None
    return build_application(settings, answerer, store, webhook=True)


@app.command()
def report(since: Annotated[str | None, typer.Option(help="Only what was stored from "
                                                        "this date (YYYY-MM-DD)")] = None,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON for tooling")] = False,
           limit: Annotated[int, typer.Option(help="Rows per table", min=1)] = 20,
           threshold: Annotated[float, typer.Option(help="Similarity that groups two "
                                                    "questions (0-1)", min=0.0, max=1.0)]
           = 0.88) -> None:
    """Refused questions grouped by similarity, and the documents with the most 👎."""
    import datetime as dt

    from bot.factory import make_embedder_from, make_store
    from bot.report import build_report, render

    try:
        start = dt.date.fromisoformat(since) if since else None
    except ValueError:
        _fail(f"--since must be a date (YYYY-MM-DD), not {since!r}")
        return
    settings = _settings()
    embedders: list[VectorEmbedder] = []

    def embed(text: str) -> np.ndarray:  # the model loads only when there is something to group
        if not embedders:
            embedders.append(make_embedder_from(settings))
        return embedders[0].embed_query_vector(text)

    try:
        store = make_store(settings)
        _purge(store, settings)
        result = build_report(store, embed, start, limit=limit, threshold=threshold)
    except TanyakotaError as exc:
        _fail(str(exc))
        return
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(render(result))


def _purge(store: Store, settings: Settings) -> None:
    """Delete stored questions and feedback older than the retention period."""
    removed = store.purge(settings.retention_days)
    if removed:
        typer.echo(f"deleted {removed} stored question(s)/feedback older than "
                   f"{settings.retention_days} days", err=True)


@app.command("eval")
def evaluate(bench: Annotated[list[Path] | None, typer.Option(
                 "--bench", help="A benchmark folder (corpus.jsonl, queries.jsonl, qrels.tsv); "
                                 "repeatable")] = None,
             questions: Annotated[Path | None, typer.Option(
                 help="The question set: a .jsonl file or a folder of them")] = None,
             index: IndexOpt = None,
             as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON")]
             = False,
             misses: Annotated[int, typer.Option(help="Misses to list")] = 20) -> None:
    """Measure retrieval: BM25, dense and hybrid on benchmarks; the own question set."""
    from bot.evaluate import (
        bench_table,
        evaluate_bench,
        evaluate_questions,
        load_bench,
        load_questions,
        questions_table,
    )
    from bot.factory import make_answerer, make_embedder_from
    from indexer.embed import EmbeddingCache
    from indexer.store import cache_path

    settings = _settings(index_dir=index)
    default_questions = Path("tests/eval/questions")
    if questions is None and not bench and default_questions.exists():
        questions = default_questions
    results: dict = {}
    try:
        embedder = make_embedder_from(settings)
        for folder in bench or []:
            if not (folder / "corpus.jsonl").exists():
                _fail(f"{folder} is not a benchmark folder (no corpus.jsonl)")
            cache = EmbeddingCache(cache_path(settings.index_dir))
            try:
                result = evaluate_bench(load_bench(folder), embedder, cache)
            finally:
                cache.close()
            results[result.name] = result.scores
            if not as_json:
                typer.echo(bench_table(result) + "\n")
        if questions is not None:
            answerer = make_answerer(settings, embedder=embedder)
            own = evaluate_questions(answerer, load_questions(questions))
            results["questions"] = own
            if not as_json:
                typer.echo(questions_table(own, misses))
            conversations = Path("tests/eval/conversations.jsonl")
            if conversations.exists():
                from bot.conversation_eval import (
                    conversations_table,
                    evaluate_conversations,
                    load_conversations,
                )

                talk = evaluate_conversations(answerer, load_conversations(conversations))
                results["conversations"] = talk
                if not as_json:
                    typer.echo("\n" + conversations_table(talk, misses))
    except TanyakotaError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))


@app.command()
def bench(index: IndexOpt = None,
          only: Annotated[str | None, typer.Option(help="Comma-separated: latency, "
                          "throughput, indexing, incremental, scale, memory")] = None,
          quick: Annotated[bool, typer.Option("--quick", help="Tiny sizes: a smoke run")] = False,
          sizes: Annotated[str | None, typer.Option(help="Scale sizes, e.g. 10000,100000")]
          = None,
          as_json: Annotated[Path | None, typer.Option("--json", help="Write results")] = None
          ) -> None:
    """Measure answer latency, throughput, indexing, scale and memory against their floors."""
    from dataclasses import replace

    from bot import bench as benchmarks
    from bot.factory import make_embedder_from
    from indexer.build import DenseParams

    settings = _settings(index_dir=index)
    config = benchmarks.BenchConfig.quick() if quick else benchmarks.BenchConfig(
        dense=DenseParams.from_settings(settings))
    if sizes:
        config = replace(config, scale_sizes=tuple(int(s) for s in sizes.split(",")))
    chosen = tuple(s.strip() for s in only.split(",")) if only else benchmarks.BENCHMARKS
    try:
        tables = benchmarks.run(settings.index_dir, make_embedder_from(settings), config, chosen,
                                log=lambda m: typer.echo(f"… {m}", err=True),
                                on_table=lambda t: typer.echo(t.render() + "\n"))
    except (TanyakotaError, ValueError, RuntimeError) as exc:
        _fail(str(exc))
        return
    if as_json:
        benchmarks.write_json(as_json, tables, config)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
