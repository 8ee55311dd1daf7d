"""Write questions.jsonl and conversations.jsonl of the meadows-my set (next to build/).

  python build/make_questions.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

S1 = "my/sepang/pembaharuan-lesen-penjaja.md"
S2 = "my/sepang/permit-kanopi-sementara.pdf"
S3 = "my/sepang/tempahan-gelanggang-sukan.html"
M1 = "my/manjung/lesen-anjing.md"
M2 = "my/manjung/permit-tebang-pokok.md"
M3 = "my/manjung/sewaan-dewan-orang-ramai.docx"
M4 = "my/manjung/aduan-longkang-tandas-awam.md"
K1 = "my/keningau/kawalan-serangga-dan-tikus.md"
K2 = "my/keningau/tapak-perkuburan-awam.md"
K3 = "my/keningau/lesen-papan-iklan.html"
N1 = "my/nasional/pendaftaran-ekasih.md"
N2 = "my/nasional/perkeso-faedah-pengurusan-mayat.md"

ANSWERABLE = [
    # Sepang: hawker licence renewal (5)
    ("lambat renew lesen gerai kena denda brape sebulan?", S1, "RM10"),
    ("pembantu kat gerai kena ada kad sendiri ke? brape nak bayar", S1, "RM25"),
    ("bole renew lesen penjaja awal, brape hari sblm tamat?", S1, "60 hari"),
    ("lesen penjaja guna van brape setahun", S1, "RM180"),
    ("sy jual nasi lemak tepi jalan, cucuk tifoid tu valid brape lama ek", S1, "3 tahun"),
    # Sepang: temporary canopy permit, PDF (4)
    ("nak pasang khemah kenduri kahwin kat jalan depan umah, kena apply brape hari awal?",
     S2, "7 hari bekerja"),
    ("deposit kanopi bila dapt balik", S2, "14 hari bekerja"),
    ("kenduri arwah pasang kanopi pun kena bayar permit ke", S2, "24 jam"),
    ("kalau pasang khemah xde permit kena kompaun brape", S2, "RM500"),
    # Sepang: sports court booking, HTML (4)
    ("futsal malam brape sejam", S3, "RM60"),
    ("cancel booking court badminton dpt refund x?", S3, "80%"),
    ("dah pilih slot court tp blum bayar, dia hold brape lama?", S3, "30 minit"),
    ("court tutup ke hari isnin? sy nak main pagi", S3, "12.00 tengah hari"),
    # Manjung: dog licence (4)
    ("rumah teres bole bela brape ekor anjing", M1, "2 ekor"),
    ("lesen anjng yg dah kembiri brape", M1, "RM10"),
    ("anjing sy kena tangkap majlis, nak tebus brape?", M1, "RM50"),
    ("kalau apply lesen anjing bulan 10, expired bila?", M1, "31 Disember"),
    # Manjung: tree-felling permit (4)
    ("pokok besar kat umah lilitan dlm 2 meter nak tebang, caj brape", M2, "RM250"),
    ("pokok nak tumbang atas rumah, emergency call no apa?", M2, "05-688 1234"),
    ("lepas tebang pokok kena tanam balik ke", M2, "2 pokok"),
    ("brape lama nak dapat approval permit tebang pokok", M2, "14 hari bekerja"),
    # Manjung: community hall rental, DOCX (4)
    ("sewa dewan seri manjung utk kenduri brape sehari", M3, "RM1,200"),
    ("dewan bole guna sampai pkl brape malam", M3, "12.00 tengah malam"),
    ("kalau terlebih masa guna dewan lepas tgh malam charge brape sejam?", M3, "RM80"),
    ("deposit dewan bila dpt balik", M3, "21 hari bekerja"),
    # Manjung: drain / public toilet complaint (4)
    ("longkang depan umah tersumbat, brape lama baru dorang dtg?", M4, "3 hari bekerja"),
    ("nak report tandas awam kotor, ada no whatsapp x", M4, "011-5620 3344"),
    ("masuk toilet awam kat pasar kena bayar ke", M4, "20 sen"),
    ("aduan longkang sy dah lama x settle, nak escalate call mana", M4, "05-689 7011"),
    # Keningau: pest and rat control (4)
    ("nak mintak fogging kat kedai, brape caj", K1, "RM80"),
    ("lepas foging bole masuk rumah bila", K1, "30 minit"),
    ("fogging kawasan taman biasa buat pkl brape pagi?", K1, "6.30 pagi"),
    ("umpan tikus majlis brape sekali dtg", K1, "RM50"),
    # Keningau: burial plot (4)
    ("tapak kubur utk anak kecik brape", K2, "RM80"),
    ("nak tempah lot sebelah utk isteri sekali, brape?", K2, "RM500"),
    ("nak kebumikan hari ahad kena call siapa", K2, "087-331 908"),
    ("bila bole buat kepuk / batu nisan lepas kebumi", K2, "6 bulan"),
    # Keningau: signboard / advertisement licence, HTML (4)
    ("bunting promosi kedai kena lesen ke? brape", K3, "RM5"),
    ("sigboard kedai berlampu brape semeter", K3, "RM30"),
    ("pasang banner iklan xde lesen kena kompaun brape", K3, "RM250"),
    ("kaunter lesen iklan hari jumaat tutup pkl brape pagi", K3, "11.30 pagi"),
    # National: eKasih registration (4)
    ("daftar ekasih income brape baru layak? sy duduk sabah", N1, "RM2,900"),
    ("dah daftar ekasih, brape lama baru tau lulus x", N1, "60 hari"),
    ("ekasih status tak layak, bole rayu? deadline bila", N1, "21 hari"),
    ("ekasih kena update info tiap brape thn", N1, "3 tahun"),
    # National: SOCSO funeral benefit (5)
    ("claim duit pengurusan jenazah perkeso dpt brape", N2, "RM2,500"),
    ("deadline claim perkeso funeral tu brape lama lepas meninggal?", N2, "12 bulan"),
    ("lepas hantar dokumen, perkeso bayar dlm brape hari", N2, "7 hari bekerja"),
    ("nak claim pengurusan mayat perkeso online guna portal apa", N2, "PERKESO eTuntut"),
    ("ofis perkeso ada buka sabtu x? sampai pkl brape", N2, "12.30 tengah hari"),
]

NOT_COVERED_CLOSE = [
    # same service, a council not in the folder (MBSA Shah Alam)
    "permit tebang pokok kat shah alam camne nak apply",
    # variant the hawker page explicitly does not describe (a first-time application)
    "nak apply lesen penjaja baru first time, bukan renew. ape syarat dia?",
    # neighbouring benefit of the same agency (PERKESO invalidity pension amount)
    "pencen ilat perkeso dpt brape sebulan",
    # variant the burial page explicitly excludes (exhumation / moving a grave)
    "nak pindah kubur arwah atuk kat keningau ke kampung, camne nak mohon",
    # neighbouring service of an agency in the folder (MPSepang parking compound)
    "kompaun parking mpsepang nak bayar online camne",
]

NOT_COVERED_FAR = [
    "resepi rendang ayam camne nak bagi sedap",
    "phone sy cepat panas bila charge, kenapa ek",
    "liverpool main pkl brape malam ni",
    "sakit kepala x hilang2, makan ubat apa bagus",
    "kucing sy x nak makan 2 hari, normal ke",
]

CONVERSATIONS = [
    {"id": "ms-kanopi-kenduri", "turns": [
        ("nak pasang kanopi kenduri kahwin atas jalan depan rumah, kena permit ke", "start", S2),
        ("brape bayaran die sekhemah", "follow", S2),
        ("deposit tu dapat balik x", "follow", S2),
        ("kaunter buka sabtu tak", "follow", S2),
    ]},
    {"id": "ms-sewa-dewan", "turns": [
        ("nak sewa dewan kat sitiawan utk majlis tunang", "start", M3),
        ("deposit brape", "follow", M3),
        ("eh satu lagi, anjing sy blum ada lesen, camne nak buat", "new", M1),
        ("brape fi setahun utk jantan", "follow", M1),
    ]},
    {"id": "ms-arwah-ayah", "turns": [
        ("ayah sy meninggal pagi tadi, nak tanya pasal tapak kubur kat bingkor", "start", K2),
        ("dewasa brape kena bayar", "follow", K2),
        ("ayah kerja kilang, perkeso ada bagi duit pengurusan jenazah x", "new", N2),
        ("brape lama baru masuk akaun", "follow", N2),
    ]},
    {"id": "ms-futsal", "turns": [
        ("camne nak book court futsal majlis", "start", S3),
        ("malam brape sejam", "follow", S3),
        ("kalau hujan court tutup dpt refund x", "follow", S3),
    ]},
    {"id": "ms-tikus-kedai", "turns": [
        ("kedai makan sy banyak tikus, majlis ada servis x", "start", K1),
        ("kena bayar ke", "follow", K1),
        ("signboard kedai pun nak tukar baru, kena apply lesen ke", "new", K3),
        ("brape lama lulus", "follow", K3),
    ]},
]


def main() -> None:
    rows = [{"q": q, "lang": "ms", "country": "MY", "docs": [doc], "fact": fact}
            for q, doc, fact in ANSWERABLE]
    rows += [{"q": q, "lang": "ms", "country": "MY", "docs": []}
             for q in NOT_COVERED_CLOSE + NOT_COVERED_FAR]
    with open(SET / "questions.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(SET / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for conv in CONVERSATIONS:
            turns = [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in conv["turns"]]
            fh.write(json.dumps({"id": conv["id"], "lang": "ms", "country": "MY",
                                 "turns": turns}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
