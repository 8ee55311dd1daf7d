"""Making a report in Telegram, through the Bot API stand-in: /lapor, category buttons,
description, the location button, a photo, the summary, the reference; forwarded once to
the local mail server and webhook; the refusal and 👎 offer a report; "status TK-…"."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import pytest
from PIL import Image
from telegram.ext import Application

from bot.assistant import Assistant
from bot.channels.telegram.app import build_application
from bot.config import Settings
from bot.reports.model import find_reference
from tests.helpers.reports import MailServer, WebhookReceiver
from tests.helpers.telegram_fake import FakeBotAPI, buttons, polling, reply_to
from tests.reports.test_photo import jpeg_with_gps


@pytest.fixture
async def bot(bot_settings: Settings, reporting: Assistant) -> AsyncIterator[Application]:
    assert reporting.reports is not None
    worker = asyncio.create_task(reporting.reports.worker.run())
    async with polling(build_application(bot_settings, reporting)) as app:
        yield app
    worker.cancel()


async def press(fake: FakeBotAPI, sent: dict, data: str, count: int = 1) -> list[dict]:
    before = len(fake.sent(chat_id=1001))
    fake.push(callback_query=fake.callback(fake.sent_message(sent), data))
    found = await asyncio.to_thread(fake.wait_for, "sendMessage",
                                    lambda p: int(p["chat_id"]) == 1001, before + count)
    return found[before:]


async def test_a_report_made_in_telegram_reaches_the_desk_once_with_its_location_and_photo(
        bot: Application, fake: FakeBotAPI, reporting: Assistant, mail_server: MailServer,
        webhook: WebhookReceiver) -> None:
    await reply_to(fake, "/negara ID")
    intro, ask_category = await reply_to(fake, "/lapor", count=2)
    assert "SP4N-LAPOR!" in intro["text"] and "https://www.lapor.go.id/" in intro["text"]
    labels = [b["text"] for b in buttons(ask_category)]
    assert labels[:3] == ["Jalan", "Drainase", "Lampu jalan"] and "Lainnya" in labels
    (describe,) = await press(fake, ask_category, "rc|road")
    assert "<b>Jalan</b>" in describe["text"]
    (short,) = await reply_to(fake, "rusak")
    assert "paling sedikit 10" in short["text"]
    (long,) = await reply_to(fake, "rusak " * 400)
    assert "terlalu panjang (paling banyak 2000" in long["text"]
    (where,) = await reply_to(fake, "Jalan berlubang dalam di depan rumah, hubungi "
                                    "081234567890, sudah dua minggu.")
    keyboard = where["reply_markup"]["keyboard"]
    assert keyboard[0][0]["request_location"] is True
    located, ask_photo = await reply_to(fake, None, count=2, location=(-6.914744, 107.60981))
    assert located["reply_markup"] == {"remove_keyboard": True}
    assert [b["callback_data"] for b in buttons(ask_photo)] == ["rp|skip"]
    (summary,) = await reply_to(fake, None, photo=fake.add_photo(jpeg_with_gps()))
    assert "Ringkasan laporan" in summary["text"] and "Foto: ada" in summary["text"]
    # what is kept (and shown) is masked, as the report will be
    assert "hubungi [phone]" in summary["text"] and "081234567890" not in summary["text"]
    assert [b["callback_data"] for b in buttons(summary)] == ["rk|send", "rk|cancel"]
    (done,) = await press(fake, summary, "rk|send")
    reference = find_reference(done["text"])
    assert reference and f"<code>status {reference}</code>" in done["text"]
    assert "diteruskan ke petugas" in done["text"]

    (hook,) = await asyncio.to_thread(webhook.wait_for, 1)
    (mail,) = await asyncio.to_thread(mail_server.wait_for, 1)
    await asyncio.sleep(1.0)
    assert len(webhook.hooks) == 1 and len(mail_server.messages) == 1
    data = hook.json()
    assert hook.signed() and data["reference"] == reference and data["channel"] == "telegram"
    assert (data["latitude"], data["longitude"]) == (-6.914744, 107.60981)
    assert "[phone]" in data["description"] and "081234567890" not in data["description"]
    photo = Image.open(io.BytesIO(__import__("base64").b64decode(data["photo"]["data_base64"])))
    assert not photo.getexif()
    assert [p.get_content_type() for p in mail.iter_attachments()] == ["image/jpeg"]

    (status,) = await reply_to(fake, f"status {reference}")
    assert reference in status["text"] and "Diteruskan ke petugas" in status["text"]
    assert reporting.reports is not None
    reporting.reports.set_status(reference, "resolved", "Jalan sudah ditambal.")
    (status,) = await reply_to(fake, f"status {reference}")
    assert "Selesai" in status["text"] and "Jalan sudah ditambal." in status["text"]


async def test_without_a_country_the_flow_asks_for_it_and_cancel_stops_it(
        bot: Application, fake: FakeBotAPI, reporting: Assistant) -> None:
    intro, country = await reply_to(fake, "/lapor", count=2, language_code="ms")
    assert "SISPAA" in intro["text"] and "SP4N-LAPOR!" in intro["text"]
    (ask_category,) = await press(fake, country, "rn|MY")
    assert [b["text"] for b in buttons(ask_category)][:2] == ["Jalan raya", "Longkang"]
    (cancelled,) = await reply_to(fake, "/batal")
    assert cancelled["text"] == "Aduan dibatalkan."
    assert reporting.reports is not None and reporting.reports.list() == []


async def test_a_refusal_a_complaint_and_a_thumbs_down_offer_a_report(
        bot: Application, fake: FakeBotAPI) -> None:
    (refused,) = await reply_to(fake, "Siapa pemenang Piala Dunia 2022?")
    assert ["📝 Buat laporan"] == [b["text"] for b in buttons(refused)
                                   if b.get("callback_data") == "r|start"]
    (complaint,) = await reply_to(fake, "mau lapor jalan berlubang di depan rumah")
    assert any(b.get("callback_data") == "r|start" for b in buttons(complaint))
    (answer,) = await reply_to(fake, "KTP saya hilang, gimana ngurusnya?")
    assert not any(b.get("callback_data") == "r|start" for b in buttons(answer))
    down = next(b for b in buttons(answer) if b["text"] == "👎")
    fake.push(callback_query=fake.callback(fake.sent_message(answer), down["callback_data"]))
    (edit,) = await asyncio.to_thread(fake.wait_for, "editMessageReplyMarkup")
    assert any(b.get("callback_data") == "r|start" for b in buttons(edit))
    intro, ask = await press(fake, refused, "r|start", count=2)
    assert "SP4N-LAPOR!" in intro["text"]
