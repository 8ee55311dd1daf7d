"""Making a report in Telegram: a guided conversation (python-telegram-bot's
`ConversationHandler`) — country when unknown, category buttons, description, location
(Telegram's location button or text), an optional photo, a summary to confirm — ending
with the reference. `/lapor` starts it (with the country's complaint channel first), and
so does the "Buat laporan" button under a refusal, a 👎 or a complaint.

The conversation's state lives in the process (python-telegram-bot keeps it per chat and
user); an unfinished report is forgotten after `STALE`.
"""

from __future__ import annotations

import asyncio
import html
import time
import warnings
from typing import Any, Protocol

from telegram import Message, ReplyKeyboardRemove, Update, User
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.assistant import Assistant
from bot.channels.report_texts import description_problem
from bot.channels.telegram import report_texts as rt
from bot.channels.telegram import texts as fmt
from bot.reports.model import MAX_DESCRIPTION, MIN_DESCRIPTION, InvalidReport, NewReport
from bot.state.store import ChatSettings
from indexer.countries import COUNTRIES, LANG_OF_COUNTRY


class ChatBot(Protocol):
    """What the flow needs of the Telegram bot it belongs to (`bot.TelegramBot`)."""

    assistant: Assistant

    async def chat_settings(self, chat_id: int) -> ChatSettings: ...

    def reply_lang(self, chat: ChatSettings, user: User | None = None,
                   question: str | None = None) -> str: ...

    def lapor_line(self, lang: str, country: str) -> str: ...

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None: ...

CHANNEL = "telegram"
COUNTRY, CATEGORY, DESCRIPTION, LOCATION, PHOTO, CONFIRM = range(6)
STALE = 30 * 60.0  # seconds
MAX_PHOTO = 5 * 1024 * 1024
END = ConversationHandler.END


class ReportFlow:
    """The report conversation's handlers, over the bot's front desk."""

    def __init__(self, bot: ChatBot) -> None:
        self.bot = bot
        self.assistant = bot.assistant

    def handler(self) -> ConversationHandler:
        private = filters.ChatType.PRIVATE
        text = filters.TEXT & ~filters.COMMAND & private
        image = (filters.PHOTO | filters.Document.MimeType("image/jpeg")
                 | filters.Document.MimeType("image/png")) & private
        with warnings.catch_warnings():  # buttons are tracked per chat, not per message
            warnings.simplefilter("ignore")
            return ConversationHandler(
                entry_points=[CommandHandler("lapor", self.begin, filters=private),
                              CallbackQueryHandler(self.begin, pattern=r"^r\|start$")],
                states={
                    COUNTRY: [CallbackQueryHandler(self.on_country, pattern=r"^rn\|")],
                    CATEGORY: [CallbackQueryHandler(self.on_category, pattern=r"^rc\|")],
                    DESCRIPTION: [MessageHandler(text, self.on_description)],
                    LOCATION: [MessageHandler(filters.LOCATION & private, self.on_location),
                               MessageHandler(text, self.on_location)],
                    PHOTO: [MessageHandler(image, self.on_photo),
                            CallbackQueryHandler(self.on_photo, pattern=r"^rp\|skip$"),
                            MessageHandler(text, self.photo_only)],
                    CONFIRM: [CallbackQueryHandler(self.on_confirm, pattern=r"^rk\|send$")],
                },
                fallbacks=[CommandHandler(["batal", "cancel"], self.cancel),
                           CallbackQueryHandler(self.cancel, pattern=r"^rk\|cancel$")],
                allow_reentry=True, name="report")

    # --- the steps ----------------------------------------------------------------------
    async def begin(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        chat_id = _chat_id(update)
        if update.callback_query is not None:
            await update.callback_query.answer()
        chat = await self.bot.chat_settings(chat_id)
        lang = self.bot.reply_lang(chat, update.effective_user)
        draft: dict[str, Any] = {"lang": lang, "started": time.monotonic()}
        context.chat_data["report"] = draft  # type: ignore[index]
        channels = [self.bot.lapor_line(lang, c) for c in
                    ([chat.country] if chat.country else COUNTRIES)]
        intro = "\n\n".join([*[line for line in channels if line], rt.rtext(lang, "intro")])
        await context.bot.send_message(chat_id, intro)
        if chat.country is None:
            await context.bot.send_message(chat_id, rt.rtext(lang, "country"),
                                           reply_markup=rt.country_keyboard())
            return COUNTRY
        draft["country"] = chat.country
        return await self._ask_category(context, chat_id, draft)

    async def on_country(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        query, draft = update.callback_query, self._draft(context)
        assert query is not None
        await query.answer()
        country = (query.data or "").partition("|")[2]
        if draft is None or country not in COUNTRIES:
            return END
        draft["country"] = country
        draft["lang"] = (await self.bot.chat_settings(_chat_id(update))).lang or (
            LANG_OF_COUNTRY[country])
        await query.edit_message_reply_markup(None)
        return await self._ask_category(context, _chat_id(update), draft)

    async def _ask_category(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                            draft: dict[str, Any]) -> int:
        lang = draft["lang"]
        await context.bot.send_message(chat_id, rt.rtext(lang, "category"), reply_markup=(
            rt.category_keyboard(self.assistant.report_categories(lang))))
        return CATEGORY

    async def on_category(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        query, draft = update.callback_query, self._draft(context)
        assert query is not None
        await query.answer()
        names = dict(self.assistant.report_categories(draft["lang"] if draft else "id"))
        code = (query.data or "").partition("|")[2]
        if draft is None or code not in names:
            return END
        draft["category"] = code
        await query.edit_message_reply_markup(None)
        await context.bot.send_message(_chat_id(update), rt.rtext(
            draft["lang"], "describe", category=names[code], min=MIN_DESCRIPTION))
        return DESCRIPTION

    async def on_description(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        message, draft = _message(update), self._draft(context)
        if draft is None:
            return await self._stale(update, context)
        text = (message.text or "").strip()
        problem = description_problem(text)
        if problem is not None:
            await message.reply_html(rt.rtext(draft["lang"], problem, min=MIN_DESCRIPTION,
                                              max=MAX_DESCRIPTION))
            return DESCRIPTION
        draft["description"] = text
        await message.reply_html(rt.rtext(draft["lang"], "where"),
                                 reply_markup=rt.location_keyboard(draft["lang"]))
        return LOCATION

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        message, draft = _message(update), self._draft(context)
        if draft is None:
            return await self._stale(update, context)
        if message.location is not None:
            draft["latitude"] = message.location.latitude
            draft["longitude"] = message.location.longitude
        else:
            draft["location"] = (message.text or "").strip()[:300]
        lang = draft["lang"]
        await message.reply_html(rt.rtext(lang, "located"), reply_markup=ReplyKeyboardRemove())
        await message.reply_html(rt.rtext(lang, "photo"), reply_markup=rt.photo_keyboard(lang))
        return PHOTO

    async def on_photo(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        draft = self._draft(context)
        if draft is None:
            return END
        chat_id = _chat_id(update)
        if update.callback_query is not None:  # skipped
            await update.callback_query.answer()
            await update.callback_query.edit_message_reply_markup(None)
        else:
            message = _message(update)
            sent = message.photo[-1] if message.photo else message.document
            if sent is None or (sent.file_size or 0) > MAX_PHOTO:
                await message.reply_html(rt.rtext(draft["lang"], "photo_big"))
                return PHOTO
            file = await context.bot.get_file(sent.file_id)
            draft["photo"] = bytes(await file.download_as_bytearray())
        return await self._summary(context, chat_id, draft)

    async def photo_only(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        draft = self._draft(context)
        if draft is None:
            return await self._stale(update, context)
        await _message(update).reply_html(rt.rtext(draft["lang"], "photo_only"),
                                          reply_markup=rt.photo_keyboard(draft["lang"]))
        return PHOTO

    async def _summary(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                       draft: dict[str, Any]) -> int:
        lang = draft["lang"]
        names = dict(self.assistant.report_categories(lang))
        where = draft.get("location") or (f"{draft['latitude']:.5f}, {draft['longitude']:.5f}"
                                          if "latitude" in draft else "-")
        await context.bot.send_message(chat_id, rt.rtext(
            lang, "summary", category=names[draft["category"]],
            description=draft["description"], location=where,
            photo=rt.rtext(lang, "yes" if draft.get("photo") else "no")),
            reply_markup=rt.confirm_keyboard(lang))
        return CONFIRM

    async def on_confirm(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        query, draft = update.callback_query, self._draft(context)
        assert query is not None
        await query.answer()
        await query.edit_message_reply_markup(None)
        if draft is None:
            return END
        context.chat_data.pop("report", None)  # type: ignore[union-attr]
        chat_id, lang = _chat_id(update), draft["lang"]
        report = NewReport(draft["country"], draft["category"], draft["description"],
                           draft.get("location"), draft.get("latitude"),
                           draft.get("longitude"), lang, session_id=f"{CHANNEL}:{chat_id}")
        try:
            made = await asyncio.to_thread(self.assistant.make_report, report, CHANNEL,
                                           draft.get("photo"))
        except InvalidReport as exc:
            await context.bot.send_message(chat_id, rt.rtext(lang, "failed", reason=exc.reason))
            return END
        lines = [rt.rtext(lang, "done", reference=made.reference)]
        if made.forwarded:
            lines.append(rt.rtext(lang, "forwarded"))
        elif made.channel is not None:
            lines.append(rt.rtext(lang, "paste", name=made.channel.name, url=made.channel.url))
            lines.append(f"<pre>{html.escape(made.draft)}</pre>")
        await context.bot.send_message(chat_id, "\n\n".join(lines)[:fmt.MAX_TEXT])
        return END

    async def cancel(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        draft = context.chat_data.pop("report", None) if context.chat_data is not None else None
        if update.callback_query is not None:
            await update.callback_query.answer()
            await update.callback_query.edit_message_reply_markup(None)
        lang = draft["lang"] if draft else "id"
        await context.bot.send_message(_chat_id(update), rt.rtext(lang, "cancelled"),
                                       reply_markup=ReplyKeyboardRemove())
        return END

    # --- helpers ------------------------------------------------------------------------
    def _draft(self, context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any] | None:
        """The report being written, unless it was left unfinished too long ago."""
        draft = (context.chat_data or {}).get("report")
        if draft is None or time.monotonic() - draft["started"] > STALE:
            return None
        return draft

    async def _stale(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        """An old, unfinished report is dropped; the message is a question after all."""
        if context.chat_data is not None:
            context.chat_data.pop("report", None)
        await self.bot.on_text(update, context)
        return END


def _message(update: Update) -> Message:
    if update.effective_message is None:
        raise TypeError(f"update {update.update_id} carries no message")
    return update.effective_message


def _chat_id(update: Update) -> int:
    if update.effective_chat is None:
        raise TypeError(f"update {update.update_id} carries no chat")
    return update.effective_chat.id
