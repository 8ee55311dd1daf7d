"""`tanyakota telegram`: run the bot by polling, or register the production webhook."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from indexer.config import Settings
from indexer.errors import TanyakotaError

app = typer.Typer(add_completion=False,
                  help="The Telegram bot: without a command, run it by polling Telegram.")

# What the bot's command menu shows (Indonesian by default, Malay for Malay clients).
COMMANDS = {
    None: [("start", "Mulai dan pilih negara"), ("bantuan", "Apa yang bisa ditanyakan"),
           ("negara", "Ganti negara"), ("bahasa", "Ganti bahasa jawaban"),
           ("lapor", "Kanal pengaduan layanan publik")],
    "ms": [("start", "Mula dan pilih negara"), ("bantuan", "Apa yang boleh ditanya"),
           ("negara", "Tukar negara"), ("bahasa", "Tukar bahasa jawapan"),
           ("lapor", "Saluran aduan perkhidmatan awam")],
}


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _settings(index: Path | None) -> Settings:
    settings = Settings()
    if index is not None:
        settings = settings.model_copy(update={"index_dir": index})
    if not settings.telegram_token:
        _fail("TANYAKOTA_TELEGRAM_TOKEN is not set (create a bot with @BotFather)")
    return settings


@app.callback(invoke_without_command=True)
def telegram(ctx: typer.Context,
             index: Annotated[Path | None, typer.Option(
                 "--index", help="Index folder (default: TANYAKOTA_INDEX_DIR)")] = None
             ) -> None:
    """Run the bot by polling Telegram (for local use; production uses the webhook)."""
    if ctx.invoked_subcommand is not None:
        return
    from bot.factory import make_answerer, make_store
    from bot.telegram import ALLOWED_UPDATES, build_application

    settings = _settings(index)
    try:
        store = make_store(settings)
        application = build_application(settings, make_answerer(settings, store=store), store)
    except TanyakotaError as exc:
        _fail(str(exc))
        return
    typer.echo("Polling Telegram for updates; Ctrl+C stops.", err=True)
    application.run_polling(allowed_updates=ALLOWED_UPDATES)


@app.command("set-webhook")
def set_webhook(url: Annotated[str, typer.Argument(
                    help="Public HTTPS address of POST /telegram/webhook")],
                drop_pending: Annotated[bool, typer.Option(
                    help="Discard updates Telegram is still holding")] = False) -> None:
    """Point Telegram at the web app's webhook, with the secret token; sets the command menu."""
    from telegram import Bot, BotCommand
    from telegram.error import TelegramError

    from bot.telegram import ALLOWED_UPDATES, keep_token_out_of_logs

    settings = _settings(None)
    if not settings.telegram_webhook_secret:
        _fail("TANYAKOTA_TELEGRAM_WEBHOOK_SECRET is not set; the webhook refuses requests "
              "without it")
    token = settings.telegram_token or ""
    keep_token_out_of_logs(token)

    async def register() -> None:
        async with Bot(token, base_url=settings.telegram_api_url) as bot:
            await bot.set_webhook(url, secret_token=settings.telegram_webhook_secret,
                                  allowed_updates=ALLOWED_UPDATES,
                                  drop_pending_updates=drop_pending)
            for lang, commands in COMMANDS.items():
                await bot.set_my_commands([BotCommand(c, d) for c, d in commands],
                                          language_code=lang)

    try:
        asyncio.run(register())
    except TelegramError as exc:
        _fail(f"Telegram refused the webhook: {exc}")
    typer.echo(f"Webhook set: {url}")
