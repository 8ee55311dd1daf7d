"""Write questions.jsonl (60 lines) and conversations.jsonl (5 lines) of springs-id."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

PASPOR = "id/nasional/paspor-biasa.md"
BPJS = "id/nasional/bpjs-kesehatan-mandiri.md"
PBB = "id/cimahi/pbb-p2.md"
AKTA = "id/cimahi/akta-kelahiran.md"
SAMPAH = "id/cimahi/angkutan-sampah.html"
REKLAME = "id/cimahi/izin-reklame.pdf"
AIR = "id/pangkalpinang/tarif-air-minum.docx"
DBD = "id/pangkalpinang/pengendalian-dbd.md"
BANJIR = "id/pangkalpinang/bantuan-banjir.md"
PBG = "id/palangka-raya/persetujuan-bangunan-gedung.html"
PINDAH = "id/palangka-raya/pindah-domisili.md"
PARKIR = "id/palangka-raya/parkir.md"

# (question, doc, fact)
ANSWERABLE = [
    # paspor (5)
    ("brp biaya e-paspor skrg?", PASPOR, "Rp680.000"),
    ("paspor sy ilang pas liburan, dendanya brp ya kak", PASPOR, "Rp1.250.000"),
    ("bikin paspor brp lama jadinya", PASPOR, "4 hari kerja"),
    ("min kuota antrean paspor di app dibuka jam brp sih? tiap buka slalu full", PASPOR,
     "17.00"),
    ("paspor sy rusak gara2 rumah kebanjiran, tetep kena denda ga??", PASPOR, "BPBD"),
    # bpjs (5)
    ("iuran bpjs mandiri kelas 2 brp sebulan", BPJS, "Rp108.000"),
    ("kalo telat bayar bpjs trus abis itu opname, denda maksimalnya brp?", BPJS,
     "Rp27.500.000"),
    ("mau turun kelas bpjs dr kelas 1 ke kelas 3, hrs nunggu brp lama dulu?", BPJS, "9 bulan"),
    ("nunggak bpjs udh 8 bulan bs dicicil gak", BPJS, "10 kali"),
    ("bayi baru lahir paling lambat kpn didaftarin bpjs", BPJS, "28 hari"),
    # pbb cimahi (4)
    ("pbb 2026 jatuh tempo kapan", PBB, "30 September 2026"),
    ("kalo telat bayar pbb dendanya brp persen sebulan ya min", PBB, "1,2%"),
    ("rumah njop 1,2 M tarif pbb nya brp persen ya", PBB, "0,14%"),
    ("abis beli rumah mau balik nama sppt, brp hari kelarnya gan", PBB, "5 hari kerja"),
    # akta cimahi (4)
    ("bikin akta lahir anak udh telat 3 bulan, kena denda ga?", AKTA,
     "surat pernyataan keterlambatan"),
    ("ngurus akta kelahran online lwt apa ya", AKTA, "Dukcapil Cimahi Online"),
    ("lahiran di rs cibabat bs lgsg dibikinin akta gak", AKTA, "Lahir Langsung Akta"),
    ("akta yg dikirim ke email nge-print nya pake kertas apa", AKTA, "80 gram"),
    # sampah cimahi (4)
    ("mau buang kasur bekas gmn caranya, bayar ga?", SAMPAH, "Rp50.000"),
    ("retrebusi sampah rumah listrik 2200 VA brp per bulan", SAMPAH, "Rp15.000"),
    ("sampah depan rumah udh 3 hari ga diangkut, lapor kmn ya", SAMPAH, "0813 2100 4455"),
    ("denda buang sampah ke sungai brp", SAMPAH, "Rp500.000"),
    # reklame cimahi (4)
    ("izin pasang spanduk buat event brp hari prosesnya", REKLAME, "2 hari kerja"),
    ("papan nama toko kecil nempel di tembok perlu izin reklame jg?", REKLAME, "1 m2"),
    ("kalo billboard kita dibongkar satpol pp hrs bayar brp", REKLAME, "Rp1.500.000"),
    ("izin billboard kita mau abis, perpanjangnya paling lambat kpn sih", REKLAME, "14 hari"),
    # air pangkalpinang (4)
    ("tarif pdam rumah tangga A kalo pake 15 kubik per m3 nya brp", AIR, "Rp4.900"),
    ("bayar tagihan pdam paling telat tgl brp", AIR, "tanggal 20"),
    ("air udh disegel krn nunggak, buka segelnya bayar brp", AIR, "Rp75.000"),
    ("tagihan air tiba2 naik drastis, mau complain paling lambat kpn?", AIR, "30 hari"),
    # dbd pangkalpinang (4)
    ("tetangga kena DBD, kapan petugas puskesmas dtg ngecek?", DBD, "1x24 jam"),
    ("bubuk abate 1 sachet buat brp liter air", DBD, "100 liter"),
    ("fogging biasanya jam brp", DBD, "06.00"),
    ("hotline dbd dinkes brp", DBD, "0812 7190 5532"),
    # banjir pangkalpinang (4)
    ("rumah sy rusak sedang krn banjir kemarin, bantuannya dpt brp", BANJIR, "Rp12.500.000"),
    ("sy ngontrak, rumahnya kebanjiran. dpt bantuan jg gak?", BANJIR, "Rp1.500.000"),
    ("abis banjir surut kpn tim bpbd dtg ngecek kerusakan", BANJIR, "3x24 jam"),
    ("dana perbaikan rumah cairnya kapan sih lama bgt", BANJIR, "45 hari kerja"),
    # pbg palangka raya (4)
    ("ngurus PBG rumah 1 lantai brp lama", PBG, "12 hari kerja"),
    ("mau bangun rumah, retribusi pbg rumah tinggal per meter nya brp", PBG, "Rp11.500"),
    ("rumah udh lama dibangun tp blm ada imb, kalo ngurus skrg kena denda ga", PBG,
     "31 Desember 2026"),
    ("ada tempat konsultasi gratis buat gambar pbg ga, buka hari apa aja", PBG, "Selasa"),
    # pindah palangka raya (4)
    ("SKPWNI berlaku brp lama", PINDAH, "90 hari"),
    ("mau pindah ktp ke palangka tp sy ngekos, bisa ga", PINDAH, "numpang KK"),
    ("surat pindah keluar jadinya brp hari?", PINDAH, "1 hari kerja"),
    ("sy kerja senin-jumat, ada layanan pindah domisili hari sabtu gak", PINDAH, "Jekan Raya"),
    # parkir palangka raya (4)
    ("parkir motor di pasar besar brp", PARKIR, "Rp3.000"),
    ("kalo mau bikin kartu parkir langganan buat mobil setahun brp", PARKIR, "Rp240.000"),
    ("mobil sy diderek dishub, dendanya brp?", PARKIR, "Rp250.000"),
    ("jukir resmi cirinya apa sih biar ga ketipu", PARKIR, "rompi oranye"),
]

# (question, kind, why it is not covered)
NOT_COVERED = [
    ("anak sy udh 17 thn, cara bikin e-ktp baru di cimahi gmn", "close",
     "Disdukcapil Kota Cimahi, but the folder only has its birth certificate page"),
    ("pbb pangkalpinang bayarnya dmn ya", "close",
     "PBB-P2 is covered for Cimahi only, not for Pangkalpinang"),
    ("bikin paspor dinas buat tugas kantor ke luar negeri gmn", "close",
     "the passport page covers the ordinary passport and says paspor dinas is not handled"),
    ("daftar bpjs ketenagakerjaan bukan penerima upah caranya gmn", "close",
     "BPJS Ketenagakerjaan is another programme; the folder has BPJS Kesehatan only"),
    ("pasang baru pdam di cimahi brp biayanya", "close",
     "the water page is Perumda Tirta Pinang, Pangkalpinang; nothing for Cimahi"),
    ("resep rendang padang biar empuk gmn", "far", "cooking"),
    ("persib kapan main lg lawan persija", "far", "football"),
    ("gan ada rekomendasi hp 2 jutaan yg kameranya bagus buat konten ga", "far", "phones"),
    ("besok di palangka raya hujan ga ya", "far", "weather forecast"),
    ("kurs dollar hari ini brp", "far", "exchange rate"),
]

CONVERSATIONS = [
    {"id": "id-paspor-bpjs", "turns": [
        ("mau bikin paspor pertama kali, syaratnya apa aja?", "start", PASPOR),
        ("bayarnya brp?", "follow", PASPOR),
        ("brp lama jadi?", "follow", PASPOR),
        ("oh iya sekalian, iuran bpjs mandiri kelas 3 brp ya", "new", BPJS),
        ("klo telat bayar kena apa", "follow", BPJS),
    ]},
    {"id": "id-air-pangkalpinang", "turns": [
        ("tagihan pdam bulan ini kok mahal bgt ya, tarifnya brp sih", "start", AIR),
        ("bayarnya bisa di mana aja?", "follow", AIR),
        ("kalo telat dendanya?", "follow", AIR),
    ]},
    {"id": "id-banjir-dbd", "turns": [
        ("rumah sy di pangkalpinang kebanjiran, gmn cara dpt bantuan", "start", BANJIR),
        ("dokumennya apa aja", "follow", BANJIR),
        ("trus abis banjir nyamuk bnyk bgt, bs minta fogging?", "new", DBD),
        ("syaratnya apa?", "follow", DBD),
    ]},
    {"id": "id-pbg-pindah", "turns": [
        ("mau nambah lantai rumah di palangka raya, perlu PBG ga", "start", PBG),
        ("bisa online?", "follow", PBG),
        ("biayanya gmn ngitungnya", "follow", PBG),
        ("oh ya sy baru pindah dr sampit, ngurus pindah ktp nya gmn", "new", PINDAH),
    ]},
    {"id": "id-akta-cimahi", "turns": [
        ("ngurus akta lahir anak di cimahi syaratnya apa", "start", AKTA),
        ("bayar ga?", "follow", AKTA),
        ("loketnya buka jam brp?", "follow", AKTA),
        ("bs online aja ga", "follow", AKTA),
    ]},
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _, _ in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for conv in CONVERSATIONS:
            turns = [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in conv["turns"]]
            fh.write(json.dumps({"id": conv["id"], "lang": "id", "country": "ID",
                                 "turns": turns}, ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS),
          "conversations")


if __name__ == "__main__":
    main()
