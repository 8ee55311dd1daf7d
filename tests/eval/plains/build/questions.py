"""Write questions.jsonl and conversations.jsonl of the plains set."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
B = "id/bekasi/"; S = "id/samarinda/"; J = "id/jambi/"; N = "id/nasional/"
KJ = "my/kajang/"; MU = "my/muar/"; TW = "my/tawau/"; MN = "my/nasional/"

ID = [  # (q, docs, fact)
 ("pbb thn ini jatuh temponya kpn?", [B+"pbb-p2.md"], "31 Agustus 2026"),
 ("kalo telat bayar pbb lewat jatuh tempo dendanya brp persen sih", [B+"pbb-p2.md"], "1% per bulan"),
 ("klo bayar pbb sblm april ada diskon ga", [B+"pbb-p2.md"], "5%"),
 ("sy pensiunan pns, bs dpt pengurangan pbb brp persen? rumah cuma 1", [B+"pbb-p2.md"], "50%"),
 ("nomor call center bapenda brp?", [B+"pbb-p2.md", B+"bphtb.pdf"], "(021) 8896 4420"),
 ("mau beli rumah second dr orang, kena bphtb brp persen ya", [B+"bphtb.pdf"], "5%"),
 ("dapet warisan rumah dr ortu, npoptkp bphtb nya brp ya", [B+"bphtb.pdf"], "400.000.000"),
 ("validasi sspd bphtb brp hari", [B+"bphtb.pdf"], "3 hari kerja"),
 ("mau beli rumah 500jt, kira2 bphtb yg hrs dibayar brp?", [B+"bphtb.pdf"], "21.000.000"),
 ("ngurus pbg rumah brp lama jadinya", [B+"pbg.html"], "28 hari kerja"),
 ("mau bangun rumah 100 meter, retribusi pbg per meternya brp?", [B+"pbg.html"], "18.000"),
 ("tetangga bangun rumah gk pake imb/pbg, emg dendanya brp sih", [B+"pbg.html"], "10%"),
 ("ada nomor wa buat konsultasi pbg ga? bingung isi simbg", [B+"pbg.html"], "0811-1900-2345"),
 ("bikin akta lahir anak bayar gk?", [S+"akta-kelahiran.md"], "gratis"),
 ("akta lahir klo apply online brp lama jadinya", [S+"akta-kelahiran.md"], "3 hari kerja"),
 ("capil sabtu buka gk buat akta lahir? sampe jam brp", [S+"akta-kelahiran.md"], "12.00"),
 ("aplikasi buat ngurus akta kelahiran online apa namanya", [S+"akta-kelahiran.md"], "SAPA Capil"),
 ("nama anak sy salah ketik di akta, benerinnya brp hari?", [S+"akta-kelahiran.md"], "5 hari kerja"),
 ("lapor kematian paling lambat brp hari", [S+"akta-kematian.md"], "30 hari"),
 ("akta kematian bapak sy jadinya brp hari ya", [S+"akta-kematian.md"], "2 hari kerja"),
 ("loket akta kematian di kecamatan tutup jam brp", [S+"akta-kematian.md"], "14.30"),
 ("ada no wa capil ga buat nanya2 soal akta kematian", [S+"akta-kematian.md"], "0813-5000-7702"),
 ("pasang pdam baru brp biayanya? listrik rumah 900 va", [S+"pasang-baru-air.docx"], "1.250.000"),
 ("biaya pasang air pdam bs dicicil ga, brp kali?", [S+"pasang-baru-air.docx"], "6 kali"),
 ("udh bayar pasang sambungan air, brp lama dipasangnya", [S+"pasang-baru-air.docx"], "14 hari kerja"),
 ("abonemen pdam sebulan brp", [S+"pasang-baru-air.docx"], "15.000"),
 ("air udh masuk rumah nih, nomor wa bpbd buat lapor banjir brp", [S+"faq-bantuan-banjir.md"], "0811-5555-0417"),
 ("rumah rusak berat kena banjir dpt bantuan brp dr pemkot?", [S+"faq-bantuan-banjir.md"], "25.000.000"),
 ("sy ngontrak, rumah kebanjiran parah, dpt bantuan gk? brp?", [S+"faq-bantuan-banjir.md"], "600.000"),
 ("pendataan rumah rusak abis banjir surut dibatesin brp hari", [S+"faq-bantuan-banjir.md"], "14 hari"),
 ("iuran sampah rumah brp sebulan", [J+"retribusi-sampah.md"], "10.000"),
 ("sy kerja pagi, jam brp aja boleh buang sampah ke tps", [J+"retribusi-sampah.md"], "18.00"),
 ("denda buang sampah sembarangan brp", [J+"retribusi-sampah.md"], "500.000"),
 ("sy pny warung makan, retribusi sampahnya brp per bulan?", [J+"retribusi-sampah.md"], "75.000"),
 ("sewa rusun lantai 3 brp sebulan", [J+"sewa-rusunawa.html"], "250.000"),
 ("gaji sy sm istri brp maksimal biar bs daftar rusunawa?", [J+"sewa-rusunawa.html"], "4.500.000"),
 ("uang jaminan rusunawa brp bulan sewa", [J+"sewa-rusunawa.html"], "2 bulan"),
 ("paling lama bs tinggal di rusunawa brp tahun sih? udh diperpanjang", [J+"sewa-rusunawa.html"], "6 tahun"),
 ("imunisasi di puskesmas hari apa aja", [J+"faq-imunisasi.md"], "Kamis"),
 ("anak sy telat imunisasi, smpe umur brp masih bs dikejar?", [J+"faq-imunisasi.md"], "59 bulan"),
 ("anak lg demem, brp derajat yg gk boleh diimunisasi dulu", [J+"faq-imunisasi.md"], "38,5"),
 ("anak kejang abis imunisasi, lapor kmn ya? ada hotline?", [J+"faq-imunisasi.md"], "0812-7400-3311"),
 ("puskesmas sy jauh, pindah faskes bpjs hrs nunggu brp bulan dulu", [N+"bpjs-ganti-faskes.md"], "3 bulan"),
 ("ganti faskes bpjs bs online lwt aplikasi apa?", [N+"bpjs-ganti-faskes.md"], "Mobile JKN"),
 ("udh ganti faskes, mulai berlaku kpn?", [N+"bpjs-ganti-faskes.md"], "tanggal 1"),
 ("mau ganti faskes lwt wa aja, nomor pandawa bpjs brp", [N+"bpjs-ganti-faskes.md"], "0811-8750-400"),
 ("cara daftar bansos sendiri lwt hp gmn? menu apa", [N+"cek-bansos.md"], "Daftar Usulan"),
 ("kmrn udh usul bansos lwt aplikasi, hasilnya brp lama diumumin", [N+"cek-bansos.md"], "30 hari kerja"),
 ("mau lapor tetangga mampu tp dpt bansos, bs brp kali sebulan?", [N+"cek-bansos.md"], "5 sanggahan"),
 ("wa pengaduan bansos kemensos brp", [N+"cek-bansos.md"], "0811-1022-210"),
]
ID_NC = [  # close, then far
 "pajak motor telat bayar dendanya brp? bayarnya di bapenda jg?",
 "cara ngurus akta perkawinan non muslim di capil gmn",
 "mau balik nama pelanggan pdam ke nama sy, syaratnya apa",
 "sewa rusunawa di kota palembang brp sebulan",
 "bikin akta lahir di balikpapan brp lama jadinya?",
 "resep rendang yg empuk gmn ya",
 "hp sy lemot bgt, enaknya diapain",
 "rekomendasi tempat wisata di bali dong",
 "skor bola semalem brp?",
 "tips bikin cv yg menarik buat lamar kerja",
]

MY = [
 ("nak buka kedai runcit, lesen berapa lama lulus?", [KJ+"lesen-perniagaan-baharu.md"], "1 hari bekerja"),
 ("nak apply lesen berniaga baru, bayaran proses dia brape ye", [KJ+"lesen-perniagaan-baharu.md"], "RM50"),
 ("kedai sy 800 kaki persegi, fi lesen brape setahun?", [KJ+"lesen-perniagaan-baharu.md"], "RM250"),
 ("kaunter lesen mpkj hari jumaat lepas rehat bukak pukul brp", [KJ+"lesen-perniagaan-baharu.md"], "2.45 petang"),
 ("lesen niaga expired bila ya", [KJ+"pembaharuan-lesen-perniagaan.md"], "31 Disember"),
 ("terlupa renew lesen kedai, dah januari ni, kena caj brape sebulan", [KJ+"pembaharuan-lesen-perniagaan.md"], "RM30"),
 ("bila boleh start renew lesen kedai?", [KJ+"pembaharuan-lesen-perniagaan.md"], "1 Oktober"),
 ("lesen x renew lebih brp bulan baru kena batal?", [KJ+"pembaharuan-lesen-perniagaan.md"], "3 bulan"),
 ("tukar nama kedai masa renew lesen ada caj ke", [KJ+"pembaharuan-lesen-perniagaan.md"], "RM25"),
 ("cukai pintu penggal 2 due bila", [KJ+"cukai-taksiran.html"], "31 Ogos"),
 ("nak bayar cukai taksiran guna jompay, kod biller dia apa?", [KJ+"cukai-taksiran.html"], "48021"),
 ("warga emas ada rebat cukai pintu x? brp", [KJ+"cukai-taksiran.html"], "10%"),
 ("lewat bayar cukai taksiran kena notis apa, kos brp?", [KJ+"cukai-taksiran.html"], "RM10"),
 ("nak bantah nilaian cukai baru, dlm brp hari kena hantar", [KJ+"cukai-taksiran.html"], "30 hari"),
 ("sewa dewan bangi brape sehari", [KJ+"sewa-dewan.md"], "RM800"),
 ("lepas majlis kat dewan, deposit dapat balik dlm brp hari", [KJ+"sewa-dewan.md"], "30 hari"),
 ("nak tempah dewan utk kenduri, paling awal brp bulan sblm?", [KJ+"sewa-dewan.md"], "6 bulan"),
 ("cancel tempahan dewan seminggu awal dapat refund x", [KJ+"sewa-dewan.md"], "50%"),
 ("pasang khemah kenduri tepi jalan kena bayar brp sehari", [MU+"permit-khemah-majlis.md"], "RM10"),
 ("permit khemah kawin kena apply brp hari awal", [MU+"permit-khemah-majlis.md"], "7 hari bekerja"),
 ("deposit khemah brape", [MU+"permit-khemah-majlis.md"], "RM100"),
 ("khemah majlis boleh pasang brp hari paling lama", [MU+"permit-khemah-majlis.md"], "3 hari"),
 ("nak tutup jalan utk event, caj brp sehari?", [MU+"permit-acara-jalan.docx"], "RM200"),
 ("anjur larian 6000 org kena mohon permit brp hari awal", [MU+"permit-acara-jalan.docx"], "60 hari"),
 ("kami nak buat karnival kat dataran, deposit kebersihan brape", [MU+"permit-acara-jalan.docx"], "RM1,000"),
 ("sekolah nak buat perarakan maulidur rasul, kena bagitau polis brp hari sebelum", [MU+"permit-acara-jalan.docx"], "5 hari"),
 ("parking kat bandar sejam brp", [MU+"faq-parkir.md"], "60 sen"),
 ("sabtu parking kena bayar ke? smpai pukul brp", [MU+"faq-parkir.md"], "1.00 petang"),
 ("pas parking bulanan brape", [MU+"faq-parkir.md"], "RM80"),
 ("dpt saman parking rm30 semalam, sampai bila boleh bayar harga tu", [MU+"faq-parkir.md"], "14 hari"),
 ("nak buang tilam lama, bila lori amik percuma", [TW+"kutipan-sampah-pukal.md"], "Sabtu pertama"),
 ("x sempat tunggu kutipan bulanan, kutipan khas sampah pukal brape satu trip", [TW+"kutipan-sampah-pukal.md"], "RM50"),
 ("nak mohon kutipan khas utk sampah besar, no whatsapp apa", [TW+"kutipan-sampah-pukal.md"], "011-3300 8921"),
 ("buang sofa lama tepi jalan kena kompaun brp", [TW+"kutipan-sampah-pukal.md"], "RM500"),
 ("nak buat porch kereta kena permit ke? brp bayaran", [TW+"permit-ubah-suai.md"], "RM50"),
 ("permit pagar rumah brape semeter", [TW+"permit-ubah-suai.md"], "RM2"),
 ("dah hantar permohonan permit ubah suai rumah, lulus brp lama biasanya", [TW+"permit-ubah-suai.md"], "14 hari bekerja"),
 ("jiran renovate rumah tanpa permit, boleh kena denda sampai brape", [TW+"permit-ubah-suai.md"], "RM5,000"),
 ("sy nak jual ikan kat pasar besar, sewa gerai brp sebulan", [TW+"sewa-gerai-pasar.pdf"], "RM120"),
 ("deposit gerai pasar kena bayar brp bulan sewa", [TW+"sewa-gerai-pasar.pdf"], "3 bulan"),
 ("lepas temu duga gerai, brp lama dpt keputusan?", [TW+"sewa-gerai-pasar.pdf"], "30 hari"),
 ("no telefon pasal sewa gerai pasar", [TW+"sewa-gerai-pasar.pdf"], "089-773 120"),
 ("sy bujang umur 30, gaji rm2000, str dapat brape setahun", [MN+"sumbangan-tunai-rahmah.html"], "RM600"),
 ("bila str fasa 2 masuk", [MN+"sumbangan-tunai-rahmah.html"], "April"),
 ("str ada tambahan utk anak ke? brp seorang", [MN+"sumbangan-tunai-rahmah.html"], "RM150"),
 ("permohonan str x lulus, rayuan dlm brp hari", [MN+"sumbangan-tunai-rahmah.html"], "30 hari"),
 ("daftar baby baru lahir kena dalam brp hari", [MN+"faq-pendaftaran-kelahiran.md"], "60 hari"),
 ("lewat daftar kelahiran kena bayar brp", [MN+"faq-pendaftaran-kelahiran.md"], "RM20"),
 ("sijil lahir anak hilang masa pindah rumah, nak buat cabutan brp", [MN+"faq-pendaftaran-kelahiran.md"], "RM15"),
 ("kaunter jpn kat hospital bukak pukul brp", [MN+"faq-pendaftaran-kelahiran.md"], "8.30 pagi"),
]
MY_NC = [
 "camne nak mohon lesen anjing kat majlis",
 "nak batalkan lesen perniagaan sbb dah tutup kedai, camne?",
 "cukai pintu kat seremban due bila",
 "permit khemah kahwin kat batu pahat brp",
 "macam mana nak daftar kematian kat jpn",
 "resepi nasi lemak sedap camne",
 "kedai kopi best area ni ape",
 "camne nak hilangkan jerawat cepat",
 "harga iphone terbaru brape",
 "tips nak kurus cepat",
]

CONV = [
 {"id": "id-c1", "lang": "id", "country": "ID", "turns": [
   ("mau pasang air pdam baru, syaratnya apa aja?", "start", [S+"pasang-baru-air.docx"]),
   ("biayanya brp kalo listrik 900?", "follow", [S+"pasang-baru-air.docx"]),
   ("kantornya sabtu buka gk?", "follow", [S+"pasang-baru-air.docx"]),
   ("oh iya, sekalian nanya, bikin akta lahir anak bayar gk?", "new", [S+"akta-kelahiran.md"]),
   ("brp lama jadinya?", "follow", [S+"akta-kelahiran.md"])]},
 {"id": "id-c2", "lang": "id", "country": "ID", "turns": [
   ("bikin akta kelahiran anak syaratnya apa aja?", "start", [S+"akta-kelahiran.md"]),
   ("brp lama siapnya?", "follow", [S+"akta-kelahiran.md"]),
   ("klo lewat online gmn?", "follow", [S+"akta-kelahiran.md"]),
   ("sabtu bs ngurus ga?", "follow", [S+"akta-kelahiran.md"])]},
 {"id": "id-c3", "lang": "id", "country": "ID", "turns": [
   ("sewa rusunawa brp sebulan?", "start", [J+"sewa-rusunawa.html"]),
   ("yg lantai 1 buat siapa aja?", "follow", [J+"sewa-rusunawa.html"]),
   ("uang jaminannya brp?", "follow", [J+"sewa-rusunawa.html"]),
   ("eh satu lagi, anak sy telat imunisasi, masih bs gk?", "new", [J+"faq-imunisasi.md"]),
   ("di puskesmas hari apa aja?", "follow", [J+"faq-imunisasi.md"])]},
 {"id": "id-c4", "lang": "id", "country": "ID", "turns": [
   ("pbb tahun ini jatuh tempo kapan?", "start", [B+"pbb-p2.md"]),
   ("klo telat dendanya brp?", "follow", [B+"pbb-p2.md"]),
   ("trs kalo beli rumah, bphtb ngitungnya gmn?", "new", [B+"bphtb.pdf"]),
   ("validasinya brp lama?", "follow", [B+"bphtb.pdf"])]},
 {"id": "id-c5", "lang": "id", "country": "ID", "turns": [
   ("cara pindah faskes bpjs gmn", "start", [N+"bpjs-ganti-faskes.md"]),
   ("hrs nunggu brp lama?", "follow", [N+"bpjs-ganti-faskes.md"]),
   ("berlakunya kpn?", "follow", [N+"bpjs-ganti-faskes.md"])]},
 {"id": "my-c1", "lang": "ms", "country": "MY", "turns": [
   ("nak mohon lesen kedai baru, dokumen apa perlu?", "start", [KJ+"lesen-perniagaan-baharu.md"]),
   ("brape bayaran proses dia?", "follow", [KJ+"lesen-perniagaan-baharu.md"]),
   ("kaunter buka sabtu tak", "follow", [KJ+"lesen-perniagaan-baharu.md"]),
   ("satu lagi, mak sy nak sewa dewan utk kenduri, brape sewa?", "new", [KJ+"sewa-dewan.md"]),
   ("deposit dpt balik bila?", "follow", [KJ+"sewa-dewan.md"])]},
 {"id": "my-c2", "lang": "ms", "country": "MY", "turns": [
   ("permit khemah kahwin camne nak mohon", "start", [MU+"permit-khemah-majlis.md"]),
   ("brp lama lulus?", "follow", [MU+"permit-khemah-majlis.md"]),
   ("kalau nak tutup jalan depan rumah terus utk acara, bayaran brape?", "new", [MU+"permit-acara-jalan.docx"]),
   ("kena mohon brp hari awal?", "follow", [MU+"permit-acara-jalan.docx"])]},
 {"id": "my-c3", "lang": "ms", "country": "MY", "turns": [
   ("cukai pintu bila due?", "start", [KJ+"cukai-taksiran.html"]),
   ("boleh bayar guna jompay x?", "follow", [KJ+"cukai-taksiran.html"]),
   ("mak sy 65 thn, ada rebat ke?", "follow", [KJ+"cukai-taksiran.html"])]},
 {"id": "my-c4", "lang": "ms", "country": "MY", "turns": [
   ("sy nak renovate rumah, tambah dapur belakang, perlu permit ke?", "start", [TW+"permit-ubah-suai.md"]),
   ("brape bayaran dia?", "follow", [TW+"permit-ubah-suai.md"]),
   ("lulus brp lama?", "follow", [TW+"permit-ubah-suai.md"]),
   ("ok. lepas ni ada tilam dgn almari lama nak buang, camne?", "new", [TW+"kutipan-sampah-pukal.md"]),
   ("kalau nak cepat brape?", "follow", [TW+"kutipan-sampah-pukal.md"])]},
 {"id": "my-c5", "lang": "ms", "country": "MY", "turns": [
   ("baru bersalin, nak daftar kelahiran kat mana", "start", [MN+"faq-pendaftaran-kelahiran.md"]),
   ("ada bayaran ke?", "follow", [MN+"faq-pendaftaran-kelahiran.md"]),
   ("bila boleh ambil sijil?", "follow", [MN+"faq-pendaftaran-kelahiran.md"])]},
]

with open(OUT / "questions.jsonl", "w", encoding="utf-8") as fh:
    for lang, country, ans, nc in (("id", "ID", ID, ID_NC), ("ms", "MY", MY, MY_NC)):
        for q, docs, fact in ans:
            fh.write(json.dumps({"q": q, "lang": lang, "country": country, "docs": docs, "fact": fact}, ensure_ascii=False) + "\n")
        for q in nc:
            fh.write(json.dumps({"q": q, "lang": lang, "country": country, "docs": []}, ensure_ascii=False) + "\n")
with open(OUT / "conversations.jsonl", "w", encoding="utf-8") as fh:
    for c in CONV:
        c = dict(c, turns=[{"q": q, "kind": k, "docs": d} for q, k, d in c["turns"]])
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print("written")
