"""Write questions.jsonl (60 lines) and conversations.jsonl (5 lines) of harbors-id.

Run: python3 build/make_questions.py   (from the set's folder; standard library only)
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SIM = "id/nasional/sim-baru-perpanjangan.md"
JHT = "id/nasional/klaim-jht-bpjs-ketenagakerjaan.pdf"
PBB = "id/tegal/pbb-p2.md"
KIOS = "id/tegal/sewa-kios-pasar.html"
AKTA = "id/tegal/akta-kelahiran.md"
DBD = "id/tegal/pengendalian-dbd-fogging.docx"
PDAM = "id/binjai/tagihan-air-minum.md"
PBG = "id/binjai/persetujuan-bangunan-gedung.md"
SAMPAH = "id/binjai/retribusi-sampah.html"
MAKAM = "id/bontang/pemakaman-tpu.md"
REKLAME = "id/bontang/izin-reklame.md"
BANJIR = "id/bontang/bantuan-korban-banjir.md"

# (question, document, fact that a correct answer must contain)
ANSWERABLE = [
    # SIM (national)
    ("brp biaya bikin sim c baru skrg?", SIM, "Rp110.000"),
    ("sim sy udh mati 3 hari, msh bisa diperpanjang gak ya?", SIM, "1 hari"),
    ("ujian teori sim berapa soal sih, minimal bener brp biar lulus", SIM, "18 soal"),
    ("klo gagal ujian praktek sim kpn boleh ngulang?", SIM, "10 hari kalender"),
    ("perpanjang sim A paling cepet brp hari sebelum abis masa berlakunya?", SIM, "90 hari"),
    # JHT (national)
    ("syarat klaim jht apa aja min", JHT, "paklaring"),
    ("baru resign minggu lalu, kapan bs cairin jht?", JHT, "30 hari kalender"),
    ("jht cair brp lama", JHT, "5 hari kerja"),
    ("saldo jht sy 25jt, bisa klaim full online lewat apk aja?", JHT, "Rp20.000.000"),
    ("boleh ga klaim jht transfernya ke rek istri?", JHT, "atas nama peserta"),
    # PBB-P2 Tegal
    ("deadline pbb tahun ini kapan ya", PBB, "31 Agustus"),
    ("telat bayar pbb dendanya brp persen per bulan?", PBB, "1,5%"),
    ("pbb rumah sy 3jt lebih, bisa dicicil gak kak?", PBB, "4 kali"),
    ("klo bayar pbb di indomaret atau alfa kena biaya admin brp?", PBB, "Rp2.500"),
    # Kios pasar Tegal
    ("sewa kios pasar pagi lantai bawah brp per meter?", KIOS, "Rp38.000"),
    ("telat bayar retribusi kios, denda brp", KIOS, "2%"),
    ("surat izin penempatan (SIP) kios pasar itu berlaku brp taun sih", KIOS, "3 tahun"),
    ("bapak sy pedagang pasar udh meninggal, kiosnya bs dibalik nama ke sy? biayanya?", KIOS,
     "Rp50.000"),
    # Akta kelahiran Tegal
    ("bikin akta lahir anak syaratnya apa aja kak", AKTA, "surat keterangan kelahiran"),
    ("ngurus akta kelahiran paling lambat brp hari stlh lahiran", AKTA, "60 hari"),
    ("gak punya buku nikah, bisa bikin akta anak ga?", AKTA, "SPTJM"),
    ("e-akta nya dicetak pake kertas apa?", AKTA, "HVS A4"),
    # DBD / fogging Tegal
    ("mau ngajuin fogging di rt kami, syaratny apa", DBD, "surat permohonan"),
    ("fogging itu free ga sih", DBD, "gratis"),
    ("tetangga kena DBD, org puskesmas dtg ngecek kpn?", DBD, "3 hari kerja"),
    ("takaran abate brp buat bak mandi 100 liter", DBD, "10 gram"),
    # PDAM Binjai
    ("rumah sy kecil golongan rumah tangga A, tarif air 10 kubik pertama brp?", PDAM,
     "Rp3.200"),
    ("bulan ini lupa bayar tagihan pdam, telat bgt, dendanya brp?", PDAM, "Rp15.000"),
    ("air udh disegel krn nunggak 2 bln, biaya reconnect brp?", PDAM, "Rp175.000"),
    ("tagihan air bulan ini naik drastis padahal pemakaian biasa aja, hrs gmn?", PDAM,
     "tera ulang"),
    # PBG Binjai
    ("ngurus pbg rumah brp lama prosesnya", PBG, "21 hari kerja"),
    ("renov dapur doang perlu pbg gak?", PBG, "struktur"),
    ("tetangga bangun rumah tanpa pbg, emg dendanya brp kalo ketahuan?", PBG, "2%"),
    ("ada konsultasi gratis soal PBG gak? hari apa aja", PBG, "Selasa dan Kamis"),
    # Sampah Binjai
    ("iuran sampah rumah sebulan brp", SAMPAH, "Rp10.000"),
    ("buang sampah ke tps boleh jam brp aja", SAMPAH, "18.00"),
    ("mau buang kasur bekas sm lemari, bisa diangkut ga? bayar?", SAMPAH, "Rp150.000"),
    ("truk sampah lewat brp kali seminggu di perumahan?", SAMPAH, "3 kali"),
    # Pemakaman Bontang
    ("sewa petak makam di tpu brp?", MAKAM, "Rp150.000"),
    ("almarhum ktp samarinda, boleh dimakamin di bontang? biayanya brp", MAKAM, "Rp400.000"),
    ("tinggi nisan maksimal brp cm", MAKAM, "60 cm"),
    ("makam ortu lupa diperpanjang bertahun2, skrg gmn nasibnya? dibongkar kah?", MAKAM, "60 hari"),
    # Reklame Bontang
    ("mau pasang spanduk promo grand opening toko, pajaknya brp per lembar?", REKLAME, "Rp8.500"),
    ("papan nama toko kecil perlu izin reklame ga", REKLAME, "1 meter"),
    ("izin billboard processing time brp lama?", REKLAME, "14 hari kerja"),
    ("spanduk sy dicopot satpol pp, kena biaya ga?", REKLAME, "Rp500.000"),
    # Banjir Bontang
    ("rumah rusak ringan kena banjir dpt bantuan brp", BANJIR, "Rp5.000.000"),
    ("nomor bpbd yg 24 jam brp?", BANJIR, "305-112"),
    ("batas ngajuin bantuan perbaikan rumah abis banjir kpn?", BANJIR, "14 hari"),
    ("sy ngontrak, bs dapet bantuan perbaikan rumah gak", BANJIR, "pemilik rumah"),
]

# (question, "close" | "far", why the folder does not cover it) -- NOTES.md lists the why
NOT_COVERED = [
    ("cara bikin sim internasional dmn ya", "close",
     "SIM page says SIM Internasional is not covered there"),
    ("suami kecelakaan pas kerja, klaim JKK bpjs tk syaratnya apa aja ya", "close",
     "same agency (BPJS Ketenagakerjaan), other programme; only JHT is documented"),
    ("bayar pbb di binjai bisa lewat apa aja", "close",
     "PBB-P2 is documented for Kota Tegal only, not Binjai"),
    ("ngurus akta kematian bapak sy di tegal gmn", "close",
     "Disdukcapil Tegal page says akta kematian is handled on another page"),
    ("rumah baru di binjai blm ada air, pasang sambungan baru pdam biayanya brp?", "close",
     "PDAM page says new connections are not covered there"),
    ("resep rendang daging biar empuk gmn", "far", "cooking"),
    ("skor timnas semalem brp?", "far", "football"),
    ("hp 2 jutaan yg kameranya bagus apa ya", "far", "phones"),
    ("besok di tegal hujan gak ya", "far", "weather"),
    ("cara download video tiktok tanpa watermark", "far", "apps / social media"),
]

CONVERSATIONS = [
    ("id-sim-perpanjang", [
        ("sim A sy mau abis bulan depan, perpanjangnya gmn ya", "start", SIM),
        ("biayanya brp?", "follow", SIM),
        ("bisa daftar online ga?", "follow", SIM),
        ("satpas buka sabtu gak", "follow", SIM),
    ]),
    ("id-jht-lalu-sim", [
        ("mau klaim jht abis resign, dokumennya apa aja", "start", JHT),
        ("brp lama cairnya?", "follow", JHT),
        ("oh iya sekalian, bikin sim c baru biayanya brp?", "new", SIM),
        ("ujiannya susah ga, brp soal?", "follow", SIM),
    ]),
    ("id-pbb-lalu-akta", [
        ("sppt pbb rumah ortu blm dateng jg, gmn ya", "start", PBB),
        ("jatuh temponya kpn?", "follow", PBB),
        ("klo telat dendanya?", "follow", PBB),
        ("satu lagi kak, bikin akta lahir anak di tegal syaratnya apa", "new", AKTA),
        ("bisa online?", "follow", AKTA),
    ]),
    ("id-sampah-lalu-pdam", [
        ("iuran sampah di binjai brp sebulan", "start", SAMPAH),
        ("bayarnya kmn?", "follow", SAMPAH),
        ("klo tagihan pdam bayar paling lambat tgl brp?", "new", PDAM),
        ("telat kena denda brp", "follow", PDAM),
    ]),
    ("id-banjir-bontang", [
        ("rumah sy kebanjiran td malem, lapor kmn ya", "start", BANJIR),
        ("dpt bantuan apa aja?", "follow", BANJIR),
        ("syaratnya apa", "follow", BANJIR),
        ("cairnya brp lama?", "follow", BANJIR),
    ]),
]


def main() -> None:
    lines = [{"q": q, "lang": "id", "country": "ID", "docs": [doc], "fact": fact}
             for q, doc, fact in ANSWERABLE]
    lines += [{"q": q, "lang": "id", "country": "ID", "docs": []} for q, _, _ in NOT_COVERED]
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            obj = {"id": cid, "lang": "id", "country": "ID",
                   "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(len(lines), "questions,", len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
