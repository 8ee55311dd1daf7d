"""Write questions.jsonl and conversations.jsonl (in the set's root folder)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

N1 = "my/nasional/pembaharuan-lesen-memandu.md"
N2 = "my/nasional/pasport-malaysia.html"
S1 = "my/sibu/jpn-sibu-penggantian-mykad.docx"
S2 = "my/sibu/mps-kutipan-sampah.md"
S3 = "my/sibu/mps-lesen-perniagaan.md"
P1 = "my/seberang-perai/mbsp-cukai-taksiran.md"
P2 = "my/seberang-perai/mbsp-tempat-letak-kereta.html"
P3 = "my/seberang-perai/mbsp-sewaan-dewan.pdf"
P4 = "my/seberang-perai/mbsp-lesen-penjaja.md"
J1 = "my/subang-jaya/mbsj-lesen-anjing.md"
J2 = "my/subang-jaya/mbsj-permit-khemah.md"
J3 = "my/subang-jaya/mbsj-sisa-pukal-kebun.md"

ANSWERABLE = [
    # JPJ - driving licence renewal (5)
    ("brape nk renew lesen kereta setahun", N1, "RM35"),
    ("lesen memandu dah expired 4 tahun, bole renew terus ke?", N1, "3 tahun"),
    ("bapak sy umur 72 nak renew lesen, kena bawa borang apa", N1, "L8A"),
    ("kaunter jpj bukak sabtu x", N1, "Sabtu pertama dan ketiga"),
    ("nak renew lesen online guna app apa ek", N1, "JPJ Pantas"),
    # Imigresen - passport (5)
    ("pasport hilang first time, kena byr brape?", N2, "RM300"),
    ("renew pasport anak umur 8 thn brape", N2, "RM100"),
    ("bole renew pasport awal ke? brape bulan sblm expired", N2, "6 bulan"),
    ("imigresen last terima permohonan pkl brape", N2, "4.00 petang"),
    ("kalau renew passport online lama ke nak siap", N2, "3 hari bekerja"),
    # JPN Sibu - MyKad replacement (4)
    ("ic sy hilang lagi, ni dah kali kedua, kena bayar brape", S1, "RM100"),
    ("cip ic tiba2 x bole baca, bukan sy yg rosakkan. kena bayar ke nak ganti?", S1, "Percuma"),
    ("ic hilang dah sebulan lebih tapi blm report lagi, ada denda x", S1, "30 hari"),
    ("jpn sibu hari jumaat rehat sampai pkl brape", S1, "2.15 petang"),
    # MPS - waste collection (4)
    ("tong sampah 240 liter beli kat majlis brape", S2, "RM145"),
    ("tong sampah kena letak luar sebelum pkl brape", S2, "7.00 pagi"),
    ("org buang sampah merata2 kat sibu kena kompaun brape", S2, "RM500"),
    ("sampah rumah x kutip dah 3 hari, nak complain guna app apa", S2, "SibuBersih"),
    # MPS - business licence (4)
    ("kedai sy 80 meter persegi, lesen niaga brape setahun", S3, "RM120"),
    ("renew lesen kedai deadline bila", S3, "31 Januari"),
    ("lambat renew lesen perniagaan kena denda brape", S3, "10%"),
    ("nak jual kat bazar/pameran sehari je, lesen brape", S3, "RM15"),
    # MBSP - assessment tax (4)
    ("cukai pintu penggal kedua due bila", P1, "31 Ogos"),
    ("lewat bayar cukai pintu kena caj brape %", P1, "10%"),
    ("mak sy dah 65 thn, ada rebat cukai pintu x", P1, "20%"),
    ("baru beli rumah subsale, nak tukar nama cukai pintu guna borang apa", P1, "Borang J"),
    # MBSP - parking (4)
    ("parking kat butterworth sejam brape", P2, "RM0.60"),
    ("kena saman parking sbb x bayar, kalau settle cepat brape?", P2, "RM25"),
    ("pas parking bulanan zon A brape", P2, "RM80"),
    ("parking kat petak OKU kena kompaun brape", P2, "RM300"),
    # MBSP - hall rental (4)
    ("deposit sewa dewan serbguna brape", P3, "RM500"),
    ("cancel tempahan dewan 2 minggu sblm majlis, dpt refund x", P3, "50%"),
    ("kenduri kat dewan majlis bole sampai pkl brape malam", P3, "11.00 malam"),
    ("sewa dewan seberang jaya utk majlis kahwin brape sehari", P3, "RM450"),
    # MBSP - hawker licence (4)
    ("nak jual burger guna van, lesen penjaja brape setahun", P4, "RM80"),
    ("gerai penjaja bole ada brape org pembantu", P4, "2 orang"),
    ("suntikn tifoid tu sah brape lama", P4, "3 tahun"),
    ("tapak pasar malam bayar semalam brape", P4, "RM3.50"),
    # MBSJ - dog licence (4)
    ("lesen anjng yg dah mandul brape setahun", J1, "RM12"),
    ("sy duduk rumah teres, bole bela brape ekor anjing max?", J1, "2 ekor"),
    ("baru adopt anak anjing, umur brape baru wajib buat lesen", J1, "4 bulan"),
    ("bela anjing xde lesen kena kompaun brape", J1, "RM200"),
    # MBSJ - tent / canopy permit (4)
    ("nak pasang kanopi tepi jalan utk kenduri, kena apply brape hari awal", J2, "7 hari bekerja"),
    ("ayah jiran meninggal, nak pasang khemah utk majlis kematian perlu permit ke", J2, "24 jam"),
    ("lepas kenduri bila bole claim balik deposit khemah tu", J2, "14 hari bekerja"),
    ("tutup separuh jalan utk kenduri kahwin caj brape sehari", J2, "RM50"),
    # MBSJ - bulky and garden waste (4)
    ("sofa dgn tilam lama nak buang, mbsj bole amik free ke", J3, "5 item"),
    ("pusat sisa pukal puchong bukak sampai pkl brape", J3, "6.00 petang"),
    ("dahan pokok kena potong panjang brape baru dorg kutip", J3, "1.5 meter"),
    ("app apa nak book kutipan barang besar", J3, "SJ Kutip"),
]

NOT_COVERED = [
    # close
    "anak sy umur 9 thn mykid dia hilang, camne nak ganti",
    "nak renew roadtax kereta kat jpj bole buat online x",
    "cukai pintu MBPJ petaling jaya due bila ek",
    "kawan dari indonesia nak apply visa pelajar kat imigresen, camne",
    "sewa dewan kat subang jaya utk kenduri brape ek",
    # far
    "resepi nasi lemak sambal sotong yg sedap",
    "nak beli hp bawah rm1000 yg kamera power, ada cadangan x",
    "harimau malaya next match bila",
    "sakit kepala dah 2 hari x hilang2, patut makan ubat apa",
    "kucing sy x nak makan dah 2 hari, normal ke",
]

CONVERSATIONS = [
    ("ms-pasport-renew", [
        ("nak renew passport, kena bawa apa je", "start", N2),
        ("brape bayaran utk dewasa?", "follow", N2),
        ("kalau buat online pulak brape lama siap", "follow", N2),
    ]),
    ("ms-cukai-pintu-parkir", [
        ("cukai pintu mbsp bole bayar online x", "start", P1),
        ("kalau lambat bayar kena caj ke", "follow", P1),
        ("ok satu lagi, parking kat bukit mertajam sejam brape", "new", P2),
        ("ada pas bulanan x", "follow", P2),
    ]),
    ("ms-ic-hilang-lesen", [
        ("ic sy hilang, nak buat baru kat jpn sibu", "start", S1),
        ("kena buat report polis dulu ke", "follow", S1),
        ("brape lama baru siap", "follow", S1),
        ("lesen memandu sy pun dah expired, renew kelas D brape setahun", "new", N1),
        ("bole buat online x", "follow", N1),
    ]),
    ("ms-lesen-anjing-khemah", [
        ("nak buat lesen anjing kat subang jaya camne", "start", J1),
        ("perlu bawa dokumen apa", "follow", J1),
        ("jiran nak pasang khemah tutup jalan utk kenduri, dia kena ada permit ke", "new", J2),
        ("brape hari awal kena apply", "follow", J2),
    ]),
    ("ms-lesen-kedai-sibu", [
        ("nak bukak kedai runcit kat sibu, kena ada lesen apa", "start", S3),
        ("proses dia brape lama", "follow", S3),
        ("kaunter dorg bukak sabtu x", "follow", S3),
        ("lesen tu bole pindah nama kalau sy jual kedai?", "follow", S3),
    ]),
]


def main() -> None:
    lines = []
    for q, doc, fact in ANSWERABLE:
        lines.append({"q": q, "lang": "ms", "country": "MY", "docs": [doc], "fact": fact})
    for q in NOT_COVERED:
        lines.append({"q": q, "lang": "ms", "country": "MY", "docs": []})
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            obj = {"id": cid, "lang": "ms", "country": "MY",
                   "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
