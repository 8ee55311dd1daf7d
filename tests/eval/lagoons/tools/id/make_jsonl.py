"""Write questions.jsonl and conversations.jsonl of lagoons-id."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
SAMPAH = "id/metro/retribusi-sampah.md"
TINJA = "id/metro/sedot-tinja.pdf"
AK1 = "id/metro/kartu-kuning-ak1.md"
KIR = "id/metro/uji-kir.html"
PBB = "id/banjar/pbb-p2.md"
PDAM = "id/banjar/sambungan-air-pdam.docx"
AMB = "id/banjar/ambulans-gratis.md"
AKTA = "id/sibolga/akta-kelahiran.md"
PJU = "id/sibolga/lampu-jalan-pju.md"
PASAR = "id/sibolga/retribusi-pasar.html"
BPN = "id/nasional/balik-nama-sertifikat.md"
BPJS = "id/nasional/bpjs-ketenagakerjaan-bpu.md"

ANSWERABLE = [
    (SAMPAH, "iuran sampah rmh tangga di metro sebulan brp min?", "Rp15.000"),
    (SAMPAH, "bayar retribusi sampah plg telat tgl brp ya", "tanggal 20 setiap bulan"),
    (SAMPAH, "klo telat bayar sampah kena denda brp persen", "2% per bulan"),
    (SAMPAH, "ada aplikasi buat bayar uang sampah gak kak, biar ga usah ke kantor", "SiMantap Metro"),
    (SAMPAH, "sy mau lunasin sampah setahun langsung, ada diskonnya gak?", "potongan 10%"),
    (TINJA, "biaya sedot wc brp", "Rp250.000"),
    (TINJA, "sedot tinja hari minggu ada gak? jam brp aja operasionalnya", "Senin sampai Sabtu pukul 07.00-16.00 WIB"),
    (TINJA, "udh pesen sedot septic tank td pagi, kira2 brp lama nunggunya?", "3 hari kerja"),
    (TINJA, "nomor wa buat pesen sedot tinja metro dong", "0813 6900 2714"),
    (AK1, "bikin kartu kuning bayar gak sih", "gratis"),
    (AK1, "kartu ak1 brlaku brp lama?", "2 tahun"),
    (AK1, "loket disnaker metro hari jumat buka sampe jam brp", "08.00–11.00 WIB"),
    (AK1, "daftar kartu kuning bisa online gak, lewat web apa", "KerjaMetro"),
    (KIR, "tarif kir pickup brp gan", "Rp87.000"),
    (KIR, "masa uji kir mobil bak sy udh lewat, kena denda gk?", "Rp20.000 per bulan"),
    (KIR, "tmpt uji kir metro bukanya hari apa aja jam brp", "Senin sampai Kamis pukul 07.30–13.00 WIB"),
    (KIR, "klo truk ga lulus kir bs uji ulang tanpa bayar lg? brp hari batasnya", "14 hari"),
    (PBB, "jatuh tempo pbb banjar 2026 kapan", "31 Agustus 2026"),
    (PBB, "pbb telat bayar dendanya brp", "1% per bulan"),
    (PBB, "ada potongan ga kalo bayar pbb lebih awal", "potongan 5%"),
    (PBB, "cek tagihan pbb online pake apa di kota banjar?", "e-PBB Banjar"),
    (PBB, "sy pensiunan penghasilan pas2an, bisa minta keringanan pbb? sampe brp persen", "sampai 50%"),
    (PDAM, "pasang air pdam baru di banjar biayanya brp, rumah biasa bukan yg sederhana", "Rp1.850.000"),
    (PDAM, "stlh lunas biaya pasang, brp hari meteran air dipasang", "7 hari kerja"),
    (PDAM, "telat bayar rekening air dendanya brp", "Rp10.000 per rekening"),
    (PDAM, "daftar sambungan air baru bs lewat hp gak", "Tirta Anom Mobile"),
    (AMB, "nomor ambulans gratis banjar brp", "(0265) 740 119"),
    (AMB, "klo nelpon ambulans dtg nya brp menit biasanya di kota", "15 menit"),
    (AMB, "sy bukan warga banjar, pasien mau dirujuk ke bandung pake ambulans dinkes, bayar brp", "Rp750.000"),
    (AMB, "keluarga pasien boleh ikut naik ambulans brp org?", "2 orang pendamping"),
    (AKTA, "bikin akta lahir anak di sibolga bayar brp", "tidak dipungut biaya"),
    (AKTA, "batas lapor kelahiran brp hari sih", "60 hari"),
    (AKTA, "akta kelahiran jadinya brp lama klo ngurus langsung di loket capil", "1 hari kerja"),
    (AKTA, "denger2 bs ngurus akta bayi di rsud fl tobing, jam brp ya", "08.00–13.00 WIB"),
    (PJU, "lampu jalan depan gang sy mati udh seminggu, lapor kmn ya? ada no wa nya?", "0822 7650 1183"),
    (PJU, "brp lama lampu jalan dibenerin stlh lapor", "3 hari kerja"),
    (PJU, "tetangga nyolok listrik dr tiang lampu jalan, itu kena denda brp", "Rp2.500.000"),
    (PJU, "mau usul pasang lampu jalan baru di lingkungan, perlu tanda tangan brp kk?", "10 kepala keluarga"),
    (PASAR, "sewa kios lantai bawah pasar sibolga nauli brp sebulan", "Rp350.000 per bulan"),
    (PASAR, "bayar sewa kios pasar paling lambat tgl brp", "tanggal 10 setiap bulan"),
    (PASAR, "klo nunggak sewa kios 3 bln diapain?", "disegel"),
    (PASAR, "kantor uptd pasar sibolga buka jam brp, mau urus kartu izin", "08.00–14.00 WIB"),
    (BPN, "biaya balik nama sertifikat tanah yg harganya 250 jt brp ke bpn", "Rp300.000"),
    (BPN, "balik nama sertipikat brp hari selesainya", "5 hari kerja"),
    (BPN, "mau cek status berkas di bpn online pake apa ya", "Sentuh Tanahku"),
    (BPN, "hotline atr bpn brp nomornya", "0811 1068 0000"),
    (BPJS, "iuran bpjs tk buat ojol paling murah brp sebulan", "Rp16.800"),
    (BPJS, "klo peserta bpu meninggal biasa (bukan kecelakaan) santunannya brp", "Rp42.000.000"),
    (BPJS, "bayar iuran bpjs ketenagakerjaan mandiri paling lambat tgl brp", "tanggal 15 setiap bulan"),
    (BPJS, "klaim jkk paling lama diajuin brp tahun stlh kejadian?", "2 tahun"),
]

NOT_COVERED = [
    ("close", "sedot wc di sibolga ada gak layanan dr pemkot? brp biayanya"),
    ("close", "uji kir di kota banjar dmn ya tempatnya"),
    ("close", "ambulans gratis di kota metro nomornya brp min"),
    ("close", "cara daftar bpjs kesehatan mandiri gmn kak, buat sekeluarga"),
    ("close", "min mau urus akta kematian bapak sy di sibolga, syaratnya apa aja"),
    ("far", "resep rendang yg dagingnya empuk gmn ya"),
    ("far", "skor timnas td malem brp bang"),
    ("far", "hp 2 jutaan yg kameranya bagus apa ya skrg"),
    ("far", "besok di metro hujan gak ya, mau jemur padi"),
    ("far", "film horor indonesia yg lg tayang di bioskop apa aja"),
]

CONVERSATIONS = [
    [("start", "sampah rumah sy di metro pusat blm pernah ditagih, gmn cara daftarnya?", SAMPAH),
     ("follow", "bayarnya brp sebulan?", SAMPAH),
     ("follow", "bisa lewat hp gak?", SAMPAH),
     ("new", "oh iya sekalian, septic tank udh penuh nih, sedotnya brp?", TINJA)],
    [("start", "pbb banjar tahun ini jatuh temponya kapan ya", PBB),
     ("follow", "klo telat?", PBB),
     ("new", "trus tanah yg baru sy beli mau dibalik nama, gmn caranya", BPN),
     ("follow", "brp lama prosesnya?", BPN)],
    [("start", "sy ojol mau ikut bpjs ketenagakerjaan sendiri, syaratnya apa", BPJS),
     ("follow", "iurannya brp sebulan", BPJS),
     ("follow", "klo meninggal ahli waris dpt brp?", BPJS)],
    [("start", "anak sy baru lahir di rsud fl tobing, mau bikin akta gmn caranya", AKTA),
     ("follow", "bayar gak?", AKTA),
     ("follow", "bs online?", AKTA),
     ("new", "oh ya lampu jalan di gang rumah mati, lapor kmn ya", PJU)],
    [("start", "mobil pikap sy hrs uji kir di metro, bawa apa aja?", KIR),
     ("follow", "tarifnya?", KIR),
     ("follow", "udh telat 2 bulan kena denda ga", KIR),
     ("follow", "jam brp loketnya tutup?", KIR),
     ("follow", "klo ga lulus gmn", KIR)],
]


def main() -> None:
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
                                           for k, q, d in turns]},
                                ensure_ascii=False) + "\n")
    print(len(ANSWERABLE), "answerable,", len(NOT_COVERED), "not covered,",
          len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
