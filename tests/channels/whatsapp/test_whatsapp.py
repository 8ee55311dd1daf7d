"""The WhatsApp bot through the real web app over HTTP: signed webhooks in, and what it
sent to the local Graph API stand-in out."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.state.store import Store
from bot.types import Answer, Related, Suggestion
from tests.channels.whatsapp.conftest import Post, post_to, serve_whatsapp
from tests.helpers.graph_fake import (
    RESIDENT,
    RESIDENT_MY,
    TOKEN,
    FakeGraphAPI,
    body_of,
    button_reply,
    buttons_of,
    list_reply,
    rows_of,
    text,
    voice_note,
    webhook,
)

KTP = "KTP saya hilang, gimana ngurusnya?"
BIRTH = "Bagaimana mendaftar kelahiran bayi saya?"


def ask(post: Post, graph: FakeGraphAPI, question: str, count: int = 2,
        wa_id: str = RESIDENT) -> list[dict]:
    """Send `question` as the resident; the `count` messages the bot sent back."""
    before = len(graph.messages(wa_id))
    incoming = text(question, wa_id)
    assert post(webhook(incoming, wa_id=wa_id)).status_code == 200
    return graph.wait_for(before + count, wa_id)[before:]


def press(post: Post, graph: FakeGraphAPI, choice: dict, kind: str = "button",
          count: int = 1, wa_id: str = RESIDENT) -> list[dict]:
    """Press a reply button (or pick a list row) the bot sent; what came back."""
    before = len(graph.messages(wa_id))
    reply = (button_reply if kind == "button" else list_reply)(choice, "wamid.sent", wa_id)
    assert post(webhook(reply, wa_id=wa_id)).status_code == 200
    return graph.wait_for(before + count, wa_id)[before:]


def test_indonesian_question_gets_the_answer_with_its_source_then_feedback_buttons(
        post: Post, graph: FakeGraphAPI) -> None:
    incoming = text(KTP)
    assert post(webhook(incoming)).status_code == 200
    answer, buttons = graph.wait_for(2, RESIDENT)
    assert answer["type"] == "text" and answer["text"]["preview_url"] is False
    body = body_of(answer)
    assert "📄 Sumber: *Penggantian KTP-el Hilang atau Rusak* · diperbarui 2026-11-28" in body
    assert "\nhttps://dukcapil.kemendagri.go.id/" in body and "<" not in body
    assert answer["context"] == {"message_id": incoming["id"]}  # quotes the question
    assert buttons["interactive"]["type"] == "button"
    assert body_of(buttons) == "Apakah jawaban ini membantu?"
    assert [b["title"] for b in buttons_of(buttons)] == ["👍", "👎"]
    (read,) = [p for p in graph.posts if p.get("status") == "read"]  # blue ticks, typing…
    assert read == {"messaging_product": "whatsapp", "status": "read",
                    "message_id": incoming["id"], "typing_indicator": {"type": "text"}}
    assert graph.posts.index(read) < graph.posts.index(answer)
    assert graph.refused == []  # every request carried the bearer token


def test_malay_question_is_answered_in_malay_from_the_malaysian_document(
        post: Post, graph: FakeGraphAPI) -> None:
    answer, buttons = ask(post, graph, "IC saya hilang, macam mana nak buat baru?",
                          wa_id=RESIDENT_MY)
    body = body_of(answer)
    assert "*Penggantian MyKad Hilang atau Rosak* · dikemas kini 2026-11-28" in body
    assert "https://www.jpn.gov.my/" in body and "diperbarui" not in body
    assert body_of(buttons) == "Adakah jawapan ini membantu?"


def test_thumbs_up_is_stored_with_the_question_and_thanked(
        post: Post, graph: FakeGraphAPI, store: Store) -> None:
    _, buttons = ask(post, graph, KTP)
    up = buttons_of(buttons)[0]
    assert len(up["id"]) <= 256 and len(up["title"]) <= 20
    (thanks,) = press(post, graph, up)
    assert body_of(thanks) == "Terima kasih atas masukan Anda!"
    (feedback,) = store.feedback()
    assert feedback.channel == "whatsapp" and feedback.helpful is True
    assert feedback.doc_id == "id/ktp-hilang.md" and feedback.question == KTP
    assert feedback.lang == "id" and feedback.session_id.startswith("whatsapp:")


def test_the_country_question_is_answered_by_a_button(
        post: Post, graph: FakeGraphAPI) -> None:
    (asked,) = ask(post, graph, BIRTH, count=1)
    assert "Anda di negara mana?" in body_of(asked)
    choices = buttons_of(asked)
    assert [b["title"] for b in choices] == ["🇮🇩 Indonesia", "🇲🇾 Malaysia"]
    answer, _ = press(post, graph, choices[1], count=2)
    assert "*Pendaftaran Kelahiran dan Sijil Kelahiran*" in body_of(answer)
    # the session remembers the country: a follow-up stays in Malaysia
    follow, _ = ask(post, graph, "berapa bayarannya?")
    assert "Sijil Kelahiran" in body_of(follow)


class RelatedAssistant(Assistant):
    """The real answers, with related topics and suggestions offered."""

    def ask(self, question: str, country: str | None = None, lang: str | None = None,
            session_id: str | None = None, channel: str = "api") -> Answer:
        answer = super().ask(question, country, lang, session_id, channel)
        if "KTP" not in question:
            return answer
        return dataclasses.replace(answer, related=(
            Related("id/akta-kelahiran.md", "Pembuatan Akta Kelahiran"),), suggestions=(
            Suggestion("id/paspor.md", "Permohonan Paspor Biasa untuk Warga Negara Indonesia"),))


@pytest.fixture
def related_post(wa_settings: Settings, with_store: Assistant) -> Iterator[Post]:
    related = RelatedAssistant(holder=with_store.holder, answerer=with_store.answerer,
                               conversation=with_store.conversation, store=with_store.store)
    for url in serve_whatsapp(wa_settings, related):
        yield post_to(url)


def test_a_related_topic_picked_from_the_list_is_answered(
        related_post: Post, graph: FakeGraphAPI, store: Store) -> None:
    _, _, topics = ask(related_post, graph, KTP, count=3)
    assert topics["interactive"]["type"] == "list" and body_of(topics) == "Topik terkait:"
    assert topics["interactive"]["action"]["button"] == "Lihat topik"
    rows = rows_of(topics)
    assert [r["title"] for r in rows] == ["Pembuatan Akta Kelahiran",
                                          "Permohonan Paspor Biasa…"]
    assert rows[1]["description"] == "Permohonan Paspor Biasa untuk Warga Negara Indonesia"
    assert all(len(r["title"]) <= 24 and len(r["id"]) <= 200 for r in rows)
    answer, buttons = press(related_post, graph, rows[0], kind="row", count=2)
    assert "*Pembuatan Akta Kelahiran*" in body_of(answer)
    press(related_post, graph, buttons_of(buttons)[1])  # 👎 on the picked topic
    (feedback,) = store.feedback()
    assert feedback.doc_id == "id/akta-kelahiran.md" and feedback.helpful is False
    assert feedback.question == "Pembuatan Akta Kelahiran"


def test_a_redelivered_message_is_answered_once(post: Post, graph: FakeGraphAPI) -> None:
    incoming = webhook(text(KTP))
    assert post(incoming).status_code == 200
    assert post(incoming).status_code == 200  # at once, while the first is answered
    graph.wait_for(2, RESIDENT)
    assert post(incoming).status_code == 200  # and later
    time.sleep(0.5)
    assert len(graph.messages(RESIDENT)) == 2


def test_a_voice_note_gets_a_polite_reply_in_the_residents_language(
        post: Post, graph: FakeGraphAPI) -> None:
    assert post(webhook(voice_note())).status_code == 200
    (reply,) = graph.wait_for(1, RESIDENT)
    assert body_of(reply).startswith("Maaf, saya hanya bisa membaca pesan teks")
    assert "Pesan suara" in body_of(reply)
    assert post(webhook(voice_note(RESIDENT_MY), wa_id=RESIDENT_MY)).status_code == 200
    (malay,) = graph.wait_for(1, RESIDENT_MY)
    assert body_of(malay).startswith("Maaf, saya hanya boleh membaca mesej teks")


def test_a_rate_limit_is_retried_until_the_answer_goes_through(
        post: Post, graph: FakeGraphAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    graph.fail_next(429, 130429, "Rate limit hit", times=2)
    answer, _ = ask(post, graph, KTP)
    assert "Penggantian KTP-el" in body_of(answer)
    assert [status for status, _ in graph.refused] == [429, 429]
    assert [body for _, body in graph.refused] == [answer, answer]  # the same message again
    assert "code 130429" in caplog.text and "try 3 of 5" in caplog.text
    assert TOKEN not in caplog.text


def test_a_closed_24_hour_window_is_logged_once_without_the_token(
        post: Post, graph: FakeGraphAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    graph.fail_next(400, 131047, "Re-engagement message")
    assert post(webhook(text(KTP))).status_code == 200
    deadline = time.monotonic() + 20
    while "WhatsApp did not take the reply" not in caplog.text:
        assert time.monotonic() < deadline, caplog.text
        time.sleep(0.05)
    assert "code 131047" in caplog.text and "Re-engagement message" in caplog.text
    time.sleep(0.3)
    assert len(graph.refused) == 1 and graph.messages() == []  # not retried, nothing more
    assert TOKEN not in caplog.text and RESIDENT not in caplog.text


def test_commands_in_words(post: Post, graph: FakeGraphAPI, store: Store) -> None:
    lapor, which = ask(post, graph, "lapor", count=2)  # a report begins with the desks
    assert "*SP4N-LAPOR!* — https://www.lapor.go.id/" in body_of(lapor)
    assert "*SISPAA*" in body_of(lapor)  # no country yet: both desks
    assert [b["id"] for b in buttons_of(which)] == ["rn|ID", "rn|MY"]
    # a command is a command while the report waits for its country
    (negara,) = ask(post, graph, "Negara", count=1)
    assert [b["id"] for b in buttons_of(negara)] == ["c|ID", "c|MY"]
    (confirmed,) = press(post, graph, buttons_of(negara)[1])
    assert "Negara: 🇲🇾 Malaysia. Sila bertanya" in body_of(confirmed)
    lapor_my, _ = ask(post, graph, "lapor", count=2)
    assert "*SISPAA*" in body_of(lapor_my) and "LAPOR!" not in body_of(lapor_my)
    (chosen,) = ask(post, graph, "bahasa indonesia", count=1)
    assert body_of(chosen) == "Jawaban akan memakai Bahasa Indonesia."
    (help_,) = ask(post, graph, "bantuan", count=1)
    assert "*Yang saya ketahui:*" in body_of(help_)
    assert "Permohonan Pasport Malaysia" in body_of(help_)
    assert "Permohonan Paspor Biasa" not in body_of(help_)
    (menu,) = ask(post, graph, "bahasa", count=1)
    assert [b["title"] for b in buttons_of(menu)] == [
        "Bahasa Indonesia", "Bahasa Melayu", "Otomatis / Automatik"]
    (greeting,) = ask(post, graph, "Halo!", count=1)
    assert "*Halo!*" in body_of(greeting) and len(buttons_of(greeting)) == 2
    # the settings are kept under the hash, never the number
    (row,) = sqlite3.connect(store.engine.url.database).execute(
        "select chat_id, country, lang from chat_settings").fetchall()
    assert row[1:] == ("MY", "id") and row[0].startswith("whatsapp:")


def test_the_residents_number_is_in_no_database_row_and_no_log_line(
        post: Post, graph: FakeGraphAPI, store: Store,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    incoming = [text(KTP), text("Siapa pemenang Piala Dunia 2022?")]  # a refusal, stored
    for message in incoming:
        post(webhook(message))
    _, buttons, _, offer = graph.wait_for(4, RESIDENT)  # the refusal offers a report
    assert [b["id"] for b in buttons_of(offer)] == ["r|start"]
    press(post, graph, buttons_of(buttons)[0])
    ask(post, graph, "negara MY", count=1)
    ids = [p["context"]["message_id"] for p in graph.messages(RESIDENT) if "context" in p]
    db = sqlite3.connect(Path(store.engine.url.database or ""))
    tables = [t for (t,) in db.execute("select name from sqlite_master where type='table'")]
    assert {"feedback", "refused_questions", "chat_settings", "session_turns",
            "handled_updates"} <= set(tables)
    rows = [repr(row) for t in tables for row in db.execute(f"select * from {t}")]
    assert any("Piala Dunia" in r for r in rows) and any("whatsapp:" in r for r in rows)
    for secret in (RESIDENT, RESIDENT[2:], *ids, *(m["id"] for m in incoming)):
        assert not [r for r in rows if secret in r], secret
        assert secret not in caplog.text
    assert TOKEN not in caplog.text
