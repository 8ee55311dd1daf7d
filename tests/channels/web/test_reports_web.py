"""`/v1/reports` on the real app over HTTP, forwarding to the local mail server and webhook."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import httpx
import pytest
from PIL import Image

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.reports.photo import MAX_PHOTO_BYTES
from tests.helpers.http_server import serve
from tests.helpers.reports import MailServer, WebhookReceiver, forwarding
from tests.reports.test_photo import jpeg_with_gps

POTHOLE = {"country": "ID", "lang": "id", "category": "jalan",
           "description": "Jalan berlubang dalam di depan SD Negeri 3, hubungi 081234567890.",
           "location": "Jl. Merdeka, depan SD Negeri 3", "latitude": -6.914744,
           "longitude": 107.60981, "contact": "budi@example.com", "session_id": "w1"}


@pytest.fixture
def api(settings: Settings, reporting: Assistant, mail_server: MailServer,
        webhook: WebhookReceiver) -> Iterator[httpx.Client]:
    with serve(create_app(forwarding(settings, mail_server, webhook), reporting)) as url, (
            httpx.Client(base_url=url, timeout=30)) as client:
        yield client


def test_a_report_is_made_forwarded_once_and_its_status_read_by_reference(
        api: httpx.Client, reporting: Assistant, mail_server: MailServer,
        webhook: WebhookReceiver) -> None:
    response = api.post("/v1/reports", json=POTHOLE)
    assert response.status_code == 201, response.text
    made = response.json()
    assert set(made) == {"reference", "status", "channel", "draft", "forwarded"}
    assert made["reference"].startswith("TK-") and len(made["reference"]) == 13
    assert made["status"] == "submitted" and made["forwarded"] == ["email", "webhook"]
    assert made["channel"] == {"name": "SP4N-LAPOR!", "url": "https://www.lapor.go.id/"}
    assert "Judul: [Jalan] Jalan berlubang" in made["draft"]
    assert "[phone]" in made["draft"] and "081234567890" not in made["draft"]

    (hook,) = webhook.wait_for(1)
    (mail,) = mail_server.wait_for(1)
    assert hook.signed() and hook.json()["reference"] == made["reference"]
    assert hook.json()["contact"] == "budi@example.com"
    assert made["reference"] in mail["Subject"]

    deadline = time.monotonic() + 10  # marked delivered just after the desk has it
    while (status := api.get(f"/v1/reports/{made['reference']}")).json()["status"] != (
            "forwarded"):
        assert time.monotonic() < deadline, status.json()
        time.sleep(0.05)
    assert set(status.json()) == {"reference", "status", "updated", "note"}

    assert reporting.reports is not None
    reporting.reports.set_status(made["reference"], "in_progress", "Tim PU dijadwalkan Senin.")
    seen = api.get(f"/v1/reports/{made['reference'].lower()}").json()
    assert (seen["status"], seen["note"]) == ("in_progress", "Tim PU dijadwalkan Senin.")
    assert api.get("/v1/reports/TK-2222222222").status_code == 404
    assert api.get("/v1/reports/nothing").json()["code"] == "not_found"


@pytest.mark.parametrize(("change", "field"), [
    ({"category": "banjir"}, "category"), ({"description": "rusak"}, "description"),
    ({"latitude": "utara"}, "latitude"), ({"latitude": 95}, "latitude"),
    ({"location": None, "latitude": None, "longitude": None}, "location"),
    ({"country": "SG"}, "country"),
])
def test_bad_input_is_a_422_naming_the_field(api: httpx.Client, change: dict,
                                             field: str) -> None:
    response = api.post("/v1/reports", json={**POTHOLE, **change})
    assert response.status_code == 422
    assert response.json()["field"] == field and field in response.json()["message"]


def test_a_photo_is_stored_without_its_location_and_checked_by_content(
        api: httpx.Client, reporting: Assistant) -> None:
    reference = api.post("/v1/reports", json=POTHOLE).json()["reference"]
    sent = api.post(f"/v1/reports/{reference}/photo", content=jpeg_with_gps(),
                    headers={"content-type": "image/jpeg"})
    assert sent.status_code == 201, sent.text
    assert reporting.reports is not None
    stored = reporting.reports.store.photo(reference)
    assert stored is not None and stored.content_type == "image/jpeg"
    assert not Image.open(io.BytesIO(stored.data)).getexif()
    again = api.post(f"/v1/reports/{reference}/photo", content=jpeg_with_gps(),
                     headers={"content-type": "image/jpeg"})
    assert again.status_code == 409

    other = api.post("/v1/reports", json=POTHOLE).json()["reference"]
    fake = api.post(f"/v1/reports/{other}/photo", content=b"<html>not a photo</html>",
                    headers={"content-type": "image/jpeg"})
    assert fake.status_code == 422 and fake.json()["field"] == "photo"
    big = api.post(f"/v1/reports/{other}/photo", content=b"\xff\xd8\xff" + b"\0" *
                   MAX_PHOTO_BYTES, headers={"content-type": "image/jpeg"})
    assert big.status_code == 413 and big.json()["limit"] == MAX_PHOTO_BYTES
    assert api.post("/v1/reports/TK-2222222222/photo", content=jpeg_with_gps(),
                    headers={"content-type": "image/jpeg"}).status_code == 404
    # the rest of the API keeps its own limit
    long = api.post("/v1/reports", json={**POTHOLE, "description": "x" * 70_000})
    assert long.status_code == 413


def test_the_categories_are_listed_in_the_residents_language(api: httpx.Client) -> None:
    labels = {c["value"]: c["label"] for c in
              api.get("/v1/reports/categories", params={"lang": "ms"}).json()["categories"]}
    assert labels["drainage"] == "Longkang" and labels["road"] == "Jalan raya"


def test_asking_for_a_status_by_reference_answers_it_and_refusals_offer_a_report(
        api: httpx.Client) -> None:
    reference = api.post("/v1/reports", json=POTHOLE).json()["reference"]
    answer = api.post("/v1/ask", json={"question": f"status {reference}", "lang": "id"}).json()
    assert answer["answered"] and reference in answer["answer"]
    assert answer["answer"].startswith("Status laporan")
    refused = api.post("/v1/ask", json={"question": "Siapa pemenang Piala Dunia 2022?"}).json()
    assert not refused["answered"] and refused["offer_report"] is True
    complaint = api.post("/v1/ask", json={"question": "mau lapor jalan berlubang di depan "
                                          "rumah"}).json()
    assert complaint["offer_report"] is True
    ktp = api.post("/v1/ask", json={"question": "KTP saya hilang, bagaimana mengurusnya?"})
    assert ktp.json()["answered"] and ktp.json()["offer_report"] is False


def test_reports_are_rate_limited_per_client(settings: Settings, reporting: Assistant) -> None:
    limited = settings.model_copy(update={"rate_limit": "3/minute"})
    with serve(create_app(limited, reporting)) as url, httpx.Client(base_url=url) as client:
        codes = [client.post("/v1/reports", json=POTHOLE).status_code for _ in range(4)]
    assert codes == [201, 201, 201, 429]
