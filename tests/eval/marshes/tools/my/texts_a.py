"""Texts of the marshes-my documents (part A: national + Kapit). All figures invented."""

END = "Dokumen penilaian: angka, alamat dan waktu di halaman ini adalah rekaan."
NOTE = ("Dokumen penilaian: nama agensi dan tempat adalah benar, tetapi semua fi, kadar, "
        "tarikh akhir, tempoh, waktu, alamat, nombor telefon, nombor borang dan nama "
        "portal/aplikasi adalah rekaan.")

DOCS_A = [
dict(
 id="my/nasional/pendaftaran-oku-jkm.md", fmt="md",
 title="Pendaftaran Orang Kurang Upaya (OKU) dan Kad OKU",
 region="Malaysia", agency="Jabatan Kebajikan Masyarakat (JKM)",
 source="https://www.jkm.example.invalid/perkhidmatan/pendaftaran-oku",
 updated="2026-01-19",
 sections=[
("Pengenalan Perkhidmatan", """
Jabatan Kebajikan Masyarakat (JKM) menyelenggara pendaftaran Orang Kurang Upaya (OKU) di seluruh Malaysia. Pendaftaran ini bersifat sukarela dan membolehkan individu yang disahkan kurang upaya menerima Kad OKU serta mengakses faedah yang disediakan oleh kerajaan dan pihak swasta. Permohonan boleh dibuat di mana-mana Pejabat Kebajikan Masyarakat Daerah (PKMD) tanpa mengira alamat kediaman pemohon.
"""),
("Kategori Kurang Upaya Yang Diiktiraf", """
Pendaftaran dibuka kepada warganegara Malaysia dan pemastautin tetap daripada semua peringkat umur, termasuk kanak-kanak, yang mempunyai kekurangan jangka panjang dalam salah satu kategori berikut:

- Kurang upaya pendengaran
- Kurang upaya penglihatan
- Kurang upaya pertuturan
- Kurang upaya fizikal
- Masalah pembelajaran
- Kurang upaya mental
- Kurang upaya pelbagai (lebih daripada satu kategori)

Kanak-kanak di bawah umur 3 tahun hanya boleh didaftarkan dalam kategori masalah pembelajaran setelah disahkan oleh pakar perubatan.
"""),
("Dokumen Sokongan Yang Perlu Dibawa", """
Pemohon hendaklah menyediakan dokumen berikut sebelum hadir ke PKMD:

- Borang Permohonan Pendaftaran OKU (Borang JKM-OKU/01) yang lengkap diisi
- Borang Pengesahan Perubatan (Borang JKM-OKU/07) yang diisi dan dicop oleh pegawai perubatan kerajaan atau pakar perubatan berdaftar
- Salinan MyKad atau MyKid pemohon
- Dua keping gambar berukuran pasport berlatar belakang biru
- Salinan MyKad ibu bapa atau penjaga bagi pemohon bawah umur 18 tahun

Borang Pengesahan Perubatan sah digunakan selama 6 bulan dari tarikh ia ditandatangani oleh pegawai perubatan.
"""),
("Langkah-Langkah Mendaftar", """
1. Dapatkan Borang JKM-OKU/07 di PKMD atau muat turun dari portal.
2. Jalani pemeriksaan di hospital atau klinik kesihatan kerajaan dan minta pegawai perubatan melengkapkan borang tersebut.
3. Serahkan borang permohonan dan semua dokumen di kaunter PKMD atau muat naik melalui portal.
4. Pegawai kebajikan akan menyemak dokumen dan, jika perlu, membuat lawatan ke rumah pemohon.
5. Pemohon dimaklumkan melalui SMS apabila Kad OKU sedia untuk diambil.
"""),
("Caj Pendaftaran dan Penggantian Kad", """
| Perkara | Caj |
|---|---|
| Pendaftaran baharu dan kad pertama | Percuma |
| Penggantian kad hilang (kali pertama) | RM10.00 |
| Penggantian kad hilang (kali kedua dan seterusnya) | RM25.00 |
| Penggantian kad rosak (kad lama diserahkan) | RM5.00 |
| Kemas kini maklumat atau alamat | Percuma |

Penggantian kad hilang memerlukan salinan laporan polis.
"""),
("Tempoh Pemprosesan", """
Permohonan yang lengkap diproses dalam tempoh 14 hari bekerja dari tarikh dokumen diterima. Kad OKU hendaklah diambil di PKMD dalam tempoh 60 hari selepas notifikasi SMS; kad yang tidak dituntut akan dimusnahkan dan pemohon perlu memohon semula. Permohonan yang memerlukan lawatan ke rumah boleh mengambil masa sehingga 30 hari bekerja.
"""),
("Faedah Untuk Pemegang Kad", """
Pemegang Kad OKU yang berdaftar layak memohon faedah berikut, tertakluk kepada syarat masing-masing:

- Elaun Pekerja OKU sebanyak RM450 sebulan bagi OKU yang bekerja dan berpendapatan tidak melebihi RM1,500 sebulan
- Pengecualian bayaran rawatan di hospital dan klinik kerajaan
- Diskaun tambang 50% bagi pengangkutan awam yang mengambil bahagian
- Keutamaan di kaunter perkhidmatan kerajaan
- Pengecualian fi pendaftaran ujian memandu bagi kenderaan ubah suai

Setiap faedah dipohon secara berasingan; Kad OKU hanyalah bukti pendaftaran.
"""),
("Saluran Dalam Talian", """
Permohonan baharu dan semakan status boleh dibuat melalui portal eOKU Rakyat di https://eoku.jkm.example.invalid. Pemohon perlu mendaftar akaun menggunakan nombor MyKad dan memuat naik dokumen dalam format PDF atau JPG dengan saiz tidak melebihi 2 MB setiap fail. Kad tetap perlu diambil sendiri di PKMD yang dipilih.
"""),
("Perkhidmatan Yang Tidak Diliputi", """
Halaman ini tidak meliputi permohonan bantuan kewangan bulanan untuk warga emas, permohonan alat bantuan seperti kerusi roda dan alat pendengaran (dipohon melalui borang berasingan di PKMD), serta pelepasan cukai pendapatan bagi OKU yang diuruskan oleh Lembaga Hasil Dalam Negeri (LHDN).
"""),
("Soalan Lazim", """
### Adakah Kad OKU perlu diperbaharui?

Tidak. Kad OKU tidak mempunyai tarikh luput, kecuali bagi kanak-kanak yang perlu disahkan semula apabila mencapai umur 12 tahun.

### Bolehkah ahli keluarga menghantar permohonan bagi pihak pemohon?

Boleh, dengan membawa surat kebenaran dan salinan MyKad wakil.

### Adakah OKU sementara boleh mendaftar?

Tidak. Kekurangan yang dijangka pulih dalam tempoh kurang daripada 12 bulan tidak layak didaftarkan.
"""),
("Waktu Pejabat dan Hubungan", """
Kaunter PKMD dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang (di Kelantan, Ahad hingga Khamis). Talian Khidmat OKU: 03-8000 4567. E-mel: oku@jkm.example.invalid.

""" + END),
 ]),

dict(
 id="my/nasional/pendaftaran-perkahwinan-bukan-islam-jpn.html", fmt="html",
 title="Pendaftaran Perkahwinan Bukan Islam",
 region="Malaysia", agency="Jabatan Pendaftaran Negara (JPN)",
 source="https://www.jpn.example.invalid/perkahwinan/bukan-islam",
 updated="2026-03-04",
 portal="Portal Rasmi Jabatan Pendaftaran Negara",
 nav=["Laman Utama", "Kelahiran dan Kematian", "Kad Pengenalan", "Nikah & Cerai", "Kewarganegaraan", "Hubungi Kami"],
 footer=["Hak Cipta Terpelihara © 2026 Jabatan Pendaftaran Negara", "Dasar Privasi", "Penafian", "Peta Laman"],
 sections=[
("Tentang Perkhidmatan Ini", """
Jabatan Pendaftaran Negara (JPN) mendaftarkan perkahwinan pasangan bukan Islam di bawah Akta Membaharui Undang-Undang (Perkahwinan dan Perceraian) 1976. Perkahwinan boleh diupacarakan di pejabat JPN negeri atau cawangan, atau di rumah ibadat yang telah dilantik sebagai Penolong Pendaftar Perkahwinan.

Pendaftaran perkahwinan memberikan perlindungan undang-undang kepada suami, isteri dan anak-anak, termasuk dalam urusan harta, nafkah dan pewarisan. Pasangan digalakkan membuat semakan awal di kaunter sebelum menetapkan tarikh majlis keluarga.
"""),
("Syarat Pasangan", """
- Kedua-dua pihak bukan beragama Islam.
- Berumur sekurang-kurangnya 18 tahun; pihak berumur 18 hingga 20 tahun memerlukan keizinan bertulis ibu bapa atau penjaga.
- Tidak mempunyai perkahwinan sedia ada yang masih sah.
- Sekurang-kurangnya satu pihak bermastautin di daerah tempat notis diberikan selama 7 hari sebelum notis.
"""),
("Dokumen Yang Diperlukan", """
- Borang Notis Hasrat Berkahwin (Borang JPN.KC01) yang diisi oleh kedua-dua pihak
- MyKad asal kedua-dua pihak; bagi warganegara asing, pasport asal dan surat akuan status bujang daripada kedutaan
- Sijil perceraian atau sijil kematian pasangan terdahulu, jika berkaitan
- Surat keizinan ibu bapa bagi pihak di bawah umur 21 tahun
"""),
("Notis Hasrat Berkahwin", """
Pasangan hendaklah menyerahkan notis di pejabat JPN sendiri. Notis akan dipamerkan selama 21 hari sebelum perkahwinan boleh diupacarakan. Notis sah selama 6 bulan dari tarikh ia diserahkan; jika perkahwinan tidak berlangsung dalam tempoh tersebut, notis baharu perlu dikemukakan. Notis boleh diserahkan secara atas talian melalui portal MyJPN Nikah.
"""),
("Saksi Semasa Upacara", """
Upacara perkahwinan mesti disaksikan oleh 2 orang saksi yang berumur 18 tahun ke atas dan membawa MyKad asal. Saksi boleh terdiri daripada ahli keluarga atau rakan. Saksi warganegara asing perlu membawa pasport asal.
"""),
("Jadual Fi", """
<table>
<tr><th>Perkhidmatan</th><th>Fi</th></tr>
<tr><td>Notis Hasrat Berkahwin</td><td>RM20.00</td></tr>
<tr><td>Upacara dan pendaftaran di pejabat JPN (hari bekerja)</td><td>RM30.00</td></tr>
<tr><td>Upacara di luar pejabat atau hari Sabtu</td><td>RM150.00</td></tr>
<tr><td>Lesen Perkahwinan Khas (tanpa tempoh notis)</td><td>RM300.00</td></tr>
<tr><td>Salinan cabutan sijil perkahwinan</td><td>RM15.00</td></tr>
</table>
"""),
("Temu Janji dan Tempoh Proses", """
Tarikh upacara di pejabat JPN ditetapkan melalui temu janji sekurang-kurangnya 30 hari lebih awal. Upacara di pejabat dijalankan pada hari Selasa hingga Khamis, jam 9.00 pagi hingga 12.00 tengah hari. Permohonan Lesen Perkahwinan Khas diputuskan dalam 5 hari bekerja.
"""),
("Sijil Perkahwinan", """
Sijil perkahwinan dikeluarkan pada hari yang sama selepas upacara dan didaftarkan. Salinan cabutan sijil boleh dipohon di mana-mana pejabat JPN dan siap dalam tempoh 3 hari bekerja.

Pasangan hendaklah menyemak ejaan nama dan nombor MyKad pada sijil sebelum meninggalkan kaunter kerana pembetulan kemudian memerlukan permohonan pindaan bertulis.
"""),
("Urusan Yang Tidak Dikendalikan Di Sini", """
Halaman ini tidak meliputi perkahwinan orang Islam, yang didaftarkan oleh Jabatan Agama Islam negeri masing-masing, dan permohonan perceraian, yang diputuskan oleh mahkamah. Pendaftaran perkahwinan di luar negara diuruskan melalui kedutaan atau Pesuruhjaya Tinggi Malaysia.
"""),
("Soalan Lazim", """
<h3>Bolehkah kami berkahwin di rumah ibadat?</h3>
<p>Boleh, jika rumah ibadat itu mempunyai Penolong Pendaftar Perkahwinan yang dilantik.</p>
<h3>Adakah perkahwinan adat sahaja sah di sisi undang-undang?</h3>
<p>Tidak. Perkahwinan mesti didaftarkan di bawah Akta 164 untuk sah di sisi undang-undang.</p>
<h3>Berapa lama notis perlu dipamerkan?</h3>
<p>Notis dipamerkan selama 21 hari sebelum upacara.</p>
"""),
("Hubungi Kaunter Perkahwinan", """
Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Talian Pusat Panggilan JPN: 03-8880 7077. E-mel: perkahwinan@jpn.example.invalid.

""" + END),
 ]),

dict(
 id="my/kapit/cukai-taksiran.md", fmt="md",
 title="Cukai Taksiran Pegangan Majlis Daerah Kapit",
 region="Kapit, Sarawak", agency="Majlis Daerah Kapit",
 source="https://mdkapit.example.invalid/perkhidmatan/cukai-taksiran",
 updated="2026-02-10",
 sections=[
("Apakah Cukai Taksiran", """
Cukai taksiran ialah bayaran tahunan yang dikenakan oleh Majlis Daerah Kapit ke atas setiap pegangan (rumah, kedai, bangunan dan tanah) dalam kawasan majlis. Hasil kutipan digunakan untuk perkhidmatan seperti kutipan sampah, lampu jalan, penyelenggaraan longkang dan taman awam di bandar Kapit.

Setiap pegangan diberi satu nombor akaun yang tertera pada bil dan perlu dinyatakan dalam semua urusan pembayaran, pertanyaan dan bantahan. Pemilik yang mempunyai lebih daripada satu pegangan akan menerima bil berasingan bagi setiap pegangan.
"""),
("Kadar Semasa Mengikut Jenis Pegangan", """
Cukai dikira sebagai peratus daripada nilai tahunan pegangan yang ditetapkan oleh majlis.

| Jenis pegangan | Kadar setahun |
|---|---|
| Kediaman | 6% daripada nilai tahunan |
| Kedai dan komersial | 9% daripada nilai tahunan |
| Industri | 8% daripada nilai tahunan |
| Tanah kosong | 2% daripada nilai tahunan |

Cukai minimum bagi mana-mana pegangan ialah RM40.00 setahun.
"""),
("Bila Perlu Dibayar", """
Cukai boleh dibayar sekali gus atau dalam dua ansuran. Ansuran pertama perlu dijelaskan sebelum 31 Mac dan ansuran kedua sebelum 30 September setiap tahun. Bil dihantar ke alamat pemilik berdaftar pada bulan Januari.
"""),
("Cara Membayar", """
- Kaunter Hasil, Bangunan Majlis Daerah Kapit, Jalan Hospital, 96800 Kapit
- Portal dan aplikasi KapitBayar di https://bayar.mdkapit.example.invalid (kad debit, kad kredit atau FPX)
- Perbankan internet dengan memasukkan nombor akaun pegangan 10 digit
- Pos Malaysia cawangan Kapit

Resit rasmi bagi bayaran dalam talian dihantar melalui e-mel dalam masa 24 jam.
"""),
("Penalti Bayaran Lewat", """
Ansuran yang tidak dijelaskan selepas tarikh akhir dikenakan penalti 10% daripada jumlah tertunggak. Jika tunggakan melebihi 12 bulan, majlis akan mengeluarkan Notis Tuntutan dan boleh mengambil tindakan menyita harta alih di pegangan tersebut.

Pemilik yang menghadapi kesukaran kewangan boleh memohon jadual bayaran ansuran khas di Kaunter Hasil sebelum notis tuntutan dikeluarkan.
"""),
("Rebat Dan Pengurangan", """
Pemilik yang menjelaskan cukai setahun penuh sebelum 28 Februari menerima rebat 5%. Pemilik kediaman yang merupakan warga emas berumur 60 tahun ke atas atau pemegang Kad OKU boleh memohon pengurangan 20% bagi satu pegangan kediaman sahaja.
"""),
("Bantahan Terhadap Nilaian", """
Pemilik yang tidak bersetuju dengan nilai tahunan boleh mengemukakan bantahan bertulis menggunakan Borang MDK-CT3 dalam tempoh 30 hari dari tarikh Notis Nilaian. Bantahan didengar oleh jawatankuasa majlis dan keputusan dimaklumkan secara bertulis.
"""),
("Pertukaran Pemilik Dan Alamat", """
Pemilik baharu hendaklah memaklumkan pindah milik dalam tempoh 30 hari dengan menyerahkan salinan geran atau perjanjian jual beli. Caj kemas kini rekod ialah RM10.00 bagi setiap pegangan.
"""),
("Bukan Urusan Majlis", """
Cukai tanah (premium dan cukai tahunan tanah) tidak dikutip oleh majlis. Ia diuruskan oleh Jabatan Tanah dan Survei Sarawak, Bahagian Kapit. Bil air dan elektrik juga tidak berkaitan dengan cukai taksiran.
"""),
("Pertanyaan Yang Kerap Diterima", """
### Saya tidak menerima bil, adakah saya masih perlu membayar?

Ya. Bil yang tidak diterima tidak menghapuskan tanggungjawab membayar; semak jumlah melalui KapitBayar.

### Bolehkah penyewa membayar bagi pihak pemilik?

Boleh, tetapi rekod pembayaran tetap di atas nama pemilik berdaftar.

### Adakah rumah panjang dikenakan cukai taksiran?

Rumah panjang di luar sempadan kawasan majlis tidak dikenakan cukai taksiran.
"""),
("Kaunter Hasil Dan Talian", """
Kaunter Hasil dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.00 petang, dan Sabtu pertama setiap bulan, 8.00 pagi hingga 12.00 tengah hari. Telefon: 084-796 210. E-mel: hasil@mdkapit.example.invalid.

""" + END),
 ]),

dict(
 id="my/kapit/lesen-perniagaan.pdf", fmt="pdf",
 title="Lesen Perniagaan dan Premis Majlis Daerah Kapit",
 region="Kapit, Sarawak", agency="Majlis Daerah Kapit",
 source="https://mdkapit.example.invalid/perkhidmatan/lesen-perniagaan",
 updated="2026-01-28",
 sections=[
("Skop Pelesenan", """
Setiap premis perniagaan dalam kawasan Majlis Daerah Kapit, termasuk kedai runcit, restoran, bengkel dan pejabat, wajib memiliki lesen perniagaan yang sah. Lesen dikeluarkan bagi satu premis dan satu jenis aktiviti; aktiviti tambahan memerlukan pindaan lesen.

Lesen hanya sah bagi alamat premis yang dinyatakan. Perpindahan ke premis lain memerlukan permohonan lesen baharu, manakala penukaran nama perniagaan memerlukan pindaan lesen dengan membawa sijil SSM yang terkini.
"""),
("Kelayakan Pemohon", """
- Warganegara Malaysia berumur 18 tahun ke atas, atau syarikat berdaftar dengan SSM
- Mempunyai premis yang diluluskan untuk kegunaan perniagaan
- Bagi premis makanan, semua pengendali makanan telah menerima suntikan tifoid
"""),
("Senarai Dokumen", """
- Borang Permohonan Lesen Premis (Borang MDK-LP1)
- Salinan MyKad pemohon dan sijil pendaftaran SSM
- Salinan perjanjian sewa atau geran premis
- Pelan lantai premis dan dua keping gambar premis
- Sijil Kursus Pengendali Makanan (premis makanan sahaja)
"""),
("Cara Membuat Permohonan", """
Borang diserahkan di Unit Pelesenan bersama dokumen lengkap. Pegawai akan menjadualkan pemeriksaan premis. Selepas diluluskan, pemohon menerima notis bayaran dan lesen dicetak selepas fi dijelaskan.

Permohonan yang tidak lengkap akan dikembalikan kepada pemohon dalam tempoh 3 hari bekerja bersama senarai dokumen yang perlu ditambah. Pemohon dinasihatkan menyemak senarai dokumen sebelum hadir ke kaunter.
"""),
("Jadual Fi Lesen Tahunan", """
| Jenis premis | Fi setahun |
|---|---|
| Kedai runcit dan barangan am | RM120.00 |
| Restoran dan kedai makan | RM250.00 |
| Bengkel kenderaan | RM300.00 |
| Pejabat perkhidmatan profesional | RM180.00 |
| Fi pemprosesan (tidak dikembalikan) | RM20.00 |
"""),
("Tempoh Keputusan", """
Permohonan bagi premis berisiko rendah diputuskan dalam 7 hari bekerja. Permohonan bagi premis makanan dan bengkel diputuskan dalam 21 hari bekerja kerana memerlukan ulasan Jabatan Kesihatan dan Bomba.
"""),
("Pembaharuan Dan Denda", """
Lesen sah sehingga 31 Disember setiap tahun dan mesti diperbaharui sebelum tarikh tersebut. Pembaharuan lewat dikenakan surcaj RM50.00 bagi setiap bulan lewat. Berniaga tanpa lesen boleh dikenakan kompaun sehingga RM1,000.00 dan barangan boleh disita.
"""),
("Pemeriksaan Premis", """
Pegawai majlis boleh memeriksa premis pada bila-bila masa dalam waktu operasi. Lesen hendaklah dipamerkan di tempat yang mudah dilihat oleh orang awam.

Bagi premis makanan, pemeriksaan merangkumi kebersihan dapur, tandas, sistem perangkap minyak dan penyimpanan bahan mentah. Premis yang gagal pemeriksaan diberi tempoh untuk membuat pembaikan sebelum pemeriksaan semula dijalankan tanpa caj tambahan.

Laporan pemeriksaan diberikan kepada pemilik premis pada hari yang sama.
"""),
("Permohonan Dalam Talian", """
Permohonan dan pembaharuan boleh dibuat melalui portal eLesen Kapit di https://elesen.mdkapit.example.invalid. Lesen yang diperbaharui secara dalam talian boleh dicetak sendiri.

Pemohon perlu mendaftar akaun menggunakan nombor MyKad atau nombor pendaftaran syarikat. Dokumen sokongan dimuat naik dalam format PDF, dan status permohonan boleh disemak pada bila-bila masa melalui akaun tersebut.
"""),
("Soalan Yang Sering Ditanya", """
### Adakah perniagaan dari rumah memerlukan lesen?
Perniagaan kecil dari rumah tanpa pelanggan hadir tidak memerlukan lesen premis, tetapi perlu mendaftar dengan majlis secara percuma.
### Bolehkah lesen dipindah kepada pemilik baharu?
Tidak. Pemilik baharu perlu memohon lesen baharu.
### Adakah lesen ini termasuk lesen menjaja?
Tidak. Lesen menjaja tidak dikeluarkan melalui permohonan ini.
"""),
("Hubungi Unit Pelesenan", """
Unit Pelesenan dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Telefon: 084-796 245. E-mel: lesen@mdkapit.example.invalid.

""" + END),
 ]),
]
