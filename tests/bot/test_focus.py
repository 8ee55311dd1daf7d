"""Which section of a document answers the question, and which passage of it comes first."""

from __future__ import annotations

import pytest

from bot.focus import intents_of, lead_lines, rank_sections
from bot.passages import passages, render
from indexer.glossary import builtin_glossary
from indexer.types import Chunk

TITLE = "Bil air Kuala Lumpur"
SECTIONS = {
    "Cara membayar bil": (
        "- Aplikasi atau portal dengan FPX dan kad.\n"
        "- Kaunter dan mesin bayaran di pasar raya terpilih.\n"
        "- Debit langsung daripada akaun bank.\n\n"
        "Bil air perlu dijelaskan dalam 30 hari. Bekalan air boleh dipotong jika\n"
        "tunggakan melebihi 2 bulan; fi sambungan semula ialah RM30."),
    "Kadar tarif air domestik": (
        "| Penggunaan sebulan | Kadar |\n|---|---|\n| 0 - 15 meter padu | RM0.48 |\n\n"
        "Caj minimum sebulan bagi akaun domestik ialah RM5.00."),
    "Soalan lazim": (
        "**Bil saya tiba-tiba tinggi. Apa perlu saya buat?**\n"
        "Periksa kebocoran dengan menutup semua paip air dan lihat meter.\n\n"
        "**Adakah ada rebat untuk warga emas?**\n"
        "Pemegang akaun berumur 60 tahun ke atas layak rebat 20% bagi 15 meter padu\n"
        "pertama. Mohon di kaunter dengan MyKad."),
}


def chunks() -> list[Chunk]:
    return [Chunk(f"my/air.md#{i}", "my/air.md", TITLE, heading, text, "ms", "MY")
            for i, (heading, text) in enumerate(SECTIONS.items())]


def ranked(question: str) -> tuple[list[Chunk], dict[str, float]]:
    pool = chunks()
    # no dense view here: the words and the kind of fact asked for decide
    return rank_sections(question, pool, [0.0] * len(pool), builtin_glossary(),
                         intents_of(question))


def test_the_section_with_the_asked_words_ranks_first_not_the_page_subject() -> None:
    # "air" and "bil" are in every section: they tell nothing about which one answers
    order, weights = ranked("warga emas dapat rebat bil air x")
    assert order[0].heading == "Soalan lazim"
    assert weights.get("air", 0.0) < weights["rebat"]


def test_a_fee_question_ranks_the_tariff_section_first() -> None:
    order, _ = ranked("kadar tarif air berapa sebulan")
    assert order[0].heading == "Kadar tarif air domestik"


def test_the_passage_that_answers_moves_first_with_its_paragraph() -> None:
    section = chunks()[0]
    _, weights = ranked("kalau tak bayar bil brp bulan baru kena potong")
    text = lead_lines(section.text, intents_of("brp bulan kena potong"), 40, weights)
    first = text.split("\n")[0]
    # the hard-wrapped paragraph is one line, from the sentence that says it on
    assert first == ("Bekalan air boleh dipotong jika tunggakan melebihi 2 bulan; "
                     "fi sambungan semula ialah RM30.")
    # nothing is lost: the list and the sentence before stay, in their order
    for line in ("- Aplikasi atau portal dengan FPX dan kad.", "- Debit langsung daripada "
                 "akaun bank.", "Bil air perlu dijelaskan dalam 30 hari."):
        assert line in text
    assert text.index("- Aplikasi") < text.index("Bil air perlu")


def test_a_faq_question_moves_with_its_answer() -> None:
    section = chunks()[2]
    _, weights = ranked("warga emas ada rebat x")
    text = lead_lines(section.text, (), 10, weights)
    assert text.startswith("**Adakah ada rebat untuk warga emas?**\nPemegang akaun")
    assert "Mohon di kaunter dengan MyKad." in text.split("\n\n")[0]
    assert "Periksa kebocoran" in text


def test_text_that_already_leads_with_the_answer_is_left_as_written() -> None:
    """The list item that answers is the first passage: nothing moves, even with no room
    allowed before it."""
    section = chunks()[0]
    question = "bayar guna aplikasi fpx"
    _, weights = ranked(question)
    assert lead_lines(section.text, intents_of(question), 0, weights) == section.text


def test_a_table_moves_whole_never_its_rows_without_the_header() -> None:
    rows = "".join(f"| {a} - {a + 10} meter padu | RM{0.5 + a / 100:.2f} |\n"
                   for a in range(0, 70, 10))
    text = ("Kadar di bawah terpakai bagi akaun domestik di Kuala Lumpur mulai 1 Februari "
            "2024, mengikut penggunaan sebulan.\n\n| Penggunaan | Kadar |\n|---|---|\n"
            + rows.rstrip("\n"))
    question = "60 meter padu kadar brp"
    _, weights = ranked(question)
    led = lead_lines(text, intents_of(question), 20, weights)
    assert led.startswith("| Penggunaan | Kadar |\n|---|---|\n| 0 - 10 meter padu")
    assert sorted(led.split("\n")) == sorted(text.split("\n"))  # nothing lost


def test_the_one_row_that_answers_leads_under_the_table_header() -> None:
    """"SIM C" is a word pair of the question found in one row only: that row leads with
    the header; the paragraph with other fees and the whole table stay, as written."""
    text = ("Di luar PNBP, pemohon membayar tes kesehatan (Rp35.000) dan tes psikologi "
            "(Rp60.000). Ongkos kirim SIM Rp30.000.\n\n| Golongan | Biaya perpanjangan |\n"
            "|---|---|\n| SIM A | Rp90.000 |\n| SIM B I | Rp90.000 |\n| SIM C | Rp85.000 |\n"
            "| SIM CI | Rp85.000 |")
    question = "fee perpanjang sim c brp"
    weights = {"perpanjang": 0.7, "sim": 0.3}
    led = lead_lines(text, intents_of(question), 20, weights, question.split())
    assert led.startswith("| Golongan | Biaya perpanjangan |\n|---|---|\n| SIM C | Rp85.000 |"
                          "\n\nDi luar PNBP")
    assert led.endswith(text)  # nothing lost or moved
    # without the question's word pairs no row stands out, and the table is not copied
    alone = lead_lines(text, intents_of(question), 20, weights)
    assert alone.count("| SIM C | Rp85.000 |") == 1


def test_rows_side_by_side_that_answer_alike_lead_together() -> None:
    """Two rows name the street light out (one post, three posts): both lead under the
    header; rows tied apart from each other say nothing together."""
    text = ("| Jenis kerosakan | Tempoh tindakan |\n|---|---|\n"
            "| Lubang jalan kecil | Ditampal dalam tempoh 3 hari bekerja |\n"
            "| Penutup longkang hilang | Penggantian dalam 7 hari bekerja |\n"
            "| Lampu jalan padam (satu tiang) | Dibaiki dalam tempoh 5 hari bekerja |\n"
            "| Lampu jalan padam melebihi 3 tiang | Dibaiki dalam tempoh 48 jam |")
    question = "lampu jalan kat taman sy padam, brape lama nak repair"
    weights = {"lampu": 0.9, "padam": 1.4, "jalan": 0.2}
    led = lead_lines(text, intents_of(question), 20, weights, question.split())
    assert led.startswith("| Jenis kerosakan | Tempoh tindakan |\n|---|---|\n"
                          "| Lampu jalan padam (satu tiang) | Dibaiki dalam tempoh 5 hari "
                          "bekerja |\n| Lampu jalan padam melebihi 3 tiang |")
    assert led.endswith(text)


def test_how_long_a_permit_stays_valid_is_not_how_long_it_takes() -> None:
    assert names("izin makam berlakunya brp taun sih") == ["validity"]
    assert names("surat kuning tu sah laku brape lama") == ["validity"]
    # Malay "berlaku" is "happens": no validity
    assert "validity" not in names("apa yang berlaku kalau lewat bayar kompaun")
    pool = [Chunk(f"id/makam.md#{i}", "id/makam.md", "Izin makam", h, t, "id", "ID")
            for i, (h, t) in enumerate([
                ("Waktu Proses", "Izin terbit paling lama 5 hari kerja."),
                ("Retribusi dan Masa Berlaku", "| Izin | Biaya |\n|---|---|\n"
                 "| Petak baru (3 tahun) | Rp 100.000 |"),
                ("Syarat", "- KTP ahli waris")])]
    question = "izin makam berlakunya brp taun sih"
    order, _ = rank_sections(question, pool, [0.0] * 3, builtin_glossary(),
                             intents_of(question))
    assert order[0].heading == "Retribusi dan Masa Berlaku"


def test_a_span_counted_in_days_of_24_hours_is_a_duration() -> None:
    """Both passages have the question's words; only "3x24 jam" says how long."""
    text = ("Petugas menerima laporan warga dan tidak memungut biaya apa pun untuk "
            "pemeriksaan jentik di sekitar rumah penderita.\n\n1. Pelapor menyerahkan "
            "dokumen.\n2. Petugas meneliti laporan paling lambat 3x24 jam.")
    led = lead_lines(text, intents_of("abis lapor brp lama petugas dtg?"), 20,
                     {"petugas": 1.0, "lapor": 1.0})
    assert led.startswith("2. Petugas meneliti laporan paling lambat 3x24 jam")


def test_passages_keep_tables_lists_and_blank_lines() -> None:
    text = SECTIONS["Kadar tarif air domestik"]
    assert render(passages(text)) == text
    items = passages(SECTIONS["Cara membayar bil"])
    assert [p.lines for p in items] == [True, True, True, False]
    assert items[3].sentences[0] == "Bil air perlu dijelaskan dalam 30 hari."


def names(question: str) -> list[str]:
    return [i.name for i in intents_of(question)]


def test_when_questions_ask_for_a_date() -> None:
    assert names("kpn pengumuman spmb smp?") == ["when"]
    assert names("duit bantuan jkm masuk akaun hari bulan brape") == ["when"]


def test_paying_or_online_is_context_when_something_else_is_asked() -> None:
    assert names("udh bayar pasang air, brp hari baru dipasang?") == ["duration"]
    assert names("bikin akta lahir online brp hari jadinya") == ["duration"]
    # alone, they are what is asked
    assert names("bisa online ga") == ["online"]
    assert names("bayar pbb") == ["fee"]


def test_which_number_to_call_is_a_contact_not_a_place() -> None:
    assert names("ada kebakaran telp kemana") == ["contact"]
    assert names("bayar pbb kemana") == ["place"]


def test_an_income_limit_is_not_a_fee() -> None:
    assert names("gaji brape boleh apply rumah mampu milik") == ["income"]


def test_the_passage_with_the_kind_of_fact_asked_leads() -> None:
    text = ("Wajib pajak yang melunasi PBB-P2 sampai tanggal 30 April 2026 mendapat potongan "
            "10% dari pokok pajak. Potongan diberikan otomatis saat pembayaran dan tidak "
            "perlu diajukan, juga untuk pembayaran lewat aplikasi dan bank.\n\n"
            "Pembayaran yang melewati jatuh tempo dikenakan denda administratif sebesar 1% per "
            "bulan dari pokok pajak.")
    question = "denda telat bayar pbb brp persen"
    weights = {"pajak": 0.7, "pbb": 0.5, "p2": 0.7, "pbb-p2": 0.7, "denda": 1.5}
    led = lead_lines(text, intents_of(question), 40, weights)
    # both sentences hold a percentage, the first more of the question's words; the one
    # that names the fine leads
    assert led.startswith("Pembayaran yang melewati jatuh tempo dikenakan denda")
    assert "30 April 2026" in led


def test_a_passage_without_the_fact_asked_does_not_lead_for_its_words() -> None:
    text = ("Bantuan daerah untuk lansia (kakek, nenek) diberikan kepada warga berusia 70 tahun "
            "ke atas yang tidak menerima pensiun dan tinggal di kota ini.\n\n"
            "| Program | Besaran |\n|---|---|\n| Sembako | Rp200.000 per bulan |\n"
            "| Bantuan lansia daerah | Rp300.000 per bulan |\n"
            "| Disabilitas berat | Rp350.000 per bulan |")
    question = "nenek sy 75 thn, bantuan lansia brp sebulan"
    led = lead_lines(text, intents_of(question), 40,
                     {"lansia": 2.0, "tahun": 1.5, "nenek": 1.5, "bantu": 0.3})
    # the paragraph has more of the question's words, the table the amount asked for
    assert led.split("\n")[:3] == ["| Program | Besaran |", "|---|---|",
                                   "| Bantuan lansia daerah | Rp300.000 per bulan |"]


def test_a_long_first_section_leaves_room_for_the_runner_up() -> None:
    from bot.answer import sections

    steps = Chunk("my/dewan.md#1", "my/dewan.md", "Sewa dewan", "Cara menempah",
                  "\n".join(f"{n}. Langkah {n}: isi borang, semak kekosongan dewan dan "
                            f"tunggu pengesahan pegawai dalam sistem tempahan."
                            for n in range(1, 11)), "ms", "MY")
    refund = Chunk("my/dewan.md#4", "my/dewan.md", "Sewa dewan", "Pembatalan",
                   "Pembatalan 14 hari sebelum majlis: deposit dipulangkan 50%.\n\n"
                   "Pembatalan kurang 7 hari: deposit tidak dipulangkan.", "ms", "MY")
    parts = sections([steps, refund], 700, intents_of("cancel dewan dapat refund brape"))
    text = "\n\n".join(f"{c.heading}\n{t}" for c, t in parts)
    assert len(text) <= 700 and text.startswith("Cara menempah\n1. Langkah 1")
    assert "50%" in text  # the runner-up's passage, not cut off by the first section
    assert text.index("Pembatalan") > text.index("Langkah 1")


BANTUAN = ("Mangsa yang berdaftar di pusat pemindahan layak menerima bantuan wang ihsan.\n"
           "Semakan status boleh dibuat di kaunter pejabat daerah atau melalui portal.\n\n"
           "Bayaran dikreditkan ke akaun bank dalam tempoh 21 hari bekerja.\n\n"
           "Permohonan rayuan ditutup pada 30 April setiap tahun.")


def test_a_when_question_is_answered_by_a_span_when_no_date_says_it() -> None:
    text = lead_lines(BANTUAN.rsplit("\n\n", 1)[0], intents_of("bila duit masuk akaun"), 40)
    assert text.startswith("Bayaran dikreditkan ke akaun bank dalam tempoh 21 hari")


def test_a_date_answers_a_when_question_before_a_span() -> None:
    text = lead_lines(BANTUAN, intents_of("rayuan tutup bila"), 40)
    assert text.startswith("Permohonan rayuan ditutup pada 30 April")


def kinds(question: str) -> list[str]:
    return [i.name for i in intents_of(question)]


@pytest.mark.parametrize("question, asked", [
    # "berapa" after a clock word asks the hours, after a day word a date — not a fee
    ("pasar awam bukak kul brp", ["hours"]),
    ("pusat sisa pukal bukak sampai pkl brape", ["hours"]),
    ("ppdb sd pendaftaran ditutup tgl brp", ["when"]),
    # "paling telat" is the last day, not a fine for being late
    ("bayar iuran paling telat tgl brp tiap bulan", ["deadline", "when"]),
    ("telat bayar pbb dendanya brp", ["penalty"]),
    # arrears ask what follows them; "tutup kpn" a date, not the hours
    ("kalau nunggak retribusi kios 6 bulan diapain", ["penalty"]),
    # doing it without the licence: the penalty, not the licence's fee
    ("kalau berniaga x de lesen kat tepi jalan kena saman brp", ["penalty"]),
    ("jiran tebang pokok x mintak izin majlis, kena brp", ["penalty"]),
    ("brp fi lesen anjing", ["fee"]),
    ("pendaftaran gelombang 1 tutup kpn ya", ["when"]),
    ("kantor tutup jam brp", ["hours", "place"]),
])
def test_what_a_question_asks_for(question: str, asked: list[str]) -> None:
    assert kinds(question) == asked


def test_english_words_residents_mix_in_find_the_section_in_the_page_s_words() -> None:
    # "deposit", "cancel", "refund": the page says "wang cagaran", "pembatalan",
    # "dipulangkan"
    hall = {"Kadar sewa": "Dewan besar RM500 sehari.",
            "Wang cagaran": "Wang cagaran RM300 dijelaskan semasa tempahan.",
            "Pembatalan": "Pembatalan 14 hari sebelum majlis: 50% sewa dipulangkan.",
            "Hubungi": "Unit Dewan, telefon 03-1234 5678."}
    pool = [Chunk(f"my/dewan.md#{i}", "my/dewan.md", "Sewa Dewan", h, t, "ms", "MY")
            for i, (h, t) in enumerate(hall.items())]
    for question, heading in (("deposit dewan brp ye", "Wang cagaran"),
                              ("cancel booking dewan dapat refund x", "Pembatalan")):
        order, _ = rank_sections(question, pool, [0.0] * len(pool), builtin_glossary(),
                                 intents_of(question))
        assert order[0].heading == heading
