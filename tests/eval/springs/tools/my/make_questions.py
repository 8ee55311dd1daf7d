"""Write questions.jsonl and conversations.jsonl of springs-my.

Run: python3 build/make_questions.py   (from the half's folder)
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

JPJ = "my/nasional/lesen-memandu-jpj.md"
JPN = "my/nasional/pendaftaran-kelahiran-jpn.md"
CUKAI = "my/segamat/cukai-taksiran.md"
GERAI = "my/segamat/sewa-gerai-pasar.pdf"
BANJIR = "my/segamat/bantuan-banjir.md"
PENJAJA = "my/segamat/lesen-penjaja.html"
DEWAN = "my/kuala-kangsar/sewa-dewan.docx"
SAMPAH = "my/kuala-kangsar/kutipan-sampah.md"
DENGGI = "my/kuala-kangsar/kawalan-denggi.md"
PARKIR = "my/bentong/parkir.html"
IKLAN = "my/bentong/permit-iklan.md"
AIR = "my/bentong/bekalan-air.md"

# (question, document, fact)
ANSWERABLE = [
    # JPJ: driving licence
    ("brp nk renew lesen kereta utk setahun?", JPJ, "RM 34"),
    ("lesen memandu sy hilang, nk buat baru kena isi form apa ek", JPJ, "Borang LM-12"),
    ("lesen P dah cukup 2 thn, ada brp hari nk tukar ke CDL", JPJ, "60 hari"),
    ("lesen expired dh 5 tahun, still blh renew ke atau kena amik test balik?", JPJ, "4 tahun"),
    ("x lekat P kat kereta kena saman brp", JPJ, "RM 150"),
    # JPN: birth registration
    ("baby baru lahir kena daftar dlm brp hari", JPN, "45 hari"),
    ("sy lambat daftar anak dah 3 bulan, kena denda ke? brp", JPN, "RM 50"),
    ("sijil lahir hilang, nk ganti brp?", JPN, "RM 15"),
    ("dh daftar nama anak tp nk tukar nama dia, boleh ke? ada bayaran x", JPN, "RM 20"),
    ("kalau daftar lewat lebih setahun brp lama nk siap?", JPN, "30 hari bekerja"),
    # Segamat: assessment tax
    ("cukai pintu penggal 2 due bila ya", CUKAI, "30 September"),
    ("dpt notis E cukai taksiran, ada caj lain ke", CUKAI, "RM 15"),
    ("kaunter hasil majlis buka hari jumaat x?", CUKAI, "Ahad hingga Khamis"),
    ("kedai sy kat bandar segamat, cukai taksiran kedai kira brp peratus?", CUKAI, "9%"),
    # Segamat: market stalls (PDF)
    ("sewa gerai basah pasar besar sebulan brp", GERAI, "RM 120"),
    ("kalau lambat bayar sewa gerai pasar ada caj lewat x", GERAI, "RM 10"),
    ("brp bulan tertunggak sewa gerai baru majlis tamatkan?", GERAI, "3 bulan"),
    ("pasar besar segamat tutup hari apa?", GERAI, "Rabu pertama"),
    # Segamat: flood aid
    ("rumah masuk air masa banjir, dpt bantuan brp?", BANJIR, "RM 800"),
    ("bila duit bantuan banjir masuk akaun", BANJIR, "21 hari bekerja"),
    ("nama sy xde dlm senarai bantuan wang ihsan, nk rayu guna borang apa", BANJIR, "BWI-3"),
    ("sy x pegi PPS, tumpang rumah mak je. nk daftar mangsa guna app apa?", BANJIR,
     "SiagaBanjir Johor"),
    # Segamat: hawker licence (HTML)
    ("lesen penjaja bergerak guna van brp setahun", PENJAJA, "RM 80"),
    ("apply lesen penjaja brp lama baru lulus", PENJAJA, "14 hari bekerja"),
    ("niaga tepi jalan xde lesen, kena kompaun brp max?", PENJAJA, "RM 500"),
    ("renew lesen penjaja lambat kena denda ke", PENJAJA, "RM 30"),
    # Kuala Kangsar: hall rental (DOCX)
    ("sewa dewan orang ramai sayong weekend brp sehari", DEWAN, "RM 380"),
    ("deposit dewan seri perak brp?", DEWAN, "RM 500"),
    ("nk cancel booking dewan, deposit dpt balik x", DEWAN, "30 hari"),
    ("lps majlis brp lama deposit dewan dipulangkan", DEWAN, "21 hari bekerja"),
    # Kuala Kangsar: waste collection
    ("nk buang tilam lama, bila lori sampah pukal dtg", SAMPAH, "Khamis kedua"),
    ("mintak kutipan khas sampah pukal caj brp satu trip", SAMPAH, "RM 50"),
    ("tong sampah beroda 120 liter beli kat majlis brp harga", SAMPAH, "RM 85"),
    ("ada org buang sampah haram tepi sungai, denda dia brp", SAMPAH, "RM 2,000"),
    # Kuala Kangsar: dengue control
    ("rumah sy jumpa jentik2 aedes, kompaun brp?", DENGGI, "RM 400"),
    ("test denggi kat klinik kesihatan kena bayar ke", DENGGI, "NS1"),
    ("nk rayu kompaun denggi ada brp hari", DENGGI, "7 hari"),
    ("lepas ada kes denggi brp lama PKD dtg siasat?", DENGGI, "24 jam"),
    # Bentong: parking (HTML)
    ("parking kat bandar bentong sejam brp", PARKIR, "RM 0.60"),
    ("kena saman parking RM30, kalau bayar cepat ada diskaun x?", PARKIR, "RM 10"),
    ("pas bulanan parking brp sebulan", PARKIR, "RM 70"),
    ("parking kat bukit tinggi hari ahad pun kena bayar? sejam brp", PARKIR, "RM 1.00"),
    # Bentong: advertising permit
    ("nk gantung banner depan kedai, permit brp satu?", IKLAN, "RM 10"),
    ("deposit utk banner dgn bunting brp", IKLAN, "RM 200"),
    ("papan tanda kedai xde permit kena kompaun brp", IKLAN, "RM 1,000"),
    ("permit bunting sah brp hari", IKLAN, "14 hari"),
    # Bentong: water
    ("deposit buka akaun air rumah baru brp", AIR, "RM 100"),
    ("air kena potong, nk sambung balik kena bayar brp", AIR, "RM 30"),
    ("bil air x bayar brp lama baru kena potong", AIR, "60 hari"),
    ("nombor nk report paip pecah tepi jalan", AIR, "1-800-88-7247"),
]

# (question, kind, why not covered)
NOT_COVERED = [
    ("roadtax kereta dh expired, renew kat mana ek", "close",
     "JPJ's other service: the licence page says road tax (LKM) is not described there"),
    ("IC anak sy hilang, nk buat MyKid baru camne", "close",
     "JPN's other service: the birth page says MyKid and MyKad are on another page"),
    ("cukai pintu rumah kat Labis bayar kat majlis segamat ke?", "close",
     "the Segamat page says Labis is under Majlis Daerah Labis, not MPSegamat; no page for it"),
    ("bil air rumah kat kuala kangsar bayar mcm mana", "close",
     "water bills are covered only for Bentong (PAIP); Perak's water operator has no page"),
    ("nk sewa dewan majlis kat bentong utk kenduri, brp sewa", "close",
     "hall rental is covered only for Kuala Kangsar (MPKK), not Bentong"),
    ("resepi rendang tok perak yg sedap camne", "far", "cooking recipe"),
    ("JDT main bila minggu ni", "far", "football fixtures"),
    ("iphone 15 ke samsung s24 lagi bagus utk amik gambar", "far", "phone comparison"),
    ("esok hujan x kat bentong?", "far", "weather forecast"),
    ("tips nk kurus cepat sebelum raya", "far", "diet advice"),
]

CONVERSATIONS = [
    {"id": "my-lesen-p", "turns": [
        ("lesen P sy nk habis bulan depan, kena buat apa?", "start", [JPJ]),
        ("brp lama tempoh nk tukar tu?", "follow", [JPJ]),
        ("blh buat online x?", "follow", [JPJ]),
        ("ok satu lg, anak sy baru lahir minggu lepas, daftar kat mana?", "new", [JPN]),
    ]},
    {"id": "my-cukai-segamat", "turns": [
        ("cukai pintu segamat bayar kat mana?", "start", [CUKAI]),
        ("kalau lambat kena denda brp", "follow", [CUKAI]),
        ("blh bayar ansuran x?", "follow", [CUKAI]),
    ]},
    {"id": "my-dewan-kk", "turns": [
        ("nk sewa dewan utk kenduri kahwin kat kuala kangsar", "start", [DEWAN]),
        ("deposit brp?", "follow", [DEWAN]),
        ("lepas kenduri tu sampah byk, majlis blh tlg kutip x", "new", [SAMPAH]),
        ("caj dia brp?", "follow", [SAMPAH]),
    ]},
    {"id": "my-parkir-bentong", "turns": [
        ("parking kat bentong bayar guna apa", "start", [PARKIR]),
        ("kena saman smlm, ada diskaun x?", "follow", [PARKIR]),
        ("btw nk pasang banner depan kedai kena apply permit ke", "new", [IKLAN]),
        ("brp lama lulus?", "follow", [IKLAN]),
    ]},
    {"id": "my-banjir-segamat", "turns": [
        ("rumah kena banjir semalam, ada bantuan apa2 x?", "start", [BANJIR]),
        ("brp dpt?", "follow", [BANJIR]),
        ("bila masuk duit tu?", "follow", [BANJIR]),
        ("kalau nama xde dlm list camne?", "follow", [BANJIR]),
    ]},
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            row = {"q": q, "lang": "ms", "country": "MY", "docs": [doc], "fact": fact}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            row = {"q": q, "lang": "ms", "country": "MY", "docs": []}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for conv in CONVERSATIONS:
            row = {"id": conv["id"], "lang": "ms", "country": "MY",
                   "turns": [{"q": q, "kind": k, "docs": d} for q, k, d in conv["turns"]]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ANSWERABLE), "answerable,", len(NOT_COVERED), "not covered,",
          len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
