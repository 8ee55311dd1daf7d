"""Write questions.jsonl and conversations.jsonl (one level up) from the lists below."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

T = "my/iskandar-puteri/suntikan-tifoid-kursus-pengendali-makanan.md"
P = "my/iskandar-puteri/lesen-anjing-kucing.md"
B = "my/iskandar-puteri/permit-bazar-sementara.pdf"
K = "my/iskandar-puteri/pas-kolam-renang-awam.html"
A = "my/temerloh/aduan-longkang-tersumbat-pokok-tumbang.md"
G = "my/temerloh/sewa-gerai-medan-selera.md"
D = "my/temerloh/pelan-bangunan-tambahan-kecil.docx"
L = "my/kota-samarahan/perpustakaan-komuniti.md"
H = "my/kota-samarahan/tempahan-dewan-masyarakat.md"
S = "my/kota-samarahan/permit-papan-tanda-iklan.html"
X = "my/nasional/bayaran-balik-cukai-pendapatan.md"
Q = "my/nasional/pencen-ilat-perkeso.md"

ANSWERABLE = [
    # typhoid injection and food-handler course (MBIP) - 5
    ("suntik tifoid brape kat klinik panel", T, "RM45"),
    ("pekerja baru kedai makan kena amik injection typhoid dlm brape hari lepas start keje?",
     T, "14 hari"),
    ("kad tifoid valid brape lama", T, "3 tahun"),
    ("sy tgh pregnant, keje kat kafe tp doktor kata x bole cucuk tifoid. camne ni, kena "
     "berhenti ke?", T, "surat pengecualian doktor"),
    ("kalau kedai kena tangkap ada pekerja xde suntikan tifoid, kompaun brape sorang", T,
     "RM500"),
    # pet licence (MBIP) - 4
    ("lesen kucing yg dah mandul brape setahun", P, "RM5"),
    ("duk kondo bole bela brape ekor kucing?", P, "2 ekor"),
    ("renew lesen anjing deadline bila ye", P, "31 Januari"),
    ("anjing sy kena tangkap dgn majlis semalam, nak amik balik kena bayar brape?", P, "RM50"),
    # temporary bazaar permit (MBIP, PDF) - 4
    ("nak anjur karnival jualan, permit penganjur brape", B, "RM200"),
    ("sy peniaga je nak amik tapak kat karnival, paling lewat apply brape hari sebelum event?",
     B, "7 hari"),
    ("bazar ramadan bukak pkl brape", B, "3.00 petang"),
    ("meniaga kat bazar xde permit kena kompaun brape", B, "RM250"),
    # public swimming pool (MBIP, HTML) - 4
    ("tiket kolam renang dewasa weekend brape", K, "RM6"),
    ("kolam renang ada sesi perempuan je tak? hari apa", K, "Rabu"),
    ("pas tahunan kolam renang brape", K, "RM380"),
    ("nak beli pas bulanan kolam tu guna app apa", K, "iPuteri Aktif"),
    # drains and fallen trees (MPT) - 4
    ("longkang tersumbat dpn rumah dah report, brape lama baru dorang datang bersihkan?", A,
     "5 hari bekerja"),
    ("pokok tumbang halang jalan mlm2 ni, nak call no apa", A, "09-296 5599"),
    ("pokok besar dlm kawasan rumah sy nak suruh majlis tebang, ada caj x", A, "RM180"),
    ("pokok tepi jalan tumbang atas kereta sy, nak claim dgn majlis kena hantar dlm brape "
     "hari", A, "30 hari"),
    # food-court stall (MPT) - 4
    ("sewa gerai medan selera mentakab brape sebulan", G, "RM220"),
    ("deposit gerai medan selera brape", G, "3 bulan sewa"),
    ("sewa gerai kena bayar sebelum hb brape tiap bulan", G, "7 haribulan"),
    ("dah hantar borang mohon gerai, brape lama baru tau dapat ke x", G, "45 hari"),
    # building plan for a small extension (MPT, DOCX) - 4
    ("nak tambah dapur belakang rumah setingkat, fi proses pelan camne kira?", D,
     "RM2.00 setiap meter persegi"),
    ("buat extension rumah xde approval majlis, denda brape", D, "RM50,000"),
    ("pelan dah lulus tp blum start renovate, valid brape lama?", D, "2 tahun"),
    ("extend rumah kena tinggal jarak brape meter dari sempadan belakang", D, "2.4 meter"),
    # community library (MPKS) - 4
    ("pulang buku lambat denda brape sehari", L, "20 sen"),
    ("library majlis samarahan tutup pkl brape hari sabtu", L, "5.00 petang"),
    ("sekali pinjam bole amik brape buku", L, "4 buah"),
    ("nak booking bilik discussion kat perpustakaan guna apa ye", L, "Samarahan eBaca"),
    # hall booking (MPKS) - 4
    ("sewa dewan serbaguna utk kenduri kawin brape sehari", H, "RM450"),
    ("deposit dewan serbaguna brape", H, "RM300"),
    ("majlis kat dewan kena habis pkl brape", H, "11.00 malam"),
    ("kalau cancel tempahan dewan 2 minggu sebelum majlis, deposit hangus ke?", H, "50%"),
    # signboard permit (MPKS, HTML) - 4
    ("fi papan tanda kedai yg ada lampu LED brape", S, "RM30 setiap meter persegi"),
    ("renew permit signboard last date bila", S, "31 Mac"),
    ("signboard kedai xde permit kena kompaun brape", S, "RM300"),
    ("apply permit banner utk event brape lama siap", S, "3 hari bekerja"),
    # LHDN individual refund (national) - 5
    ("refund cukai lambat sgt, biasa brape lama kalau e-filing?", X, "21 hari bekerja"),
    ("deadline hantar borang BE online tahun ni bila", X, "15 Mei 2026"),
    ("lhdn lambat bayar refund, ada pampasan x", X, "2%"),
    ("lupa claim relief insurans tahun lepas, bole pinda lg ke? sampai brape tahun", X,
     "5 tahun"),
    ("refund cukai sy cuma RM3 je, dorang bayar ke", X, "RM5"),
    # SOCSO invalidity pension (national) - 4
    ("pencen ilat perkeso minimum brape sebulan", Q, "RM575"),
    ("dah pergi medical board perkeso, brape lama dapat keputusan", Q, "60 hari"),
    ("x puas hati keputusan ilat, nak rayu dlm brape hari", Q, "90 hari"),
    ("suami sy ilat kena org jaga 24 jam, perkeso ada elaun lebih x", Q, "RM550"),
]

NOT_COVERED = [
    # close
    "lesen anjing kat MBJB johor bahru brape setahun",
    "cukai taksiran rumah kat temerloh due bila, bayar kat mana",
    "kena buang keja, camne nak claim elaun hilang pekerjaan perkeso",
    "nak pasang billboard besar tepi pan borneo dkt samarahan, camne apply",
    "refund cukai syarikat sdn bhd brape lama dpt",
    # far
    "resepi rendang daging simple",
    "phone sy cepat panas bila charge, normal ke",
    "jdt main pkl brape mlm ni",
    "kucing sy selalu muntah bulu, bahaya x",
    "tips nak tido cepat bila stress",
]

CONVERSATIONS = [
    ("ms-bazar-tifoid", [
        ("nak amik tapak kat bazar ramadan, camne nak apply", "start", B),
        ("sebulan brape bayaran tapak?", "follow", B),
        ("pekerja sy kena amik suntikan tifoid gak kan? brape kos dia", "new", T),
        ("klinik suntikan tu bukak sabtu x", "follow", T),
    ]),
    ("ms-kolam-renang", [
        ("kolam renang awam bukak pkl brape", "start", K),
        ("tiket budak sekolah brape", "follow", K),
        ("ada pas bulanan x?", "follow", K),
    ]),
    ("ms-dewan-perpustakaan", [
        ("nak tempah dewan majlis utk kenduri kawin", "start", H),
        ("deposit brape?", "follow", H),
        ("sorry satu lg, perpustakaan komuniti majlis tu bukak hari isnin x", "new", L),
        ("kalau pulang buku lambat kena denda brape", "follow", L),
    ]),
    ("ms-refund-pencen", [
        ("refund income tax biasa bila masuk", "start", X),
        ("camne nak check status dia", "follow", X),
        ("ayah sy pulak sakit x bole keja lg, perkeso ada bagi pencen ke?", "new", Q),
        ("minimum brape sebulan?", "follow", Q),
    ]),
    ("ms-pokok-tumbang", [
        ("pokok tumbang depan rumah halang jalan", "start", A),
        ("brape lama dorang datang alihkan?", "follow", A),
        ("kalau pokok tu timpa kereta bole claim x", "follow", A),
        ("kena hantar claim tu dlm brape hari", "follow", A),
    ]),
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS),
          "conversations")


if __name__ == "__main__":
    main()
