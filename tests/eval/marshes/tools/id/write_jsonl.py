"""Write questions.jsonl and conversations.jsonl of marshes-id."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
H = "id/nasional/sertifikasi-halal-umk.md"
M = "id/nasional/pendaftaran-merek.md"
SAMPAH = "id/tomohon/retribusi-sampah.md"
AKTA = "id/tomohon/akta-kelahiran.md"
KIR = "id/tomohon/uji-kir-kendaraan.pdf"
AMB = "id/tomohon/ambulans-gratis.html"
TINJA = "id/bima/sedot-tinja.docx"
PJU = "id/bima/lampu-jalan-rusak.md"
PASAR = "id/bima/retribusi-kios-pasar.md"
PBB = "id/prabumulih/pbb-p2.md"
KIA = "id/prabumulih/kartu-identitas-anak.md"
GOR = "id/prabumulih/sewa-gedung-gor.html"

ANSWERABLE = [
    (H, "min klo umkm mau sertifikat halal yg gratis itu ada batas omzet nya ga? maks brp", "Rp 500 juta"),
    (H, "biaya halal jalur reguler utk usaha kecil brp ya", "Rp 650.000"),
    (H, "udh submit self declare halal kmrn, kira2 brp lama sertifikatnya keluar?", "12 hari kerja"),
    (H, "kalo sy ganti bahan baku hrs lapor bpjph ga sih, dikasih waktu brp hari", "14 hari"),
    (H, "nomer call center halal kemenag brp kak", "(021) 5550 1460"),
    (M, "daftar merek buat umkm biayanya brp gan", "Rp 500.000"),
    (M, "pemeriksaan substantif merek tuh lama bgt ya, maksimal brp hari sih", "150 hari kerja"),
    (M, "pengumuman merek sblm diperiksa itu brp lama sih", "2 bulan"),
    (M, "merek sy ditolak djki, masih bs banding ga? batas waktunya brp hari", "90 hari"),
    (M, "lupa perpanjang merek, udh lewat 3 bln dr habisnya.. kena denda brp?", "Rp 1.500.000"),
    (SAMPAH, "iuran sampah rumah tangga di tomohon sebulan brp", "Rp 15.000"),
    (SAMPAH, "bayar retribusi sampah paling telat tgl brp min", "tanggal 20"),
    (SAMPAH, "truk sampah lewat jam brp ya di kakaskasen, sy sering ketinggalan", "06.00–10.00 WITA"),
    (SAMPAH, "mau buang puing bekas renov rumah, angkutan khusus dlh brp per rit", "Rp 250.000"),
    (AKTA, "bikin akta lahir anak di tomohon bayar ga?", "gratis"),
    (AKTA, "anak sy lahir udh 2 bulanan blm dilaporin, sebenernya batasnya brp hari", "60 hari"),
    (AKTA, "klo ngurus akta kelahiran lewat aplikasi brp hari jadi", "3 hari kerja"),
    (AKTA, "katanya ada petugas dukcapil di rsud anugerah buat akta bayi, hari apa ya?", "Rabu"),
    (KIR, "uji kir pikap di tomohon brp bayarnya", "Rp 95.000"),
    (KIR, "kir tomohon loketnya buka jam brp", "08.00–13.00 WITA"),
    (KIR, "telat uji kir 2 bulan, dendanya brp per bulan", "Rp 25.000"),
    (KIR, "no telp tempat uji kendaraan tomohon ada ga", "0431-555-3330"),
    (AMB, "nomor ambulans gratis tomohon brp", "0431-555-0119"),
    (AMB, "rumah sy di lereng lokon, ambulans kira2 nyampe brp menit?", "30 menit"),
    (AMB, "mau bawa ibu berobat ke luar sulut pake ambulans pemkot, bayar ga? brp", "Rp 15.000 per km"),
    (AMB, "keluarga yg boleh ikut naik ambulans brp org", "2 orang"),
    (TINJA, "sedot wc di kota bima brp", "Rp 200.000"),
    (TINJA, "sedot tinja bima kerjanya jam brp aja", "07.30–14.00 WITA"),
    (TINJA, "yg sedot tinja terjadwal itu nyicil brp sebulan", "Rp 7.500 per bulan"),
    (TINJA, "penyedot swasta buang tinja sembarangan di sungai, dendanya brp sih", "Rp 5.000.000"),
    (PJU, "lampu jalan dpn rumah mati, lapor via wa ke nomor brp", "0853-5550-1122"),
    (PJU, "kabel lampu jalan kebuka di raba bahaya bgt, brp lama ditangani?", "1 x 24 jam"),
    (PJU, "benerin lampu jalan rusak warga hrs bayar ga sih", "tidak dipungut biaya"),
    (PJU, "tetangga nyambung listrik dr tiang pju, itu kena denda brp", "Rp 1.000.000"),
    (PASAR, "sewa kios di pasar amahami sebulan brp", "Rp 350.000 per bulan"),
    (PASAR, "retribusi kios bulanan paling lambat dibayar tgl brp", "tanggal 10"),
    (PASAR, "kios sy tutup lama krn sakit, brp hari baru bs dicabut?", "60 hari"),
    (PASAR, "pasar raya amahami buka jam brp", "05.00–17.00 WITA"),
    (PBB, "jatuh tempo pbb prabumulih taun ini kpn", "31 Agustus 2026"),
    (PBB, "rumah sy njop nya dibawah 1 m, tarif pbb nya brp persen", "0,1%"),
    (PBB, "bapak sy pensiunan, bs dpt potongan pbb ga? maks brp persen", "50%"),
    (PBB, "baru beli rumah mau balik nama pbb, mutasinya brp lama", "10 hari kerja"),
    (KIA, "bikin kia anak di prabumulih bayar brp", "tidak dipungut biaya"),
    (KIA, "kia jadinya brp hari kak", "2 hari kerja"),
    (KIA, "kia bs dikirim ke rumah? ongkirnya brp", "Rp 10.000"),
    (KIA, "dukcapil prabumulih buka hari sabtu ga? jam brp", "08.00–12.00 WIB"),
    (GOR, "sewa lapangan futsal gor prabumulih sejam brp", "Rp 120.000 per jam"),
    (GOR, "klo batal sewa gedung serbaguna 10 hari sebelumnya, dp nya balik ga", "pengembalian 50% uang muka"),
    (GOR, "gor prabumulih buka sampe jam brp malem", "06.00–22.00 WIB"),
    (GOR, "dp sewa gor brp persen ya", "30%"),
]

NOT_COVERED = [
    ("close", "sedot tinja di prabumulih bs pesen dmn ya, brp biayanya"),
    ("close", "uji kir mobil pikap di kota bima jadwalnya kapan aja"),
    ("close", "mau urus akta kematian almarhum bapak di tomohon, syaratnya apa aja"),
    ("close", "bphtb prabumulih brp persen klo beli rumah"),
    ("close", "daftar hak cipta lagu ciptaan sendiri biayanya brp"),
    ("far", "resep ayam woku yg enak gmn kak"),
    ("far", "skor persib semalem brp bang"),
    ("far", "hp 2 jutaan yg kameranya bagus apa ya gan"),
    ("far", "besok di manado ujan ga ya"),
    ("far", "film horor indo terbaru yg bagus apa"),
]

CONVERSATIONS = [
    [("start", SAMPAH, "retribusi sampah rumah di tomohon brp sebulan"),
     ("follow", SAMPAH, "bayarnya bs lewat apk?"),
     ("follow", SAMPAH, "klo telat dendanya gmn")],
    [("start", KIR, "mau uji kir angkot di tomohon syaratnya apa aja"),
     ("follow", KIR, "biayanya brp?"),
     ("new", AMB, "eh sekalian, klo butuh ambulans gratis nelpon kmn"),
     ("follow", AMB, "24 jam kan?")],
    [("start", KIA, "cara bikin kia anak di prabumulih gmn"),
     ("follow", KIA, "brp hari jadinya"),
     ("new", PBB, "oh iya pbb rumah sy jatuh temponya kpn ya")],
    [("start", TINJA, "sedot tinja di bima gmn cara pesennya"),
     ("follow", TINJA, "tarif utk rumah brp"),
     ("follow", TINJA, "hari minggu bs ga?"),
     ("new", PJU, "lampu jalan dpn gang jg mati, lapor kmn"),
     ("follow", PJU, "lama ga benerinnya")],
    [("start", H, "sy umkm keripik mau ngurus sertifikat halal, gratis ga"),
     ("follow", H, "syaratnya apa aja"),
     ("follow", H, "brp lama prosesnya?"),
     ("follow", H, "bs online?")],
]


def main():
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for doc, q, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for _kind, q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for i, turns in enumerate(CONVERSATIONS, 1):
            fh.write(json.dumps({"id": f"id-c{i}", "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for k, d, q in turns]},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
