"""Write ../questions.jsonl (60 lines) and ../conversations.jsonl (5 lines)."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

PK = "id/nasional/kartu-prakerja.md"
SM = "id/nasional/pajak-kendaraan-samsat.md"
LS = "id/langsa/retribusi-sampah.md"
LT = "id/langsa/sedot-tinja-iplt.pdf"
LA = "id/langsa/ambulans-gratis.html"
LK = "id/langsa/akta-kelahiran.md"
SP = "id/solok/pbb-p2.md"
SK = "id/solok/kartu-kuning-ak1.docx"
SMK = "id/solok/pemakaman-umum.md"
BK = "id/batu/uji-kir.html"
BS = "id/batu/retribusi-sampah.md"
BP = "id/batu/perpustakaan-umum.md"

ANSWERABLE = [
    # Kartu Prakerja
    ("min umur minimal buat daftar prakerja brp ya", PK, "18 tahun"),
    ("klo udh lolos prakerja hrs beli pelatihan dlm brp hari? takut hangus saldonya", PK,
     "30 hari kalender"),
    ("insentif prakerja stlh slesai pelatihan dpt brp kak", PK, "Rp 650.000"),
    ("udh gabung gelombang kmrn, pengumuman lolos ga nya kapan keluar?", PK, "5 hari kalender"),
    ("cs prakerja ada nomor telp nya ga", PK, "(021) 5091-7740"),
    # Samsat
    ("swdkllj motor brp skrg", SM, "Rp 32.000"),
    ("telat bayar pajak motor 3 bln, dendanya brp persen sebulan?", SM, "2 persen per bulan"),
    ("ganti plat 5 taunan, plat barunya jadi brp lama gan", SM, "14 hari kerja"),
    ("samsat hari sabtu buka gak? jam brp", SM, "08.00–11.30"),
    # Langsa sampah
    ("iuran sampah rumah tangga di langsa sebulan brp", LS, "Rp 10.000"),
    ("bayar retribusi sampah paling telat tgl brp min", LS, "tanggal 15"),
    ("truk sampah ga dtg2 udh 3 hari di gampong sy, lapor kmn ya? ada no telp?", LS,
     "(0641) 420-318"),
    ("ada aplikasi buat bayar sampah ga di langsa biar ga nunggu petugas", LS, "LANGSA BERSIH"),
    ("klo telat bayar iuran sampah kena denda brp persen", LS, "2 persen per bulan"),
    # Langsa sedot tinja
    ("biaya sedot wc brp", LT, "Rp 250.000"),
    ("sedot septic tank di langsa nunggu brp hari bang", LT, "3 hari kerja"),
    ("truk sedot tinja operasi jam brp aja? minggu ada ga", LT, "08.00-15.00"),
    ("no wa buat pesen sedot tinja pupr langsa", LT, "0812-6500-4471"),
    # Langsa ambulans
    ("nomor ambulans gratis langsa brp", LA, "0641-119-200"),
    ("rumah sy di langsa timur, klo panggil ambulans nyampe brp lama", LA, "30 menit"),
    ("keluarga blh ikut naik ambulans ga? brp org", LA, "2 orang pendamping"),
    ("pulang dr rsud pake ambulans dinkes bayar ga sih", LA, "Rp 100.000"),
    # Langsa akta kelahiran
    ("bikin akta lahir anak di langsa bayar ga", LK, "tidak dipungut biaya"),
    ("anak sy udh 3 bln blm dibikinin akta, kena denda gak? brp", LK, "Rp 50.000"),
    ("batas lapor kelahiran bayi brp hari sih", LK, "60 hari"),
    ("capil langsa hari jumat buka smp jam brp", LK, "08.30–11.30"),
    # Solok PBB
    ("denda telat bayar pbb solok brp", SP, "1 persen per bulan"),
    ("jatuh tempo pbb kota solok tgl brp tahun ini", SP, "31 Agustus"),
    ("sy pensiunan, bs dpt keringanan pbb ga? maks brp persen", SP, "50 persen"),
    ("NOP pbb itu brp digit sih, mau bayar lwt aplikasi", SP, "18 digit"),
    # Solok AK1
    ("bikin kartu kuning di solok bayar brp", SK, "Gratis"),
    ("ak1 berlaku brp lama ya", SK, "2 tahun"),
    ("pas foto buat kartu kuning ukuran apa, brp lembar?", SK, "3x4 sebanyak 2 lembar"),
    ("loket kartu kuning disnaker solok buka jam brp", SK, "08.00–15.00"),
    # Solok pemakaman
    ("biaya gali kubur di tpu solok brp", SMK, "Rp 300.000"),
    ("ngurus izin petak makam di tpu lama gak jadinya", SMK, "1 jam"),
    ("klo telat perpanjang izin makam keluarga dendanya brp", SMK, "Rp 25.000 per tahun"),
    ("nomor piket tpu solok brp, ada yg meninggal malam ini", SMK, "0813-6330-2195"),
    # Batu uji KIR
    ("biaya uji kir pickup di batu brp", BK, "Rp 80.000"),
    ("hasil kir berlaku brp bulan", BK, "6 bulan"),
    ("kir sy telat 2 bulan, dendanya brp sebulan", BK, "Rp 20.000"),
    ("pendaftaran uji kir dishub batu buka jam brp smp jam brp", BK, "07.30–12.00"),
    # Batu sampah
    ("retribusi sampah rumah di kota batu brp", BS, "Rp 8.000"),
    ("bayar sampah bulanan di batu paling lambat tgl brp", BS, "tanggal 10"),
    ("buang puing renovasi rumah gmn ya, diangkut ga? ada biayanya?", BS, "Rp 300.000 per rit"),
    ("tpa tlekung buka jam brp, mau buang sampah sendiri", BS, "06.00–18.00"),
    # Batu perpustakaan
    ("pinjem buku di perpus batu maks brp buku", BP, "3 buku"),
    ("telat balikin buku perpus dendanya brp sehari", BP, "Rp 1.000"),
    ("perpustakaan kota batu buka hari minggu ga? jam brp", BP, "09.00–15.00"),
    ("kartu anggota perpus sy ilang, bikin lg bayar brp", BP, "Rp 10.000"),
]

NOT_COVERED = [
    # close
    ("ambulans gratis di kota batu nomornya brp ya", "close"),
    ("uji kir mobil pick up di langsa dmn tempatnya", "close"),
    ("bphtb beli tanah di solok brp persen", "close"),
    ("balik nama bpkb motor second syaratnya apa aja", "close"),
    ("bikin akta kematian ayah sy di capil langsa syaratnya apa", "close"),
    # far
    ("resep rendang padang yg empuk gmn caranya", "far"),
    ("skor persib semalem brp bang", "far"),
    ("hp 2 jutaan yg kameranya bagus apa ya", "far"),
    ("besok di malang hujan ga ya", "far"),
    ("film horor yg lg tayang di bioskop apa aja", "far"),
]

CONVERSATIONS = [
    [("sy baru pindah ke langsa baro, sampah rumah diangkut gmn ya", "start", LS),
     ("bayar brp sebulan?", "follow", LS),
     ("klo telat bayar gmn?", "follow", LS),
     ("oiya septic tank rumah jg udh penuh, bs disedot ga", "new", LT)],
    [("mau daftar prakerja, syaratnya apa aja kak", "start", PK),
     ("seleksinya lama ga?", "follow", PK),
     ("trs dapet duit brp?", "follow", PK)],
    [("pbb rumah di solok bayarnya dmn", "start", SP),
     ("bs lewat hp?", "follow", SP),
     ("kalo bikin kartu kuning di disnaker solok gmn caranya", "new", SK),
     ("brp lama jadinya?", "follow", SK)],
    [("mobil boks sy hrs kir di batu, bawa apa aja", "start", BK),
     ("biayanya?", "follow", BK),
     ("bs daftar online?", "follow", BK),
     ("pajak tahunan mobilnya bs sekalian dibayar disitu?", "new", SM)],
    [("mau jd anggota perpus kota batu syaratnya apa", "start", BP),
     ("bayar ga?", "follow", BP),
     ("blh pinjem brp lama?", "follow", BP),
     ("bs perpanjang lwt hp?", "follow", BP),
     ("buka smp jam brp?", "follow", BP)],
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for k, turns in enumerate(CONVERSATIONS, 1):
            fh.write(json.dumps({"id": f"id-c{k}", "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": kind, "docs": [doc]}
                                           for q, kind, doc in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
