"""The one rule for a question's text: what no later stage may see is removed first."""

from __future__ import annotations

import pytest

from bot.question import InvalidQuestion, clean_question, clean_text, clean_token, scrub


@pytest.mark.parametrize("raw, cleaned", [
    ("ktp \ud800 hilang", "ktp hilang"),                 # a lone surrogate
    ("ktp\udfffhilang", "ktp hilang"),
    ("ktp\x00hilang\x07", "ktp hilang"),                 # NUL and other controls
    ("ktp\u202ehilang\u200b", "ktp hilang"),             # bidi override, zero-width space
    ("\ufeffktp \ufffe\uffff\U0010ffff hilang", "ktp hilang"),  # BOM, noncharacters
    ("bayar \ufffd\ufffd berapa", "bayar berapa"),       # bytes that were not UTF-8
    ("keluarga 👨\u200d👩\u200d👧 ktp", "keluarga 👨\u200d👩\u200d👧 ktp"),  # joiners stay
    ("Kartu  Tanda\tPenduduk\n?", "Kartu Tanda Penduduk ?"),
])
def test_questions_lose_invalid_and_invisible_characters(raw: str, cleaned: str) -> None:
    assert clean_question(raw) == cleaned
    cleaned.encode("utf-8")  # always encodable


def test_a_question_of_only_invalid_characters_is_empty() -> None:
    with pytest.raises(InvalidQuestion, match="question: must not be empty"):
        clean_question("\ud800\x00\u200b")


def test_length_is_checked_after_cleaning() -> None:
    assert len(clean_question("a" * 1000 + "\x00" * 50)) == 1000
    with pytest.raises(InvalidQuestion, match="at most 1000 characters"):
        clean_question("a" * 1001)


def test_comments_keep_their_lines_and_tokens_their_text() -> None:
    assert clean_text("baris\x00 satu\n\ud800baris dua  ") == "baris satu\nbaris dua"
    assert clean_text("\x00 ") is None and clean_text(None) is None
    assert clean_token("sesi\ud800-1 ") == "sesi -1" and clean_token("\x00") is None
    assert scrub("ok\tlah\n") == "ok\tlah\n"
