"""What a question asks for — a fee, how long, opening hours, where, what to bring — and
the lines of a section that say it, so an answer leads with the fact asked for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.text import words
from indexer.types import Chunk


@dataclass(frozen=True)
class Intent:
    """One kind of fact: the words a question asks it with, the words a section heading
    names it with, and what the fact itself looks like in a text."""

    name: str
    asked: frozenset[str]
    phrases: tuple[str, ...]
    heading: frozenset[str]
    fact: re.Pattern[str]


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


AMOUNT = re.compile(r"\b(?:rp\.?|rm|idr|myr)\s?\d|\b\d[\d.,]*\s?(?:rupiah|ringgit)\b|"
                    r"\b(?:gratis|percuma|free|tidak dipungut biaya|tanpa biaya|"
                    r"tidak dikenakan bayaran)\b", re.IGNORECASE)
DURATION = re.compile(r"\b\d+\s?(?:-\s?\d+\s?)?(?:hari|minggu|bulan|tahun|jam|menit|minit|"
                      r"days?|weeks?|months?)\b|\b(?:sehari|seminggu|sebulan|setahun|"
                      r"hari yang sama|on the spot)\b", re.IGNORECASE)
HOURS = re.compile(r"\b\d{1,2}[.:]\d{2}\b|\b(?:senin|isnin|selasa|rabu|kamis|khamis|jumat|"
                   r"jumaat|sabtu|minggu|ahad)\b", re.IGNORECASE)
PLACE = re.compile(r"\b(?:jl\.|jalan|alamat|gedung|kantor|pejabat|kaunter|loket|lantai|"
                   r"aras|tingkat|menara|wisma|kompleks)\b", re.IGNORECASE)
CONTACT = re.compile(r"\+?\d[\d\s().-]{6,}\d|https?://\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|"
                     r"\bwww\.\S+", re.IGNORECASE)
ONLINE = re.compile(r"\b(?:online|daring|dalam talian|aplikasi|laman|portal|website|"
                    r"https?://)\S*", re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")

INTENTS: tuple[Intent, ...] = (
    Intent("fee", _w("biaya biayanya bayar bayaran harga tarif fi caj ongkos brp berapa "
                     "berapaan fee fees price cost kos retribusi pnbp mahal murah gratis "
                     "percuma free"),
           ("kena bayar", "bayar ga", "bayar tak"),
           _w("biaya bayaran tarif fi caj harga retribusi pnbp kos"), AMOUNT),
    Intent("duration", _w("lama lamanya tempoh durasi siap jadi proses selesai hari "
                          "minggu bulan"),
           ("berapa lama", "brp lama", "bila siap", "how long", "kapan jadi", "kapan siap",
            "berapa hari"),
           _w("lama tempoh jangka waktu durasi penyelesaian proses"), DURATION),
    Intent("hours", _w("jam buka tutup waktu operasi operasional layanan sabtu minggu ahad "
                       "open hours"),
           ("jam berapa", "pukul berapa", "buka jam", "waktu operasi", "jam layanan",
            "hari sabtu", "jam buka"),
           _w("jam waktu operasi operasional layanan buka"), HOURS),
    Intent("place", _w("mana dimana alamat lokasi kantor pejabat tempat kaunter loket "
                       "where"),
           ("di mana", "kat mana", "ke mana", "dekat mana"),
           _w("lokasi alamat kantor pejabat tempat kaunter loket"), PLACE),
    Intent("requirements", _w("syarat syaratnya persyaratan dokumen bawa perlu diperlukan "
                              "keperluan requirements"),
           ("apa saja", "apa aja", "perlu bawa", "kena bawa"),
           _w("syarat persyaratan dokumen keperluan dibawa diperlukan"),
           re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+", re.MULTILINE)),
    Intent("contact", _w("telepon telefon nombor nomor hotline call wa whatsapp email "
                         "hubungi kontak contact"),
           ("call center", "nombor telefon", "nomor telepon"),
           _w("kontak hubungi telepon telefon pertanyaan"), CONTACT),
    Intent("online", _w("online daring aplikasi app web website portal laman"),
           ("dalam talian", "lewat hp", "guna app"),
           _w("online daring aplikasi dalam talian portal"), ONLINE),
)


def intents_of(question: str) -> tuple[Intent, ...]:
    """The kinds of fact a question asks for (none: a general question)."""
    tokens = set(words(question))
    text = " ".join(words(question))
    return tuple(i for i in INTENTS
                 if tokens & i.asked - {"berapa", "brp"} or any(p in text for p in i.phrases)
                 or (i.name == "fee" and tokens & {"berapa", "brp"}
                     and not tokens & {"lama", "hari", "jam"}))


def section_score(chunk: Chunk, intents: Sequence[Intent]) -> int:
    """How clearly a section gives the facts asked for: its heading names the kind of fact
    (2 each), its text holds one (2 each)."""
    heading = set(words(chunk.heading))
    return sum(2 * bool(heading & i.heading) + 2 * bool(i.fact.search(chunk.text))
               for i in intents)


def lead_lines(text: str, intents: Sequence[Intent], within: int) -> str:
    """`text` with the lines holding the fact asked for moved first, when they would
    otherwise start after `within` characters."""
    if not intents:
        return text
    lines = text.split("\n")
    start = 0
    for line in lines:
        if any(i.fact.search(line) for i in intents):
            break
        start += len(line) + 1
    if start <= within:
        return text
    first = [ln for ln in lines if any(i.fact.search(ln) for i in intents)]
    rest = [ln for ln in lines if ln not in first]
    return "\n".join(first + rest)
