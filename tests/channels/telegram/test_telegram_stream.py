"""Telegram with a language model: the first words are sent, the message is edited as the
rest comes (throttled), and the final edit is the answer with its source and buttons."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.assistant import Assistant
from bot.channels.telegram.app import build_application
from bot.channels.telegram.bot import EDIT_EVERY
from bot.config import Settings
from bot.state.store import Store
from tests.helpers.openai_fake import INVENTED_AMOUNT, FakeOpenAI
from tests.helpers.phrasing import SIM
from tests.helpers.telegram_fake import FakeBotAPI, buttons, polling


@pytest.fixture
async def llm_bot(bot_settings: Settings, assistant_llm: Assistant, store: Store
                  ) -> AsyncIterator[Application]:
    async with polling(build_application(bot_settings, assistant_llm.with_store(store))) as app:
        yield app


async def ask(fake: FakeBotAPI, text: str) -> tuple[list[dict], list[dict], float]:
    """(messages sent, edits, seconds) until the edit that carries the buttons."""
    started = time.monotonic()
    fake.push(message=fake.message(text))
    await asyncio.to_thread(fake.wait_for, "editMessageText",
                            lambda p: bool(p.get("reply_markup")))
    return fake.sent(), fake.sent("editMessageText"), time.monotonic() - started


async def test_the_answer_grows_in_one_message_then_gets_its_source_and_buttons(
        llm_bot: Application, fake: FakeBotAPI, model: FakeOpenAI) -> None:
    model.chunk_delay = 0.08
    sent, edits, elapsed = await ask(fake, SIM)
    (first,) = sent
    assert first["text"].endswith(" …") and first["text"].startswith("Jawaban")
    assert int(first["reply_parameters"]["message_id"]) > 0  # quotes the question
    final = edits[-1]
    assert int(final["message_id"]) == first["_result"]["message_id"]
    assert final["text"].startswith("Jawaban singkat:") and "Rp80.000" in final["text"]
    assert "sim.contoh.go.id" in final["text"]
    assert [b["callback_data"][:2] for b in buttons(final)][:2] == ["f|", "f|"]
    # throttled: at most one edit per EDIT_EVERY while the model writes, plus the final one
    assert 1 <= len(edits) - 1 <= elapsed / EDIT_EVERY + 1


async def test_a_refused_wording_is_replaced_by_the_extractive_answer(
        llm_bot: Application, fake: FakeBotAPI, model: FakeOpenAI) -> None:
    model.behaviour, model.chunk_delay = "invent_amount", 0.05
    sent, edits, _ = await ask(fake, SIM)
    assert len(sent) == 1
    assert edits[-1]["text"].startswith("SIM A dan SIM C diperpanjang")
    assert all(INVENTED_AMOUNT not in p["text"] for p in sent + edits)
