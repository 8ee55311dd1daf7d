"""Majlis Perbandaran Pekan: paid parking and compounds, hawker licence (HTML), signboard permit."""

from content_national import END

REGION = "Pekan, Pahang"
AGENCY = "Majlis Perbandaran Pekan"
DOCS = []

DOCS.append(dict(
    path="pekan/letak-kereta-berbayar.md",
    meta=dict(
        title="Letak Kereta Berbayar dan Kompaun Letak Kereta di Bandar Pekan",
        region=REGION, agency=AGENCY,
        source="https://www.mppekan.example.invalid/penguatkuasaan/letak-kereta",
        updated="2026-02-03",
    ),
    body=f"""
# Letak Kereta Berbayar dan Kompaun Letak Kereta di Bandar Pekan

## Pengenalan
Majlis Perbandaran Pekan (MPP) mengendalikan petak letak kereta berbayar di pusat bandar Pekan, kawasan kedai sepanjang tebing Sungai Pahang dan sekitar kompleks pentadbiran kerajaan. Sistem ini bertujuan memastikan petak sentiasa bertukar ganti supaya pengunjung kedai dan pejabat mudah mendapat tempat.

## Zon dan Waktu Berbayar
Bayaran dikenakan Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. Hari Ahad dan cuti umum negeri Pahang adalah percuma. Kawasan berbayar ditandakan dengan garisan petak putih dan papan tanda "Zon Berbayar MPP" di setiap hujung jalan.

## Kadar Bayaran
| Jenis | Kadar |
|---|---|
| Kereta, setiap 30 minit | RM 0.30 |
| Kereta, sehari penuh | RM 4.00 |
| Pas bulanan (satu kenderaan) | RM 70.00 |
| Pas bulanan penduduk dalam zon | RM 35.00 |
| Lori kecil dan van perdagangan, sejam | RM 1.00 |
| Motosikal di petak motosikal | Percuma |

## Cara Membayar
- Aplikasi ParkirPekan (Android dan iOS): masukkan nombor kenderaan, pilih zon dan tempoh, kemudian bayar melalui e-dompet, FPX atau kad.
- Kupon letak kereta 30 minit yang dijual di kedai berlesen dan kaunter MPP. Kupon mesti diletakkan di papan pemuka dan boleh dilihat dari luar.
Masa yang dibeli dalam aplikasi boleh dilanjutkan dari jauh sebelum tamat, dan notifikasi dihantar 10 minit sebelum masa tamat.

## Pas Bulanan
Pas bulanan boleh dibeli dalam aplikasi ParkirPekan atau di kaunter. Pas penduduk memerlukan bukti alamat di dalam zon berbayar, seperti bil utiliti atau perjanjian sewa, dan hanya untuk satu kenderaan bagi setiap rumah. Pas sah dari hari pertama hingga hari terakhir bulan kalendar dan tidak boleh dipindahkan ke kenderaan lain.

## Kadar Kompaun
- Tidak membayar atau melebihi tempoh yang dibayar: RM 30.00
- Meletak kenderaan di petak OKU tanpa pelekat OKU: RM 300.00
- Menghalang laluan atau meletak kenderaan secara berganda: RM 100.00
Bagi kesalahan tidak membayar sahaja, kompaun dikurangkan kepada RM 15.00 jika dibayar dalam tempoh 7 hari dari tarikh kompaun dikeluarkan. Kompaun boleh dibayar dalam aplikasi ParkirPekan, portal ePekan Bayar atau di kaunter MPP.

## Kompaun Tidak Dibayar
Kompaun yang tidak dibayar dalam tempoh 60 hari dirujuk untuk tindakan mahkamah, dan pemilik boleh disenarai hitam daripada urusan pembaharuan lesen dengan majlis. Kenderaan yang mempunyai tiga atau lebih kompaun tertunggak boleh dikapit roda; caj membuka kapit ialah RM 50.00, selain kompaun tertunggak.

## Rayuan Kompaun
Rayuan dibuat secara bertulis dalam tempoh 14 hari dari tarikh kompaun menggunakan Borang Rayuan Kompaun (Borang MPP-RK1) berserta bukti, contohnya tangkapan skrin resit dalam aplikasi yang menunjukkan masa bayaran. Keputusan rayuan dimaklumkan dalam tempoh 21 hari bekerja. Kompaun tidak perlu dibayar sementara rayuan sedang dipertimbangkan.

## Pengecualian
- Pemegang pelekat OKU yang sah boleh meletak kenderaan secara percuma di petak OKU;
- Kenderaan kecemasan dan kenderaan kerajaan semasa menjalankan tugas.
Perkhidmatan ini tidak termasuk saman trafik yang dikeluarkan oleh PDRM atau JPJ. Saman tersebut perlu dijelaskan terus kepada agensi berkenaan.

## Soalan Lazim
**Saya sudah membayar dalam aplikasi tetapi masih menerima kompaun. Apa perlu dibuat?**
Hantar rayuan dengan tangkapan skrin resit. Kompaun dibatalkan jika masa bayaran didapati sah.
**Adakah semua cuti umum percuma?**
Ya, semua cuti umum negeri Pahang yang diwartakan, termasuk Hari Keputeraan Sultan Pahang.
**Bolehkah saya membeli pas bulanan untuk dua kereta?**
Pas biasa boleh dibeli bagi setiap kenderaan secara berasingan. Pas penduduk hanya untuk satu kenderaan bagi setiap rumah.
**Adakah petak motosikal berbayar?**
Tidak. Petak motosikal adalah percuma, tetapi motosikal yang diletakkan di petak kereta dikenakan kadar kereta.

## Kaunter dan Hubungi
Jabatan Penguatkuasaan, Majlis Perbandaran Pekan
Kompleks Pentadbiran MPP, Jalan Engku Muda Mansor, 26600 Pekan, Pahang
Kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang
Telefon: 09-422 1560 | E-mel: parkir@mppekan.example.invalid
{END}
"""))

DOCS.append(dict(
    path="pekan/lesen-penjaja.html",
    meta=dict(
        title="Lesen Penjaja dan Tapak Pasar Malam",
        region=REGION, agency=AGENCY,
        source="https://www.mppekan.example.invalid/pelesenan/lesen-penjaja",
        updated="2026-01-20",
    ),
    site=dict(
        name="Laman Web Rasmi Majlis Perbandaran Pekan",
        nav=["Utama", "Mengenai MPP", "e-Perkhidmatan", "Sebut Harga & Tender", "Aduan Awam",
             "Direktori Pegawai"],
        footer=["© 2026 Majlis Perbandaran Pekan. Semua hak cipta terpelihara.",
                "Dasar Keselamatan", "Soalan Lazim Portal", "Pautan Agensi",
                "Kemas kini terakhir portal: 10 Mac 2026"],
    ),
    body=f"""
# Lesen Penjaja dan Tapak Pasar Malam

## Apa Itu Lesen Penjaja
Lesen penjaja membenarkan seseorang berniaga secara kecil-kecilan di tapak yang ditetapkan oleh Majlis Perbandaran Pekan, sama ada di pasar malam, pasar tani, tapak penjaja statik di tepi jalan, atau secara bergerak menggunakan motosikal atau van. Lesen dikeluarkan di bawah Undang-Undang Kecil Penjaja MPP.

## Jenis Lesen
- Lesen Penjaja Pasar Malam, bagi satu atau lebih lokasi pasar malam mingguan;
- Lesen Penjaja Statik, bagi tapak tetap di tepi jalan atau kiosk;
- Lesen Penjaja Bergerak, bagi motosikal, van atau basikal;
- Permit Penjaja Sementara, bagi bazar Ramadan, karnival dan pesta, sah maksimum 30 hari.

## Siapa Layak
Warganegara Malaysia berumur 18 tahun ke atas yang tinggal di daerah Pekan. Warga asing tidak layak memohon dan tidak dibenarkan berniaga sendiri di tapak penjaja. Setiap individu hanya boleh memegang satu lesen penjaja statik, tetapi boleh memohon tapak di beberapa pasar malam.

## Persyaratan
- Salinan MyKad;
- Dua keping gambar berukuran pasport;
- Sijil Kursus Pengendalian Makanan dan suntikan anti-tifoid bagi penjaja makanan dan minuman;
- Surat sokongan Ketua Kampung atau JKKK bagi tapak di kawasan kampung;
- Bagi lesen bergerak: salinan geran kenderaan dan lesen memandu yang sah.

## Jadual Pasar Malam
| Hari | Lokasi | Waktu |
|---|---|---|
| Isnin | Taman Seri Sepakat | 5.00 petang hingga 10.30 malam |
| Rabu | Kampung Peramu | 5.00 petang hingga 10.30 malam |
| Jumaat | Jalan Sultan Abu Bakar | 4.30 petang hingga 11.00 malam |
| Sabtu | Pekan Sehari Kuala Pahang | 7.00 pagi hingga 12.00 tengah hari |
Penjaja mesti tiba dan memasang gerai sekurang-kurangnya 30 minit sebelum pasar dibuka, dan membersihkan tapak sebelum meninggalkannya.

## Fi dan Sewa Tapak
- Fi lesen penjaja pasar malam: RM 60.00 setahun
- Sewa tapak pasar malam: RM 3.00 semalam, dibayar bulanan
- Fi lesen penjaja statik: RM 120.00 setahun
- Fi lesen penjaja bergerak: RM 80.00 setahun
- Permit penjaja sementara: RM 5.00 sehari
- Caj kutipan sampah pasar malam: RM 1.00 semalam

## Langkah Memohon
- Isi permohonan dalam portal eLesen Pekan di https://elesen.mppekan.example.invalid atau di kaunter Unit Pelesenan.
- Muat naik atau serahkan dokumen yang diperlukan.
- Hadiri taklimat penjaja baharu yang diadakan pada hari Khamis kedua setiap bulan.
- Setelah diluluskan, bayar fi dan ambil kad lesen serta nombor tapak.

## Tempoh Proses
Permohonan lengkap diproses dalam tempoh 10 hari bekerja. Tapak pasar malam tertakluk kepada kekosongan; jika penuh, nama pemohon dimasukkan ke dalam senarai menunggu mengikut tarikh permohonan.

## Pembaharuan dan Kesalahan
Lesen tamat pada 31 Disember dan perlu diperbaharui sebelum 31 Januari. Pembaharuan lewat dikenakan caj RM 20.00.
- Berniaga tanpa lesen: barangan boleh disita dan kompaun sehingga RM 500.00;
- Menggaji warga asing sebagai penjaja utama: lesen dibatalkan;
- Tidak hadir di tapak 4 minggu berturut-turut tanpa sebab: tapak ditarik balik.

## Soalan Lazim
**Saya hendak menjual burger menggunakan van. Lesen apa yang perlu?**
Lesen Penjaja Bergerak. Van mesti diletakkan hanya di lokasi yang dibenarkan dalam lesen.
**Bolehkah isteri saya menjaga gerai semasa saya tiada?**
Boleh, jika dia didaftarkan sebagai pembantu dalam lesen. Setiap lesen boleh mendaftarkan maksimum 2 pembantu.
**Barangan saya disita. Bagaimana menuntutnya semula?**
Bayar kompaun di kaunter dan tuntut barangan dalam tempoh 14 hari. Barangan mudah rosak dilupuskan pada hari yang sama.

## Hubungi Unit Pelesenan
Unit Pelesenan, Majlis Perbandaran Pekan
Kompleks Pentadbiran MPP, Jalan Engku Muda Mansor, 26600 Pekan, Pahang
Isnin hingga Jumaat: 8.00 pagi hingga 5.00 petang
Telefon: 09-422 1588 | E-mel: lesen@mppekan.example.invalid
{END}
"""))

DOCS.append(dict(
    path="pekan/permit-iklan-papan-tanda.md",
    meta=dict(
        title="Permit Iklan dan Papan Tanda Perniagaan",
        region=REGION, agency=AGENCY,
        source="https://www.mppekan.example.invalid/pelesenan/permit-iklan",
        updated="2026-02-24",
    ),
    body=f"""
# Permit Iklan dan Papan Tanda Perniagaan

## Pengenalan
Setiap iklan yang dipamerkan di dalam kawasan Majlis Perbandaran Pekan memerlukan permit iklan yang sah. Ini termasuk papan tanda kedai, papan iklan berdiri (billboard), banting, bendera, kain rentang dan skrin digital. Permit memastikan iklan selamat, tidak menghalang lalu lintas dan menjaga rupa bandar diraja Pekan.

## Iklan Yang Memerlukan Permit
- Papan tanda premis perniagaan pada dinding, kanopi atau jenis unjur;
- Papan iklan berdiri (billboard);
- Banting, bendera dan kain rentang sementara;
- Iklan skrin digital (LED).
Papan nama rumah kediaman dan notis kecil berkeluasan kurang 0.2 meter persegi tidak memerlukan permit.

## Syarat Umum Reka Bentuk
- Bahasa Melayu mesti digunakan, dan tulisannya sekurang-kurangnya 30% lebih besar daripada tulisan bahasa lain;
- Iklan tidak boleh menghalang lampu isyarat, papan tanda jalan atau laluan pejalan kaki;
- Papan tanda unjur mesti dipasang sekurang-kurangnya 2.5 meter dari lantai kaki lima;
- Iklan tidak boleh mengandungi unsur lucah, perjudian atau minuman keras.

## Dokumen yang Diperlukan
- Borang Permohonan Permit Iklan (Borang PI-1);
- Lakaran atau gambar reka bentuk iklan berwarna beserta ukuran;
- Gambar lokasi premis;
- Salinan lesen perniagaan MPP atau sijil pendaftaran SSM;
- Surat kebenaran pemilik bangunan, jika premis disewa;
- Bagi billboard: pelan struktur yang disahkan oleh jurutera profesional.

## Kadar Fi Permit
- Papan tanda premis: RM 20.00 setiap meter persegi setahun (minimum RM 40.00)
- Papan tanda bercahaya: RM 30.00 setiap meter persegi setahun
- Papan iklan berdiri (billboard): RM 45.00 setiap meter persegi setahun
- Skrin LED: RM 80.00 setiap meter persegi setahun
- Banting dan kain rentang sementara: RM 10.00 sehelai bagi tempoh 14 hari
- Deposit banting: RM 100.00 bagi setiap permohonan, dikembalikan selepas semua banting diturunkan

## Langkah Permohonan
- Hantar permohonan melalui portal eLesen Pekan atau di kaunter Unit Pelesenan dan Iklan.
- Pegawai menyemak reka bentuk dan, bagi billboard serta skrin LED, membuat pemeriksaan tapak.
- Bayar fi setelah permohonan diluluskan.
- Tampal pelekat nombor permit pada sudut bawah kanan iklan.

## Tempoh Proses
- Papan tanda premis: 7 hari bekerja
- Banting dan kain rentang: 3 hari bekerja
- Billboard dan skrin LED: 45 hari, kerana perlu dibawa ke mesyuarat Jawatankuasa Pusat Setempat (OSC)

## Pembaharuan Permit
Permit tahunan sah selama 12 bulan dari tarikh kelulusan. Pembaharuan boleh dibuat dalam tempoh 30 hari sebelum tarikh tamat. Pembaharuan lewat dikenakan caj RM 10.00 bagi setiap bulan lewat.

## Penguatkuasaan
Iklan tanpa permit boleh diturunkan oleh majlis tanpa notis. Kompaun bagi banting tanpa permit ialah RM 250.00 dan bagi papan tanda premis tanpa permit RM 500.00. Banting yang diturunkan boleh dituntut dalam tempoh 7 hari dengan caj RM 20.00 sehelai.
Perkhidmatan ini tidak termasuk permohonan lesen perniagaan, iklan di tepi lebuh raya persekutuan dan bahan kempen pilihan raya.

## Soalan Lazim
**Saya menukar nama kedai. Perlukah permit baharu?**
Ya. Papan tanda dengan nama baharu memerlukan permohonan baharu; permit lama dibatalkan tanpa bayaran balik.
**Bolehkah saya memasang banting pada tiang lampu?**
Hanya di lokasi yang ditetapkan oleh MPP, maksimum 20 helai bagi setiap permohonan.
**Adakah iklan yang ditampal di cermin kedai perlu permit?**
Tidak, jika iklan di bahagian dalam cermin itu tidak melebihi 25% keluasan cermin.

## Hubungi
Unit Pelesenan dan Iklan, Majlis Perbandaran Pekan
Kompleks Pentadbiran MPP, Jalan Engku Muda Mansor, 26600 Pekan, Pahang
Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang
Telefon: 09-422 1592 | E-mel: iklan@mppekan.example.invalid
{END}
"""))
