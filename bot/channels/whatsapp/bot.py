"""The WhatsApp bot: one resident's message in, replies out through the Graph API.

It does what the Telegram bot does, in WhatsApp's terms: commands are words ("bantuan",
"negara", "bahasa", "lapor"), buttons and list rows carry the same data as Telegram's
callbacks. The resident's number is used only to address the reply; the store knows the
resident by a keyed hash of it.

With a store, *lapor* (or the report button under a refusal, a 👎 or a complaint) starts
the guided report (`report_flow`), which sees every message first; without one, *lapor*
names the complaint channel.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging

from bot.assistant import Assistant
from bot.channels.shared import ChatLimiter, FeedbackPress, doc_ref, reply_lang
from bot.channels.whatsapp import report_texts as rt
from bot.channels.whatsapp import texts as fmt
from bot.channels.whatsapp.client import GraphClient, GraphError, Outgoing, Text
from bot.channels.whatsapp.report_flow import ReportFlow
from bot.channels.whatsapp.updates import Inbound, words_of
from bot.question import MAX_QUESTION_CHARS, InvalidQuestion
from bot.state.privacy import MaskingFilter
from bot.state.store import ChatSettings, Feedback, StoreUnavailable
from indexer.countries import COUNTRIES, COUNTRY_WORDS, LANG_OF_COUNTRY, LANGS

log = logging.getLogger(__name__)
log.addFilter(MaskingFilter())  # tracebacks too: a number must not slip into a log line

CHANNEL = "whatsapp"
GREETINGS = frozenset("halo hallo hai hi hello helo hey mulai start".split())
HELP = frozenset("bantuan help menu tolong".split())
LANG_WORDS = {"id": "id", "indonesia": "id", "ms": "ms", "melayu": "ms", "malaysia": "ms",
              "auto": "auto", "otomatis": "auto", "automatik": "auto"}
# the resident's language from the number's country code, before anything else is known
CALLING_CODES = {"62": "id", "60": "ms"}


def resident_key(key: bytes, wa_id: str) -> str:
    """What stands for a resident in the store: `whatsapp:` and a keyed hash of the number
    (a hash without a key could be reversed by hashing every possible number)."""
    return f"{CHANNEL}:{_digest(key, 'resident', wa_id)}"


def delivery_key(key: bytes, message_id: str) -> str:
    """The handled-update key of a message; hashed too, as WhatsApp's message ids
    encode the sender's number."""
    return f"{CHANNEL}:{_digest(key, 'message', message_id)}"


def _digest(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


class WhatsAppBot:
    """Handles one inbound message at a time per resident (the webhook sees to that)."""

    def __init__(self, assistant: Assistant, client: GraphClient, limiter: ChatLimiter,
                 hash_key: bytes) -> None:
        self.assistant = assistant
        self.client = client
        self.limiter = limiter
        self.hash_key = hash_key
        self.reports = ReportFlow(self) if assistant.takes_reports else None

    async def handle(self, message: Inbound) -> None:
        """Answer `message` once (a redelivery is dropped); failures are logged, and the
        resident gets an apology when the failure was ours."""
        try:
            fresh = await asyncio.to_thread(self.assistant.first_delivery,
                                            delivery_key(self.hash_key, message.message_id))
        except Exception:  # the store is down: rather answer twice than not at all
            log.exception("could not check whether a WhatsApp message is new")
            fresh = True
        if not fresh:
            log.info("a WhatsApp message was delivered again; not answered twice")
            return
        chat_id = resident_key(self.hash_key, message.wa_id)
        try:
            await self._handle(message, chat_id)
        except GraphError as exc:
            log.warning("WhatsApp did not take the reply: %s", exc)
        except Exception:
            log.exception("the WhatsApp handler failed (a %s message)", message.kind)
            await self._apologise(message, chat_id)

    async def _handle(self, message: Inbound, chat_id: str) -> None:
        chat = await self.chat_settings(chat_id)
        if self.reports is not None and await self.reports.take(message, chat):
            return
        if message.kind == "text":
            await self.on_text(message, chat)
        elif message.kind in ("button", "row"):
            await self.on_choice(message, chat)
        else:
            await self.say(message, fmt.text(self.lang(chat, message), "not_text"),
                           quote=True)

    # --- state --------------------------------------------------------------------------
    async def chat_settings(self, chat_id: str) -> ChatSettings:
        try:
            return await asyncio.to_thread(self.assistant.chat_settings, chat_id)
        except StoreUnavailable:
            return ChatSettings(chat_id)

    async def set_chat(self, chat_id: str, **changes: str | None) -> ChatSettings:
        return await asyncio.to_thread(
            lambda: self.assistant.set_chat_settings(chat_id, **changes))

    def lang(self, chat: ChatSettings, message: Inbound, question: str | None = None) -> str:
        """The chat's language, else the question's, else the country's or the number's."""
        return reply_lang(chat, self.assistant.detect_lang, question,
                          CALLING_CODES.get(message.wa_id[:2]))

    async def say(self, message: Inbound, *replies: Outgoing | str, quote: bool = False
                  ) -> None:
        """Send `replies` to the resident in order; the first may quote their message."""
        for i, reply in enumerate(replies):
            out = Text(reply) if isinstance(reply, str) else reply
            await self.client.send(message.wa_id, out,
                                   reply_to=message.message_id if quote and i == 0 else None)

    # --- text ---------------------------------------------------------------------------
    async def on_text(self, message: Inbound, chat: ChatSettings) -> None:
        text = message.text.strip()
        words = words_of(text)
        if not words:
            return  # nothing but punctuation or emoji
        command, args = words[0], words[1:]
        if len(words) <= 2:
            if command in GREETINGS and not args:
                await self.say(message, fmt.country_buttons(fmt.GREETING))
                return
            if command in HELP and not args:
                await self.help(message, chat)
                return
            if command == "negara":
                await self.negara(message, chat, args)
                return
            if command == "bahasa":
                await self.bahasa(message, chat, args)
                return
            if command == "lapor" and not args:
                await self.lapor(message, chat)
                return
        await self.answer(message, text, chat, quote=True)

    async def help(self, message: Inbound, chat: ChatSettings) -> None:
        lang = self.lang(chat, message)
        titles = self.assistant.topics(chat.country)
        await self.say(message, fmt.text(lang, "help", topics=fmt.topics(titles, lang)))

    async def negara(self, message: Inbound, chat: ChatSettings, args: list[str]) -> None:
        choice = COUNTRY_WORDS.get(args[0]) if args else None
        if choice is not None:
            await self.confirm_country(message, chat, choice)
            return
        lang = self.lang(chat, message)
        await self.say(message, fmt.country_buttons(fmt.text(lang, "choose_country")))

    async def bahasa(self, message: Inbound, chat: ChatSettings, args: list[str]) -> None:
        choice = LANG_WORDS.get(args[0]) if args else None
        if choice is not None:
            await self.confirm_lang(message, chat, choice)
            return
        await self.say(message, fmt.lang_buttons(self.lang(chat, message)))

    async def lapor(self, message: Inbound, chat: ChatSettings) -> None:
        """Where to take a complaint (without a store, no report is made here)."""
        lines = self.lapor_lines(self.lang(chat, message), chat.country)
        if lines:
            await self.say(message, "\n\n".join(lines))

    def lapor_lines(self, lang: str, country: str | None) -> list[str]:
        """The country's complaint desk (SP4N-LAPOR!, SISPAA), or both countries'."""
        lines = []
        for code in [country] if country else list(COUNTRIES):
            channel = self.assistant.complaint_channel(code)
            if channel is not None:
                lines.append(fmt.text(lang, "lapor", where=fmt.text(lang, f"where_{code}"),
                                      name=channel.name, url=channel.url))
        return lines

    async def confirm_country(self, message: Inbound, chat: ChatSettings, country: str
                              ) -> None:
        chat = await self.set_chat(chat.chat_id, country=country)
        lang = chat.lang or LANG_OF_COUNTRY[country]
        await self.say(message, fmt.text(lang, "country_set",
                                         country=fmt.country_label(country)))

    async def confirm_lang(self, message: Inbound, chat: ChatSettings, choice: str) -> None:
        lang = None if choice == "auto" else choice
        chat = await self.set_chat(chat.chat_id, lang=lang)
        key = "lang_auto" if lang is None else "lang_set"
        await self.say(message, fmt.text(lang or self.lang(chat, message), key))

    # --- questions ----------------------------------------------------------------------
    async def answer(self, message: Inbound, question: str, chat: ChatSettings,
                     quote: bool = False) -> None:
        """Answer `question` within the resident's limit, "typing…" while it is worked out."""
        verdict = self.limiter.check(chat.chat_id)
        if verdict != "ok":
            if verdict == "warn":
                await self.say(message, fmt.text(self.lang(chat, message, question),
                                                 "slow_down"))
            return
        await self.client.mark_read(message.message_id)
        try:
            answer = await asyncio.to_thread(self.assistant.ask, question, chat.country,
                                             chat.lang, chat.chat_id, CHANNEL)
        except InvalidQuestion:
            await self.say(message, fmt.text(self.lang(chat, message, question), "too_long",
                                             max=MAX_QUESTION_CHARS), quote=quote)
            return
        offer = (rt.offer_message(answer.lang) if answer.offer_report and self.reports
                 else None)
        await self.say(message, *fmt.answer_messages(answer, question, offer), quote=quote)

    # --- buttons and list rows ----------------------------------------------------------
    async def on_choice(self, message: Inbound, chat: ChatSettings) -> None:
        """A reply button or list row, read like the matching Telegram callback."""
        data = message.text
        kind, _, value = data.partition("|")
        if kind == "c" and value in COUNTRIES:
            await self.confirm_country(message, chat, value)
        elif kind == "l" and value in (*LANGS, "auto"):
            await self.confirm_lang(message, chat, value)
        elif kind == "f" and (press := FeedbackPress.parse(data)) is not None:
            await self.record_feedback(chat, press)
            thanks = fmt.text(press.lang, "thanks")
            await self.say(message, rt.offer_message(press.lang, thanks)
                           if not press.helpful and self.reports else thanks)
        elif kind == "q" and value:
            await self.answer(message, value, chat)
        elif message.title:  # a button of an older kind: what it said is the question
            await self.answer(message, message.title, chat)

    async def record_feedback(self, chat: ChatSettings, press: FeedbackPress) -> None:
        """Store a 👍/👎 with the question it answered (carried in the button's id)."""
        doc_id = next((d for d in self.assistant.doc_ids() if doc_ref(d) == press.ref), None)
        question = press.question or self.assistant.doc_title(doc_id) or ""
        await asyncio.to_thread(self.assistant.feedback, Feedback(
            channel=CHANNEL, question=question, helpful=press.helpful, doc_id=doc_id,
            session_id=chat.chat_id, lang=press.lang))

    # --- errors -------------------------------------------------------------------------
    async def _apologise(self, message: Inbound, chat_id: str) -> None:
        chat = ChatSettings(chat_id)
        with contextlib.suppress(Exception):  # the store may be what failed
            chat = await self.chat_settings(chat_id)
        question = message.text if message.kind == "text" else None
        try:
            await self.say(message, fmt.text(self.lang(chat, message, question), "error"))
        except Exception:
            log.warning("could not send the apology", exc_info=True)
