"""Masking of personal numbers: spellings that must be masked and look-alikes that must not."""

from __future__ import annotations

import logging
import re
import time

import pytest

from bot.state.privacy import MaskingFilter, mask, mask_query_string

LONG_DIGITS = re.compile(r"\d(?:[^\w\n]{0,3}\d){5,}")

MASKED = [
    # Indonesian NIK, 16 digits in any grouping
    ("3174012505900003", "[nik]"),
    ("317401 250590 0003", "[nik]"),
    ("3174 0125 0590 0003", "[nik]"),
    ("3174.0125.0590.0003", "[nik]"),
    ("3174/0125/0590/0003", "[nik]"),
    ("3174-0125-0590-0003", "[nik]"),
    ("3174–0125–0590–0003", "[nik]"),
    ("3174—0125—0590—0003", "[nik]"),
    ("3174-0125.0590 0003", "[nik]"),
    ("317401-250590-0003", "[nik]"),
    ("31.74.01.250590.0003", "[nik]"),
    ("NIK: 3174012505900003", "[nik]"),
    ("NIK:3174 0125 0590 0003", "[nik]"),
    ("nik saya 6271012505900003 ya", "[nik]"),
    ("NIK3174012505900003", "[nik]"),
    ("NPWP baru 3174012505900003", "[nik]"),
    # Malaysian MyKad
    ("900525-14-5678", "[mykad]"),
    ("900525145678", "[mykad]"),
    ("900525 14 5678", "[mykad]"),
    ("900525.14.5678", "[mykad]"),
    ("900525–14–5678", "[mykad]"),
    ("900525/14/5678", "[mykad]"),
    ("IC: 050229-10-1234", "[mykad]"),
    # NPWP, 15 digits
    ("12.345.678.9-012.345", "[npwp]"),
    ("12 345 678 9 012 345", "[npwp]"),
    ("123456789012345", "[npwp]"),
    ("NPWP: 01.234.567.8-901.000", "[npwp]"),
    # Indonesian phones
    ("081234567890", "[phone]"),
    ("0812-3456-7890", "[phone]"),
    ("0812 3456 7890", "[phone]"),
    ("0812.3456.7890", "[phone]"),
    ("+62 812 3456 7890", "[phone]"),
    ("+62-812-3456-7890", "[phone]"),
    ("+6281234567890", "[phone]"),
    ("6281234567890", "[phone]"),
    ("62 812-3456-7890", "[phone]"),
    ("(0812) 3456 7890", "[phone]"),
    ("+62 (812) 3456-7890", "[phone]"),
    ("hp/wa: 0857 1234 567", "[phone]"),
    ("021-5551234", "[phone]"),
    ("(021) 555 1234", "[phone]"),
    ("021 5551 234", "[phone]"),
    ("0361-234567", "[phone]"),
    ("+62 21 5551234", "[phone]"),
    ("(031) 99001122", "[phone]"),
    # Malaysian phones
    ("012-345 6789", "[phone]"),
    ("0123456789", "[phone]"),
    ("011-1234 5678", "[phone]"),
    ("+6012-345 6789", "[phone]"),
    ("+60 12 345 6789", "[phone]"),
    ("60123456789", "[phone]"),
    ("(012) 345-6789", "[phone]"),
    ("012.345.6789", "[phone]"),
    ("03-2345 6789", "[phone]"),
    ("03-23456789", "[phone]"),
    ("(03) 2345 6789", "[phone]"),
    ("+603-2345 6789", "[phone]"),
    ("04-123 4567", "[phone]"),
    ("082-123456", "[phone]"),
    ("088-123 456", "[phone]"),
    ("+65 6123 4567", "[phone]"),
    # e-mail
    ("budi@example.com", "[email]"),
    ("budi.santoso+x@mail.co.id", "[email]"),
    ("budi (at) example (dot) com", "[email]"),
    ("budi [at] example [dot] com", "[email]"),
    ("budi(at)example.com", "[email]"),
    ("budi at example dot com", "[email]"),
    ("budi @ example . com", "[email]"),
    ("siti_2024 {at} mail {dot} co {dot} id", "[email]"),
    ("kirim ke budi@example.com.", "[email]"),
]


@pytest.mark.parametrize(("text", "label"), MASKED)
def test_personal_numbers_are_masked(text: str, label: str) -> None:
    masked = mask(text)
    assert label in masked
    assert not LONG_DIGITS.search(masked), masked
    assert "@" not in masked and "example" not in masked


@pytest.mark.parametrize(("text", "label"), MASKED)
def test_masked_inside_a_sentence(text: str, label: str) -> None:
    masked = mask(f"Tolong cek, data saya {text}, biaya Rp50.000 jam 08.00-16.00 ya.")
    assert label in masked and not LONG_DIGITS.search(masked.replace("08.00-16.00", ""))
    assert "Rp50.000" in masked and "08.00-16.00" in masked


UNCHANGED = [
    "Biaya Rp50.000", "Rp 1.500.000 untuk paspor", "RM200", "RM 1,200.00", "Rp. 350.000,-",
    "Rp 1.500.000.000", "RM1200", "lahir 25-05-1990", "berlaku 2026-12-01", "tanggal 1/12/2026",
    "01.12.2026", "tahun 2025", "tahun 1990", "buka 08.00-16.00", "08:00–15:30",
    "jam 8.00 - 12.00 WIB", "kode pos 60271", "50450 Kuala Lumpur", "Jl. Sudirman No. 12",
    "No. 123/2024", "14 hari", "3 x 4 cm", "30 hari kerja", "naik 10% atau 12,5 %",
    "PP No. 28 Tahun 2019", "0,5%", "versi v21.0", "https://imigrasi.go.id/paspor",
    "lihat https://www.jpn.gov.my/en/faq.html", "hubungi 112 atau 999", "Perda 5/2021",
    "antara 2024-2025", "saya pergi at home", "ktp@home", "Jalan 1/2, Seksyen 13",
    "jam 08.00-16.00, 01.12.2026 s/d 15.12.2026",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize("text", [None, ""])
def test_empty_is_returned_unchanged(text: str | None) -> None:
    assert mask(text) == text


def test_numbers_side_by_side_are_all_masked() -> None:
    masked = mask("0812-3456-7890 0813-1111-2222 / 021-5551234 dan 900525-14-5678 3174012505900003")
    assert masked == "[phone] [phone] / [phone] dan [mykad] [nik]"
    assert mask("(021) 555 1234 (0812) 3456 7890") == "[phone] [phone]"


def test_masking_is_fast() -> None:
    text = ("Saya mau perpanjang paspor, NIK 3174012505900003, hp 0812-3456-7890, biaya "
            "Rp 350.000 dibayar 01.12.2026 jam 08.00. ") * 10
    assert len(text) > 1000
    start = time.perf_counter()
    for _ in range(100):
        mask(text)
    assert (time.perf_counter() - start) / 100 < 0.005


def test_masking_filter_masks_messages_and_tracebacks() -> None:
    records: list[logging.LogRecord] = []
    lines: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)
            lines.append(self.format(record))

    logger = logging.getLogger("tanyakota.test_privacy")
    handler = Capture()
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(MaskingFilter())
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("question from %s: %r", "0812-3456-7890", "NIK 3174012505900003")
        try:
            raise ValueError("bad NIK 3174 0125 0590 0003 for budi@example.com")
        except ValueError:
            logger.exception("failed for %s", "900525-14-5678")
    finally:
        logger.removeHandler(handler)
    assert lines[0] == "WARNING question from [phone]: 'NIK [nik]'"
    assert records[0].args is None
    assert records[0].getMessage() == "question from [phone]: 'NIK [nik]'"
    assert lines[1].startswith("ERROR failed for [mykad]\nTraceback")
    assert "ValueError: bad NIK [nik] for [email]" in lines[1]
    assert not LONG_DIGITS.search(lines[1].replace("line ", "")) and "example" not in lines[1]


@pytest.mark.parametrize(("path", "expected"), [
    ("/v1/search?q=ktp+3174012505900003", "/v1/search?…"),
    ("/v1/ask?q=0812-3456-7890&lang=id", "/v1/ask?…"),
    ("/v1/search", "/v1/search"),
    ("/v1/search?", "/v1/search?"),
    ("/v1/user/3174012505900003?x=1", "/v1/user/[nik]?…"),
])
def test_mask_query_string(path: str, expected: str) -> None:
    assert mask_query_string(path) == expected
