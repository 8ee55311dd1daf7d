"""Write questions.jsonl and conversations.jsonl for the Malaysian half.

Questions are typed the way residents type in a chat; `fact` is a short string that occurs
verbatim in the target document's loaded text (checked by build/check.py).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LESEN = "my/nasional/lesen-memandu.md"
KWSP = "my/nasional/pengeluaran-kwsp.docx"
CUKAI = "my/klang/cukai-taksiran.md"
DEWAN = "my/klang/sewa-dewan.html"
PARKIR = "my/klang/parkir-kompaun.md"
PENJAJA = "my/klang/lesen-penjaja.md"
UBAHSUAI = "my/kulai/permit-ubahsuai.pdf"
ANJING = "my/kulai/lesen-anjing.md"
POKOK = "my/kulai/tebang-cantas-pokok.md"
NIAGA = "my/ranau/lesen-perniagaan.html"
SAMPAH = "my/ranau/kutipan-sampah.md"
TAMU = "my/ranau/petak-tamu.md"

ANSWERABLE = [
    # JPJ driving licence (5)
    ("lesen L brp", LESEN, "RM 35"),
    ("anak sy baru 16 thn nk amik lesen kereta boleh ke atau kena tunggu umur brp", LESEN,
     "17 tahun"),
    ("lesen P kena tarik kalau dpt brp mata demerit?", LESEN, "10 mata demerit"),
    ("lesen memandu aku hilang masa pindah rumah, kena buat report polis ke? borang apa nk isi",
     LESEN, "JPJ-LG3"),
    ("renew lesen kereta online guna apps apa eh", LESEN, "eLesenKu"),
    # KWSP withdrawals (5)
    ("akaun 3 kwsp minimum nk keluar brp", KWSP, "RM 75"),
    ("kalau keluar kwsp utk beli rumah, brp lama baru lulus", KWSP, "14 hari bekerja"),
    ("nk guna duit kwsp bayar yuran u anak sulung, borang apa kne isi", KWSP, "KWSP-P7"),
    ("ayah sy dh 55 thn, dia nk amik kwsp sikit2 tiap bulan je. paling sikit brp sebulan?",
     KWSP, "RM 300"),
    ("no tepon kwsp utk tanya pasal pengeluaran", KWSP, "03-8922 4170"),
    # Klang: assessment tax (4)
    ("cukai pintu klang penggal 1 due bila ek", CUKAI, "15 Mac"),
    ("lambat bayar cukai pintu mbdk kena denda brp", CUKAI, "10%"),
    ("mak sy umur 67 duduk rumah sendiri kat klang, ada rebat x utk warga emas? borang apa",
     CUKAI, "CT-R2"),
    ("baru beli rumah subsale kat klang. nk tukar nama cukai taksiran kena buat dlm brp lama",
     CUKAI, "3 bulan"),
    # Klang: hall rental (4)
    ("sewa dewan pandamaran hari sabtu brp", DEWAN, "RM 350"),
    ("nk buat kenduri kahwin kat dewan mbdk tp dh lambat, paling lewat bila boleh tempah?",
     DEWAN, "14 hari"),
    ("kalau cancel booking dewan 2 bulan sblm majlis dpt balik duit x", DEWAN, "80%"),
    ("deposit dewan lama ke nk dpt balik", DEWAN, "30 hari bekerja"),
    # Klang: parking (4)
    ("parking tepi jalan kat bandar klang kena bayar sampai kol brp", PARKIR, "6.00 petang"),
    ("kena saman parking mbdk, kalau bayar cepat brp", PARKIR, "RM 30"),
    ("nak rayu saman parkir klang guna borang apa", PARKIR, "PK-7"),
    ("kereta kena clamp, nk bukak kena bayar brp", PARKIR, "RM 80"),
    # Klang: hawker licence (4)
    ("sewa tapak pasar malam klang semalam brp", PENJAJA, "RM 5 satu malam"),
    ("dh apply lesen penjaja kat mbdk minggu lepas, lama ke nk tau result", PENJAJA,
     "21 hari bekerja"),
    ("nk jual kuih kat pasar malam kena amik suntikan apa dulu", PENJAJA, "anti-tifoid"),
    ("lesen penjaja aku dh expired bulan lepas, renew lambat kena caj ke", PENJAJA, "RM 50"),
    # Kulai: renovation permit (4)
    ("borang permit renovate rumah mpku nama apa", UBAHSUAI, "MPKu-BU1"),
    ("nak buat pagar baru kat rumah kulai, fee permit kira mcm mana", UBAHSUAI,
     "RM 2 bagi setiap meter panjang"),
    ("permit tambah dapur belakang kat kulai brp hari lulus? renovate kecik je, pelan lakaran",
     UBAHSUAI, "7 hari bekerja"),
    ("kalau renovate x mintak permit dulu kena denda brp", UBAHSUAI, "RM 2,000"),
    # Kulai: dog licence (4)
    ("lesen anjing kat kulai brp setahun? anjing blm mandul", ANJING, "RM 30"),
    ("duduk rumah teres boleh bela brp ekor anjing", ANJING, "2 ekor"),
    ("anjing sy terlepas kena tangkap majlis kulai, camne nk amik balik? kena bayar brp",
     ANJING, "RM 100"),
    ("renew lesen anjing paling lewat bila", ANJING, "31 Januari"),
    # Kulai: trees (4)
    ("pokok tumbang tgh jalan kat kulai, nk call no apa", POKOK, "07-663 4999"),
    ("nak tebang pokok besar dlm kawasan rumah, kalau suruh majlis buat caj brp", POKOK,
     "RM 600"),
    ("borang mohon potong pokok mpku", POKOK, "TP-01"),
    ("dahan pokok majlis patah jatuh atas kereta sy smlm. boleh claim x, dlm brp lama kena "
     "hantar", POKOK, "30 hari"),
    # Ranau: business licence (4)
    ("nk buka homestay 3 bilik kat kundasang, lesen majlis brp setahun", NIAGA, "RM 100"),
    ("mohon lesen kedai runcit kat ranau brp lama siap", NIAGA, "14 hari bekerja"),
    ("lesen bisnes ranau lambat renew, denda brp", NIAGA, "20%"),
    ("pejabat majlis daerah ranau hari jumaat rehat pukul brp", NIAGA, "11.30 pagi"),
    # Ranau: waste (4)
    ("lori sampah masuk kundasang hari apa", SAMPAH, "Selasa, Khamis, Sabtu"),
    ("nk buang tilam lama ngan peti ais rosak kat ranau, bila diorg dtg amik", SAMPAH,
     "Sabtu kedua"),
    ("tong sampah 120 liter majlis jual brp", SAMPAH, "RM 95"),
    ("sampah depan rumah x kutip 2 hari dh, nk complain kat no apa", SAMPAH, "088-876 214"),
    # Ranau: weekly market (tamu) (4)
    ("tamu kundasang buka hari apa", TAMU, "setiap Ahad"),
    ("sewa petak berbumbung kat tamu brp sehari", TAMU, "RM 6"),
    ("kalau x dtg meniaga kat tamu bbrp minggu sbb sakit, petak kena tarik ke", TAMU,
     "4 tamu berturut-turut"),
    ("mcm mana nk mohon petak tamu ranau, borang apa", TAMU, "MDR-T1"),
]

NOT_COVERED = [
    # close
    "roadtax motor dh mati 2 bulan, boleh renew online x",
    "nk keluarkan kwsp sbb sakit jantung, boleh ke",
    "lesen anjing kat johor bahru brp setahun",
    "nak mohon lesen memandu antarabangsa sblm pegi jepun, camne",
    "nk renovate rumah kat klang, kena mohon permit kat mbdk ke? brp lama lulus",
    # far
    "resepi rendang daging yg sedap camne",
    "jdt menang x malam tadi",
    "hp bawah rm1000 yg best skrg apa",
    "esok hujan x kat klang",
    "cerita seram best kat netflix ape ek",
]

CONVERSATIONS = [
    ("my-c1", [
        ("nk amik lesen kereta, umur 17 dh boleh ke", "start", LESEN),
        ("lesen L tu sah brp lama", "follow", LESEN),
        ("kalau dh lulus test, bila dpt lesen P", "follow", LESEN),
        ("oh satu lagi, duit akaun fleksibel kwsp boleh guna utk bayar sekolah memandu x",
         "new", KWSP),
    ]),
    ("my-c2", [
        ("sewa dewan kat klang utk kenduri camne", "start", DEWAN),
        ("brp deposit dewan taman sentosa", "follow", DEWAN),
        ("boleh guna sampai pukul brp malam", "follow", DEWAN),
    ]),
    ("my-c3", [
        ("nk tambah bumbung depan rumah kat kulai kena mohon permit ke", "start", UBAHSUAI),
        ("brp lama lulus", "follow", UBAHSUAI),
        ("kalau buat dulu baru mohon?", "follow", UBAHSUAI),
        ("ok. lesen anjing kat kulai pulak brp setahun", "new", ANJING),
        ("kalau lambat renew?", "follow", ANJING),
    ]),
    ("my-c4", [
        ("kutipan sampah taman perumahan kat pekan ranau hari apa", "start", SAMPAH),
        ("sisa kebun pulak?", "follow", SAMPAH),
        ("kalau bakar je kat belakang rumah boleh x", "follow", SAMPAH),
    ]),
    ("my-c5", [
        ("cukai pintu klang boleh bayar online ke", "start", CUKAI),
        ("kalau lambat?", "follow", CUKAI),
        ("kaunter bukak hari sabtu x", "follow", CUKAI),
        ("satu lagi, saman parking mbdk boleh rayu x", "new", PARKIR),
    ]),
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
