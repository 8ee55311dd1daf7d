"""The 60 questions and 5 conversations of marshes-my, as data."""

OKU = "my/nasional/pendaftaran-oku-jkm.md"
JPN = "my/nasional/pendaftaran-perkahwinan-bukan-islam-jpn.html"
K_CT = "my/kapit/cukai-taksiran.md"
K_LP = "my/kapit/lesen-perniagaan.pdf"
K_DW = "my/kapit/sewa-dewan-suarah.md"
K_SP = "my/kapit/kutipan-sampah-sisa-pukal.md"
M_PJ = "my/machang/lesen-penjaja-pasar-malam.docx"
M_KP = "my/machang/kompaun-dan-rayuan.md"
M_PB = "my/machang/pelan-bangunan-ubah-suai.md"
B_GR = "my/beaufort/sewa-gerai-pasar.html"
B_BJ = "my/beaufort/pembersihan-pasca-banjir.md"
B_IK = "my/beaufort/permit-iklan-papan-tanda.md"

A = [  # (doc, question, fact)
 (OKU, "nak buat kad oku utk anak sy, borang doktor yg kena isi tu no borang apa ek", "JKM-OKU/07"),
 (OKU, "kad oku hilang.. ganti kali pertama kena byr brp", "RM10.00"),
 (OKU, "lepas hantar dokumen oku brp lama bru siap kad", "14 hari bekerja"),
 (OKU, "elaun pekerja oku skrg dpt brp sebulan", "RM450"),
 (OKU, "pejabat kebajikan daerah bukak kol brp? nak g daftar oku mak aku", "8.00 pagi hingga 5.00 petang"),
 (JPN, "notis nak kawin kat jpn tu kena tampal brp hari baru blh nikah", "21 hari"),
 (JPN, "daftar kahwin cina kat jpn perlu saksi brp org", "2 orang saksi"),
 (JPN, "fi buat upacara kahwin dkt pejabat jpn hari biasa brp ye", "RM30.00"),
 (JPN, "sijil nikah sy rosak kena air, nak mntk salinan cabutan brp hari siap", "3 hari bekerja"),
 (JPN, "nak book tarikh kahwin kat jpn kena buat temujanji brp awal", "sekurang-kurangnya 30 hari"),
 (K_CT, "cukai pintu rumah kediaman kat kapit kira brp peratus", "6% daripada nilai tahunan"),
 (K_CT, "bila last date ansuran kedua cukai taksiran mdk", "30 September"),
 (K_CT, "klu lmbt byr cukai taksiran kena penalti brp", "10%"),
 (K_CT, "sy pesara umur 63 duduk kapit, ada potongan cukai taksiran x utk warga emas", "20%"),
 (K_LP, "lesen restoran kat kapit setahun brp", "RM250.00"),
 (K_LP, "brp lama nak dpt lulus lesen kedai runcit kapit", "7 hari bekerja"),
 (K_LP, "lupa renew lesen kedai, dah lepas disember.. kena caj ke", "RM50.00"),
 (K_LP, "unit pelesenan majlis daerah kapit no tepon apa", "084-796 245"),
 (K_DW, "sewa dewan suarah kapit sehari penuh brp", "RM600.00"),
 (K_DW, "deposit sewa dewan brp ek, dpt balik x", "RM300.00"),
 (K_DW, "kalau cancel tempahan dewan 2 minggu sblm, refund brp", "50%"),
 (K_DW, "nak tempah dewan utk gawai thn depan, paling awal blh book brp bulan sblm", "6 bulan"),
 (K_SP, "rumah sy kat taman dkt jalan airport, lori sampah dtg hari apa", "Isnin, Rabu, Jumaat"),
 (K_SP, "nak buang tilam ngn almari lama, majlis blh angkut x? caj brp", "RM30.00"),
 (K_SP, "sampah x kutip dah 3 hari, kalau buat aduan brp lama bru settle", "48 jam"),
 (K_SP, "tong sampah 120 liter majlis jual brp sebijik", "RM85.00"),
 (M_PJ, "pasar malam bandar machang malam apa", "malam Khamis"),
 (M_PJ, "sewa tapak pasar malam machang semalam brp", "RM5.00"),
 (M_PJ, "lesen penjaja kena renew sblm bila", "31 Januari"),
 (M_PJ, "mohon lesen menjaja kat mdm brp hari baru lulus", "10 hari bekerja"),
 (M_KP, "kompaun parking brp", "RM30.00"),
 (M_KP, "kena kompaun letak kereta kat machang, kalau byr cepat ada diskaun x", "50%"),
 (M_KP, "nak rayu kompaun majlis machang guna borang apa", "MDM-R02"),
 (M_KP, "kalau aku x byr kompaun majlis lama2, lepas brp hari kena bawa mahkamah", "60 hari"),
 (M_PB, "nak buat anjung depan rumah kat machang, permit ubah suai kecil brp", "RM100.00"),
 (M_PB, "permit renovate kecik tu brp lama lulus", "14 hari bekerja"),
 (M_PB, "jiran sy buat tambah dapur x mintak permit, denda dia brp max", "RM10,000.00"),
 (M_PB, "nak jumpa pegawai kejuruteraan mdm tanya pasal pelan, ada hari khas ke", "hari Rabu"),
 (B_GR, "sewa gerai ikan pasar besar beaufort sebulan brp", "RM90.00"),
 (B_GR, "tamu mingguan beaufort hari apa", "hari Sabtu"),
 (B_GR, "sewa gerai lambat byr kena caj brp sebulan", "RM10.00"),
 (B_GR, "dah isi borang mohon gerai, brp lama tunggu keputusan", "30 hari"),
 (B_BJ, "lepas air surut majlis beaufort dtg bersih dlm brp jam", "24 jam"),
 (B_BJ, "nak pinjam pam air lepas banjir, deposit brp", "RM100.00"),
 (B_BJ, "sisa banjir rumah sy kena letak tepi jalan dlm brp hari supaya kutip free", "14 hari"),
 (B_BJ, "no whatsapp bilik gerakan banjir mdb", "019-870 3321"),
 (B_IK, "permit papan tanda tahunan kena renew sblm bila", "31 Januari"),
 (B_IK, "papan tanda kedai setahun fi dia kira camne", "RM15.00 bagi setiap meter persegi"),
 (B_IK, "nak pasang bunting utk promosi minggu depan, permit brp lama dapat", "3 hari bekerja"),
 (B_IK, "klu pasang iklan xde permit kena kompaun brp", "RM500.00"),
]

CLOSE = [  # (question, why)
 ("sewa dewan kat beaufort brp sehari, nak buat majlis tunang",
  "sewa dewan: only Kapit has a hall-hire page; Beaufort has none"),
 ("nak mohon lesen penjaja kat kapit, jual kuih guna motor, camne",
  "lesen penjaja exists only for Machang; Kapit's business-licence page says hawker licences are not issued through it"),
 ("bantuan wang ihsan mangsa banjir beaufort dpt brp? bila masuk",
  "the Beaufort post-flood page says Bantuan Wang Ihsan is handled by Pejabat Daerah/NADMA"),
 ("ic aku hilang, nak buat baru kat jpn kena byr brp",
  "same agency (JPN), different service: MyKad replacement is not in the folder"),
 ("kompaun parking majlis beaufort brp, kena tadi kat pekan",
  "parking compounds are covered only for Machang"),
]
FAR = [
 ("resepi rendang tok perak yg sedap camne", "cooking"),
 ("jdt main ngn sapa malam ni, siaran kat mana", "football"),
 ("hp samsung a55 ngn iphone 13 mana lg bagus bg bajet 1500", "phones"),
 ("esok kat kota bharu hujan x, nak jemur baju", "weather"),
 ("cite wayang melayu best skrg apa ye, nak tgk ngn member", "films"),
]

CONVERSATIONS = [
 ("my-c1", [
  ("nak sewa dewan suarah kapit utk kenduri kawin anak sy bulan 8", "start", K_DW),
  ("deposit brp?", "follow", K_DW),
  ("blh tempah online ke", "follow", K_DW),
  ("pstu lepas kenduri mesti ada sofa lama ngn tilam nak buang, majlis blh amik x", "new", K_SP),
 ]),
 ("my-c2", [
  ("kena kompaun parking majlis machang smlm kat bazar", "start", M_KP),
  ("blh rayu x?", "follow", M_KP),
  ("brp lama dpt jawapan", "follow", M_KP),
  ("oh satu lg, adik sy nak jual air kat pasar malam machang, lesen dia mcm mana", "new", M_PJ),
  ("sewa tapak semalam brp?", "follow", M_PJ),
 ]),
 ("my-c3", [
  ("camne nak daftar oku utk ayah sy, dia lumpuh sebelah lepas strok", "start", OKU),
  ("kena bayar ke?", "follow", OKU),
  ("brp lama siap", "follow", OKU),
 ]),
 ("my-c4", [
  ("rumah sy kat beaufort masuk air, bila majlis dtg tolong bersih", "start", B_BJ),
  ("nak pinjam mesin semburan tu blh?", "follow", B_BJ),
  ("gerai sayur sy kat pasar besar pun tutup sbb banjir, sewa bulan ni last date bila", "new", B_GR),
 ]),
 ("my-c5", [
  ("sy ngn tunang hindu, nak daftar kahwin kat jpn, apa syarat", "start", JPN),
  ("notis tu blh hantar online ke", "follow", JPN),
  ("fi brp semua", "follow", JPN),
  ("sijil dpt hari tu jugak ke?", "follow", JPN),
 ]),
]

QUESTIONS = (
    [{"q": q, "lang": "ms", "country": "MY", "docs": [d], "fact": f} for d, q, f in A]
    + [{"q": q, "lang": "ms", "country": "MY", "docs": []} for q, _ in CLOSE]
    + [{"q": q, "lang": "ms", "country": "MY", "docs": []} for q, _ in FAR]
)
