"""Write ../questions.jsonl and ../conversations.jsonl from the lists below.

Run:  python build/make_sets.py   (any Python 3; paths are relative to this script)
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

KTP = "id/kota-tasikmalaya/ktp-el-disdukcapil.md"
NIB = "id/kota-tasikmalaya/nib-izin-usaha-dpmptsp.md"
PBB = "id/kota-tasikmalaya/pbb-p2-bppd.md"
SAMPAH = "id/kota-tasikmalaya/retribusi-sampah-dlh.html"
RSUD = "id/kota-pekalongan/rawat-jalan-rsud-bendan.docx"
AIR = "id/kota-pekalongan/sambungan-air-minum.md"
PASAR = "id/kota-pekalongan/sewa-kios-pasar.html"
PASPOR = "id/kota-bengkulu/paspor-kanim-bengkulu.pdf"
RESTO = "id/kota-bengkulu/pajak-restoran-bapenda.md"
PBG = "id/kota-bengkulu/pbg-dpmptsp.md"
SIM = "id/nasional/perpanjangan-sim.md"
BPJS = "id/nasional/bpjs-kesehatan-mandiri.md"

# (question, doc, fact)
ANSWERABLE = [
    # KTP-el, Disdukcapil Kota Tasikmalaya (5)
    ("ktp sy patah, gantinya bayar gk?", KTP, "gratis"),
    ("antrian online buat rekam e-ktp pake aplikasi apa ya", KTP, "SAKTI Dukcapil"),
    ("kuota rekam ktp sehari brp org sih", KTP, "150"),
    ("nenek sy udh gk bs jalan, bs gk petugas dukcapil dtg ke rmh buat rekam ktp? hubungin kmn ya", KTP,
     "0812-2045-7731"),
    ("surat kehilangan dr polisi buat ganti ktp yg ilang itu berlaku brp lama, punya sy udh agak lama", KTP,
     "30 hari"),
    # Paspor, Kantor Imigrasi Bengkulu (5)
    ("brp harga e-paspor skrg?", PASPOR, "Rp675.000"),
    ("bikin paspor baru jadinya brp hari kerja gan", PASPOR, "4 hari kerja"),
    ("ambil paspor yg udh jadi jam brp aja", PASPOR, "13.00"),
    ("paspor sy udh jadi tp sy lg dinas luar kota sebulanan, ada batas waktu ambilnya ga? takut hangus", PASPOR,
     "30 hari"),
    ("udh dpt kode billing paspor, hrs dibayar dlm brp lama sblm expired?", PASPOR, "2 jam"),
    # NIB, DPMPTSP Kota Tasikmalaya (4)
    ("usaha sy risiko menengah tinggi, verifikasi sertifikat standarnya brp lama", NIB, "5 hari kerja"),
    ("klinik investasi buka sampe jam brp", NIB, "14.00"),
    ("minta no wa buat pendampingan apply nib dong", NIB, "0813-2100-4590"),
    ("lupa password oss, email lama udh gk aktif. kl update data akun di klinik brp lama prosesnya?", NIB,
     "2 hari kerja"),
    # PBB-P2, Kota Tasikmalaya (4)
    ("pbb taun ini due kapan", PBB, "31 Agustus 2026"),
    ("telat bayar pbb kena denda brp persen?", PBB, "1% per bulan"),
    ("kalo bayar pbb lbh awal dpt potongan brp persen", PBB, "10%"),
    ("bapak sy pensiunan, bs ngajuin keringanan pbb gk? maksimal brp persen", PBB, "50%"),
    # Retribusi sampah, DLH Kota Tasikmalaya (4)
    ("iuran sampah rumah tangga sebulan brp", SAMPAH, "Rp10.000"),
    ("mau buang kasur bekas yg gede, bs diangkut dinas gk? biayanya brp", SAMPAH, "Rp150.000"),
    ("denda buang sampah ke sungai brp sih", SAMPAH, "Rp500.000"),
    ("kl sy aktif nabung di bank sampah dpt potongan retribusi gk? brp", SAMPAH, "50%"),
    # RSUD Bendan, Kota Pekalongan (4)
    ("daftar poli rsud online pake apk apa", RSUD, "ANTREAN BENDAN"),
    ("konsul dokter spesialis pasien umum brp", RSUD, "Rp85.000"),
    ("rujukan bpjs dr puskesmas buat kontrol ke rsud berlaku brp lama ya", RSUD, "90 hari"),
    ("jam besuk rsud yg sore jam brp", RSUD, "17.00"),
    # Air minum, Perumda Air Minum Kota Pekalongan (4)
    ("pasang pdam baru buat rumah brp", AIR, "Rp1.250.000"),
    ("bayar tagihan air paling lambat tgl brp tiap bulan", AIR, "tanggal 20"),
    ("telat byr pdam dendanya brp", AIR, "Rp7.500"),
    ("meteran air sy disegel gara2 nunggak 2 bln, buka segelnya bayar brp", AIR, "Rp50.000"),
    # Kios pasar, Dindagkop-UKM Kota Pekalongan (4)
    ("sewa kios di pasar banjarsari brp per meter sebulan?", PASAR, "Rp45.000"),
    ("izin penempatan kios pasar berlaku brp taun", PASAR, "3 tahun"),
    ("kpn paling telat perpanjang SIP kios biar gk gugur", PASAR, "30 hari"),
    ("bapak sy udh meninggal, kios pasarnya mau dibalik nama ke sy. biayanya brp ya", PASAR, "Rp250.000"),
    # Pajak restoran, Bapenda Kota Bengkulu (4)
    ("pajak resto brp persen sih", RESTO, "10%"),
    ("warung kopi kecil omzetnya dikit kena pajak restoran ga? batas omzetnya brp", RESTO, "Rp5.000.000"),
    ("deadline setor pajak restoran tiap bulan tgl brp", RESTO, "tanggal 15"),
    ("telat lapor pajak resto dendanya brp per masa pajak", RESTO, "Rp100.000"),
    # PBG, DPMPTSP Kota Bengkulu (4)
    ("ngurus pbg brp lama jadinya", PBG, "25 hari kerja"),
    ("retribusi pbg buat rumah 120 m2 per meternya brp", PBG, "Rp17.500"),
    ("kl bangun rumah tanpa pbg dendanya brp", PBG, "2%"),
    ("helpdesk simbg wa nya brp", PBG, "0821-7300-4412"),
    # Perpanjangan SIM, nasional (4)
    ("perpanjang sim c brp", SIM, "Rp80.000"),
    ("sim bs di renew dr brp bulan sblm abis?", SIM, "3 bulan"),
    ("tes psikologi buat perpanjang sim biayanya brp", SIM, "Rp45.000"),
    ("sim sy abis pas lg kerja di luar negri, ada kelonggaran gk buat perpanjang? brp hari", SIM, "30 hari"),
    # BPJS Kesehatan peserta mandiri, nasional (4)
    ("iuran bpjs kelas 3 sebulan brp", BPJS, "Rp42.000"),
    ("baru daftar bpjs mandiri, kpn kartunya bs dipake berobat?", BPJS, "14 hari"),
    ("bayar iuran bpjs paling lambat tgl brp biar gk nonaktif", BPJS, "tanggal 10"),
    ("mau naik kelas bpjs dr kelas 3 ke 2, hrs nunggu brp lama?", BPJS, "1 tahun"),
]

# (question, kind, why it is not covered)
NOT_COVERED = [
    ("syarat bikin akta kelahiran anak di dukcapil apa aja", "close",
     "another document of the same office: the Disdukcapil page covers only KTP-el"),
    ("bikin sim c baru pertama kali, ujian prakteknya gmn sih", "close",
     "variant the SIM page explicitly excludes (it covers renewal only)"),
    ("bayar pbb kota cirebon bs lewat apa aja", "close",
     "same service in a city not in the folder (PBB page is Kota Tasikmalaya)"),
    ("cara perpanjang kitas suami sy yg wna di imigrasi gmn", "close",
     "neighbouring service of the immigration office (the page covers only passports for citizens)"),
    ("pasang spanduk promo di depan toko kena pajak reklame brp?", "close",
     "neighbouring tax of the same Bapenda (the page covers only the restaurant tax)"),
    ("resep rendang daging biar empuk gmn", "far", "cooking"),
    ("hp sy cepet panas kl main game, solusinya apa ya", "far", "phones"),
    ("timnas main lg kpn bro", "far", "sports"),
    ("obat sakit kepala yg aman buat ibu hamil apa", "far", "health tips"),
    ("kucing sy gk mau makan udh 2 hari, knp ya", "far", "pets"),
]

CONVERSATIONS = [
    ("id-ktp-rusak", [
        ("e-ktp sy chipnya gk kebaca lg, mau ganti gmn caranya", "start", KTP),
        ("brp lama jadinya?", "follow", KTP),
        ("sabtu buka gk", "follow", KTP),
        ("kl sy lg kerja, bs diambilin adek sy ga?", "follow", KTP),
    ]),
    ("id-paspor-sim", [
        ("mau renew paspor yg bentar lagi abis, syaratnya apa aja", "start", PASPOR),
        ("biayanya brp kl yg elektronik?", "follow", PASPOR),
        ("oh iya sim A sy jg abis bulan dpn, bs perpanjang online gk?", "new", SIM),
        ("ongkir sim nya brp", "follow", SIM),
    ]),
    ("id-air-pasar", [
        ("mau pasang air pdam di rumah baru, syaratnya apa ya", "start", AIR),
        ("pemasangannya brp lama?", "follow", AIR),
        ("btw kl mau sewa kios di pasar buat jualan batik, syaratnya apa aja", "new", PASAR),
        ("sewanya brp sebulan", "follow", PASAR),
        ("bayarnya paling telat tgl brp", "follow", PASAR),
    ]),
    ("id-rsud-bendan", [
        ("mau berobat ke poli penyakit dalam rsud bendan pake bpjs, bawa apa aja", "start", RSUD),
        ("loketnya buka jam brp", "follow", RSUD),
        ("kl jumat sampe jam brp?", "follow", RSUD),
    ]),
    ("id-pbg-kafe", [
        ("mau bangun rumah di bengkulu, perlu urus pbg gk sih", "start", PBG),
        ("prosesnya brp lama", "follow", PBG),
        ("trus kl bagian depannya nanti dijadiin kafe, pajak restorannya brp persen?", "new", RESTO),
        ("lapornya tiap tgl brp", "follow", RESTO),
    ]),
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            row = {"q": q, "lang": "id", "country": "ID", "docs": [doc], "fact": fact}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            row = {"q": q, "lang": "id", "country": "ID", "docs": []}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            row = {"id": cid, "lang": "id", "country": "ID",
                   "turns": [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in turns]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ANSWERABLE) + len(NOT_COVERED)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
