"""Real `tanyakota serve` processes (replicas) on free ports, sharing one database."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.helpers.http_server import free_port

ROOT = Path(__file__).parents[2]


class Replica:
    """One `tanyakota serve` process; `url` once `wait_ready()` returned."""

    def __init__(self, index_dir: Path, database_url: str, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(tempfile.mkstemp(prefix="tanyakota-replica-", suffix=".log")[1])
        settings = {"TANYAKOTA_INDEX_DIR": str(index_dir), "TANYAKOTA_DATABASE_URL":
                    database_url, "TANYAKOTA_EMBED_THREADS": "1",
                    "TANYAKOTA_TELEGRAM_TOKEN": "", **env}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port)],
            env={**os.environ, "PYTHONPATH": str(ROOT), **settings}, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=self.log.open("wb"))

    def wait_ready(self, timeout: float = 180.0) -> Replica:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"replica exited {self.proc.returncode}: {self.output()}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"replica did not start: {self.output()}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.unlink(missing_ok=True)


@contextmanager
def replicas(index_dir: Path, database_url: str, n: int = 2,
             **env: str) -> Iterator[Sequence[Replica]]:
    """`n` replicas started at the same moment, once all are ready."""
    started = [Replica(index_dir, database_url, **env) for _ in range(n)]
    try:
        for replica in started:
            replica.wait_ready()
        yield started
    finally:
        for replica in started:
            replica.stop()
