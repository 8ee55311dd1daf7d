"""The chat widget in a real headless browser (Debian's chromium, driven by Playwright),
against the real app on a local port with a real store."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.state.store import Store
from tests.helpers.browser import ARTIFACTS, open_widget
from tests.helpers.http_server import serve

pytestmark = pytest.mark.browser

KTP = "KTP saya hilang, bagaimana cara mengurusnya?"


def test_widget_answers_shows_the_source_and_stores_thumbs_up(page, widget_url: str,
                                                              widget_store: Store) -> None:
    from playwright.sync_api import expect

    open_widget(page, widget_url + "/")
    panel = page.locator(".tk-panel")
    expect(panel).to_be_visible()
    question = page.locator("textarea#tk-input")
    expect(question).to_be_focused()
    expect(question).to_have_attribute("placeholder", "Tulis pertanyaan Anda…")
    question.fill(KTP)
    question.press("Enter")

    answer = page.locator(".tk-answer").last
    expect(answer).to_be_visible()
    expect(answer).not_to_have_class("tk-answer tk-refused")
    link = answer.locator("a.tk-source-link")
    expect(link).to_have_text("Penggantian KTP-el Hilang atau Rusak")
    expect(link).to_have_attribute("href", "https://dukcapil.kemendagri.go.id/")
    expect(answer.locator("time")).to_have_attribute("datetime", "2026-11-28")
    expect(answer).to_contain_text("Diperbarui")
    expect(page.locator(".tk-log")).to_have_attribute("aria-live", "polite")

    answer.locator('button[data-helpful="true"]').click()
    expect(answer.locator("[role=status]")).to_have_text("Terima kasih atas masukan Anda.")
    rows = [f for f in widget_store.feedback() if f.question == KTP]
    assert len(rows) == 1
    assert (rows[0].helpful, rows[0].doc_id, rows[0].lang, rows[0].channel) == (
        True, "id/ktp-hilang.md", "id", "web")
    assert rows[0].session_id  # the widget's session id

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget.png"))

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(page.locator("button.tk-bubble")).to_be_focused()
    expect(page.locator("button.tk-bubble")).to_have_attribute("aria-expanded", "false")


def test_widget_speaks_malay_and_says_clearly_when_it_refuses(page, widget_url: str) -> None:
    from playwright.sync_api import expect

    open_widget(page, widget_url + "/?lang=ms")
    question = page.locator("textarea#tk-input")
    expect(question).to_have_attribute("placeholder", "Tulis soalan anda…")
    question.fill("Siapa pemenang piala dunia bola sepak tahun 1998?")
    page.locator("button.tk-send").click()
    refused = page.locator(".tk-refused")
    expect(refused).to_contain_text("Belum ada jawapan pasti untuk soalan ini.")
    expect(refused.locator("a")).to_have_count(1)  # the official channel, as a link
    expect(refused.locator("button.tk-vote")).to_have_count(0)


def test_widget_offers_retry_when_the_network_fails(page, widget_url: str) -> None:
    from playwright.sync_api import expect

    open_widget(page, widget_url + "/")
    page.route("**/v1/ask", lambda route: route.abort("internetdisconnected"))
    question = page.locator("textarea#tk-input")
    question.fill(KTP)
    question.press("Enter")
    error = page.locator(".tk-error")
    expect(error).to_contain_text("Koneksi gagal")
    retry = error.locator("button.tk-retry")
    expect(retry).to_be_focused()
    page.unroute("**/v1/ask")
    retry.click()
    expect(page.locator(".tk-error")).to_have_count(0)
    expect(page.locator(".tk-answer a.tk-source-link")).to_have_attribute(
        "href", "https://dukcapil.kemendagri.go.id/")


def test_widget_sends_its_api_key_and_lang_from_the_script_tag(page, settings: Settings,
                                                                assistant: Assistant) -> None:
    """A portal page on another origin embeds the widget with data-api-key and data-lang."""
    from playwright.sync_api import expect

    api: dict[str, str] = {}

    async def portal_page(request: Request) -> HTMLResponse:
        return HTMLResponse(f'<!doctype html><html lang="en"><body><h1>Portal</h1>'
                            f'<script src="{api["url"]}/widget.js" data-lang="ms" '
                            f'data-country="MY" data-api-key="portal-key"></script></body></html>')

    with serve(Starlette(routes=[Route("/", portal_page)])) as portal:
        keyed = settings.model_copy(update={"api_keys": ["portal-key"],
                                            "cors_origins": [portal]})
        with serve(create_app(keyed, assistant)) as url:
            api["url"] = url
            open_widget(page, f"{portal}/")
            question = page.locator("textarea#tk-input")
            expect(question).to_have_attribute("placeholder", "Tulis soalan anda…")
            with page.expect_request(f"{url}/v1/ask") as sent:
                question.fill("IC saya hilang, macam mana nak buat baru?")
                question.press("Enter")
            assert sent.value.header_value("x-api-key") == "portal-key"
            assert sent.value.post_data_json["lang"] == "ms"
            assert sent.value.post_data_json["country"] == "MY"
            expect(page.locator(".tk-answer a.tk-source-link")).to_have_attribute(
                "href", "https://www.jpn.gov.my/")


def test_widget_turns_clarify_choices_and_related_topics_into_buttons(page,
                                                                      widget_url: str) -> None:
    """The first answer (a fake at the widget's HTTP boundary) asks back; the rest is real."""
    from playwright.sync_api import expect

    ambiguous = {"answered": False, "answer": "", "lang": "id", "country": None,
                 "sources": [], "confidence": 0.4, "related": [],
                 "clarify": {"question": "Indonesia atau Malaysia?",
                             "choices": [{"label": "Indonesia", "value": "ID"},
                                         {"label": "Malaysia", "value": "MY"}]}}
    answered = {"answered": True, "answer": "Bawa surat keterangan kehilangan.", "lang": "id",
                "country": "ID", "confidence": 0.9, "clarify": None,
                "sources": [{"doc_id": "id/ktp-hilang.md", "title": "KTP", "url": None,
                             "updated": None, "score": 0.03}],
                "related": [{"doc_id": "id/akta-kelahiran.md",
                             "title": "Pembuatan Akta Kelahiran"}]}
    replies = [ambiguous, answered]

    def reply(route) -> None:
        if replies:
            route.fulfill(status=200, json=replies.pop(0))
        else:
            route.continue_()

    open_widget(page, widget_url + "/")
    page.route("**/v1/ask", reply)
    question = page.locator("textarea#tk-input")
    question.fill("Bagaimana mendaftar kelahiran bayi saya?")
    question.press("Enter")
    choices = page.locator(".tk-choices button")
    expect(choices).to_have_text(["Indonesia", "Malaysia"])
    with page.expect_request("**/v1/ask") as sent:
        choices.nth(1).click()
    assert sent.value.post_data_json["country"] == "MY"
    assert sent.value.post_data_json["question"] == "Bagaimana mendaftar kelahiran bayi saya?"
    chip = page.locator(".tk-related button")
    expect(chip).to_have_text(["Pembuatan Akta Kelahiran"])
    with page.expect_request("**/v1/ask") as sent:
        chip.click()
    assert sent.value.post_data_json["question"] == "Pembuatan Akta Kelahiran"
    assert sent.value.post_data_json["country"] == "MY"  # the chosen country is kept
    expect(page.locator(".tk-answer a.tk-source-link").last).to_have_attribute(
        "href", "https://www.jpn.gov.my/")
