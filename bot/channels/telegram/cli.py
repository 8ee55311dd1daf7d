"""`tanyakota telegram`: run the bot by polling, or register the production webhook."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from bot.cli_support import IndexOpt, fail, one_line_errors, settings_with
from bot.config import Settings

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


def _settings(index: Path | None) -> Settings:
    settings = settings_with(index_dir=index)
    if not settings.telegram_token:
        fail("TANYAKOTA_TELEGRAM_TOKEN is not set (create a bot with @BotFather)")
    return settings


@app.callback(invoke_without_command=True)
@one_line_errors
def telegram(ctx: typer.Context, index: IndexOpt = None) -> None:
    """Run the bot by polling Telegram (for local use; production uses the webhook)."""
    if ctx.invoked_subcommand is not None:
        return
    from bot.channels.telegram.app import ALLOWED_UPDATES, build_application
    from bot.factory import make_assistant, make_store

    settings = _settings(index)
    assistant = make_assistant(settings, store=make_store(settings),
                               background_writes=settings.background_writes)
    application = build_application(settings, assistant)
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

    from bot.channels.telegram.app import ALLOWED_UPDATES, keep_token_out_of_logs

    settings = _settings(None)
    if not settings.telegram_webhook_secret:
        fail("TANYAKOTA_TELEGRAM_WEBHOOK_SECRET is not set; the webhook refuses requests "
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
        fail(f"Telegram refused the webhook: {exc}")
    typer.echo(f"Webhook set: {url}")
