"""Write ../questions.jsonl (60 questions) and ../conversations.jsonl (5 conversations).

Residents' chat style: lower case, short forms, the odd typo. `fact` is a short string
that occurs verbatim in the target document's loaded text (build/check.py verifies it).
"""

from __future__ import annotations

import json
from pathlib import Path

SET = Path(__file__).resolve().parent.parent

J = "my/nasional/pembaharuan-cukai-jalan.md"
L = "my/nasional/efiling-cukai-pendapatan.md"
CT = "my/tampin/cukai-taksiran.md"
LA = "my/tampin/lesen-anjing.md"
GP = "my/tampin/sewa-gerai-pasar.docx"
TD = "my/tampin/tempahan-dewan.html"
PK = "my/pekan/letak-kereta-berbayar.md"
LP = "my/pekan/lesen-penjaja.html"
PI = "my/pekan/permit-iklan-papan-tanda.md"
BB = "my/limbang/bantuan-bencana-banjir.md"
PU = "my/limbang/permit-ubah-suai-rumah.pdf"
TP = "my/limbang/tebang-cantas-pokok.md"

ANSWERABLE = [
    # JPJ road tax
    (J, "roadtax mati 2 bulan kena denda ke", "RM 1,500"),
    (J, "brp roadtax kereta 1.6 kat semenanjung", "RM 115.00"),
    (J, "boleh renew roadtax awal x? brp hari sblm expired", "60 hari"),
    (J, "semalam dah beli insuran tp app jpj still kata xde insurans, apehal", "24 jam"),
    (J, "kaunter jpj bukak hari sabtu tak", "Sabtu pertama"),
    # LHDN e-Filing
    (L, "bila last day hantar efiling borang BE tahun ni?", "20 Mei 2026"),
    (L, "kalau lambat submit borang cukai lhdn kena penalti brp %", "20%"),
    (L, "mak ayah sy byk kos hospital, boleh claim relief sampai brp", "RM 7,000"),
    (L, "lebih potong pcb, refund lhdn lama ke nak masuk akaun?", "30 hari bekerja"),
    (L, "first time kerja, xde no cukai lagi, camne nk daftar utk efiling", "Daftar Fail Baharu"),
    # Tampin: assessment tax
    (CT, "cukai pintu rumah dlm bandar tampin kira brp peratus", "5.5%"),
    (CT, "bila tarikh akhir bayar cukai pintu penggal kedua mdt", "15 September 2026"),
    (CT, "terlepas bayar cukai taksiran, ada caj tambahan ke", "RM 15.00"),
    (CT, "baru beli rumah kat gemas, bil cukai masih nama owner lama. nk tukar nama guna borang apa",
     "MDT-CT3"),
    # Tampin: dog licence
    (LA, "brp yuran lesen anjing kat tampin? anjing aku belum kasi", "RM 30.00"),
    (LA, "duduk rumah teres boleh bela brp ekor anjing", "1 ekor"),
    (LA, "lesen anjing kena renew bila eh, last date", "31 Januari"),
    (LA, "anjing sy terlepas pastu kena tangkap dgn majlis, camne nk amik balik? kena bayar brp",
     "RM 50.00"),
    # Tampin: market stalls
    (GP, "nk sewa gerai jual ikan kat pasar besar tampin, sewa sebulan brp", "RM 135.00"),
    (GP, "dah hantar borang mohon gerai pasar, brp lama baru tau dapat ke tak", "30 hari"),
    (GP, "pasar gemas tutup hari apa ye", "Isnin"),
    (GP, "kalau lewat bayar sewa gerai majlis ada caj x", "5%"),
    # Tampin: hall and courts
    (TD, "sewa dewan serbaguna tampin utk kenduri brp sehari? sy org tampin", "RM 650.00"),
    (TD, "kalau cancel tempahan dewan 2 minggu sebelum majlis dapat duit balik x", "50%"),
    (TD, "deposit dewan lps majlis brp lama dpt balik", "14 hari bekerja"),
    (TD, "main futsal kat air kuning malam2 ada caj lampu ke", "RM 10.00"),
    # Pekan: paid parking
    (PK, "parking kat bandar pekan brp utk setengah jam", "RM 0.30"),
    (PK, "kena saman parking mpp, kalau bayar cepat ada diskaun ke", "RM 15.00"),
    (PK, "parking pekan kena bayar sampai pukul brp", "6.00 petang"),
    (PK, "dah bayar parking dlm app tp still dpt saman, nk rayu guna borang apa", "MPP-RK1"),
    # Pekan: hawker licence
    (LP, "nk meniaga kat pasar malam pekan, lesen setahun brp", "RM 60.00"),
    (LP, "mohon lesen penjaja ni brp lama baru lulus", "10 hari bekerja"),
    (LP, "kalau meniaga tepi jalan xde lesen kena denda brp", "RM 500.00"),
    (LP, "nak buka gerai bazar ramadan kat pekan, permit sehari brp", "RM 5.00"),
    # Pekan: signboards
    (PI, "signboard kedai baru kat pekan kena bayar permit brp satu meter", "RM 20.00"),
    (PI, "nk gantung banting promosi kedai, brp sehelai", "RM 10.00"),
    (PI, "mohon billboard besar tepi jalan kat pekan lama ke nk lulus", "45 hari"),
    (PI, "tulisan melayu kat papan tanda kena lagi besar ke dari english", "30%"),
    # Limbang: flood aid
    (BB, "rumah masuk air banjir kat limbang, majlis ada bagi duit ke? brp", "RM 500.00"),
    (BB, "banjir dah surut 3 minggu lps, masih sempat mohon bantuan?", "30 hari"),
    (BB, "karung pasir free amik kat mana kat limbang", "Depoh Kerja MDL"),
    (BB, "kami duduk rumah panjang, satu rumah panjang kira satu permohonan je ke",
     "satu isi rumah"),
    # Limbang: renovation permit
    (PU, "nk buat porch kat rumah limbang kena permit ke, brp", "RM 100.00"),
    (PU, "lps hantar permohonan renovate rumah brp lama lulus", "14 hari bekerja"),
    (PU, "contractor nk buat kerja rumah hari ahad boleh x", "Isnin hingga Sabtu"),
    (PU, "jiran buat extension dapur x mintak permit, kalau kantoi kena apa", "RM 1,000.00"),
    # Limbang: trees
    (TP, "pokok tumbang depan rumah halang jalan, nk call no brp", "085-211 777"),
    (TP, "pokok mangga dlm halaman rumah sy lilit dlm 1 meter, nk suruh majlis tebang caj brp",
     "RM 250.00"),
    (TP, "dah report pokok condong tepi jalan, brp lama org majlis dtg tgk", "5 hari bekerja"),
    (TP, "kalau tebang pokok tepi jalan sendiri x mintak izin kena saman ke", "RM 2,000.00"),
]

# (question, close|far, why) — the why goes to NOTES.md, not to the JSONL
NOT_COVERED = [
    ("cukai pintu kat pekan bayar kat mana? bila due", "close",
     "assessment tax exists only for Tampin; Pekan has no such page"),
    ("lesen memandu aku nk expired bulan depan, renew online boleh ke", "close",
     "another JPJ service; the road-tax page says it does not cover driving licences"),
    ("sy buka kedai runcit sendiri, isi borang B lhdn camne, bila tarikh akhir", "close",
     "Borang B (business income) is explicitly left out of the BE page"),
    ("nk tebang pokok durian dlm kebun kat gemencheh perlu izin majlis x", "close",
     "tree cutting is covered for Limbang only, not Tampin"),
    ("bwi banjir dari kerajaan pusat bila masuk? dah daftar pps kat limbang", "close",
     "the Limbang flood-aid page excludes the federal Bantuan Wang Ihsan"),
    ("resepi rendang daging yg sedap camne", "far", "cooking"),
    ("skor jdt mlm tadi brp", "far", "football"),
    ("hp bawah rm1000 yg best skrg apa", "far", "phones"),
    ("esok hujan x kat kuantan", "far", "weather"),
    ("mobile legends hero apa paling op skrg", "far", "games"),
]

CONVERSATIONS = [
    ("my-c1", [
        ("roadtax kereta aku dah mati, nk renew camne", "start", J),
        ("kena pergi kaunter ke blh buat online", "follow", J),
        ("kalau sementara tu aku bawak jugak kena brp?", "follow", J),
    ]),
    ("my-c2", [
        ("first time nk isi efiling lhdn, apa dokumen kena ada", "start", L),
        ("bila tarikh akhir?", "follow", L),
        ("kalau lambat?", "follow", L),
        ("satu lagi, cukai pintu rumah aku kat tampin pun blm bayar. penggal 1 due bila", "new",
         CT),
    ]),
    ("my-c3", [
        ("nk buka gerai burger kat pasar malam pekan, perlu apa", "start", LP),
        ("brp lama proses?", "follow", LP),
        ("yg hari jumaat tu bukak pukul brp", "follow", LP),
        ("kalau nk gantung banting promosi gerai tepi jalan kena mohon jugak ke", "new", PI),
    ]),
    ("my-c4", [
        ("rumah kena banjir minggu lps kat limbang, ada bantuan majlis x", "start", BB),
        ("brp lama duit masuk", "follow", BB),
        ("lps banjir ni nk baiki dan besarkan dapur sikit, kena mohon permit ke?", "new", PU),
        ("fi dia brp kalau dapur tu dlm 15 meter persegi", "follow", PU),
    ]),
    ("my-c5", [
        ("nk tempah dewan kat gemas utk kenduri anak", "start", TD),
        ("deposit brp?", "follow", TD),
        ("kalau batal?", "follow", TD),
        ("boleh masak dalam dewan tu?", "follow", TD),
    ]),
]


def main() -> None:
    with open(SET / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(SET / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
