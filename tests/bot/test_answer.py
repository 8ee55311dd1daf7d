import pytest

from bot.answer import trim
from bot.assistant import Assistant
from bot.question import InvalidQuestion


@pytest.mark.parametrize("question, doc_id, lang", [
    ("ktp saya hilang, gimana ngurusnya?", "id/ktp-hilang.md", "id"),
    ("IC saya hilang, macam mana nak buat baru?", "my/mykad-hilang.md", "ms"),
    ("Berapa bayaran pasport?", "my/pasport.md", "ms"),
    ("syarat bikin paspor apa aja", "id/paspor.md", "id"),
    ("cara daftar kelahiran bayi dan dapatkan sijil kelahiran", "my/sijil-kelahiran.md", "ms"),
    ("bikin akta kelahiran anak syaratnya apa", "id/akta-kelahiran.md", "id"),
])
def test_question_reaches_the_right_document_in_its_language(
        assistant: Assistant, question: str, doc_id: str, lang: str) -> None:
    answer = assistant.ask(question)
    assert answer.answered, answer
    assert answer.sources[0].doc_id == doc_id
    assert answer.lang == lang
    assert answer.answer and len(answer.answer) <= 702
    assert answer.sources[0].url and answer.sources[0].updated == "2026-11-28"
    assert 0.0 < answer.confidence <= 1.0


def test_passport_question_follows_language_to_its_country(assistant: Assistant) -> None:
    malay = assistant.ask("Macam mana nak mohon pasport?")
    indonesian = assistant.ask("Gimana cara bikin paspor?")
    assert malay.sources[0].doc_id == "my/pasport.md" and malay.country == "MY"
    assert indonesian.sources[0].doc_id == "id/paspor.md" and indonesian.country == "ID"


def test_given_country_and_language_win(assistant: Assistant) -> None:
    answer = assistant.ask("paspor hilang", country="MY", lang="ms")
    assert answer.lang == "ms"
    assert all(s.doc_id.startswith("my/") for s in answer.sources)


@pytest.mark.parametrize("question, lang, channel", [
    ("Siapa pemenang Piala Dunia 2022?", "id", "lapor.go.id"),
    ("Berapa harga emas hari ini?", "id", "lapor.go.id"),
    ("Siapa menang piala dunia tahun lepas ye?", "ms", "sispaa"),
    ("resepi nasi lemak sedap macam mana nak buat", "ms", "sispaa"),
])
def test_off_topic_is_refused_in_the_question_language(
        assistant: Assistant, question: str, lang: str, channel: str) -> None:
    answer = assistant.ask(question)
    assert not answer.answered
    assert answer.sources == ()
    assert answer.lang == lang
    assert channel in answer.answer.lower()
    assert answer.answer.startswith("Maaf")


def test_empty_question_is_rejected(assistant: Assistant) -> None:
    with pytest.raises(InvalidQuestion):
        assistant.ask("   ")


def test_trim_cuts_at_a_boundary() -> None:
    text = "Kalimat pertama cukup panjang. " * 40
    out = trim(text, 200)
    assert len(out) <= 202 and out.endswith("…")
    assert out[:-2].endswith(".")


def test_uncovered_service_is_refused_not_answered_from_a_lookalike(assistant: Assistant) -> None:
    """Only birth certificates are described: a death certificate must not get that page."""
    answer = assistant.ask("cara mengurus akta kematian ayah saya", country="ID")
    assert not answer.answered and answer.sources == ()
    assert "lapor.go.id" in answer.answer
