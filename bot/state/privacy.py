"""Mask personal numbers before anything is stored or logged."""

from __future__ import annotations

import re

# Order matters: the most specific patterns first.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    # Malaysian MyKad: YYMMDD-PB-####, with or without dashes
    (re.compile(r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?\d{2}-?\d{4}(?!\d)"),
     "[mykad]"),
    # Indonesian NPWP: 99.999.999.9-999.999 (or its 15/16 digits written plainly below)
    (re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)"), "[npwp]"),
    # Indonesian NIK (16 digits; also the 16-digit NPWP), spaces allowed between groups
    (re.compile(r"(?<!\d)\d{4}[ .-]?\d{4}[ .-]?\d{4}[ .-]?\d{4}(?!\d)"), "[nik]"),
    (re.compile(r"(?<!\d)\d{15}(?!\d)"), "[npwp]"),
    # phone numbers: +62 / 62 / 08… (Indonesia), +60 / 60 / 01… (Malaysia)
    (re.compile(r"(?<![\w+])(?:\+?62[ -]?|0)8\d(?:[ -]?\d){6,11}(?!\d)"), "[phone]"),
    (re.compile(r"(?<![\w+])(?:\+?60[ -]?|0)1\d(?:[ -]?\d){6,9}(?!\d)"), "[phone]"),
)


def mask(text: str | None) -> str | None:
    """The text with NIK, NPWP, MyKad numbers, phone numbers and e-mail addresses masked."""
    if not text:
        return text
    for pattern, label in _PATTERNS:
        text = pattern.sub(label, text)
    return text
