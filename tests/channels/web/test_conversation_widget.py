"""The widget's country buttons and follow-ups against the real API, in a real browser."""

from __future__ import annotations

import pytest

from bot.state.store import Store
from tests.helpers.browser import open_widget

pytestmark = pytest.mark.browser

JPN = "https://www.jpn.gov.my/"


def test_widget_asks_for_the_country_then_follows_up_in_the_session(page, widget_url: str,
                                                                    widget_store: Store) -> None:
    from playwright.sync_api import expect

    open_widget(page, widget_url + "/")
    question = page.locator("textarea#tk-input")
    question.fill("Bagaimana mendaftar kelahiran bayi saya?")
    question.press("Enter")
    choices = page.locator(".tk-clarify .tk-choices button")
    expect(choices).to_have_text(["Indonesia", "Malaysia"])
    expect(page.locator(".tk-refused")).to_have_count(0)  # a question back, not a refusal
    with page.expect_request("**/v1/ask") as sent:
        choices.nth(1).click()
    body = sent.value.post_data_json
    assert body["country"] == "MY" and body["session_id"]
    links = page.locator(".tk-answer a.tk-source-link")
    expect(links.last).to_have_attribute("href", JPN)
    question.fill("berapa bayarannya?")
    question.press("Enter")
    expect(links).to_have_count(2)
    expect(links.last).to_have_text("Pendaftaran Kelahiran dan Sijil Kelahiran")
    turns = widget_store.turns(body["session_id"])
    assert [t.country for t in turns] == ["MY", "MY", None]
