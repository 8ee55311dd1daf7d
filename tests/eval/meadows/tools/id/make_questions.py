"""Write questions.jsonl and conversations.jsonl (run from anywhere: python build/make_questions.py)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

A = "id/kota-sukabumi/surat-keterangan-domisili-usaha.md"
B = "id/kota-sukabumi/retribusi-sampah-usaha.md"
C = "id/kota-sukabumi/ambulans-dan-mobil-jenazah.pdf"
D = "id/kota-kediri/pinjaman-lunak-usaha-mikro.md"
E = "id/kota-kediri/peminjaman-taman-kota.html"
F = "id/kota-kediri/laporan-dbd-dan-fogging.md"
G = "id/kota-kediri/kartu-penyandang-disabilitas.docx"
H = "id/kota-ternate/izin-petak-makam-tpu.md"
I = "id/kota-ternate/bantuan-seragam-sekolah.md"
J = "id/kota-ternate/pemeriksaan-hidran-dan-apar.html"
K = "id/nasional/pendaftaran-haji-reguler.md"
L = "id/nasional/klaim-jaminan-hari-tua.md"

ANSWERABLE = [
    # A – SKDU (Sukabumi)
    ("skdu brp hari jadinya?", A, "3 hari kerja"),
    ("surat domisili usaha berlaku brp lama sih? biar tau kpn hrs renew", A, "1 tahun"),
    ("perpanjnag surat ket domisili usaha paling lambat kpn ya sblm expired", A, "14 hari"),
    ("mau apply surat keterangan domisili usaha online, nama aplikasinya apa gan", A, "LAKON"),
    # B – retribusi sampah usaha (Sukabumi)
    ("retribusi sampah buat minimarket sebulan brp?", B, "Rp150.000"),
    ("bayar retribusi sampah toko due tgl brp tiap bulan", B, "tanggal 15"),
    ("klo telat bayar iuran sampah toko dendanya brp persen", B, "2%"),
    ("sy jualan gerobak pkl, kena retrebusi sampah jg gk? brp sehari", B, "Rp3.000"),
    ("sy gk setuju golongan tarif sampah di skrd, ngajuin keberatan max brp hari?", B, "30 hari"),
    # C – ambulans & mobil jenazah (Sukabumi, PDF)
    ("nomer wa buat pesen mobil jenazah", C, "0813-1900-2266"),
    ("ambulans anter pasien ke rs luar kota itungannya gmn, per km brp?", C, "Rp6.000"),
    ("klo mau pake mobil jenazah hrs booking brp jam sebelumnya ya", C, "3 jam"),
    ("klo nelpon 119 ambulans nyampe brp menit biasanya", C, "15 menit"),
    # D – pinjaman lunak usaha mikro (Kediri)
    ("pinjaman umkm dari pemkot itu bunganya brp persen per taun?", D, "3%"),
    ("plum tanpa agunan maksimal brp", D, "Rp5.000.000"),
    ("telat bayar cicilan plum dendanya brp?", D, "0,1%"),
    ("pendaftaran pinjaman modal usaha mikro gelombang 1 tutup kpn ya", D, "30 April 2026"),
    # E – peminjaman taman kota (Kediri, HTML)
    ("sewa taman sekartaji buat bazar brp per hari", E, "Rp500.000"),
    ("acara di taman kota hrs kelar jam brp", E, "22.00"),
    ("kalo batal booking taman seminggu sblm acara, duit balik brp persen?", E, "50%"),
    ("foto prewed di taman kota kena biaya gk? brp", E, "Rp150.000"),
    # F – DBD & fogging (Kediri)
    ("anak tetangga kena dbd, petugas puskesmas dtg brp lama stlh dilaporin?", F, "1 x 24 jam"),
    ("mau lapor kasus dbd lewat wa, hotline dinkes nomornya brp", F, "0821-4455-0917"),
    ("fogging radiusnya brp meter", F, "200 meter"),
    ("minta abate gratis di puskesmas dpt brp sachet per rumah", F, "10 sachet"),
    # G – kartu penyandang disabilitas (Kediri, DOCX)
    ("kartu disabilitas jdnya brp hari kerja", G, "10 hari kerja"),
    ("kartu penyandang disabilitas berlaku brp thn?", G, "5 tahun"),
    ("ibu sy ga bs keluar rumah, mau bikin kartu disabilitas, ada layanan jemput bola gk? no wa nya brp",
     G, "0811-3577-2604"),
    ("surat ket dokter buat kpd berlaku brp lama", G, "6 bulan"),
    # H – izin petak makam TPU (Ternate)
    ("biaya izin petak makam utk warga luar kota brp", H, "Rp400.000"),
    ("jasa gali kubur di tpu brp", H, "Rp350.000"),
    ("telat perpanjang izin makam lewat 6 bln ada dendanya gk?", H, "25%"),
    ("satu petak makam di tpu ukurannya brp meter ya, buat bikin kijing", H, "1 x 2,5 meter"),
    # I – bantuan seragam sekolah (Ternate)
    ("bantuan seragam smp nilainya brp", I, "Rp550.000"),
    ("deadline ngumpulin berkas seragam gratis kpn?", I, "31 Juli 2026"),
    ("seragam dr bantuan kekecilan, bs tuker gk? max brp hari", I, "14 hari"),
    ("nama aplikasi buat input data bantuan seragam apa ya", I, "SiBantu"),
    # J – pemeriksaan hidran & APAR (Ternate, HTML)
    ("cek hidran sama apar buat ruko 300 m2 bayar brp", J, "Rp250.000"),
    ("rekomendasi keselamatan kebakaran dr damkar berlaku brp lama", J, "1 tahun"),
    ("klo mau ajuin pemeriksaan apar di toko, minimal brp hari sblmnya?", J, "7 hari kerja"),
    ("hidran di pinggir jalan bocor, lapornya lwt aplikasi apa", J, "TERNATE SIAGA"),
    # K – pendaftaran haji reguler (nasional)
    ("setoran awal haji brp skrg", K, "Rp26.000.000"),
    ("umur minimal daftar haji brp", K, "12 tahun"),
    ("klo batal haji duit setoran balik brp lama", K, "30 hari kerja"),
    ("gmn cara cek nomor porsi haji, pake apk apa?", K, "Haji Kita"),
    # L – klaim JHT (nasional)
    ("udh resign, kpn bs cairin jht?", L, "1 bulan"),
    ("klaim jht lwt hp tanpa ke kantor max saldo brp", L, "Rp15.000.000"),
    ("jht bs cair sebagian buat rumah brp persen", L, "30%"),
    ("pajak jht klo saldonya di atas 50jt brp persen", L, "5%"),
    ("cs bpjs tk nomornya brp", L, "1500 626"),
]

NOT_COVERED = [
    # close
    "retribusi sampah rumah tangga sebulan brp ya?",
    "daftar umroh lwt kemenag gmn caranya",
    "klaim jkk kecelakaan kerja bpjs tk syaratnya apa aja",
    "sewa GOR buat turnamen futsal di kediri brp",
    "izin makam di tpu kota manado biayanya brp",
    # far
    "resep rendang daging biar empuk gmn sih",
    "ada rekomendasi hp 2 jutaan yg kameranya bagus gk",
    "timnas main lg kpn bro",
    "kucing sy gak mau makan udh 2 hari hrs gmn",
    "cara ngilangin jerawat batu yg ampuh apa",
]

CONVERSATIONS = [
    ("id-domisili-usaha", [
        ("mau bikin surat domisili usaha buat ngajuin kredit ke bank, syaratnya apa aja?", "start", A),
        ("biayanya brp?", "follow", A),
        ("kelurahan buka sabtu gk", "follow", A),
        ("oh iya sekalian, toko sy luasnya 50an m2 kena retribusi sampah brp sebulan?", "new", B),
        ("bayarnya bs pake qris gk?", "follow", B),
    ]),
    ("id-pinjaman-umkm", [
        ("ada pinjaman modal umkm dr pemkot gk sih", "start", D),
        ("hrs ikut pelatihan dulu ya? brp hari", "follow", D),
        ("klo pinjem 8 juta perlu jaminan gk", "follow", D),
    ]),
    ("id-taman-acara", [
        ("mau pinjem taman buat senam komunitas, bayar gk?", "start", E),
        ("uang jaminannya brp", "follow", E),
        ("daftarnya paling lambat brp hari sblm acara", "follow", E),
        ("eh sekalian, ada pinjaman modal buat usaha kecil dr pemkot gk? mau buka angkringan", "new", D),
        ("bunganya brp", "follow", D),
    ]),
    ("id-jht-haji", [
        ("baru resign, mau cairin jht, dokumennya apa aja?", "start", L),
        ("cairnya brp lama?", "follow", L),
        ("duitnya mau buat daftar haji, setoran awalnya brp?", "new", K),
        ("daftarnya hrs dtg sendiri atau bs diwakilin?", "follow", K),
    ]),
    ("id-makam", [
        ("mau urus izin makam di tpu buat almarhum bapak, syaratnya apa?", "start", H),
        ("brp lama izinnya keluar", "follow", H),
        ("bs dimakamin hari minggu gk?", "follow", H),
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
                                 "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
