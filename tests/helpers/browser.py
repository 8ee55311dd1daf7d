"""Browser fixtures: Debian's chromium driven by Playwright, and the app serving the widget."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.state.store import Store, create_store
from tests.helpers.http_server import serve

CHROMIUM = Path(os.environ.get("TANYAKOTA_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}

@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing (make test-install installs it)")
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def widget_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return create_store(f"sqlite:///{tmp_path_factory.mktemp('widget')}/tanyakota.db")


@pytest.fixture(scope="module")
def widget_url(settings: Settings, assistant: Assistant, widget_store: Store) -> Iterator[str]:
    """The real app with the widget, keeping what residents send in `widget_store`."""
    with serve(create_app(settings, assistant.with_store(widget_store))) as url:
        yield url


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(**PHONE)  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def open_widget(page: object, url: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    page.locator("button.tk-bubble").click()  # type: ignore[attr-defined]
