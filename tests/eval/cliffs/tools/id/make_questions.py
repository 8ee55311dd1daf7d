"""Write questions.jsonl and conversations.jsonl for the Indonesian half.

Questions are typed the way residents type in chat. `fact` is a string that occurs
verbatim in the target document's loaded text (build/check.py verifies it).

Run:  .venv-build/bin/python build/make_questions.py      (from the half's folder)
"""

from __future__ import annotations

import json
from pathlib import Path

HALF = Path(__file__).resolve().parent.parent

SKCK = "id/nasional/skck.md"
KTP = "id/nasional/ktp-el.md"
PBB = "id/parepare/pbb-p2.md"
AIR = "id/parepare/sambungan-air.html"
PASAR = "id/parepare/sewa-lapak-pasar.md"
REKLAME = "id/parepare/izin-reklame.pdf"
SAMPAH = "id/singkawang/sampah-rumah-tangga.md"
AKTA = "id/singkawang/akta-kelahiran-kematian.docx"
GOR = "id/singkawang/sewa-gor-lapangan.html"
PARKIR = "id/lhokseumawe/parkir-tepi-jalan.md"
FOGGING = "id/lhokseumawe/fogging-dbd.md"
PBG = "id/lhokseumawe/persetujuan-bangunan-gedung.md"

ANSWERABLE = [
    # SKCK (national)
    (SKCK, "skck brp jam sih jadinya klo berkas udh lengkap", "2 jam kerja"),
    (SKCK, "min biaya bikin skck baru brp ya skrg", "Rp45.000"),
    (SKCK, "skck sy udh abis 2 bulan lalu, msh bisa diperpanjang gak atau hrs bikin baru?",
     "30 hari"),
    (SKCK, "skck itu berlakunya brp lama ya kak", "8 bulan"),
    (SKCK, "sy dpt kerjaan di jepang, skck nya bikin dmn? di polres bisa gak", "Mabes Polri"),
    # KTP-el (national)
    (KTP, "ktp sy ilang kak, hrs bawa surat apa ke dukcapil", "keterangan kehilangan"),
    (KTP, "adek sy umur 16 lebih dikit, udh bisa rekam ktp blm ya", "16 tahun 9 bulan"),
    (KTP, "ktp digital tuh pake aplikasi apa? gmn aktifinnya", "KTP Digital Nusantara"),
    (KTP, "abis nikah blm ganti status di ktp udh 3 bulanan, kena denda gak?", "Rp150.000"),
    (KTP, "ktp rusak chipnya gak kebaca pas di bank, ganti brp hari jadi", "3 hari kerja"),
    # PBB Parepare
    (PBB, "pbb parepare jatuh temponya tgl brp", "31 Agustus"),
    (PBB, "kalo telat bayar pbb dendanya brp persen sebulan", "1% per bulan"),
    (PBB, "sy pensiunan tinggal di parepare, pbb bisa dpt potongan gak? brp banyak",
     "50%"),
    (PBB, "baru beli rumah bekas, sppt pbb msh nama pemilik lama. balik nama brp lama prosesnya",
     "10 hari kerja"),
    # Water, Parepare (HTML)
    (AIR, "pasang pdam baru buat rumah di parepare biayanya brp", "Rp1.350.000"),
    (AIR, "bayar tagihan air tirta karajae paling lambat tgl brp?", "tanggal 20"),
    (AIR, "air rmh sy disegel gara2 nunggak 3 bln, buka segelnya brp", "Rp150.000"),
    (AIR, "pipa bocor di jalan depan rumah airnya muncrat, nomor pengaduan pdam parepare brp",
     "0421-2950-118"),
    # Market stalls, Parepare
    (PASAR, "sewa kios di pasar lakessi sebulan brp ya", "Rp325.000"),
    (PASAR, "mau jualan di pasar senggol, bayar brp per malem", "Rp6.000"),
    (PASAR, "kalo nunggak sewa los brp bulan sampe dicabut?", "6 bulan"),
    (PASAR, "formulir buat daftar tempat jualan di pasar namanya apa ya min", "F-PSR 01"),
    # Advertising permit, Parepare (PDF)
    (REKLAME, "pasang spanduk promo di depan toko kena pajak brp", "Rp15.000"),
    (REKLAME, "ngurus izin billboard di parepare brp hari kelar", "12 hari kerja"),
    (REKLAME, "izin papan reklame tetap itu berlaku brp lama? trs perpanjangnya kapan",
     "1 tahun"),
    (REKLAME, "reklame sy dibongkar satpol pp krn izinnya abis, biaya bongkarnya brp",
     "Rp500.000"),
    # Waste, Singkawang
    (SAMPAH, "truk sampah di singkawang timur lewat hari apa aja", "Selasa, Kamis, Sabtu"),
    (SAMPAH, "mau buang kasur bekas, ada no wa dlh singkawang gak", "0813-5210-4490"),
    (SAMPAH, "angkut sofa sm lemari rusak dr rumah bayar brp", "Rp50.000"),
    (SAMPAH, "tetangga buang sampah ke parit trs, emg dendanya brp sih", "Rp250.000"),
    # Birth / death certificates, Singkawang (DOCX)
    (AKTA, "bikin akta lahir anak paling lambat brp hari stlh lahiran", "60 hari"),
    (AKTA, "telat ngurus akta kelahiran anak di singkawang, dendanya brp", "Rp50.000"),
    (AKTA, "ortu blm punya buku nikah, anak bisa dibuatin akta lahir gak? pake surat apa",
     "SPTJM"),
    (AKTA, "bapak sy meninggal minggu lalu, akta kematian jadinya brp hari", "2 hari kerja"),
    # Sports hall rental, Singkawang (HTML)
    (GOR, "sewa lapangan badminton malem di gor singkawang brp sejam", "Rp75.000"),
    (GOR, "sewa aula pemkot buat resepsi nikahan sehari brp", "Rp1.750.000"),
    (GOR, "kalo batal sewa aula seminggu sblmnya duitnya balik brp persen", "75%"),
    (GOR, "sekolah kami mau sewa lapangan buat pelajaran olahraga, ada diskon gak", "50%"),
    # Parking, Lhokseumawe
    (PARKIR, "parkir motor di jl merdeka lhokseumawe brp", "Rp2.000"),
    (PARKIR, "mobil sy diderek dishub td siang, biaya dereknya brp", "Rp300.000"),
    (PARKIR, "parkir langganan motor sebulan brp di lhokseumawe", "Rp50.000"),
    (PARKIR, "jukir di pasar gak ngasih karcis tp minta 5rb, lapor kmn", "0811-6720-348"),
    # Fogging / dengue, Lhokseumawe
    (FOGGING, "udh lapor dbd ke puskesmas, brp lama petugas dtg ngecek ke rumah",
     "2 x 24 jam"),
    (FOGGING, "kantor kami mau minta fogging ke dinkes padahal gak ada kasus, bayar brp",
     "Rp400.000"),
    (FOGGING, "fogging di gampong biasanya jam brp kalo sore", "16.30"),
    (FOGGING, "fogging nya brp kali sih, sekali doang?", "2 siklus"),
    # Building permit, Lhokseumawe
    (PBG, "ngurus pbg rumah di lhokseumawe brp lama", "28 hari kerja"),
    (PBG, "cuma mau ganti keramik sm cat ulang rumah, perlu pbg gak", "tidak memerlukan PBG"),
    (PBG, "retribusi pbg rumah 120 meter persegi hitungannya brp per meter", "Rp18.000"),
    (PBG, "ada gambar rumah gratis dr dinas gak biar ga usah bayar arsitek", "tipe 36"),
]

NOT_COVERED = [
    # close
    "sewa kios di pasar singkawang brp sebulan ya",
    "gmn cara bikin kk baru stlh nikah, mau pisah dr kk ortu",
    "mau ngadain nikahan pasang tenda di jalan, izin keramaian ke polsek gmn caranya",
    "tarif parkir motor di parepare brp skrg",
    "jual beli rumah di parepare, bphtb nya brp persen ya",
    # far
    "resep coto makassar yg enak gmn",
    "psm makassar main lg kapan?",
    "rekomendasi hp 2 jutaan buat main game dong",
    "besok di lhokseumawe hujan gak ya",
    "film horor indonesia yg bagus tayang minggu ini apa",
]

CONVERSATIONS = [
    ("id-c1", [
        ("pbb rumah sy di parepare blm dibayar taun ini, terakhir kapan ya", "start", PBB),
        ("klo telat?", "follow", PBB),
        ("bisa dicicil gak", "follow", PBB),
    ]),
    ("id-c2", [
        ("mau bikin skck buat lamar kerja, syaratnya apa aja", "start", SKCK),
        ("biayanya?", "follow", SKCK),
        ("bisa daftar online dulu gak biar ga antri", "follow", SKCK),
        ("oiya ktp sy jg ilang bulan lalu, gmn ngurusnya", "new", KTP),
    ]),
    ("id-c3", [
        ("mau buang kasur sm sofa bekas di singkawang gmn caranya", "start", SAMPAH),
        ("brp bayarnya", "follow", SAMPAH),
        ("dijemputnya brp lama?", "follow", SAMPAH),
        ("sekalian, sewa lapangan badminton di gor brp", "new", GOR),
        ("klo malem?", "follow", GOR),
    ]),
    ("id-c4", [
        ("mobil sy diderek di jl merdeka, ambilnya dmn", "start", PARKIR),
        ("bayar brp?", "follow", PARKIR),
        ("oh iya mau nanya jg, mau renov rumah tambah lantai perlu izin apa", "new", PBG),
        ("lama gak prosesnya", "follow", PBG),
    ]),
    ("id-c5", [
        ("mau pasang air pdam baru di rumah parepare syaratnya apa", "start", AIR),
        ("biayanya brp", "follow", AIR),
        ("brp lama dipasang?", "follow", AIR),
        ("klo telat bayar tagihan?", "follow", AIR),
    ]),
]


def main() -> None:
    with open(HALF / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(HALF / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
