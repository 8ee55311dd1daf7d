"""Write questions.jsonl and conversations.jsonl of the Indonesian half.

    .venv-build/bin/python build/make_sets.py

Questions are typed the way residents chat; each answerable one names the one document
that answers it and a short fact that occurs verbatim in that document's loaded text.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

SIM = "id/nasional/sim-a-c-baru-perpanjangan-hilang.md"
JHT = "id/nasional/klaim-jht-bpjs-ketenagakerjaan.md"
AKTA = "id/pasuruan/akta-kelahiran.md"
KIOS = "id/pasuruan/sewa-kios-pasar.md"
SAMPAH = "id/pasuruan/pengangkutan-sampah.html"
FOGGING = "id/pasuruan/fogging-demam-berdarah.pdf"
AIR = "id/banjarbaru/sambungan-air-baru.md"
PBG = "id/banjarbaru/persetujuan-bangunan-gedung.docx"
GOR = "id/banjarbaru/sewa-fasilitas-olahraga.html"
PBB = "id/dumai/pbb-p2.md"
PARKIR = "id/dumai/parkir-tepi-jalan.md"
BENCANA = "id/dumai/bantuan-korban-bencana.md"

ANSWERABLE = [
    # SIM A/C (national)
    (SIM, "biaya sim c baru brp", "Rp 110.000"),
    (SIM, "sim a sy udh mati 2 bulanan, msh bisa diperpanjang ga atau hrs bikin baru?",
     "30 hari"),
    (SIM, "kak kalo gagal ujian praktek sim, kapan boleh ngulang?", "7 hari"),
    (SIM, "satpas buka hari sabtu ga? sampe jam brp", "08.00–11.30"),
    (SIM, "perpanjng sim online kan dikirim kerumah, ongkirnya brapa ya", "Rp 25.000"),
    # JHT (national)
    (JHT, "sy resign akhir bulan kemaren, jht udh bisa dicairin blm? hrs nunggu brp lama",
     "1 bulan"),
    (JHT, "klaim jht lewat hp brp hari cairnya min", "5 hari kerja"),
    (JHT, "saldo jht sy sekitar 80 juta, kena potong pajak gak?", "5%"),
    (JHT, "masih kerja tp udh 11 thn ikut bpjs tk, boleh ambil jht buat dp rumah? brp persen",
     "30%"),
    (JHT, "form buat klaim jht namanya apa sih", "Formulir F5"),
    # akta kelahiran, Kota Pasuruan
    (AKTA, "bikin akta lahir anak di capil pasuruan bayar ga", "gratis"),
    (AKTA, "anak sy udh 4 bln blm dibikinin akta, kena denda gk? perlu surat apa", "SPTJM"),
    (AKTA, "dispenduk pasuruan hari jumat buka sampe jam brp", "11.00"),
    (AKTA, "ngurus akta kelahiran online brp lama jadinya", "2 hari kerja"),
    # sewa kios pasar, Kota Pasuruan
    (KIOS, "sewa kios lantai bawah pasar besar pasuruan setahun brp", "Rp 2.400.000"),
    (KIOS, "telat bayar cicilan sewa kios dendanya brp persen", "2% per bulan"),
    (KIOS, "kios almarhum bapak mau dibalik nama ke sy, bisa? biayanya brp", "Rp 150.000"),
    (KIOS, "mau jualan takjil pas ramadhan doang, bisa sewa lapak di pasar? maksimal brp lama",
     "45 hari"),
    # sampah, Kota Pasuruan
    (SAMPAH, "jadwal truk sampah lewat depan rumah di bugul kidul hari apa aja",
     "Selasa, Kamis, Sabtu"),
    (SAMPAH, "sy mau buang 4 lemari sama kasur bekas, dijemput dlh bayar brp", "Rp 35.000"),
    (SAMPAH, "iuran sampah buat warung kelontong sebulan brp di pasuruan", "Rp 25.000"),
    (SAMPAH, "tetangga sering buang sampah ke kali, emg ada dendanya? brp sih", "Rp 500.000"),
    # fogging, Kota Pasuruan
    (FOGGING, "tetangga kena dbd udh lapor puskesmas, kapan petugas dtg periksa?",
     "1x24 jam"),
    (FOGGING, "fogging dari dinkes pasuruan bayar gak", "gratis"),
    (FOGGING, "pabrik sy mau difogging padahal gak ada yg kena dbd, bisa minta ke dinkes?",
     "pengendalian hama swasta"),
    (FOGGING, "abis di fogging brp menit baru boleh masuk rumah", "30 menit"),
    # sambungan air, Kota Banjarbaru
    (AIR, "pasang air pdam baru di banjarbaru biayanya brp", "Rp 1.350.000"),
    (AIR, "telat bayar rekening air dendanya brp", "Rp 10.000"),
    (AIR, "min sy kmrn udh daftar pasang air baru, survei udh, biayanya jg udh sy lunasin hari "
     "senin. kira2 kapan airnya bisa ngalir ya?", "10 hari kerja"),
    (AIR, "meteran air sy disegel krn nunggak 2 bln, buka segelnya bayar brp", "Rp 150.000"),
    # PBG, Kota Banjarbaru
    (PBG, "mau bangun rumah 2 lantai di banjarbaru, pbg nya brp lama jadi", "20 hari kerja"),
    (PBG, "retribusi imb rumah 120 meter brp per meternya", "Rp 14.000"),
    (PBG, "klinik konsultsi pbg buka hari apa ya", "Selasa dan Kamis"),
    (PBG, "klo ketauan bangun tanpa izin kena denda brp", "2% dari nilai bangunan"),
    # sewa GOR, Kota Banjarbaru
    (GOR, "sewa lapangan badminton gor banjarbaru malem brp sejam", "Rp 85.000"),
    (GOR, "udh booking futsal tp mau batal h-2, duit balik ga", "hangus"),
    (GOR, "jam buka gor banjarbaru", "06.00–22.00"),
    (GOR, "sewa aula gor buat acara kantor ada deposit ga? brp", "Rp 500.000"),
    # PBB-P2, Kota Dumai
    (PBB, "jatuh tempo pbb dumai", "30 September"),
    (PBB, "telat bayar pbb dendanya brp persen sebulan", "1% per bulan"),
    (PBB, "abis beli tanah, balik nama sppt di bapenda brp lama", "14 hari kerja"),
    (PBB, "ortu sy pensiunan umur 70, bisa dpt keringanan pbb? brp persen", "50%"),
    # parkir, Kota Dumai
    (PARKIR, "parkir motor di jl sudirman dumai resminya brp", "Rp 2.000"),
    (PARKIR, "mobil sy diderek dishub dumai td, bayar brp buat ngambilnya", "Rp 400.000"),
    (PARKIR, "stiker parkir langganan mobil setahun brp ya", "Rp 150.000"),
    (PARKIR, "ada jukir minta 5rb buat motor di dumai, lapor kmn ya", "0811-7600-4129"),
    # bantuan bencana, Kota Dumai
    (BENCANA, "rumah sy kebakaran rusak berat, dpt bantuan perbaikan brp dari bpbd",
     "Rp 15.000.000"),
    (BENCANA, "kebanjiran rob malem ini di dumai, lapor kemana", "(0765) 431 112"),
    (BENCANA, "rumah kami di dumai kebakaran minggu lalu, ktp sm kk ikut kebakar semua. gmn "
     "caranya ngurus bantuan dr bpbd klo dokumennya udh ga ada?", "surat keterangan dari lurah"),
    (BENCANA, "dana bantuan perbaikan rumah cairnya brp lama", "21 hari kerja"),
]

# (question, close/far, why) — NOTES.md explains each
NOT_COVERED = [
    ("perpanjang sim b1 umum bisa di sim keliling ga ya", "close"),
    ("sy kena phk, mau klaim jkp bpjs tk syaratnya apa aja", "close"),
    ("bayar pbb di banjarbaru bisa lewat apa aja", "close"),
    ("ngurus akta kematian bapak di pasuruan gmn caranya", "close"),
    ("pasang air pdam baru di dumai brp biayanya", "close"),
    ("resep rendang biar empuk gmn ya", "far"),
    ("timnas semalem menang ga? skornya brp", "far"),
    ("rekomendasi hp 3 jutaan kamera bagus dong kak", "far"),
    ("besok di dumai hujan gak ya", "far"),
    ("film horor yg lagi tayang di bioskop apa aja", "far"),
]

CONVERSATIONS = [
    ("id-conv-01", [
        ("mau bikin sim c pertama kali, syaratnya apa aja ya", "start", SIM),
        ("biayanya brp?", "follow", SIM),
        ("klo gagal ujian gmn", "follow", SIM),
        ("oh iya sekalian, sy baru resign bulan ini, jht bisa lgsg dicairin?", "new", JHT),
    ]),
    ("id-conv-02", [
        ("sy pengen jualan di pasar besar pasuruan, sewa kios gmn caranya", "start", KIOS),
        ("setahun brp klo lantai bawah?", "follow", KIOS),
        ("klo telat bayar?", "follow", KIOS),
    ]),
    ("id-conv-03", [
        ("psg air pdam baru di banjarbaru syaratnya apa", "start", AIR),
        ("brp lama sampe airnya ngalir?", "follow", AIR),
        ("trs kalo mau nambah lantai rumah perlu izin apa ya", "new", PBG),
        ("brp lama prosesnya?", "follow", PBG),
    ]),
    ("id-conv-04", [
        ("pbb dumai tahun ini bayarnya dmn aja", "start", PBB),
        ("jatuh temponya kpn?", "follow", PBB),
        ("klo telat?", "follow", PBB),
        ("satu lg, parkir mobil di sudirman brp skrg?", "new", PARKIR),
        ("klo diderek?", "follow", PARKIR),
    ]),
    ("id-conv-05", [
        ("tetangga sy kena dbd, bisa minta fogging ga", "start", FOGGING),
        ("bayar ga?", "follow", FOGGING),
        ("difoggingnya brp kali?", "follow", FOGGING),
        ("abis itu brp lama baru boleh masuk rumah", "follow", FOGGING),
    ]),
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _ in NOT_COVERED:
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
