"""Making a report in WhatsApp: the guided conversation Telegram has, in WhatsApp's terms —
country when unknown (buttons), category (a list), description, location (WhatsApp's
"Send location" button, a shared place, or text), an optional photo (downloaded from the
Graph API) or "skip", a summary with Send / Cancel — ending with the reference.

*lapor* starts it, and so does the "Buat laporan" button under a refusal, a 👎 or a
complaint; *batal* stops it at any step. The draft lives in the store (`report_drafts`),
not in the process: the webhook's next message may reach another replica. As in Telegram,
what a step does not take (a question, a command) is handled as if no report were being
written, and the report waits; one left for 30 minutes is forgotten.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.assistant import Assistant
from bot.channels.report_texts import (
    description_problem,
    sent_lines,
    to_paste,
    typed_place,
    where,
)
from bot.channels.shared import split_text, utf16_len
from bot.channels.whatsapp import report_texts as rt
from bot.channels.whatsapp.client import (
    MAX_TEXT,
    GraphClient,
    GraphError,
    MediaTooLarge,
    Outgoing,
)
from bot.channels.whatsapp.updates import Inbound, words_of
from bot.reports.model import (
    MAX_DESCRIPTION,
    MAX_LOCATION,
    MIN_DESCRIPTION,
    InvalidReport,
    category_code,
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
from bot.state.privacy import MaskingFilter
from bot.state.store import ChatSettings
from indexer.countries import COUNTRIES, COUNTRY_WORDS, LANG_OF_COUNTRY

log = logging.getLogger(__name__)
log.addFilter(MaskingFilter())

CHANNEL = "whatsapp"
REPORT_BUTTONS = ("rn", "rc", "rp", "rk")


class ChatBot(Protocol):
    """What the flow needs of the WhatsApp bot it belongs to (`bot.WhatsAppBot`)."""

    assistant: Assistant
    client: GraphClient

    def lang(self, chat: ChatSettings, message: Inbound, question: str | None = None
             ) -> str: ...

    async def say(self, message: Inbound, *replies: Outgoing | str, quote: bool = False
                  ) -> None: ...

    def lapor_lines(self, lang: str, country: str | None) -> list[str]: ...


Step = Callable[[Inbound, ChatSettings, ReportDraft], Awaitable[bool]]


class ReportFlow:
    """The report conversation over the bot's front desk; `take` sees every message first."""

    def __init__(self, bot: ChatBot) -> None:
        self.bot = bot
        self.assistant = bot.assistant
        self.steps: dict[str, Step] = {
            COUNTRY: self.on_country, CATEGORY: self.on_category,
            DESCRIPTION: self.on_description, LOCATION: self.on_location,
            PHOTO: self.on_photo, CONFIRM: self.on_confirm}

    async def take(self, message: Inbound, chat: ChatSettings) -> bool:
        """Handle `message` if it belongs to a report (starting, writing or stopping one);
        False leaves it to the bot."""
        data = message.text if message.kind in ("button", "row") else ""
        if data == rt.START or (message.kind == "text" and words_of(message.text) == ["lapor"]):
            await self.begin(message, chat)
            return True
        ours = data.partition("|")[0] in REPORT_BUTTONS
        draft = await asyncio.to_thread(self.assistant.report_draft, chat.chat_id)
        if draft is None:
            if ours:  # a button of a report sent, cancelled or forgotten
                await self.bot.say(message, rt.rtext(self.bot.lang(chat, message), "expired"))
            return ours
        words = words_of(message.text) if message.kind == "text" else []
        if data == rt.CANCEL or (len(words) == 1 and words[0] in rt.CANCEL_WORDS):
            await self.cancel(message, draft)
            return True
        if message.kind == "text" and find_reference(message.text):
            return False  # "status TK-…" is answered whatever the step
        step = self.steps.get(draft.step)
        if step is None:  # written by a newer version, say: start again
            await asyncio.to_thread(self.assistant.clear_report_draft, chat.chat_id)
            return False
        return await step(message, chat, draft)

    # --- the steps ----------------------------------------------------------------------
    async def begin(self, message: Inbound, chat: ChatSettings) -> None:
        """The complaint channel and what the report asks, then the first question."""
        lang = self.bot.lang(chat, message)
        intro = "\n\n".join([*self.bot.lapor_lines(lang, chat.country),
                             rt.rtext(lang, "intro")])
        draft = ReportDraft(chat.chat_id, COUNTRY, {"lang": lang})
        if chat.country is not None:
            draft = draft.at(CATEGORY, country=chat.country)
        draft = await self._save(draft)
        await self.bot.say(message, intro, self.prompt(draft))

    async def on_country(self, message: Inbound, chat: ChatSettings,
                         draft: ReportDraft) -> bool:
        kind, _, value = message.text.partition("|")
        words = words_of(message.text) if message.kind == "text" else []
        if message.kind == "button" and kind == "rn" and value in COUNTRIES:
            country = value
        elif len(words) == 1 and words[0] in COUNTRY_WORDS:
            country = COUNTRY_WORDS[words[0]]
        else:
            return await self._elsewhere(message, draft)
        draft = await self._save(draft.at(CATEGORY, country=country,
                                          lang=chat.lang or LANG_OF_COUNTRY[country]))
        await self.bot.say(message, self.prompt(draft))
        return True

    async def on_category(self, message: Inbound, chat: ChatSettings,
                          draft: ReportDraft) -> bool:
        names = dict(self.assistant.report_categories(draft.get("lang")))
        kind, _, value = message.text.partition("|")
        if message.kind == "row" and kind == "rc" and value in names:
            code = value
        elif message.kind == "text" and len(words_of(message.text)) <= 2:
            try:  # a category typed by its name: "sampah", "lampu jalan"
                code = category_code(message.text)
            except InvalidReport:
                return False
        else:
            return await self._elsewhere(message, draft)
        draft = await self._save(draft.at(DESCRIPTION, category=code))
        await self.bot.say(message, self.prompt(draft))
        return True

    async def on_description(self, message: Inbound, chat: ChatSettings,
                             draft: ReportDraft) -> bool:
        if message.kind != "text":
            return await self._elsewhere(message, draft)
        text = message.text.strip()
        problem = description_problem(text)
        if problem is not None:
            await self.bot.say(message, rt.rtext(draft.get("lang"), problem,
                                                 min=MIN_DESCRIPTION, max=MAX_DESCRIPTION))
            return True
        draft = await self._save(draft.at(LOCATION, description=text))
        await self.bot.say(message, self.prompt(draft))
        return True

    async def on_location(self, message: Inbound, chat: ChatSettings,
                          draft: ReportDraft) -> bool:
        if message.kind == "location":
            place = ", ".join(p for p in (message.name, message.address) if p)
            draft = draft.at(PHOTO, location=place[:MAX_LOCATION] or None,
                             latitude=message.latitude, longitude=message.longitude)
        elif message.kind == "text" and message.text.strip():
            draft = draft.at(PHOTO, location=typed_place(message.text),
                             latitude=None, longitude=None)
        else:
            return await self._elsewhere(message, draft)
        draft = await self._save(draft)
        lang = draft.get("lang")
        await self.bot.say(message, rt.photo_buttons(
            lang, f"{rt.rtext(lang, 'located')}\n\n{rt.rtext(lang, 'photo')}"))
        return True

    async def on_photo(self, message: Inbound, chat: ChatSettings,
                       draft: ReportDraft) -> bool:
        lang = draft.get("lang")
        if message.kind == "button" and message.text == rt.SKIP:
            draft = draft.at(CONFIRM)
        elif message.kind == "image":
            photo = await self._photo(message)
            if isinstance(photo, str):  # what was wrong with it
                await self.bot.say(message, rt.photo_buttons(lang, rt.rtext(lang, photo)))
                return True
            draft = draft.at(CONFIRM, photo=photo)
        elif message.kind in ("button", "row"):
            return await self._elsewhere(message, draft)
        else:
            await self.bot.say(message, rt.photo_buttons(lang, rt.rtext(lang, "photo_only")))
            return True
        draft = await self._save(draft)
        await self.bot.say(message, self.prompt(draft))
        return True

    async def _photo(self, message: Inbound) -> bytes | str:
        """The photo downloaded and cleaned of its metadata, or the text that says why not."""
        try:
            media = await self.bot.client.download(message.media_id, MAX_PHOTO_BYTES)
        except MediaTooLarge:
            return "photo_big"
        except GraphError as exc:
            log.warning("could not download a photo sent for a report: %s", exc)
            return "photo_bad"
        try:
            return await asyncio.to_thread(self.assistant.clean_report_photo, media.data)
        except InvalidReport:
            return "photo_bad"

    async def on_confirm(self, message: Inbound, chat: ChatSettings,
                         draft: ReportDraft) -> bool:
        if message.kind == "button" and message.text == rt.SEND:
            await self.send(message, draft)
            return True
        return await self._elsewhere(message, draft)

    async def send(self, message: Inbound, draft: ReportDraft) -> None:
        """Make the report (once: of replicas sending the same draft, one clears it)."""
        lang = draft.get("lang")
        try:
            made = await asyncio.to_thread(self.assistant.send_report_draft, draft, CHANNEL)
        except InvalidReport as exc:
            await self.bot.say(message, rt.rtext(lang, "failed", reason=exc.reason))
            return
        if made is None:
            return
        replies: list[Outgoing | str] = list(split_text(
            made.draft, MAX_TEXT, measure=utf16_len)) if to_paste(made) else []  # to copy
        await self.bot.say(message, "\n\n".join(sent_lines(rt.rtext, lang, made)), *replies)

    async def cancel(self, message: Inbound, draft: ReportDraft) -> None:
        await asyncio.to_thread(self.assistant.clear_report_draft, draft.chat_id)
        await self.bot.say(message, rt.rtext(draft.get("lang"), "cancelled"))

    # --- helpers ------------------------------------------------------------------------
    def prompt(self, draft: ReportDraft) -> Outgoing | str:
        """The question of the step `draft` is at."""
        lang = draft.get("lang")
        names = dict(self.assistant.report_categories(lang))
        if draft.step == COUNTRY:
            return rt.country_buttons(lang)
        if draft.step == CATEGORY:
            return rt.category_list(lang, list(names.items()))
        if draft.step == DESCRIPTION:
            return rt.rtext(lang, "describe", category=names.get(draft.get("category"), ""),
                            min=MIN_DESCRIPTION)
        if draft.step == LOCATION:
            return rt.location_request(lang)
        if draft.step == PHOTO:
            return rt.photo_buttons(lang, rt.rtext(lang, "photo"))
        return rt.summary_buttons(lang, names.get(draft.get("category"), ""),
                                  draft.get("description") or "", where(draft),
                                  draft.photo is not None)

    async def _elsewhere(self, message: Inbound, draft: ReportDraft) -> bool:
        """A message the step does not take: a report button or something other than text
        (a photo while the description is asked) gets the step's question again; text and
        other buttons are the bot's."""
        if message.kind in ("text", "button", "row") and (
                message.text.partition("|")[0] not in REPORT_BUTTONS):
            return False
        await self.bot.say(message, self.prompt(draft))
        return True

    async def _save(self, draft: ReportDraft) -> ReportDraft:
        return await asyncio.to_thread(self.assistant.save_report_draft, draft)

