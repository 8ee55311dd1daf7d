"""What the WhatsApp bot says: texts per language in WhatsApp's own formatting (`*bold*`,
`_italic_`, no HTML), answers split at its 4,096 characters on whole words, and the reply
buttons and lists, cut to Meta's limits.

Plain texts shared with the other channels come from `bot.channels.shared`.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.channels import shared
from bot.channels.shared import AUTO_LANG_LABEL, country_label, doc_ref, is_web, utf16_len
from bot.channels.whatsapp.client import (
    MAX_BUTTON_BODY,
    MAX_BUTTON_ID,
    MAX_BUTTON_TITLE,
    MAX_BUTTONS,
    MAX_LIST_BUTTON,
    MAX_ROW_DESCRIPTION,
    MAX_ROW_ID,
    MAX_ROW_TITLE,
    MAX_ROWS,
    MAX_TEXT,
    Button,
    Buttons,
    Choices,
    Outgoing,
    Row,
    Text,
)
from bot.state.privacy import mask
from bot.types import Answer
from indexer.countries import COUNTRIES, LANG_NAMES

GREETING = (
    "*Halo!* Saya Tanyakota. Tanyakan urusan layanan publik — KTP, paspor, akta "
    "kelahiran — dan saya jawab dari dokumen resmi, lengkap dengan sumbernya.\n\n"
    "*Helo!* Saya Tanyakota. Tanya urusan perkhidmatan awam — MyKad, pasport, sijil "
    "kelahiran — dan saya jawab daripada dokumen rasmi berserta sumbernya.\n\n"
    "Pilih negara Anda / Pilih negara anda:"
)

# WhatsApp's own texts (its formatting, commands in words); the plain ones are shared
_OWN: dict[str, dict[str, str]] = {
    "id": {
        "country_set": "Negara: {country}. Silakan bertanya, misalnya: "
                       "_KTP saya hilang, bagaimana mengurusnya?_",
        "help": "Tulis pertanyaan Anda tentang layanan publik dan saya jawab dari dokumen "
                "resmi, dengan sumber dan tanggal pembaruannya.\n\n*Yang saya ketahui:*\n"
                "{topics}\n\nKetik *negara* untuk ganti negara · *bahasa* untuk ganti bahasa "
                "· *lapor* untuk membuat pengaduan",
        "lapor": "Untuk pengaduan layanan publik{where}: *{name}* — {url}",
        "not_text": "Maaf, saya hanya bisa membaca pesan teks dan tombol pilihan. Pesan "
                    "suara, gambar, video, stiker, lokasi, kontak, dan dokumen belum bisa "
                    "saya baca. Silakan ketik pertanyaan Anda, misalnya: _KTP saya hilang, "
                    "bagaimana mengurusnya?_",
        "helpful": "Apakah jawaban ini membantu?",
        "related": "Topik terkait:",
        "suggest": "Mungkin maksud Anda:",
        "see_topics": "Lihat topik",
    },
    "ms": {
        "country_set": "Negara: {country}. Sila bertanya, contohnya: "
                       "_IC saya hilang, macam mana nak buat baru?_",
        "help": "Tulis soalan anda tentang perkhidmatan awam dan saya jawab daripada dokumen "
                "rasmi, berserta sumber dan tarikh dikemas kini.\n\n*Yang saya tahu:*\n"
                "{topics}\n\nTaip *negara* untuk tukar negara · *bahasa* untuk tukar bahasa "
                "· *lapor* untuk membuat aduan",
        "lapor": "Untuk aduan perkhidmatan awam{where}: *{name}* — {url}",
        "not_text": "Maaf, saya hanya boleh membaca mesej teks dan butang pilihan. Nota "
                    "suara, gambar, video, pelekat, lokasi, kenalan dan dokumen belum boleh "
                    "saya baca. Sila taip soalan anda, contohnya: _IC saya hilang, macam mana "
                    "nak buat baru?_",
        "helpful": "Adakah jawapan ini membantu?",
        "related": "Topik berkaitan:",
        "suggest": "Mungkin maksud anda:",
        "see_topics": "Lihat topik",
    },
}
TEXTS: dict[str, dict[str, str]] = {lang: {**shared.TEXTS[lang], **_OWN[lang]}
                                    for lang in shared.TEXTS}


def text(lang: str, key: str, **values: object) -> str:
    """A bot text in `lang` (`id` or `ms`), `values` filled in."""
    return TEXTS.get(lang, TEXTS["id"])[key].format(**values)


def bold(value: str) -> str:
    """`*value*`; asterisks inside would end the bold early, so they go."""
    inner = value.replace("*", "").strip()
    return f"*{inner}*" if inner else ""


def shorten(value: str, limit: int) -> str:
    """`value` within `limit` characters, cut at a word with "…" when it is longer."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = len(cut) if value[limit - 1] == " " else cut.rfind(" ")  # whole words only
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,.;:-—") + "…"


# --- menus ------------------------------------------------------------------------------

def country_buttons(body: str) -> Buttons:
    return Buttons(body, tuple(Button(f"c|{code}", country_label(code)) for code in COUNTRIES))


def lang_buttons(lang: str) -> Buttons:
    return Buttons(text(lang, "choose_lang"), (
        *(Button(f"l|{code}", name) for code, name in LANG_NAMES.items()),
        Button("l|auto", AUTO_LANG_LABEL)))


def topics(titles: Iterable[str], lang: str, limit: int = 15) -> str:
    names = sorted(set(titles))
    if not names:
        return text(lang, "no_topics")
    shown = [f"• {t}" for t in names[:limit]]
    if len(names) > limit:
        shown.append(f"• … (+{len(names) - limit})")
    return "\n".join(shown)


# --- answers ----------------------------------------------------------------------------

def answer_messages(answer: Answer, question: str, offer: Buttons | None = None
                    ) -> list[Outgoing]:
    """The answer as WhatsApp messages: the text (split when long) with its source, then
    👍/👎 buttons, then related topics or suggestions as a list. A question back
    ("Indonesia atau Malaysia?") is one message with a button per choice.

    `offer` (the offer to make a report) joins the 👍/👎 as a third button, or, after a
    refusal, follows as its own message."""
    if answer.clarify is not None and answer.clarify.choices:
        return [clarify_message(answer)]
    messages: list[Outgoing] = [Text(part) for part in render_answer(answer)]
    if answer.answered and answer.sources:
        feedback = feedback_buttons(answer, question)
        if offer is not None:
            feedback = Buttons(feedback.body, (*feedback.buttons, *offer.buttons)[:MAX_BUTTONS])
            offer = None
        messages.append(feedback)
    if offer is not None:
        messages.append(offer)
    topic_list = topics_message(answer)
    if topic_list is not None:
        messages.append(topic_list)
    return messages


def render_answer(answer: Answer) -> list[str]:
    """The answer's text, each piece within WhatsApp's 4,096 characters, the source last."""
    parts = shared.split_text(answer.answer, MAX_TEXT, measure=utf16_len)
    if not answer.answered or not answer.sources:
        return parts
    footer = source_footer(answer)
    if utf16_len(parts[-1]) + 2 + utf16_len(footer) <= MAX_TEXT:
        parts[-1] = f"{parts[-1]}\n\n{footer}".strip()
    else:
        parts.append(footer)
    return parts


def source_footer(answer: Answer) -> str:
    """📄 Sumber: *title* · diperbarui <date>, the link on its own line (WhatsApp makes it
    tappable), then other sources with a link."""
    src = answer.sources[0]
    line = f"📄 {text(answer.lang, 'source')}: {bold(src.title)}"
    if src.updated:
        line += f" · {text(answer.lang, 'updated')} {src.updated}"
    if is_web(src.url):
        line += f"\n{src.url}"
    more = [s for s in answer.sources[1:] if is_web(s.url)]
    if more:
        links = ", ".join(f"{s.title} — {s.url}" for s in more)
        line += f"\n{text(answer.lang, 'see_also')}: {links}"
    return line


def clarify_message(answer: Answer) -> Outgoing:
    """The question back with its choices: buttons when they fit, else a list."""
    assert answer.clarify is not None
    body = shorten(answer.answer or answer.clarify.question, MAX_BUTTON_BODY)
    choices = answer.clarify.choices
    if len(choices) <= MAX_BUTTONS:
        return Buttons(body, tuple(
            Button(_fit(f"q|{c.value}", MAX_BUTTON_ID),
                   shorten(country_label(c.value) if c.value in COUNTRIES else c.label,
                           MAX_BUTTON_TITLE))
            for c in choices))
    return Choices(body, text(answer.lang, "see_topics"),
                   tuple(_row(c.value, c.label) for c in choices[:MAX_ROWS]))


def feedback_buttons(answer: Answer, question: str) -> Buttons:
    """👍/👎; each button's id carries the document, the language and the question
    (masked, cut to fit), which WhatsApp hands back with the press."""
    ref = doc_ref(answer.sources[0].doc_id) if answer.sources else "-"
    asked = " ".join((mask(question) or "").split())
    return Buttons(text(answer.lang, "helpful"), tuple(
        Button(_fit(f"f|{flag}|{ref}|{answer.lang}|{asked}", MAX_BUTTON_ID), title)
        for flag, title in (("1", "👍"), ("0", "👎"))))


def topics_message(answer: Answer) -> Choices | None:
    """Related topics (after an answer) or suggestions (instead of one) as a list; picking
    a row asks for that topic."""
    titles: list[str] = []
    for title in [r.title for r in answer.related] + [s.title for s in answer.suggestions]:
        if title and title not in titles:
            titles.append(title)
    if not titles:
        return None
    body = text(answer.lang, "related" if answer.answered else "suggest")
    return Choices(body, shorten(text(answer.lang, "see_topics"), MAX_LIST_BUTTON),
                   tuple(_row(t, t) for t in titles[:MAX_ROWS]))


def _row(ask: str, title: str) -> Row:
    short = shorten(title, MAX_ROW_TITLE)
    return Row(_fit(f"q|{ask}", MAX_ROW_ID), short,
               shorten(title, MAX_ROW_DESCRIPTION) if short != title else None)


def _fit(value: str, limit: int) -> str:
    return value[:limit]
