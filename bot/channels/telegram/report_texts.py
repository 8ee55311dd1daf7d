"""What the Telegram bot says while it writes a report with the resident, per language
(HTML; values are escaped by `texts.text`-style formatting here)."""

from __future__ import annotations

import html

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from indexer.countries import COUNTRIES, COUNTRY_FLAGS, COUNTRY_NAMES

REPORT_TEXTS = {
    "id": {
        "offer": "📝 Buat laporan",
        "intro": "Saya bisa menyusun laporan Anda untuk petugas kota: kategori, uraian, "
                 "lokasi dan foto. Ketik /batal kapan saja untuk berhenti.",
        "country": "Laporan ini untuk negara mana?",
        "category": "Pilih kategori masalahnya:",
        "describe": "<b>{category}</b>. Ceritakan masalahnya: apa yang terjadi dan sejak "
                    "kapan (paling sedikit {min} karakter).",
        "too_short": "Mohon ceritakan sedikit lebih lengkap (paling sedikit {min} karakter, "
                     "paling banyak {max}).",
        "where": "Di mana tepatnya? Tekan tombol di bawah untuk mengirim lokasi Anda, atau "
                 "tulis alamat atau patokannya.",
        "send_location": "📍 Kirim lokasi saya",
        "located": "📍 Lokasi tercatat.",
        "photo": "Ada foto? Kirim satu foto masalahnya (JPEG/PNG, paling besar 5 MB), atau "
                 "lewati.",
        "skip": "Lewati foto",
        "photo_big": "Foto itu terlalu besar (paling besar 5 MB). Kirim foto lain atau "
                     "lewati.",
        "photo_only": "Kirim sebuah foto, atau tekan \"Lewati foto\".",
        "summary": "<b>Ringkasan laporan</b>\nKategori: {category}\nUraian: {description}\n"
                   "Lokasi: {location}\nFoto: {photo}\n\nKirim laporan ini?",
        "yes": "ada", "no": "tidak ada",
        "send": "✅ Kirim", "cancel": "✖ Batal",
        "cancelled": "Laporan dibatalkan.",
        "done": "✅ Laporan Anda tercatat dengan nomor <code>{reference}</code>. Simpan "
                "nomor ini; ketik <code>status {reference}</code> untuk melihat "
                "perkembangannya.",
        "forwarded": "Laporan ini diteruskan ke petugas kota.",
        "paste": "Laporan ini belum diteruskan otomatis. Salin teks berikut ke {name}: {url}",
        "failed": "Laporan tidak bisa dibuat: {reason}",
    },
    "ms": {
        "offer": "📝 Buat aduan",
        "intro": "Saya boleh menyediakan aduan anda untuk pegawai: kategori, keterangan, "
                 "lokasi dan gambar. Taip /batal bila-bila masa untuk berhenti.",
        "country": "Aduan ini untuk negara mana?",
        "category": "Pilih kategori masalah:",
        "describe": "<b>{category}</b>. Terangkan masalahnya: apa yang berlaku dan sejak "
                    "bila (sekurang-kurangnya {min} aksara).",
        "too_short": "Sila terangkan dengan lebih lengkap (sekurang-kurangnya {min} aksara, "
                     "paling banyak {max}).",
        "where": "Di mana tepatnya? Tekan butang di bawah untuk menghantar lokasi anda, atau "
                 "tulis alamat atau mercu tandanya.",
        "send_location": "📍 Hantar lokasi saya",
        "located": "📍 Lokasi direkodkan.",
        "photo": "Ada gambar? Hantar satu gambar masalah itu (JPEG/PNG, paling besar 5 MB), "
                 "atau langkau.",
        "skip": "Langkau gambar",
        "photo_big": "Gambar itu terlalu besar (paling besar 5 MB). Hantar gambar lain atau "
                     "langkau.",
        "photo_only": "Hantar sekeping gambar, atau tekan \"Langkau gambar\".",
        "summary": "<b>Ringkasan aduan</b>\nKategori: {category}\nKeterangan: {description}\n"
                   "Lokasi: {location}\nGambar: {photo}\n\nHantar aduan ini?",
        "yes": "ada", "no": "tiada",
        "send": "✅ Hantar", "cancel": "✖ Batal",
        "cancelled": "Aduan dibatalkan.",
        "done": "✅ Aduan anda direkodkan dengan nombor <code>{reference}</code>. Simpan "
                "nombor ini; taip <code>status {reference}</code> untuk melihat "
                "perkembangannya.",
        "forwarded": "Aduan ini dimajukan kepada pegawai.",
        "paste": "Aduan ini belum dimajukan secara automatik. Salin teks berikut ke "
                 "{name}: {url}",
        "failed": "Aduan tidak dapat dibuat: {reason}",
    },
}


def rtext(lang: str, key: str, **values: object) -> str:
    template = REPORT_TEXTS.get(lang, REPORT_TEXTS["id"])[key]
    return template.format(**{k: html.escape(str(v)) for k, v in values.items()})


def offer_button(lang: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(rtext(lang, "offer"), callback_data="r|start")


def country_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(f"{COUNTRY_FLAGS[c]} {COUNTRY_NAMES[c]}",
                                                       callback_data=f"rn|{c}")
                                  for c in COUNTRIES]])


def category_keyboard(categories: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(label, callback_data=f"rc|{code}")
               for code, label in categories]
    return InlineKeyboardMarkup([buttons[i:i + 2] for i in range(0, len(buttons), 2)])


def location_keyboard(lang: str) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup([[KeyboardButton(rtext(lang, "send_location"),
                                                request_location=True)]],
                               resize_keyboard=True, one_time_keyboard=True)


def photo_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(rtext(lang, "skip"),
                                                       callback_data="rp|skip")]])


def confirm_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(rtext(lang, "send"),
                                                       callback_data="rk|send"),
                                  InlineKeyboardButton(rtext(lang, "cancel"),
                                                       callback_data="rk|cancel")]])
