"""Write questions.jsonl and conversations.jsonl for the Malaysian half.

Run:  python3 build/make_questions.py   (standard library only)
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PASPORT = "my/nasional/pasport-malaysia.md"
KWSP = "my/nasional/pengeluaran-kwsp.md"
CUKAI = "my/jasin/cukai-taksiran.md"
GERAI = "my/jasin/sewa-gerai-pasar.md"
PENJAJA = "my/jasin/lesen-penjaja.pdf"
DEWAN = "my/jasin/tempahan-dewan.html"
PARKIR = "my/raub/letak-kereta.md"
IKLAN = "my/raub/permit-iklan.docx"
BANGUNAN = "my/raub/pelan-bangunan.md"
ANJING = "my/sarikei/lesen-anjing.md"
KUBUR = "my/sarikei/tanah-perkuburan.md"
SAMPAH = "my/sarikei/kutipan-sampah.html"

# (question, document, fact)
ANSWERABLE = [
    # passport (5)
    ("passport hilang kali kedua brp", PASPORT, "RM600"),
    ("nk renew pasport utk mak sy umur 63, kena bayar full ke?", PASPORT, "RM105"),
    ("pasport hilang dh buat report polis, brp lama nk siap yg baru", PASPORT, "14 hari bekerja"),
    ("sy dh apply renew online tp x sempat g ambik lg.. dia simpan brp lama eh", PASPORT,
     "30 hari"),
    ("hilang passport masa holiday kat oversea, camne nk balik msia?", PASPORT,
     "Dokumen Perjalanan Sementara"),
    # KWSP (5)
    ("min brp blh keluar akaun fleksibel", KWSP, "RM50"),
    ("kwsp fleksibel masuk bank brp hari", KWSP, "3 hari bekerja"),
    ("nk withdraw kwsp utk rawatan sakit kritikal ayah, borang doktor apa yg perlu", KWSP,
     "KSP-9"),
    ("sy dh ada 1 rumah, blh guna duit epf beli rumah kedua x?", KWSP, "rumah pertama dijual"),
    ("permohonan kwsp kena reject, blh rayu ke? dlm brp lama kena buat", KWSP, "30 hari"),
    # Jasin: assessment tax (4)
    ("cukai taksiran kedai kat jasin brp peratus ya", CUKAI, "9%"),
    ("bila last day bayar cukai pintu penggal kedua", CUKAI, "31 Ogos"),
    ("lambat byr assesment sampai dpt notis E, caj dia brp", CUKAI, "RM50"),
    ("baru beli rumah second hand kat merlimau, nk tukar nama pemilik cukai taksiran pakai "
     "borang apa", CUKAI, "PM-3"),
    # Jasin: market stall (4)
    ("nak tanya, sewa gerai basah kat pasar jasin sebulan brp ye?", GERAI, "RM85"),
    ("deposit gerai pasar brp bulan", GERAI, "3 bulan"),
    ("kalau sy lambat bayar sewa gerai bulan ni kena caj lewat ke", GERAI, "RM10"),
    ("pasar awam jasin bukak kul brp", GERAI, "6.00 pagi"),
    # Jasin: hawker licence (4)
    ("kalau sy jual burger guna motor keliling taman, lesen dia brp setahun", PENJAJA, "RM80"),
    ("brg niaga sy kena sita sbb xde lesen.. camne nk tebus balik", PENJAJA, "RM50"),
    ("lupa renew lesen penjaja, dh lepas disember. denda ke?", PENJAJA, "RM25"),
    ("apply lesen penjaja borang apa", PENJAJA, "LP-2"),
    # Jasin: hall rental (4)
    ("sewa dewan serbaguna sehari brp", DEWAN, "RM650"),
    ("deposit dewan merlimau brp", DEWAN, "RM300"),
    ("kalau cancel booking dewan 2 minggu sebelum majlis dpt refund x", DEWAN, "50%"),
    ("dewan tu ada sediakan meja kerusi sekali ke atau kena sewa luar", DEWAN, "300 kerusi"),
    # Raub: parking (4)
    ("parking kat raub brp sejam", PARKIR, "RM0.60"),
    ("dpt saman parking rm30, kalau bayar cepat ada discount x?", PARKIR, "RM15"),
    ("pas parking bulanan brp", PARKIR, "RM75"),
    ("hari ahad kena bayar parking tak kat bandar?", PARKIR, "percuma pada hari Ahad"),
    # Raub: advertising permit (4)
    ("permit signboard kedai yg ada lampu tu brp semeter persegi", IKLAN, "RM18"),
    ("kalau pasang banner xde permit kena kompaun brp", IKLAN, "RM1,000"),
    ("renew permit iklan bila due", IKLAN, "31 Mac"),
    ("nk letak papan tanda arah kenduri kahwin kat simpang jalan kena bayar ke", IKLAN, "RM2"),
    # Raub: building plan (4)
    ("nk buat anjung depan rumah teres kena apply apa ya", BANGUNAN, "Permit Kerja Kecil"),
    ("fi permit kerja kecil brp", BANGUNAN, "RM60"),
    ("kontraktor ckp kena bayar deposit longkang dulu sebelum renovate, brp ek", BANGUNAN, "RM500"),
    ("jiran sy tambah dapur blakang tanpa approval majlis, boleh kena apa", BANGUNAN, "RM2,000"),
    # Sarikei: dog licence (4)
    ("lesen anjing betina brp setahun", ANJING, "RM20"),
    ("anjing sy kena tangkap dgn majlis smlm, nk tebus camne", ANJING, "RM50"),
    ("rumah teres blh bela brp ekor anjing", ANJING, "2 ekor"),
    ("kalau bela anjing tp xde lesen, kena denda brp?", ANJING, "RM200"),
    # Sarikei: burial plots (4)
    ("lot kubur dewasa brp", KUBUR, "RM320"),
    ("blh ke tempah awal lot kubur sebelah kubur arwah suami?", KUBUR, "60 tahun"),
    ("batu nisan tinggi max brp", KUBUR, "1.2 meter"),
    ("kalau nk kebumikan lepas kul 6 ptg ada caj tambahan x", KUBUR, "RM100"),
    # Sarikei: waste collection (4)
    ("dh 2 kali mintak majlis angkut perabot buruk thn ni, lps ni kena bayar ke?", SAMPAH,
     "RM35"),
    ("tong sampah hilang ganti brp", SAMPAH, "RM95"),
    ("sampah taman sy x kutip dr semalam, nk complain kat mana ni", SAMPAH, "013-570 2846"),
    ("org buang sampah merata kat tepi jalan kampung, kompaun dia brp", SAMPAH, "RM500"),
]

# (question, kind, why it is not covered)
NOT_COVERED = [
    ("tanah kubur islam kat sarikei nk mohon lot kat mana, brp bayaran?", "close",
     "Variant the burial document says MDS does not handle: Muslim cemeteries are under "
     "Majlis Islam Sarawak; no fee or procedure in the folder."),
    ("cukai taksiran rumah teres kat raub brp kadar dia", "close",
     "Same service, another place: only Jasin's assessment tax is in the folder."),
    ("sewa dewan orang ramai kat raub brp sehari", "close",
     "Same service, another place: only Majlis Perbandaran Jasin's halls are in the folder."),
    ("camne nk apply permit kerja utk maid dari indonesia kat imigresen", "close",
     "Same agency (Jabatan Imigresen), other service: the folder covers passports only."),
    ("macam mana nk tukar penama kwsp", "close",
     "Same agency (KWSP), other service: nomination is not in the withdrawals document."),
    ("resepi rendang daging yg sedap camne", "far", "Cooking recipe."),
    ("jdt menang x semalam", "far", "Football result."),
    ("harga iphone 17 pro max kat malaysia brp skrg", "far", "Phone prices."),
    ("esok hujan x kat melaka", "far", "Weather forecast."),
    ("cara nk top up diamond mobile legends murah", "far", "Mobile game top-up."),
]

CONVERSATIONS = [
    ("my-pasport-hilang", [
        ("pasport sy hilang la, nk kena buat apa dulu", "start", PASPORT),
        ("kena bayar brp?", "follow", PASPORT),
        ("blh buat online x?", "follow", PASPORT),
    ]),
    ("my-kwsp-fleksibel", [
        ("nk keluarkan duit akaun fleksibel kwsp, camne", "start", KWSP),
        ("brp lama masuk?", "follow", KWSP),
        ("kena pergi kaunter ke atau guna app je", "follow", KWSP),
        ("oh ya passport sy pun dh expired, renew brp ye", "new", PASPORT),
    ]),
    ("my-jasin-dewan", [
        ("nk sewa dewan utk kenduri kahwin anak kat jasin", "start", DEWAN),
        ("deposit brp?", "follow", DEWAN),
        ("kalau tetiba kena cancel mcm mana?", "follow", DEWAN),
        ("satu lagi, cukai taksiran rumah tu bila due ye", "new", CUKAI),
    ]),
    ("my-raub-kompaun", [
        ("kena kompaun parking kat pekan raub pagi tadi", "start", PARKIR),
        ("blh rayu ke?", "follow", PARKIR),
        ("brp hari baru tau keputusan", "follow", PARKIR),
        ("btw sy nk pasang signboard kedai baru, kena ada permit ke", "new", IKLAN),
        ("brp lama approve?", "follow", IKLAN),
    ]),
    ("my-sarikei-anjing", [
        ("baru bela anak anjing, kena buat lesen ke", "start", ANJING),
        ("brp ye?", "follow", ANJING),
        ("vaksin rabies ada free x, kat mana", "follow", ANJING),
    ]),
]


def main() -> None:
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind, _why in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "ms", "country": "MY", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(ROOT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({
                "id": cid, "lang": "ms", "country": "MY",
                "turns": [{"q": q, "kind": kind, "docs": [doc]} for q, kind, doc in turns],
            }, ensure_ascii=False) + "\n")
    print(f"{len(ANSWERABLE) + len(NOT_COVERED)} questions, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
