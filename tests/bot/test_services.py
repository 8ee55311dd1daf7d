"""The catalogue of public services: its file is sound, questions name the right service,
documents cover the services their titles and headings name."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from bot.services import (
    LEVELS,
    ServiceCatalogue,
    covers,
    load_catalogue,
    missing_services,
)
from indexer.errors import LoadError

RAW: list[dict[str, Any]] = yaml.safe_load(
    resources.files("indexer").joinpath("data", "services.yml").read_text(encoding="utf-8"))


def _terms(entry: dict[str, Any], key: str) -> list[Any]:
    return list(entry.get(key) or [])


# ---------------------------------------------------------------- the file

def test_catalogue_entries_are_complete() -> None:
    assert isinstance(RAW, list) and len(RAW) >= 80
    for entry in RAW:
        sid = entry.get("id")
        assert isinstance(sid, str) and sid, entry
        assert entry.get("country", "missing") in ("ID", "MY", None), sid
        prefix = {"ID": "id.", "MY": "my.", None: "other."}[entry["country"]]
        assert sid.startswith(prefix), sid
        names = entry.get("names")
        assert isinstance(names, dict), sid
        assert isinstance(names.get("id"), str) and names["id"].strip(), sid
        assert isinstance(names.get("ms"), str) and names["ms"].strip(), sid
        assert _terms(entry, "object"), sid
        assert isinstance(entry.get("action"), list), sid
        assert entry.get("level") in (*LEVELS, None), sid


def test_catalogue_terms_are_strings() -> None:
    # an unquoted 112 or `no` would silently become a number or a boolean
    for entry in RAW:
        for key in ("object", "action", "unless"):
            for term in _terms(entry, key):
                assert isinstance(term, str) and term.strip(), (entry["id"], key, term)


def test_catalogue_ids_are_unique() -> None:
    ids = [entry["id"] for entry in RAW]
    assert len(ids) == len(set(ids))


def test_government_services_name_an_agency_with_an_https_url() -> None:
    for entry in RAW:
        agency = entry.get("agency")
        if entry["country"] is None:
            assert agency is None, entry["id"]
            continue
        assert isinstance(agency, dict) and agency.get("name"), entry["id"]
        url = agency.get("url")
        assert url is None or (isinstance(url, str) and url.startswith("https://")), entry["id"]


def test_catalogue_covers_both_countries() -> None:
    countries = [entry["country"] for entry in RAW]
    assert countries.count("ID") >= 40
    assert countries.count("MY") >= 40
    assert countries.count(None) >= 5


def test_catalogue_loads_once() -> None:
    catalogue = load_catalogue()
    assert catalogue is load_catalogue()
    assert len(catalogue.services) == len(RAW)
    lost = catalogue.by_id["id.paspor.hilang"]
    assert lost.agency is not None and lost.agency.url == "https://www.imigrasi.go.id/"
    assert "pasport" in lost.name("ms") and "paspor" in lost.name("id")


@pytest.mark.parametrize("text, reason", [
    ("- id: a.b\n  country: ID\n  names: {id: x, ms: y}\n  object: [x]\n"
     "- id: a.b\n  country: ID\n  names: {id: x, ms: y}\n  object: [x]\n", "duplicate"),
    ("- id: a.b\n  country: SG\n  names: {id: x, ms: y}\n  object: [x]\n", "country"),
    ("- id: a.b\n  country: ID\n  names: {id: x}\n  object: [x]\n", "names"),
    ("- id: a.b\n  country: ID\n  names: {id: x, ms: y}\n  object: []\n", "object"),
    ("id: a.b\n", "list"),
])
def test_a_broken_catalogue_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(LoadError, match=reason):
        ServiceCatalogue.from_yaml(text)


# ---------------------------------------------------------------- questions

QUESTIONS = [
    # Indonesian, chat spelling
    ("paspor sy ilang gmn", None, "id.paspor.hilang"),
    ("paspor saya hilang di bandara, gimana ngurusnya?", None, "id.paspor.hilang"),
    ("paspor rusak kena air", None, "id.paspor.hilang"),
    ("mau bikin paspor baru syaratnya apa", None, "id.paspor.baru"),
    ("perpanjang paspor bisa online?", "ID", "id.paspor.perpanjang"),
    ("paspor anak umur 3 tahun", "ID", "id.paspor.anak"),
    ("bikin sim baru syaratnya", None, "id.sim.baru"),
    ("perpanjang sim brp", None, "id.sim.perpanjang"),
    ("SIM saya sudah mati 2 bulan", None, "id.sim.perpanjang"),
    ("simku ilang kecopetan", None, "id.sim.hilang"),
    ("sim saya hilang, mau bikin lagi", None, "id.sim.hilang"),
    ("cara buat SIM internasional", None, "id.sim.internasional"),
    ("ganti alamat di ktp", None, "id.ktp.ubah"),
    ("KTP-el saya hilang", None, "id.ktp.hilang"),
    ("e-ktp rusak chipnya, tidak terbaca", None, "id.ktp.rusak"),
    ("anak sudah 17 tahun mau rekam ktp", None, "id.ktp.baru"),
    ("cara bikin KIA untuk anak", None, "id.kia"),
    ("tambah anak di kk", None, "id.kk.ubah"),
    ("pisah kk setelah menikah", None, "id.kk.baru"),
    ("urus akta kelahiran bayi", None, "id.akta-lahir"),
    ("surat pindah domisili ke kota lain", None, "id.pindah"),
    ("daftar nikah di KUA", "ID", "id.nikah"),
    ("stnk 5 tahunan ganti plat", None, "id.stnk.perpanjang"),
    ("bayar pajak motor online", None, "id.pajak-kendaraan"),
    ("kena tilang etle bayarnya gimana", None, "id.tilang"),
    ("bayar pbb rumah", None, "id.pbb"),
    ("balik nama sertifikat tanah", None, "id.tanah"),
    ("izin imb rumah", None, "id.pbg"),
    ("bikin nib di oss", None, "id.nib"),
    ("lapor spt tahunan", "ID", "id.spt"),
    ("bpjs ketenagakerjaan cara daftar", None, "id.bpjs-tk.daftar"),
    ("cairkan jht setelah resign", None, "id.bpjs-tk.jht"),
    ("bpjs kesehatan nunggak 2 tahun", None, "id.bpjs-kesehatan.tunggakan"),
    ("skck buat kerja", None, "id.skck"),
    ("surat kehilangan dari polisi", None, "id.lapor-polisi"),
    ("daftar haji", "ID", "id.haji"),
    ("bayar zakat fitrah", "ID", "id.zakat"),
    ("air pdam mati dari pagi", None, "id.pdam"),
    ("token listrik tidak masuk", None, "id.pln"),
    ("jalan berlubang depan rumah", "ID", "id.jalan"),
    ("cek bansos atas nama saya", None, "id.bansos"),
    ("daftar ppdb sd negeri", None, "id.ppdb"),
    ("jadwal krl ke bogor", None, "id.krl"),
    ("perpanjang kitas", None, "id.kitas"),
    ("biaya sedot wc brp", "ID", "id.sedot-tinja"),
    # Malay
    ("tangki septik rumah dah penuh, nak panggil iwk", "MY", "my.tangki-septik"),
    ("nak renew pasport", "MY", "my.pasport.perpanjang"),
    ("pasport hilang masa bercuti", "MY", "my.pasport.hilang"),
    ("ic hilang macam mana", None, "my.mykad.hilang"),
    ("mykad rosak cip tak boleh baca", None, "my.mykad.rosak"),
    ("tukar alamat ic", None, "my.mykad.alamat"),
    ("anak 12 tahun buat ic", None, "my.mykad.baru"),
    ("mohon mykid untuk anak", None, "my.mykid"),
    ("lesen memandu dah tamat tempoh", None, "my.lesen.perpanjang"),
    ("macam mana nak ambil lesen kereta", None, "my.lesen.baru"),
    ("lesen memandu hilang", None, "my.lesen.hilang"),
    ("renew roadtax online", None, "my.roadtax"),
    ("semak saman polis", None, "my.saman"),
    ("bayar cukai taksiran", None, "my.cukai-taksiran"),
    ("lesen perniagaan untuk gerai", None, "my.lesen-perniagaan"),
    ("daftar perniagaan ssm", None, "my.ssm"),
    ("hantar borang be e-filing", "MY", "my.lhdn-efiling"),
    ("pengeluaran kwsp akaun 2", None, "my.kwsp.pengeluaran"),
    ("caruman perkeso majikan", None, "my.perkeso.caruman"),
    ("bila str fasa 2 masuk", None, "my.str"),
    ("sijil kelakuan baik untuk kerja", None, "my.kelakuan-baik"),
    ("nak buat laporan polis kena scam", None, "my.laporan-polis"),
    ("daftar haji tabung haji", "MY", "my.haji"),
    ("air selangor putus", None, "my.air"),
    ("bil elektrik tnb mahal", None, "my.tnb"),
    ("sampah tak kutip seminggu", "MY", "my.sampah"),
    ("ptptn nak bayar balik", None, "my.ptptn"),
    ("pendaftaran murid tahun 1", None, "my.tahun-1"),
    ("jadual ktm komuter", None, "my.ktm"),
    # what is done to a service that is a service of its own
    ("cara ngajuin keberatan njop pbb gmn", "ID", "id.pbb.keberatan"),
    ("bphtb beli rumah brp persen", "ID", "id.bphtb"),
    ("daftar sma negeri jadwalnya kpn", "ID", "id.ppdb.sma"),
    ("cara hapus npwp krn udh ga kerja", "ID", "id.npwp.hapus"),
    ("balik nama pelanggan pdam gmn", "ID", "id.pdam.balik-nama"),
    ("nak bantah nilaian cukai taksiran", "MY", "my.cukai-taksiran.bantahan"),
    ("nak batalkan lesen perniagaan sbb dah tutup kedai", "MY", "my.lesen-perniagaan.batal"),
    ("perkeso suri rumah caruman brape", "MY", "my.skssr"),
    ("camne nak daftar kad oku kat jkm", "MY", "my.oku"),
    ("mau pindah keluar ke surabaya, bikin skpwni gmn", "ID", "id.pindah.keluar"),
    ("kwsp utk beli rumah boleh ke", "MY", "my.kwsp.perumahan"),
    ("permit bazar ramadan apply kat mana", "MY", "my.bazar"),
    ("kena buang kerja, nak claim elaun hilang pekerjaan", "MY", "my.sip"),
    ("sertifikat halal jalur reguler buat pabrik roti", "ID", "id.halal.reguler"),
    ("sewa tapak pasar malam brape", "MY", "my.pasar-malam"),
    # everyday words for a service
    ("mau buang kasur bekas, diangkut dinas bayar brp", "ID", "id.sampah"),
    ("nak buang tilam lama, majlis ambik free ke", "MY", "my.sampah"),
    ("mau apply bedah rumah, gaji maks brp", "ID", "id.rtlh"),
    ("syarat daftar rusunawa", "ID", "id.rusun"),
    ("gaji brape boleh apply rumah mampu milik", "MY", "my.rumah-mampu-milik"),
    ("nak buat batu nisan kena permit ke", "MY", "my.perkuburan"),
    ("pasang khemah kenduri tepi jalan", "MY", "my.permit-khemah"),
    ("nak buat porch kereta kena permit ke", "MY", "my.pelan-bangunan"),
    # BPJS Ketenagakerjaan's and PERKESO's benefits, each its own claim
    ("klaim jkk kecelakaan kerja bpjs tk syaratnya apa aja", "ID", "id.bpjs-tk.jkk"),
    ("klaim jkp paling telat kpn sih abis kena phk", "ID", "id.bpjs-tk.jkp"),
    ("cara klaim jht bpjs tk online", "ID", "id.bpjs-tk.jht"),
    ("pencen ilat perkeso dpt brape sebulan", "MY", "my.perkeso.ilat"),
    ("skck buat kerja ke jepang syaratnya apa aja", "ID", "id.skck.luar-negeri"),
    ("syarat bikin skck buat lamar kerja", "ID", "id.skck"),
    # an agency by the short name residents use
    ("dispenduk pasuruan hari jumat buka sampe jam brp", "ID", "id.agency-dukcapil"),
    # English mixed in
    ("my passport was stolen", "MY", "my.pasport.hilang"),
    ("where to pay property tax", "MY", "my.cukai-taksiran"),
    # not government services
    ("restoran enak di denpasar", None, "other.kuliner"),
    ("hotel murah dekat pantai kuta", None, "other.penginapan"),
    ("tempat menarik di melaka", None, "other.wisata"),
    ("cuaca besok", None, "other.cuaca"),
    ("harga emas hari ini", None, "other.emas"),
    ("skor bola semalam", None, "other.bola"),
    ("esok hujan x kat bentong?", None, "other.cuaca"),
    # not the agency's own service: the foreign ministry's passports, the employer's return
    ("bikin paspor dinas buat tugas kantor ke luar negeri gmn", "ID", "id.paspor-dinas"),
    ("borang E majikan lhdn tarikh akhir bila", "MY", "my.lhdn-majikan"),
    # advice no public service gives, named with what is asked of it
    ("kucing sy selalu muntah bulu, bahaya x", None, "other.haiwan"),
    ("ubat selsema yg paling berkesan apa", None, "other.ubat"),
    ("obat alami sakit kepala apa ya", None, "other.ubat"),
    # a food business asks of a public service, not of where to eat
    ("sy pny warung makan, retribusi sampahnya brp per bulan?", "ID", "id.sampah"),
    ("pekerja baru kedai makan kena amik injection typhoid dlm brape hari", "MY",
     "my.pengendali-makanan"),
]


@pytest.mark.parametrize(("question", "country", "not_named"), [
    # the council's licence, the clinic, a stray caught: not advice
    ("anjing sy kena tangkap dgn majlis, nak tebus kena bayar brape", "MY", "other.haiwan"),
    ("ambil ubat kat klinik kesihatan kena bayar ke", "MY", "other.ubat"),
    # a senior citizen, not gold
    ("warga emas ada rebat cukai pintu x", "MY", "other.emas"),
    ("pajak restoran brp persen", "ID", "other.kuliner"),
    ("lesen homestay kira brape sebilik", "MY", "other.penginapan"),
])
def test_a_word_of_a_topic_said_otherwise_names_no_topic(question: str, country: str,
                                                          not_named: str) -> None:
    named = [m.service.id for m in load_catalogue().named_in(question, country)]
    assert not_named not in named, named


@pytest.mark.parametrize("question, country, expected", QUESTIONS)
def test_question_names_the_service(question: str, country: str | None,
                                    expected: str) -> None:
    named = load_catalogue().named_in(question, country)
    assert named, question
    assert named[0].service.id == expected, [m.service.id for m in named]


@pytest.mark.parametrize("question", [
    "halo", "terima kasih", "makasih kk", "assalamualaikum", "selamat pagi",
    "ok", "siapa kamu?", "boleh tanya?",
    # "sim" as a phone's SIM card, "lesen" of a business, are not a driving licence
    "kartu sim saya hilang", "sim card hilang gimana",
])
def test_small_talk_names_no_driving_licence_or_any_service(question: str) -> None:
    assert load_catalogue().named_in(question) == []


def test_sim_card_is_not_a_driving_licence_but_the_licence_still_is() -> None:
    named = load_catalogue().named_in("sim card saya hilang, SIM A juga hilang")
    assert [m.service.id for m in named] == ["id.sim.hilang"]


def test_business_licence_is_not_a_driving_licence() -> None:
    ids = {m.service.id for m in load_catalogue().named_in("lesen perniagaan hilang")}
    assert "my.lesen-perniagaan" in ids
    assert not any(i.startswith("my.lesen.") for i in ids)


def test_a_specific_action_beats_the_bare_request() -> None:
    named = load_catalogue().named_in("mau buat paspor lagi karena yang lama hilang", "ID")
    assert [m.service.id for m in named] == ["id.paspor.hilang"]
    # with no country, either country's passport may be meant ("paspor" in Malaysia too)
    both = load_catalogue().named_in("mau buat paspor lagi karena yang lama hilang")
    assert {m.service.id for m in both} == {"id.paspor.hilang", "my.pasport.hilang"}
    assert named[0].specific and named[0].action_term == "hilang"


def test_the_longer_phrase_wins() -> None:
    ids = [m.service.id for m in load_catalogue().named_in("daftar bpjs ketenagakerjaan")]
    assert ids == ["id.bpjs-tk.daftar"]
    assert load_catalogue().named_in("nikah non muslim")[0].service.id == "id.nikah-sipil"
    assert len(load_catalogue().named_in("nikah non muslim")) == 1


def test_country_keeps_its_own_services_and_the_non_government_ones() -> None:
    catalogue = load_catalogue()
    both = {m.service.id for m in catalogue.named_in("renew passport")}
    assert {"id.paspor.perpanjang", "my.pasport.perpanjang"} <= both
    mine = {m.service.id for m in catalogue.named_in("renew passport", "MY")}
    assert mine == {"my.pasport.perpanjang"}
    assert [m.service.id for m in catalogue.named_in("hotel di kuala lumpur", "MY")] == [
        "other.penginapan"]


def test_a_requirement_named_later_ranks_after_the_service_asked_for() -> None:
    named = load_catalogue().named_in("bikin paspor butuh fotokopi ktp dan ktp asli")
    assert named[0].service.id == "id.paspor.baru"
    # the ID card, named with nothing done to it, is only a requirement here
    assert all(m.tier == 0 for m in named if m.service.family == "id.ktp")
    named = load_catalogue().named_in("bikin paspor perlu bawa ktp")
    assert named[0].service.id == "id.paspor.baru"


# ---------------------------------------------------------------- documents

DOCUMENTS = [
    ("Perpanjangan SIM", ["Syarat perpanjangan SIM", "Biaya", "SIM keliling"], "ID",
     {"id.sim.perpanjang"}),
    ("SIM: baru, perpanjangan dan hilang", [], "ID",
     {"id.sim.baru", "id.sim.perpanjang", "id.sim.hilang"}),
    ("Surat Izin Mengemudi (SIM)", ["Membuat SIM baru", "Memperpanjang SIM", "Jika hilang"],
     "ID", {"id.sim.baru", "id.sim.perpanjang", "id.sim.hilang"}),
    ("Membuat dan Memperpanjang Paspor Biasa",
     ["Syarat membuat paspor baru", "Syarat perpanjangan paspor", "Biaya paspor"], "ID",
     {"id.paspor.baru", "id.paspor.perpanjang"}),
    ("Penggantian Paspor Hilang atau Rusak",
     ["Syarat penggantian paspor hilang", "Cara mengurus paspor hilang atau rusak"], "ID",
     {"id.paspor.hilang"}),
    ("Penggantian KTP-el yang Hilang atau Rusak", [], "ID", {"id.ktp.hilang", "id.ktp.rusak"}),
    ("Penggantian MyKad Hilang", ["Cara memohon gantian MyKad hilang"], "MY",
     {"my.mykad.hilang"}),
    ("Pembaharuan Lesen Memandu Kompeten (CDL)", ["Lesen memandu tamat tempoh"], "MY",
     {"my.lesen.perpanjang"}),
    ("Bayar dan Keringanan PBB di Kota Denpasar", ["Jatuh tempo", "Denda"], "ID", {"id.pbb"}),
    ("Cukai Taksiran DBKL (Kuala Lumpur)", ["Cara bayar"], "MY", {"my.cukai-taksiran"}),
    ("Pendaftaran BPJS Ketenagakerjaan", ["Biaya dan iuran BPJS Ketenagakerjaan"], "ID",
     {"id.bpjs-tk.daftar"}),
    ("Kuliner khas Denpasar", [], None, {"other.kuliner"}),
    ("Jam buka kantor kecamatan", ["Senin sampai Jumat"], "ID", set()),
    # a heading does not name what the title rules out: a hawker licence's renewal is no
    # driving licence's; "jemput bola" is a door-to-door service, not football
    ("Lesen Penjaja dan Tapak Penjaja Majlis Bandaraya Kuantan",
     ["Pembaharuan Lesen", "Fi Lesen"], "MY", {"my.lesen-perniagaan"}),
    ("Penggantian Data KTP-el", ["Layanan Jemput Bola"], "ID", set()),
    # the office's address is no change of address on the card
    ("Penggantian KTP-el Hilang atau Rusak", ["Jam layanan dan alamat"], "ID",
     {"id.ktp.hilang", "id.ktp.rusak"}),
    # a page on the tax is not a page on objecting to it, unless a heading says so
    ("PBB-P2 Kota Bandung", ["Jatuh Tempo, Potongan, dan Denda"], "ID", {"id.pbb"}),
    ("PBB-P2 Kota Bandung", ["Pengajuan Keberatan"], "ID", {"id.pbb", "id.pbb.keberatan"}),
    # the job-loss benefit is no old-age claim, though its title says "klaim" and "BPJS
    # Ketenagakerjaan" and a question heading names both
    ("Klaim Jaminan Kehilangan Pekerjaan (JKP) - BPJS Ketenagakerjaan",
     ["Siapa yang Berhak", "Apakah bisa klaim JKP dan JHT bersamaan?"], "ID",
     {"id.bpjs-tk.jkp"}),
    ("PERKESO: Faedah Pengurusan Mayat", ["Cara menuntut"], "MY",
     {"my.perkeso.pengurusan-mayat"}),
    ("Retribusi Pelayanan Persampahan untuk Toko", ["Tarif"], "ID", {"id.sampah"}),
    ("Peminjaman Taman Kota untuk Kegiatan", ["Biaya"], "ID", {"id.sewa-gedung"}),
    ("Suntikan Anti-Tifoid dan Kursus Latihan Pengendali Makanan", [], "MY",
     {"my.pengendali-makanan"}),
]


@pytest.mark.parametrize("title, headings, country, expected", DOCUMENTS)
def test_document_covers_the_services_its_title_and_headings_name(
        title: str, headings: list[str], country: str | None, expected: set[str]) -> None:
    assert load_catalogue().of_document(title, headings, country) == expected


def test_document_country_keeps_the_other_countrys_services_out() -> None:
    catalogue = load_catalogue()
    assert catalogue.of_document("Renew passport", [], "MY") == {"my.pasport.perpanjang"}
    assert "my.pasport.perpanjang" in catalogue.of_document("Renew passport", [], None)


# ---------------------------------------------------------------- what a folder lacks

def _missing(question: str, covered: set[str], country: str | None) -> list[str]:
    named = load_catalogue().named_in(question, country)
    return [m.service.id for m in missing_services(named, covered, country)]


def test_a_lost_passport_is_missing_from_a_folder_with_only_renewal() -> None:
    covered = load_catalogue().of_document("Perpanjangan Paspor", [], "ID")
    assert _missing("paspor saya hilang", covered, "ID") == ["id.paspor.hilang"]
    assert _missing("perpanjang paspor", covered, "ID") == []


def test_a_new_licence_is_missing_from_a_folder_with_only_renewal() -> None:
    covered = load_catalogue().of_document("Perpanjangan SIM", ["Syarat"], "ID")
    assert _missing("bikin sim baru", covered, "ID") == ["id.sim.baru"]


def test_a_change_of_address_is_missing_from_a_folder_with_only_lost_ktp() -> None:
    covered = load_catalogue().of_document("KTP-el hilang", [], "ID")
    assert _missing("ganti alamat di ktp", covered, "ID") == ["id.ktp.ubah"]


def test_an_objection_is_missing_from_a_folder_with_only_the_tax_page() -> None:
    covered = load_catalogue().of_document("PBB-P2 Kota Bandung", ["Denda"], "ID")
    assert _missing("keberatan njop pbb gmn", covered, "ID") == ["id.pbb.keberatan"]
    assert _missing("denda pbb brp", covered, "ID") == []
    school = load_catalogue().of_document("SPMB SD dan SMP Kota Kupang", ["Jadwal"], "ID")
    assert _missing("daftar sma negeri kpn", school, "ID") == ["id.ppdb.sma"]
    assert _missing("daftar smp negeri kpn", school, "ID") == []


def test_a_page_of_one_service_of_a_family_is_about_the_family_said_bare() -> None:
    covered = load_catalogue().of_document("Pindah Datang ke Kota Cirebon", ["Syarat"], "ID")
    assert covered == {"id.pindah.datang"}
    bare = load_catalogue().named_in("surat pindah brp hari", "ID")[0]
    assert covers(bare, covered)
    assert _missing("pindah keluar ke surabaya gmn", covered, "ID") == ["id.pindah.keluar"]


def test_restaurants_are_missing_from_a_folder_with_property_tax() -> None:
    covered = load_catalogue().of_document("PBB Kota Denpasar", ["Cara bayar PBB"], "ID")
    assert _missing("restoran enak di denpasar", covered, "ID") == ["other.kuliner"]
    assert _missing("bayar pbb denpasar", covered, "ID") == []


def test_with_no_country_one_countrys_document_answers_the_shared_reading() -> None:
    covered = load_catalogue().of_document("Pembaharuan Pasport Malaysia", [], "MY")
    assert _missing("renew passport", covered, None) == []
    assert _missing("renew passport", covered, "ID") == ["id.paspor.perpanjang"]


def test_nothing_is_missing_when_nothing_is_named() -> None:
    assert _missing("terima kasih", set(), None) == []


def test_an_object_said_alone_names_its_family_with_nothing_done() -> None:
    catalogue = load_catalogue()
    named = catalogue.named_in("e-paspor brp skrg", "ID")
    assert named and {m.service.family for m in named} == {"id.paspor"}
    assert all(m.tier == 0 and m.action_term is None for m in named)
    # a page of any passport service is about it; a driving-licence page is not
    assert covers(named[0], {"id.paspor.perpanjang"})
    assert not covers(named[0], {"id.sim.perpanjang"})
    # a service with something done to it needs that service's page
    lost = catalogue.named_in("paspor hilang", "ID")[0]
    assert lost.service.id == "id.paspor.hilang"
    assert not covers(lost, {"id.paspor.perpanjang"})
    # two letters alone are too often something else ("kk": kakak)
    assert catalogue.named_in("makasih kk", "ID") == []


@pytest.mark.parametrize("question", ["nak buka salun, dokumen apa kena bawa utk lesen?",
                                      "pitbull boleh buat lesen tak"])
def test_a_licence_said_alone_or_only_asked_for_names_no_service(question: str) -> None:
    """A licence may be for driving, a business or a dog: said alone, or with a word that
    only asks for one, it names none; what is done to it ("renew lesen") still does."""
    assert load_catalogue().named_in(question, "MY") == []
    assert load_catalogue().named_in("renew lesen", "MY")[0].service.id == "my.lesen.perpanjang"
    assert load_catalogue().named_in("nak apply lesen berniaga baru", "MY")[0].service.id == (
        "my.lesen-perniagaan")


def test_an_agency_named_alone_is_about_any_page_of_its_services() -> None:
    catalogue = load_catalogue()
    (jpj,) = catalogue.named_in("jpj kulim hari khamis tutup pkl brape", "MY")
    assert jpj.service.id == "my.agency-jpj" and jpj.tier == 0
    assert covers(jpj, {"my.lesen.perpanjang"}) and covers(jpj, {"my.roadtax"})
    assert not covers(jpj, {"my.mykad.hilang"})
    # a service named with it comes first
    assert catalogue.named_in("renew lesen jpj", "MY")[0].service.id == "my.lesen.perpanjang"


def test_a_slip_of_a_catalogue_word_the_folder_knows_is_read_as_that_word() -> None:
    catalogue = load_catalogue()
    folder = {"taksiran", "cukai", "anjing", "lesen", "pasport", "dewan"}

    def known(word: str) -> bool:
        return word in folder

    assert catalogue.respelled("cukai taksirn lambat", known) == "cukai taksiran lambat"
    assert catalogue.respelled("renew pasprot", known) == "renew pasport"
    assert catalogue.named_in(catalogue.respelled("lesen anjng brape setahun", known),
                              "MY")[0].service.id == "my.lesen-anjing"
    # a changed letter makes other words ("depan" is no "dewan"): left as typed
    assert catalogue.respelled("bulan depan", known) == "bulan depan"
    # nor is a word the folder has, or a right word it does not have, guessed
    assert catalogue.respelled("cukai taksirn", lambda w: True) == "cukai taksirn"
    assert catalogue.respelled("lesen anjng", lambda w: w != "anjing") == "lesen anjng"
