"""The console in headless Chromium: log in through the form, read the overview and the
questions not answered, change a report's status, log out — with no script on any page."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.state.store import Store
from tests.channels.console.conftest import PASSWORD, MemoryBoard
from tests.helpers.browser import ARTIFACTS
from tests.helpers.fixtures import unsure as unsure_desk

pytestmark = pytest.mark.browser


@pytest.fixture()
def desk(browser: object):  # a desktop window; the shared `page` fixture is a phone
    context = browser.new_context(viewport={"width": 1280, "height": 900},  # type: ignore
                                  java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def desk_of(assistant: Assistant, store: Store) -> Assistant:
    """The front desk on `store`, so unsure it offers suggestions."""
    return unsure_desk(assistant.with_store(store))


def test_staff_member_logs_in_changes_a_report_and_logs_out(desk, url: str,
                                                           board: MemoryBoard,
                                                           dated_assistant: Assistant,
                                                           console_store: Store) -> None:
    from playwright.sync_api import expect

    page = desk
    page.goto(url + "/staff/")
    expect(page).to_have_url(url + "/staff/login")
    page.get_by_label("Nama pengguna").fill("siti")
    page.get_by_label("Kata sandi").fill("bukan-kata-sandinya")
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("alert")).to_have_text("Nama pengguna atau kata sandi salah.")

    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    expect(page).to_have_url(url + "/staff/")
    expect(page.locator("dd.version")).to_have_text(dated_assistant.manifest().version)
    expect(page.locator("dd.documents")).to_have_text("6")
    expect(page.locator("svg.chart rect.answered")).to_have_count(30)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "console-overview.png"), full_page=True)

    desk_of(dated_assistant, console_store).ask("syarat bikin paspor apa aja", "ID")
    dated_assistant.with_store(console_store).ask("harga tiket konser minggu depan", "ID")
    page.get_by_role("link", name="Pertanyaan tak terjawab").click()
    expect(page.locator("#refused-questions table")).to_contain_text("konser")
    expect(page.locator("#suggested td.offered")).to_contain_text("Permohonan Paspor Biasa")
    page.screenshot(path=str(ARTIFACTS / "console-refused.png"), full_page=True)

    page.get_by_role("link", name="Perlu ditinjau").click()
    expect(page.locator("table.review")).to_contain_text("id/akta-kelahiran.md")

    page.get_by_role("link", name="Laporan").click()
    row = page.locator("#report-TK-7Q4M2X9KDA")
    expect(row.locator(".status")).to_have_text("received")
    row.get_by_label("Status").select_option("in_progress")
    row.get_by_label("Catatan untuk pelapor").fill("Petugas sedang menuju lokasi")
    row.get_by_role("button", name="Ubah status").click()
    expect(page.get_by_role("status")).to_have_text(
        "Status TK-7Q4M2X9KDA diubah menjadi in_progress.")
    expect(page.locator("#report-TK-7Q4M2X9KDA .status")).to_have_text("in_progress")
    assert board.items["TK-7Q4M2X9KDA"].note == "Petugas sedang menuju lokasi"
    page.screenshot(path=str(ARTIFACTS / "console-reports.png"), full_page=True)

    page.get_by_role("link", name="Bahasa Melayu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aduan")

    page.get_by_role("button", name="Log keluar").click()
    expect(page).to_have_url(url + "/staff/login")
    page.goto(url + "/staff/reports")
    expect(page).to_have_url(url + "/staff/login")
