"""Making a report in Telegram, through the Bot API stand-in: /lapor, category buttons,
description, the location button, a photo, the summary, the reference; forwarded once to
the local mail server and webhook; the refusal and 👎 offer a report; "status TK-…". The
draft lives in the store, so a second application over the same database (a replica)
takes the next step, and one left for 30 minutes is forgotten."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import html
import io
import sqlite3
from collections.abc import AsyncIterator

import pytest
from PIL import Image
from telegram.ext import Application

from bot.assistant import Assistant
from bot.channels.telegram import texts as fmt
from bot.channels.telegram.app import build_application
from bot.config import Settings
from bot.factory import make_reports
from bot.reports.model import find_reference
from bot.state.store import Store, StoreUnavailable, create_store
from tests.helpers.reports import MailServer, WebhookReceiver, delivered_once, eventually
from tests.helpers.telegram_fake import FakeBotAPI, buttons, polling, reply_to
from tests.reports.test_photo import jpeg_with_gps


@pytest.fixture
async def bot(bot_settings: Settings, reporting: Assistant) -> AsyncIterator[Application]:
    assert reporting.reports is not None
    worker = asyncio.create_task(reporting.reports.worker.run())
    async with polling(build_application(bot_settings, reporting)) as app:
        yield app
    worker.cancel()


async def press(fake: FakeBotAPI, sent: dict, data: str, count: int = 1,
                language_code: str | None = None) -> list[dict]:
    """Press the button `data` under `sent` (a message any stand-in recorded), through
    `fake`; the `count` messages the bot sent back."""
    before = len(fake.sent(chat_id=1001))
    fake.push(callback_query=fake.callback(fake.sent_message(sent), data,
                                           language_code=language_code))
    found = await asyncio.to_thread(fake.wait_for, "sendMessage",
                                    lambda p: int(p["chat_id"]) == 1001, before + count)
    return found[before:]


def drafts_in(store: Store) -> list[str]:
    db = sqlite3.connect(store.engine.url.database or "")
    return [key for (key,) in db.execute("select chat_id from report_drafts")]


async def test_a_report_made_in_telegram_reaches_the_desk_once_with_its_location_and_photo(
        bot: Application, fake: FakeBotAPI, reporting: Assistant, store: Store,
        mail_server: MailServer, webhook: WebhookReceiver) -> None:
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
    assert drafts_in(store) == ["telegram:1001"]  # the chat as its session names it
    (done,) = await press(fake, summary, "rk|send")
    reference = find_reference(done["text"])
    assert reference and f"<code>status {reference}</code>" in done["text"]
    assert "diteruskan ke petugas" in done["text"]
    assert drafts_in(store) == []

    (hook,) = await asyncio.to_thread(webhook.wait_for, 1)
    (mail,) = await asyncio.to_thread(mail_server.wait_for, 1)
    # each delivery done at its first attempt: nothing is left to send it again
    await asyncio.to_thread(eventually, lambda: delivered_once(reporting, reference))
    assert len(webhook.hooks) == 1 and len(mail_server.messages) == 1
    data = hook.json()
    assert hook.signed() and data["reference"] == reference and data["channel"] == "telegram"
    assert (data["latitude"], data["longitude"]) == (-6.914744, 107.60981)
    assert "[phone]" in data["description"] and "081234567890" not in data["description"]
    photo = Image.open(io.BytesIO(base64.b64decode(data["photo"]["data_base64"])))
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


async def test_a_message_of_the_wrong_kind_is_asked_for_again_and_batal_alone_says_so(
        bot: Application, fake: FakeBotAPI, reporting: Assistant) -> None:
    """A photo where the description is asked, a photo where the place is, a location
    where the photo is: each gets its step's question again, never silence."""
    (nothing,) = await reply_to(fake, "/batal")
    assert "tidak aktif" in nothing["text"]
    await reply_to(fake, "/negara ID")
    _intro, ask_category = await reply_to(fake, "/lapor", count=2)
    await press(fake, ask_category, "rc|road")
    (again,) = await reply_to(fake, None, photo=fake.add_photo(jpeg_with_gps()))
    assert "<b>Jalan</b>" in again["text"] and "paling sedikit 10" in again["text"]
    await reply_to(fake, "Jalan berlubang dalam di depan rumah, sudah dua minggu.")
    (where,) = await reply_to(fake, None, photo=fake.add_photo(jpeg_with_gps()))
    assert where["reply_markup"]["keyboard"][0][0]["request_location"] is True
    await reply_to(fake, None, count=2, location=(-6.914744, 107.60981))
    (photo_only,) = await reply_to(fake, None, location=(-6.9, 107.6))
    assert [b["callback_data"] for b in buttons(photo_only)] == ["rp|skip"]
    draft = reporting.report_draft("telegram:1001")
    assert draft is not None and draft.step == "photo"


async def test_without_forwarding_the_text_to_paste_comes_whole_in_pre_blocks(
        bot_settings: Settings, assistant: Assistant, store: Store, settings: Settings,
        fake: FakeBotAPI) -> None:
    """No mail or webhook configured: the reference, where to paste, and the report's text
    in <pre> messages Telegram accepts — cut between words, each one closed."""
    desk = assistant.with_store(store)
    desk = dataclasses.replace(desk, reports=make_reports(settings, store,
                                                          desk.complaint_channel))
    async with polling(build_application(bot_settings, desk)):
        await reply_to(fake, "/negara ID")
        _intro, ask_category = await reply_to(fake, "/lapor", count=2)
        await press(fake, ask_category, "rc|road")
        # 2,000 characters that escape to over 4,096: the text to paste needs two messages
        long = ("jalan <&> " * 200).strip()
        await reply_to(fake, long)
        _located, ask_photo = await reply_to(fake, "Jl. Merdeka No. 5, depan toko", count=2)
        (summary,) = await press(fake, ask_photo, "rp|skip")
        sent = await press(fake, summary, "rk|send", count=3)
    done, *pasted = sent
    assert find_reference(done["text"]) and "Salin teks berikut ke SP4N-LAPOR!" in done["text"]
    assert len(pasted) >= 2 and all(
        p["text"].startswith("<pre>") and p["text"].endswith("</pre>")
        and len(p["text"]) <= fmt.MAX_TEXT for p in pasted)
    body = html.unescape(" ".join(p["text"][5:-6] for p in pasted))
    assert " ".join(long.split()) in " ".join(body.split())  # all of it, in order


async def test_a_status_question_mid_report_is_answered_and_the_report_waits(
        bot: Application, fake: FakeBotAPI, reporting: Assistant) -> None:
    await reply_to(fake, "/negara ID")
    _intro, ask_category = await reply_to(fake, "/lapor", count=2)
    await press(fake, ask_category, "rc|road")
    (status,) = await reply_to(fake, "status TK-7Q4M2X9KDA")
    assert "TK-7Q4M2X9KDA" in status["text"]  # the status answer, not a too-short prompt
    assert "paling sedikit" not in status["text"]
    draft = reporting.report_draft("telegram:1001")
    assert draft is not None and draft.step == "description"
    assert draft.get("description") is None
    (where,) = await reply_to(fake, "Lampu jalan di depan sekolah mati sejak Senin.")
    assert where["reply_markup"]["keyboard"][0][0]["request_location"] is True


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


class Replicas:
    """One resident (chat 1001, Telegram in Malay) whose updates reach two applications,
    each polling a Bot API stand-in of its own: a load balancer's two replicas. `via`
    picks the one."""

    def __init__(self, *fakes: FakeBotAPI) -> None:
        self.fakes = fakes

    async def say(self, text: str | None, via: int, count: int = 1, **message: object
                  ) -> list[dict]:
        return await reply_to(self.fakes[via], text, count=count, language_code="ms",
                              **message)

    async def press(self, sent: dict, data: str, via: int, count: int = 1) -> list[dict]:
        return await press(self.fakes[via], sent, data, count, language_code="ms")


@pytest.fixture
async def replicas(bot_settings: Settings, reporting: Assistant, fake: FakeBotAPI,
                   db_url: str) -> AsyncIterator[Replicas]:
    """Two applications, each with its own store over the one database file and its own
    outbox worker, as replicas are."""
    other_fake = FakeBotAPI().start()
    other = reporting.with_store(create_store(db_url))
    assert reporting.reports is not None and other.reports is not None
    workers = [asyncio.create_task(desk.worker.run()) for desk in (reporting.reports,
                                                                   other.reports)]
    two = bot_settings.model_copy(update={"telegram_api_url": other_fake.base_url})
    try:
        async with polling(build_application(bot_settings, reporting)), polling(
                build_application(two, other)):
            yield Replicas(fake, other_fake)
    finally:
        for worker in workers:
            worker.cancel()
        other_fake.stop()


async def test_the_draft_lives_in_the_store_so_each_step_may_reach_another_replica(
        replicas: Replicas, reporting: Assistant, store: Store, mail_server: MailServer,
        webhook: WebhookReceiver) -> None:
    chat = replicas
    intro, which = await chat.say("/lapor", via=0, count=2)
    assert "SISPAA" in intro["text"] and "Taip /batal" in intro["text"]
    assert which["text"] == "Aduan ini untuk negara mana?"
    (categories,) = await chat.press(which, "rn|MY", via=1)
    assert [b["text"] for b in buttons(categories)][:2] == ["Jalan raya", "Longkang"]
    # a question while a button is awaited is answered; the report waits
    (answer,) = await chat.say("Berapa bayaran pasport?", via=0)
    assert "https://www.imi.gov.my/" in answer["text"]
    (describe,) = await chat.press(categories, "rc|drainage", via=1)
    assert "<b>Longkang</b>. Terangkan masalahnya" in describe["text"]
    (long,) = await chat.say("tersumbat " * 250, via=0)
    assert "terlalu panjang (paling banyak 2000 aksara)" in long["text"]
    (where,) = await chat.say("Longkang tersumbat depan sekolah, air melimpah ke jalan bila "
                              "hujan. Hubungi 0123456789.", via=1)
    assert where["reply_markup"]["keyboard"][0][0]["request_location"] is True
    located, ask_photo = await chat.say("Depan SK Taman Melawati, Jalan H8", via=0, count=2)
    assert located["text"] == "📍 Lokasi direkodkan."
    (only,) = await chat.say("tiada", via=1)
    assert only["text"] == "Hantar sekeping gambar, atau tekan \"Langkau gambar\"."
    (summary,) = await chat.say(None, via=0, photo=chat.fakes[0].add_photo(jpeg_with_gps()))
    assert "Lokasi: Depan SK Taman Melawati, Jalan H8\nGambar: ada" in summary["text"]
    assert "Hubungi [phone]" in summary["text"]
    (done,) = await chat.press(summary, "rk|send", via=1)  # the photo came from the store
    reference = find_reference(done["text"])
    assert reference and "Aduan anda direkodkan" in done["text"]
    (again,) = await chat.press(summary, "rk|send", via=0)  # the old button once more
    assert again["text"] == "Aduan itu sudah tidak aktif. Taip /lapor untuk bermula semula."

    (hook,) = await asyncio.to_thread(webhook.wait_for, 1)
    await asyncio.to_thread(mail_server.wait_for, 1)
    # done at the first attempt by one of the two workers: neither will send it again
    await asyncio.to_thread(eventually, lambda: delivered_once(reporting, reference))
    assert len(webhook.hooks) == 1 and len(mail_server.messages) == 1
    data = hook.json()
    assert (data["reference"], data["channel"], data["country"], data["lang"],
            data["category"]) == (reference, "telegram", "MY", "ms", "drainage")
    assert data["location"] == "Depan SK Taman Melawati, Jalan H8"
    assert data["latitude"] is None and "[phone]" in data["description"]
    photo = Image.open(io.BytesIO(base64.b64decode(data["photo"]["data_base64"])))
    assert not photo.getexif()
    assert reporting.reports is not None and len(reporting.reports.list()) == 1
    assert drafts_in(store) == []


async def test_a_stale_draft_is_forgotten_and_its_buttons_say_so(
        bot: Application, fake: FakeBotAPI, store: Store) -> None:
    await reply_to(fake, "/negara ID")
    _, ask_category = await reply_to(fake, "/lapor", count=2)
    await press(fake, ask_category, "rc|rubbish")
    assert drafts_in(store) == ["telegram:1001"]
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE report_drafts SET updated_at = datetime('now', "
                             "'-31 minutes')")
    # the description it waited for is a question again
    (answer,) = await reply_to(fake, "KTP saya hilang, gimana ngurusnya?")
    assert "Penggantian KTP-el" in answer["text"]
    assert drafts_in(store) == []
    (expired,) = await press(fake, ask_category, "rc|road")
    assert expired["text"] == "Laporan itu sudah tidak aktif. Ketik /lapor untuk memulai lagi."


async def test_a_step_that_fails_gets_one_apology_and_no_answer_besides(
        bot: Application, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    await reply_to(fake, "/negara ID")
    await reply_to(fake, "/lapor", count=2)

    def down(self: Assistant, chat_id: str) -> None:
        raise StoreUnavailable("the database went away")

    monkeypatch.setattr(Assistant, "report_draft", down)
    (apology,) = await reply_to(fake, "KTP saya hilang, gimana ngurusnya?")
    assert apology["text"] == fmt.text("id", "unavailable")
    # one chat's updates are handled in order: once the next one is answered, anything the
    # failed one could still have caused has been sent
    (after,) = await reply_to(fake, "/negara MY")
    sent = fake.sent(chat_id=1001)
    assert sent[-1] == after and sent[-2] == apology  # and no answer in between
