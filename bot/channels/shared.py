"""What every chat channel (Telegram, WhatsApp) shares: the plain texts in both languages,
the button data they exchange with the bot, splitting long text, the per-chat limit.

The texts here carry no markup, so each channel can pour them into its own (Telegram's
HTML, WhatsApp's `*bold*`); texts with markup live with their channel.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from bot.state.limits import Limiter
from bot.state.store import ChatSettings
from indexer.countries import COUNTRY_FLAGS, COUNTRY_NAMES, LANG_OF_COUNTRY, LANGS

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "choose_country": "Pilih negara Anda:",
        "choose_lang": "Pilih bahasa jawaban:",
        "lang_set": "Jawaban akan memakai Bahasa Indonesia.",
        "lang_auto": "Bahasa jawaban mengikuti bahasa pertanyaan Anda.",
        "no_topics": "(belum ada dokumen)",
        "updated": "diperbarui",
        "source": "Sumber",
        "where_ID": " di Indonesia",
        "where_MY": " di Malaysia",
        "thanks": "Terima kasih atas masukan Anda!",
        "recorded_up": "👍 Masukan tercatat",
        "recorded_down": "👎 Masukan tercatat",
        "slow_down": "Pertanyaan Anda banyak sekali dalam waktu singkat. Mohon tunggu "
                     "sebentar, lalu coba lagi.",
        "too_long": "Pertanyaannya terlalu panjang. Mohon ringkas menjadi paling banyak "
                    "{max} karakter.",
        "unavailable": "Maaf, layanan sedang terganggu sehingga pertanyaan Anda belum bisa "
                       "dijawab. Silakan coba lagi beberapa menit lagi.",
        "error": "Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi "
                 "sebentar lagi.",
        "see_also": "Lihat juga",
    },
    "ms": {
        "choose_country": "Pilih negara anda:",
        "choose_lang": "Pilih bahasa jawapan:",
        "lang_set": "Jawapan akan menggunakan Bahasa Melayu.",
        "lang_auto": "Bahasa jawapan mengikut bahasa soalan anda.",
        "no_topics": "(belum ada dokumen)",
        "updated": "dikemas kini",
        "source": "Sumber",
        "where_ID": " di Indonesia",
        "where_MY": " di Malaysia",
        "thanks": "Terima kasih atas maklum balas anda!",
        "recorded_up": "👍 Maklum balas direkodkan",
        "recorded_down": "👎 Maklum balas direkodkan",
        "slow_down": "Terlalu banyak soalan dalam masa yang singkat. Sila tunggu sebentar, "
                     "kemudian cuba lagi.",
        "too_long": "Soalan itu terlalu panjang. Sila ringkaskan kepada paling banyak "
                    "{max} aksara.",
        "unavailable": "Maaf, perkhidmatan sedang terganggu dan soalan anda belum dapat "
                       "dijawab. Sila cuba lagi dalam beberapa minit.",
        "error": "Maaf, berlaku ralat semasa memproses mesej anda. Sila cuba lagi sebentar "
                 "lagi.",
        "see_also": "Lihat juga",
    },
}
AUTO_LANG_LABEL = "Otomatis / Automatik"


def country_label(country: str) -> str:
    """The country's flag and name, as buttons and confirmations show it."""
    return f"{COUNTRY_FLAGS[country]} {COUNTRY_NAMES[country]}"


def reply_lang(chat: ChatSettings, detect: Callable[[str], str], question: str | None = None,
               fallback: str | None = None) -> str:
    """The chat's chosen language, else the question's, else the country's, else
    `fallback` (what the channel knows of the resident), else Indonesian."""
    if chat.lang:
        return chat.lang
    if question:
        return detect(question)
    if chat.country:
        return LANG_OF_COUNTRY[chat.country]
    return fallback if fallback in LANGS else "id"


def is_web(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://"))


# --- button data ------------------------------------------------------------------------
# c|<country>  l|<lang|auto>  f|<1|0>|<doc ref>|<lang>[|<question>]  q|<text to ask>

def doc_ref(doc_id: str) -> str:
    """A short, stable reference to a document (a replica resolves it from its index)."""
    return hashlib.blake2s(doc_id.encode(), digest_size=6).hexdigest()


@dataclass(frozen=True)
class FeedbackPress:
    """A 👍/👎 press: whether it helped, the document's reference, the answer's language
    and, where the channel's button data has room for it, the question answered."""

    helpful: bool
    ref: str
    lang: str
    question: str | None = None

    @classmethod
    def parse(cls, data: str) -> FeedbackPress | None:
        parts = data.split("|", 4)
        if len(parts) < 4 or parts[0] != "f" or parts[1] not in ("0", "1"):
            return None
        return cls(parts[1] == "1", parts[2], parts[3] if parts[3] in LANGS else "id",
                   parts[4] if len(parts) == 5 else None)


# --- long text --------------------------------------------------------------------------

def split_text(plain: str, limit: int, escape: Callable[[str], str] = lambda s: s,
               measure: Callable[[str], int] = len) -> list[str]:
    """Escape `plain` and cut it into pieces of at most `limit` (by `measure`) each, at
    paragraph, then line, then word boundaries; never inside an escaped character."""
    pieces: list[str] = []
    current = ""
    for unit in _units(plain, limit, escape, measure):
        candidate = unit if not current else current + unit
        if current and measure(escape(candidate.strip("\n"))) > limit:
            pieces.append(current)
            current = unit
        else:
            current = candidate
    if current.strip() or not pieces:
        pieces.append(current)
    return [escape(p.strip("\n")) for p in pieces if p.strip()] or [""]


def _units(plain: str, limit: int, escape: Callable[[str], str],
           measure: Callable[[str], int]) -> Iterable[str]:
    """Lines (with their newline), lines too long broken at spaces, words too long cut."""
    for line in plain.splitlines(keepends=True):
        if measure(escape(line)) <= limit:
            yield line
            continue
        words = line.split(" ")
        for i, word in enumerate(words):
            word += " " if i < len(words) - 1 else ""
            while measure(escape(word)) > limit:
                # an escaped character is at most 6 units ("&quot;"), 2 for a surrogate pair
                cut = limit // 6
                yield word[:cut]
                word = word[cut:]
            yield word


def utf16_len(value: str) -> int:
    """Length in UTF-16 code units (how Telegram counts; never less than characters)."""
    return len(value.encode("utf-16-le")) // 2


# --- the per-chat limit -----------------------------------------------------------------

@dataclass
class ChatLimiter:
    """At most `per_minute` questions per chat in any minute: counted by `shared` (the
    store, for every replica) when given, else in this process."""

    per_minute: int = 10
    window: float = 60.0
    shared: Limiter | None = None
    _seen: dict[Hashable, deque[float]] = field(default_factory=dict)
    _warned: set[Hashable] = field(default_factory=set)

    def check(self, chat_id: Hashable, now: float | None = None) -> str:
        """`ok` (counted), `warn` (over the limit, say so once) or `drop` (stay quiet)."""
        if self.shared is not None and now is None:
            if self.shared.hit(str(chat_id)).allowed:
                self._warned.discard(chat_id)
                return "ok"
            return self._over(chat_id)
        now = time.monotonic() if now is None else now
        seen = self._seen.setdefault(chat_id, deque())
        while seen and now - seen[0] >= self.window:
            seen.popleft()
        if len(seen) < self.per_minute:
            seen.append(now)
            self._warned.discard(chat_id)
            return "ok"
        return self._over(chat_id)

    def _over(self, chat_id: Hashable) -> str:
        """Over the limit: `warn` the first time (in this process), then `drop`."""
        if chat_id in self._warned:
            return "drop"
        self._warned.add(chat_id)
        return "warn"


# --- secrets in logs --------------------------------------------------------------------

class RedactToken(logging.Filter):
    """Replaces a token in a log record (request URLs and tracebacks may carry it)."""

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
    """httpx logs request URLs (Telegram's carry the token): quiet it, and redact the
    token from whatever the root handlers still get."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactToken) and f.token == token for f in handler.filters):
            handler.addFilter(RedactToken(token))
