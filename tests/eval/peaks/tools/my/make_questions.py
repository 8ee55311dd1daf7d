"""Write ../questions.jsonl and ../conversations.jsonl from the lists below."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

CUKAI = "my/putrajaya/cukai-taksiran.md"
LESEN = "my/putrajaya/lesen-perniagaan.md"
JPJ = "my/putrajaya/jpj-lesen-memandu.md"
DEWAN = "my/putrajaya/sewa-dewan.html"
GERAI = "my/sungai-petani/gerai-penjaja.md"
KOMPAUN = "my/sungai-petani/kompaun.md"
PELAN = "my/sungai-petani/pelan-bangunan.pdf"
SAMPAH = "my/kemaman/kutipan-sampah.docx"
IKLAN = "my/kemaman/lesen-papan-iklan.md"
BAZAR = "my/kemaman/bazar-ramadan.html"
MYKAD = "my/nasional/mykad-jpn.md"
PASPORT = "my/nasional/pasport-imigresen.md"

ANSWERABLE = [
    # cukai taksiran (Putrajaya)
    ("cukai pintu rumah teres brape peratus ek", CUKAI, "3.5%"),
    ("bila due cukai pintu penggal kedua", CUKAI, "31 Ogos"),
    ("klu sy byr cukai taksirn lambat kena denda brape?", CUKAI, "10%"),
    ("dapat notis E utk cukai pintu, caj notis tu brape", CUKAI, "RM 15"),
    # lesen perniagaan (Putrajaya)
    ("lesen kedai makan setahun brape", LESEN, "RM 250"),
    ("sy jual kek dari rumah je, online. kena ada lesen ke? brape", LESEN, "RM 50"),
    ("nak bukak restoran, brape lama proses lesen tu", LESEN, "14 hari bekerja"),
    ("niaga kat putrajaya x de lesen, kena kompaun brape", LESEN, "RM 2,000"),
    # JPJ lesen memandu (Putrajaya)
    ("renew lesn memandu brape setahun", JPJ, "RM 30"),
    ("lesen sy dah mati 4 tahun, bole renew terus x atau kena amik test balik", JPJ,
     "Bahagian II dan III"),
    ("anak sy 16 thn, umur brape bole amik lesen motor B2 ye", JPJ, "16 tahun"),
    ("jpj putrajaya bukak hari sabtu ke", JPJ, "Sabtu pertama dan ketiga"),
    # sewa dewan (Putrajaya, HTML)
    ("sewa dewan komuniti presint 16 sehari brape", DEWAN, "RM 1,200"),
    ("deposit dewan serbaguna presint 8", DEWAN, "RM 1,000"),
    ("kalau cancel tempahan dewan 10 hari sebelum majlis, dpt refund x?", DEWAN, "50%"),
    ("kenduri kat dewan komuniti kena habis pkl brape paling lewat", DEWAN, "11.00 malam"),
    # gerai & penjaja (Sungai Petani)
    ("nak jual ikan kat pasar besar, sewa gerai basah sebulan brape", GERAI, "RM 90"),
    ("sewa gerai pasar kena byr sebelum hb brape tiap bulan", GERAI, "7hb"),
    ("lesen penjaja pasar malam setahun brape ye", GERAI, "RM 80"),
    ("ayah sy penyewa gerai dah meninggal, sy nak sambung. ada tempoh mohon ke?", GERAI,
     "60 hari"),
    # kompaun (Sungai Petani)
    ("saman parking x beli kupon brape", KOMPAUN, "RM 30"),
    ("dpt kompaun majlis semalam, kalau byr awal ada diskaun x", KOMPAUN, "50%"),
    ("nak rayu kompaun, dlm brape hari kena hantar", KOMPAUN, "14 hari"),
    ("kereta sy kena tunda majlis, caj tunda brape?", KOMPAUN, "RM 200"),
    # pelan bangunan (Sungai Petani, PDF)
    ("nak buat pagar rumah, fi pelan minimum brape", PELAN, "RM 30"),
    ("fi pelan ubah suai rumah brape satu meter persegi", PELAN, "RM 2.00"),
    ("pelan yg dah lulus tu valid brape lama", PELAN, "2 tahun"),
    ("permit kerja kecil brape hari siap", PELAN, "7 hari bekerja"),
    # kutipan sampah (Kemaman, DOCX)
    ("nak buang tilam, almari, sofa ngan peti ais lama.. lebih 3 brg kena byr brape", SAMPAH, "RM 20"),
    ("lori sampah kat kerteh dtg hari apa ye", SAMPAH, "Ahad, Selasa dan Khamis"),
    ("dah buat aduan sampah x kutip, brape lama baru dorang dtg", SAMPAH, "48 jam"),
    ("tong sampah 660 liter utk restoran caj sebulan", SAMPAH, "RM 80"),
    # lesen iklan (Kemaman)
    ("sy nak pasang papan tanda kedai yg ada lampu neon, kena bayar brape semeter persegi", IKLAN, "RM 30"),
    ("banner sy kena tanggal majlis, nak claim balik dlm brape hari", IKLAN, "14 hari"),
    ("nak gantung kain rentang promosi kedai, permit tu sah brape lama", IKLAN, "30 hari"),
    ("renew lesen papan tanda deadline bila", IKLAN, "31 Mac"),
    # bazar Ramadan (Kemaman, HTML)
    ("tapak bazar ramadan lot makanan brape", BAZAR, "RM 150"),
    ("bila tutup apply tapak bazar ramadan", BAZAR, "23 Januari 2026"),
    ("cabutan undi bazar bila", BAZAR, "2 Februari 2026"),
    ("kalau dapat lot bazar ramadan, boleh start niaga pkl brape petang", BAZAR, "3.00 petang"),
    # MyKad (JPN)
    ("IC sy hilang lagi, ni dah kali kedua.. kena byr brape eh", MYKAD, "RM 110"),
    ("anak umur 12 buat ic pertama kena bayar ke", MYKAD, "Percuma"),
    ("ic hilang, brape lama kena lapor kat jpn", MYKAD, "30 hari"),
    ("tukar ic rosak brape", MYKAD, "RM 10"),
    ("dah 18 tahun kena update ic ke? ada due x", MYKAD, "1 tahun"),
    # pasport (Imigresen)
    ("renew passport brape skrg", PASPORT, "RM 200"),
    ("passport hilang first time denda brape", PASPORT, "RM 300"),
    ("app apa nak renew pasport online", PASPORT, "MyPasport Segera"),
    ("buat passport kat pejabat imigresen amik masa brape lama", PASPORT, "2 jam"),
    ("nak buat pasport utk anak bawah 12 thn, bayaran dia brape", PASPORT, "RM 100"),
]

NOT_COVERED = [
    # close
    "cukai pintu majlis bandaraya alor setar brape tahun ni",
    "camne nak renew permit kerja maid indon sy",
    "baby sy lahir 3 bulan lepas tp blum daftar sijil lahir, lewat daftar kena denda ke",
    "nak apply lesen memandu antarabangsa IDP kat jpj, brape",
    "lesen anjing mpspk brape setahun",
    # far
    "resepi rendang daging yg simple",
    "hp sy cepat panas bila cas, normal ke?",
    "jdt main pkl brape malam ni",
    "anak demam 39 darjah bagi ubat apa ek",
    "kucing sy x nak makan 2 hari, knp ek",
]

CONVERSATIONS = [
    ("ms-cukai-pintu", [
        ("cukai pintu rumah sy kat putrajaya due bila", "start", CUKAI),
        ("klu lambat byr kena denda brape", "follow", CUKAI),
        ("kaunter buka sabtu tak", "follow", CUKAI),
        ("bole byr guna app ke", "follow", CUKAI),
    ]),
    ("ms-ic-hilang", [
        ("ic sy hilang semalam, camne nak buat baru", "start", MYKAD),
        ("brape kena bayar", "follow", MYKAD),
        ("brape lama siap", "follow", MYKAD),
        ("lepas ni nak renew passport pulak, bole buat online x", "new", PASPORT),
        ("brape bayaran dia", "follow", PASPORT),
    ]),
    ("ms-gerai-pasar", [
        ("nak sewa gerai kat pasar besar sungai petani", "start", GERAI),
        ("deposit dia brape", "follow", GERAI),
        ("sewa kena byr sebelum bila", "follow", GERAI),
        ("kalau kena kompaun parking kat situ bole rayu x", "new", KOMPAUN),
        ("dlm brape hari", "follow", KOMPAUN),
    ]),
    ("ms-dewan-kenduri", [
        ("nak sewa dewan utk kenduri kawin kat putrajaya", "start", DEWAN),
        ("org putrajaya ada diskaun x", "follow", DEWAN),
        ("kalau cancel dpt duit balik ke", "follow", DEWAN),
        ("deposit tu bila dapat balik", "follow", DEWAN),
    ]),
    ("ms-lesen-memandu", [
        ("lesen memandu sy dah expired, nak renew", "start", JPJ),
        ("brape setahun", "follow", JPJ),
        ("oh ye lesen kedai makan sy kat putrajaya pun dah nak tamat, renew sebelum bila", "new",
         LESEN),
        ("klu lambat renew kena caj ke", "follow", LESEN),
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
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY", "turns": [
                {"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in turns]},
                ensure_ascii=False) + "\n")
    print(len(ANSWERABLE), "answerable,", len(NOT_COVERED), "not covered,",
          len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
