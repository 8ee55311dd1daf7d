"""Write questions.jsonl and conversations.jsonl of the peaks-id set (run from anywhere)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

KTP = "id/bandar-lampung/ktp-el-disdukcapil.md"
PBB = "id/bandar-lampung/pbb-p2-bapenda.md"
PBG = "id/bandar-lampung/pbg-dpmptsp.pdf"
SAMPAH = "id/bandar-lampung/sampah-dlh.md"
PASPOR = "id/palu/paspor-kantor-imigrasi.html"
PKM = "id/palu/puskesmas-talise.md"
KIOS = "id/palu/sewa-kios-pasar.docx"
BANSOS = "id/banda-aceh/bantuan-sosial-dinsos.md"
PAJAK = "id/banda-aceh/pajak-makan-minum-bpkk.html"
PDAM = "id/banda-aceh/pdam-tirta-daroy.md"
SIM = "id/nasional/sim-baru-dan-perpanjangan.md"
BPJS = "id/nasional/bpjs-kesehatan-peserta-mandiri.md"

ANSWERABLE = [
    # KTP-el, Disdukcapil Kota Bandar Lampung (5)
    ("adek sy udh 17 mau bikin ktp, bayar brp sih?", KTP, "gratis"),
    ("antrean online ktp dibuka jam brp ya", KTP, "06.00"),
    ("ktp ilang udh ada surat polisi, brp lama jadinya", KTP, "3 hari kerja"),
    ("dukcapil buka sabtu gk, sampe jam brp?", KTP, "12.00 WIB"),
    ("ktp sy ilang lg, ini udh yg ketiga kali taun ini.. ada syarat tambahan gk? takut ditolak", KTP, "Rp10.000"),
    # Paspor, Kantor Imigrasi Palu (5)
    ("brp biaya e-paspor skrg", PASPOR, "Rp690.000"),
    ("paspor jadinya brp hari kerja?", PASPOR, "4 hari kerja"),
    ("paspor sy ilang pas pindahan, kena denda brp gan?", PASPOR, "Rp1.000.000"),
    ("kuota antrian paspor sehari brp org sih, takut ga kebagian", PASPOR, "80 pemohon"),
    ("udh dpt kode billing paspor, bayarnya maks brp lama?", PASPOR, "2 jam"),
    # PBG, DPMPTSP Bandar Lampung (4)
    ("retribusi pbg ruko per meter brp", PBG, "Rp32.000"),
    ("ngurus pbg rumah sederhana pake desain prototipe brp lama jadinya?", PBG, "10 hari kerja"),
    ("klo bangun rumah tanpa pbg dendanya brp persen dr nilai bangunan", PBG, "2%"),
    ("kode bayar retribusi pbg expired stlh brp hari", PBG, "14 hari kalender"),
    # PBB-P2, Bapenda Bandar Lampung (4)
    ("due date pbb taun ini kpn", PBB, "31 Agustus 2026"),
    ("telat bayar pbb kena bunga brp persen sebulan?", PBB, "1% per bulan"),
    ("bayar pbb lbh awal ada diskon gk", PBB, "5%"),
    ("ortu sy udh 70th mau apply keringanan pbb, deadline nya kapan ya?", PBB, "30 Juni 2026"),
    # Sampah, DLH Bandar Lampung (4)
    ("iuran sampah rumah tanga sebulan brp", SAMPAH, "Rp15.000"),
    ("abis renov rumah, puingnya bs diangkut dlh? per rit brp", SAMPAH, "Rp500.000"),
    ("klo jd nasabah bank sampah dpt potongan retribusi gk? brp persen", SAMPAH, "50%"),
    ("nomor call center sampah brp", SAMPAH, "0721-555-0660"),
    # Puskesmas Talise, Palu (4)
    ("puskesmas jumat buka sampe jam brp", PKM, "11.00 WITA"),
    ("cabut gigi di puskesmas klo gk pake bpjs brp ya", PKM, "Rp50.000"),
    ("imunisasi bayi di puskesmas hari apa?", PKM, "Selasa"),
    ("surat rujukan dr puskesmas berlaku brp lama sih", PKM, "90 hari"),
    # Kios pasar, Dinas Perdagangan Palu (4)
    ("sewa kios tertutup di pasar per meter sebulan brp", KIOS, "Rp18.000"),
    ("izin kios pasar (siptu) berlaku brp taun", KIOS, "3 tahun"),
    ("nunggak retribusi kios brp bulan baru dicabut izinnya?", KIOS, "6 bulan"),
    ("jualan di pelataran pasar bayar brp per hari", KIOS, "Rp3.000"),
    # Bantuan sosial, Dinsos Banda Aceh (4)
    ("bantuan buat lansia terlantar dr pemkot brp sebulan", BANSOS, "Rp300.000"),
    ("rumah tetangga kebakaran rusak berat, dpt bantuan brp dr dinsos?", BANSOS, "Rp2.500.000"),
    ("verifkasi lapangan bansos brp lama", BANSOS, "14 hari kerja"),
    ("mau sanggah hasil verifikasi bansos, paling lambat brp hari stlh pengumuman", BANSOS, "30 hari"),
    # PBJT makanan minuman, BPKK Banda Aceh (4)
    ("pajak restoran brp persen", PAJAK, "10%"),
    ("warkop sy omzetnya kecil, kena pajak gk? batas omzetnya brp", PAJAK, "Rp4.000.000"),
    ("lapor sptpd pajak resto paling telat tgl brp", PAJAK, "tanggal 15"),
    ("telat masukin sptpd dendanya brp per masa pajak", PAJAK, "Rp100.000"),
    # PDAM Tirta Daroy, Banda Aceh (4)
    ("pasang baru pdam rumah biayany brp", PDAM, "Rp1.250.000"),
    ("telat bayar tagihan air kena denda brp", PDAM, "Rp10.000"),
    ("air sy diputus krn nunggak, biaya sambung lagi brp", PDAM, "Rp150.000"),
    ("tarif air pemakaian diatas 20 kubik brp per m3?", PDAM, "Rp7.500"),
    # SIM, Korlantas Polri (4)
    ("perpanjnag sim c brp skrg", SIM, "Rp80.000"),
    ("sim sy udh mati, lewat brp hari msh bs diperpanjang?", SIM, "30 hari"),
    ("bikin sim a baru pnbp nya brp bro", SIM, "Rp135.000"),
    ("renew sim online pake apk apa", SIM, "LANTASKU"),
    # BPJS Kesehatan mandiri (4)
    ("iuran bpjs kelas 1 mandiri brp", BPJS, "Rp160.000"),
    ("bayar iuran bpjs paling telat tgl brp tiap bulan", BPJS, "tanggal 10"),
    ("baru daftar bpjs mandiri, kartunya aktif stlh brp hari?", BPJS, "14 hari"),
    ("abis nunggak bpjs trus rawat inap, dendanya maksimal brp?", BPJS, "Rp30.000.000"),
]

NOT_COVERED = [
    # close: neighbouring service of an agency in the folder (Disdukcapil)
    "bikin akta kelahiran anak di dukcapil syaratnya apa aja",
    # close: same service (passport) in a city not in the folder
    "kantor imigrasi surabaya buka sabtu gk? mau perpanjang paspor",
    # close: variant the SIM page explicitly does not describe
    "cara bikin sim internasional gmn ya",
    # close: another document of the same office, explicitly not described (KITAS)
    "suami sy WNA mau perpanjang kitas di imigrasi palu, syaratnya apa?",
    # close: another tax of the same agency, explicitly on another page
    "pajak parkir di banda aceh brp persen",
    # far
    "resep rendang daging biar empuk gmn",
    "hp sy cepet panas pas ngecas, knp ya",
    "persib main lg kpn bro",
    "obat alami sakit kepala apa ya",
    "kucing sy gk mau makan udh 2 hari, hrs gmn dong",
]

CONVERSATIONS = [
    ("id-ktp-hilang", [
        ("ktp sy ilang pas naik angkot, ngurusnya gmn?", "start", KTP),
        ("hrs bawa surat dr polisi gk?", "follow", KTP),
        ("brp lama jadinya?", "follow", KTP),
        ("bs diwakilin ortu gk, sy lg kerja", "follow", KTP),
    ]),
    ("id-paspor-umroh", [
        ("mau bikin paspor buat umroh, syaratnya apa aja", "start", PASPOR),
        ("biayanya brp yg elektronik?", "follow", PASPOR),
        ("bs jadi hari itu jg gk", "follow", PASPOR),
        ("oh iya sekalian, perpanjang sim c bs online kan?", "new", SIM),
        ("ongkirnya brp?", "follow", SIM),
    ]),
    ("id-pbb-rumah", [
        ("cara cek tunggakan pbb rumah gmn", "start", PBB),
        ("trs bayarnya bs lewat apa aja?", "follow", PBB),
        ("rumahnya mau sy tingkat jd 2 lantai, perlu izin apa ya", "new", PBG),
        ("retribusinya per meter brp buat rumah?", "follow", PBG),
    ]),
    ("id-pdam-pasang", [
        ("mau pasang air pdam di rumah baru, caranya gmn", "start", PDAM),
        ("survei nya brp hari?", "follow", PDAM),
        ("klo telat bayar tagihan gmn", "follow", PDAM),
    ]),
    ("id-kios-pasar", [
        ("mau sewa kios di pasar inpres manonda, daftarnya dmn", "start", KIOS),
        ("brp hari izinnya keluar?", "follow", KIOS),
        ("eh ibu sy mau cek gula darah di puskesmas, klo pasien umum brp", "new", PKM),
        ("buka hari sabtu jg gk?", "follow", PKM),
    ]),
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"{len(ANSWERABLE) + len(NOT_COVERED)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
