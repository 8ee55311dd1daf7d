"""Write ../questions.jsonl (60) and ../conversations.jsonl (5). Plain Python, no libraries."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

JPJ = "my/nasional/cukai-jalan-dan-tukar-milik-kenderaan.md"
STR = "my/nasional/sumbangan-tunai-rahmah.pdf"
CUKAI = "my/kuala-pilah/cukai-taksiran.md"
DEWAN = "my/kuala-pilah/sewa-dewan.html"
PENJAJA = "my/kuala-pilah/lesen-penjaja.md"
PARKIR = "my/kuala-pilah/letak-kereta-berbayar.md"
SAMPAH = "my/pasir-mas/kutipan-sampah-dan-sisa-pukal.md"
PASAR = "my/pasir-mas/sewa-gerai-pasar-besar.md"
PERMIT = "my/pasir-mas/permit-ubah-suai-rumah.md"
TAMU = "my/kota-belud/petak-tamu-mingguan.html"
IKLAN = "my/kota-belud/permit-iklan-papan-tanda.docx"
BANJIR = "my/kota-belud/bantuan-mangsa-banjir.md"

# (question as typed, document, fact that a correct answer must contain)
ANSWERABLE = [
    ("road tax 1300cc kat KL brp", JPJ, "RM76.00"),
    ("fee tukar nama kereta?", JPJ, "RM110.00"),
    ("dh jual kereta kat org, brp lama kena settle tukar milik?", JPJ, "14 hari"),
    ("insurans dh beli tp jpj x detect lg, kena tunggu brp lama?", JPJ, "2 jam"),
    ("kalau lambat tukar hak milik lepas jual kereta kena kompaun ke? brp", JPJ, "RM150"),

    ("str fasa 2 bila?", STR, "12 Mei 2026"),
    ("sy bujang gaji 2.5k sebulan, layak str x?", STR, "RM2,700"),
    ("str sy x lulus, kalau rayu brp lama dpt jawapan", STR, "21 hari bekerja"),
    ("akaun bank dh tutup, duit str blh claim lg x? brp lama", STR, "90 hari"),
    ("str anak 3 dpt brp", STR, "RM1,600"),

    ("cukai pintu penggal 2 due bila", CUKAI, "30 September"),
    ("dpt notis E cukai pintu, caj notis tu brp ye", CUKAI, "RM15.00"),
    ("mak sy umur 65 thn, ada rebat cukai rumah x?", CUKAI, "15%"),
    ("beli rumah 2nd hand, nk tukar nama cukai pintu guna borang apa", CUKAI, "Borang PT-3"),

    ("sewa dewan besar mdkp brp", DEWAN, "RM450"),
    ("deposit dewan besar brp?", DEWAN, "RM300"),
    ("kalau cancel tempahan dewan 20 hari sebelum majlis, refund brp", DEWAN, "50%"),
    ("nk buat kenduri kat dewan seri menanti, sewa sehari brp", DEWAN, "RM250"),

    ("lesen penjaja motor brp setahun", PENJAJA, "RM60"),
    ("barang niaga kena angkut majlis sbb xde lesen, nk tebus brp", PENJAJA, "RM50"),
    ("renew lesen penjaja lambat ada kena caj x", PENJAJA, "RM25"),
    ("nk jual nasi lemak kat pasar malam kena amik suntikan apa", PENJAJA, "tifoid"),

    ("parking pekan sampai kul brp", PARKIR, "6.00 petang"),
    ("kena saman parking mdkp, kalau bayar cepat brp", PARKIR, "RM30"),
    ("nk appeal saman parking, dlm brp hari boleh buat", PARKIR, "14 hari"),
    ("pas bulanan parking zon A?", PARKIR, "RM65"),

    ("tong sampah 120L brp", SAMPAH, "RM85"),
    ("dh 2 kali free angkut perabot tahun ni, nk angkut lg caj brp", SAMPAH, "RM40"),
    ("sampah depan umah x kutip dh 3 hari, buat aduan brp lama baru dorg dtg", SAMPAH, "48 jam"),
    ("org buang sampah merata tepi jalan tu kena denda brp", SAMPAH, "RM500"),

    ("sewa gerai ikan kat pasar besar sebulan brp", PASAR, "RM110.00"),
    ("sewa petak harian luar pasar?", PASAR, "RM3.50"),
    ("ayah sy dh meninggal, gerai pasar dia sy blh amik alih x? ada tempoh ke", PASAR, "60 hari"),
    ("pasar besar bukak hari jumaat x, tutup kul brp", PASAR, "12.00 tengah hari"),

    ("nk buat pagar rumah kena permit ke, caj brp semeter", PERMIT, "RM1.00"),
    ("tambah dapur belakang rumah, permit brp lama nk siap", PERMIT, "14 hari bekerja"),
    ("renovate xde permit kena brp", PERMIT, "RM1,000"),
    ("deposit permit ubahsuai rumah brp, dpt balik x", PERMIT, "RM300"),

    ("petak berbumbung kat tamu hari ahad tu brp sehari ek", TAMU, "RM7"),
    ("tamu habis pukul berapa", TAMU, "1.00 petang"),
    ("kad peniaga tamu brp", TAMU, "RM15"),
    ("pas tahunan petak biasa tamu harga dia brp", TAMU, "RM170"),

    ("banner kedai how much sehelai", IKLAN, "RM8.00"),
    ("signboard kedai jenis LED caj setahun brp semeter persegi", IKLAN, "RM32.00"),
    ("kalau apply permit banner utk promosi kedai, lama x nk lulus", IKLAN, "3 hari bekerja"),
    ("pasang banner x mohon permit, kena saman brp", IKLAN, "RM200"),

    ("wang ihsan banjir brp", BANJIR, "RM800"),
    ("x masuk PPS, tumpang umah sedara, blh daftar lg x?", BANJIR, "14 hari"),
    ("dh daftar mangsa banjir kat pps hari tu, bila duit masuk", BANJIR, "21 hari"),
    ("rumah rosak teruk kena banjir, bantuan baiki max brp", BANJIR, "RM5,000"),
]

# not covered: (question, kind, why) -- kind/why go to NOTES.md only
NOT_COVERED = [
    ("nk renew lesen memandu yg dh expired, kena pegi jpj ke?", "close",
     "Same agency (JPJ), other service: the JPJ page says driving licences are on another page."),
    ("cukai pintu seremban bayar online camne", "close",
     "Same service in another city: only the Kuala Pilah assessment tax page is in the folder."),
    ("nk sewa dewan utk kenduri kat pasir mas, brp sehari", "close",
     "Same service in another place: hall rental is only documented for Kuala Pilah."),
    ("nak bina kilang kecik kat pasir mas, fee pelan bangunan brp", "close",
     "Variant the Pasir Mas permit page excludes (factories/commercial go through OSC; no fees given)."),
    ("tamu besar kota belud tahun ni nk mohon tapak jualan camne", "close",
     "Variant the Tamu page excludes: the annual Tamu Besar is run by its own committee."),
    ("resepi rendang daging simple utk raya", "far", "Cooking recipe."),
    ("jdt lawan sape malam ni", "far", "Football fixtures."),
    ("harga iphone 17 pro kat malaysia brp skrg, worth x beli", "far", "Phone prices."),
    ("cuaca esok kat kk hujan x, nk pegi pantai dgn family", "far", "Weather forecast."),
    ("camne nk tengok drama korea free kat phone", "far", "Entertainment / streaming."),
]

CONVERSATIONS = [
    ("my-jual-kereta", [
        ("baru jual kereta kat kawan, nk tukar nama kena buat apa", "start", JPJ),
        ("fee dia brp?", "follow", JPJ),
        ("dokumen apa kena bawak", "follow", JPJ),
        ("eh btw str fasa 2 masuk bila ek", "new", STR),
    ]),
    ("my-str-rayuan", [
        ("str sy status tidak lulus, blh rayu x", "start", STR),
        ("brp lama dpt keputusan?", "follow", STR),
        ("kena upload apa2 ke", "follow", STR),
    ]),
    ("my-kenduri-dewan", [
        ("nk sewa dewan besar mdkp utk kenduri kahwin", "start", DEWAN),
        ("deposit brp", "follow", DEWAN),
        ("kalau batal dpt refund x", "follow", DEWAN),
        ("parking kat pekan kuala pilah hari sabtu kena bayar ke", "new", PARKIR),
        ("kalau kena saman brp", "follow", PARKIR),
    ]),
    ("my-gerai-pasar", [
        ("camne nk mohon gerai sayur kat pasar besar pasir mas", "start", PASAR),
        ("sewa sebulan brp?", "follow", PASAR),
        ("kalau lambat bayar sewa camne", "follow", PASAR),
    ]),
    ("my-tamu-kb", [
        ("nk jual sayur kat tamu ahad kota belud, kena daftar apa", "start", TAMU),
        ("kad tu brp?", "follow", TAMU),
        ("kedai sy nk pasang banner pulak, kena permit ke", "new", IKLAN),
        ("lama x nk lulus?", "follow", IKLAN),
    ]),
]


def main() -> None:
    rows = [{"q": q, "lang": "ms", "country": "MY", "docs": [d], "fact": f}
            for q, d, f in ANSWERABLE]
    rows += [{"q": q, "lang": "ms", "country": "MY", "docs": []} for q, _, _ in NOT_COVERED]
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "ms", "country": "MY",
                                 "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
