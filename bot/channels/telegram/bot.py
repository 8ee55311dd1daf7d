"""The Telegram bot (python-telegram-bot v22), built by a factory; polling or webhook.

Webhook mode runs inside the web app: `webhook_router` puts each update on the
application's queue, and the web app's lifespan starts and stops the application.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import re
import time
from collections import deque
from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from telegram import LinkPreviewOptions, Message, Update, User
from telegram.constants import ChatAction, ChatType, MessageEntityType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bot import telegram_format as fmt
from bot.answer import MAX_QUESTION_CHARS, Answerer, InvalidQuestion
from bot.store import ChatSettings, Feedback, Store
from indexer.config import COUNTRIES, Settings
from indexer.errors import ConfigError

log = logging.getLogger(__name__)

CHANNEL = "telegram"
ALLOWED_UPDATES = ["message", "callback_query"]
TYPING_EVERY = 4.5  # seconds; Telegram shows "typing…" for about five


@dataclass
class ChatLimiter:
    """At most `per_minute` questions per chat in any minute (in this process)."""

    per_minute: int = 10
    window: float = 60.0
    _seen: dict[int, deque[float]] = field(default_factory=dict)
    _warned: set[int] = field(default_factory=set)

    def check(self, chat_id: int, now: float | None = None) -> str:
        """`ok` (counted), `warn` (over the limit, say so once) or `drop` (stay quiet)."""
        now = time.monotonic() if now is None else now
        seen = self._seen.setdefault(chat_id, deque())
        while seen and now - seen[0] >= self.window:
            seen.popleft()
        if len(seen) < self.per_minute:
            seen.append(now)
            self._warned.discard(chat_id)
            return "ok"
        if chat_id in self._warned:
            return "drop"
        self._warned.add(chat_id)
        return "warn"


class TelegramBot:
    """The handlers; state lives in the store (so every replica behaves the same)."""

    def __init__(self, answerer: Answerer, store: Store, limiter: ChatLimiter) -> None:
        self.answerer = answerer
        self.store = store
        self.limiter = limiter

    def register(self, application: Application) -> None:
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
        return await asyncio.to_thread(self.store.chat_settings, str(chat_id))

    async def set_chat(self, chat_id: int, **changes: str | None) -> ChatSettings:
        return await asyncio.to_thread(lambda: self.store.set_chat_settings(str(chat_id),
                                                                            **changes))

    def reply_lang(self, chat: ChatSettings, user: User | None = None,
                   question: str | None = None) -> str:
        """The chat's chosen language, else the question's, else the country's or user's."""
        if chat.lang:
            return chat.lang
        if question:
            return self.answerer.detector.detect(question)
        if chat.country:
            return fmt.LANG_OF_COUNTRY[chat.country]
        code = ((user.language_code if user else None) or "")[:2]
        return code if code in fmt.TEXTS else "id"

    def channels(self) -> dict:
        return self.answerer.holder.current().version.channels

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
        titles = {c.title for c in self.answerer.holder.current().chunks
                  if chat.country is None or c.country in (chat.country, None)}
        await message.reply_html(fmt.text(
            lang, "help", {"topics": fmt.topics(titles, lang)}, bot=context.bot.username))

    async def lapor(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = message_of(update)
        chat = await self.chat_settings(message.chat_id)
        lang = self.reply_lang(chat, update.effective_user)
        channels = self.channels()
        lines = []
        for country in [chat.country] if chat.country else list(COUNTRIES):
            entry = channels.get(country) or {}
            if entry:
                lines.append(fmt.text(lang, "lapor", where=fmt.text(lang, f"where_{country}"),
                                      name=entry.get("name", ""), url=entry.get("url", "")))
        await message.reply_html("\n\n".join(lines))

    async def confirm_country(self, message: Message, chat_id: int, country: str) -> None:
        chat = await self.set_chat(chat_id, country=country)
        lang = chat.lang or fmt.LANG_OF_COUNTRY[country]
        await message.get_bot().send_message(chat_id, fmt.text(
            lang, "country_set", country=fmt.COUNTRY_NAMES[country]))

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
        try:
            answer = await asyncio.to_thread(
                self.answerer.ask, question, chat.country, chat.lang,
                f"{CHANNEL}:{message.chat_id}", CHANNEL)
        except InvalidQuestion:
            await message.reply_html(fmt.text(self.reply_lang(chat, user, question),
                                              "too_long", max=MAX_QUESTION_CHARS))
            return
        finally:
            typing.cancel()
        keyboard = fmt.answer_keyboard(answer, self.channels().get(answer.country))
        parts = fmt.render_answer(answer)
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            # every part quotes the question: the feedback buttons read it back from there
            await message.reply_html(part, do_quote=True, reply_markup=keyboard if last
                                     else None)

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
            await query.answer(fmt.COUNTRY_NAMES[value])
            await query.edit_message_reply_markup(None)
            await self.confirm_country(message, message.chat_id, value)
        elif kind == "l" and value in (*fmt.TEXTS, "auto"):
            await query.answer()
            await query.edit_message_reply_markup(None)
            await self.confirm_lang(message, message.chat_id, value)
        elif kind == "f" and (press := fmt.FeedbackPress.parse(data)) is not None:
            await self.record_feedback(message, press)
            await query.answer(fmt.text(press.lang, "thanks"))
            await query.edit_message_reply_markup(fmt.recorded_keyboard(message.reply_markup,
                                                                        press))
        elif kind == "q" and value:
            await query.answer()
            chat = await self.chat_settings(message.chat_id)
            await self.answer(message, value, chat, update.effective_user)
        else:
            await query.answer()

    async def record_feedback(self, message: Message, press: fmt.FeedbackPress) -> None:
        """Store a 👍/👎 with the question it answered (the message the answer quotes)."""
        doc_id = next((d for d in self.answerer.holder.current().doc_chunks
                       if fmt.doc_ref(d) == press.ref), None)
        asked = message.reply_to_message
        if asked is not None and asked.text and not (asked.from_user and
                                                     asked.from_user.is_bot):
            question = asked.text
        else:  # asked through a button: the document is what the resident wanted
            question = self.doc_title(doc_id) or ""
        await asyncio.to_thread(self.store.add_feedback, Feedback(
            channel=CHANNEL, question=question, helpful=press.helpful, doc_id=doc_id,
            session_id=f"{CHANNEL}:{message.chat_id}", lang=press.lang))

    def doc_title(self, doc_id: str | None) -> str | None:
        retriever = self.answerer.holder.current()
        rows = retriever.doc_chunks.get(doc_id or "")
        return retriever.chunks[rows[0]].title if rows else None

    # --- errors -------------------------------------------------------------------------
    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("the Telegram handler failed", exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        chat_id = update.effective_chat.id
        question = update.effective_message.text if update.effective_message else None
        chat = ChatSettings(str(chat_id))
        with contextlib.suppress(Exception):  # the store may be what failed
            chat = await self.chat_settings(chat_id)
        try:
            lang = self.reply_lang(chat, update.effective_user, question)
            await context.bot.send_message(chat_id, fmt.text(lang, "error"))
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


async def keep_typing(message: Message) -> None:
    """Renew "typing…" until cancelled (answers are usually faster than one round)."""
    with contextlib.suppress(TelegramError):
        while True:
            await asyncio.sleep(TYPING_EVERY)
            await message.reply_chat_action(ChatAction.TYPING)


class _RedactToken(logging.Filter):
    """Replaces the bot token in a log record (request URLs and tracebacks carry it)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def keep_token_out_of_logs(token: str) -> None:
    """httpx logs request URLs, which carry the token: quiet it, and redact what remains."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _RedactToken) and f.token == token for f in handler.filters):
            handler.addFilter(_RedactToken(token))


def build_application(settings: Settings, answerer: Answerer, store: Store,
                      webhook: bool = False, questions_per_minute: int = 10) -> Application:
    """The bot's `Application`; `webhook=True` leaves updates to `webhook_router`."""
    token = settings.telegram_token
    if not token:
        raise ConfigError("TANYAKOTA_TELEGRAM_TOKEN is not set (create a bot with @BotFather)")
    keep_token_out_of_logs(token)
    builder = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .rate_limiter(AIORateLimiter())
        .concurrent_updates(16)
        .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
    )
    if webhook:
        builder = builder.updater(None)
    application = builder.build()
    TelegramBot(answerer, store, ChatLimiter(questions_per_minute)).register(application)
    return application


def webhook_router(application: Application, settings: Settings) -> APIRouter:
    """`POST /telegram/webhook`: checks Telegram's secret header, queues the update."""
    secret = (settings.telegram_webhook_secret or "").encode()
    if not secret:
        log.warning("TANYAKOTA_TELEGRAM_WEBHOOK_SECRET is not set: the webhook refuses "
                    "every request")
    router = APIRouter()

    @router.post("/telegram/webhook", include_in_schema=False)
    async def telegram_webhook(request: Request) -> JSONResponse:
        given = request.headers.get("x-telegram-bot-api-secret-token", "").encode()
        if not secret or not hmac.compare_digest(given, secret):
            return JSONResponse(status_code=403, content={
                "code": "forbidden", "message": "missing or wrong secret token"})
        try:
            data = await request.json()
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not a Telegram update")
            update = Update.de_json(data, application.bot)
        except Exception as exc:  # anything unparseable is the sender's mistake
            return JSONResponse(status_code=400, content={
                "code": "invalid_update",
                "message": f"the body is not a Telegram update ({type(exc).__name__})"})
        await application.update_queue.put(update)
        return JSONResponse({"ok": True})

    return router
