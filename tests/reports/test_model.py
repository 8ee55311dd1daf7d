"""The report's rules: categories in both languages, the checks naming the field, the
reference, the draft in the resident's language, and what counts as a complaint."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reports.draft import is_complaint, write_draft
from bot.reports.model import (
    REFERENCE_ALPHABET,
    InvalidReport,
    NewReport,
    Report,
    category_code,
    find_reference,
    new_reference,
)
from indexer.complaints import DEFAULT_CHANNELS, ComplaintChannel


def test_categories_are_named_in_indonesian_and_malay() -> None:
    assert category_code("jalan") == category_code("Jalan Raya") == "road"
    assert category_code("drainase") == category_code("longkang") == "drainage"
    assert category_code("lampu jalan") == "street_light"
    assert category_code("gangguan awam") == category_code("ketertiban") == "public_order"
    assert category_code("lain-lain") == category_code("lainnya") == "other"
    with pytest.raises(InvalidReport) as bad:
        category_code("banjir bandang")
    assert bad.value.field == "category"


@pytest.mark.parametrize(("change", "field"), [
    ({"country": "SG"}, "country"), ({"lang": "en"}, "lang"),
    ({"category": "?"}, "category"), ({"description": "rusak"}, "description"),
    ({"description": "x" * 2001}, "description"), ({"latitude": 91.0}, "latitude"),
    ({"longitude": None}, "longitude"), ({"location": None, "latitude": None,
                                         "longitude": None}, "location"),
    ({"contact": "0" * 201}, "contact"),
])
def test_a_wrong_field_is_named(change: dict, field: str) -> None:
    fields = dict(country="MY", category="longkang", description="Longkang tersumbat, air "
                  "melimpah ke jalan.", location="Jalan Ampang", latitude=3.16, longitude=101.7)
    fields.update(change)
    with pytest.raises(InvalidReport) as bad:
        NewReport(**fields).checked()
    assert bad.value.field == field


def test_a_checked_report_takes_the_country_language_and_trims_its_text() -> None:
    report = NewReport(None, "Longkang", "  Longkang   tersumbat\n  sejak semalam ",
                       "  Jalan  Ampang ").checked(default_country="MY")
    assert (report.country, report.lang, report.category) == ("MY", "ms", "drainage")
    assert report.description == "Longkang tersumbat\nsejak semalam"
    assert report.location == "Jalan Ampang"


def test_references_are_random_readable_and_found_in_a_message() -> None:
    refs = {new_reference() for _ in range(2000)}
    assert len(refs) == 2000
    for ref in list(refs)[:50]:
        assert ref.startswith("TK-") and len(ref) == 13
        assert set(ref[3:]) <= set(REFERENCE_ALPHABET)
    assert find_reference("status tk-7q4m2x9kda dong") == "TK-7Q4M2X9KDA"
    assert find_reference("status TK-123") is None


def _report(lang: str, country: str, **more: object) -> Report:
    now = dt.datetime(2026, 5, 1, 8, 30)
    fields: dict = dict(reference="TK-7Q4M2X9KDA", country=country, lang=lang,
                        category="drainage", description="Longkang tersumbat di depan sekolah",
                        location="Jalan Ampang", latitude=3.158, longitude=101.712, area=None,
                        happened=None, contact="012-345 6789", session_id=None, channel="web",
                        status="submitted", note=None, created=now, updated=now)
    fields.update(more)
    return Report(**fields)


def test_the_draft_is_in_malay_for_sispaa_with_the_agency_and_map() -> None:
    draft = write_draft(_report("ms", "MY", happened="semalam"), DEFAULT_CHANNELS["MY"])
    assert draft.startswith("Aduan untuk SISPAA (https://sispaa.pcb.gov.my/)")
    assert "Tajuk: [Longkang] Longkang tersumbat di depan sekolah" in draft
    assert "Masa kejadian: semalam" in draft and "Untuk perhatian: Pihak Berkuasa" in draft
    assert "3.158000, 101.712000" in draft and "openstreetmap.org/?mlat=3.158000" in draft
    assert "TK-7Q4M2X9KDA" in draft
    assert "012-345 6789" not in draft  # the contact goes to the city, not into the draft


def test_the_draft_names_the_deployments_own_agency_from_channels_yml() -> None:
    own = ComplaintChannel("ID", "SP4N-LAPOR!", "https://www.lapor.go.id/", {}, {
        "reports": {"agencies": {"drainage": "Dinas PUPR Kota Contoh"},
                    "areas": {"Kecamatan Utara": {"agencies": {"drainage": "UPT Utara"}}}}})
    draft = write_draft(_report("id", "ID", happened=None), own)
    assert "Laporan untuk SP4N-LAPOR!" in draft and "Ditujukan kepada: Dinas PUPR Kota Contoh" in (
        draft)
    assert "Waktu kejadian: tidak disebutkan" in draft
    north = write_draft(_report("id", "ID", area="kecamatan utara"), own)
    assert "Ditujukan kepada: UPT Utara" in north


@pytest.mark.parametrize(("text", "complaint"), [
    ("mau lapor jalan berlubang di depan rumah", True),
    ("nak buat aduan longkang tersumbat", True),
    ("lampu jalan di gang kami mati sudah seminggu", True),
    ("sampah menumpuk di pinggir pasar", True),
    ("KTP saya hilang, bagaimana mengurusnya?", False),
    ("IC saya hilang, macam mana nak buat baru?", False),
    ("Berapa biaya membuat paspor?", False),
])
def test_a_message_that_is_itself_a_complaint_is_recognised(text: str, complaint: bool) -> None:
    assert is_complaint(text) is complaint
