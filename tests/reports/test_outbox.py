"""Forwarding through the outbox, against a real SMTP server and a real webhook receiver
started by the tests: once each, signed, masked, with the location; a report made while
both are down arrives once when they are back; two workers on one database send once."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter

from bot.assistant import Assistant
from bot.config import Settings
from bot.factory import make_reports
from bot.reports.model import NewReport
from bot.reports.outbox import backoff
from bot.state.store import create_store
from tests.helpers.reports import DESK, SMTP_USER, MailServer, WebhookReceiver, forwarding

NIK = "3174012501900003"
PHONE = "0812-3456-7890"


def pothole(**more: object) -> NewReport:
    fields: dict = dict(country="ID", lang="id", category="jalan",
                        description=f"Jalan berlubang dalam di depan rumah, NIK saya {NIK}, "
                                    f"telepon {PHONE}.",
                        location="Jl. Merdeka depan toko, email budi@example.com",
                        latitude=-6.914744, longitude=107.60981, contact=PHONE)
    fields.update(more)
    return NewReport(**fields)


async def test_report_reaches_the_desk_once_by_mail_and_webhook_signed_masked_located(
        reporting: Assistant, mail_server: MailServer, webhook: WebhookReceiver) -> None:
    assert reporting.reports is not None
    worker = asyncio.create_task(reporting.reports.worker.run())
    try:
        made = await asyncio.to_thread(reporting.make_report, pothole(), "web")
        assert made.forwarded == ("email", "webhook")
        (mail,) = await asyncio.to_thread(mail_server.wait_for, 1)
        (hook,) = await asyncio.to_thread(webhook.wait_for, 1)
        await asyncio.sleep(1.5)  # several retry intervals: nothing is sent twice
    finally:
        worker.cancel()
    assert len(mail_server.messages) == 1 and len(webhook.hooks) == 1

    assert mail_server.envelopes[0][1] == [DESK] and mail_server.envelopes[0][2] == SMTP_USER
    assert made.reference in mail["Subject"]
    body = mail.get_body(("plain",)).get_content()
    assert "[nik]" in body and "[phone]" in body and NIK not in body
    assert "[email]" in body and "budi@example.com" not in body
    assert "-6.914744, 107.609810" in body and "openstreetmap.org" in body
    assert f"Kontak / Hubungi: {PHONE}" in body  # the one field kept as given
    assert "Dinas Pekerjaan Umum" in body

    assert hook.signed() and not hook.signed("another secret")
    assert hook.headers["x-tanyakota-event"] == "report.created"
    data = hook.json()
    assert data["reference"] == made.reference and data["category"] == "road"
    assert (data["latitude"], data["longitude"]) == (-6.914744, 107.60981)
    assert data["location"] == "Jl. Merdeka depan toko, email [email]"
    assert NIK not in data["description"] and "[phone]" in data["description"]
    assert data["contact"] == PHONE

    stored = reporting.reports.store.get(made.reference)
    assert stored is not None and stored.status == "forwarded"
    assert NIK not in stored.description and stored.contact == PHONE
    assert reporting.report_status(made.reference).status == "forwarded"  # type: ignore[union-attr]


async def test_report_made_while_the_desk_is_down_arrives_once_when_it_is_back(
        reporting: Assistant, mail_server: MailServer, webhook: WebhookReceiver) -> None:
    assert reporting.reports is not None
    store = reporting.reports.store
    mail_server.stop()
    webhook.stop()
    worker = asyncio.create_task(reporting.reports.worker.run())
    try:
        made = await asyncio.to_thread(reporting.make_report, pothole(), "telegram")
        deadline = time.monotonic() + 20
        while not all(attempts >= 2 for *_, attempts, _ in store.outbox(made.reference)):
            assert time.monotonic() < deadline, store.outbox(made.reference)
            await asyncio.sleep(0.1)
        assert not any(done for *_, done in store.outbox(made.reference))
        assert store.get(made.reference).status == "submitted"  # type: ignore[union-attr]
        mail_server.start()
        webhook.start()
        (mail,) = await asyncio.to_thread(mail_server.wait_for, 1)
        (hook,) = await asyncio.to_thread(webhook.wait_for, 1)
        await asyncio.sleep(2.0)
    finally:
        worker.cancel()
    assert len(mail_server.messages) == 1 and len(webhook.hooks) == 1
    assert made.reference in mail["Subject"] and hook.json()["reference"] == made.reference
    assert hook.signed()
    assert all(done for *_, done in store.outbox(made.reference))
    assert store.get(made.reference).status == "forwarded"  # type: ignore[union-attr]


def test_two_workers_on_one_database_deliver_each_report_once(
        reporting: Assistant, settings: Settings, mail_server: MailServer,
        webhook: WebhookReceiver, db_url: str) -> None:
    made = [reporting.make_report(pothole(description=f"Lampu jalan nomor {i} mati sejak "
                                                     "minggu lalu."), "web")
            for i in range(6)]
    configured = forwarding(settings, mail_server, webhook)
    workers = [make_reports(configured, create_store(db_url),
                            reporting.complaint_channel).worker for _ in range(2)]
    start = threading.Barrier(2)
    time.sleep(1.1)  # the first attempt is due a second after the report

    def drain(worker) -> None:
        start.wait()
        for _ in range(30):
            worker.deliver_due()

    threads = [threading.Thread(target=drain, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    mails = Counter(m["Subject"].split("]")[0].lstrip("[") for m in mail_server.messages)
    hooks = Counter(h.json()["reference"] for h in webhook.hooks)
    assert mails == hooks == Counter({m.reference: 1 for m in made})


def test_retries_back_off_to_ten_times_the_interval() -> None:
    assert [backoff(n, 30) for n in range(1, 8)] == [30, 60, 120, 240, 300, 300, 300]
