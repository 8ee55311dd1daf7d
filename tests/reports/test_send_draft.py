"""Sending a chat's report draft: made once, and never lost when it cannot be made."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from bot.assistant import Assistant
from bot.channels.report_texts import description_problem
from bot.reports.model import InvalidReport
from bot.state.drafts import ReportDraft

CHAT = "whatsapp:test-send"
FIELDS = {"lang": "id", "country": "ID", "category": "jalan",
          "location": "Jl. Merdeka depan toko"}


def test_a_draft_is_sent_once_and_then_gone(reporting: Assistant) -> None:
    draft = reporting.save_report_draft(ReportDraft(CHAT, "confirm", {
        **FIELDS, "description": "Jalan berlubang dalam di depan rumah, sudah dua minggu."}))
    made = reporting.send_report_draft(draft, "whatsapp")
    assert made is not None and made.reference.startswith("TK-")
    assert reporting.report_draft(CHAT) is None
    assert reporting.send_report_draft(draft, "whatsapp") is None  # another replica's try


def test_a_draft_that_cannot_be_made_stays_for_the_resident(reporting: Assistant) -> None:
    """Its description is only a phone number: masked, too short to be a report. Sending
    fails with the reason, and what the resident wrote is still there to fix."""
    draft = reporting.save_report_draft(ReportDraft(CHAT, "confirm", {
        **FIELDS, "description": "0812345678901"}))
    with pytest.raises(InvalidReport, match="description"):
        reporting.send_report_draft(draft, "whatsapp")
    kept = reporting.report_draft(CHAT)
    assert kept is not None and kept.step == "confirm" and kept.get("location") == (
        FIELDS["location"])


def test_a_description_is_measured_as_it_will_be_kept() -> None:
    assert description_problem("0812345678901") == "too_short"  # kept as "[phone]"
    assert description_problem("Jalan berlubang dalam di depan rumah saya.") is None


def test_a_drafts_photo_is_kept_as_it_was_cleaned_not_encoded_again(
        reporting: Assistant) -> None:
    raw = io.BytesIO()
    # noise: a second JPEG pass over it changes the bytes (a flat colour would not)
    Image.frombytes("RGB", (64, 48), random.Random(7).randbytes(64 * 48 * 3)).save(
        raw, "JPEG", quality=95)
    clean = reporting.clean_report_photo(raw.getvalue())
    draft = reporting.save_report_draft(ReportDraft(CHAT, "confirm", {
        **FIELDS, "description": "Jalan berlubang dalam di depan rumah, sudah dua minggu."},
        photo=clean))
    made = reporting.send_report_draft(draft, "whatsapp")
    assert made is not None and reporting.reports is not None
    stored = reporting.reports.store.photo(made.reference)
    assert stored is not None and stored.content_type == "image/jpeg"
    assert stored.data == clean  # a second JPEG pass would change the bytes
