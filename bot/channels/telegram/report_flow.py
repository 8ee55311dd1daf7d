"""Making a report in Telegram: a guided conversation — country when unknown, category
buttons, description, location (Telegram's location button or text), an optional photo,
a summary to confirm — ending with the reference. `/lapor` starts it (with the country's
complaint channel first), and so does the "Buat laporan" button under a refusal, a 👎 or
a complaint; `/batal` (or the summary's "Batal") stops it at any step.

The draft lives in the store (`report_drafts`, the chat known as `telegram:<chat id>`),
not in the process: in webhook mode the chat's next update may reach another replica. The
flow's handlers form a group of their own, ahead of the bot's (`GROUP`); each reads the
chat's draft through the front desk and takes the update only when the draft's step asks
for it. What a step does not take (a question while a button is awaited, another command)
is left to the bot's handlers, and the report waits. The description and location are
kept masked, as the report will be (the summary shows them so), the photo already cleaned
of its metadata; a draft left for 30 minutes is forgotten, and a message that would have
continued it is handled as if no report were being written. Sending clears the draft in
one `DELETE`, so of two replicas sending it only one makes the report.
"""

from __future__ import annotations

import asyncio
import functools
import html
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol

from telegram import CallbackQuery, Message, ReplyKeyboardRemove, Update, User
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
from bot.channels.report_texts import (
    description_problem,
    sent_lines,
    to_paste,
    typed_place,
    where,
)
from bot.channels.shared import split_text
from bot.channels.telegram import report_texts as rt
from bot.channels.telegram import texts as fmt
from bot.reports.model import (
    MAX_DESCRIPTION,
    MIN_DESCRIPTION,
    InvalidReport,
    find_reference,
)
from bot.reports.photo import MAX_PHOTO_BYTES
from bot.state.drafts import (
    CATEGORY,
    CONFIRM,
    COUNTRY,
    DESCRIPTION,
    LOCATION,
    PHOTO,
    ReportDraft,
)
from bot.state.store import ChatSettings
from indexer.countries import COUNTRIES, LANG_OF_COUNTRY


class ChatBot(Protocol):
    """What the flow needs of the Telegram bot it belongs to (`bot.TelegramBot`)."""

    assistant: Assistant

    async def chat_settings(self, chat_id: int) -> ChatSettings: ...

    def reply_lang(self, chat: ChatSettings, user: User | None = None,
                   question: str | None = None) -> str: ...

    def lapor_line(self, lang: str, country: str) -> str: ...


CHANNEL = "telegram"
GROUP = -1  # before the bot's handlers (group 0): what a report's step takes stops there
Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Awaitable[bool]]
Step = Callable[[Message, Context, ReportDraft], Awaitable[bool]]


def draft_key(chat_id: int) -> str:
    """The chat in `report_drafts`: the channel and Telegram's chat id, as the chat's
    conversation turns and reports name it (its session id)."""
    return f"{CHANNEL}:{chat_id}"


def taking(handler: Handler) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    """`handler` as python-telegram-bot calls it: an update it took (True) goes no further,
    otherwise the bot's own handlers see it."""

    @functools.wraps(handler)
    async def handle(update: Update, context: Context) -> None:
        if await handler(update, context):
            raise ApplicationHandlerStop

    return handle


class ReportFlow:
    """The report conversation's handlers, over the bot's front desk."""

    def __init__(self, bot: ChatBot) -> None:
        self.bot = bot
        self.assistant = bot.assistant
        self.steps: dict[str, Step] = {DESCRIPTION: self.on_description,
                                       LOCATION: self.on_location, PHOTO: self.on_photo}

    def register(self, application: Application) -> None:
        private = filters.ChatType.PRIVATE
        image = (filters.PHOTO | filters.Document.MimeType("image/jpeg")
                 | filters.Document.MimeType("image/png"))
        sent = filters.UpdateType.MESSAGE & private & (
            (filters.TEXT & ~filters.COMMAND) | filters.LOCATION | image)
        for handler in (
                CommandHandler("lapor", taking(self.begin), filters=private),
                CallbackQueryHandler(taking(self.begin), pattern=r"^r\|start$"),
                CommandHandler(["batal", "cancel"], taking(self.cancel), filters=private),
                CallbackQueryHandler(taking(self.on_button), pattern=r"^r[nckp]\|"),
                MessageHandler(sent, taking(self.on_message))):
            application.add_handler(handler, group=GROUP)

    # --- starting, stopping, dispatching ------------------------------------------------
    async def begin(self, update: Update, context: Context) -> bool:
        """The complaint channel and what the report asks, then the first question."""
        chat_id = _chat_id(update)
        if update.callback_query is not None:
            await update.callback_query.answer()
        chat = await self.bot.chat_settings(chat_id)
        lang = self.bot.reply_lang(chat, update.effective_user)
        draft = ReportDraft(draft_key(chat_id), COUNTRY, {"lang": lang})
        if chat.country is not None:
            draft = draft.at(CATEGORY, country=chat.country)
        draft = await self._save(draft)  # before the question: its answer may go elsewhere
        channels = [self.bot.lapor_line(lang, c) for c in
                    ([chat.country] if chat.country else COUNTRIES)]
        intro = "\n\n".join([*[line for line in channels if line], rt.rtext(lang, "intro")])
        await context.bot.send_message(chat_id, intro)
        if draft.step == COUNTRY:
            await context.bot.send_message(chat_id, rt.rtext(lang, "country"),
                                           reply_markup=rt.country_keyboard())
        else:
            await self._ask_category(context, chat_id, draft)
        return True

    async def cancel(self, update: Update, context: Context,
                     draft: ReportDraft | None = None) -> bool:
        chat_id = _chat_id(update)
        draft = draft or await self._draft(chat_id)
        if draft is None:  # /batal with no report being written
            await context.bot.send_message(chat_id, rt.rtext(await self._lang(update),
                                                             "expired"))
            return True
        await asyncio.to_thread(self.assistant.clear_report_draft, draft_key(chat_id))
        if update.callback_query is not None:
            await update.callback_query.edit_message_reply_markup(None)
        await context.bot.send_message(chat_id, rt.rtext(draft.get("lang"), "cancelled"),
                                       reply_markup=ReplyKeyboardRemove())
        return True

    async def on_button(self, update: Update, context: Context) -> bool:
        """A report's button: taken by the step it belongs to; one of a report sent,
        cancelled or forgotten says so; one of another step is only acknowledged."""
        query = update.callback_query
        assert query is not None
        await query.answer()
        chat_id, data = _chat_id(update), query.data or ""
        draft = await self._draft(chat_id)
        if draft is None:
            await context.bot.send_message(chat_id, rt.rtext(await self._lang(update),
                                                             "expired"))
            return True
        if data == "rk|cancel":
            return await self.cancel(update, context, draft)
        kind, _, value = data.partition("|")
        if kind == "rn" and draft.step == COUNTRY and value in COUNTRIES:
            await self.on_country(query, context, chat_id, draft, value)
        elif kind == "rc" and draft.step == CATEGORY:
            await self.on_category(query, context, chat_id, draft, value)
        elif data == "rp|skip" and draft.step == PHOTO:
            await query.edit_message_reply_markup(None)
            await self._summary(context, chat_id, await self._save(draft.at(CONFIRM)))
        elif data == "rk|send" and draft.step == CONFIRM:
            await query.edit_message_reply_markup(None)
            await self.send(context, chat_id, draft)
        return True

    async def on_message(self, update: Update, context: Context) -> bool:
        """A message in a private chat: the draft's step takes it, or the bot does."""
        draft = await self._draft(_chat_id(update))
        step = self.steps.get(draft.step) if draft is not None else None
        if draft is None or step is None:
            return False
        text = _message(update).text
        if text and find_reference(text):
            return False  # "status TK-…" is answered whatever the step (as on WhatsApp)
        return await step(_message(update), context, draft)

    # --- the steps ----------------------------------------------------------------------
    async def on_country(self, query: CallbackQuery, context: Context, chat_id: int,
                         draft: ReportDraft, country: str) -> None:
        lang = (await self.bot.chat_settings(chat_id)).lang or LANG_OF_COUNTRY[country]
        draft = await self._save(draft.at(CATEGORY, country=country, lang=lang))
        await query.edit_message_reply_markup(None)
        await self._ask_category(context, chat_id, draft)

    async def _ask_category(self, context: Context, chat_id: int, draft: ReportDraft) -> None:
        lang = draft.get("lang")
        await context.bot.send_message(chat_id, rt.rtext(lang, "category"), reply_markup=(
            rt.category_keyboard(self.assistant.report_categories(lang))))

    async def on_category(self, query: CallbackQuery, context: Context, chat_id: int,
                          draft: ReportDraft, code: str) -> None:
        names = dict(self.assistant.report_categories(draft.get("lang")))
        if code not in names:
            return
        draft = await self._save(draft.at(DESCRIPTION, category=code))
        await query.edit_message_reply_markup(None)
        await context.bot.send_message(chat_id, rt.rtext(
            draft.get("lang"), "describe", category=names[code], min=MIN_DESCRIPTION))

    async def on_description(self, message: Message, context: Context,
                             draft: ReportDraft) -> bool:
        lang = draft.get("lang")
        if message.text is None:  # a photo or a location: not yet, the description first
            names = dict(self.assistant.report_categories(lang))
            await message.reply_html(rt.rtext(lang, "describe", min=MIN_DESCRIPTION,
                                              category=names.get(draft.get("category"), "")))
            return True
        text = message.text.strip()
        problem = description_problem(text)
        if problem is not None:
            await message.reply_html(rt.rtext(lang, problem, min=MIN_DESCRIPTION,
                                              max=MAX_DESCRIPTION))
            return True
        await self._save(draft.at(LOCATION, description=text))
        await message.reply_html(rt.rtext(lang, "where"), reply_markup=rt.location_keyboard(lang))
        return True

    async def on_location(self, message: Message, context: Context,
                          draft: ReportDraft) -> bool:
        lang = draft.get("lang")
        if message.location is not None:
            draft = draft.at(PHOTO, location=None, latitude=message.location.latitude,
                             longitude=message.location.longitude)
        elif message.text is not None and message.text.strip():
            draft = draft.at(PHOTO, location=typed_place(message.text),
                             latitude=None, longitude=None)
        else:  # empty, or a photo: the place first
            await message.reply_html(rt.rtext(lang, "where"),
                                     reply_markup=rt.location_keyboard(lang))
            return True
        await self._save(draft)
        await message.reply_html(rt.rtext(lang, "located"), reply_markup=ReplyKeyboardRemove())
        await message.reply_html(rt.rtext(lang, "photo"), reply_markup=rt.photo_keyboard(lang))
        return True

    async def on_photo(self, message: Message, context: Context, draft: ReportDraft) -> bool:
        lang = draft.get("lang")
        sent = message.photo[-1] if message.photo else message.document
        if sent is None:  # text or a location
            await message.reply_html(rt.rtext(lang, "photo_only"),
                                     reply_markup=rt.photo_keyboard(lang))
            return True
        photo = await self._photo(context, sent.file_id, sent.file_size)
        if isinstance(photo, str):  # what was wrong with it
            await message.reply_html(rt.rtext(lang, photo), reply_markup=rt.photo_keyboard(lang))
            return True
        draft = await self._save(draft.at(CONFIRM, photo=photo))
        await self._summary(context, message.chat_id, draft)
        return True

    async def _photo(self, context: Context, file_id: str, size: int | None) -> bytes | str:
        """The photo downloaded and cleaned of its metadata, or the text that says why not."""
        if (size or 0) > MAX_PHOTO_BYTES:
            return "photo_big"
        file = await context.bot.get_file(file_id)
        data = bytes(await file.download_as_bytearray())
        try:
            return await asyncio.to_thread(self.assistant.clean_report_photo, data)
        except InvalidReport:
            return "photo_big" if len(data) > MAX_PHOTO_BYTES else "photo_bad"

    async def _summary(self, context: Context, chat_id: int, draft: ReportDraft) -> None:
        lang = draft.get("lang")
        names = dict(self.assistant.report_categories(lang))
        await context.bot.send_message(chat_id, rt.rtext(
            lang, "summary", category=names.get(draft.get("category"), ""),
            description=draft.get("description") or "", location=where(draft),
            photo=rt.rtext(lang, "yes" if draft.photo is not None else "no")),
            reply_markup=rt.confirm_keyboard(lang))

    async def send(self, context: Context, chat_id: int, draft: ReportDraft) -> None:
        """Make the report (once: of replicas sending the same draft, one clears it)."""
        lang = draft.get("lang")
        try:
            made = await asyncio.to_thread(self.assistant.send_report_draft, draft, CHANNEL)
        except InvalidReport as exc:
            await context.bot.send_message(chat_id, rt.rtext(lang, "failed", reason=exc.reason))
            return
        if made is None:
            return
        await context.bot.send_message(chat_id, "\n\n".join(sent_lines(rt.rtext, lang, made)))
        if to_paste(made):  # the text to copy, whole: cut between words, never in a tag
            for piece in split_text(made.draft, fmt.MAX_TEXT - len("<pre></pre>"),
                                    escape=html.escape):
                await context.bot.send_message(chat_id, f"<pre>{piece}</pre>")

    # --- helpers ------------------------------------------------------------------------
    async def _draft(self, chat_id: int) -> ReportDraft | None:
        """The chat's report being written, unless it was left too long ago."""
        return await asyncio.to_thread(self.assistant.report_draft, draft_key(chat_id))

    async def _save(self, draft: ReportDraft) -> ReportDraft:
        return await asyncio.to_thread(self.assistant.save_report_draft, draft)

    async def _lang(self, update: Update) -> str:
        """The chat's language when no draft says it."""
        chat = await self.bot.chat_settings(_chat_id(update))
        return self.bot.reply_lang(chat, update.effective_user)



def _message(update: Update) -> Message:
    if update.effective_message is None:
        raise TypeError(f"update {update.update_id} carries no message")
    return update.effective_message


def _chat_id(update: Update) -> int:
    if update.effective_chat is None:
        raise TypeError(f"update {update.update_id} carries no chat")
    return update.effective_chat.id
