"""What a question asks for — a fee, how long, opening hours, where, what to bring — and
the lines of a section that say it, so an answer leads with the fact asked for."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from bot.passages import Passage, passages, render
from indexer.glossary import Glossary
from indexer.text import STOPWORDS, terms, words
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
    # a fact that answers it less directly ("paling lambat 14 hari" for a deadline): it
    # counts half as much as one that does
    also: re.Pattern[str] | None = None

    def says(self, text: str) -> float:
        """1 when `text` gives this kind of fact, ½ when it gives the weaker kind, else 0."""
        if self.fact.search(text):
            return 1.0
        return 0.5 if self.also is not None and self.also.search(text) else 0.0


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


AMOUNT = re.compile(r"\b(?:rp\.?|rm|idr|myr)\s?\d|\b\d[\d.,]*\s?(?:rupiah|ringgit)\b|"
                    r"\b(?:gratis|percuma|free|tidak dipungut biaya|tanpa biaya|"
                    r"tidak dikenakan bayaran)\b", re.IGNORECASE)
DURATION = re.compile(r"\b(?:\d+\s?[x×]\s?)?\d+\s?(?:-\s?\d+\s?)?"
                      r"(?:hari|minggu|bulan|tahun|jam|menit|minit|"
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
PENALTY = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%|persen|peratus)|\b(?:denda|sanksi|kompaun|"
                     r"penalti|surcaj|saman|dikenakan)\b|" + AMOUNT.pattern, re.IGNORECASE)
_MONTHS = (r"(?:januari|februari|februar|maret|mac|april|mei|juni|jun|juli|julai|agustus|ogos|"
           r"september|oktober|november|desember|disember)")
DATE = re.compile(rf"\b\d{{1,2}}\s+{_MONTHS}\b|\b(?:akhir bulan|setiap tahun|setiap bulan)\b|"
                  r"\b\d{1,2}\s?(?:hb|haribulan)\b", re.IGNORECASE)
MONTH = re.compile(rf"\b{_MONTHS}\b|\b\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{2,4}}\b|"
                   r"\bminggu (?:pertama|kedua|ketiga|keempat|terakhir)\b", re.IGNORECASE)
# a passage that gives the kind of fact asked for leads before one that does not: more than
# the question's words in it can add up to
FACT_FIRST = 100.0

INTENTS: tuple[Intent, ...] = (
    Intent("fee", _w("biaya biayanya bayar bayaran harga tarif fi caj ongkos berapaan fee fees "
                     "price cost kos retribusi pnbp mahal murah gratis percuma free deposit "
                     "cagaran refund"),
           ("kena bayar", "bayar ga", "bayar tak"),
           _w("biaya bayaran tarif fi caj harga retribusi pnbp kos kadar besaran nilai "
              "jumlah"), AMOUNT),
    Intent("duration", _w("lamanya tempoh durasi siap jadi proses selesai"),
           ("berapa lama", "brp lama", "brape lama", "brapa lama", "lama ke", "lama tak",
            "lama ga", "lama gak", "lama x", "lama tidak", "bila siap", "how long",
            "kapan jadi", "kapan siap"),
           _w("lama tempoh jangka waktu durasi penyelesaian proses"), DURATION),
    Intent("hours", _w("jam buka tutup waktu operasi operasional layanan sabtu ahad open hours"),
           ("jam berapa", "pukul berapa", "buka jam", "waktu operasi", "jam layanan",
            "hari sabtu", "hari minggu", "jam buka"),
           _w("jam waktu operasi operasional layanan buka"), HOURS),
    Intent("place", _w("mana dimana dmn kmn kemana alamat lokasi kantor pejabat tempat kaunter "
                       "loket where"),
           ("di mana", "kat mana", "ke mana", "dekat mana"),
           _w("lokasi alamat kantor pejabat tempat kaunter loket"), PLACE),
    Intent("requirements", _w("syarat syaratnya persyaratan dokumen bawa perlu diperlukan "
                              "keperluan requirements"),
           ("apa saja", "apa aja", "perlu bawa", "kena bawa"),
           _w("syarat persyaratan dokumen keperluan dibawa diperlukan"),
           re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+", re.MULTILINE)),
    Intent("contact", _w("telepon telefon telp tlp telpon nombor nomor hotline call wa "
                         "whatsapp email hubungi kontak contact"),
           ("call center", "nombor telefon", "nomor telepon"),
           _w("kontak hubungi telepon telefon pertanyaan"), CONTACT),
    Intent("online", _w("online daring aplikasi app web website portal laman"),
           ("dalam talian", "lewat hp", "guna app"),
           _w("online daring aplikasi dalam talian portal"), ONLINE),
    Intent("penalty", _w("denda dendanya telat terlambat keterlambatan kompaun saman sanksi "
                         "penalti penalty surcaj persen nunggak tunggak menunggak tertunggak "
                         "tunggakan"),
           ("lewat bayar", "lambat bayar", "tak bayar", "ga bayar", "tidak bayar"),
           _w("denda sanksi kompaun penalti keterlambatan lewat surcaj tunggakan tanpa "
              "kesalahan pelanggaran"), PENALTY),
    Intent("deadline", _w("deadline due tempo tenggat"),
           ("jatuh tempo", "paling lambat", "paling telat", "paling lewat", "last date",
            "last day", "tarikh akhir",
            "batas waktu", "sebelum bila", "sampai bila", "hingga bila", "tarikh tutup"),
           _w("jatuh tempo tarikh akhir tenggat batas waktu"), DATE,
           DURATION),  # "paling lambat 14 hari": a span from an event
    # how much one may earn to qualify ("gaji maks brp")
    Intent("income", _w("gaji pendapatan penghasilan income salary"), (),
           _w("syarat kelayakan layak pendapatan penghasilan kriteria"), AMOUNT),
    # "kapan", "bila": a date or a month
    Intent("when", _w("kapan kpn bila bilakah tarikh tanggal tgl"),
           ("hari apa", "bulan apa", "hari bulan"),
           _w("jadwal jadual tanggal tarikh kalender takwim"),
           re.compile(f"{DATE.pattern}|{MONTH.pattern}", re.IGNORECASE),
           DURATION),  # "dalam tempoh 21 hari bekerja": when, counted from the request
    # how long a permit or card stays valid, not how long it takes to make ("berlaku" alone
    # is Malay for "happens")
    Intent("validity", _w("berlakunya valid validity"),
           ("masa berlaku", "berlaku sampai", "berlaku hingga", "berlaku brp", "berlaku berapa",
            "berlaku selama", "sah laku", "tempoh sah", "sah sampai", "sah berapa",
            "sah brape", "sah brp", "valid brape", "valid brp", "valid berapa"),
           _w("berlaku laku sah validity"), DURATION),
)

# "berapa": a fee, unless the word after it says what else it counts ("brp hari": how
# long; "brp meter", "brape buku": a number of those), or the one before ("jam brp": the
# hours, "umur brp": an age); "per jam", "sehari" are what a fee is counted by
HOW_MUCH = frozenset("berapa brp brape brapa brapakah berapakah".split())
_SPAN = frozenset("hari minggu bulan tahun taun thn jam menit minit lama".split())
_MONEY = frozenset("duit uang wang ringgit rupiah rm rp sen per".split())
_NOT_AMOUNT_BEFORE = frozenset({"no"})
# "jam brp", "pkl brape", "kul brp": the hours; "tgl brp", "hb brape": a date
_CLOCK = frozenset("jam pukul pkl pkul kul".split())
_DAY = frozenset("tanggal tgl tarikh hb haribulan".split())
_PARTICLES = frozenset("sih ya ye yah ek eh ke kah dong deh lah pula je aja saja ni tu "
                       "itu ini skrg sekarang tiap setiap".split())
_RATE_UNITS = ("jam", "hari", "malam", "minggu", "bulan", "tahun", "orang", "kepala", "unit",
               "item", "meter", "kilo", "kg", "lot", "petak", "kubik", "liter", "satu")
# a question with these asks an age, an income limit or a number to call, not a fee
_NOT_AMOUNT = frozenset("umur usia gaji pendapatan penghasilan income salary nomor nombor "
                        "telepon telefon telp tlp wa whatsapp hotline".split())
_RATE = re.compile(r"\b(?:per|se)\s?(?:" + "|".join(_RATE_UNITS) + r")\b|\bsatu\b")
# words that ask for a kind of fact only when nothing else is asked: "udh bayar, brp hari
# baru dipasang" asks how long, "bikin akta online brp hari" too
_CONTEXT = {"fee": frozenset("bayar bayaran".split()),
            "online": next(i.asked for i in INTENTS if i.name == "online")}
_AT_THE_LATEST = re.compile(r"\bpaling (?:telat|lewat|lambat)\b")
# doing it without the licence or permit ("meniaga x de lesen", "buat extension x mintak
# permit"): the penalty, not the fee
_WITHOUT = re.compile(r"\b(?:x|tak|tk|tidak|tdk|ga|gak|nggak|xde|takde|tiada|tanpa|belum|blm)"
                      r"(?:\s+\w+){0,2}?\s+(?:lesen|license|licence|permit|izin|ijin|"
                      r"kebenaran|approval|imb|pbg)\b")
_COUNT_HEADING = _w("had bilangan jumlah maksimum maksimal kuota batas")


@dataclass(frozen=True)
class HowMuch:
    """What the question's "berapa" ask: a fee, a span of time, a number of things."""

    fee: bool = False
    span: bool = False
    counted: frozenset[str] = frozenset()
    clock: bool = False  # "jam brp": the hours
    day: bool = False  # "tgl brp": a date


def how_much(tokens: Sequence[str], rate: bool) -> HowMuch:
    """Each "berapa" read with the word before and after it."""
    if _NOT_AMOUNT & set(tokens):
        return HowMuch()
    fee = span = clock = day = False
    counted: set[str] = set()
    for k, token in enumerate(tokens):
        if token not in HOW_MUCH:
            continue
        before = tokens[k - 1] if k else ""
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if before in _CLOCK:
            clock = True
        elif before in _DAY:
            day = True
        elif after in _SPAN:
            span = span or after != "lama"  # "brp lama" is one of the duration's phrases
        elif before in _NOT_AMOUNT_BEFORE or before in _SPAN:
            continue
        elif rate or not after or after in _PARTICLES or after in _MONEY or (
                after.startswith("se") and len(after) > 4):  # "brp sedos", "brape setahun"
            fee = True
        elif after.isalpha() and len(after) > 2 and after not in STOPWORDS:
            counted.add(after)
        else:
            fee = True
    return HowMuch(fee, span, frozenset(counted), clock, day)


def intents_of(question: str) -> tuple[Intent, ...]:
    """The kinds of fact a question asks for (none: a general question)."""
    said = words(question)
    text = " ".join(said)
    rate = bool(_RATE.search(text))
    # a rate's unit says what a fee is counted by, not the hours or how long
    plain = _RATE.sub(" ", text) if rate else text
    # "paling telat": the last day, not a fine for being late
    plain = _AT_THE_LATEST.sub("paling lambat", plain)
    tokens = set(plain.split())
    asks = how_much(said, rate)
    strong: list[Intent] = []
    weak: list[Intent] = []
    for i in INTENTS:
        context = _CONTEXT.get(i.name, frozenset())
        if (tokens & (i.asked - context) or any(p in plain for p in i.phrases)
                or (i.name == "penalty" and _WITHOUT.search(plain))
                or (i.name == "fee" and asks.fee)
                or (i.name == "duration" and asks.span)
                or (i.name == "hours" and asks.clock)
                or (i.name == "when" and asks.day)):
            strong.append(i)
        elif tokens & context:
            weak.append(i)
    found = strong or weak
    if any(i.name == "penalty" for i in found):  # "telat bayar": the fine, not the fee
        found = [i for i in found if i.name != "fee"]
    if any(i.name == "contact" for i in found):  # "telp kemana": which number, not where
        found = [i for i in found if i.name != "place"]
    if any(i.name == "validity" for i in found):  # "berlaku brp lama": not the making
        found = [i for i in found if i.name != "duration"]
    if (any(i.name in ("when", "deadline") for i in found) and not asks.clock
            and not tokens & _CLOCK):  # "pendaftaran tutup kpn": a date, not the hours
        found = [i for i in found if i.name != "hours"]
    known = {w for i in found for w in i.asked}
    counts = [Intent("count", frozenset(), (), _COUNT_HEADING,
                     re.compile(rf"\b\d+(?:[.,]\d+)?\s?{re.escape(c)}", re.IGNORECASE))
              for c in sorted(asks.counted - known)]
    return (*(i for i in INTENTS if i in found), *counts)


def section_score(chunk: Chunk, intents: Sequence[Intent]) -> float:
    """How clearly a section gives the facts asked for: its heading names the kind of fact
    (2 each), its text holds one (2 each)."""
    heading = set(words(chunk.heading))
    return sum(2 * bool(heading & i.heading) + 2 * i.says(chunk.text) for i in intents)


def lead_lines(text: str, intents: Sequence[Intent], within: int,
               weights: Mapping[str, float] | None = None,
               question_words: Sequence[str] = ()) -> str:
    """`text` with the passage that says what was asked moved first, when it would
    otherwise start after `within` characters. A passage is a list item, a table or a
    paragraph (from the sentence that says it on; a Q&A's question keeps its answer); it
    says what was asked when it holds the question's words (`weights`: how telling each
    stem is) and the kind of fact asked for. In a table, the one row that says it more
    than any other ("SIM C" in a table of licence classes: the question's word pairs
    count) leads under the table's header, and the whole table stays where it was."""
    blocks = passages(text)
    if not blocks or (not intents and not weights):
        return text
    weights = weights or {}

    def score(part: str) -> float:
        stems, said = set(terms(part)), set(words(part))
        found = [i.says(part) for i in intents]
        # a passage that gives the kind of fact asked for leads before one that does not
        return (sum(w for t, w in weights.items() if t in stems) + 2.0 * sum(found)
                + sum(bool(said & i.heading) for i in intents)
                + FACT_FIRST * max(found, default=0.0))

    best, best_score, sentence = 0, 0.0, 0
    asked_pairs = pairs(question_words)
    for b, block in enumerate(blocks):
        # a paragraph may lead from the sentence that says it; a table or a list item
        # moves whole (a table's rows without its header would not read), a table's
        # word pairs from the question counting too
        for k, part in enumerate(block.sentences if not block.lines else [block.text]):
            value = score(part) + (said_pairs(part, asked_pairs) if block.table else 0)
            if value > best_score:
                best, best_score, sentence = b, value, k
    start = sum(len(x.text) + 1 for x in blocks[:best]) + sum(
        len(x) + 1 for x in blocks[best].sentences[:sentence])
    if best_score <= 0:
        return text
    rows = table_rows(blocks[best], score, asked_pairs) if blocks[best].table else ()
    if rows:
        # the rows that answer, under the table's header, then the text as written
        at = start + sum(len(x) + 1 for x in blocks[best].sentences[:rows[-1]])
        if at <= within:
            return text
        table = blocks[best].sentences
        return render([Passage((*table[:2], *(table[r] for r in rows)), True, False),
                       replace(blocks[0], gap=True), *blocks[1:]])
    if start <= within:
        return text
    head, tail = blocks[best].split(sentence)
    moved = [tail]
    if tail.text.rstrip("*").endswith("?") and best + 1 < len(blocks):
        moved.append(blocks[best + 1])  # a Q&A's question: its answer comes with it
    rest = [*blocks[:best], *([head] if head.text else []), *blocks[best + len(moved):]]
    return render([replace(moved[0], gap=False), *moved[1:],
                   *([replace(rest[0], gap=True)] if rest else []), *rest[1:]])


TABLE_RULE = re.compile(r"^\s*\|[\s:|-]+\|?\s*$")


def pairs(question_words: Sequence[str]) -> tuple[str, ...]:
    """The question's neighbouring word pairs ("sim c", "kios pasar")."""
    return tuple(f"{a} {b}" for a, b in zip(question_words, question_words[1:]))


def said_pairs(text: str, pairs_asked: Sequence[str]) -> int:
    """How many of the question's word pairs `text` has."""
    said = " " + " ".join(words(text)) + " "
    return sum(f" {p} " in said for p in pairs_asked)


def table_rows(block: Passage, score: Callable[[str], float],
               pairs_asked: Sequence[str], most: int = 3) -> tuple[int, ...]:
    """The indexes (in `block.sentences`) of the data rows of a Markdown table that score
    above every other — one, or up to `most` tied side by side ("lampu jalan padam" for one
    post and for three) — their word pairs from the question adding one each; none when
    the block is no table with a header, or no few rows stand out together."""
    lines = block.sentences
    if len(lines) < 4 or not block.table or not TABLE_RULE.match(lines[1]):
        return ()

    def value(line: str) -> float:
        return score(line) + said_pairs(line, pairs_asked)

    values = [value(lines[i]) for i in range(2, len(lines))]
    top = max(values)
    tied = tuple(i + 2 for i, v in enumerate(values) if v >= top - 1e-9)
    together = tied[-1] - tied[0] == len(tied) - 1
    return tied if top > 0 and together and len(tied) <= min(most, len(values) - 1) else ()


def question_terms(question: str, glossary: Glossary) -> frozenset[str]:
    """The stems of the question's content words and of what the glossary says they stand
    for (shorthand for a function word does not count)."""
    found: set[str] = set()
    for word in dict.fromkeys(words(question)):
        if word in STOPWORDS or len(word) < 2:
            continue
        alternatives = glossary.alternatives(word)
        if any(alt in STOPWORDS for alt in alternatives):
            continue
        for form in (word, *alternatives):
            found.update(terms(form))
    return frozenset(found)


def rank_sections(question: str, chunks: Sequence[Chunk], similarity: Sequence[float],
                  glossary: Glossary, intents: Sequence[Intent] = ()
                  ) -> tuple[list[Chunk], dict[str, float]]:
    """The sections of one document, the one that answers the question first, and how
    telling each of the question's stems is in this document (see `term_weights`).

    Three views of a section, each standardized over the document's own sections and
    added with equal weight (nothing is fitted): its dense similarity to the question;
    the question's words it has, each weighted by how few of the document's sections
    have it (the page's subject, in every section, tells nothing) and counted again when
    the heading has it; and whether it gives the kind of fact asked for."""
    asked = question_terms(question, glossary)
    bags = [frozenset(terms(f"{c.heading} {c.text}")) for c in chunks]
    heads = [frozenset(terms(c.heading)) for c in chunks]
    weight = term_weights(asked, bags)
    n = len(chunks)
    if n < 2:
        return list(chunks), weight
    lexical = [sum(weight[t] for t in asked & bag) + sum(weight[t] for t in asked & head)
               for bag, head in zip(bags, heads)]
    facts = [section_score(c, intents) for c in chunks]
    total = _standard(similarity) + _standard(lexical) + _standard(facts)
    order = sorted(range(n), key=lambda i: (-total[i], i))
    return [chunks[i] for i in order], weight


def term_weights(asked: frozenset[str], bags: Sequence[frozenset[str]]) -> dict[str, float]:
    """How telling each of the question's stems is within one document: the fewer of its
    sections have it, the more (a stem in none weighs nothing)."""
    df = Counter(t for bag in bags for t in bag if t in asked)
    return {t: math.log((len(bags) + 1) / k) for t, k in df.items()}


def _standard(values: Sequence[float]) -> np.ndarray:
    x = np.asarray(values, dtype=np.float64)
    spread = x.std()
    return (x - x.mean()) / spread if spread > 1e-9 else np.zeros_like(x)
