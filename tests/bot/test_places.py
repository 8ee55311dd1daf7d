"""The built-in gazetteer: places residents name, and a city's page kept to its city."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.factory import make_assistant
from bot.places import Gazetteer, load_gazetteer
from bot.retrieve import folder_words
from indexer.build import build_index
from indexer.errors import LoadError

# An evaluation page: the figures are invented for this test.
PBB_JOGJA = """---
title: Pajak Bumi dan Bangunan (PBB-P2) Kota Yogyakarta
lang: id
country: ID
region: Kota Yogyakarta
source: https://example.invalid/yogyakarta/pbb
updated: 2026-11-01
note: "Test document: figures invented."
---
# Pajak Bumi dan Bangunan (PBB-P2) Kota Yogyakarta

## Jatuh tempo
PBB-P2 Kota Yogyakarta jatuh tempo setiap 31 Agustus. Keterlambatan dikenai denda 1% per
bulan.

## Cara membayar
Bayar PBB-P2 di bank daerah, kantor pos, atau aplikasi Jogja Smart Service.
"""

SAMPAH_KUCHING = """---
title: Kutipan sampah di Kuching
lang: ms
country: MY
region: Kuching, Sarawak
source: https://example.invalid/kuching/sampah
updated: 2026-11-01
note: "Test document: figures invented."
---
# Kutipan sampah di Kuching

## Jadual kutipan
Sampah isi rumah di Kuching dikutip tiga kali seminggu: Isnin, Rabu dan Jumaat.

## Aduan
Sampah tidak dikutip boleh diadukan kepada DBKU melalui talian 082-000000.
"""


@pytest.mark.parametrize(("text", "country", "places"), [
    ("ktp sy ilang di jogja", "ID", {"id.yogyakarta"}),
    ("sampah x kutip kat kl", "MY", {"my.kl"}),
    ("aduan mbpp", "MY", {"my.georgetown"}),
    # the longest name wins, and a page's "city, state" is the city
    ("Kota Yogyakarta", "ID", {"id.yogyakarta"}),
    ("Ipoh, Perak", "MY", {"my.ipoh"}),
    # a place is read only on its country's pages; common words are not places
    ("ipoh", "ID", set()),
    ("kk saya hilang", "ID", set()),
    ("kat pekan ni parking brape sejam", "MY", set()),
    ("batu nisan makam", "ID", set()),
    ("bayar tagihan air plg lambat tgl brp", "ID", set()),  # "plg": paling, in a chat
    # the smaller cities and districts too
    ("Kota Probolinggo", "ID", {"id.probolinggo"}),
    ("Dungun, Terengganu", "MY", {"my.dungun"}),
    ("lesen anjing kat alor gajah", "MY", {"my.alorgajah"}),
    # a council named in full where its town's name is a common word ("nilai": value),
    # and a town of a district
    ("Sewa Dewan Komuniti Majlis Perbandaran Nilai", "MY", {"my.nilai"}),
    ("tebang pokok kat gemencheh perlu izin majlis x", "MY", {"my.gemencheh"}),
    # a district's main towns are the district
    ("sy baru beli rumah kat jenjarom, nak tukar nama", "MY", {"my.kualalangat"}),
    # ("banting" is also Malay chat for a bunting, Indonesian for "slam")
    ("nk gantung banting promosi kedai", "MY", set()),
    ("cukai pintu rumah kat jerteh bayar kat mana", "MY", {"my.besut"}),
    ("sampah pukal kat bahau sapa angkut", "MY", {"my.jempol"}),
    # a town of a district with a council of its own
    ("cukai pintu rumah kat Labis bayar kat majlis segamat ke?", "MY",
     {"my.labis", "my.segamat"}),
])
def test_places_are_read_the_way_residents_write_them(text: str, country: str,
                                                      places: set[str]) -> None:
    assert load_gazetteer().named_in(text, country) == places


def test_a_city_of_the_province_is_not_another_city_of_it() -> None:
    """PBB in Kota Malang asked of Kota Probolinggo's PBB page: two cities of East Java."""
    places = load_gazetteer()
    page = places.named_in("Kota Probolinggo", "ID")
    assert not places.same(places.named_in("pbb di kota malang jatuh tempo kpn", "ID"), page)
    assert places.same(places.named_in("pbb jawa timur", "ID"), page)


def test_a_place_and_the_province_it_lies_in_are_the_same_place() -> None:
    places = load_gazetteer()
    surabaya, jatim = places.named_in("surabaya", "ID"), places.named_in("jawa timur", "ID")
    sidoarjo = places.named_in("sidoarjo", "ID")
    assert places.same(surabaya, jatim) and places.same(jatim, surabaya)
    assert not places.same(sidoarjo, surabaya)  # two cities of one province
    assert places.same(places.named_in("mbpp", "MY"), places.named_in("Pulau Pinang", "MY"))


def test_a_page_of_a_state_named_by_its_council_is_that_councils_page() -> None:
    places = load_gazetteer()
    page = places.most_specific(places.named_in("Johor Lesen Anjing dan Kucing MBIP", "MY"))
    assert page == {"my.iskandarputeri"}
    assert not places.same(places.named_in("lesen anjing kat mbjb", "MY"), page)
    assert places.same(places.named_in("lesen anjing iskandar puteri", "MY"), page)
    assert places.same(places.named_in("lesen anjing johor", "MY"), page)


def test_a_page_of_a_state_in_a_councils_folder_is_that_councils_page() -> None:
    places = load_gazetteer()
    words = folder_words("my/iskandar-puteri/lesen-anjing-kucing.md")
    assert words == "iskandar puteri" and folder_words("id/ktp.md") == ""
    page = places.most_specific(places.named_in(f"Johor Lesen Anjing dan Kucing {words}",
                                                "MY"))
    assert page == {"my.iskandarputeri"}
    assert not places.same(places.named_in("lesen anjing kat MBJB johor bahru", "MY"), page)


def test_a_broken_gazetteer_is_refused_with_the_reason() -> None:
    with pytest.raises(LoadError, match="unknown parent"):
        Gazetteer.from_yaml("- {id: id.x, country: ID, in: id.nowhere, names: [x]}")
    with pytest.raises(LoadError, match="country"):
        Gazetteer.from_yaml("- {id: id.x, country: XX, names: [x]}")


@pytest.fixture(scope="module")
def city_desk(tmp_path_factory: pytest.TempPathFactory, embedder, detector):
    root = tmp_path_factory.mktemp("places")
    folder = root / "knowledge"
    (folder / "id").mkdir(parents=True)
    (folder / "my").mkdir()
    (folder / "id" / "pbb-yogyakarta.md").write_text(PBB_JOGJA, encoding="utf-8")
    (folder / "my" / "sampah-kuching.md").write_text(SAMPAH_KUCHING, encoding="utf-8")
    assert build_index(folder, root / "index", embedder).ok
    return make_assistant(Settings(index_dir=Path(root / "index"), _env_file=None),
                          embedder=embedder, detector=detector)


def test_a_citys_page_answers_its_city_by_any_name_and_no_other_city(city_desk) -> None:
    """Another city's page is not an answer, even when the folder has no page of the city
    asked about (the question names a city the index has never seen)."""
    jogja = city_desk.ask("pbb jogja jatuh tempo kapan", country="ID")
    assert jogja.answered and jogja.sources[0].doc_id == "id/pbb-yogyakarta.md"
    assert "31 Agustus" in jogja.answer
    for question, country in (("pbb di bandung jatuh tempo kapan", "ID"),
                              ("jadual kutipan sampah kat miri", "MY")):
        answer = city_desk.ask(question, country=country)
        assert not answer.answered, question
    kuching = city_desk.ask("jadual kutipan sampah dbku", country="MY")
    assert kuching.answered and kuching.sources[0].doc_id == "my/sampah-kuching.md"
