"""Write questions.jsonl and conversations.jsonl of the Malaysian half.

The questions are typed the way residents type in chat; each answerable one names the one
document that answers it and a short fact a right answer must contain (verbatim in the
document's loaded text; build/check.py verifies this).
"""

from __future__ import annotations

import json
from pathlib import Path

HALF = Path(__file__).resolve().parent.parent

PAS = "my/nasional/pasport-antarabangsa.md"
KAD = "my/nasional/mykad.md"
CUK = "my/nilai/cukai-taksiran.html"
JAJ = "my/nilai/lesen-penjaja-pasar-malam.md"
PAR = "my/nilai/parkir-dan-kompaun.md"
DEW = "my/nilai/sewa-dewan.md"
SAM = "my/kampar/kutipan-sampah.html"
LES = "my/kampar/lesen-perniagaan.pdf"
IKL = "my/kampar/permit-papan-iklan.md"
GER = "my/semporna/sewa-gerai-pasar.docx"
BEN = "my/semporna/bantuan-bencana.md"
JAL = "my/semporna/aduan-lampu-jalan.md"

ANSWERABLE = [
    # passport (5)
    (PAS, "nk buat passport first time brp ringgit ek", "RM210"),
    (PAS, "anak sy umur 4 thn nk buat pasport tp ayah dia keje kat sarawak x dpt dtg sekali. "
          "kena bawa surat apa?", "IMM.114"),
    (PAS, "pasport hilang, ni kali pertama hilang. kena byr brp nk ganti", "RM310"),
    (PAS, "renew pasport online lps tu brp hari bru blh amik kat ofis", "3 hari bekerja"),
    (PAS, "imigresen kat kota bharu buka hari ape? jumaat buka x", "Ahad hingga Khamis"),
    # MyKad (5)
    (KAD, "anak dah 12 tahun, buat ic brp lama siap?", "10 hari bekerja"),
    (KAD, "ic hilang camne", "RM15"),
    (KAD, "ic aku patah sbb terduduk, nk tukar baru kena byr ke", "RM12"),
    (KAD, "lupa tukar alamat ic dah setahun pindah rumah, kena saman x? brp", "RM40"),
    (KAD, "jpn kat utc bukak sabtu tak, pukul brp", "8.30 pagi"),
    # Nilai assessment tax (4)
    (CUK, "cukai pintu mpn last date bila ye", "15 Mac"),
    (CUK, "brp peratus cukai taksiran utk rumah kediaman kat nilai", "5.2%"),
    (CUK, "bapak sy pesara 63 thn duduk rumah sendiri kat nilai, ada potongan cukai pintu x?",
     "15%"),
    (CUK, "lambat bayar cukai rumah mpn kena denda brp?", "10%"),
    # Nilai hawker licence (4)
    (JAJ, "nak niaga kat pasar malam nilai, lesen setahun brp", "RM60"),
    (JAJ, "pasar malam putra nilai mlm apa", "Khamis"),
    (JAJ, "kawan kena tangkap mpn jual x de lesen, kompaun brp weh", "RM250"),
    (JAJ, "nk jual burger pakai van kat nilai, mohon lesen lama x nk dapat",
     "21 hari bekerja"),
    # Nilai parking (4)
    (PAR, "parking tepi jalan bbn sejam brp", "RM0.60 sejam"),
    (PAR, "dpt saman parking mpn rm30, kalau byr cepat ada diskaun?", "50%"),
    (PAR, "dah bayar kat app tp still kena saman parking nilai. nk rayu guna borang apa",
     "KP-2"),
    (PAR, "kereta kena tunda majlis kat nilai, brp nk tebus balik", "RM150"),
    # Nilai hall rental (4)
    (DEW, "sewa dewan serbaguna bandar baru nilai utk kenduri kahwin sehari brp", "RM950"),
    (DEW, "brp awal kena booking dewan mpn", "21 hari"),
    (DEW, "deposit dewan bila dpt balik lps majlis", "30 hari bekerja"),
    (DEW, "kalau cancel booking dewan 3 minggu sblm majlis, duit dpt balik x", "50%"),
    # Kampar waste (4)
    (SAM, "lori sampah dtg hari apa kat mambang di awan", "Selasa, Khamis, Sabtu"),
    (SAM, "nk buang tilam lama ngan almari kat kampar, mdk boleh amik x? kena bayar?",
     "2 kali setahun"),
    (SAM, "rumah baru kat kampar x de tong sampah, nk beli kat mdk brp", "RM85"),
    (SAM, "jiran selalu buang sampah tepi sungai, kalau kena tangkap denda brp", "RM500"),
    # Kampar business licence (4)
    (LES, "nk buka kedai runcit kat kampar, luas dlm 40 meter persegi, lesen brp setahun",
     "RM120"),
    (LES, "lesen kedai baju kat kampar boleh siap cepat ke", "1 hari bekerja"),
    (LES, "lupa renew lesen kedai mdk dah lewat 2 bulan, kena denda ke", "RM20 sebulan"),
    (LES, "kaunter osc mdk tutup kul brp", "4.30 petang"),
    # Kampar signboard permit (4)
    (IKL, "papan tanda kedai jenis led kat kampar kena bayar brp",
     "RM30 setiap meter persegi"),
    (IKL, "nk gantung banner promosi kedai kat kampar, brp hari baru lulus", "3 hari bekerja"),
    (IKL, "mdk cabut signboard sy sbb x de permit, nk amik balik kena byr brp", "RM100"),
    (IKL, "signboard kedai boleh tulis cina je x kat kampar", "Bahasa Melayu"),
    # Semporna market stalls (4)
    (GER, "sewa gerai ikan kat pasar semporna sebulan brp", "RM165"),
    (GER, "deposit gerai pasar mds brp ye", "2 bulan sewa"),
    (GER, "klau lambat byr sewa gerai pasar semporna kena denda ke", "5%"),
    (GER, "pasar ikan semporna bukak kul brp pagi", "5.30 pagi"),
    # Semporna disaster aid (4)
    (BEN, "rumah kena banjir kat semporna, nk mintak tolong majlis call no apa",
     "089-785 214"),
    (BEN, "rumah kat kg air terbakar habis, dpt duit brp dr majlis", "RM500"),
    (BEN, "lambat lg x nak claim bantuan banjir, dah 3 minggu", "30 hari"),
    (BEN, "kalau kena pindah sbb banjir kat semporna, pusat pemindahan kat mana",
     "Dewan Serbaguna MDS"),
    # Semporna street lights and roads (4)
    (JAL, "lampu jalan dpn rumah mati dah seminggu kat semporna, nk report kat mana",
     "SempornaCakna"),
    (JAL, "jalan berlubang kat taman aku semporna, brp lama baru diorg baiki",
     "7 hari bekerja"),
    (JAL, "nk mintak pasang lampu jalan baru kat lorong kampung, lama ke", "3 hingga 6 bulan"),
    (JAL, "jalan semporna tawau byk lubang, majlis leh tampal x", "JKR Sabah"),
]

# (question, close|far, why) — the why goes to NOTES.md, not to the jsonl
NOT_COVERED = [
    ("cukai pintu rumah kat seremban 2 bayar kat mana", "close",
     "assessment tax in Seremban (Majlis Bandaraya Seremban); the folder has it for Nilai only"),
    ("nk sewa dewan kat kampar utk majlis kahwin, brp", "close",
     "hall rental in Kampar; the folder has hall rental for Nilai only"),
    ("sijil lahir anak hilang, nk buat salinan baru kat jpn camne", "close",
     "another JPN service (birth certificate); the MyKad page says it does not cover it"),
    ("nk apply permit kerja utk maid dr indonesia, imigresen kena bawa apa", "close",
     "another Immigration service (work permit for a foreign maid); the passport page "
     "excludes passes and permits for foreigners"),
    ("saman polis trafik nk check online camne", "close",
     "police traffic summons; the Nilai parking page says it does not cover them"),
    ("resepi rendang daging yg sedap camne", "far", "a recipe"),
    ("harimau malaya main bila lagi", "far", "football"),
    ("fon bawah rm1000 yg best skrg apa", "far", "phones"),
    ("cuaca kat semporna esok hujan x", "far", "the weather forecast"),
    ("ada cerita best x kat netflix minggu ni", "far", "films"),
]

CONVERSATIONS = [
    ("my-c1", [
        ("ic anak sy hilang kat sekolah, dia umur 14", "start", KAD),
        ("kena buat report polis dulu ke?", "follow", KAD),
        ("brp lama siap", "follow", KAD),
        ("alang2 nk buat passport dia skali, ayah dia x dpt ikut. kena bawa apa", "new", PAS),
    ]),
    ("my-c2", [
        ("parking kat nilai 3 kena byr ke hari sabtu", "start", PAR),
        ("pas bulanan brp", "follow", PAR),
        ("kalau x byr kena brp?", "follow", PAR),
        ("nk rayu boleh?", "follow", PAR),
    ]),
    ("my-c3", [
        ("camne nk mohon gerai kat pasar semporna", "start", GER),
        ("sewa gerai sayur brp", "follow", GER),
        ("deposit?", "follow", GER),
        ("eh rumah mak aku kena ribut semalam, atap terbang. ada bantuan x dr majlis", "new",
         BEN),
        ("borang apa kena isi", "follow", BEN),
    ]),
    ("my-c4", [
        ("sampah x kutip 3 hari dah kat taman aku kampar", "start", SAM),
        ("lori dtg hari apa sebenarnya kat bandar baru kampar", "follow", SAM),
        ("kalau nk buang sofa lama?", "follow", SAM),
    ]),
    ("my-c5", [
        ("cukai pintu nilai boleh byr online x", "start", CUK),
        ("kalau dah lewat?", "follow", CUK),
        ("ok satu lg, nk sewa dewan kat putra nilai utk birthday anak brp", "new", DEW),
    ]),
]


def main() -> None:
    lines = [{"q": q, "lang": "ms", "country": "MY", "docs": [doc], "fact": fact}
             for doc, q, fact in ANSWERABLE]
    lines += [{"q": q, "lang": "ms", "country": "MY", "docs": []} for q, _, _ in NOT_COVERED]
    with open(HALF / "questions.jsonl", "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(HALF / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
