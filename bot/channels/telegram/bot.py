"""The Telegram bot's handlers: commands, questions, buttons; state in the store."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import logging
import re
from typing import Any

from telegram import Message, Update, User
from telegram.constants import ChatAction, ChatType, MessageEntityType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.assistant import Assistant
from bot.channels.shared import ChatLimiter, reply_lang
from bot.channels.telegram import report_texts as rt
from bot.channels.telegram import texts as fmt
from bot.channels.telegram.report_flow import ReportFlow
from bot.question import MAX_QUESTION_CHARS, InvalidQuestion
from bot.state.store import ChatSettings, Feedback, StoreUnavailable
from indexer.countries import COUNTRIES, LANG_OF_COUNTRY

__all__ = ["ChatLimiter", "TelegramBot"]

log = logging.getLogger(__name__)

CHANNEL = "telegram"
TYPING_EVERY = 4.5  # seconds; Telegram shows "typing…" for about five
EDIT_EVERY = 1.0    # seconds between edits of an answer a language model is writing


class TelegramBot:
    """The handlers; state lives in the store (so every replica behaves the same)."""

    def __init__(self, assistant: Assistant, limiter: ChatLimiter) -> None:
        self.assistant = assistant
        self.limiter = limiter

    def register(self, application: Application) -> None:
        if self.assistant.takes_reports:  # a group before these: a report's step takes its
            ReportFlow(self).register(application)  # answer, the rest comes here
        add = application.add_handler
        add(CommandHandler("start", self.start))
        add(CommandHandler("negara", self.negara))
        add(CommandHandler("bahasa", self.bahasa))
        add(CommandHandler(["help", "bantuan"], self.help))
        add(CommandHandler("lapor", self.lapor))
        add(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
                           & (filters.ChatType.PRIVATE | filters.ChatType.GROUPS),
                           self.on_text))
        add(CallbackQueryHandler(self.on_button))
        application.add_error_handler(self.on_error)

    # --- state --------------------------------------------------------------------------
    async def chat_settings(self, chat_id: int) -> ChatSettings:
        return await asyncio.to_thread(self.assistant.chat_settings, str(chat_id))

    async def set_chat(self, chat_id: int, **changes: str | None) -> ChatSettings:
        return await asyncio.to_thread(
            lambda: self.assistant.set_chat_settings(str(chat_id), **changes))

    def reply_lang(self, chat: ChatSettings, user: User | None = None,
                   question: str | None = None) -> str:
        """The chat's chosen language, else the question's, else the country's or user's."""
        code = ((user.language_code if user else None) or "")[:2]
        return reply_lang(chat, self.assistant.detect_lang, question, code)

    # --- commands -----------------------------------------------------------------------
    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        await message.reply_html(fmt.GREETING, reply_markup=fmt.country_keyboard())

    async def negara(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        chat_id = message.chat_id
        choice = (context.args or [""])[0].upper()
        if choice in COUNTRIES:
            await self.confirm_country(message, chat_id, choice)
            return
        lang = self.reply_lang(await self.chat_settings(chat_id), update.effective_user)
        await message.reply_html(fmt.text(lang, "choose_country"),
                                 reply_markup=fmt.country_keyboard())

    async def bahasa(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        chat_id = message.chat_id
        choice = (context.args or [""])[0].lower()
        if choice in (*fmt.TEXTS, "auto"):
            await self.confirm_lang(message, chat_id, choice)
            return
        lang = self.reply_lang(await self.chat_settings(chat_id), update.effective_user)
        await message.reply_html(fmt.text(lang, "choose_lang"),
                                 reply_markup=fmt.lang_keyboard())

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        chat = await self.chat_settings(message.chat_id)
        lang = self.reply_lang(chat, update.effective_user)
        titles = self.assistant.topics(chat.country)
        await message.reply_html(fmt.text(
            lang, "help", {"topics": fmt.topics(titles, lang)}, bot=context.bot.username))

    async def lapor(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        chat = await self.chat_settings(message.chat_id)
        lang = self.reply_lang(chat, update.effective_user)
        lines = [self.lapor_line(lang, c) for c in
                 ([chat.country] if chat.country else list(COUNTRIES))]
        await message.reply_html("\n\n".join(line for line in lines if line))

    def lapor_line(self, lang: str, country: str) -> str:
        """Where `country`'s residents complain (SP4N-LAPOR!, SISPAA), or "" if nowhere."""
        channel = self.assistant.complaint_channel(country)
        if channel is None:
            return ""
        return fmt.text(lang, "lapor", where=fmt.text(lang, f"where_{country}"),
                        name=channel.name, url=channel.url)

    async def confirm_country(self, message: Message, chat_id: int, country: str) -> None:
        chat = await self.set_chat(chat_id, country=country)
        lang = chat.lang or LANG_OF_COUNTRY[country]
        await message.get_bot().send_message(chat_id, fmt.text(
            lang, "country_set", country=fmt.country_label(country)))

    async def confirm_lang(self, message: Message, chat_id: int, choice: str) -> None:
        lang = None if choice == "auto" else choice
        chat = await self.set_chat(chat_id, lang=lang)
        key = "lang_auto" if lang is None else "lang_set"
        await message.get_bot().send_message(chat_id, fmt.text(
            lang or self.reply_lang(chat), key))

    # --- questions ----------------------------------------------------------------------
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        question = addressed(message, context.bot.username, context.bot.id)
        if question is None:
            return
        chat = await self.chat_settings(message.chat_id)
        if not question:
            await self.help(update, context)
            return
        await self.answer(message, question, chat, update.effective_user)

    async def answer(self, message: Message, question: str, chat: ChatSettings,
                     user: User | None) -> None:
        """Answer `question` in reply to `message`, within the chat's limit."""
        verdict = self.limiter.check(message.chat_id)
        if verdict != "ok":
            if verdict == "warn":
                await message.reply_html(fmt.text(self.reply_lang(chat, user, question),
                                                  "slow_down"))
            return
        await message.reply_chat_action(ChatAction.TYPING)
        typing = asyncio.create_task(keep_typing(message))
        live = LiveReply(message) if self.assistant.phrases else None
        try:
            session = f"{CHANNEL}:{message.chat_id}"
            ask = (functools.partial(self.assistant.ask, on_delta=live.feed) if live
                   else self.assistant.ask)
            asked = asyncio.ensure_future(asyncio.to_thread(
                ask, question, chat.country, chat.lang, session, CHANNEL))
            if live is not None:
                await live.follow(asked)
            answer = await asked
        except InvalidQuestion:
            await message.reply_html(fmt.text(self.reply_lang(chat, user, question),
                                              "too_long", max=MAX_QUESTION_CHARS))
            return
        finally:
            typing.cancel()
        offer = (rt.offer_button(answer.lang) if answer.offer_report
                 and message.chat.type == ChatType.PRIVATE else None)
        keyboard = fmt.answer_keyboard(answer,
                                       self.assistant.complaint_channel(answer.country), offer)
        parts = fmt.render_answer(answer)
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            markup = keyboard if last else None
            if i == 0 and live is not None and live.sent is not None:
                # the final word replaces what was streamed (the extractive answer when
                # the guard refused the model's text)
                await live.sent.edit_text(part, reply_markup=markup)
                continue
            # every part quotes the question: the feedback buttons read it back from there
            await message.reply_html(part, do_quote=True, reply_markup=markup)

    # --- buttons ------------------------------------------------------------------------
    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        data = query.data or ""
        message = query.message if isinstance(query.message, Message) else None
        kind, _, value = data.partition("|")
        if message is None:  # too old: Telegram no longer says which message it was
            await query.answer()
            return
        if kind == "c" and value in COUNTRIES:
            await query.answer(fmt.country_label(value))
            await query.edit_message_reply_markup(None)
            await self.confirm_country(message, message.chat_id, value)
        elif kind == "l" and value in (*fmt.TEXTS, "auto"):
            await query.answer()
            await query.edit_message_reply_markup(None)
            await self.confirm_lang(message, message.chat_id, value)
        elif kind == "f" and (press := fmt.FeedbackPress.parse(data)) is not None:
            await self.record_feedback(message, press)
            await query.answer(fmt.text(press.lang, "thanks"))
            offer = (rt.offer_button(press.lang) if not press.helpful
                     and message.chat.type == ChatType.PRIVATE else None)
            await query.edit_message_reply_markup(fmt.recorded_keyboard(message.reply_markup,
                                                                        press, offer))
        elif kind == "q" and value:
            await query.answer()
            chat = await self.chat_settings(message.chat_id)
            await self.answer(message, value, chat, update.effective_user)
        else:
            await query.answer()

    async def record_feedback(self, message: Message, press: fmt.FeedbackPress) -> None:
        """Store a 👍/👎 with the question it answered (the message the answer quotes)."""
        doc_id = next((d for d in self.assistant.doc_ids() if fmt.doc_ref(d) == press.ref),
                      None)
        asked = message.reply_to_message
        if asked is not None and asked.text and not (asked.from_user and
                                                     asked.from_user.is_bot):
            question = asked.text
        else:  # asked through a button: the document is what the resident wanted
            question = self.assistant.doc_title(doc_id) or ""
        await asyncio.to_thread(self.assistant.feedback, Feedback(
            channel=CHANNEL, question=question, helpful=press.helpful, doc_id=doc_id,
            session_id=f"{CHANNEL}:{message.chat_id}", lang=press.lang))

    # --- errors -------------------------------------------------------------------------
    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure and apologise; no handler of a later group answers the update
        as well (the report flow's group runs before the bot's)."""
        log.error("the Telegram handler failed", exc_info=context.error)
        if not isinstance(update, Update):
            return
        if update.effective_chat is not None:
            await self._apologise(update, context)
        raise ApplicationHandlerStop

    async def _apologise(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        chat_id = update.effective_chat.id
        question = update.effective_message.text if update.effective_message else None
        chat = ChatSettings(str(chat_id))
        with contextlib.suppress(Exception):  # the store may be what failed
            chat = await self.chat_settings(chat_id)
        try:
            lang = self.reply_lang(chat, update.effective_user, question)
            key = "unavailable" if isinstance(context.error, StoreUnavailable) else "error"
            await context.bot.send_message(chat_id, fmt.text(lang, key))
        except Exception:
            log.warning("could not send the apology", exc_info=True)


def message_of(update: Update) -> Message:
    """The message a command or text handler runs for (its filters guarantee one)."""
    if update.effective_message is None:
        raise TypeError(f"update {update.update_id} carries no message")
    return update.effective_message


def addressed(message: Message, username: str, bot_id: int) -> str | None:
    """The question in `message` if the bot should answer it, else None.

    In a private chat every text is a question; in a group only a text that mentions the
    bot (the mention removed) or replies to one of its messages.
    """
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text.strip()
    mention = f"@{username}".lower()
    mentioned = any(v.lower() == mention for v in
                    message.parse_entities([MessageEntityType.MENTION]).values())
    reply = message.reply_to_message
    replied = bool(reply and reply.from_user and reply.from_user.id == bot_id)
    if not (mentioned or replied):
        return None
    return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()


class LiveReply:
    """A reply a language model is still writing: the first words are sent, the message
    is edited as more arrive (at most every `EDIT_EVERY` seconds)."""

    def __init__(self, message: Message, every: float = EDIT_EVERY) -> None:
        self.message = message
        self.every = every
        self.sent: Message | None = None
        self.text = ""
        self._shown = ""
        self._changed = asyncio.Event()
        self._loop = asyncio.get_running_loop()

    def feed(self, piece: str) -> None:
        """Called from the thread that asks: a piece of wording the guard let through."""
        self._loop.call_soon_threadsafe(self._add, piece)

    def _add(self, piece: str) -> None:
        self.text += piece
        self._changed.set()

    async def follow(self, asked: asyncio.Future[Any]) -> None:
        """Show the wording as it grows, until the answer is there."""
        while not asked.done():
            changed: asyncio.Future[Any] = asyncio.ensure_future(self._changed.wait())
            await asyncio.wait({changed, asked}, return_when=asyncio.FIRST_COMPLETED)
            changed.cancel()
            if asked.done() or not self.text.strip():
                continue
            self._changed.clear()
            await self._show()
            await asyncio.wait({asked}, timeout=self.every)

    async def _show(self) -> None:
        text = f"{html.escape(self.text.strip())} …"
        if text == self._shown:
            return
        try:
            if self.sent is None:
                self.sent = await self.message.reply_html(text, do_quote=True)
            else:
                await self.sent.edit_text(text)
            self._shown = text
        except TelegramError:
            log.warning("could not show the answer being written", exc_info=True)


async def keep_typing(message: Message) -> None:
    """Renew "typing…" until cancelled (answers are usually faster than one round)."""
    with contextlib.suppress(TelegramError):
        while True:
            await asyncio.sleep(TYPING_EVERY)
            await message.reply_chat_action(ChatAction.TYPING)
