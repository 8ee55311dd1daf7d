"""Write questions.jsonl and conversations.jsonl (one JSON object per line)."""
import json

from common import ROOT

CT = "my/kluang/cukai-taksiran.md"
SD = "my/kluang/sewa-dewan.html"
LA = "my/kluang/lesen-anjing.md"
CP = "my/kluang/cantas-pokok.md"
LP = "my/langkawi/lesen-penjaja.pdf"
KS = "my/langkawi/kompleks-sukan.md"
PI = "my/langkawi/permit-iklan.md"
KP = "my/teluk-intan/kompaun-parkir.md"
PM = "my/teluk-intan/tapak-pasar-malam.docx"
KT = "my/teluk-intan/kutipan-sampah.html"
JPJ = "my/nasional/lesen-memandu-jpj.md"
TAX = "my/nasional/efiling-lhdn.md"

ANSWERABLE = [
    # Kluang: cukai taksiran
    (CT, "cukai pintu penggal kedua due bila ye, takut terlepas tarikh", "15 September"),
    (CT, "klu lambat bayar cukai taksiran kena caj brape peratus?", "8%"),
    (CT, "sy pesara umur 63, ada rebat cukai pintu x", "RM40"),
    (CT, "tunggakan cukai pintu sy dah dekat rm800, bole bayar ansuran ke? minimum sebulan brape", "RM50"),
    # Kluang: sewa dewan
    (SD, "brape sewa dewan serbaguna majlis sehari", "RM1,200"),
    (SD, "klu cancel tempahan dewan 2 minggu sebelum majlis, dapat balik duit x", "50%"),
    (SD, "deposit dewan pulang brape lama", "14 hari bekerja"),
    (SD, "majlis habis lewat lepas pkl 11 malam kena caj ke", "RM100 sejam"),
    # Kluang: lesen anjing
    (LA, "sy duduk rumah teres, bole bela brape ekor anjing sebenarnya", "1 ekor"),
    (LA, "lesen anjing yg dah kasi brape setahun", "RM12"),
    (LA, "anjing sy kena tangkap dgn majlis semalam, nak tebus balik kena bayar brape?", "RM80"),
    (LA, "lesen anjing dah tamat, klu renew lambat bulan februari ada caj x", "RM10"),
    # Kluang: cantas pokok
    (CP, "pokok tumbang halang jalan depan rumah, brape lama baru org majlis dtg?", "4 jam"),
    (CP, "pokok mangga dlm pagar rumah tinggi dlm 5 meter, majlis bole tolong cantas? caj brape", "RM180"),
    (CP, "nombor kecemasan pokok tumbang malam", "07-771 8899"),
    (CP, "jiran tebang pokok tepi jalan tanpa izin, kompaun brape sebenarnya", "RM1,500"),
    # Langkawi: lesen penjaja (PDF)
    (LP, "lesen penjaja bergerak brape setahun", "RM72"),
    (LP, "dah hantar borang lesen penjaja statik, brape lama nak dapat", "30 hari bekerja"),
    (LP, "nak daftar adik sy jadi pembantu gerai, ada bayaran ke", "RM20"),
    (LP, "meniaga x de lesen kena kompaun brape", "RM300"),
    # Langkawi: kompleks sukan
    (KS, "sewa court badminton malam brape sejam", "RM16"),
    (KS, "nak bawa anak berenang hari jumaat, kolam bukak pkl brape", "3.00 petang"),
    (KS, "apa nama app nak booking futsal kat kompleks sukan", "LangkawiAktif"),
    (KS, "klu cancel booking seminggu awal dapat refund macam mana", "kredit aplikasi"),
    # Langkawi: permit iklan
    (PI, "permit bunting brape sehelai", "RM4"),
    (PI, "nak pasang skrin LED depan kedai, brape lama nak lulus permit", "45 hari bekerja"),
    (PI, "nak pasang bunting 50 helai utk event, kena bayar deposit ke", "RM200"),
    (PI, "banner sy kena turun dgn majlis, nak amik balik kena bayar brape sehari", "RM10 sehari"),
    # Teluk Intan: parkir dan kompaun
    (KP, "parking kat pekan teluk intan brape sejam", "RM0.60"),
    (KP, "saman parking x bayar, klu bayar cepat dpt murah ke", "RM10"),
    (KP, "selalu parking kat pekan, app bayar parking apa nama ek", "ParkirIntan"),
    (KP, "kereta sy kena tunda sebab tinggal lama, caj tunda brape nak tebus", "RM120"),
    # Teluk Intan: tapak pasar malam (DOCX)
    (PM, "pasar malam taman selabak hari apa", "Khamis"),
    (PM, "sewa tapak pasar malam jalan sekolah semalam brape", "RM6"),
    (PM, "deposit tapak pasar malam brape", "RM50"),
    (PM, "klu guna letrik majlis kat tapak pasar malam ada caj ke", "RM2"),
    # Teluk Intan: kutipan sampah (HTML)
    (KT, "nak buang tilam lama, majlis kutip free ke", "3 item"),
    (KT, "nak buat appointment kutip perabot lama, nombor telefon brape", "05-622 1770"),
    (KT, "tong sampah sy pecah, nak beli tong beroda kat majlis brape", "RM85"),
    (KT, "org buang sisa renovation tepi jalan, kompaun brape", "RM1,000"),
    # National: JPJ driving licence
    (JPJ, "renew lesen kereta D setahun brape", "RM35"),
    (JPJ, "lesen memandu hilang, nak buat baru brape? kena buat report polis ke", "RM20"),
    (JPJ, "lesen dah expired 6 tahun mcm mane nak renew", "ujian memandu"),
    (JPJ, "ayah sy umur 72 nak renew lesen, bole renew brape tahun", "2 tahun"),
    (JPJ, "semalam kena tahan roadblock, lesen expired rupanya. kompaun brape ye", "RM150"),
    # National: LHDN e-Filing
    (TAX, "borang BE due bila tahun ni", "15 Mei"),
    (TAX, "sy buat grab part time + freelance design, efiling isi borang apa", "Borang B"),
    (TAX, "tahun lepas sy lambat hantar efiling, penalti brape sebenarnya", "15%"),
    (TAX, "no pin efiling valid brape lama", "30 hari"),
    (TAX, "beli laptop baru, pelepasan gaya hidup max brape bole claim", "RM2,800"),
]

NOT_COVERED = [
    # close
    "cukai pintu MP Batu Pahat brape peratus setahun",
    "nak renew roadtax kereta online kat mana",
    "company sdn bhd sy nak hantar borang C, due bila",
    "nak apply lesen perniagaan kedai makan kat kluang, brape fee",
    "tapak bazar ramadan langkawi bila bukak apply",
    # far
    "resepi rendang daging yg sedap",
    "esok hujan x kat kl",
    "lagu raya paling best tahun ni apa",
    "mcm mane nak kurus 5kg dlm sebulan",
    "bro recommend fon bawah rm1000 yg kamera cun sikit",
]

CONVERSATIONS = [
    ("my-parkir-bandar", [
        ("parking kat bandar kena bayar sampai pkl brape", "start", KP),
        ("sabtu pun kena bayar ke?", "follow", KP),
        ("klu dpt saman, bayar kat mana", "follow", KP),
    ]),
    ("my-dewan-kenduri", [
        ("nak sewa dewan utk kenduri kahwin, brape", "start", SD),
        ("deposit brape?", "follow", SD),
        ("bole bawa katerer sendiri x", "follow", SD),
        ("ok tq. satu lagi, cukai pintu rumah penggal pertama due bila ek", "new", CT),
    ]),
    ("my-lesen-cukai", [
        ("lesen memandu sy dah expired 2 tahun, bole renew lagi x", "start", JPJ),
        ("bole renew online?", "follow", JPJ),
        ("max brape tahun sekali renew", "follow", JPJ),
        ("oh ya efiling pun blm hantar lagi, borang BE tarikh akhir bila", "new", TAX),
        ("klu lambat bayar baki cukai kena brape?", "follow", TAX),
    ]),
    ("my-badminton-kuah", [
        ("nak booking court badminton kat kuah", "start", KS),
        ("khamis bukak x?", "follow", KS),
        ("ada sewa raket?", "follow", KS),
    ]),
    ("my-sofa-pasar-malam", [
        ("mcm mane nak buang sofa lama", "start", KT),
        ("brape lama baru dorang dtg amik", "follow", KT),
        ("pasar malam taman sri intan hari apa ek", "new", PM),
        ("sewa tapak semalam brape", "follow", PM),
    ]),
]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def build():
    questions = [{"q": q, "lang": "ms", "country": "MY", "docs": [doc], "fact": fact}
                 for doc, q, fact in ANSWERABLE]
    questions += [{"q": q, "lang": "ms", "country": "MY", "docs": []} for q in NOT_COVERED]
    write_jsonl(ROOT / "questions.jsonl", questions)
    convs = [{"id": cid, "lang": "ms", "country": "MY",
              "turns": [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in turns]}
             for cid, turns in CONVERSATIONS]
    write_jsonl(ROOT / "conversations.jsonl", convs)
    print(f"wrote {len(questions)} questions, {len(convs)} conversations")


if __name__ == "__main__":
    build()
