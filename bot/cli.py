"""The `tanyakota` command: index, check, ask, serve; eval, bench, report; telegram; staff;
reports; db."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from bot.channels.console.cli import app as staff_app
from bot.channels.telegram.cli import app as telegram_app
from bot.cli_db import app as db_app
from bot.cli_support import IndexOpt, KnowledgeOpt, fail, one_line_errors, settings_with
from bot.config import Settings
from bot.quality.cli import register as register_quality
from bot.reports.cli import app as reports_app
from indexer.countries import COUNTRIES, LANGS
from indexer.errors import TanyakotaError

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.assistant import Assistant
    from indexer.build import BuildReport
    from indexer.embed import VectorEmbedder

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Tanyakota — ask the city. Public-service answers in Indonesian and Malay.")
app.add_typer(telegram_app, name="telegram")
app.add_typer(staff_app, name="staff")
app.add_typer(db_app, name="db")
app.add_typer(reports_app, name="reports")
register_quality(app)
log = logging.getLogger("tanyakota")


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    from bot.state.privacy import MaskingFilter

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:  # no personal number in any log line
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its URLs carry the bot token


@app.command()
@one_line_errors
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

    settings = settings_with(knowledge_dir=knowledge, index_dir=index)
    embedder = make_embedder_from(settings)
    detect = LanguageDetector().detect_document
    if not watch:
        if not _build(settings, embedder, detect, wait, progress).ok:
            raise typer.Exit(2)
        return

    from indexer.watch import watch_knowledge

    if not settings.knowledge_dir.is_dir():
        fail(f"knowledge folder {settings.knowledge_dir} does not exist")

    def rebuild() -> None:
        try:
            _build(settings, embedder, detect, max(wait, 60.0), progress=False)
        except TanyakotaError as exc:  # the watch goes on: the next change may fix it
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
@one_line_errors
def check(knowledge: KnowledgeOpt = None) -> None:
    """Validate the knowledge folder without building: one `path:line: reason` per problem."""
    from indexer.check import check_knowledge

    settings = settings_with(knowledge_dir=knowledge)
    report = check_knowledge(settings.knowledge_dir, review_months=settings.review_months)
    for problem in report.problems:
        typer.echo(f"{settings.knowledge_dir / problem.path}:{problem.line or 1}: "
                   f"{problem.reason}")
    for warning in report.warnings:
        typer.echo(f"{settings.knowledge_dir / warning.path}:1: warning: {warning.reason}")
    if report.ok:
        due = f", {len(report.warnings)} due for review" if report.warnings else ""
        typer.echo(f"{len(report.files)} files OK{due}")
        return
    bad = len({p.path for p in report.problems})
    typer.secho(f"{len(report.problems)} problem(s) in {bad} file(s); {report.files_ok} "
                "files OK", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@app.command()
@one_line_errors
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
    from bot.factory import make_assistant, make_store

    if country is not None and country.upper() not in COUNTRIES:
        fail(f"--country must be one of {', '.join(COUNTRIES)}, not {country!r}")
    if lang is not None and lang.lower() not in LANGS:
        fail(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    settings = settings_with(index_dir=index)
    assistant = make_assistant(settings, store=make_store(settings) if session else None)
    answer = assistant.ask(question, country.upper() if country else None,
                           lang.lower() if lang else None, session_id=session, channel="cli")
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
@one_line_errors
def serve(index: IndexOpt = None,
          host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port")] = 8000) -> None:
    """Run the web API (deadlines, trusted proxies and masked logs: see README, Security)."""
    from bot.channels.web.app import create_app
    from bot.channels.web.server import run
    from bot.factory import make_assistant, make_store
    from bot.quality.cli import purge

    settings = settings_with(index_dir=index)
    store = make_store(settings)
    purge(store, settings)
    assistant = make_assistant(settings, store=store,
                               background_writes=settings.background_writes)
    application = create_app(settings, assistant,
                             telegram=_webhook_telegram(settings, assistant))
    run(application, settings, host, port)


def _webhook_telegram(settings: Settings, assistant: Assistant) -> Application | None:
    """The Telegram application for the webhook, when its token and secret are set."""
    if not (settings.telegram_token and settings.telegram_webhook_secret):
        return None
    try:
        from bot.channels.telegram.app import build_application
    except ImportError:
        log.warning("Telegram settings are set but this build has no Telegram bot; "
                    "serving without the webhook")
        return None
    return build_application(settings, assistant, webhook=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
