"""Write questions.jsonl (60 lines) and conversations.jsonl (5 lines) for the half.

The questions were written as residents type in chat, without regard to how a bot works.
Run:  .venv-build/bin/python build/write_questions.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

KK = "id/nasional/kartu-keluarga.md"
BPJS = "id/nasional/bpjs-kesehatan-mandiri.md"
PBB = "id/blitar/pbb-p2.md"
SAMPAH = "id/blitar/sampah-rumah-tangga.html"
PARKIR = "id/blitar/parkir-tepi-jalan.md"
FOGGING = "id/blitar/fogging-dbd.md"
PBG = "id/mojokerto/pbg-bangun-renovasi-rumah.pdf"
AKTA = "id/mojokerto/akta-kelahiran-kematian.md"
GOR = "id/mojokerto/sewa-gor-lapangan.html"
AIR = "id/lubuklinggau/air-bersih-sambungan-tagihan.docx"
BANJIR = "id/lubuklinggau/bantuan-korban-banjir.md"
REKLAME = "id/lubuklinggau/izin-reklame.md"

# (question, document, fact that a right answer must contain)
ANSWERABLE = [
    # Kartu Keluarga (national)
    ("kk sy ilang pas pindahan kemarin, ngurus gantinya brp lama ya?", KK, "1 hari kerja"),
    ("min klo cetak kk sendiri dirumah pake kertas apa? boleh kertas biasa?", KK,
     "HVS A4 80 gram"),
    ("pdf kk nya dikunci minta password, passwordnya apa ya kak", KK,
     "6 digit terakhir NIK"),
    ("baru nikah mau pisah kk dr ortu, formulir yg diisi apa namanya", KK, "KK-01"),
    ("ganti agama di kk butuh brp hari prosesnya", KK, "5 hari kerja"),
    # BPJS Kesehatan mandiri (national)
    ("iuran bpjs mandiri kls 3 sebulan brp skrg", BPJS, "Rp46.000"),
    ("sy nunggak bpjs setahun lebih trs skrg hrs opname, dendanya paling gede brp sih", BPJS,
     "Rp27.500.000"),
    ("bayar bpjs tiap bulan paling telat tgl brp?", BPJS, "tanggal 12"),
    ("mau pindah faskes dr puskesmas ke klinik deket kantor, baru 2 bulan terdaftar bisa gk",
     BPJS, "90 hari"),
    ("baru daftar bpjs mandiri lewat hp, kapan kartunya bisa dipake berobat", BPJS, "21 hari"),
    # Kota Blitar: PBB-P2
    ("pbb kota blitar taun ini jatuh temponya tgl brp?", PBB, "31 Agustus 2026"),
    ("telat bayar pbb kena denda brp persen per bulannya", PBB, "1% per bulan"),
    ("ibu sy udh 70 th gk ada penghasilan, bisa dpt keringanan pbb? pake form apa", PBB,
     "Formulir PP-3"),
    ("abis beli rumah di blitar, balik nama sppt nya brp hari jadi", PBB, "7 hari kerja"),
    # Kota Blitar: sampah
    ("sampah di kepanjen kidul diangkut hr apa aja ya min", SAMPAH, "Selasa, Kamis, Sabtu"),
    ("mau buang kasur bekas sm lemari rusak gmn caranya, bayar ga?", SAMPAH, "Rp40.000"),
    ("iuran sampah rumah tangga di blitar sebulan brp", SAMPAH, "Rp10.000"),
    ("udh 3 hari sampah depan rmh gk diambil truk, lapor kmn?", SAMPAH, "(0342) 555-0460"),
    # Kota Blitar: parkir
    ("parkir mobil pinggir jalan di blitar resminya brp sih, kok ditarik 10rb", PARKIR,
     "Rp4.000"),
    ("motor sy digembok dishub krn parkir di trotoar, buat buka bayar brp", PARKIR,
     "Rp150.000"),
    ("mobil kakak diderek, ngambilnya dmn ya?", PARKIR, "Jl. Veteran No. 88"),
    ("stiker parkir langganan buat motor setahun brp", PARKIR, "Rp75.000"),
    # Kota Blitar: fogging DBD
    ("tetangga kena dbd, mau ngajuin fogging ke puskesmas isi formulir apa?", FOGGING,
     "LK-DBD"),
    ("fogging itu brp kali sih, jarak nya brp hari?", FOGGING, "7 hari"),
    ("rumah sy 150 m dr rumah pasien dbd, masuk area fogging ga", FOGGING, "200 meter"),
    ("takaran bubuk abete buat bak mandi brp", FOGGING, "10 gram"),
    # Kota Mojokerto: PBG
    ("mau nambah lantai 2 di rumah daerah mojokerto, izinnya jadi brp lama?", PBG,
     "21 hari kerja"),
    ("retribusi pbg buat rumah 80 meteran brp per meter nya", PBG, "Rp10.000"),
    ("cuma ganti genteng sm cat ulang perlu urus pbg gk", PBG, "tidak memerlukan PBG"),
    ("mpp kota mojokerto hari sabtu buka ga? jam brp", PBG, "08.00–12.00"),
    # Kota Mojokerto: akta kelahiran dan kematian
    ("anak sy baru lahir, akta lahir paling lambat diurus brp hari?", AKTA, "60 hari"),
    ("bapak meninggal kmrn, mau bikin akta kematian form nya apa ya", AKTA, "PK-2"),
    ("ngurus akta online di mojokerto pake aplikasi apa", AKTA, "Lapak Dukcapil"),
    ("akta lahir anak telat 2 taun belum diurus, kena denda gk?", AKTA,
     "tidak dikenakan denda"),
    # Kota Mojokerto: sewa GOR
    ("sewa lapangan badminton di gor mojopahit malem brp sejam", GOR, "Rp55.000"),
    ("klo udh bayar sewa gor trs batal 3 minggu sblmnya, uangnya balik brp", GOR, "75%"),
    ("sewa aula gor buat resepsi nikahan seharian brp?", GOR, "Rp4.250.000"),
    ("klub voli anak2 terdaftar koni, dpt diskon sewa lapangan ga", GOR, "25%"),
    # Kota Lubuklinggau: air bersih
    ("pasang pdam baru di lubuklinggau biayanya brp", AIR, "Rp1.350.000"),
    ("sy lupa bayar tagihan pdam bulan ini, udh lewat tgl 20, dendanya brp ya", AIR, "Rp10.000"),
    ("air dirumah udh diputus krn nunggak 3 bln, nyambung lg bayar brp?", AIR, "Rp175.000"),
    ("pipa bocor depan rumah air nyembur, lapor ke nomor brp", AIR, "(0733) 555-0190"),
    # Kota Lubuklinggau: bantuan banjir
    ("rumah kena banjir sungai kelingi, rusak sedang, dpt bantuan brp dr pemkot", BANJIR,
     "Rp8.000.000"),
    ("nomor darurat bpbd linggau buat lapor banjir malem2 apa", BANJIR, "(0733) 555-0112"),
    ("kmrn banjir rumah blm didata, ngajuin sendiri paling lambat kapan", BANJIR, "14 hari"),
    ("motor sy kerendem banjir, bisa dpt ganti rugi dr bpbd ga", BANJIR, "kendaraan bermotor"),
    # Kota Lubuklinggau: reklame
    ("pasang spanduk promo toko di pinggir jalan boleh brp lama", REKLAME, "14 hari"),
    ("pajak baliho di lubuk linggau per meter setaun brp", REKLAME, "Rp150.000"),
    ("izin reklme jadinya brp hari?", REKLAME, "5 hari kerja"),
    ("papan nama toko kecil nempel di ruko perlu izin ga", REKLAME, "1 meter persegi"),
]

# not covered by any document of the folder: (question, "close" | "far")
NOT_COVERED = [
    ("cara bikin ktp elektronik buat anak yg baru 17 th gmn", "close"),
    ("jadwal angkut sampah di kota mojokerto hari apa aja?", "close"),
    ("pbb di lubuklinggau jatuh temponya kapan ya", "close"),
    ("daftar bpjs pbi yg dibayarin pemerintah syaratnya apa", "close"),
    ("mau ngurus surat pindah domisili dr blitar ke mojokerto, syaratnya apa aja", "close"),
    ("resep rendang padang yg empuk gmn", "far"),
    ("skor persebaya vs arema semalem brp", "far"),
    ("hp 2 jutaan yg kameranya bagus apa ya", "far"),
    ("besok di blitar hujan gk ya", "far"),
    ("rekomendasi film horor indonesia terbaru dong", "far"),
]

CONVERSATIONS = [
    ("id-conv-01", [
        ("kk sy ilang kak, gmn ngurusnya", "start", KK),
        ("brp lama jadinya?", "follow", KK),
        ("nnt bisa print sendiri ga?", "follow", KK),
        ("oh ya skalian, bpjs mandiri kls 3 sebulan brp", "new", BPJS),
    ]),
    ("id-conv-02", [
        ("mau daftar bpjs mandiri tp sendirian aja, ga sama istri anak, bisa?", "start", BPJS),
        ("klo ambil kelas 2 iurannya brp?", "follow", BPJS),
        ("klo telat bayar gmn?", "follow", BPJS),
    ]),
    ("id-conv-03", [
        ("parkir motor di pinggir jalan blitar brp sih", "start", PARKIR),
        ("klo langganan setaun?", "follow", PARKIR),
        ("eh min skalian, sampah di sananwetan diangkut hari apa ya", "new", SAMPAH),
        ("klo mau buang sofa?", "follow", SAMPAH),
    ]),
    ("id-conv-04", [
        ("mau pasang air pdam di lubuklinggau syaratnya apa aja", "start", AIR),
        ("biayanya brp?", "follow", AIR),
        ("brp lama dipasang?", "follow", AIR),
        ("trs rumah ortu kebanjiran kemarin, ada bantuan dr pemkot ga?", "new", BANJIR),
    ]),
    ("id-conv-05", [
        ("sewa lapangan tenis di gelora a yani brp", "start", GOR),
        ("bookingnya dmn?", "follow", GOR),
        ("klo batal gmn?", "follow", GOR),
        ("buka jam brp aja?", "follow", GOR),
    ]),
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS),
          "conversations")


if __name__ == "__main__":
    main()
