"""Write ../questions.jsonl and ../conversations.jsonl of the isles-id set.

    python build/make_questions.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

KK = "id/tangerang/perubahan-kk.md"
BANK = "id/tangerang/bank-sampah.md"
MAKAM = "id/tangerang/izin-petak-makam-tpu.pdf"
BUS = "id/tangerang/kartu-bus-tayo.html"
HALAL = "id/kendari/sertifikasi-halal-umk.md"
PJU = "id/kendari/lampu-jalan-padam.md"
RABIES = "id/kendari/vaksinasi-rabies.docx"
GOR = "id/gorontalo/sewa-fasilitas-olahraga.html"
DAMKAR = "id/gorontalo/pemeriksaan-proteksi-kebakaran.md"
BEA = "id/gorontalo/beasiswa-pelajar.md"
BPJS = "id/nasional/perubahan-kelas-bpjs-kesehatan.md"
SKCK = "id/nasional/skck.md"

# (question, document, fact)
ANSWERABLE: list[tuple[str, str, str]] = [
    # family card change (Tangerang)
    ("telat lapor perubahan kk kena denda brp ya", KK, "Rp25.000"),
    ("klo ubah data kk lewat online brp lama jadinya?", KK, "3 hari kerja"),
    ("dukcapil buka sabtu gk sih", KK, "12.00"),
    ("udh download kk baru dr aplikasi, kk yg lama hrs diserahin ke kelurahan kpn deadline nya?",
     KK, "14 hari"),
    # waste bank (Tangerang)
    ("kaleng alumunium sekilo dihargai brp di bank sampah", BANK, "Rp9.500"),
    ("saldo tabungan sampah minimal brp biar bs dicairin", BANK, "Rp20.000"),
    ("jadwal nimbang sampah di bank sampah induk kpn aja?", BANK, "minggu kedua dan keempat"),
    ("mau bikin bank sampah di RW sy, minimal hrs ada brp nasabah?", BANK, "20 nasabah"),
    # cemetery plot (Tangerang, PDF)
    ("biaya makam di tpu buat warga luar kota brp", MAKAM, "Rp600.000"),
    ("perpanjang izin makam ortu bayar brp?", MAKAM, "Rp100.000"),
    ("klo izin makam gk diperpanjang, brp lama sampe makamnya bs dipake org lain?",
     MAKAM, "6 bulan"),
    ("nomor hotline pemakaman yg 24 jam brp ya", MAKAM, "0811-1900-6262"),
    # city bus card (Tangerang, HTML)
    ("ongkos bus tayo buat pelajar brp", BUS, "Rp2.000"),
    ("top up kartu tayo minimal brp", BUS, "Rp10.000"),
    ("kartu tayo sy ilang, bikin yg baru bayar brp? saldonya bs dipindah gk", BUS, "Rp15.000"),
    ("bus tayo operasi sampe jam brp malem?", BUS, "21.00"),
    # halal certificate for micro businesses (Kendari)
    ("omzet maks brp biar bs ikut sertifikasi halal gratis", HALAL, "Rp500 juta"),
    ("ngurus halal self declare brp lama sampe sertifikatnya jadi", HALAL, "21 hari kerja"),
    ("klinik halal buka hari apa aja", HALAL, "Selasa dan Kamis"),
    ("1 usaha bs daftarin brp produk sekaligus buat halal gratisan?", HALAL, "5 jenis produk"),
    # street-light report (Kendari)
    ("lampu jalan dpn rumah mati, lapor ke WA brp?", PJU, "0852-4100-7788"),
    ("lampu pju di jalan protokol mati, brp lama dibenerin", PJU, "2x24 jam"),
    ("lampu jalan di gang sy padam, target perbaikannya brp hari sih", PJU, "5 hari kerja"),
    ("mau request pasang lampu jalan baru di jalan kompleks, minimal brp titik?", PJU, "3 titik"),
    # rabies vaccination (Kendari, DOCX)
    ("vaksin rabies di puskeswan bayar gk?", RABIES, "Rp25.000"),
    ("anjing sy ditangkep petugas krn lepas, tebusannya brp", RABIES, "Rp250.000"),
    ("anak kucing umur brp udh boleh vaksin rabies", RABIES, "3 bulan"),
    ("puskeswan buka sabtu gk? sampe jam brp", RABIES, "11.00"),
    # sports venue booking (Gorontalo, HTML)
    ("sewa lapangan futsal malem brp sejam", GOR, "Rp200.000"),
    ("klo cancel booking lapangan seminggu sblmnya dpt refund brp persen", GOR, "75%"),
    ("sekolah dpt diskon gk klo sewa gor buat olahraga siswa", GOR, "30%"),
    ("dp sewa lapangan brp persen?", GOR, "50%"),
    # fire-safety inspection (Gorontalo)
    ("retrebusi pemeriksaan damkar buat gedung 3000 m2 brp", DAMKAR, "Rp1.500.000"),
    ("surat rekomendasi damkar berlaku brp lama", DAMKAR, "1 tahun"),
    ("gedung sy gagal inspeksi kebakaran, dikasih waktu brp lama buat benerin?", DAMKAR,
     "60 hari"),
    ("inspeksi damkar bs hari sabtu gk, ada biaya tambahan?", DAMKAR, "Rp300.000"),
    # school scholarship (Gorontalo)
    ("beasiswa prestasi anak smp dpt brp setahun", BEA, "Rp1.800.000"),
    ("deadline daftar beasiswa pelajar kpn", BEA, "15 April 2026"),
    ("nilai rapor minimal brp buat beasiswa akademik?", BEA, "85"),
    ("pengumuman penerima beasiwa kpn ya", BEA, "29 Mei 2026"),
    # BPJS Kesehatan class change (national)
    ("iuran bpjs mandiri kelas 2 brp skrg", BPJS, "Rp105.000"),
    ("udh brp lama baru bs pindah kelas bpjs?", BPJS, "12 bulan"),
    ("klo sy naik kelas bpjs, kelas barunya mulai berlaku kpn", BPJS, "tanggal 1"),
    ("bayar iuran bpjs mandiri due date nya tgl brp tiap bulan", BPJS, "tanggal 10"),
    ("nunggak bpjs lama bgt, tunggakannya dihitung max brp bulan?", BPJS, "24 bulan"),
    # SKCK (national)
    ("biaya bikin skck brp", SKCK, "Rp35.000"),
    ("skck berlaku brp lama sih", SKCK, "6 bulan"),
    ("pas foto buat skck background warna apa?", SKCK, "merah"),
    ("skck sy expired udh 2 taun, msh bs renew gk?", SKCK, "1 tahun"),
    ("polres buka jumat sampe jam brp buat skck", SKCK, "11.00"),
]

CLOSE: list[str] = [
    # Disdukcapil's other document: the KK page says birth certificates are not described
    "cara bikin akta lahir anak gmn sih, syaratnya apa aja",
    # SKCK variant the page says it does not cover
    "skck buat kerja ke jepang syaratnya apa aja, bs di polres gk",
    # same service, a city that is not in the folder
    "sewa gor di manado brp sejam",
    # neighbouring service of the Dishub (bus card, street lights): vehicle test
    "uji kir angkot di dishub brp biayanya",
    # halal certification variant the page excludes (regular route, large business)
    "sertifikat halal jalur reguler buat pabrik roti brp biayanya",
]

FAR: list[str] = [
    "resep sambal roa yg enak gmn",
    "hp 2jtan yg kameranya bagus apa ya gan",
    "timnas main lg kpn bro",
    "obat masuk angin alami apa aja",
    "kucing sy gk mau makan udh 2 hari knp ya",
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("id-kartu-tayo", [
        ("kartu bus tayo belinya dmn sih", "start", BUS),
        ("harganya brp?", "follow", BUS),
        ("klo ilang gmn, saldonya ikut ilang?", "follow", BUS),
    ]),
    ("id-pecah-kk", [
        ("mau pecah kk abis nikah, syaratnya apa aja", "start", KK),
        ("bs online gk?", "follow", KK),
        ("brp lama jadinya", "follow", KK),
        ("oh iya sekalian, bikin skck biayanya brp ya", "new", SKCK),
        ("berlakunya brp lama?", "follow", SKCK),
    ]),
    ("id-vaksin-anjing", [
        ("mau vaksin rabies anjing sy, dmn ya", "start", RABIES),
        ("bayar gk?", "follow", RABIES),
        ("puskeswannya buka sabtu?", "follow", RABIES),
    ]),
    ("id-booking-futsal", [
        ("booking lapangan futsal gmn caranya", "start", GOR),
        ("dp nya brp?", "follow", GOR),
        ("eh btw beasiswa smp buat anak sy daftarnya kpn ya", "new", BEA),
        ("dapetnya brp?", "follow", BEA),
    ]),
    ("id-halal-sambal", [
        ("sy jualan sambal rumahan, mau ngurus halal gratis bs gk", "start", HALAL),
        ("lama gk prosesnya?", "follow", HALAL),
        ("btw lampu jalan dpn rumah mati udh seminggu, lapor kmn ya", "new", PJU),
        ("biasanya brp lama baru dibenerin?", "follow", PJU),
    ]),
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in CLOSE + FAR:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(CLOSE) + len(FAR)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
