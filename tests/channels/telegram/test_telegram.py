"""The Telegram bot driven by polling: updates come from a local fake of the Bot API
through getUpdates, and the assertions are on what the bot sent back to it."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.assistant import Assistant
from bot.channels.telegram.app import build_application
from bot.channels.telegram.texts import MAX_TEXT, utf16_len
from bot.config import Settings
from bot.state.store import Store, create_store
from bot.types import Answer, Related, Source
from tests.helpers.telegram_fake import TOKEN, FakeBotAPI, buttons, polling, reply_to

KTP_URL = "https://dukcapil.kemendagri.go.id/"


@pytest.fixture
async def bot(bot_settings: Settings, with_store: Assistant, store: Store
              ) -> AsyncIterator[Application]:
    async with polling(build_application(bot_settings, with_store)) as app:
        yield app


async def test_start_greets_in_both_languages_and_offers_the_countries(
        bot: Application, fake: FakeBotAPI) -> None:
    (greeting,) = await reply_to(fake, "/start")
    assert "Halo" in greeting["text"] and "Helo" in greeting["text"]
    assert [b["callback_data"] for b in buttons(greeting)] == ["c|ID", "c|MY"]


async def test_indonesian_question_gets_the_answer_with_source_link_and_feedback_buttons(
        bot: Application, fake: FakeBotAPI) -> None:
    (sent,) = await reply_to(fake, "KTP saya hilang, gimana ngurusnya?")
    assert sent["parse_mode"] == "HTML"
    assert f'<a href="{KTP_URL}">Penggantian KTP-el Hilang atau Rusak</a>' in sent["text"]
    assert "diperbarui 2026-11-28" in sent["text"]
    assert [b["text"] for b in buttons(sent)] == ["👍", "👎"]
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(sent))
    actions = fake.sent("sendChatAction", chat_id=1001)
    assert actions and actions[0]["action"] == "typing"
    methods = [c.method for c in fake.calls]
    assert methods.index("sendChatAction") < methods.index("sendMessage")


async def test_malay_question_is_answered_in_malay_from_the_malaysian_document(
        bot: Application, fake: FakeBotAPI) -> None:
    (sent,) = await reply_to(fake, "IC saya hilang, macam mana nak buat baru?")
    assert 'href="https://www.jpn.gov.my/">Penggantian MyKad Hilang atau Rosak</a>' in sent["text"]
    assert "dikemas kini 2026-11-28" in sent["text"] and "diperbarui" not in sent["text"]


async def test_feedback_press_is_stored_and_acknowledged(
        bot: Application, fake: FakeBotAPI, store: Store) -> None:
    (answer,) = await reply_to(fake, "KTP saya hilang, gimana ngurusnya?")
    down = next(b for b in buttons(answer) if b["text"] == "👎")
    fake.push(callback_query=fake.callback(fake.sent_message(answer), down["callback_data"]))
    (ack,) = await asyncio.to_thread(fake.wait_for, "answerCallbackQuery")
    assert ack["text"] == "Terima kasih atas masukan Anda!"
    (edit,) = await asyncio.to_thread(fake.wait_for, "editMessageReplyMarkup")
    assert int(edit["message_id"]) == fake.sent_message(answer)["message_id"]
    assert [b["text"] for b in buttons(edit)] == ["👎 Masukan tercatat", "📝 Buat laporan"]
    (feedback,) = store.feedback()
    assert feedback.channel == "telegram" and feedback.helpful is False
    assert feedback.doc_id == "id/ktp-hilang.md"
    assert feedback.question == "KTP saya hilang, gimana ngurusnya?"
    assert feedback.session_id == "telegram:1001" and feedback.lang == "id"


async def test_off_topic_question_is_refused_with_the_complaint_channel(
        bot: Application, fake: FakeBotAPI, store: Store) -> None:
    (sent,) = await reply_to(fake, "Siapa pemenang Piala Dunia 2022?")
    assert sent["text"].startswith("Maaf") and "SP4N-LAPOR!" in sent["text"]
    assert "<a href" not in sent["text"]
    assert [(b["text"], b.get("url")) for b in buttons(sent)] == [
        ("SP4N-LAPOR!", "https://www.lapor.go.id/"), ("📝 Buat laporan", None)]
    refused = store.refused()
    assert [(r.channel, r.question) for r in refused] == [
        ("telegram", "Siapa pemenang Piala Dunia 2022?")]


async def test_country_choice_is_stored_and_survives_a_rebuilt_application(
        bot_settings: Settings, with_store: Assistant, fake: FakeBotAPI, db_url: str) -> None:
    first_store = create_store(db_url)
    async with polling(build_application(bot_settings, with_store.with_store(first_store))):
        (greeting,) = await reply_to(fake, "/start")
        fake.push(callback_query=fake.callback(fake.sent_message(greeting), "c|MY"))
        (confirm,) = await asyncio.to_thread(
            fake.wait_for, "sendMessage", lambda p: "Negara" in p["text"])
        assert "Malaysia" in confirm["text"] and "Sila bertanya" in confirm["text"]
        await asyncio.to_thread(fake.wait_for, "answerCallbackQuery")
        (removed,) = await asyncio.to_thread(fake.wait_for, "editMessageReplyMarkup")
        assert not removed.get("reply_markup")
    assert first_store.chat_settings("1001").country == "MY"
    # a new process: a new application and a new store on the same database
    again = with_store.with_store(create_store(db_url))
    async with polling(build_application(bot_settings, again)):
        (sent,) = await reply_to(fake, "Bagaimana cara membuat paspor?")
    assert "https://www.imi.gov.my/" in sent["text"]
    assert "imigrasi.go.id" not in sent["text"]


async def test_lapor_and_bahasa_follow_the_chat_settings(
        bot: Application, fake: FakeBotAPI, store: Store) -> None:
    store.set_chat_settings("1001", country="MY")
    lapor, _categories = await reply_to(fake, "/lapor", count=2)  # and a report begins
    assert "SISPAA" in lapor["text"] and "https://sispaa.pcb.gov.my/" in lapor["text"]
    assert "LAPOR" not in lapor["text"] and "aduan" in lapor["text"]
    (chosen,) = await reply_to(fake, "/bahasa id")
    assert "Bahasa Indonesia" in chosen["text"]
    assert store.chat_settings("1001").lang == "id"
    (help_,) = await reply_to(fake, "/bantuan")
    assert "Yang saya ketahui" in help_["text"] and "Permohonan Pasport Malaysia" in help_["text"]
    assert "Permohonan Paspor Biasa" not in help_["text"]  # Indonesian, not the chat's country


async def test_groups_get_answers_only_when_the_bot_is_mentioned_or_replied_to(
        bot: Application, fake: FakeBotAPI) -> None:
    group = -2001
    fake.push(message=fake.message("KTP saya hilang, gimana ngurusnya?", chat_id=group,
                                   chat_type="group"))
    (sent,) = await reply_to(fake, "@tanyakota_bot ktp hilang gimana?", chat_id=group,
                             chat_type="group")
    assert "Penggantian KTP-el" in sent["text"]
    assert "@tanyakota_bot" not in sent["text"]
    asked = sent["reply_parameters"]["message_id"]
    assert fake.sent_message(sent)["reply_to_message"]["text"].startswith("@tanyakota_bot")
    (followup,) = await reply_to(fake, "kalau paspor?", chat_id=group, chat_type="group",
                                 reply_to=fake.sent_message(sent))
    assert followup["reply_parameters"]["message_id"] != asked
    await asyncio.sleep(0.2)  # room for a wrong answer to the unmentioned message
    assert len(fake.sent(chat_id=group)) == 2


async def test_questions_over_the_per_chat_limit_get_one_polite_reply(
        bot_settings: Settings, with_store: Assistant, store: Store, fake: FakeBotAPI) -> None:
    app = build_application(bot_settings.model_copy(
        update={"telegram_questions_per_minute": 2}), with_store)
    async with polling(app):
        for _ in range(2):
            await reply_to(fake, "paspor hilang")
        (limited,) = await reply_to(fake, "paspor hilang")
        assert "Mohon tunggu sebentar" in limited["text"]
        fake.push(message=fake.message("paspor hilang"))
        await reply_to(fake, "paspor hilang", chat_id=1002)  # another chat is unaffected
    assert len(fake.sent(chat_id=1001)) == 3


class LongAssistant(Assistant):
    """The real assistant's index, with an answer longer than one Telegram message."""

    def ask(self, question: str, country: str | None = None, lang: str | None = None,
            session_id: str | None = None, channel: str = "api") -> Answer:
        para = "Syarat <penting> & dokumen: " + "bawa KTP-el asli dan fotokopi. " * 40
        return Answer(True, "\n\n".join([para] * 8), "id", sources=(Source(
            "id/ktp-hilang.md", "KTP & KK", KTP_URL, "2026-11-28", 0.9),), country="ID")


async def test_long_answers_are_split_and_buttons_go_on_the_last_part(
        bot_settings: Settings, assistant: Assistant, store: Store, fake: FakeBotAPI) -> None:
    long = LongAssistant(holder=assistant.holder, answerer=assistant.answerer, store=store)
    async with polling(build_application(bot_settings, long)):
        fake.push(message=fake.message("syarat ktp"))
        parts = await asyncio.to_thread(fake.wait_for, "sendMessage", count=3)
        await asyncio.sleep(0.1)
    parts = fake.sent()
    assert len(parts) >= 3 and all(utf16_len(p["text"]) <= MAX_TEXT for p in parts)
    assert "&lt;penting&gt; &amp; dokumen" in parts[0]["text"]
    assert all(not buttons(p) for p in parts[:-1]) and len(buttons(parts[-1])) == 2
    assert '<a href="https://dukcapil.kemendagri.go.id/">KTP &amp; KK</a>' in parts[-1]["text"]
    whole = "".join(p["text"] for p in parts)
    assert whole.count("bawa KTP-el asli") == 8 * 40


class BrokenAssistant(Assistant):
    def ask(self, *args: object, **kwargs: object) -> Answer:
        raise RuntimeError("the index went away")


async def test_a_failing_handler_apologises_in_the_users_language_and_logs_the_traceback(
        bot_settings: Settings, assistant: Assistant, store: Store, fake: FakeBotAPI,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    broken = BrokenAssistant(holder=assistant.holder, answerer=assistant.answerer, store=store)
    async with polling(build_application(bot_settings, broken)):
        (apology,) = await reply_to(fake, "IC saya hilang, macam mana nak buat baru?")
    assert apology["text"].startswith("Maaf, berlaku ralat")
    assert "RuntimeError: the index went away" in caplog.text
    assert "Traceback" in caplog.text
    assert f"{bot_settings.telegram_api_url}<token>" in caplog.text  # the library's API URL…
    assert TOKEN not in caplog.text  # … with the token redacted


async def test_a_question_over_the_length_limit_gets_a_polite_reply(
        bot: Application, fake: FakeBotAPI) -> None:
    (sent,) = await reply_to(fake, "paspor " * 200)
    assert "terlalu panjang" in sent["text"] and "1000" in sent["text"]


class RelatedAssistant(Assistant):
    """The real answers, with a related document offered (as a later answer stage will)."""

    def ask(self, question: str, country: str | None = None, lang: str | None = None,
            session_id: str | None = None, channel: str = "api") -> Answer:
        answer = super().ask(question, country, lang, session_id, channel)
        return dataclasses.replace(answer, related=(
            Related("id/akta-kelahiran.md", "Pembuatan Akta Kelahiran"),))


async def test_a_related_button_asks_that_question_and_its_feedback_names_the_document(
        bot_settings: Settings, assistant: Assistant, store: Store, fake: FakeBotAPI) -> None:
    related = RelatedAssistant(holder=assistant.holder, answerer=assistant.answerer, store=store)
    async with polling(build_application(bot_settings, related)):
        (first,) = await reply_to(fake, "KTP saya hilang, gimana ngurusnya?")
        (more, up, down) = buttons(first)
        assert more["text"] == "Pembuatan Akta Kelahiran" and (up["text"], down["text"]) == (
            "👍", "👎")
        fake.push(callback_query=fake.callback(fake.sent_message(first), more["callback_data"]))
        (_, second) = await asyncio.to_thread(fake.wait_for, "sendMessage", count=2)
        assert ">Pembuatan Akta Kelahiran</a>" in second["text"]
        helpful = buttons(second)[-2]["callback_data"]
        fake.push(callback_query=fake.callback(fake.sent_message(second), helpful))
        await asyncio.to_thread(fake.wait_for, "editMessageReplyMarkup")
    (feedback,) = store.feedback()
    assert feedback.doc_id == "id/akta-kelahiran.md"
    assert feedback.question == "Pembuatan Akta Kelahiran"
