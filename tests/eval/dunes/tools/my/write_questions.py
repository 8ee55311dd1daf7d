"""Write questions.jsonl and conversations.jsonl of the dunes-my evaluation set.

Run: python build/write_questions.py   (paths are relative to this script's folder)
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

CUKAI = "my/batu-pahat/cukai-taksiran.md"
DEWAN = "my/batu-pahat/sewaan-dewan.md"
LESEN = "my/batu-pahat/lesen-perniagaan.pdf"
KOMPAUN = "my/batu-pahat/kompaun.html"
PARKIR = "my/kulim/letak-kereta.md"
JPJ = "my/kulim/lesen-memandu-jpj.md"
IKLAN = "my/kulim/permit-iklan.docx"
SAMPAH = "my/lahad-datu/kutipan-sampah.md"
UBAHSUAI = "my/lahad-datu/permit-ubah-suai-rumah.md"
PENJAJA = "my/lahad-datu/lesen-penjaja.html"
MYKAD = "my/nasional/mykad-hilang-tukar-alamat.md"
PASPORT = "my/nasional/pasport-malaysia.md"

ANSWERABLE = [
    # cukai taksiran (5)
    ("cukai pintu penggal kedua due bila?", CUKAI, "31 Ogos 2026"),
    ("kalau lambat bayar cukai pintu kena denda brape % ek", CUKAI, "10%"),
    ("sy pencen umur 63, duduk rumah sendiri. ada rebat cukai taksiran x?", CUKAI, "RM80"),
    ("nak bayar cukai pintu guna jompay, kod biller brape?", CUKAI, "58231"),
    ("tunggakan cukai pintu dah lebih seribu, bole bayar ansuran ke? brape lama max", CUKAI,
     "6 bulan"),
    # dewan (4)
    ("sewa dewan jubli sehari brape", DEWAN, "RM1,200"),
    ("buat majlis kahwin kat dewan majlis kena habis pkl brape malam?", DEWAN, "11.30 malam"),
    ("klu tinggal dewan kotor lepas kenduri kena potong deposit brape", DEWAN, "RM150"),
    ("persatuan kami NGO berdaftar, ada diskaun sewa dewan tak?", DEWAN, "30%"),
    # lesen perniagaan PDF (4)
    ("fi lesen kedai luas lebih kurang 100 meter persegi brape setahun?", LESEN, "RM280"),
    ("lesen ekspres kedai runcit brape lama lulus", LESEN, "1 hari bekerja"),
    ("renew lesen niaga lepas 31 januari kena penalti ke", LESEN, "20%"),
    ("nak buka tapak bazar ramadan, lesen sementara brape sehari?", LESEN, "RM8"),
    # kompaun HTML (4)
    ("kompaun parking kat petak OKU brape", KOMPAUN, "RM150"),
    ("bayar kompaun majlis dalam seminggu dpt diskaun brape", KOMPAUN, "50%"),
    ("dah hantar rayuan kompaun, brape lama baru dapat jawapan?", KOMPAUN, "10 hari bekerja"),
    ("kod jompay nak bayar kompaun majlis apa", KOMPAUN, "58249"),
    # letak kereta Kulim (4)
    ("parking sejam brape kat kulim", PARKIR, "RM0.60"),
    ("sy kerja kat pekan, pas parking bulanan brape sebulan", PARKIR, "RM75"),
    ("hari sabtu parking kena bayar sampai pkl brape", PARKIR, "1.00 tengah hari"),
    ("kena saman parking rm50, klu bayar cepat dalam 7 hari jadi brape?", PARKIR, "RM15"),
    # JPJ Kulim (4)
    ("renew lesen kereta kelas D brape setahun", JPJ, "RM35"),
    ("lesen memandu hilang, nak buat ganti brape", JPJ, "RM20"),
    ("lesen dah expired 4 thn, kena amik test balik ke?", JPJ, "Ujian Bahagian III"),
    ("jpj kulim hari khamis tutup pkl brape", JPJ, "3.30 petang"),
    # permit iklan DOCX (4)
    ("nak pasang bunting kedai baru bukak, permit brape sebuah?", IKLAN, "RM3"),
    ("apply permit billboard tepi jalan brape lama lulus?", IKLAN, "45 hari"),
    ("banner sy kena turun sbb xde permit, caj brape satu?", IKLAN, "RM50"),
    ("kain rentang program bole pasang brape hari awal?", IKLAN, "14 hari sebelum"),
    # kutipan sampah Lahad Datu (4)
    ("tong sampah rumah dah pecah, nak beli baru 120 liter brape harga", SAMPAH, "RM110"),
    ("lori sampah dtg pkl brape pagi? nak letak sampah tepi jalan", SAMPAH, "6.30 pagi"),
    ("nak sewa kontena sampah utk kenduri, brape sehari", SAMPAH, "RM150"),
    ("sampah x kutip dah 2 kali, nk complain whatsapp no apa", SAMPAH, "019-880 2157"),
    # permit ubah suai Lahad Datu (4)
    ("nak tambah dapur belakang rumah, fi permit kira camne", UBAHSUAI, "RM3"),
    ("deposit permit renovate rumah brape", UBAHSUAI, "RM300"),
    ("permit ubahsuai rumah brape hari lulus", UBAHSUAI, "7 hari bekerja"),
    ("buat pagar baru kena permit ke? caj brape", UBAHSUAI, "RM1.50"),
    # lesen penjaja HTML (4)
    ("sy nak start niaga food truck, lesen brape setahun?", PENJAJA, "RM240"),
    ("tamu hari ahad tutup pkl brape", PENJAJA, "12.30 tengah hari"),
    ("renew lesen penjaja lambat, kena denda brape?", PENJAJA, "RM20"),
    ("adik sy nak tolong jaga gerai, kad pembantu penjaja brape", PENJAJA, "RM15"),
    # MyKad JPN (5)
    ("ic hilang kali kedua kena bayar brape", MYKAD, "RM120"),
    ("tukar alamat ic dah lambat lebih sebulan, kena caj ke?", MYKAD, "RM10"),
    ("slip jpn tu bole guna ganti ic brape lama?", MYKAD, "60 hari"),
    ("jpn kat utc bukak sampai pkl brape", MYKAD, "9.00 malam"),
    ("buat ic baru kat pejabat pendaftaran daerah brape hari siap", MYKAD, "5 hari bekerja"),
    # pasport (4)
    ("pasport hilang kali kedua brape caj dia", PASPORT, "RM600"),
    ("renew pasport online brape hari siap", PASPORT, "3 hari bekerja"),
    ("klu nak pos pasport ke rumah, caj pos brape?", PASPORT, "RM15"),
    ("pejabat imigresen terima apply pasport sampai pkl brape", PASPORT, "3.30 petang"),
]

NOT_COVERED = [
    # close: same service, a council not in the folder
    "cukai pintu MP Muar due bila",
    # close: neighbouring JPN service (birth registration) the MyKad page does not describe
    "nak daftar kelahiran baby baru lahir kat jpn kena bawak apa",
    # close: JPJ road tax, which the JPJ Kulim page explicitly leaves out
    "roadtax kereta bole renew kat kaunter jpj x? brape",
    # close: International Driving Permit, explicitly not described on the JPJ page
    "lesen memandu antarabangsa IDP apply camne",
    # close: another licence of a council in the folder (dog licence, MDLD)
    "lesen anjing kat majlis daerah lahad datu brape setahun",
    # far
    "resepi rendang ayam simple utk raya",
    "phone cepat panas bila charge, normal ke?",
    "jadual piala malaysia malam ni pkl brape",
    "sakit kepala x hilang2 makan ubat apa ye",
    "kucing sy x nak makan dah 2 hari, kenapa",
]

CONVERSATIONS = [
    {"id": "ms-mykad-hilang", "turns": [
        ("ic sy hilang, camne nak buat baru", "start", MYKAD),
        ("kali pertama hilang brape kena bayar", "follow", MYKAD),
        ("kena bawak report polis ke?", "follow", MYKAD),
        ("kaunter kat utc bukak sampai malam x", "follow", MYKAD),
    ]},
    {"id": "ms-cukai-pintu-kompaun", "turns": [
        ("cukai pintu tahun ni due bila ek", "start", CUKAI),
        ("klu bayar penuh awal ada rebat?", "follow", CUKAI),
        ("satu lagi, sy kena kompaun parking majlis, nak bayar online camne", "new", KOMPAUN),
        ("dapat potongan tak kalau bayar minggu ni", "follow", KOMPAUN),
    ]},
    {"id": "ms-lesen-memandu-parkir", "turns": [
        ("nak renew lesen memandu, bole buat online x", "start", JPJ),
        ("brape setahun utk kereta", "follow", JPJ),
        ("oh ya, parking kat pekan bayar guna app apa", "new", PARKIR),
        ("hari jumaat kena bayar ke", "follow", PARKIR),
    ]},
    {"id": "ms-sisa-pukal-ubah-suai", "turns": [
        ("nak buang tilam ngan almari lama, majlis bole dtg angkut?", "start", SAMPAH),
        ("dah guna 2 kali tahun ni, lepas tu kena bayar brape", "follow", SAMPAH),
        ("sy nak renovate tambah dapur pulak, kena apply permit ke", "new", UBAHSUAI),
        ("brape lama dapat lulus", "follow", UBAHSUAI),
    ]},
    {"id": "ms-pasport-renew", "turns": [
        ("pasport dah nak expired, renew kat mana", "start", PASPORT),
        ("harga brape utk 5 tahun", "follow", PASPORT),
        ("mak sy 62 tahun, dia brape pulak?", "follow", PASPORT),
    ]},
]


def main() -> None:
    with open(SET / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(SET / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for conv in CONVERSATIONS:
            turns = [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in conv["turns"]]
            fh.write(json.dumps({"id": conv["id"], "lang": "ms", "country": "MY",
                                 "turns": turns}, ensure_ascii=False) + "\n")
    print(f"{len(ANSWERABLE) + len(NOT_COVERED)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
