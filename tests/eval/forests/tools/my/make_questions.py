"""Write ../questions.jsonl and ../conversations.jsonl from the lists below."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

A = "my/kuala-lumpur/lesen-penjaja.md"
B = "my/kuala-lumpur/sewa-dewan-serbaguna.html"
C = "my/kuala-lumpur/cantas-tebang-pokok.md"
D = "my/kuala-lumpur/sewa-rumah-ppr.pdf"
E = "my/kangar/lesen-anjing.md"
F = "my/kangar/permit-tapak-pasar-malam.docx"
G = "my/kangar/aduan-jalan-lampu-jalan.md"
H = "my/labuan/keahlian-perpustakaan.md"
I = "my/labuan/tempahan-kompleks-sukan.html"
J = "my/labuan/kutipan-sampah-pukal.md"
K = "my/nasional/kwsp-pengeluaran-akaun-fleksibel.md"
L = "my/nasional/jpn-daftar-kelahiran.md"

ANSWERABLE = [
    # lesen penjaja DBKL
    ("brape fi lesen penjaja bergerak setahun?", A, "RM180"),
    ("kalau kena tangkap meniaga xde lesen kat KL denda brape", A, "RM2,000"),
    ("nak meniaga bazar ramadan, lesen sementara kena apply brape hari awal?", A, "21 hari"),
    ("sy student ipt, ada diskaun x utk lesen sementara", A, "50%"),
    # dewan DBKL
    ("nak sewa dewan besar utk kenduri kawin 500 org, sehari brape ye", B, "RM1,200"),
    ("kalau sewa dewan hari sabtu ahad ada caj lebih ke atau sama je", B, "20%"),
    ("kalau cancel booking dewan 3 minggu sebelum majlis, dpt refund brape?", B, "50%"),
    ("deposit dewan brape lama dpt balik", B, "21 hari bekerja"),
    # pokok DBKL
    ("pokok tumbang dpn rumah, nak call no apa", C, "03-2698 1500"),
    ("nak tebang pokok mangga besar dalam pagar rumah sendiri, kena bayar permit ke? brape", C, "RM150"),
    ("lepas buat aduan cantas pokok brp lama baru org dtg check", C, "7 hari bekerja"),
    ("app apa nak report dahan pokok nak patah", C, "KL Hijau"),
    # PPR DBKL
    ("sewa rumah ppr sebulan brape", D, "RM150"),
    ("gaji max brape baru layak apply ppr? sy ngan wife total 3k lebih", D, "RM3,500"),
    ("sy bujang lg umur 28, bole apply ppr x", D, "35 tahun"),
    ("tunggak sewa ppr brape bulan baru kena halau", D, "6 bulan"),
    # lesen anjing MPK
    ("lesen anjing yg dah mandul brape setahun", E, "RM10"),
    ("duk rumah teres bole bela brape ekor anjing", E, "2 ekor"),
    ("renew lesen anjing deadline bila?", E, "31 Januari"),
    ("anjing sy kena tangkap ngan majlis smlm, nak tebus balik kena bayar brape", E, "RM100"),
    # pasar malam MPK
    ("sewa tapak pasar malam bandar kangar semalam brape", F, "RM4"),
    ("pasar malam pkl brape bole mula pasang khemah", F, "3.30 petang"),
    ("x dtg meniaga brape kali baru permit tapak kena batal", F, "4 kali"),
    ("app apa nak bayar sewa tapak pasar malam?", F, "Niaga MPK"),
    # jalan & lampu MPK
    ("lampu jalan kat taman sy padam, brape lama nak repair", G, "5 hari bekerja"),
    ("kereta sy pecah tayar langgar lubang jalan, claim kena buat dlm brape hari", G, "30 hari"),
    ("no whatsapp aduan jalan rosak", G, "019-470 2626"),
    ("dah report lubang jalan kecik dpn sekolah, brape hari baru ditampal", G, "3 hari bekerja"),
    # perpustakaan Labuan
    ("denda lambat pulang buku brape sehari", H, "20 sen"),
    ("library pkl brape tutup hari sabtu", H, "5.00 petang"),
    ("sy nak pinjam byk buku utk assignment, ahli dewasa bole pinjam brape buku sekali", H, "5 buku"),
    ("ada app x nak pinjam ebook perpustakaan? apa nama app tu", H, "LabuanBaca"),
    # kompleks sukan Labuan
    ("sewa court badminton mlm brape sejam", I, "RM12"),
    ("kolam renang tutup hari apa", I, "Khamis"),
    ("nak cancel booking futsal kena brape jam awal baru dpt kredit balik", I, "48 jam"),
    ("anak sy 7 thn nak masuk kelas renang, yuran brape", I, "RM120"),
    # sampah pukal Labuan
    ("nak buang sofa lama ngan tilam, kena bayar ke?", J, "3 item"),
    ("lori ambik sampah besar mcm almari lama tu dtg hari apa ye", J, "Sabtu pertama"),
    ("org buang tilam tepi jalan bole kena saman brape", J, "RM1,000"),
    ("ada 4 tayar lama kat rumah, bole majlis kutip x? brape satu", J, "RM5"),
    # KWSP Akaun Fleksibel
    ("akaun 3 kwsp min keluar brape", K, "RM50"),
    ("lepas apply withdraw akaun fleksibel brape hari baru masuk bank", K, "5 hari bekerja"),
    ("no hotline kwsp nak report scam", K, "03-8922 4100"),
    ("nak keluarkan duit akaun 3 kwsp guna app apa? x reti sgt", K, "KWSP Mudah"),
    ("dah submit permohonan akaun fleksibel, tersalah amaun. bole cancel x", K, "1 jam"),
    # JPN kelahiran
    ("daftar beranak lewat lebih setahun kena bayar brape", L, "RM60"),
    ("wife baru bersalin minggu lepas, brape hari dah lahir mesti daftar baby", L, "60 hari"),
    ("nama baby max brape huruf?", L, "60 aksara"),
    ("sijil lahir anak hilang, nak buat salinan baru brape", L, "RM10"),
    ("daftar kelahiran online portal apa nama", L, "MyLahir JPN"),
]

NOT_COVERED = [
    # close
    "lesen penjaja kat johor bahru camne nak apply",
    "camne nak bayar cukai taksiran dbkl online",
    "nak kluar duit kwsp akaun sejahtera utk beli rumah, dokumen apa kena ada",
    "atuk sy meninggal semalam, camne nak daftar kematian kat jpn",
    "permit bazar ramadan kangar apply kat mana",
    # far
    "resepi rendang ayam simple",
    "nak beli hp baru bawah rm1000, yg best skrg apa ek",
    "jdt lawan selangor next match bila",
    "camne nak hilangkan sakit tekak cepat",
    "kucing sy x nak makan dah 2 hari, kenapa ek",
]

CONVERSATIONS = [
    ("ms-dewan-kenduri", [
        ("nak sewa dewan utk kenduri kawin anak, camne nak book", "start", B),
        ("brape deposit dewan sederhana", "follow", B),
        ("kalau cancel dpt balik duit x", "follow", B),
    ]),
    ("ms-lesen-anjing", [
        ("bela anjing kat rumah kena ada lesen ke", "start", E),
        ("brape kena bayar setahun", "follow", E),
        ("oh ye, lampu jalan dpn rumah sy padam dah seminggu, nak report kat mana", "new", G),
        ("brape lama diorg baiki?", "follow", G),
    ]),
    ("ms-perpustakaan-sukan", [
        ("macam mana nak jadi ahli perpustakaan awam", "start", H),
        ("budak2 kena bayar x", "follow", H),
        ("bukak hari isnin?", "follow", H),
        ("kolam renang kat kompleks sukan pulak buka pkl brape", "new", I),
        ("tiket masuk dewasa brape", "follow", I),
    ]),
    ("ms-kwsp-akaun3", [
        ("camne nak keluarkan duit akaun fleksibel kwsp", "start", K),
        ("brape lama masuk akaun bank", "follow", K),
        ("ada kena bayar fee x?", "follow", K),
    ]),
    ("ms-daftar-baby", [
        ("baby baru lahir, nak daftar surat beranak kat mana", "start", L),
        ("kalau dah lepas 2 bulan kena denda ke", "follow", L),
        ("lepas ni nak mohon rumah ppr plak, dokumen apa kena bawak", "new", D),
        ("sewa sebulan brape?", "follow", D),
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
                                 "turns": [{"q": q, "kind": k, "docs": [d]} for q, k, d in turns]},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
