"""Write questions.jsonl and conversations.jsonl of fjords-id."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

KIP = "id/nasional/kip-kuliah.md"
NIKAH = "id/nasional/pencatatan-nikah-kua.md"
SAMPAH = "id/pagar-alam/retribusi-sampah.md"
TINJA = "id/pagar-alam/sedot-tinja-iplt.pdf"
PBB = "id/pagar-alam/pbb-p2.md"
AMBULANS = "id/pagar-alam/ambulans-gratis.html"
AK1 = "id/gunungsitoli/kartu-kuning-ak1.docx"
AKTA = "id/gunungsitoli/akta-kelahiran.md"
PJU = "id/gunungsitoli/pju-lampu-jalan.html"
KIR = "id/baubau/uji-kir.md"
PASAR = "id/baubau/retribusi-pasar-kios.md"
PERPUS = "id/baubau/perpustakaan-daerah.md"

ANSWERABLE = [
    (KIP, "kip kuliah uang sakunya brp sebulan? kampus sy masuk klaster 1 katanya", "Rp875.000 per bulan"),
    (KIP, "pendaftaran kipk 2026 tutupnya kpn min", "31 Oktober 2026"),
    (KIP, "ipk minimal brp biar kip kuliah ga dicabut", "2,75"),
    (KIP, "gaji bapak sy 3,5 jt sebulan, ibu gak kerja. msh bs daftar kip kuliah gak ya?", "Rp4.000.000"),
    (KIP, "nomor call center kip kuliah dong kak", "021-5550-1742"),
    (NIKAH, "klo akad nikahnya di rumah bayar brp ke kua", "Rp650.000"),
    (NIKAH, "daftar nikah ke kua paling telat brp hari sblm hari H?", "10 hari kerja"),
    (NIKAH, "kua buka jam brp klo hari jumat", "07.30-11.30"),
    (NIKAH, "umur minimal nikah skrg brp thn sih, pacar sy baru 18", "19 tahun"),
    (SAMPAH, "iuran sampah rumah tangga di pagar alam brp sebulan", "Rp10.000 per bulan"),
    (SAMPAH, "klo telat bayar retribusi sampah kena denda gak? brp", "2 persen per bulan"),
    (SAMPAH, "truk sampah dlh lewat jam brp ya biar sy gak ketinggalan", "05.00-09.00 WIB"),
    (SAMPAH, "abis bongkar dapur banyak puing, mau minta diangkut dlh pagaralam kena biaya brp?", "Rp200.000 per rit"),
    (TINJA, "biaya sedot wc brp", "Rp250.000 per 3 meter kubik"),
    (TINJA, "pesen sedot tinja di pagar alam bisa jam brp aja", "08.00-16.00 WIB"),
    (TINJA, "udh pesen sedot septictank, biasanya nunggu brp lama baru dtg?", "3 hari kerja"),
    (TINJA, "klo ikut program sedot berkala dpt diskon brp persen", "20 persen"),
    (TINJA, "ada truk tinja swasta buang limbah ke sungai deket rumah, dendanya brp sih", "Rp5.000.000"),
    (PBB, "jatuh tempo pbb pagar alam thn ini tgl brp", "31 Agustus 2026"),
    (PBB, "tarif pbb rumah yg njop nya dibawah 1 milyar brp persen", "0,1 persen"),
    (PBB, "telat bayar pbb dendanya brp gan", "1 persen per bulan"),
    (PBB, "baru beli tanah, balik nama sppt nya brp hari prosesnya", "7 hari kerja"),
    (AMBULANS, "nomor ambulans gratis pagar alam brp", "0730-555-0119"),
    (AMBULANS, "ortu sy dirujuk ke palembang, ambulansnya bayar brp", "Rp1.200.000"),
    (AMBULANS, "rumah sy di dempo selatan, klo manggil ambulans nyampe brp menit", "45 menit"),
    (AMBULANS, "mau pinjem ambulans buat jaga acara jalan sehat, hrs ngajuin brp hari sblmnya?", "7 hari"),
    (AK1, "bikin ak1 di disnaker gunungsitoli brp lama jadinya", "1 hari kerja"),
    (AK1, "kartu kuning berlaku brp thn", "2 tahun"),
    (AK1, "loket kartu kuning hari jumat tutup jam brp min", "11.30"),
    (AK1, "sy udh dpt kerja, wajib lapor ke disnaker gak? paling lambat kpn", "14 hari"),
    (AKTA, "lapor kelahiran anak maksimal brp hari stlh lahir", "60 hari"),
    (AKTA, "telat ngurus akta lahir anak di gunungsitoli dendanya brp", "Rp50.000"),
    (AKTA, "akta kelahiran jadi brp hari klo berkas lengkap", "2 hari kerja"),
    (AKTA, "akta bisa dianter ke rumah gak? ongkosnya brp", "Rp15.000"),
    (PJU, "lampu jalan depan rumah mati udh seminggu, wa pengaduannya brp", "0822-5550-6061"),
    (PJU, "brp lama biasanya lampu pju yg padam dibenerin dishub", "3 hari kerja"),
    (PJU, "tetangga nyolok listrik dr tiang lampu jalan, emg ada dendanya?", "Rp2.500.000"),
    (PJU, "mau usul lampu jalan baru di gang, paling lambat kpn biar masuk anggaran thn depan", "30 Juni 2026"),
    (KIR, "uji kir pikap di baubau brp", "Rp85.000"),
    (KIR, "hasil uji kir berlaku brp bulan", "6 bulan"),
    (KIR, "kir truk sy telat 2 bulan, dendanya brp persen", "10 persen"),
    (KIR, "tempat uji kir palagimata jumat buka smp jam brp", "08.00-11.00 WITA"),
    (PASAR, "sewa kios di pasar wameo sebulan brp", "Rp350.000 per bulan"),
    (PASAR, "bayar sewa kios pasar paling lambat tgl brp tiap bulan", "tanggal 10"),
    (PASAR, "pasar karya nugraha buka jam brp smp jam brp", "05.00-17.00 WITA"),
    (PASAR, "nunggak sewa kios brp bulan baru disegel?", "3 bulan"),
    (PERPUS, "denda telat balikin buku perpus baubau brp", "Rp500 per buku per hari"),
    (PERPUS, "perpusda baubau sabtu buka gak", "09.00-13.00 WITA"),
    (PERPUS, "sekali pinjem boleh brp buku", "3 buku"),
    (PERPUS, "kartu anggota perpustakaan daerah berlaku brp lama", "3 tahun"),
]

NOT_COVERED = [
    ("sedot wc di baubau hubungi kmn ya", "close"),
    ("cara bikin kia buat anak di gunungsitoli gmn", "close"),
    ("uji kir mobil bak di pagar alam dmn tempatnya", "close"),
    ("bikin kartu kuning ak1 di pagaralam syaratnya apa", "close"),
    ("beasiswa lpdp s2 buka pendaftaran kpn ya kak", "close"),
    ("resep rendang yg dagingnya empuk gmn", "far"),
    ("skor timnas semalem brp bang", "far"),
    ("hp 2 jutaan yg kameranya paling bagus apa", "far"),
    ("besok pagar alam hujan ga ya, mau ke gunung dempo", "far"),
    ("rekomendasi film horor indo terbaru dong", "far"),
]

CONVERSATIONS = [
    [("retribusi sampah di pagar alam brp sih", "start", SAMPAH),
     ("bayarnya bs lewat hp?", "follow", SAMPAH),
     ("klo telat?", "follow", SAMPAH),
     ("sekalian, sedot wc di pagar alam brp?", "new", TINJA)],
    [("mau kir truk sedang di baubau brp", "start", KIR),
     ("bawa apa aja", "follow", KIR),
     ("bs bayar pake qris?", "follow", KIR),
     ("oh iya, sewa los di pasar wameo sehari brp", "new", PASAR)],
    [("anak sy baru lahir, mau bikin akta di gunungsitoli", "start", AKTA),
     ("syaratnya apa aja kak", "follow", AKTA),
     ("kakaknya jg mau bikin kartu kuning, dmn tempatnya", "new", AK1),
     ("brp lama jadinya?", "follow", AK1)],
    [("adik sy mau daftar kip kuliah", "start", KIP),
     ("dibuka kpn?", "follow", KIP),
     ("dpt duit brp sebulan", "follow", KIP),
     ("ipk hrs brp?", "follow", KIP)],
    [("mau daftar nikah di kua, apa aja syaratnya", "start", NIKAH),
     ("klo akadnya di rumah bayar?", "follow", NIKAH),
     ("oh ya min, pbb pagar alam jatuh temponya kpn", "new", PBB),
     ("terakhir, perpus baubau buka hari minggu ga", "new", PERPUS)],
]


def main():
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q, _kind in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for k, turns in enumerate(CONVERSATIONS, 1):
            fh.write(json.dumps({"id": f"id-c{k}", "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": kind, "docs": [doc]}
                                           for q, kind, doc in turns]},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
