"""What the Telegram bot says: texts per language, answers as escaped HTML, keyboards.

Everything a resident or a document wrote goes through `html.escape`; only the tags built
here reach Telegram's HTML parser. Button data stays within Telegram's 64 bytes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.channels import shared
from bot.channels.shared import (
    AUTO_LANG_LABEL,
    FeedbackPress,
    country_label,
    doc_ref,
    is_web,
    utf16_len,
)
from bot.types import Answer
from indexer.complaints import ComplaintChannel
from indexer.countries import COUNTRIES, LANG_NAMES

MAX_TEXT = MessageLimit.MAX_TEXT_LENGTH  # 4,096
MAX_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64 bytes


GREETING = (
    "<b>Halo!</b> Saya Tanyakota. Tanyakan urusan layanan publik — KTP, paspor, akta "
    "kelahiran — dan saya jawab dari dokumen resmi, lengkap dengan sumbernya.\n\n"
    "<b>Helo!</b> Saya Tanyakota. Tanya urusan perkhidmatan awam — MyKad, pasport, sijil "
    "kelahiran — dan saya jawab daripada dokumen rasmi berserta sumbernya.\n\n"
    "Pilih negara Anda / Pilih negara anda:"
)

# Telegram's own texts (HTML, slash commands); the plain ones are shared by every channel
_OWN: dict[str, dict[str, str]] = {
    "id": {
        "country_set": "Negara: {country}. Silakan bertanya, misalnya: "
                       "<i>KTP saya hilang, bagaimana mengurusnya?</i>",
        "help": "Tulis pertanyaan Anda tentang layanan publik dan saya jawab dari dokumen "
                "resmi, dengan sumber dan tanggal pembaruannya. Di grup, sebut "
                "@{bot} atau balas pesan saya.\n\n<b>Yang saya ketahui:</b>\n{topics}\n\n"
                "/negara — ganti negara · /bahasa — ganti bahasa · /lapor — kanal pengaduan",
        "lapor": "Untuk pengaduan layanan publik{where}: <b>{name}</b> — {url}",
    },
    "ms": {
        "country_set": "Negara: {country}. Sila bertanya, contohnya: "
                       "<i>IC saya hilang, macam mana nak buat baru?</i>",
        "help": "Tulis soalan anda tentang perkhidmatan awam dan saya jawab daripada dokumen "
                "rasmi, berserta sumber dan tarikh dikemas kini. Dalam kumpulan, sebut "
                "@{bot} atau balas mesej saya.\n\n<b>Yang saya tahu:</b>\n{topics}\n\n"
                "/negara — tukar negara · /bahasa — tukar bahasa · /lapor — saluran aduan",
        "lapor": "Untuk aduan perkhidmatan awam{where}: <b>{name}</b> — {url}",
    },
}
TEXTS: dict[str, dict[str, str]] = {lang: {**shared.TEXTS[lang], **_OWN[lang]}
                                    for lang in shared.TEXTS}


def text(lang: str, key: str, html_values: dict[str, str] | None = None,
         **values: object) -> str:
    """A bot text in `lang` (`id` or `ms`); `values` are escaped before they go in,
    `html_values` (built here, already escaped) are not."""
    template = TEXTS.get(lang, TEXTS["id"])[key]
    return template.format(**{k: html.escape(str(v)) for k, v in values.items()},
                           **(html_values or {}))


# --- callback data: the grammar of `bot.channels.shared`, plus x (no-op) -----------------

def fit(prefix: str, value: str) -> str:
    """`prefix + value`, cut at a character boundary to fit in a button's 64 bytes."""
    data = (prefix + value).encode()[:MAX_DATA]
    return data.decode(errors="ignore")


def feedback_row(answer: Answer) -> list[InlineKeyboardButton]:
    ref = doc_ref(answer.sources[0].doc_id) if answer.sources else "-"
    return [InlineKeyboardButton("👍", callback_data=f"f|1|{ref}|{answer.lang}"),
            InlineKeyboardButton("👎", callback_data=f"f|0|{ref}|{answer.lang}")]


def answer_keyboard(answer: Answer, channel: ComplaintChannel | None,
                    report: InlineKeyboardButton | None = None) -> InlineKeyboardMarkup | None:
    """Clarifying choices, suggestions and related documents (asked when pressed), then
    👍/👎; a refusal
    gets a button to the official complaint channel instead; `report` (the offer to make
    a report) comes last."""
    rows: list[list[InlineKeyboardButton]] = []
    if answer.clarify is not None:
        rows += [[InlineKeyboardButton(c.label[:60], callback_data=fit("q|", c.value))]
                 for c in answer.clarify.choices]
    # related topics, or "did you mean": a title asked is answered from that document
    titles = [s.title for s in answer.suggestions] + [r.title for r in answer.related]
    rows += [[InlineKeyboardButton(t[:60], callback_data=fit("q|", t))] for t in titles]
    if answer.answered and answer.sources:
        rows.append(feedback_row(answer))
    elif not answer.answered and channel and is_web(channel.url):
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
        InlineKeyboardButton(AUTO_LANG_LABEL, callback_data="l|auto"),
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
            if src.url and is_web(src.url) else f"<b>{title}</b>")
    line = f"📄 {text(answer.lang, 'source')}: {link}"
    if src.updated:
        line += f" · {text(answer.lang, 'updated')} {html.escape(src.updated)}"
    more = [s for s in answer.sources[1:] if is_web(s.url)]
    if more:
        links = ", ".join(f'<a href="{html.escape(s.url or "", quote=True)}">'
                          f"{html.escape(s.title)}</a>" for s in more)
        line += f"\n{text(answer.lang, 'see_also')}: {links}"
    return line


def split_plain(plain: str, limit: int) -> list[str]:
    """Escape `plain` and cut it into pieces of at most `limit` UTF-16 units each, at
    paragraph, then line, then word boundaries; never inside an escaped entity."""
    return shared.split_text(plain, limit, html.escape, utf16_len)


def topics(titles: Iterable[str], lang: str, limit: int = 15) -> str:
    names = sorted(set(titles))
    if not names:
        return text(lang, "no_topics")
    shown = [f"• {html.escape(t)}" for t in names[:limit]]
    if len(names) > limit:
        shown.append(f"• … (+{len(names) - limit})")
    return "\n".join(shown)
