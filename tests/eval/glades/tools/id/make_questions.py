"""Write questions.jsonl and conversations.jsonl of glades-id.

Run from anywhere:  python3 build/make_questions.py
"""

from __future__ import annotations

import json
from pathlib import Path

SET = Path(__file__).resolve().parent.parent

PASPOR = "id/nasional/paspor.md"
JHT = "id/nasional/klaim-jht.md"
PBB = "id/cilegon/pbb-p2.md"
AKTA = "id/cilegon/akta-kelahiran.md"
DAMKAR = "id/cilegon/pemeriksaan-keselamatan-kebakaran.pdf"
PARKIR = "id/cilegon/parkir-tepi-jalan.html"
PDAM = "id/magelang/sambungan-baru-pdam.md"
KK = "id/magelang/kartu-keluarga.md"
PERPUS = "id/magelang/keanggotaan-perpustakaan.html"
KIOS = "id/tarakan/sewa-kios-pasar.docx"
SPMB = "id/tarakan/spmb.md"
SAMPAH = "id/tarakan/retribusi-sampah.md"

# (question, document, fact that a right answer must contain)
ANSWERABLE = [
    ("paspor ilang dendanya brp ya min", PASPOR, "1.050.000"),
    ("bikin e-paspor skrg brp sih", PASPOR, "675.000"),
    ("udh foto sm wawancara paspor td pagi, jadinya kpn?", PASPOR, "4 hari kerja"),
    ("kode billing paspor berlaku brp lama kak? sy blm sempet bayar", PASPOR, "2 jam"),
    ("mau apply paspor baru, daftar antreannya online pake app apa?", PASPOR, "Paspor Nusantara"),

    ("sy resign akhir bulan kemarin, kpn bs cairin jht?", JHT, "1 bulan"),
    ("klaim jht lewat hp bisa sampe saldo brp maksimalnya min?", JHT, "12.000.000"),
    ("jht dipotong pajak gk sih? saldo sy sekitar 80jt", JHT, "5%"),
    ("kalo ngajuin jht di kantor cabang cair brp hari?", JHT, "5 hari kerja"),

    ("pbb sy udh lewat due date, kena denda brp persen ya?", PBB, "1% per bulan"),
    ("jatuh tempo pbb 2026 kpn", PBB, "31 Agustus 2026"),
    ("bayar pbb cilegon lewat hp bisa ga? appnya apa", PBB, "Jawara Pajak"),
    ("abis beli tanah mau balik nama sppt pbb, brp lama prosesnya", PBB, "10 hari kerja"),
    ("kantor bapenda jumat buka sampe jam brp", PBB, "11.30"),

    ("akta kelahiran kalo daftar online brp hari jadinya", AKTA, "3 hari kerja"),
    ("akta anak sy ilang, cetak ulang brp lama gan", AKTA, "2 hari kerja"),
    ("ortu gk punya buku nikah, anaknya tetep bs dibuatin akta lahir?", AKTA, "SPTJM"),
    ("nomor wa dukcapil buat nanya akta lahir dong", AKTA, "0812-8870-3346"),

    ("retribusi pemeriksaan damkar buat gedung 1500 m2 brp?", DAMKAR, "750.000"),
    ("slkk gedung kantor kami expired bulan depan, emang berlakunya brp tahun sih?", DAMKAR, "2 tahun"),
    ("udh bayar retribusi slkk, pemeriksaan lapangannya kpn dijadwalin?", DAMKAR,
     "5 hari kerja"),
    ("mau minta pelatihan apar buat kantor, minimal pesertanya brp orang?", DAMKAR,
     "20 orang"),

    ("kalo parkir mobil di pinggir jalan daerah grogol brp skrg?", PARKIR, "Rp3.000"),
    ("mobil sy diderek dishub, nebusnya brp?", PARKIR, "350.000"),
    ("jukir minta 10rb gk dikasih karcis, lapor kmn", PARKIR, "0813-1122-4590"),
    ("langganan parkir bulanan motor brp", PARKIR, "40.000"),

    ("pasang pdam baru, listrik rumah 900va, biayanya brp", PDAM, "1.350.000"),
    ("biaya pasang air pdam bs dicicil gk", PDAM, "6 kali"),
    ("air diputus krn nunggak, nyambung lagi bayar brp?", PDAM, "150.000"),
    ("udh bayar biaya sambungan baru pdam kemarin, kpn teknisinya dtg pasang?", PDAM, "7 hari kerja"),

    ("urus kk online lewat apa ya", KK, "Lapak Dukcapil Magelang"),
    ("dukcapil magelang hari jumat tutup jam brp", KK, "11.00"),
    ("pindahan dr luar kota mau bikin kk baru, surat apa yg hrs dibawa?", KK, "SKPWNI"),
    ("kk kalo diajuin online jadinya brp hari", KK, "2 hari kerja"),

    ("pinjem buku di perpus max brp lama? bs diperpanjang gk", PERPUS, "14 hari"),
    ("telat balikin buku perpus dendanya brp", PERPUS, "Rp500"),
    ("kartu perpus ilang, ganti brp?", PERPUS, "10.000"),
    ("nama app perpus buat daftar online apa sih", PERPUS, "MaguPustaka"),

    ("sy mau jualan sayur, sewa kios di pasar tenguyun sebulan brp?", KIOS, "375.000"),
    ("izin kios sy mau abis, renew nya paling lambat kpn?", KIOS, "30 hari"),
    ("nunggak sewa kios brp bulan baru izinnya dicabut", KIOS, "6 bulan"),
    ("surat izin penempatan kios berlaku brp tahun", KIOS, "2 tahun"),

    ("anak sy 5 thn 8 bln bs masuk sd negeri gk", SPMB, "5 tahun 6 bulan"),
    ("anak sy mau masuk smp, kuota jalur domisili brp persen?", SPMB, "40%"),
    ("pengumuman spmb kpn", SPMB, "29 Juni 2026"),
    ("nomor wa helpdesk spmb dong kak", SPMB, "0811-5430-7781"),

    ("jam brp sih boleh buang sampah ke tps, pagi2 boleh gk?", SAMPAH, "18.00"),
    ("mau buang kasur bekas, dlh bs angkut ga? brp", SAMPAH, "100.000"),
    ("denda buang sampah sembarangan brp", SAMPAH, "250.000"),
    ("sy nasabah bank sampah, dpt potongan retribusi gk?", SAMPAH, "50%"),
]

# (question, why nothing in the folder answers it) -- the reason goes to NOTES.md
NOT_COVERED = [
    ("cara bikin KIA buat anak gmn kak, syaratnya apa aja",
     "close: neighbouring service of Disdukcapil (Kartu Identitas Anak); the two Disdukcapil "
     "pages cover only akta kelahiran and KK"),
    ("brp tarif BPHTB kalo beli rumah di cilegon",
     "close: neighbouring tax of Bapenda Kota Cilegon; the PBB-P2 page says BPHTB is not "
     "covered there"),
    ("biaya pasang baru pdam di semarang brp ya",
     "close: same service (PDAM new connection) in a city not in the folder"),
    ("sy lg di jepang, paspor ilang, ngurusnya gmn?",
     "close: the passport page explicitly leaves out applications by WNI abroad (KBRI/KJRI)"),
    ("daftar smk negeri di tarakan kpn dibukanya?",
     "close: the SPMB page explicitly leaves out SMA/SMK/SLB (run by the province)"),
    ("resep rendang padang yg empuk gmn", "far: cooking"),
    ("skor persib semalem brp", "far: football score"),
    ("rekomendasi hp 2 jutaan buat ngegame dong", "far: shopping advice"),
    ("besok jakarta hujan gk ya", "far: weather"),
    ("cara bikin kopi susu gula aren ala kafe", "far: drink recipe"),
]

CONVERSATIONS = [
    ("id-paspor-hilang-lalu-jht", [
        ("paspor sy ilang pas pindahan, ngurus gantinya gmn?", "start", PASPOR),
        ("dendanya brp?", "follow", PASPOR),
        ("brp lama jadinya?", "follow", PASPOR),
        ("oh iya sekalian, klaim jht bs lewat hp gk?", "new", JHT),
    ]),
    ("id-pdam-sambungan-baru", [
        ("mau pasang air pdam di rumah baru, syaratnya apa aja", "start", PDAM),
        ("biayanya brp kalo listrik 1300va?", "follow", PDAM),
        ("survei lokasinya kpn?", "follow", PDAM),
        ("sabtu kantornya buka gk?", "follow", PDAM),
    ]),
    ("id-pbb-lalu-parkir", [
        ("pbb tahun lalu blm sy bayar, dendanya gmn", "start", PBB),
        ("bayarnya bs dmn aja?", "follow", PBB),
        ("eh kalo parkir mobil di pinggir jalan pusat kota tarifnya brp", "new", PARKIR),
        ("bs bayar pake qris?", "follow", PARKIR),
    ]),
    ("id-spmb-sd", [
        ("daftar sd negeri tahun ini kpn dibuka", "start", SPMB),
        ("syarat umurnya brp?", "follow", SPMB),
        ("kk sy baru pindah bulan lalu, bs jalur domisili?", "follow", SPMB),
    ]),
    ("id-perpus-lalu-kk", [
        ("gmn cara daftar jadi anggota perpus daerah", "start", PERPUS),
        ("sabtu buka?", "follow", PERPUS),
        ("bs pinjem brp buku?", "follow", PERPUS),
        ("oiya, kalo mau nambahin anak baru lahir di kk syaratnya apa", "new", KK),
        ("brp lama jadinya?", "follow", KK),
    ]),
]


def main() -> None:
    with open(SET / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _why in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(SET / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID", "turns": [
                {"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in turns]},
                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
