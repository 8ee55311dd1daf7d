"""Write questions.jsonl and conversations.jsonl of the lakes set.

    python3 tests/eval/lakes/tools/questions.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

# doc ids (as the loader names them: path under knowledge/)
PBB = "id/bandung/pbb-p2.md"
SAMPAH = "id/bandung/sampah-retribusi.md"
AKTA = "id/bandung/akta-kelahiran.pdf"
PBG = "id/bandung/pbg.html"
AIR = "id/pekanbaru/sambungan-air.md"
BANSOS = "id/pekanbaru/data-bansos.md"
KIR = "id/pekanbaru/uji-kir.docx"
SPMB = "id/kupang/spmb-sd-smp.md"
BENCANA = "id/kupang/bantuan-bencana.html"
RTLH = "id/kupang/rtlh.md"
BPJS = "id/nasional/bpjs-kesehatan-mandiri.md"
SPT = "id/nasional/spt-tahunan.md"

CUKAI = "my/petaling-jaya/cukai-taksiran.md"
ANJING = "my/petaling-jaya/lesen-anjing.md"
PARKIR = "my/petaling-jaya/pas-parkir.html"
PUKAL = "my/taiping/sampah-pukal.md"
IKLAN = "my/taiping/permit-iklan.md"
GERAI = "my/taiping/sewa-gerai.docx"
KUBUR = "my/taiping/tanah-perkuburan.md"
LESEN = "my/bintulu/lesen-perdagangan.html"
PELAN = "my/bintulu/pelan-bangunan.pdf"
RUMAH = "my/bintulu/rumah-mampu-milik.md"
PERKESO = "my/nasional/perkeso-sksps.md"
JKM = "my/nasional/jkm-bantuan-warga-emas.md"

ID_ANSWERABLE = [
    # PBB-P2 Bandung
    ("denda telat bayr pbb brp persen?", [PBB], "1% per bulan"),
    ("due date pbb taun ini kpn?", [PBB], "31 Agustus 2026"),
    ("klo bayar pbb lbh awal ada diskon gk? smp kapan", [PBB], "30 April 2026"),
    ("sy pensiunan, bs minta keringanan pbb ga? potongannya brp persen", [PBB], "50%"),
    ("balik nama sppt dr pemilik lama brp hari prosesnya", [PBB], "7 hari kerja"),
    # Persampahan Bandung
    ("mau buang kasur bekas, minta diangkut dinas bayar brp", [SAMPAH], "Rp150.000"),
    ("tetangga sy suka buang sampah ke sungai, dendanya brp sih", [SAMPAH], "Rp250.000"),
    ("retribusi sampah rumah listrik 1300 VA sebulan brp ya", [SAMPAH], "Rp12.000"),
    ("sampah di tps deket rumah gk diangkut udh 2 hari, lapor kmn?", [SAMPAH], "0812-2000-7341"),
    # Akta kelahiran Bandung (PDF)
    ("bikin akta lahir online brp hari jadinya", [AKTA], "3 hari kerja"),
    ("batas lapor lahiran anak brp hari?", [AKTA], "60 hari"),
    ("akta lahir yg dicetak sendiri itu pake kertas apa", [AKTA], "80 gram"),
    ("aplikasi buat ngurus akta kelahiran online namanya apa", [AKTA], "SiDUKA"),
    # PBG Bandung (HTML)
    ("retribusi pbg rumah 150 m2 itu brp per meter", [PBG], "Rp17.500"),
    ("mau bangun rumah 1 lantai, ngurus pbg nya brp lama", [PBG], "10 hari kerja"),
    ("bkin pager rumah perlu pbg gk sih", [PBG], "1,5 meter"),
    ("kalo udh terlanjur bangun rumah tanpa pbg dendanya brp", [PBG], "2%"),
    # Sambungan air Pekanbaru
    ("biaya pasang pdam baru buat rumah brp", [AIR], "Rp1.250.000"),
    ("tagihan air pdam tiap bulan paling telat dibayar tgl brp", [AIR], "tanggal 20"),
    ("udh bayar pasang air baru, brp lama dipasangnya?", [AIR], "14 hari kerja"),
    ("air diputus krn nunggak, nyambung lg bayar brp", [AIR], "Rp175.000"),
    # Data bansos Pekanbaru
    ("daftar bansos online bs ga? pake aplikasi apa", [BANSOS], "Pekanbaru Peduli"),
    ("nenek sy udh 75 thn, bantuan lansia dr pemko brp sebulan?", [BANSOS], "Rp300.000"),
    ("udh daftar data bansos, kpn ditetapkannya?", [BANSOS], "3 bulan"),
    ("gmn cara lapor tetangga yg mampu tp dpt bansos", [BANSOS], "Usul Sanggah"),
    # Uji KIR Pekanbaru (DOCX)
    ("uji kir pick up brp?", [KIR], "Rp85.000"),
    ("hasil kir berlaku brp bulan", [KIR], "6 bulan"),
    ("tempat uji kir hari jumat buka smp jam brp", [KIR], "11.00"),
    ("mobil gk lolos kir, retest bayar lg ga?", [KIR], "14 hari"),
    # SPMB Kupang
    ("anak sy 5 thn 8 bln, udh bs daftar sd negeri blm? umur minimalnya brp", [SPMB], "6 tahun"),
    ("kpn pengumuman spmb smp?", [SPMB], "22 Juni 2026"),
    ("anak sy dr keluarga kurang mampu, kuota jalur afirmasi smp brp persen", [SPMB], "20%"),
    ("kk kami baru 6 bln, bs ikut jalur domisili gk", [SPMB], "1 tahun"),
    # Bantuan bencana Kupang (HTML)
    ("rumah rusak berat kena angin kencang dpt bantuan brp", [BENCANA], "Rp35.000.000"),
    ("lapor rumah rusak abis bencana paling lambat kpn", [BENCANA], "3 x 24 jam"),
    ("nomor pusdalops bpbd kupang brp", [BENCANA], "(0380) 821-4455"),
    ("sy ngontrak, rumahnya rusak kena banjir. dpt bantuan ga?", [BENCANA], "Rp600.000"),
    # RTLH Kupang
    ("bedah rumah dpt brp duit", [RTLH], "Rp20.000.000"),
    ("usulan rtlh ditutup kpn", [RTLH], "31 Maret 2026"),
    ("mau apply bedah rumah, gaji maks brp?", [RTLH], "Rp2.500.000"),
    ("klo rumah udh dpt bantuan bedah rumah, boleh dijual gk?", [RTLH], "5 tahun"),
    # BPJS Kesehatan (nasional)
    ("iuran bpjs kelas 2 brp skrg", [BPJS], "Rp100.000"),
    ("abis daftar bpjs mandiri kpn kartunya bs dipake", [BPJS], "14 hari"),
    ("telat bayar bpjs trus dirawat inap, dendanya gmn", [BPJS], "5%"),
    ("bayi baru lahir daftar bpjs paling lambat kpn", [BPJS], "28 hari"),
    ("mau pindah kelas bpjs hrs nunggu brp lama", [BPJS], "1 tahun"),
    # SPT Tahunan (nasional)
    ("deadline lapor spt pribadi kpn", [SPT], "31 Maret 2026"),
    ("sy lupa lapor spt tahun lalu, kena denda brp ya", [SPT], "Rp100.000"),
    ("gaji dibawah 60jt setahun pake formulir spt apa", [SPT], "1770 SS"),
    ("ptkp skrg brp sih", [SPT], "Rp54.000.000"),
]

ID_NOT_COVERED = [
    # close
    "cara ngajuin keberatan njop pbb yg kemahalan gmn",
    "syarat bikin akta kematian di disdukcapil apa aja",
    "biaya pasang pdam baru di kota medan brp",
    "ngurus izin trayek angkot di dishub gmn caranya",
    "daftar sma negeri di kupang jadwalnya kpn",
    # far
    "resep rendang biar dagingnya empuk gmn",
    "rekomendasi hp 2 jutaan yg kameranya bagus dong",
    "persib main lg kpn ya",
    "cara ngilangin jerawat batu gmn",
    "kucing sy bersin2 terus, kasih obat apa",
]

MY_ANSWERABLE = [
    # Cukai taksiran MBPJ
    ("cukai taksiran penggal 2 due bila", [CUKAI], "31 Ogos 2026"),
    ("terlupa bayar cukai pintu lepas tarikh akhir, kena denda brape", [CUKAI], "10%"),
    ("warga emas ada rebat cukai taksiran x", [CUKAI], "20%"),
    ("kod biller jompay nak bayar cukai taksiran apa ek", [CUKAI], "4432"),
    # Lesen anjing MBPJ
    ("lesen anjing yg dah mandul brape setahun", [ANJING], "RM15"),
    ("duduk rumah teres boleh bela brape ekor anjing", [ANJING], "2 ekor"),
    ("anjing sy kena tangkap majlis, nak tebus camne", [ANJING], "RM120"),
    ("renew lesen anjing sebelum bila", [ANJING], "31 Januari"),
    # Parkir MBPJ (HTML)
    ("parking kat pj kena bayar sampai pukul brape", [PARKIR], "6.00 petang"),
    ("sy keje kat pusat bandar pj, pas bulanan parking zon A brape", [PARKIR], "RM100"),
    ("kena saman parking, bayar awal dpt murah ke", [PARKIR], "RM30"),
    ("dah apply pas bulanan parkir semalam, brape lama nak lulus", [PARKIR], "2 hari bekerja"),
    # Sampah Taiping
    ("nak buang tilam lama, majlis boleh ambik free ke", [PUKAL], "3 item"),
    ("sisa kebun kutip bila", [PUKAL], "2 minggu sekali"),
    ("tong sampah rumah sy pecah, nak beli baru kat majlis brape", [PUKAL], "RM95"),
    ("kalau kena tangkap buang sampah merata tepi jalan kompaun brape", [PUKAL], "RM500"),
    # Permit iklan Taiping
    ("nak pasang banner promosi kedai seminggu, bayaran permit brape sehelai", [IKLAN], "RM8"),
    ("permit papan tanda kedai brp lama lulus", [IKLAN], "7 hari bekerja"),
    ("papan tanda arah kenduri kahwin kena apply permit ke", [IKLAN], "3 hari"),
    ("dah turunkan banner lepas event, deposit bila dapat balik", [IKLAN], "30 hari"),
    # Sewa gerai Taiping (DOCX)
    ("nak jual ikan kat pasar besar, sewa gerai basah sebulan brape", [GERAI], "RM120"),
    ("deposit sewa gerai majlis brape", [GERAI], "2 bulan"),
    ("x bayar sewa gerai brape bulan baru kena tarik balik", [GERAI], "3 bulan"),
    ("suntikan tifoid kena ambik brape tahun sekali", [GERAI], "3 tahun"),
    # Tanah perkuburan Taiping
    ("lot kubur dewasa kat taiping brape", [KUBUR], "RM300"),
    ("kalau arwah meninggal petang, pengebumian boleh buat sampai pukul brape", [KUBUR], "6.00 petang"),
    ("nak buat batu nisan kena permit ke? brape", [KUBUR], "RM50"),
    ("arwah bukan org taiping, bayaran lot sama ke", [KUBUR], "2 kali ganda"),
    # Lesen perdagangan Bintulu (HTML)
    ("nak buka kedai makan kat bintulu, lesen perdagangan brape setahun", [LESEN], "RM150"),
    ("lesen niaga sy tak renew lagi sampai april, kena penalti brape", [LESEN], "20%"),
    ("lesen ekspres siap brape lama", [LESEN], "1 hari bekerja"),
    ("bayaran proses mohon lesen perdagangan brape", [LESEN], "RM10"),
    ("lesen niaga bda tamat bila", [LESEN], "31 Disember"),
    # Pelan bangunan Bintulu (PDF)
    ("nak extend dapur rumah kena apply apa", [PELAN], "Permit Kerja Kecil"),
    ("fi permit kerja kecil brape", [PELAN], "RM60"),
    ("arkitek dah hantar pelan rumah kami, brape lama baru lulus", [PELAN], "30 hari bekerja"),
    ("nak naikkan pagar rumah, tinggi brape baru perlu kelulusan bda", [PELAN], "1.8 meter"),
    # Rumah mampu milik Bintulu
    ("gaji brape boleh apply rumah mampu milik bda", [RUMAH], "RM8,000"),
    ("rumah teres setingkat bda harga brape", [RUMAH], "RM180,000"),
    ("beli rumah bda boleh jual lepas brape tahun", [RUMAH], "10 tahun"),
    ("nak apply rumah mampu milik bda, permohonan tutup bila ek", [RUMAH], "30 April 2026"),
    # PERKESO SKSPS (nasional)
    ("sy rider grabfood nak ambik pelan 2 perkeso, caruman brape setahun", [PERKESO], "RM310"),
    ("accident masa hantar food, nak claim kena report dlm brape hari", [PERKESO], "30 hari"),
    ("suami sy rider meninggal accident, faedah pengurusan mayat perkeso brape", [PERKESO], "RM2,500"),
    ("duit tak cukup nak bayar setahun, boleh bayar caruman sksps bulan2 ke", [PERKESO], "RM20"),
    # JKM (nasional)
    ("bantuan warga emas jkm dpt brape sebulan", [JKM], "RM550"),
    ("syarat pendapatan isi rumah utk bantuan warga emas brape", [JKM], "RM2,600"),
    ("pegawai jkm dah datang rumah, lepas tu bila dapat keputusan", [JKM], "30 hari bekerja"),
    ("duit bantuan jkm masuk akaun hari bulan brape", [JKM], "5 haribulan"),
    ("bantuan kanak2 jkm brape seorang", [JKM], "RM250"),
]

MY_NOT_COVERED = [
    # close
    "nak bantah nilaian cukai taksiran mbpj camne",
    "mbpj ada lesen kucing tak",
    "sewa gerai pasar kat ipoh brape sebulan",
    "perkeso suri rumah caruman brape",
    "camne nak daftar kad oku kat jkm",
    # far
    "resepi nasi lemak sambal sedap camne",
    "kedai repair skrin phone murah kat mana",
    "ubat selsema yg paling berkesan apa",
    "harimau malaya menang x semalam",
    "tips nak kurus dlm sebulan",
]

CONVERSATIONS = [
    ("id-pbb-sampah", "id", "ID", [
        ("pbb rumah sy blm bayar, kpn jatuh temponya?", "start", [PBB]),
        ("klo telat dendanya brp?", "follow", [PBB]),
        ("bayarnya bs lewat apa aja", "follow", [PBB]),
        ("oh iya, sofa bekas bs minta diangkut dinas ga?", "new", [SAMPAH]),
        ("bayar brp?", "follow", [SAMPAH]),
    ]),
    ("id-akta", "id", "ID", [
        ("mau bikin akta lahir anak sy, syaratnya apa aja", "start", [AKTA]),
        ("brp lama jadinya klo online?", "follow", [AKTA]),
        ("kantornya buka sabtu gk", "follow", [AKTA]),
    ]),
    ("id-air-bansos", "id", "ID", [
        ("mau pasang air pdam baru di rumah, gmn caranya", "start", [AIR]),
        ("biayanya brp?", "follow", [AIR]),
        ("brp lama smp dipasang", "follow", [AIR]),
        ("eh sekalian, daftar bansos gmn ya", "new", [BANSOS]),
        ("ada bantuan buat lansia gk", "follow", [BANSOS]),
    ]),
    ("id-spmb-bencana", "id", "ID", [
        ("anak sy mau masuk smp negeri thn ini", "start", [SPMB]),
        ("kpn daftarnya?", "follow", [SPMB]),
        ("kuota domisilinya brp persen", "follow", [SPMB]),
        ("trus klo rumah rusak kena angin kencang ada bantuan ga?", "new", [BENCANA]),
        ("lapornya kmn", "follow", [BENCANA]),
    ]),
    ("id-bpjs", "id", "ID", [
        ("mau daftar bpjs mandiri sekeluarga", "start", [BPJS]),
        ("iuran kelas 3 brp", "follow", [BPJS]),
        ("klo telat bayar gmn", "follow", [BPJS]),
    ]),
    ("my-cukai-anjing", "ms", "MY", [
        ("cukai taksiran rumah sy kat pj bila due?", "start", [CUKAI]),
        ("kalau lambat kena denda brape", "follow", [CUKAI]),
        ("boleh bayar guna jompay tak", "follow", [CUKAI]),
        ("lagi satu, nak apply lesen anjing camne", "new", [ANJING]),
        ("brape setahun?", "follow", [ANJING]),
    ]),
    ("my-gerai", "ms", "MY", [
        ("nak sewa gerai kat pasar besar taiping", "start", [GERAI]),
        ("deposit brape", "follow", [GERAI]),
        ("pasar tu buka pukul brape", "follow", [GERAI]),
    ]),
    ("my-lesen-rumah", "ms", "MY", [
        ("nak buka kedai runcit kat bintulu, lesen apa perlu", "start", [LESEN]),
        ("brape lama siap", "follow", [LESEN]),
        ("kaunter buka sabtu tak", "follow", [LESEN]),
        ("btw rumah mampu milik bda masih buka permohonan ke", "new", [RUMAH]),
        ("syarat gaji brape", "follow", [RUMAH]),
    ]),
    ("my-perkeso", "ms", "MY", [
        ("sy rider foodpanda, kena daftar perkeso ke", "start", [PERKESO]),
        ("caruman paling murah brape", "follow", [PERKESO]),
        ("kalau accident camne nak claim", "follow", [PERKESO]),
    ]),
    ("my-jkm-kubur", "ms", "MY", [
        ("mak sy warga emas nak mohon bantuan jkm", "start", [JKM]),
        ("dapat brape sebulan", "follow", [JKM]),
        ("lama ke nak tunggu lulus", "follow", [JKM]),
        ("oh ya, lot kubur dewasa kat taiping brape ek", "new", [KUBUR]),
        ("boleh urus hari ahad tak", "follow", [KUBUR]),
    ]),
]


def main() -> None:
    rows = []
    for lang, country, ans, nc in (("id", "ID", ID_ANSWERABLE, ID_NOT_COVERED),
                                   ("ms", "MY", MY_ANSWERABLE, MY_NOT_COVERED)):
        rows += [{"q": q, "lang": lang, "country": country, "docs": docs, "fact": fact}
                 for q, docs, fact in ans]
        rows += [{"q": q, "lang": lang, "country": country, "docs": []} for q in nc]
    with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
        for cid, lang, country, turns in CONVERSATIONS:
            fh.write(json.dumps({"id": cid, "lang": lang, "country": country,
                                 "turns": [{"q": q, "kind": k, "docs": d} for q, k, d in turns]},
                                ensure_ascii=False) + "\n")
    print(len(rows), "questions,", len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
