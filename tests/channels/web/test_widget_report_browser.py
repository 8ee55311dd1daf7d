"""The widget's "Laporkan / Buat aduan" form in a real headless Chromium, against the real
app forwarding to the local mail server and webhook."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from tests.helpers.browser import ARTIFACTS, PHONE, open_widget
from tests.helpers.http_server import serve
from tests.helpers.reports import MailServer, WebhookReceiver, forwarding
from tests.reports.test_photo import jpeg_with_gps

pytestmark = pytest.mark.browser

BANDUNG = {"latitude": -6.914744, "longitude": 107.60981}


@pytest.fixture
def report_url(settings: Settings, reporting: Assistant, mail_server: MailServer,
               webhook: WebhookReceiver) -> Iterator[str]:
    with serve(create_app(forwarding(settings, mail_server, webhook), reporting)) as url:
        yield url


@pytest.fixture
def located_page(browser: object) -> Iterator[object]:
    context = browser.new_context(**PHONE, geolocation=BANDUNG,  # type: ignore[attr-defined]
                                  permissions=["geolocation"])
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def test_widget_report_form_sends_a_located_report_with_a_photo_to_the_city(
        located_page, report_url: str, reporting: Assistant, mail_server: MailServer,
        webhook: WebhookReceiver, tmp_path) -> None:
    from playwright.sync_api import expect

    page = located_page
    open_widget(page, report_url + "/")
    page.locator("button.tk-report-open").click()
    form = page.locator("form.tk-report")
    expect(form).to_be_visible()
    expect(page.locator(".tk-log")).to_be_hidden()
    category = form.locator("select#tk-r-category")
    expect(category.locator("option")).to_have_count(7)
    category.select_option("street_light")
    form.locator("#tk-r-description").fill("rusak")
    form.locator("button.tk-report-send").click()
    error = form.locator('[data-field="description"] .tk-field-error')
    expect(error).to_have_text("Uraian harus 10–2.000 karakter.")
    expect(form.locator("#tk-r-description")).to_be_focused()
    expect(form.locator("#tk-r-description")).to_have_attribute("aria-invalid", "true")

    form.locator("#tk-r-description").fill("Lampu jalan di depan masjid mati sejak Senin, "
                                           "gelap sekali. Telepon saya 081234567890.")
    form.locator("#tk-r-location").fill("Jl. Asia Afrika, depan masjid")
    form.locator("button.tk-locate").click()
    expect(form.locator(".tk-point")).to_have_text("Titik lokasi: -6.91474, 107.60981")
    photo = tmp_path / "lampu.jpg"
    photo.write_bytes(jpeg_with_gps())
    form.locator("#tk-r-photo").set_input_files(str(photo))
    form.locator("#tk-r-contact").fill("warga@example.com")
    form.locator("button.tk-report-send").click()

    done = page.locator(".tk-reported")
    expect(done).to_contain_text("Laporan tercatat dengan nomor TK-")
    expect(done).to_contain_text("diteruskan ke petugas kota")
    expect(form).to_be_hidden()
    reference = done.locator("code.tk-reference").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget-report.png"))

    assert reporting.reports is not None
    stored = reporting.reports.store.get(reference)
    assert stored is not None and stored.category == "street_light"
    assert (stored.latitude, stored.longitude) == (-6.914744, 107.60981)
    assert "[phone]" in stored.description and stored.contact == "warga@example.com"
    assert stored.has_photo and stored.channel == "web"
    (hook,) = webhook.wait_for(1)
    (mail,) = mail_server.wait_for(1)
    assert hook.signed() and hook.json()["reference"] == reference
    assert hook.json()["location"] == "Jl. Asia Afrika, depan masjid"
    assert reference in mail["Subject"]

    page.locator("textarea#tk-input").fill(f"status {reference}")
    page.locator("textarea#tk-input").press("Enter")
    expect(page.locator(".tk-answer").last).to_contain_text(f"Status laporan {reference}")


def test_widget_offers_a_report_after_a_refusal_in_malay(page, report_url: str) -> None:
    from playwright.sync_api import expect

    open_widget(page, report_url + "/?lang=ms")
    expect(page.locator("button.tk-report-open")).to_have_text("Buat aduan")
    question = page.locator("textarea#tk-input")
    question.fill("nak buat aduan longkang tersumbat depan rumah")
    question.press("Enter")
    offer = page.locator(".tk-answer button.tk-offer").last
    expect(offer).to_have_text("Adukan masalah ini")
    offer.click()
    form = page.locator("form.tk-report")
    expect(form.locator("#tk-r-description")).to_have_value(
        "nak buat aduan longkang tersumbat depan rumah")
    expect(form.locator("select#tk-r-country")).to_have_value("MY")
    expect(form.locator("select#tk-r-category option").nth(1)).to_have_text("Longkang")
    form.locator("button.tk-report-cancel").click()
    expect(form).to_be_hidden()
    expect(page.locator("textarea#tk-input")).to_be_focused()
