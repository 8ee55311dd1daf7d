"""Write questions.jsonl and conversations.jsonl (run from the set folder)."""

import json
from pathlib import Path

SET = Path(__file__).resolve().parent.parent

MYKAD = "my/nasional/mykad-kad-pengenalan.md"
TAX = "my/nasional/cukai-pendapatan-efiling.md"
TAKSIRAN = "my/port-dickson/cukai-taksiran.md"
PENJAJA = "my/port-dickson/lesen-penjaja.pdf"
DEWAN = "my/port-dickson/sewa-dewan.html"
SAMPAH = "my/port-dickson/kutipan-sampah.md"
GERAI = "my/kota-tinggi/sewa-gerai-pasar.docx"
IKLAN = "my/kota-tinggi/permit-iklan.md"
PARKIR = "my/kota-tinggi/letak-kereta.md"
PELAN = "my/sri-aman/pelan-bangunan.md"
ANJING = "my/sri-aman/lesen-anjing.html"
DENGGI = "my/sri-aman/kawalan-denggi.md"

ANSWERABLE = [
    # MyKad (JPN)
    (MYKAD, "anak sy baru 12 thn, dlm brp lama kena apply IC?", "90 hari"),
    (MYKAD, "IC hilang kali kedua bayar brp", "RM120"),
    (MYKAD, "jpn buka x hari sabtu? nk tukar ic", "8.30 pagi hingga 12.30 tengah hari"),
    (MYKAD, "dh siap buat ic baru tp jumpa balik yg lama, nk buat apa ngan ic lama tu",
     "7 hari"),
    (MYKAD, "ic dh siap tp x sempat amik lg, lama2 nanti jadi apa? ada had masa ke",
     "6 bulan"),
    # Income tax (LHDNM)
    (TAX, "bila last day hantar borang BE efiling tahun ni", "12 Mei 2026"),
    (TAX, "kalau lambat submit efiling tahun ni kena penalti brp %", "20%"),
    (TAX, "relief gym brp max", "RM1,100"),
    (TAX, "aku tersilap isi efiling dah hantar pun, boleh edit balik ke? sampai bila",
     "6 bulan"),
    # Cukai taksiran, Port Dickson (MPPD)
    (TAKSIRAN, "cukai pintu penggal 1 due bila", "31 Mac"),
    (TAKSIRAN, "kalau lambat bayar cukai taksiran kena caj lewat brp ya", "10%"),
    (TAKSIRAN, "mak sy pencen, duduk rumah sendiri kat PD. ada rebat cukai pintu utk warga emas x?",
     "50%"),
    (TAKSIRAN, "kaunter hasil majlis buka weekend?", "Sabtu pertama"),
    # Lesen penjaja, Port Dickson (MPPD) - PDF
    (PENJAJA, "nk jual air kelapa kat tapak tetap tepi pantai teluk kemang, lesen brp setahun",
     "RM120"),
    (PENJAJA, "barang niaga kena angkut dgn majlis, brp hari blh claim balik", "14 hari"),
    (PENJAJA, "lesen penjaja renew bila boleh start?", "1 November"),
    (PENJAJA, "meniaga xde lesen kena kompaun brp", "RM500"),
    # Sewa dewan, Port Dickson (MPPD) - HTML
    (DEWAN, "nk tanya brp sewa dewan seri pantai utk hari sabtu", "RM1,200"),
    (DEWAN, "deposit dewan brp", "RM500"),
    (DEWAN, "klu cancel booking dewan 2 bulan awal dpt refund x", "50%"),
    (DEWAN, "dewan tu ada sediakan kerusi meja ke or kena sewa sendiri dari luar", "300 kerusi"),
    # Kutipan sampah, Port Dickson (SWCorp)
    (SAMPAH, "lori sampah dtg hari apa ye kat kawasan rumah sy lukut", "Selasa dan Jumaat"),
    (SAMPAH, "nak buang tilam ngan almari lama, kena appointment brp hari awal?", "5 hari bekerja"),
    (SAMPAH, "tong sampah hilang, ganti baru brp", "RM95"),
    (SAMPAH, "dah 3 hari sampah depan rumah x kutip!! nk complain no apa", "1-800-88-2446"),
    # Sewa gerai pasar, Kota Tinggi (MDKT) - DOCX
    (GERAI, "sewa petak ikan pasar awam kota tinggi sebulan brp", "RM85"),
    (GERAI, "bulan ni terlambat bayar sewa gerai, ada denda ke", "RM10"),
    (GERAI, "deposit gerai majlis brp bulan sewa", "3 bulan"),
    (GERAI, "sy nk stop sewa gerai sebelum kontrak habis, kena bagi notis brp lama", "1 bulan"),
    # Permit iklan, Kota Tinggi (MDKT)
    (IKLAN, "nak gantung banner jualan murah, kena bayar permit brp", "RM10 sehelai"),
    (IKLAN, "kalau pasang bunting xde permit kena kompaun brp", "RM300"),
    (IKLAN, "baru bukak kedai, permit signboard tu lama ke nk lulus", "7 hari bekerja"),
    (IKLAN, "kain rentang kenduri kahwin pun kena bayar fi ke?", "5 hari"),
    # Letak kereta, Kota Tinggi (MDKT)
    (PARKIR, "parking kt bandar kota tinggi brp sejam", "RM0.60"),
    (PARKIR, "kena saman parking, klu bayar cepat dpt murah x", "RM15"),
    (PARKIR, "sy rasa saman parking ni x patut, nak appeal ada tempoh ke?", "14 hari"),
    (PARKIR, "pas parking bulanan berapa", "RM80"),
    (PARKIR, "kereta aku kena clamp wei, nk bukak kena byr brp", "RM100"),
    # Pelan bangunan, Sri Aman (MDSA)
    (PELAN, "nak buat porch kereta kecik je, kena hantar pelan arkitek ke", "Permit Kerja Kecil"),
    (PELAN, "lulus pelan rumah sebuah ambik masa brp lama", "30 hari bekerja"),
    (PELAN, "fi proses pelan rumah kira mcm mana, rumah sy 150 meter persegi", "RM1.50"),
    (PELAN, "kalau buat extension rumah x mintak kelulusan, denda brp", "RM5,000"),
    # Lesen anjing, Sri Aman (MDSA) - HTML
    (ANJING, "lesen anjing betina brp setahun", "RM18"),
    (ANJING, "anjing sy kena tangkap majlis semalam, camne nk ambik balik? kena bayar?", "RM50"),
    (ANJING, "rumah teres blh bela brp ekor anjing", "2 ekor"),
    (ANJING, "renew lesen anjing last date bila", "31 Mac"),
    # Kawalan denggi, Sri Aman (MDSA)
    (DENGGI, "jiran sebelah kena denggi, bila majlis nk dtg fogging area kami", "24 jam"),
    (DENGGI, "kalau inspektor jumpa jentik2 kat rumah kena kompaun brp", "RM500"),
    (DENGGI, "boleh minta ubat abate free tak? brp banyak dpt", "10 paket"),
    (DENGGI, "rumah kosong sebelah bnyk air bertakung, nk report kat mana", "083-322 468"),
]

NOT_COVERED = [
    # close
    ("nk daftar kelahiran baby kat jpn, apa dokumen perlu bawa", "close"),
    ("sy ada rumah kat seremban, cukai taksiran situ due bila ye", "close"),
    ("lesen anjing DBKU kuching brp setahun", "close"),
    ("cukai tanah rumah kat PD bayar kat mana", "close"),
    ("borang E majikan lhdn tarikh akhir bila", "close"),
    # far
    ("resepi rendang daging yg empuk camne", "far"),
    ("JDT menang brp gol malam tadi", "far"),
    ("phone bawah RM1000 yg best skrg apa", "far"),
    ("esok hujan x kat port dickson", "far"),
    ("lagu raya paling best sepanjang zaman", "far"),
]

CONVERSATIONS = [
    {"id": "my-mykad-hilang", "turns": [
        ("IC anak sy hilang kat sekolah, nk buat baru camne", "start", MYKAD),
        ("kena buat report polis ke?", "follow", MYKAD),
        ("bayar brp? ni first time hilang", "follow", MYKAD),
        ("brp lama siap?", "follow", MYKAD),
    ]},
    {"id": "my-dewan-kenduri", "turns": [
        ("nk sewa dewan kat lukut utk kenduri kahwin bulan 8", "start", DEWAN),
        ("deposit brp?", "follow", DEWAN),
        ("blh booking online?", "follow", DEWAN),
        ("lepas kenduri nk buang perabot lama skali, lori sampah blh angkut x", "new", SAMPAH),
        ("kena bayar ke?", "follow", SAMPAH),
    ]},
    {"id": "my-saman-parking", "turns": [
        ("semalam kena saman parking kat bandar KT", "start", PARKIR),
        ("kalau bayar minggu ni brp?", "follow", PARKIR),
        ("tp sy dh bayar kat app, nk rayu blh?", "follow", PARKIR),
    ]},
    {"id": "my-gerai-banner", "turns": [
        ("nk sewa gerai makan kat kompleks penjaja tepian sungai, sebulan brp", "start", GERAI),
        ("deposit pulak?", "follow", GERAI),
        ("nk pasang banner promosi gerai baru, perlu permit ke", "new", IKLAN),
        ("brp lama lulus?", "follow", IKLAN),
    ]},
    {"id": "my-anjing-nyamuk", "turns": [
        ("baru pindah sri aman, bela 2 ekor anjing. kena lesen ke?", "start", ANJING),
        ("brp? dua2 jantan", "follow", ANJING),
        ("blh apply online?", "follow", ANJING),
        ("satu lg, jiran kena denggi, bila majlis nk fogging", "new", DENGGI),
    ]},
]


def main() -> None:
    with open(SET / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(SET / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for conv in CONVERSATIONS:
            turns = [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in conv["turns"]]
            fh.write(json.dumps({"id": conv["id"], "lang": "ms", "country": "MY",
                                 "turns": turns}, ensure_ascii=False) + "\n")
    print(len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS),
          "conversations")


if __name__ == "__main__":
    main()
