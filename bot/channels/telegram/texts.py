"""What the Telegram bot says: texts per language, answers as escaped HTML, keyboards.

Everything a resident or a document wrote goes through `html.escape`; only the tags built
here reach Telegram's HTML parser. Button data stays within Telegram's 64 bytes.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.types import Answer
from indexer.complaints import ComplaintChannel
from indexer.countries import COUNTRIES, COUNTRY_FLAGS, COUNTRY_NAMES, LANG_NAMES

MAX_TEXT = MessageLimit.MAX_TEXT_LENGTH  # 4,096
MAX_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64 bytes


def country_label(country: str) -> str:
    """The country's flag and name, as buttons and confirmations show it."""
    return f"{COUNTRY_FLAGS[country]} {COUNTRY_NAMES[country]}"

GREETING = (
    "<b>Halo!</b> Saya Tanyakota. Tanyakan urusan layanan publik — KTP, paspor, akta "
    "kelahiran — dan saya jawab dari dokumen resmi, lengkap dengan sumbernya.\n\n"
    "<b>Helo!</b> Saya Tanyakota. Tanya urusan perkhidmatan awam — MyKad, pasport, sijil "
    "kelahiran — dan saya jawab daripada dokumen rasmi berserta sumbernya.\n\n"
    "Pilih negara Anda / Pilih negara anda:"
)

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "country_set": "Negara: {country}. Silakan bertanya, misalnya: "
                       "<i>KTP saya hilang, bagaimana mengurusnya?</i>",
        "choose_country": "Pilih negara Anda:",
        "choose_lang": "Pilih bahasa jawaban:",
        "lang_set": "Jawaban akan memakai Bahasa Indonesia.",
        "lang_auto": "Bahasa jawaban mengikuti bahasa pertanyaan Anda.",
        "help": "Tulis pertanyaan Anda tentang layanan publik dan saya jawab dari dokumen "
                "resmi, dengan sumber dan tanggal pembaruannya. Di grup, sebut "
                "@{bot} atau balas pesan saya.\n\n<b>Yang saya ketahui:</b>\n{topics}\n\n"
                "/negara — ganti negara · /bahasa — ganti bahasa · /lapor — kanal pengaduan",
        "no_topics": "(belum ada dokumen)",
        "updated": "diperbarui",
        "source": "Sumber",
        "lapor": "Untuk pengaduan layanan publik{where}: <b>{name}</b> — {url}",
        "where_ID": " di Indonesia",
        "where_MY": " di Malaysia",
        "thanks": "Terima kasih atas masukan Anda!",
        "recorded_up": "👍 Masukan tercatat",
        "recorded_down": "👎 Masukan tercatat",
        "slow_down": "Pertanyaan Anda banyak sekali dalam waktu singkat. Mohon tunggu "
                     "sebentar, lalu coba lagi.",
        "too_long": "Pertanyaannya terlalu panjang. Mohon ringkas menjadi paling banyak "
                    "{max} karakter.",
        "error": "Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi "
                 "sebentar lagi.",
        "see_also": "Lihat juga",
    },
    "ms": {
        "country_set": "Negara: {country}. Sila bertanya, contohnya: "
                       "<i>IC saya hilang, macam mana nak buat baru?</i>",
        "choose_country": "Pilih negara anda:",
        "choose_lang": "Pilih bahasa jawapan:",
        "lang_set": "Jawapan akan menggunakan Bahasa Melayu.",
        "lang_auto": "Bahasa jawapan mengikut bahasa soalan anda.",
        "help": "Tulis soalan anda tentang perkhidmatan awam dan saya jawab daripada dokumen "
                "rasmi, berserta sumber dan tarikh dikemas kini. Dalam kumpulan, sebut "
                "@{bot} atau balas mesej saya.\n\n<b>Yang saya tahu:</b>\n{topics}\n\n"
                "/negara — tukar negara · /bahasa — tukar bahasa · /lapor — saluran aduan",
        "no_topics": "(belum ada dokumen)",
        "updated": "dikemas kini",
        "source": "Sumber",
        "lapor": "Untuk aduan perkhidmatan awam{where}: <b>{name}</b> — {url}",
        "where_ID": " di Indonesia",
        "where_MY": " di Malaysia",
        "thanks": "Terima kasih atas maklum balas anda!",
        "recorded_up": "👍 Maklum balas direkodkan",
        "recorded_down": "👎 Maklum balas direkodkan",
        "slow_down": "Terlalu banyak soalan dalam masa yang singkat. Sila tunggu sebentar, "
                     "kemudian cuba lagi.",
        "too_long": "Soalan itu terlalu panjang. Sila ringkaskan kepada paling banyak "
                    "{max} aksara.",
        "error": "Maaf, berlaku ralat semasa memproses mesej anda. Sila cuba lagi sebentar "
                 "lagi.",
        "see_also": "Lihat juga",
    },
}


def text(lang: str, key: str, html_values: dict[str, str] | None = None,
         **values: object) -> str:
    """A bot text in `lang` (`id` or `ms`); `values` are escaped before they go in,
    `html_values` (built here, already escaped) are not."""
    template = TEXTS.get(lang, TEXTS["id"])[key]
    return template.format(**{k: html.escape(str(v)) for k, v in values.items()},
                           **(html_values or {}))


# --- callback data ----------------------------------------------------------------------
# c|<country>  l|<lang|auto>  f|<1|0>|<doc ref>|<lang>  q|<text to ask>  x (no-op)

def doc_ref(doc_id: str) -> str:
    """A short, stable reference to a document (a replica resolves it from its index)."""
    return hashlib.blake2s(doc_id.encode(), digest_size=6).hexdigest()


def fit(prefix: str, value: str) -> str:
    """`prefix + value`, cut at a character boundary to fit in a button's 64 bytes."""
    data = (prefix + value).encode()[:MAX_DATA]
    return data.decode(errors="ignore")


@dataclass(frozen=True)
class FeedbackPress:
    helpful: bool
    ref: str
    lang: str

    @classmethod
    def parse(cls, data: str) -> FeedbackPress | None:
        parts = data.split("|")
        if len(parts) != 4 or parts[0] != "f" or parts[1] not in ("0", "1"):
            return None
        return cls(parts[1] == "1", parts[2], parts[3] if parts[3] in TEXTS else "id")


def feedback_row(answer: Answer) -> list[InlineKeyboardButton]:
    ref = doc_ref(answer.sources[0].doc_id) if answer.sources else "-"
    return [InlineKeyboardButton("👍", callback_data=f"f|1|{ref}|{answer.lang}"),
            InlineKeyboardButton("👎", callback_data=f"f|0|{ref}|{answer.lang}")]


def answer_keyboard(answer: Answer, channel: ComplaintChannel | None,
                    report: InlineKeyboardButton | None = None) -> InlineKeyboardMarkup | None:
    """Clarifying choices and related documents (asked when pressed), then 👍/👎; a refusal
    gets a button to the official complaint channel instead; `report` (the offer to make
    a report) comes last."""
    rows: list[list[InlineKeyboardButton]] = []
    if answer.clarify is not None:
        rows += [[InlineKeyboardButton(c.label[:60], callback_data=fit("q|", c.value))]
                 for c in answer.clarify.choices]
    rows += [[InlineKeyboardButton(r.title[:60], callback_data=fit("q|", r.title))]
             for r in answer.related]
    if answer.answered and answer.sources:
        rows.append(feedback_row(answer))
    elif not answer.answered and channel and _is_web(channel.url):
        rows.append([InlineKeyboardButton(channel.name or channel.url, url=channel.url)])
    if report is not None:
        rows.append([report])
    return InlineKeyboardMarkup(rows) if rows else None


def recorded_keyboard(markup: InlineKeyboardMarkup | None, press: FeedbackPress,
                      report: InlineKeyboardButton | None = None) -> InlineKeyboardMarkup:
    """The same keyboard with the 👍/👎 row replaced by a note that the press was recorded
    (and, after a 👎, `report`: the offer to make a report)."""
    note = text(press.lang, "recorded_up" if press.helpful else "recorded_down")
    rows = [list(row) for row in (markup.inline_keyboard if markup else ())
            if not any(str(b.callback_data or "").startswith("f|") for b in row)]
    rows.append([InlineKeyboardButton(note, callback_data="x")])
    if report is not None and not any(b.callback_data == report.callback_data
                                      for row in rows for b in row):
        rows.append([report])
    return InlineKeyboardMarkup(rows)


def country_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(country_label(code),
                                                       callback_data=f"c|{code}")
                                  for code in COUNTRIES]])


def lang_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        *(InlineKeyboardButton(name, callback_data=f"l|{code}")
          for code, name in LANG_NAMES.items()),
        InlineKeyboardButton("Otomatis / Automatik", callback_data="l|auto"),
    ]])


# --- answers ----------------------------------------------------------------------------

def render_answer(answer: Answer) -> list[str]:
    """The answer as HTML messages, each within Telegram's 4,096 characters."""
    parts = split_plain(answer.answer, MAX_TEXT)
    if not answer.answered or not answer.sources:
        return parts
    footer = source_footer(answer)
    if utf16_len(parts[-1]) + 2 + utf16_len(footer) <= MAX_TEXT:
        parts[-1] = f"{parts[-1]}\n\n{footer}"
    else:
        parts.append(footer)
    return parts


def source_footer(answer: Answer) -> str:
    src = answer.sources[0]
    title = html.escape(src.title)
    link = (f'<a href="{html.escape(src.url, quote=True)}">{title}</a>'
            if src.url and _is_web(src.url) else f"<b>{title}</b>")
    line = f"📄 {text(answer.lang, 'source')}: {link}"
    if src.updated:
        line += f" · {text(answer.lang, 'updated')} {html.escape(src.updated)}"
    more = [s for s in answer.sources[1:] if _is_web(s.url)]
    if more:
        links = ", ".join(f'<a href="{html.escape(s.url or "", quote=True)}">'
                          f"{html.escape(s.title)}</a>" for s in more)
        line += f"\n{text(answer.lang, 'see_also')}: {links}"
    return line


def split_plain(plain: str, limit: int) -> list[str]:
    """Escape `plain` and cut it into pieces of at most `limit` UTF-16 units each, at
    paragraph, then line, then word boundaries; never inside an escaped entity."""
    pieces: list[str] = []
    current = ""
    for unit in _units(plain, limit):
        candidate = unit if not current else current + unit
        if current and utf16_len(html.escape(candidate.strip("\n"))) > limit:
            pieces.append(current)
            current = unit
        else:
            current = candidate
    if current.strip() or not pieces:
        pieces.append(current)
    return [html.escape(p.strip("\n")) for p in pieces if p.strip()] or [""]


def _units(plain: str, limit: int) -> Iterable[str]:
    """Lines (with their newline), lines too long broken at spaces, words too long cut."""
    for line in plain.splitlines(keepends=True):
        if utf16_len(html.escape(line)) <= limit:
            yield line
            continue
        words = line.split(" ")
        for i, word in enumerate(words):
            word += " " if i < len(words) - 1 else ""
            while utf16_len(html.escape(word)) > limit:
                cut = limit // 6  # an escaped character is at most 6 units ("&quot;")
                yield word[:cut]
                word = word[cut:]
            yield word


def utf16_len(value: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(value.encode("utf-16-le")) // 2


def _is_web(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://"))


def topics(titles: Iterable[str], lang: str, limit: int = 15) -> str:
    names = sorted(set(titles))
    if not names:
        return text(lang, "no_topics")
    shown = [f"• {html.escape(t)}" for t in names[:limit]]
    if len(names) > limit:
        shown.append(f"• … (+{len(names) - limit})")
    return "\n".join(shown)
