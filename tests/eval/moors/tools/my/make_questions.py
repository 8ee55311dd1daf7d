"""Write questions.jsonl and conversations.jsonl of the Malaysian half.

Questions are typed as residents type in chat. `fact` is a short string that occurs
verbatim in the target document's loaded text and that a right answer must contain.

Run: .venv-build/bin/python build/make_questions.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

JPN = "my/nasional/daftar-kelahiran.md"
SOCSO = "my/nasional/perkeso-bekerja-sendiri.html"
CUKAI = "my/kuala-selangor/cukai-taksiran.md"
SISA = "my/kuala-selangor/sisa-pukal.html"
PENJAJA = "my/kuala-selangor/lesen-penjaja-pasar-malam.md"
DEWAN = "my/kuala-selangor/sewa-dewan.pdf"
LESEN = "my/mersing/lesen-perniagaan.md"
IKLAN = "my/mersing/permit-papan-iklan.docx"
PARKIR = "my/mersing/parkir-kompaun.md"
GERAI = "my/kudat/sewa-gerai-pasar.md"
UBAHSUAI = "my/kudat/permit-ubah-suai.md"
LAMPU = "my/kudat/aduan-lampu-jalan.md"

ANSWERABLE = [
    # JPN: birth registration
    (JPN, "daftar baby brp", "45 hari"),
    (JPN, "anak sy dh 8 bulan tp blum daftar lagi, kena byr brp kat jpn?", "RM 15.00"),
    (JPN, "sijil lahir anak hilang masa pindah rumah, nk wat salinan baru brp ringgit",
     "RM 8.00"),
    (JPN, "jpn bukak x hari sabtu? hari keje x sempat nk pegi daftar anak", "8.30 pagi"),
    (JPN, "anak sedara dh 3 thn x daftar lagi, kena interview ke? lama x nk tau keputusan",
     "30 hari bekerja"),
    # PERKESO: self-employed
    (SOCSO, "sy driver grab, caruman perkeso yg plg murah brp setahun", "RM 189.60"),
    (SOCSO, "eksiden masa hantar makanan, brp lama boleh lg report perkeso?", "30 hari"),
    (SOCSO, "borang apa nk claim perkeso lepas accident motor", "SPS-8"),
    (SOCSO, "claim perkeso lama ke baru masuk duit dlm akaun", "21 hari bekerja"),
    (SOCSO, "lupa bayar caruman perkeso 2 3 bulan, masih dilindungi ke kalau jatuh motor",
     "60 hari"),
    # Kuala Selangor: assessment tax
    (CUKAI, "cukai pintu kuala selangor last date bayar bila", "15 Mac"),
    (CUKAI, "lambat bayar cukai taksiran mpks kena denda brp", "10%"),
    (CUKAI, "mak sy umur 67 ada diskaun x cukai rumah kat ks", "RM 50"),
    (CUKAI, "baru beli rumah subsale kat tanjung karang, nk tukar nama pemilik cukai pintu "
            "kena byr brp", "RM 30.00"),
    # Kuala Selangor: waste and bulky waste
    (SISA, "nk buang tilam ngan almari lama, duk tanjung karang, bila lori dtg amik",
     "Sabtu minggu kedua"),
    (SISA, "dah 2 kali request buang sofa thn ni, kali ke 3 kena bayar ke", "RM 30.00"),
    (SISA, "tempat hantar sendiri barang besar2 kat jeram tu bukak pukul brp",
     "8.00 pagi hingga 1.00 petang"),
    (SISA, "ada org buang perabot tepi parit kat ijok, kalau kena tangkap denda brp?",
     "RM 2,000"),
    # Kuala Selangor: night-market hawker licence
    (PENJAJA, "nk niaga pasar malam kuala selangor, lesen setahun brp", "RM 120.00"),
    (PENJAJA, "pasar mlm tanjung karang hari ape ek", "Jumaat"),
    (PENJAJA, "dh hantar borang lesen pasar malam mpks, brp lama nk tau dpt ke x",
     "14 hari bekerja"),
    (PENJAJA, "lesen penjaja sy lupa renew, dah masuk januari, ada caj x", "RM 20.00"),
    # Kuala Selangor: hall and sports rental (PDF)
    (DEWAN, "sewa dewan seri melawati utk kenduri kahwin brp sehari", "RM 650.00"),
    (DEWAN, "futsal ijok sejam brp", "RM 40.00"),
    (DEWAN, "deposit dewan mpks lepas majlis brp lama dapat balik", "21 hari bekerja"),
    (DEWAN, "kalau cancel booking dewan 10 hari sebelum majlis dpt refund x", "50%"),
    # Mersing: business licence
    (LESEN, "nk bukak chalet kat mersing, lesen brp kena bayar", "RM 15.00 setiap bilik"),
    (LESEN, "apply lesen kedai runcit mersing lama ke nk lulus", "3 hari bekerja"),
    (LESEN, "lesen kedai tamat dis, kalau sy renew bulan feb kena penalti ke", "25%"),
    (LESEN, "kalau meniaga xde lesen kat mersing kena kompaun brp", "RM 1,000"),
    # Mersing: signboard / advertising permit (DOCX)
    (IKLAN, "papan tanda depan kedai kat mersing kena byr permit ke, brp",
     "RM 20.00 setiap meter persegi"),
    (IKLAN, "nk gantung kain rentang utk program kampung, permit brp satu",
     "RM 5.00 setiap unit"),
    (IKLAN, "apply permit bunting kat majlis daerah mersing brp hari lulus", "2 hari bekerja"),
    (IKLAN, "banner sy kena cabut dgn mdm, boleh amik balik x? dlm brp hari", "7 hari"),
    # Mersing: paid parking and compounds
    (PARKIR, "parking kat jeti mersing brp sehari, nk pegi tioman", "RM 12.00 sehari"),
    (PARKIR, "kena saman parking pekan mersing, kalau bayar cepat brp", "RM 15.00"),
    (PARKIR, "nk rayu saman parking mdm guna borang apa", "RK-1"),
    (PARKIR, "kete kena tunda kat mersing sbb halang pintu kedai, caj brp", "RM 150.00"),
    # Kudat: market stall rental
    (GERAI, "sewa gerai ikan kat pasar kudat sebulan brp", "RM 90.00 sebulan"),
    (GERAI, "tamu kudat hari apa ya", "setiap Ahad"),
    (GERAI, "sewa gerai pasar kena bayar sblm tarikh brp tiap bulan", "10 haribulan"),
    (GERAI, "bila cabutan undi gerai pasar kudat, nk mohon gerai sayur",
     "Mac, Jun, September dan Disember"),
    # Kudat: renovation permit
    (UBAHSUAI, "nk buat dapur belakang rumah kat kudat, borang apa nk isi", "BP-7"),
    (UBAHSUAI, "letak pasir ngan tong sampah renovate tepi jalan kena bayar mdk ke",
     "RM 30.00 sebulan"),
    (UBAHSUAI, "renovte kecik2 je tak tambah luas, brp lama mdk lulus", "10 hari bekerja"),
    (UBAHSUAI, "jiran buat extension x minta kelulusan majlis, boleh kena kompaun brp",
     "RM 3,000"),
    # Kudat: street lights and road damage
    (LAMPU, "lampu jalan depan rumah x nyala kat kudat, brp hari baru dorang baiki",
     "3 hari bekerja"),
    (LAMPU, "no whatsapp aduan majlis daerah kudat", "019-861 4420"),
    (LAMPU, "tayar pecah sbb lubang jalan kat pekan kudat, boleh claim x", "TK-1"),
    (LAMPU, "tiang lampu tumbang malam2 ni kat taman sy, nk call sape", "088-613 299"),
]

NOT_COVERED = [
    # close
    "cukai pintu kat mersing bayar kat mana ek, bila last date",
    "ayah sy meninggal smlm kat rumah, camne nk daftar kematian kat jpn",
    "sy keje kilang, majikan x potong caruman perkeso pun, nk report kat mana",
    "nk sewa gerai dlm pasar awam kuala selangor, ada kosong x, sewa brp",
    "nama anak salah eja dlm sijil lahir, nk betulkan camne",
    # far
    "resepi nasi lemak sambal sotong camne nk buat",
    "jdt lawan sape minggu ni",
    "hp bawah rm1000 yg best skrg ape",
    "esok hujan x kat kuala selangor",
    "cite seram melayu best kat netflix ada x",
]

CONVERSATIONS = [
    ("my-c1", [
        ("anak sy baru lahir minggu lepas, nk daftar kat mana", "start", JPN),
        ("kena bawak apa je", "follow", JPN),
        ("kalau lambat?", "follow", JPN),
    ]),
    ("my-c2", [
        ("nk sewa dewan utk kenduri kawin kat kuala selangor, brp", "start", DEWAN),
        ("deposit brp?", "follow", DEWAN),
        ("kalau batal?", "follow", DEWAN),
        ("lepas kenduri ada tilam ngan almari lama nk buang, mpks boleh amik ke", "new",
         SISA),
    ]),
    ("my-c3", [
        ("parking jeti mersing brp sehari", "start", PARKIR),
        ("bayar camne, ada app ke", "follow", PARKIR),
        ("sy plan bukak homestay kat mersing, lesen camne", "new", LESEN),
        ("brp lama lulus?", "follow", LESEN),
    ]),
    ("my-c4", [
        ("lampu jalan kat taman sy kudat padam dh seminggu", "start", LAMPU),
        ("nk report kena bagi info apa", "follow", LAMPU),
        ("brp lama baru baiki?", "follow", LAMPU),
        ("jiran tgh renovate tambah bilik, dia kena ada permit ke", "new", UBAHSUAI),
        ("kalau xde permit?", "follow", UBAHSUAI),
    ]),
    ("my-c5", [
        ("sy rider foodpanda, perkeso sendiri tu wajib ke", "start", SOCSO),
        ("plan paling murah brp", "follow", SOCSO),
        ("kalau eksiden camne nk claim", "follow", SOCSO),
        ("lama ke dapat duit?", "follow", SOCSO),
    ]),
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
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
    print(f"wrote {len(ANSWERABLE) + len(NOT_COVERED)} questions, "
          f"{len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
