"""A real `tanyakota -v serve`: no personal number in its logs (access log included) or
its database, whatever the resident sends."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.helpers.http_server import free_port

NIK = "3174012505900003"
PHONE = "0812-3456-7890"
MYKAD = "900525-14-5678"
OFF_TOPIC = "Siapa pemenang piala dunia sepak bola tahun 1998?"


def wait_ready(proc: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, log.read_text()
        try:
            if httpx.get(f"{url}/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "serve did not start"
        time.sleep(0.1)


def test_verbose_serve_writes_no_personal_number_to_logs_or_database(
        index_dir: Path, tmp_path: Path) -> None:
    port, db = free_port(), tmp_path / "served.db"
    env = {**os.environ, "TANYAKOTA_EMBED_THREADS": "2", "PYTHONIOENCODING": "utf-8",
           "TANYAKOTA_DATABASE_URL": f"sqlite:///{db}", "TANYAKOTA_RATE_LIMIT": "1000/minute"}
    env.pop("TANYAKOTA_TELEGRAM_TOKEN", None)
    out, err = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "-v", "serve", "--index",
                                 str(index_dir), "--port", str(port)], env=env,
                                stdout=stdout, stderr=stderr)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_ready(proc, url, err)
            assert httpx.get(f"{url}/v1/search", params={"q": f"ktp {NIK}"}).status_code == 200
            assert httpx.get(f"{url}/v1/search/{NIK}").status_code == 404
            for session in (None, "logs"):
                refused = httpx.post(f"{url}/v1/ask", timeout=30, json={
                    "question": f"{OFF_TOPIC} hubungi {PHONE}, ic {MYKAD}",
                    "session_id": session})
                assert refused.json()["answered"] is False
            assert httpx.post(f"{url}/v1/feedback", json={
                "question": f"nik saya {NIK}", "helpful": False,
                "comment": f"telepon {PHONE}"}).status_code == 201
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    logs = out.read_text(encoding="utf-8") + err.read_text(encoding="utf-8")
    assert "GET /v1/search?… HTTP/1.1" in logs  # the access log is on, its query dropped
    assert "POST /v1/ask HTTP/1.1" in logs and "INFO bot.answer:" in logs  # -v: app logs
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = " ".join(str(v) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')
                        for v in row)
    assert "[phone]" in rows and "[nik]" in rows
    for number in (NIK, PHONE, PHONE.replace("-", ""), MYKAD, MYKAD.replace("-", "")):
        assert number not in logs, number
        assert number not in rows, number
