"""Telegram formatting: escaping, splitting, button data, and the per-chat limit."""

from __future__ import annotations

import html
import re

from bot.channels.telegram.bot import ChatLimiter
from bot.channels.telegram.texts import (
    MAX_DATA,
    FeedbackPress,
    answer_keyboard,
    fit,
    render_answer,
    split_plain,
    utf16_len,
)
from bot.types import Answer, Choice, Clarify, Related, Source, Suggestion
from indexer.complaints import ComplaintChannel


def test_split_never_cuts_an_escaped_character_and_keeps_every_word() -> None:
    plain = ("a & b < c " * 50 + "\n") * 10
    parts = split_plain(plain, 300)
    assert len(parts) > 1 and all(utf16_len(p) <= 300 for p in parts)
    for part in parts:  # every "&" starts a whole entity
        assert re.search(r"&(?!amp;|lt;|gt;|quot;|#x27;)", part) is None
    assert sum(html.unescape(p).count("&") for p in parts) == 500


def test_split_cuts_a_word_longer_than_a_message() -> None:
    parts = split_plain("x" * 10_000, 4096)
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert "".join(parts) == "x" * 10_000


def test_split_counts_emoji_as_telegram_does() -> None:
    parts = split_plain("🙂" * 3000, 4096)  # 6,000 UTF-16 units
    assert len(parts) == 2 and all(utf16_len(p) <= 4096 for p in parts)


def test_document_text_is_escaped_and_only_web_links_become_links() -> None:
    answer = Answer(True, "<script>alert(1)</script>", "id", sources=(
        Source("id/x.md", 'Judul "<b>"', "javascript:alert(1)", None, 1.0),), country="ID")
    (message,) = render_answer(answer)
    assert "<script>" not in message and "&lt;script&gt;" in message
    assert "javascript:" not in message.split("<b>")[0] and "<a " not in message
    assert "<b>Judul &quot;&lt;b&gt;&quot;</b>" in message


def test_button_data_fits_in_64_bytes_at_a_character_boundary() -> None:
    data = fit("q|", "bagaimana cara mengurus akta kelahiran anak yang lahir di luar negeri")
    assert len(data.encode()) <= MAX_DATA and data.startswith("q|bagaimana")
    multibyte = fit("q|", "é" * 100)
    assert len(multibyte.encode()) <= MAX_DATA and multibyte.endswith("é")
    assert FeedbackPress.parse("f|1|abc|ms") == FeedbackPress(True, "abc", "ms")
    assert FeedbackPress.parse("f|2|abc|ms") is None


def test_clarify_choices_and_related_documents_become_buttons_above_feedback() -> None:
    choices = (Choice("Paspor baru", "paspor baru"), Choice("Paspor hilang", "paspor hilang"))
    answer = Answer(True, "…", "id", sources=(Source("id/p.md", "Paspor", None, None, 1.0),),
                    clarify=Clarify("Paspor yang mana?", choices),
                    related=(Related("id/k.md", "Penggantian KTP-el"),), country="ID")
    rows = answer_keyboard(answer, None).inline_keyboard
    assert [b.callback_data for row in rows[:-1] for b in row] == [
        "q|paspor baru", "q|paspor hilang", "q|Penggantian KTP-el"]
    assert [b.text for b in rows[-1]] == ["👍", "👎"]


def test_suggestions_become_buttons_that_ask_their_title_and_the_channel_stays() -> None:
    channel = ComplaintChannel("ID", "SP4N-LAPOR!", "https://www.lapor.go.id/")
    unsure = Answer(False, "Saya belum yakin …", "id", country="ID",
                    suggestions=(Suggestion("id/p.md", "Permohonan Paspor Biasa"),
                                 Suggestion("id/m.md", "M-Paspor")))
    rows = answer_keyboard(unsure, channel).inline_keyboard
    assert [b.callback_data for row in rows[:2] for b in row] == [
        "q|Permohonan Paspor Biasa", "q|M-Paspor"]
    assert rows[-1][0].url == "https://www.lapor.go.id/"


def test_chat_limit_allows_n_a_minute_warns_once_and_recovers() -> None:
    limiter = ChatLimiter(per_minute=3)
    assert [limiter.check(1, now=t) for t in (0, 1, 2)] == ["ok"] * 3
    assert limiter.check(1, now=3) == "warn" and limiter.check(1, now=4) == "drop"
    assert limiter.check(2, now=4) == "ok"  # other chats are not affected
    assert limiter.check(1, now=60.5) == "ok"  # the first question left the window
