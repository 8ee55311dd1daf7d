"""Making a report in WhatsApp through the real web app over HTTP: signed webhooks in, the
Graph API stand-in out (media downloads included), the local mail server and webhook
receiver as the city's desk. The draft lives in the store, so a second app over the same
database (a replica) takes the next step."""

from __future__ import annotations

import base64
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.channels.whatsapp.client import GraphClient, GraphError, MediaTooLarge
from bot.config import Settings
from bot.reports.model import find_reference
from bot.state.store import Store, create_store
from tests.channels.whatsapp.conftest import Post, post_to, serve_whatsapp
from tests.helpers import graph_fake as wa
from tests.helpers.graph_fake import (
    PHONE_NUMBER_ID,
    RESIDENT,
    RESIDENT_MY,
    TOKEN,
    FakeGraphAPI,
    body_of,
    buttons_of,
    rows_of,
)
from tests.helpers.http_server import serve
from tests.helpers.reports import MailServer, WebhookReceiver, delivered_once, eventually
from tests.reports.test_photo import jpeg_with_gps

KTP = "KTP saya hilang, gimana ngurusnya?"
POTHOLE = "Jalan berlubang dalam di depan rumah, hubungi 081234567890, sudah dua minggu."


class Chat:
    """One resident writing to the bot; `via` picks the replica a webhook goes to."""

    def __init__(self, graph: FakeGraphAPI, *posts: Post, wa_id: str = RESIDENT) -> None:
        self.graph, self.posts, self.wa_id = graph, posts, wa_id

    def send(self, incoming: dict[str, Any], count: int = 1, via: int = 0) -> list[dict]:
        """Post `incoming` as the resident; the `count` messages the bot sent back."""
        before = len(self.graph.messages(self.wa_id))
        assert self.posts[via](wa.webhook(incoming, wa_id=self.wa_id)).status_code == 200
        return self.graph.wait_for(before + count, self.wa_id)[before:]

    def say(self, words: str, count: int = 1, via: int = 0) -> list[dict]:
        return self.send(wa.text(words, self.wa_id), count, via)

    def press(self, button: dict[str, str], count: int = 1, via: int = 0) -> list[dict]:
        return self.send(wa.button_reply(button, "wamid.sent", self.wa_id), count, via)

    def pick(self, row: dict[str, str], count: int = 1, via: int = 0) -> list[dict]:
        return self.send(wa.list_reply(row, "wamid.sent", self.wa_id), count, via)


def button(message: dict, button_id: str) -> dict[str, str]:
    return next(b for b in buttons_of(message) if b["id"] == button_id)


def drafts_in(store: Store) -> int:
    db = sqlite3.connect(store.engine.url.database or "")
    return db.execute("select count(*) from report_drafts").fetchone()[0]


@pytest.fixture
def chat(wa_settings: Settings, reporting: Assistant, graph: FakeGraphAPI) -> Iterator[Chat]:
    """A resident of Indonesia, on the app whose reports reach the local desk."""
    for url in serve_whatsapp(wa_settings, reporting):
        yield Chat(graph, post_to(url))


def test_a_report_made_in_whatsapp_reaches_the_desk_once_with_its_location_and_photo(
        chat: Chat, graph: FakeGraphAPI, reporting: Assistant, store: Store,
        mail_server: MailServer, webhook: WebhookReceiver, db_url: str) -> None:
    intro, which = chat.say("lapor", count=2)
    assert "*SP4N-LAPOR!* — https://www.lapor.go.id/" in body_of(intro)
    assert "Ketik *batal* kapan saja" in body_of(intro)
    assert [b["id"] for b in buttons_of(which)] == ["rn|ID", "rn|MY"]
    (categories,) = chat.press(button(which, "rn|ID"))
    assert categories["interactive"]["type"] == "list"
    assert categories["interactive"]["action"]["button"] == "Pilih kategori"
    rows = rows_of(categories)
    assert [r["title"] for r in rows][:3] == ["Jalan", "Drainase", "Lampu jalan"]
    assert len(rows) == 7 and all(len(r["title"]) <= 24 and len(r["id"]) <= 200
                                  for r in rows)
    (describe,) = chat.pick(rows[0])
    assert body_of(describe).startswith("*Jalan*. Ceritakan masalahnya")
    (short,) = chat.say("rusak")
    assert "paling sedikit 10 karakter" in body_of(short)
    (where,) = chat.say(POTHOLE)
    assert where["interactive"] == {
        "type": "location_request_message", "action": {"name": "send_location"},
        "body": {"text": "Di mana tepatnya? Tekan tombol di bawah untuk mengirim lokasi "
                         "Anda, atau tulis alamat atau patokannya."}}
    (ask_photo,) = chat.send(wa.location(-6.914744, 107.60981, name="Gedung Merdeka",
                                         address="Jl. Asia Afrika No.65, Bandung"))
    assert body_of(ask_photo).startswith("📍 Lokasi tercatat.\n\nAda foto?")
    assert [b["id"] for b in buttons_of(ask_photo)] == ["rp|skip"]
    media = graph.add_media(jpeg_with_gps())
    (summary,) = chat.send(wa.image(media))
    assert [(f"/v21.0/{media}", 200), (f"/media/{media}", 200)] == graph.gets
    shown = body_of(summary)
    assert shown.startswith("*Ringkasan laporan*\nKategori: Jalan\n") and "Foto: ada" in shown
    assert ("Lokasi: Gedung Merdeka, Jl. Asia Afrika No.65, Bandung — -6.91474, 107.60981"
            in shown)
    # what is kept (and shown) is masked, as the report will be
    assert "hubungi [phone]" in shown and "081234567890" not in shown
    assert [b["id"] for b in buttons_of(summary)] == ["rk|send", "rk|cancel"]
    assert drafts_in(store) == 1
    (done,) = chat.press(button(summary, "rk|send"))
    reference = find_reference(body_of(done))
    assert reference and f"nomor *{reference}*" in body_of(done)
    assert f"_status {reference}_" in body_of(done)
    assert "Laporan ini diteruskan ke petugas kota." in body_of(done)
    assert drafts_in(store) == 0

    (hook,) = webhook.wait_for(1)
    (mail,) = mail_server.wait_for(1)
    eventually(lambda: delivered_once(reporting, reference))
    assert len(webhook.hooks) == 1 and len(mail_server.messages) == 1
    data = hook.json()
    assert hook.signed() and data["reference"] == reference and data["channel"] == "whatsapp"
    assert (data["latitude"], data["longitude"]) == (-6.914744, 107.60981)
    assert data["location"] == "Gedung Merdeka, Jl. Asia Afrika No.65, Bandung"
    assert data["country"] == "ID" and data["category"] == "road"
    assert "[phone]" in data["description"] and "081234567890" not in data["description"]
    photo = Image.open(io.BytesIO(base64.b64decode(data["photo"]["data_base64"])))
    assert not photo.getexif()
    assert [p.get_content_type() for p in mail.iter_attachments()] == ["image/jpeg"]
    text = mail.get_body(("plain",))
    assert reference in mail["Subject"] and text is not None
    assert "-6.914744, 107.609810" in text.get_content()

    # the status by reference, before and after staff set it
    (status,) = chat.say(f"status {reference}")
    assert reference in body_of(status) and "Diteruskan ke petugas" in body_of(status)
    staff = subprocess.run(
        [sys.executable, "-m", "bot.cli", "reports", "set", reference, "--status", "resolved",
         "--note", "Jalan sudah ditambal."], capture_output=True, text=True, timeout=120,
        env={**os.environ, "TANYAKOTA_DATABASE_URL": db_url})
    assert staff.returncode == 0, staff.stderr
    (status,) = chat.say(f"Status {reference.lower()}?")
    assert "Selesai" in body_of(status) and "Jalan sudah ditambal." in body_of(status)


@pytest.fixture
def replicas(wa_settings: Settings, reporting: Assistant, db_url: str,
             graph: FakeGraphAPI) -> Iterator[Chat]:
    """A Malaysian resident whose webhooks reach two apps, each with its own store over
    the one database (and its own outbox worker), as replicas behind a load balancer."""
    other = reporting.with_store(create_store(db_url))
    with serve(create_app(wa_settings, reporting)) as one, serve(
            create_app(wa_settings, other)) as two:
        yield Chat(graph, post_to(one), post_to(two), wa_id=RESIDENT_MY)


def test_the_draft_lives_in_the_store_so_each_step_may_reach_another_replica(
        replicas: Chat, reporting: Assistant, mail_server: MailServer,
        webhook: WebhookReceiver) -> None:
    chat = replicas
    intro, which = chat.say("lapor", count=2, via=0)
    assert "*SISPAA*" in body_of(intro) and "Taip *batal*" in body_of(intro)
    assert body_of(which) == "Aduan ini untuk negara mana?"
    (categories,) = chat.press(button(which, "rn|MY"), via=1)
    assert [r["title"] for r in rows_of(categories)][:2] == ["Jalan raya", "Longkang"]
    (describe,) = chat.say("longkang", via=0)  # a category may be typed by its name
    assert body_of(describe).startswith("*Longkang*. Terangkan masalahnya")
    (long,) = chat.say("tersumbat " * 250, via=1)
    assert "terlalu panjang (paling banyak 2000 aksara)" in body_of(long)
    (where,) = chat.say("Longkang tersumbat depan sekolah, air melimpah ke jalan bila "
                        "hujan.", via=0)
    assert where["interactive"]["type"] == "location_request_message"
    (ask_photo,) = chat.say("Depan SK Taman Melawati, Jalan H8", via=1)  # where, as text
    assert body_of(ask_photo).startswith("📍 Lokasi direkodkan.")
    (only,) = chat.say("tiada", via=0)
    assert body_of(only) == "Hantar sekeping gambar, atau tekan \"Langkau gambar\"."
    (summary,) = chat.press(button(only, "rp|skip"), via=1)
    assert "Lokasi: Depan SK Taman Melawati, Jalan H8\nGambar: tiada" in body_of(summary)
    (done,) = chat.press(button(summary, "rk|send"), via=0)
    reference = find_reference(body_of(done))
    assert reference and "Aduan anda direkodkan" in body_of(done)
    (again,) = chat.press(button(summary, "rk|send"), via=1)  # the old button once more
    assert body_of(again) == "Aduan itu sudah tidak aktif. Taip *lapor* untuk bermula semula."

    (hook,) = webhook.wait_for(1)
    mail_server.wait_for(1)
    eventually(lambda: delivered_once(reporting, reference))  # by one of the two workers
    assert len(webhook.hooks) == 1 and len(mail_server.messages) == 1
    data = hook.json()
    assert (data["reference"], data["country"], data["lang"], data["category"]) == (
        reference, "MY", "ms", "drainage")
    assert data["location"] == "Depan SK Taman Melawati, Jalan H8"
    assert data["latitude"] is None and data["photo"] is None
    assert reporting.reports is not None and len(reporting.reports.list()) == 1


def test_cancel_a_photo_refused_an_old_button_and_a_stale_draft(
        chat: Chat, graph: FakeGraphAPI, reporting: Assistant, store: Store) -> None:
    _, which = chat.say("lapor", count=2)
    (categories,) = chat.press(button(which, "rn|ID"))
    chat.pick(rows_of(categories)[3])  # Sampah
    (where,) = chat.say("Sampah menumpuk di pinggir pasar sejak Senin.")
    (again,) = chat.send(wa.image(graph.add_media(jpeg_with_gps())))  # not yet: where?
    assert again["interactive"]["type"] == "location_request_message"
    (ask_photo,) = chat.say("Pasar Kosambi, Bandung")
    big = graph.add_media(b"\xff\xd8\xff" + bytes(5 * 1024 * 1024))
    (too_big,) = chat.send(wa.image(big))
    assert body_of(too_big).startswith("Foto itu terlalu besar (paling besar 5 MB)")
    assert (f"/media/{big}", 200) not in graph.gets  # its size said so: not downloaded
    (not_photo,) = chat.send(wa.image(graph.add_media(b"GIF89a not a photo", "image/gif"),
                                      as_document=False))
    assert body_of(not_photo).startswith("Foto itu tidak bisa dipakai")
    assert [b["id"] for b in buttons_of(not_photo)] == ["rp|skip"]
    (cancelled,) = chat.say("Batal")
    assert body_of(cancelled) == "Laporan dibatalkan."
    (expired,) = chat.press(button(ask_photo, "rp|skip"))
    assert body_of(expired) == "Laporan itu sudah tidak aktif. Ketik *lapor* untuk memulai lagi."
    assert reporting.reports is not None and reporting.reports.list() == []
    assert drafts_in(store) == 0

    # outside a report, a photo or a location gets the polite "I read text" reply
    (polite,) = chat.send(wa.location(-6.9, 107.6))
    assert body_of(polite).startswith("Maaf, saya hanya bisa membaca pesan teks")

    # a draft left for more than 30 minutes is forgotten: the message is a question again
    _, which = chat.say("lapor", count=2)
    (categories,) = chat.press(button(which, "rn|ID"))
    chat.pick(rows_of(categories)[0])
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE report_drafts SET updated_at = datetime('now', "
                             "'-31 minutes')")
    answer, _ = chat.say(KTP, count=2)
    assert "Penggantian KTP-el" in body_of(answer)
    assert drafts_in(store) == 0


def test_a_refusal_a_complaint_and_a_thumbs_down_offer_a_report(
        chat: Chat, graph: FakeGraphAPI) -> None:
    refusal, offer = chat.say("Siapa pemenang Piala Dunia 2022?", count=2)
    assert refusal["type"] == "text"
    assert body_of(offer) == "Ingin melaporkan masalah ini ke petugas kota?"
    assert buttons_of(offer) == [{"id": "r|start", "title": "📝 Buat laporan"}]

    refused, offer = chat.say("mau lapor jalan berlubang di depan rumah", count=2)
    assert "Dinas Pekerjaan Umum" in body_of(refused)  # the service named, with its agency
    assert [b["id"] for b in buttons_of(offer)] == ["r|start"]

    answer, feedback = chat.say(KTP, count=2)
    assert [b["title"] for b in buttons_of(feedback)] == ["👍", "👎"]  # no offer: answered
    (thanks,) = chat.press(buttons_of(feedback)[1])
    assert body_of(thanks) == "Terima kasih atas masukan Anda!"
    assert [b["id"] for b in buttons_of(thanks)] == ["r|start"]
    intro, which = chat.press(button(thanks, "r|start"), count=2)
    assert "SP4N-LAPOR!" in body_of(intro) and body_of(which) == (
        "Laporan ini untuk negara mana?")


async def test_media_is_downloaded_with_the_token_within_a_limit(graph: FakeGraphAPI) -> None:
    client = GraphClient(graph.api_url, PHONE_NUMBER_ID, TOKEN, attempts=1)
    photo = jpeg_with_gps()
    media = graph.add_media(photo)
    try:
        got = await client.download(media, 5 * 1024 * 1024)
        assert (got.data, got.mime_type) == (photo, "image/jpeg")
        with pytest.raises(MediaTooLarge):
            await client.download(media, 100)
        with pytest.raises(GraphError) as unknown:
            await client.download("123", 1000)
        assert unknown.value.code == 100
        # an address on another host (the same server, by another name) is not fetched:
        # the request would carry the token
        graph.media_host = "localhost"
        with pytest.raises(GraphError, match="not Meta's"):
            await client.download(media, 5 * 1024 * 1024)
        assert [p for p, _ in graph.gets].count(f"/media/{media}") == 1
    finally:
        graph.media_host = "127.0.0.1"
        await client.aclose()
    stranger = GraphClient(graph.api_url, PHONE_NUMBER_ID, "not-the-token", attempts=1)
    try:
        with pytest.raises(GraphError) as refused:
            await stranger.download(media, 5 * 1024 * 1024)
        assert refused.value.code == 190 and TOKEN not in str(refused.value)
    finally:
        await stranger.aclose()
