"""`tanyakota telegram` (polling, in a real subprocess) and `tanyakota telegram set-webhook`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.channels.telegram.cli import COMMANDS
from tests.helpers.telegram_fake import SECRET, TOKEN, FakeBotAPI


def env_for(fake: FakeBotAPI, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "TANYAKOTA_TELEGRAM_TOKEN": TOKEN,
            "TANYAKOTA_TELEGRAM_API_URL": fake.base_url,
            "TANYAKOTA_TELEGRAM_WEBHOOK_SECRET": SECRET,
            "TANYAKOTA_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
            "TANYAKOTA_EMBED_THREADS": "2", **extra}


def tanyakota(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=60)


def test_set_webhook_registers_url_secret_and_commands(fake: FakeBotAPI, tmp_path: Path) -> None:
    result = tanyakota("-v", "telegram", "set-webhook", "https://kota.example/telegram/webhook",
                       env=env_for(fake, tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Webhook set: https://kota.example/telegram/webhook" in result.stdout
    (hook,) = fake.sent("setWebhook")
    assert hook["url"] == "https://kota.example/telegram/webhook"
    assert hook["secret_token"] == SECRET
    assert hook["allowed_updates"] == ["message", "callback_query"]
    menus = fake.sent("setMyCommands")
    assert [m.get("language_code") for m in menus] == list(COMMANDS)
    assert {c["command"] for c in menus[0]["commands"]} >= {"start", "negara", "bahasa",
                                                            "lapor", "bantuan"}
    assert TOKEN not in result.stdout + result.stderr


def test_set_webhook_without_a_secret_fails_with_one_line(fake: FakeBotAPI,
                                                          tmp_path: Path) -> None:
    result = tanyakota("telegram", "set-webhook", "https://kota.example/telegram/webhook",
                       env=env_for(fake, tmp_path, TANYAKOTA_TELEGRAM_WEBHOOK_SECRET=""),
                       cwd=tmp_path)
    assert result.returncode == 1
    assert "TANYAKOTA_TELEGRAM_WEBHOOK_SECRET" in result.stderr
    assert fake.sent("setWebhook") == []


def test_polling_command_answers_and_stops_cleanly_without_logging_the_token(
        fake: FakeBotAPI, tmp_path: Path, index_dir: Path) -> None:
    env = env_for(fake, tmp_path, TANYAKOTA_INDEX_DIR=str(index_dir))
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "-v", "telegram"], env=env,
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        fake.push(message=fake.message("ktp saya hilang, gimana ngurusnya?"))
        (sent,) = fake.wait_for("sendMessage", timeout=60)
        assert "Penggantian KTP-el Hilang atau Rusak" in sent["text"]
        assert fake.sent("deleteWebhook")  # polling takes over from any webhook
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Application started" in err  # the INFO log is there …
    assert TOKEN not in out + err  # … without the token


def test_polling_command_without_a_token_fails_with_one_line(fake: FakeBotAPI,
                                                             tmp_path: Path) -> None:
    result = tanyakota("telegram", env=env_for(fake, tmp_path, TANYAKOTA_TELEGRAM_TOKEN=""),
                       cwd=tmp_path)
    assert result.returncode == 1 and "TANYAKOTA_TELEGRAM_TOKEN" in result.stderr
