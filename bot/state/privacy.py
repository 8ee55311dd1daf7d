"""Mask personal numbers before anything is stored or logged.

E-mail addresses (also written ``budi (at) example (dot) com``) are masked first. Then fees,
dates and clock times are shielded, and every run of digits joined by separators (space, dot,
dash, slash, en/em dash, parentheses, a leading ``+``) is split into its digit groups. Stretches
of consecutive groups are classified by their digits (length, prefix, a valid birth date) and by
their grouping; the choice of stretches that masks the most digits wins, so two numbers written
side by side are both masked.
"""

from __future__ import annotations

import logging
import re
import unicodedata

_SEP = r"[ \t\u00a0\u202f.\-/()\u2010\u2011\u2013\u2014\u2212]"
_RUN = re.compile(rf"(?=[+(\d])(?<!\d)(?:\+ ?)?(?:\( ?)?(?:\+ ?)?\d+(?:{_SEP}{{1,3}}\d+)*")
_GROUP = re.compile(r"\d+")
# a separator with a space and a dash, dot or slash (" / ", " - ") sets two numbers apart
_BREAK = re.compile(r"\s.*[.\-/\u2013\u2014\u2212]|[.\-/\u2013\u2014\u2212].*\s")

# fees, dates and clock times are never personal numbers
_SHIELD = re.compile(
    r"(?=[\d$]|r[pm]|idr|myr|usd|s\$)(?:(?<![A-Za-z])(?:Rp|RM|IDR|MYR|USD|S?\$)\.? ?"
    r"(?:\d{1,3}(?:[., \u00a0]\d{3}(?!\d))+|\d+)(?:[.,]\d{1,2}(?!\d))?(?:,-)?"
    r"|(?<![\d.\-/])(?:0?[1-9]|[12]\d|3[01])([./\-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)"
    r"|(?<![\d.\-/])(?:19|20)\d\d([./\-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<![\d.,:])(?:[01]?\d|2[0-4])[.:][0-5]\d(?!\d|[.:]\d))",
    re.IGNORECASE,
)

_LOCAL = r"(?<![\w.+-])\w[\w.+-]*"
_LABEL = r"[^\W_][\w-]*"
_AT = r"(?: ?@ ?|\s*[(\[{]\s*(?:at|@)\s*[)\]}]\s*)"
_DOT = r"(?:\.| \. |\s*[(\[{]\s*(?:dot|titik)\s*[)\]}]\s*)"
_TLDS = r"(?:com|net|org|info|biz|io|id|my|co|go|ac|sch|or|web|gov|edu|mil)"
_EMAIL = re.compile(
    rf"{_LOCAL}{_AT}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[a-z]{{2,24}}(?![\w-])"
    # plain words only in the shape word at word dot known-tld
    rf"|{_LOCAL} +at +{_LABEL}(?: +(?:dot|titik) +{_LABEL})* +(?:dot|titik) +{_TLDS}(?![\w-])",
    re.IGNORECASE,
)

_YEARS = re.compile(r"(?:(?:19|20)\d\d ?)+")  # "2024 2025 2026 2027" is no NIK
_EMAIL_HINT = re.compile(r"@|[(\[{]\s*at\s*[)\]}]| at ", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_NPWP_SHAPES = ((15,), (2, 3, 3, 1, 3, 3), (2, 3, 3, 1, 6), (9, 6))
_MYKAD_SHAPES = ((12,), (6, 2, 4), (6, 6))


def _valid_birth_date(digits: str) -> bool:
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def _is_phone(digits: str, sizes: tuple[int, ...], plus: bool) -> bool:
    national = None
    if digits[:2] in ("62", "60") and (plus or digits[:3] in ("628", "601") or sizes[0] == 2):
        national = digits[2:] if digits[2:3] == "0" else "0" + digits[2:]
    elif digits[0] == "0" and not plus:
        national = digits
    if national and len(national) > 1:
        if national[1] == "1":  # Malaysian mobile 01x
            return 10 <= len(national) <= 11
        if national[1] != "0":  # Indonesian 08 mobile, landlines of both countries
            return 9 <= len(national) <= 13
    return plus and 8 <= len(digits) <= 15  # any other international number


def _classify(groups: list[str], plus: bool) -> str | None:
    digits = "".join(groups)
    if not digits.isascii():
        digits = "".join(str(unicodedata.digit(c, 0)) for c in digits)
    sizes = tuple(len(g) for g in groups)
    n = len(digits)
    if n == 16 and not plus and len(sizes) <= 5 and min(sizes) >= 2 and not _YEARS.fullmatch(
            " ".join(groups)):
        return "[nik]"
    if n == 15 and not plus and sizes in _NPWP_SHAPES:
        return "[npwp]"
    if (n == 12 and not plus and sizes in _MYKAD_SHAPES and _valid_birth_date(digits)
            and not (sizes == (12,) and digits.startswith("08"))):
        return "[mykad]"
    if 8 <= n <= 15 and _is_phone(digits, sizes, plus):
        return "[phone]"
    return None


def _mask_run(groups: list[re.Match[str]], plus: bool) -> list[tuple[int, int, str]]:
    """The stretches of consecutive groups to mask that cover the most digits."""
    count = len(groups)
    best: list[tuple[int, list[tuple[int, int, str]]]] = [(0, [])] * (count + 1)
    for i in range(count - 1, -1, -1):
        choice = best[i + 1]
        texts: list[str] = []
        for j in range(i, min(count, i + 7)):
            texts.append(groups[j].group())
            label = _classify(texts, plus and i == 0)
            if label:
                covered = sum(map(len, texts)) + best[j + 1][0]
                if covered > choice[0]:
                    choice = (covered, [(i, j, label), *best[j + 1][1]])
        best[i] = choice
    return [(groups[i].start(), groups[j].end(), label) for i, j, label in best[0][1]]


def _mask_numbers(text: str) -> str:
    shielded = _SHIELD.sub(lambda m: "\ue000" * len(m.group()), text)
    spans: list[tuple[int, int, str]] = []
    for run in _RUN.finditer(shielded):
        piece, offset = run.group(), run.start()
        lead = len(piece) - len(piece.lstrip("+( "))
        groups: list[list[re.Match[str]]] = []
        part: list[re.Match[str]] = []
        for g in _GROUP.finditer(piece, lead):
            if part and _BREAK.search(piece[part[-1].end():g.start()]):
                groups.append(part)
                part = []
            part.append(g)
        groups.append(part)
        for k, part in enumerate(groups):
            for start, end, label in _mask_run(part, k == 0 and "+" in piece[:lead]):
                start = 0 if start == lead else start
                inner = piece[start:end]
                if inner.count("(") > inner.count(")") and piece[end:end + 1] == ")":
                    end += 1
                elif inner.count(")") > inner.count("(") and piece[start - 1:start] == "(":
                    start -= 1
                spans.append((offset + start, offset + end, label))
    for start, end, label in reversed(spans):
        text = text[:start] + label + text[end:]
    return text


def mask(text: str | None) -> str | None:
    """The text with NIK, NPWP, MyKad numbers, phone numbers and e-mail addresses masked."""
    if not text:
        return text
    if _EMAIL_HINT.search(text):
        text = _EMAIL.sub("[email]", text)
    if _DIGIT.search(text):
        text = _mask_numbers(text)
    return text


class MaskingFilter(logging.Filter):
    """Masks every record's formatted message and exception text; attach to handlers/loggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose args do not fit its format string
            message = f"{record.msg} {record.args}"
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
            record.exc_info = None  # the traceback lives on only as masked text
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def mask_query_string(path_with_query: str) -> str:
    """``/v1/search?q=ktp+3174…`` → ``/v1/search?…`` (the path itself masked too)."""
    path, sep, query = path_with_query.partition("?")
    return (mask(path) or "") + ("?…" if query else sep)
