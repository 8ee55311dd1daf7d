"""The guard: a model's text reaches a resident only if every fact in it is in the sections.

Facts are amounts (`Rp50.000`, `Rp 50 ribu`, `RM200`), numbers with a unit (`14 hari`,
`3 bulan`), dates, clock times, phone and other long numbers, web addresses and e-mail
addresses — each compared in a normal form, so `Rp50.000` and `Rp 50.000` are the same —
and names (capitalised words such as an office or a place) that the sections, their
titles or the question do not contain. The text must also be in the requested language,
not empty, not longer than the limit, and free of instruction-like text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

REASONS = ("empty", "too_long", "declined", "language", "instruction", "fact", "name")

_MULTIPLIER = {"ribu": 1e3, "rb": 1e3, "k": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9,
               "bilion": 1e9}
_AMOUNT = re.compile(
    r"(?<![A-Za-z])(Rp|IDR|RM|MYR)\.?\s?(\d{1,3}(?:[.,\u00a0]\d{3})+|\d+)([.,]\d{1,2}(?!\d))?"
    r"(?:,-)?(?:\s?(ribu|rb|juta|jt|miliar|bilion|k)\b)?", re.IGNORECASE)
_UNITS = ("hari", "minggu", "bulan", "tahun", "jam", "menit", "minit", "saat", "detik",
          "lembar", "helai", "kali", "persen", "peratus", "km", "kg", "%")
_UNIT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(" + "|".join(map(re.escape, _UNITS))
                   + r")(?![A-Za-z])", re.IGNORECASE)
_MONTHS = {m: i for i, names in enumerate((
    ("januari", "jan"), ("februari", "feb", "febuari"), ("maret", "mac", "mar"),
    ("april", "apr"), ("mei",), ("juni", "jun"), ("juli", "julai", "jul"),
    ("agustus", "ogos", "ags", "agu", "aug"), ("september", "sep", "sept"),
    ("oktober", "okt", "oct"), ("november", "nov"), ("desember", "disember", "des", "dis")),
    start=1) for m in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_WORDS = re.compile(rf"\b(\d{{1,2}})\s({_MONTH})\.?(?:\s((?:19|20)\d\d))?\b",
                         re.IGNORECASE)
_DATE_DMY = re.compile(r"(?<![\d.\-/])(\d{1,2})([./\-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_DATE_ISO = re.compile(r"(?<![\d.\-/])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-4])[.:]([0-5]\d)(?![\d]|[.:]\d)")
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+"
                  r"|\b(?:[a-z0-9-]+\.)+(?:go\.id|gov\.my|com|org|net|id|my|info)\b(?:/[^\s<>\"')\]]*)?",
                  re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"\+?\(?\d[\d\s().\-/]*\d")
_NAME = re.compile(r"(?<![\w\[])([A-Z][\w-]*)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\-–—]\s+|\n\s*)$")
# words a reply may capitalise without naming anything
_PLAIN = frozenset({"anda", "saudara", "tuan", "puan", "encik", "bapak", "ibu", "kami",
                    "saya", "ya", "tidak", "tak", "rp", "rm", "idr", "myr"})
_INSTRUCTION = re.compile(
    r"\b(?:abaikan|lupakan|jangan\s+ikuti|ignore|disregard|forget|override)\b[^.\n]{0,60}"
    r"\b(?:instruksi|arahan|perintah|aturan|peraturan|instructions?|rules?|prompt|sistem|"
    r"system)\b"
    r"|\b(?:system\s+prompt|prompt\s+sistem|as\s+an\s+ai|sebagai\s+(?:model|asisten|ai)\b)"
    r"|\b(?:instruksi|arahan|catatan|pesan|note)\s+(?:untuk|kepada|bagi|for|to)\s+"
    r"(?:model|asisten|sistem|system|ai|chatbot|bot|assistant)\b"
    r"|</?\s*(?:sections?|question|bagian)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str | None = None
    detail: str = ""


def _amount_value(digits: str, decimals: str | None, unit: str | None) -> str:
    value = float(re.sub(r"[.,\s]", "", digits)) + (float("0." + decimals[1:]) if decimals
                                                     else 0.0)
    value *= _MULTIPLIER.get((unit or "").lower(), 1.0)
    return f"{value:.2f}"


def facts(text: str) -> set[tuple[str, str]]:
    """Every fact of `text` in its normal form: (kind, value)."""
    found: set[tuple[str, str]] = set()
    rest = text

    def take(pattern: re.Pattern[str], fact: Callable[[re.Match[str]], tuple[str, str] | None]
             ) -> None:
        nonlocal rest
        for m in pattern.finditer(rest):
            value = fact(m)
            if value is not None:
                found.add(value)
        rest = pattern.sub(lambda m: " " * len(m.group()), rest)

    take(_EMAIL, lambda m: ("email", m.group().lower().rstrip(".")))
    take(_URL, lambda m: ("url", _url(m.group())))
    take(_AMOUNT, lambda m: ("amount", ("IDR" if m[1].upper() in ("RP", "IDR") else "MYR")
                             + _amount_value(m[2], m[3], m[4])))
    take(_DATE_ISO, lambda m: ("date", f"{int(m[1])}-{int(m[2])}-{int(m[3])}"))
    take(_DATE_DMY, lambda m: ("date", f"{int(m[4])}-{int(m[3])}-{int(m[1])}"))
    take(_DATE_WORDS, lambda m: ("date", f"{m[3] or '?'}-{_MONTHS[m[2].lower()]}-{int(m[1])}"))
    take(_TIME, lambda m: ("time", f"{int(m[1])}:{m[2]}"))
    take(_UNIT, lambda m: ("quantity", f"{float(m[1].replace(',', '.')):g} "
                           f"{m[2].lower()}"))
    take(_YEAR, lambda m: ("year", m[1]))
    take(_NUMBER, lambda m: _long_number(m.group()))
    return found


def _url(url: str) -> str:
    url = re.sub(r"^https?://", "", url.lower()).removeprefix("www.")
    return url.rstrip(".,;:!?/")


def _long_number(text: str) -> tuple[str, str] | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) < 5:
        return None
    if digits[:2] in ("62", "60") and text.lstrip("(").startswith("+"):
        digits = "0" + digits[2:].removeprefix("0")
    return ("number", digits)


def allowed_facts(sources: Iterable[str]) -> set[tuple[str, str]]:
    """The facts the sections state, with the looser forms they imply (a date's year,
    a date without its year)."""
    pool: set[tuple[str, str]] = set()
    for text in sources:
        pool |= facts(text)
    for kind, value in list(pool):
        if kind == "date":
            year, month, day = value.split("-")
            pool |= {("date", f"?-{month}-{day}")} | ({("year", year)} if year != "?" else set())
    return pool


def names(text: str) -> set[str]:
    """Capitalised words that are not at the start of a sentence, and every all-caps word."""
    out = set()
    for m in _NAME.finditer(text):
        word = m.group(1).strip("-")
        start = not text[:m.start()].strip() or _SENTENCE_START.search(text[:m.start()])
        if (word.isupper() and len(word) > 1) or not start:
            out.add(word.casefold())
    return out - _PLAIN


def known_words(sources: Iterable[str]) -> set[str]:
    """Every word of `sources`, whole (`KTP-el`), by its parts and without its digits."""
    return {w.casefold() for text in sources for word in re.findall(r"[\w-]+", text)
            for w in (word, *word.split("-"), *re.findall(r"[^\W\d_]+", word))}


def is_instruction(text: str) -> bool:
    """Text that speaks to the model rather than to a resident."""
    return bool(_INSTRUCTION.search(text))


def drop_instructions(text: str) -> str:
    """`text` without the sentences (or lines) that speak to a model."""
    if not is_instruction(text):
        return text
    pieces = re.split(r"(?<=[.!?])\s+|\n", text)
    return "\n".join(p for p in pieces if not is_instruction(p)).strip()


@dataclass(frozen=True)
class Guard:
    """Checks a model's text against the sections it was given."""

    sections: tuple[str, ...]
    question: str
    lang: str
    detect: Callable[[str], str]
    max_chars: int = 700
    _facts: frozenset[tuple[str, str]] = field(init=False, repr=False)
    _words: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_facts", frozenset(allowed_facts(self.sections)))
        object.__setattr__(self, "_words", frozenset(known_words((*self.sections,
                                                                  self.question))))

    def facts_hold(self, text: str) -> Verdict:
        """The checks that hold for any part of the text (used while it streams)."""
        if len(text) > self.max_chars:
            return Verdict(False, "too_long", f"{len(text)} > {self.max_chars} characters")
        if is_instruction(text):
            return Verdict(False, "instruction")
        unknown = facts(text) - self._facts
        if unknown:
            return Verdict(False, "fact", ", ".join(sorted(v for _, v in unknown)))
        invented = names(text) - self._words
        if invented:
            return Verdict(False, "name", ", ".join(sorted(invented)))
        return Verdict(True)

    def check(self, text: str) -> Verdict:
        """The whole text: all of the above, not empty, in the requested language."""
        if not text.strip():
            return Verdict(False, "empty")
        partial = self.facts_hold(text)
        if not partial.ok:
            return partial
        got = self.detect(text)
        if got != self.lang:
            return Verdict(False, "language", f"{got}, not {self.lang}")
        return Verdict(True)
