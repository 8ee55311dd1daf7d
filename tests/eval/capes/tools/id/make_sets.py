"""Write questions.jsonl and conversations.jsonl of the Indonesian half."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

PASPOR = "id/nasional/paspor-biasa.md"
NIB = "id/nasional/nib-oss.md"
PBB = "id/palopo/pbb-p2.md"
AIR = "id/palopo/air-minum.html"
SAMPAH = "id/palopo/sampah.md"
PBG = "id/palopo/pbg-bangunan.pdf"
AKTA = "id/payakumbuh/akta-kelahiran-kematian.md"
PARKIR = "id/payakumbuh/parkir.html"
BENCANA = "id/payakumbuh/bantuan-bencana.md"
FOGGING = "id/kotamobagu/fogging-dbd.md"
REKLAME = "id/kotamobagu/reklame.docx"
MURID = "id/kotamobagu/penerimaan-murid-baru.md"

# (question, doc, fact)
ANSWERABLE = [
    # paspor
    ("brp biaya bikin e paspor skrg?", PASPOR, "Rp 720.000"),
    ("paspor ilang dendanya", PASPOR, "Rp 1.150.000"),
    ("min sy udh daftar di m paspor tp blm bayar kode billingnya, batas bayarnya brp jam ya? "
     "takut kelewat", PASPOR, "3 jam"),
    ("kalo udah wawancara di kantor imigrasi, paspornya jadi brp hari kak", PASPOR,
     "4 hari kerja"),
    ("kuota m-paspor penuh trs, jam brp sih kuota baru dibuka", PASPOR, "17.00"),
    # NIB
    ("daftar nib di oss bayar gak sih min", NIB, "tidak dipungut biaya"),
    ("anak sy umur 16 mau jualan online, bisa bikin nib atas nama dia sendiri gak?", NIB,
     "17 tahun"),
    ("usaha mikro tu batas modalnya brp ya gan", NIB, "Rp 1,2 miliar"),
    ("link aktivasi akun oss brp lama berlakunya? sy baru buka emailnya", NIB, "48 jam"),
    ("toko sy pindah alamat, wajib update data nib paling lambat kapan", NIB, "30 hari"),
    # PBB Palopo
    ("pbb palopo thn ini jatuh tempo tgl brp", PBB, "31 Agustus 2026"),
    ("klo telat byr pbb dendanya brp persen", PBB, "1% per bulan"),
    ("sy pensiunan, tinggal di palopo. bisa dapet potongan pbb gak? sampe brp persen", PBB,
     "50%"),
    ("baru beli rumah bekas, balik nama pbb nya brp lama prosesnya", PBB, "7 hari kerja"),
    # air Palopo
    ("biaya pasang pdam baru buat rumah di palopo brp", AIR, "Rp 1.275.000"),
    ("tarif air per kubik klo pemakaian sy cuma 8 kubik sebulan brp?", AIR, "Rp 3.400"),
    ("bayar tagihan air plg lambat tgl brp biar gk kena denda", AIR, "tanggal 20"),
    ("air dirumah disegel gara2 nunggak 2 bulan, buka segelnya bayar brp", AIR, "Rp 85.000"),
    # sampah Palopo
    ("jadwal truk sampah di wara selatan hari apa aja", SAMPAH, "Senin, Rabu, Jumat"),
    ("mau buang kasur sm lemari bekas, bisa diangkut dlh gak? bayar brp", SAMPAH,
     "Rp 50.000"),
    ("retribusi sampah rumah tangga di palopo sebulan brp", SAMPAH, "Rp 10.000"),
    ("buang sampah ke tps boleh mulai jam brp", SAMPAH, "18.00"),
    # PBG Palopo
    ("mau nambah lantai 2 rumah di palopo, ngurus izinnya brp lama", PBG, "21 hari kerja"),
    ("retribusi pbg rumah tinggal itu per meter perseginya brp", PBG, "Rp 12.000"),
    ("tetangga bangun rumah gak pake pbg, sanksinya apa? ada denda?", PBG,
     "2% dari nilai bangunan"),
    ("loket pbg dinas pu palopo tutup jam brp", PBG, "14.00"),
    # akta Payakumbuh
    ("sy baru lahiran, akta lahir anak hrs diurus paling lambat brp hari", AKTA, "60 hari"),
    ("ngurus akta kematian bapak sy di payakumbuh bayar gak kak", AKTA, "gratis"),
    ("kalo ngajuin akta lahir lewat online jadinya brp hari", AKTA, "3 hari kerja"),
    ("disdukcapil pyk hari jumat buka smp jam brp", AKTA, "11.30"),
    # parkir Payakumbuh
    ("parkir motor di payakumbuh resminya brp sih, kok sering dimintain 5rb", PARKIR,
     "Rp 2.000"),
    ("stiker parkir langganan buat mobil setahun brp", PARKIR, "Rp 250.000"),
    ("mobil sy digembok dishub krn parkir di rambu larangan, bukanya bayar brp", PARKIR,
     "Rp 150.000"),
    ("motor kena derek, nginep di depo dihitung brp per hari", PARKIR, "Rp 50.000"),
    # bencana Payakumbuh
    ("rumah sy rusak berat kena longsor, bantuan dr bpbd dapet brp", BENCANA,
     "Rp 25.000.000"),
    ("dana bantuan perbaikan rumah abis banjir cairnya brp lama", BENCANA, "30 hari kerja"),
    ("nomor pusdalops bpbd payakumbuh brp", BENCANA, "(0752) 796 112"),
    ("udah lapor rumah kebanjiran, tim bpbd dtg ngecek kerusakan brp lama", BENCANA,
     "3 x 24 jam"),
    # fogging Kotamobagu
    ("tetangga kena dbd, klo lapor ke puskesmas petugas dtg brp lama", FOGGING,
     "2 x 24 jam"),
    ("minta fogging di kotamobagu bayar gak", FOGGING, "gratis"),
    ("foging tu brp kali ya, jarak antar fogingnya brp hari", FOGGING, "7 hari"),
    ("no hotline dbd dinkes kotamobagu", FOGGING, "0811-4311-6620"),
    # reklame Kotamobagu
    ("pasang spanduk promo toko seminggu di kotamobagu, pajaknya brp per meter", REKLAME,
     "Rp 15.000"),
    ("papan nama toko kecil cuma 1 meter kena pajak reklame gak", REKLAME, "bebas pajak"),
    ("izin billboard sy mau abis, perpanjangnya paling lambat kapan", REKLAME, "14 hari"),
    ("baliho sy dibongkar satpol pp krn izinnya abis, biaya bongkarnya brp", REKLAME,
     "Rp 750.000"),
    # murid baru Kotamobagu
    ("anak sy baru 6 thn bulan agustus nanti, bisa masuk sd negeri thn ini gak", MURID,
     "1 Juli 2026"),
    ("pendaftaran sd negri kotamobagu ditutup tgl brp", MURID, "13 Juni 2026"),
    ("kk sy baru 6 bulan di kotamobagu, bisa ikut jalur zonasi/domisili gk", MURID, "1 tahun"),
    ("kuota jalur prestasi smp brp persen", MURID, "25%"),
]

NOT_COVERED = [
    # close
    "bphtb beli rumah di palopo brp persen ya",
    "mau pindah domisili dari payakumbuh ke padang, ngurus surat pindahnya gmn",
    "pendaftaran sma negeri di kotamobagu kapan dibuka",
    "pasang sambungan pdam baru di kotamobagu biayanya brp",
    "temen sy org malaysia mau liburan ke indo, bikin visanya gmn",
    # far
    "resep coto makassar yg enak gmn",
    "semalam psm makassar menang gak? skornya brp",
    "rekomendasi hp 2 jutaan yg kameranya bagus dong",
    "besok di payakumbuh hujan gak ya",
    "film horor indonesia yg lagi tayang di bioskop apa aja",
]

CONVERSATIONS = [
    ("id-c1", [("mau bikin paspor baru, syaratnya apa aja kak", "start", PASPOR),
               ("bayarnya brp?", "follow", PASPOR),
               ("jadinya brp lama", "follow", PASPOR),
               ("klo nanti ilang gmn", "follow", PASPOR)]),
    ("id-c2", [("cara pasang air pdam baru di palopo gmn", "start", AIR),
               ("brp hari dipasangnya?", "follow", AIR),
               ("oh iya, truk sampah di wara timur lewat hari apa ya", "new", SAMPAH),
               ("klo kasur bekas?", "follow", SAMPAH)]),
    ("id-c3", [("parkir mobil di sekitar pasar ibuh brp", "start", PARKIR),
               ("ada yg langganan setahun gak", "follow", PARKIR),
               ("kak klo bikin akta lahir anak di payakumbuh syaratnya apa", "new", AKTA),
               ("bisa online?", "follow", AKTA)]),
    ("id-c4", [("gmn cara daftar nib buat warung makan", "start", NIB),
               ("bayar gak?", "follow", NIB),
               ("klo nanti pindah alamat?", "follow", NIB),
               ("sekalian min, pasang spanduk warung di kotamobagu pajaknya brp", "new",
                REKLAME)]),
    ("id-c5", [("di kompleks sy ada yg kena dbd, bisa minta fogging gak", "start", FOGGING),
               ("bayar?", "follow", FOGGING),
               ("biasanya jam brp", "follow", FOGGING),
               ("trus warga hrs siapin apa aja", "follow", FOGGING)]),
]


def main() -> None:
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q, doc, fact in ANSWERABLE:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": [doc],
                                 "fact": fact}, ensure_ascii=False) + "\n")
        for q in NOT_COVERED:
            fh.write(json.dumps({"q": q, "lang": "id", "country": "ID", "docs": []},
                                ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": "id", "country": "ID",
                                 "turns": [{"q": q, "kind": k, "docs": [d]}
                                           for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print("wrote questions.jsonl and conversations.jsonl")


if __name__ == "__main__":
    main()
