"""Write questions.jsonl and conversations.jsonl (the set's questions, kept here as data)."""

import json

from common import SET

MYKAD = "my/nasional/mykad-jpn.md"
PASPORT = "my/nasional/pasport-malaysia.pdf"
CUKAI = "my/ampang-jaya/cukai-taksiran.md"
DEWAN = "my/ampang-jaya/sewa-dewan.html"
PENJAJA = "my/ampang-jaya/lesen-penjaja.md"
SAMPAH = "my/ampang-jaya/kutipan-sampah-pukal.md"
LESEN = "my/dungun/lesen-perniagaan.docx"
BAZAR = "my/dungun/bazar-ramadan.md"
DENGGI = "my/dungun/kawalan-denggi.md"
PARKIR = "my/alor-gajah/letak-kereta-kompaun.html"
ANJING = "my/alor-gajah/lesen-anjing.md"
GERAI = "my/alor-gajah/sewa-gerai-pasar.md"

ANSWERABLE = [
    # MyKad (JPN)
    ("ic hilang kali kedua kena bayar brape", MYKAD, "RM120"),
    ("sy baru pindah rumah, dalam berapa hari kena tukar alamat IC? klu lambat kena denda ke",
     MYKAD, "45 hari"),
    ("buat ic baru lps hilang, brape lama baru siap?", MYKAD, "14 hari bekerja"),
    ("apps nak book appointment jpn apa nama, x nak beratur lama", MYKAD, "JPN-TemuPintas"),
    ("ada x kaunter express utk IC, nak siap hari ni jugak", MYKAD, "3 jam"),
    # passport (Imigresen)
    ("renew passport online guna portal ape ek", PASPORT, "ePasport Kilat"),
    ("passport hilang first time, selain bayaran biasa kena denda brape?", PASPORT, "RM310"),
    ("mak sy umur 63 nak buat passport, ada harga warga emas x?", PASPORT, "RM95"),
    ("klu renew passport kat kaunter, tunggu brape jam siap", PASPORT, "2 jam"),
    ("passport sy expired bulan 10 ni, bole renew awal ke? brape bulan sebelum", PASPORT,
     "12 bulan"),
    # assessment tax (MPAJ)
    ("cukai pintu penggal kedua due bila", CUKAI, "15 September"),
    ("dah lambat bayar cukai taksiran, kena caj brape peratus?", CUKAI, "8%"),
    ("kod biller jompay mpaj ape", CUKAI, "58231"),
    ("ayah sy pesara 65 thn, ada rebat cukai pintu x utk warga emas", CUKAI, "RM60"),
    # hall rental (MPAJ)
    ("sewa dewan taman melawati sehari full brape", DEWAN, "RM800"),
    ("klu sy cancel tempahan dewan 20 hari sebelum majlis, dpt refund brape %", DEWAN, "50%"),
    ("deposit dewan lepas majlis bila dapat balik? dah seminggu x masuk lagi", DEWAN, "21 hari bekerja"),
    ("nak buat kenduri kat dewan majlis, kena book guna sistem apa", DEWAN, "TempahAJ"),
    # hawker licence (MPAJ)
    ("lesen penjaja guna van setahun brape", PENJAJA, "RM240"),
    ("kena tangkap jual x de lesen, kompaun brape", PENJAJA, "RM500"),
    ("barang niaga kena sita dgn majlis, berapa hari bole tuntut balik", PENJAJA, "14 hari"),
    ("suntikan tifoid utk penjaja sah brape lama, sy punya buat thn 2023", PENJAJA, "3 tahun"),
    # waste and bulky waste (MPAJ)
    ("tong sampah rumah hilang, nak beli baru brape", SAMPAH, "RM95"),
    ("nak buang tilam ngan almari lama, x larat tunggu jadual, bole mintak angkat khas x? "
     "caj brape", SAMPAH, "RM50"),
    ("sy ada video org buang sampah haram tepi sungai, ada ganjaran ke klu report", SAMPAH,
     "RM150"),
    ("sampah x angkat dah 3 hari, nombor complain apa", SAMPAH, "1-800-22-6471"),
    # business / premises licence (MPD)
    ("lesen homestay kira brape sebilik", LESEN, "RM15"),
    ("renew lesen kedai last date bila", LESEN, "31 Mac"),
    ("buka kedai tp lesen blm dapat, klu kena tangkap kompaun brape", LESEN, "RM400"),
    ("kedai runcit kecik ada lesen segera ke? brape hari siap", LESEN, "1 hari bekerja"),
    # Ramadan bazaar (MPD)
    ("tapak bazar ramadan kat paka sebulan brape", BAZAR, "RM200"),
    ("bazar ramadan dungun start niaga pkl brape", BAZAR, "3.00 petang"),
    ("deposit kebersihan bazar brape, dpt balik x lepas raya nanti", BAZAR, "RM100"),
    ("bila tutup permohonan tapak bazar ramadan", BAZAR, "25 Januari"),
    # dengue control (MPD)
    ("rumah ada jentik2 dlm pasu, kena kompaun brape", DENGGI, "RM300"),
    ("bole mintak ubat abate free x? brape paket", DENGGI, "10 paket"),
    ("fogging buat radius brape meter dari rumah pesakit", DENGGI, "200 meter"),
    ("nak report tanah kosong byk nyamuk, apps apa", DENGGI, "DungunPrihatin"),
    # parking and compounds (MPAG)
    ("parking kereta sejam brape", PARKIR, "RM0.60"),
    ("dapat saman x bayar parking, klu bayar cepat dapat murah ke", PARKIR, "RM15"),
    ("tayar kena clamp, nak bukak kena bayar brape", PARKIR, "RM80"),
    ("pas parking bulanan brape", PARKIR, "RM45"),
    # dog licence (MPAG)
    ("lesen anjing yg dah mandul brape setahun", ANJING, "RM15"),
    ("duk rumah teres bole bela brape ekor anjing", ANJING, "2 ekor"),
    ("anjing sy kena tangkap majlis, nak tebus brape", ANJING, "RM60"),
    ("renew lesen anjing due bila", ANJING, "31 Januari"),
    # market stall rental (MPAG)
    ("sewa petak ikan kat pasar sebulan brape, nak mula niaga ikan", GERAI, "RM165"),
    ("sewa gerai pasar kena bayar sebelum hb brape", GERAI, "7 haribulan"),
    ("pasar besar alor gajah bukak pkl brape", GERAI, "6.00 pagi"),
    ("ayah sy ada gerai kat pasar, dia dah meninggal. bole sy ambik alih x? brape lama "
     "tempoh nak mohon", GERAI, "60 hari"),
]

# not covered: 5 close, then 5 far (NOTES.md says why each is not covered)
NOT_COVERED = [
    "nak daftar kelahiran baby kat jpn kena bawak dokumen ape",
    "cukai taksiran MBSA shah alam penggal 1 due bila",
    "macam mana nak renew MyPR",
    "sy kat melbourne skrg, passport nak expired, camne nak renew kat sini, brape hari siap",
    "nak pasang banner iklan depan kedai kat ampang, kena apply permit ke, brape",
    "resepi rendang daging yg sedap",
    "esok hujan x kat KL",
    "phone sy cepat panas bila main game, camne nak fix",
    "ada recommend x kedai nasi kandar best kat penang",
    "tips kurus cepat sebelum raya",
]

CONVERSATIONS = [
    ("my-mykad-hilang", [
        ("IC sy hilang, nak buat baru camne", "start", MYKAD),
        ("brape kena bayar? ni first time hilang", "follow", MYKAD),
        ("brape lama siap?", "follow", MYKAD),
        ("passport pun hilang sekali, kena denda brape", "new", PASPORT),
    ]),
    ("my-sewa-dewan", [
        ("nak sewa dewan kat pandan indah utk kenduri kahwin", "start", DEWAN),
        ("deposit brape?", "follow", DEWAN),
        ("sabtu kaunter bukak x?", "follow", DEWAN),
        ("bole book online?", "follow", DEWAN),
    ]),
    ("my-bazar-lesen", [
        ("nak apply tapak bazar ramadan dungun, camne", "start", BAZAR),
        ("yuran kat paka brape?", "follow", BAZAR),
        ("klu nak bukak kedai makan lps raya, lesen brape setahun", "new", LESEN),
        ("renew bila?", "follow", LESEN),
    ]),
    ("my-kompaun-parking", [
        ("kena saman parking kat pekan alor gajah, bole rayu x?", "start", PARKIR),
        ("brape hari kena buat?", "follow", PARKIR),
        ("klu x bayar langsung apa jadi", "follow", PARKIR),
    ]),
    ("my-sofa-cukai", [
        ("nak buang sofa lama, majlis amik x", "start", SAMPAH),
        ("free ke?", "follow", SAMPAH),
        ("cukai pintu due bila eh", "new", CUKAI),
        ("bole bayar ansuran x?", "follow", CUKAI),
    ]),
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
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": kind, "docs": [doc]}
                                           for q, kind, doc in turns]},
                                ensure_ascii=False) + "\n")
    print("wrote", len(ANSWERABLE) + len(NOT_COVERED), "questions,", len(CONVERSATIONS),
          "conversations")


if __name__ == "__main__":
    main()
