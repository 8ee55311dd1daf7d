"""Write questions.jsonl and conversations.jsonl for the valleys-id set.

Run:  python3 build/make_questions.py   (standard library only)
"""

from __future__ import annotations

import json
from pathlib import Path

SET = Path(__file__).resolve().parent.parent

SKCK = "id/nasional/skck-polri.md"
NIB = "id/nasional/nib-oss.md"
PBB = "id/serang/pbb-p2.md"
SAMPAH = "id/serang/sampah-retribusi.html"
AKTA = "id/serang/akta-kelahiran.md"
REKLAME = "id/serang/izin-reklame.md"
AIR = "id/pematangsiantar/tagihan-air-tirtauli.docx"
KIOS = "id/pematangsiantar/sewa-kios-pasar.md"
DBD = "id/pematangsiantar/fogging-dbd.md"
BANJIR = "id/bitung/bantuan-banjir.pdf"
PBG = "id/bitung/pbg-bangunan.md"
PARKIR = "id/bitung/parkir-langganan.html"

# (question, document, fact)
ANSWERABLE = [
    # SKCK (national)
    ("skck brp lama berlakunya?", SKCK, "8 bulan"),
    ("min skck sy udh abis 2 bulanan, msh bisa perpanjang apa hrs bikin baru?", SKCK, "90 hari"),
    ("biaya perpanjang skck", SKCK, "Rp35.000"),
    ("udh daftar skck online tp blm bayar, kode billing nya berlaku brp jam sih?", SKCK,
     "3 jam"),
    ("skck buat apply visa kerja ke jepang bikinnya di polres apa dmn ya kak", SKCK,
     "Baintelkam"),
    # NIB / OSS (national)
    ("bikin NIB di oss bayar ga?", NIB, "gratis"),
    ("kbli sy resiko menengah tinggi, verifikasi sertifikat standarnya brp hari kerja ya",
     NIB, "12 hari kerja"),
    ("lupa password akun oss gmn resetnya", NIB, "Lupa Kata Sandi"),
    ("deadline lapor LKPM tiap triwulan tgl brp sih gan", NIB, "tanggal 10"),
    # PBB-P2 Serang
    ("pbb telat bayar dendanya brp persen", PBB, "1% per bulan"),
    ("kak mau nanya kapan batas akhir bayar pbb tahun ini?", PBB, "31 Agustus"),
    ("njop rumah ortu skitar 2 M, tarif pbb nya brp persen ya", PBB, "0,15%"),
    ("bapak sy pensiunan, bs dapet keringanan pbb ga ya min", PBB, "50%"),
    ("abis beli rumah mau balik nama sppt pbb, brp lama prosesnya?", PBB, "7 hari kerja"),
    # Sampah Serang
    ("iuran sampah rumah 900va sebulan brp?", SAMPAH, "Rp8.000"),
    ("abis hajatan sampahnya numpuk bgt, bisa minta truk dlh angkut? biayanya brp", SAMPAH,
     "Rp150.000"),
    ("nunggak iuran sampah 3 bulan, diapain?", SAMPAH, "dihentikan sementara"),
    ("klo rajin setor ke bank sampah dapet potongan retribusi ga sih", SAMPAH, "50%"),
    # Akta kelahiran Serang
    ("telat lapor kelahiran anak lewat 60 hari kena denda brp", AKTA, "Rp50.000"),
    ("bikin akta lahir bayar ga kak", AKTA, "tidak dipungut biaya"),
    ("kami nikah siri blm ada buku nikah, bisa bikin akta anak gak?", AKTA, "SPTJM"),
    ("akta kelahiran via si-duta online brp hari jadinya", AKTA, "3 hari kerja"),
    # Reklame Serang
    ("pajak spanduk promo toko per m2 seminggu brp?", REKLAME, "Rp15.000"),
    ("baliho sy dibongkar satpol pp krn izin abis, biaya bongkarnya brp", REKLAME,
     "Rp750.000"),
    ("izin billboard brp lama keluarnya", REKLAME, "10 hari kerja"),
    ("daftar izin reklame online lewat portal apa ya namanya", REKLAME, "SiCantik Serang"),
    # Tagihan air Tirtauli Pematangsiantar
    ("telat bayar pdam denda brp", AIR, "Rp7.500"),
    ("pasang sambungan baru air tirtauli utk rumah biayanya berapaan?", AIR, "Rp1.350.000"),
    ("air dirumah disegel gara2 nunggak, buka segelnya bayar brp", AIR, "Rp50.000"),
    ("tarif air rumah tangga A per kubik brp kalo pemakaian dibawah 10 m3?", AIR, "Rp2.900"),
    # Sewa kios pasar Pematangsiantar
    ("sewa kios di pasar horas per meter sebulan brp?", KIOS, "Rp42.000"),
    ("klo nyewa kios di pasar kontraknya brp tahun sekali ya", KIOS, "3 tahun"),
    ("sewa kios nunggak 3 bln, diapain sm perumda?", KIOS, "disegel"),
    ("bongkar muat barang pake truk di pasar boleh jam brp aja", KIOS, "04.00 sampai 07.00"),
    # DBD / fogging Pematangsiantar
    ("mau minta fogging di gang rumah, blm ada yg kena dbd sih. bisa?", DBD, "tidak dilayani"),
    ("bubuk abate gratis? dpt brp sachet", DBD, "10 sachet"),
    ("fogging biasanya jam brp pagi", DBD, "06.00 sampai 09.00"),
    ("lahan kosong sebelah rumah bnyk jentik, pemiliknya bisa didenda ga? brp?", DBD,
     "Rp500.000"),
    # Bantuan banjir Bitung
    ("rumah rusak sedang kena banjir dapet bantuan brp", BANJIR, "Rp12.500.000"),
    ("motor sy kerendem banjir, bpbd ganti rugi gak?", BANJIR, "asuransi"),
    ("pas pendataan korban banjir sy lg di manado, msh bisa daftar susulan?", BANJIR,
     "14 hari"),
    ("nomor pusdalops bpbd", BANJIR, "7310-112"),
    # PBG Bitung
    ("mau bangun rumah, retribusi pbg per m2 nya brp skrg?", PBG, "Rp18.500"),
    ("tetangga bangun rumah tanpa imb/pbg, dendanya brp sih?", PBG, "10%"),
    ("pbg rumah pake desain prototipe brp hari jadi", PBG, "3 hari kerja"),
    ("SLF rumah tinggal berlaku brp thn", PBG, "20 tahun"),
    # Parkir Bitung
    ("parkir motor brp?", PARKIR, "Rp2.000"),
    ("sy kerja di pertokoan, kartu langganan parkir mobil sebulan harganya brp?", PARKIR, "Rp110.000"),
    ("mobil gw diderek dishub td pagi, biaya dereknya brp ya", PARKIR, "Rp250.000"),
    ("kartu parkir langganan ilang gmn", PARKIR, "Rp15.000"),
]

# (question, kind, why it is not covered)
NOT_COVERED = [
    ("syarat bikin ktp-el baru di disdukcapil serang apa aja?", "close",
     "same agency (Disdukcapil Kota Serang), another service: the folder has only birth "
     "certificates"),
    ("bikin SIM C baru di polres syaratnya apa aja", "close",
     "same agency (Polri), another service: the folder has SKCK, not driving licences"),
    ("telat bayar pdam di bitung dendanya brp?", "close",
     "same service in another city: the water-bill document is Tirtauli, Pematangsiantar"),
    ("parkir mobil di pelabuhan bitung brp sejam", "close",
     "variant the parking document says it does not handle (port parking has its own "
     "operator's tariff)"),
    ("rumah kebakaran di bitung, ada bantuan dr bpbd ga?", "close",
     "variant the disaster-aid document excludes (fires go to the fire service and social "
     "affairs office)"),
    ("ada resep rendang padang yg dagingnya empuk gmn caranya", "far", "cooking recipe"),
    ("skor persib semalem brp?", "far", "football result"),
    ("hp android 2 jutaan yg kameranya bagus apa ya", "far", "phone shopping"),
    ("besok di bitung hujan ga ya", "far", "weather forecast"),
    ("cara download lagu dari youtube ke mp3", "far", "unrelated how-to (internet)"),
]

CONVERSATIONS = [
    ("id-skck-baru", [
        ("mau bikin skck baru syaratnya apa aja", "start", SKCK),
        ("biayanya brp?", "follow", SKCK),
        ("bisa daftar online ga?", "follow", SKCK),
        ("trus jadinya brp lama", "follow", SKCK),
    ]),
    ("id-serang-pbb-sampah", [
        ("cara bayar pbb di serang gmn ya", "start", PBB),
        ("kalo telat dendanya?", "follow", PBB),
        ("oiya sekalian, iuran sampah rumah sebulan brp?", "new", SAMPAH),
        ("bayarnya kmn?", "follow", SAMPAH),
    ]),
    ("id-siantar-air-kios", [
        ("air pdam dirumah disegel, gmn bukanya", "start", AIR),
        ("brp biayanya?", "follow", AIR),
        ("kantornya buka sabtu ga", "follow", AIR),
        ("trus klo mau sewa kios di pasar horas gmn caranya", "new", KIOS),
    ]),
    ("id-bitung-longsor-pbg", [
        ("rumah kena longsor kemarin, ada bantuan dr pemkot?", "start", BANJIR),
        ("syaratnya apa aja", "follow", BANJIR),
        ("cairnya kpn?", "follow", BANJIR),
        ("klo mau bangun ulang rumahnya perlu urus PBG ga?", "new", PBG),
        ("brp lama prosesnya", "follow", PBG),
    ]),
    ("id-nib-usaha-rumahan", [
        ("cara daftar nib buat usaha kue rumahan", "start", NIB),
        ("hrs punya npwp dulu?", "follow", NIB),
        ("klo nanti pindah alamat usaha gmn ubahnya", "follow", NIB),
    ]),
]


def main() -> None:
    base = {"lang": "id", "country": "ID"}
    with open(SET / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, **base, "docs": [doc], "fact": fact},
                                ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            fh.write(json.dumps({"q": q, **base, "docs": []}, ensure_ascii=False) + "\n")
    with open(SET / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, **base,
                                 "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"{len(ANSWERABLE) + len(NOT_COVERED)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
