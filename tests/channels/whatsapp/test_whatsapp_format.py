"""WhatsApp formatting: splitting at 4,096 on whole words, Meta's limits on buttons and
lists, the data the buttons carry, and reading webhook bodies."""

from __future__ import annotations

from bot.channels.shared import FeedbackPress, utf16_len
from bot.channels.whatsapp import report_texts as rt
from bot.channels.whatsapp.client import (
    MAX_BUTTON_BODY,
    MAX_BUTTON_TITLE,
    Buttons,
    Choices,
    LocationRequest,
    Text,
    payload,
)
from bot.channels.whatsapp.texts import answer_messages, shorten
from bot.channels.whatsapp.updates import parse
from bot.reports.model import MAX_DESCRIPTION, categories
from bot.types import Answer, Choice, Clarify, Related, Source
from tests.helpers.graph_fake import (
    PHONE_NUMBER_ID,
    RESIDENT,
    image,
    location,
    message,
    webhook,
)

SOURCE = Source("id/ktp-hilang.md", "KTP *el* & KK", "https://dukcapil.kemendagri.go.id/",
                "2026-11-28", 0.9)


def test_a_long_answer_is_split_on_whole_words_with_the_source_and_buttons_last() -> None:
    words = [f"kata{i}" for i in range(2500)]
    answer = Answer(True, " ".join(words), "id", sources=(SOURCE,), country="ID")
    *parts, buttons = answer_messages(answer, "syarat ktp")
    assert len(parts) >= 4 and all(isinstance(p, Text) for p in parts)
    bodies = [p.body for p in parts if isinstance(p, Text)]
    assert all(utf16_len(b) <= 4096 for b in bodies)
    assert " ".join(bodies).split()[: len(words)] == words  # no word cut or lost
    assert bodies[-1].endswith("📄 Sumber: *KTP el & KK* · diperbarui 2026-11-28\n"
                               "https://dukcapil.kemendagri.go.id/")
    assert isinstance(buttons, Buttons) and [b.title for b in buttons.buttons] == ["👍", "👎"]


def test_feedback_buttons_carry_the_masked_question_within_256_characters() -> None:
    answer = Answer(True, "…", "ms", sources=(SOURCE,), country="MY")
    question = "NIK saya 3174012505900003 hilang " + "tolong " * 200
    *_, buttons = answer_messages(answer, question)
    assert isinstance(buttons, Buttons)
    up, down = buttons.buttons
    assert len(up.id) <= 256 and len(down.id) <= 256 and up.id != down.id
    press = FeedbackPress.parse(up.id)
    assert press is not None and press.helpful and press.lang == "ms"
    assert press.question is not None and press.question.startswith("NIK saya [nik] hilang")
    assert "3174012505900003" not in up.id


def test_more_than_three_choices_become_a_list_and_long_titles_are_cut() -> None:
    choices = tuple(Choice(f"Pilihan nomor {i} yang sangat panjang sekali", f"p{i}")
                    for i in range(5))
    answer = Answer(False, "Yang mana?", "id", clarify=Clarify("Yang mana?", choices))
    (listed,) = answer_messages(answer, "paspor")
    assert isinstance(listed, Choices) and len(listed.rows) == 5
    assert all(len(r.title) <= 24 and r.title.endswith("…") for r in listed.rows)
    assert listed.rows[0].description == "Pilihan nomor 0 yang sangat panjang sekali"
    assert listed.rows[0].id == "q|p0"
    two = Answer(False, "Anda di negara mana?", "id", clarify=Clarify(
        "Indonesia atau Malaysia?", (Choice("Indonesia", "ID"), Choice("Malaysia", "MY"))))
    (buttons,) = answer_messages(two, "akta")
    assert isinstance(buttons, Buttons)
    assert [(b.id, b.title) for b in buttons.buttons] == [("q|ID", "🇮🇩 Indonesia"),
                                                          ("q|MY", "🇲🇾 Malaysia")]


def test_at_most_ten_related_rows_and_a_refusal_gets_no_feedback_buttons() -> None:
    related = tuple(Related(f"id/{i}.md", f"Topik {i}") for i in range(12))
    answer = Answer(True, "Jawaban.", "id", sources=(SOURCE,), related=related)
    *_, topics = answer_messages(answer, "q")
    assert isinstance(topics, Choices) and len(topics.rows) == 10
    refusal = Answer(False, "Maaf, saya belum punya informasi.", "id", country="ID")
    assert answer_messages(refusal, "q") == [Text("Maaf, saya belum punya informasi.")]


def test_shorten_keeps_whole_words() -> None:
    assert shorten("Permohonan Paspor Biasa untuk Warga", 24) == "Permohonan Paspor Biasa…"
    assert shorten("Pendek", 24) == "Pendek"
    assert len(shorten("x" * 50, 20)) == 20


def test_payloads_follow_the_cloud_api() -> None:
    assert payload(RESIDENT, Text("Halo"), reply_to="wamid.A") == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": RESIDENT,
        "type": "text", "text": {"body": "Halo", "preview_url": False},
        "context": {"message_id": "wamid.A"}}
    sent = payload(RESIDENT, Choices("Pilih:", "Lihat", ()))
    assert sent["interactive"]["type"] == "list"
    assert sent["interactive"]["action"] == {"button": "Lihat", "sections": [{"rows": []}]}


def test_reading_a_webhook_keeps_what_the_bot_reads_and_drops_reactions() -> None:
    body = webhook(
        message("interactive", interactive={"type": "list_reply",
                                            "list_reply": {"id": "q|Paspor", "title": "Paspor"}}),
        message("reaction", reaction={"message_id": "wamid.X", "emoji": "👍"}),
        message("sticker", sticker={"id": "1", "mime_type": "image/webp"}),
        message("button", button={"payload": "Ya", "text": "Ya"}),
        message("interactive", interactive={"type": "nfm_reply", "nfm_reply": {}}))
    update = parse(body, PHONE_NUMBER_ID)
    assert [(m.kind, m.text) for m in update.messages] == [
        ("row", "q|Paspor"), ("sticker", ""), ("text", "Ya"), ("interactive", "")]
    assert RESIDENT not in repr(update)  # the number stays out of reprs (and so of logs)


def test_location_and_photo_messages_are_read_with_what_a_report_needs() -> None:
    body = webhook(
        location(-6.914744, 107.60981),
        location(3.139, 101.6869, name="Menara KL", address="Jalan Punchak, Kuala Lumpur"),
        image("1234567890", "image/jpeg"),
        image("1234567891", "image/png", as_document=True),
        message("document", document={"id": "1234567892", "mime_type": "application/pdf"}),
        message("location", location={"latitude": "-6.9", "longitude": 107.6}),
        image("../../me/accounts"))
    update = parse(body, PHONE_NUMBER_ID)
    pin, place, photo, document, pdf = update.messages
    assert (pin.kind, pin.latitude, pin.longitude, pin.name) == ("location", -6.914744,
                                                                 107.60981, "")
    assert (place.name, place.address) == ("Menara KL", "Jalan Punchak, Kuala Lumpur")
    assert (photo.kind, photo.media_id, photo.mime_type) == ("image", "1234567890",
                                                             "image/jpeg")
    assert (document.kind, document.media_id) == ("image", "1234567891")
    assert pdf.kind == "document" and pdf.media_id == ""  # not a photo: the polite reply
    assert update.skipped == ("a location message without coordinates",
                              "an image message without a media id")
    assert "101.6869" not in repr(update) and "Menara" not in repr(update)


def test_the_report_messages_keep_to_metas_limits() -> None:
    assert payload(RESIDENT, LocationRequest("Di mana?"))["interactive"] == {
        "type": "location_request_message", "body": {"text": "Di mana?"},
        "action": {"name": "send_location"}}
    for lang in ("id", "ms"):
        listed = rt.category_list(lang, categories(lang))
        assert len(listed.rows) <= 10 and all(len(r.title) <= 24 for r in listed.rows)
        summary = rt.summary_buttons(lang, "Jalan", "sangat panjang " * 200, "Depan pasar",
                                     True)
        assert len(summary.body) <= MAX_BUTTON_BODY and len("sangat panjang " * 200) > (
            MAX_DESCRIPTION)
        assert summary.body.endswith(rt.rtext(lang, "summary", category="", description="",
                                              location="", photo="").rsplit("\n", 1)[1])
        titles = [b.title for b in (*summary.buttons, *rt.country_buttons(lang).buttons,
                                    *rt.photo_buttons(lang, "?").buttons,
                                    rt.offer_button(lang))]
        assert all(len(t) <= MAX_BUTTON_TITLE for t in titles)
        # within the limits as written: no label reaches a resident cut short
        assert [b.title for b in summary.buttons] == [rt.rtext(lang, "send"),
                                                      rt.rtext(lang, "cancel")]
        assert rt.photo_buttons(lang, "?").buttons[0].title == rt.rtext(lang, "skip")
        assert rt.offer_button(lang).title == rt.rtext(lang, "offer")
        assert [r.title for r in listed.rows] == [name for _, name in categories(lang)]


def test_the_offer_joins_the_feedback_buttons_or_follows_a_refusal() -> None:
    offer = rt.offer_message("id")
    answered = Answer(True, "Jawaban.", "id", sources=(SOURCE,), offer_report=True)
    _, feedback = answer_messages(answered, "mau lapor jalan rusak", offer)
    assert isinstance(feedback, Buttons)
    assert [b.id[:2] for b in feedback.buttons] == ["f|", "f|", "r|"]
    refusal = Answer(False, "Maaf.", "id", offer_report=True)
    assert answer_messages(refusal, "q", offer) == [Text("Maaf."), offer]
