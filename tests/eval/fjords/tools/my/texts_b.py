"""Texts of the fjords-my documents (part B: Bera and Kerian)."""

BR = dict(region="Bera, Pahang", agency="Majlis Daerah Bera")
KR = dict(region="Kerian, Perak", agency="Majlis Daerah Kerian")

DOCS_B = [
dict(id="my/bera/permit-iklan.md", fmt="md", updated="2026-01-26",
     source="https://mdbera.example.invalid/perkhidmatan/permit-iklan",
     title="Permit Iklan dan Papan Tanda Majlis Daerah Bera", **BR,
     sections=[
("Iklan Yang Memerlukan Permit", """Setiap iklan yang dipamerkan dalam kawasan Majlis Daerah Bera, termasuk di Bandar Bera, Triang, Kemayan dan Mengkarak, memerlukan permit. Ini termasuk papan tanda kedai, papan iklan berdiri, iklan pada dinding bangunan, kain rentang dan bunting."""),
("Syarat Kelulusan Iklan", """Iklan mesti menggunakan Bahasa Kebangsaan sebagai bahasa utama dengan saiz huruf yang lebih besar daripada bahasa lain. Iklan tidak boleh menghalang pandangan pemandu, lampu isyarat atau papan tanda jalan, dan tidak boleh mengandungi unsur yang bercanggah dengan nilai masyarakat."""),
("Dokumen Permohonan", """- Borang IK-1 yang lengkap diisi.
- Lakaran iklan berwarna beserta ukuran.
- Gambar lokasi cadangan iklan.
- Surat kebenaran pemilik bangunan jika pemohon bukan pemilik."""),
("Kadar Fi Iklan Tahunan", """| Jenis iklan | Fi setahun |
|---|---|
| Papan tanda kedai tidak bercahaya | RM20.00 bagi setiap meter persegi |
| Papan tanda kedai bercahaya | RM30.00 bagi setiap meter persegi |
| Papan iklan berdiri | RM60.00 bagi setiap meter persegi |
| Iklan pada dinding bangunan | RM25.00 bagi setiap meter persegi |

Fi minimum bagi setiap permit ialah RM40.00."""),
("Iklan Sementara", """Kain rentang dan bunting untuk promosi atau program dikenakan fi RM10.00 bagi setiap helai. Iklan sementara hanya boleh dipamerkan selama 14 hari dan mesti diturunkan oleh pemohon dalam tempoh 3 hari selepas program tamat."""),
("Proses dan Tempoh Kelulusan", """Permohonan papan tanda kedai diproses dalam tempoh 10 hari bekerja. Permohonan papan iklan berdiri perlu dibawa ke mesyuarat Jawatankuasa Iklan yang bersidang sebulan sekali, dan keputusan dimaklumkan dalam tempoh 30 hari. Permohonan iklan sementara diluluskan dalam 2 hari bekerja."""),
("Pembaharuan Permit", """Permit iklan tahunan tamat pada 31 Disember. Pembaharuan mesti dibuat sebelum 15 Februari setiap tahun tanpa perlu menghantar lakaran baharu, kecuali reka bentuk iklan telah berubah."""),
("Penalti Iklan Tanpa Permit", """Iklan yang dipamerkan tanpa permit boleh dikenakan kompaun sehingga RM300 bagi setiap iklan. Majlis berhak menurunkan iklan tersebut dan mengenakan kos penurunan sebanyak RM50.00 bagi setiap iklan kepada pemiliknya."""),
("Permohonan Secara Dalam Talian", """Permohonan dan pembaharuan permit iklan boleh dibuat melalui portal eIklan Bera. Lakaran dan gambar dimuat naik terus ke portal, dan permit yang diluluskan dihantar melalui e-mel."""),
("Di Luar Skop Permit Iklan", """Halaman ini tidak meliputi iklan di sepanjang lebuh raya dan jalan persekutuan, yang memerlukan kelulusan Jabatan Kerja Raya. Lesen perniagaan premis juga dipohon secara berasingan."""),
("Soalan Lazim", """### Adakah nama kedai yang dicat pada dinding perlu permit?
Ya, ia dikira sebagai iklan pada dinding bangunan.

### Bolehkah saya memasang bunting tanpa permit untuk kenduri?
Papan tanda arah ke majlis kenduri dikecualikan jika dipasang tidak lebih daripada 3 hari.

### Siapa yang menurunkan iklan yang tamat tempoh?
Pemilik iklan bertanggungjawab menurunkannya."""),
("Hubungi Unit Pelesenan dan Iklan", """Unit Pelesenan dan Iklan, Majlis Daerah Bera, Jalan Pejabat Kerajaan, Bandar Bera, Pahang. Telefon: 09-2503311. E-mel: iklan@mdbera.example.invalid. Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]),

dict(id="my/bera/kompaun-rayuan.docx", fmt="docx", updated="2026-02-11",
     source="https://mdbera.example.invalid/penguatkuasaan/kompaun",
     title="Bayaran Kompaun dan Rayuan Pengurangan Kompaun Majlis Daerah Bera", **BR,
     sections=[
("Maksud Kompaun", """Kompaun ialah tawaran untuk menyelesaikan sesuatu kesalahan di bawah undang-undang kecil Majlis Daerah Bera tanpa dibawa ke mahkamah. Notis kompaun dikeluarkan oleh pegawai penguat kuasa Majlis dan mengandungi nombor rujukan, jenis kesalahan serta amaun."""),
("Kesalahan Lazim dan Amaun Kompaun", """| Kesalahan | Amaun kompaun |
|---|---|
| Membuang sampah di tempat awam | RM250 |
| Berniaga tanpa lesen | RM300 |
| Iklan tanpa permit | RM200 |
| Membakar sampah secara terbuka | RM500 |
| Meletakkan barang di kaki lima | RM100 |"""),
("Tempoh Menjelaskan Kompaun", """Kompaun mesti dijelaskan dalam tempoh 14 hari dari tarikh notis dikeluarkan. Kompaun yang dijelaskan dalam tempoh 7 hari pertama layak menerima potongan 50% secara automatik."""),
("Akibat Kompaun Tidak Dibayar", """Jika kompaun tidak dijelaskan dalam tempoh yang ditetapkan, Majlis boleh memulakan pendakwaan di Mahkamah Majistret Temerloh. Pesalah yang disabitkan boleh didenda sehingga RM2,000. Lesen dan permit pesalah juga tidak akan diperbaharui selagi kompaun tertunggak."""),
("Kaedah Pembayaran", """Kompaun boleh dibayar di kaunter hasil Majlis, melalui portal eKompaun Bera dengan FPX, atau di kaunter bergerak Majlis yang beroperasi di Triang setiap hari Rabu. Simpan resit sebagai bukti pembayaran."""),
("Rayuan Pengurangan Kompaun", """Pesalah boleh mengemukakan rayuan untuk mengurangkan amaun kompaun dengan mengisi Borang RK-2. Rayuan mesti dihantar dalam tempoh 10 hari dari tarikh notis. Rayuan tidak menangguhkan tempoh bayaran kecuali Majlis memaklumkan sebaliknya secara bertulis."""),
("Syarat dan Alasan Rayuan", """Rayuan hanya dipertimbangkan sekali bagi setiap notis. Alasan yang biasa diterima termasuk kesalahan pertama, kesukaran kewangan yang disokong dokumen, dan kesalahan yang telah diperbetulkan dengan segera. Kompaun bagi kesalahan membakar sampah secara terbuka tidak boleh dirayu."""),
("Tempoh Keputusan Rayuan", """Keputusan rayuan dimaklumkan secara bertulis atau melalui SMS dalam tempoh 7 hari bekerja. Amaun baharu yang diluluskan mesti dijelaskan dalam tempoh 7 hari dari tarikh keputusan."""),
("Notis Yang Bukan Dikeluarkan Majlis", """Halaman ini tidak meliputi saman trafik yang dikeluarkan oleh Polis Diraja Malaysia atau Jabatan Pengangkutan Jalan. Saman tersebut mesti dijelaskan atau dirayu terus kepada agensi yang mengeluarkannya."""),
("Soalan Lazim", """### Bolehkah orang lain membayar kompaun saya?
Boleh, asalkan nombor rujukan notis dinyatakan.

### Bagaimana jika notis kompaun hilang?
Semak nombor rujukan di portal eKompaun Bera menggunakan nombor MyKad atau nombor pendaftaran syarikat.

### Adakah potongan 50% juga diberi selepas rayuan?
Tidak, potongan automatik tidak digabungkan dengan pengurangan rayuan."""),
("Hubungi Jabatan Penguatkuasaan", """Jabatan Penguatkuasaan, Majlis Daerah Bera, Bandar Bera, Pahang. Telefon: 09-2503340. E-mel: kompaun@mdbera.example.invalid. Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]),

dict(id="my/bera/kompleks-sukan.md", fmt="md", updated="2026-03-12",
     source="https://mdbera.example.invalid/kemudahan/kompleks-sukan",
     title="Kolam Renang dan Kompleks Sukan Majlis Daerah Bera", **BR,
     sections=[
("Kemudahan Yang Disediakan", """Kompleks Sukan Majlis Daerah Bera di Bandar Bera menyediakan kolam renang dewasa, kolam kanak-kanak, dua gelanggang badminton, sebuah gelanggang futsal dan sebuah gimnasium kecil. Bilik persalinan dan loker disediakan untuk pengunjung."""),
("Waktu Operasi", """Kolam renang dibuka Selasa hingga Ahad, dari 9.00 pagi hingga 9.00 malam. Gelanggang dan gimnasium dibuka setiap hari dari 7.00 pagi hingga 11.00 malam. Kolam renang ditutup setiap hari Isnin untuk kerja pembersihan."""),
("Harga Tiket Masuk Kolam Renang", """| Kategori | Harga sekali masuk |
|---|---|
| Dewasa | RM4.00 |
| Kanak-kanak 4 hingga 12 tahun | RM2.00 |
| Warga emas 60 tahun ke atas | RM1.00 |
| Pelajar berkad matrik | RM2.50 |

Kanak-kanak di bawah 4 tahun masuk percuma dengan pengawasan ibu bapa."""),
("Pas Bulanan", """Pas bulanan kolam renang boleh dibeli di kaunter dengan harga RM40.00 bagi dewasa dan RM20.00 bagi kanak-kanak. Pas bulanan gimnasium berharga RM35.00. Pas hanya sah untuk pemegangnya dan perlu ditunjukkan setiap kali masuk."""),
("Tempahan Gelanggang", """Gelanggang badminton disewa pada kadar RM8.00 sejam dan gelanggang futsal RM50.00 sejam. Tempahan dibuat melalui aplikasi SukanBera atau di kaunter kompleks, paling awal 14 hari sebelum tarikh permainan. Bayaran dibuat semasa tempahan."""),
("Kelas Renang", """Kelas renang asas untuk kanak-kanak diadakan setiap hujung minggu dengan yuran RM80.00 bagi lapan sesi. Setiap kelas terhad kepada 12 peserta dan pendaftaran dibuka pada minggu pertama setiap bulan."""),
("Peraturan Keselamatan", """Pengunjung mesti memakai pakaian renang yang sesuai dan mandi sebelum masuk ke kolam. Kanak-kanak di bawah 12 tahun mesti diiringi orang dewasa. Makanan dan minuman tidak dibenarkan di kawasan kolam. Penjaga keselamatan bertugas sepanjang waktu operasi."""),
("Penutupan Untuk Penyelenggaraan", """Kolam renang ditutup untuk penyelenggaraan besar selama dua minggu setiap tahun, iaitu dari 1 hingga 14 Julai 2026. Notis penutupan lain akan dipaparkan di aplikasi SukanBera sekurang-kurangnya 3 hari lebih awal."""),
("Di Luar Urusan Kompleks", """Halaman ini tidak meliputi tempahan stadium dan padang bola sepak daerah, yang diuruskan oleh Pejabat Belia dan Sukan Daerah Bera. Sewa dewan orang ramai Majlis juga tidak diuruskan oleh kompleks ini."""),
("Soalan Lazim", """### Bolehkah saya membawa pelampung sendiri?
Boleh, selagi pelampung itu bersih dan tidak mengganggu pengunjung lain.

### Adakah tempat letak kereta percuma?
Ya, tempat letak kereta di kompleks adalah percuma.

### Bolehkah tempahan gelanggang dibatalkan?
Pembatalan 24 jam lebih awal boleh ditukar kepada tarikh lain."""),
("Hubungi Kompleks Sukan", """Kaunter Kompleks Sukan Majlis Daerah Bera, Bandar Bera, Pahang. Telefon: 09-2504477. E-mel: sukan@mdbera.example.invalid."""),
]),

dict(id="my/kerian/permit-ubah-suai.html", fmt="html", updated="2026-02-24",
     source="https://mdkerian.example.invalid/perancangan/permit-ubah-suai",
     title="Permit Ubah Suai dan Tambahan Kecil Rumah Majlis Daerah Kerian", **KR,
     sections=[
("Bila Permit Diperlukan", """Permit ubah suai diperlukan sebelum memulakan kerja tambahan atau pengubahsuaian pada rumah dalam kawasan Majlis Daerah Kerian, termasuk di Parit Buntar, Bagan Serai, Kuala Kurau dan Tanjung Piandang. Contohnya membina anjung, dapur tambahan, pagar, bumbung tempat letak kereta atau menukar dinding."""),
("Kerja Kecil Tanpa Pelan Arkitek", """Kerja kecil dengan keluasan tidak melebihi 50 meter persegi pada rumah satu tingkat boleh dipohon tanpa pelan yang ditandatangani arkitek. Pemohon hanya perlu menyediakan lakaran kerja yang jelas. Kerja yang melibatkan struktur tingkat atas memerlukan pelan bertauliah."""),
("Dokumen Permohonan", """- Borang UB-1 yang lengkap diisi.
- Salinan geran tanah dan resit cukai taksiran terkini.
- Lakaran atau pelan kerja beserta ukuran.
- Surat persetujuan jiran bagi kerja di sempadan lot."""),
("Fi Permit Ubah Suai", """| Jenis kerja | Fi permit |
|---|---|
| Pagar dan pintu pagar | RM50.00 |
| Bumbung tempat letak kereta | RM80.00 |
| Tambahan dapur atau anjung | RM150.00 |
| Pengubahsuaian dalaman tanpa struktur | RM40.00 |

Fi pemprosesan sebanyak RM20.00 dikenakan bagi setiap permohonan."""),
("Cara Memohon", """Permohonan dihantar di kaunter Jabatan Kejuruteraan dan Perancangan di Parit Buntar atau melalui portal eBina Kerian. Selepas permohonan diterima, pegawai akan membuat lawatan tapak sebelum keputusan dibuat."""),
("Tempoh Kelulusan", """Permohonan kerja kecil diputuskan dalam tempoh 14 hari bekerja dari tarikh permohonan lengkap. Permit yang diluluskan sah selama 6 bulan; kerja mesti bermula dalam tempoh itu atau permohonan baharu perlu dibuat."""),
("Pemeriksaan Semasa Kerja", """Permit mesti dipamerkan di tapak sepanjang kerja dijalankan. Pegawai Majlis boleh membuat pemeriksaan mengejut. Sisa binaan mesti dibuang ke tapak yang dibenarkan dan tidak boleh diletakkan di bahu jalan atau dalam longkang."""),
("Kesalahan dan Tindakan", """Kerja ubah suai tanpa permit boleh dikenakan kompaun sehingga RM1,000 dan notis untuk memberhentikan kerja. Binaan yang tidak mematuhi syarat boleh diarahkan untuk dirobohkan atas kos pemilik dalam tempoh 30 hari."""),
("Urusan Agensi Lain", """Halaman ini tidak meliputi permohonan pecah sempadan atau tukar syarat tanah, yang diuruskan oleh Pejabat Daerah dan Tanah Kerian. Pembinaan rumah baharu memerlukan pelan bangunan penuh dan tidak termasuk dalam permit ubah suai kecil."""),
("Soalan Lazim", """### Perlukah permit untuk mengecat semula rumah?
Tidak, kerja mengecat dan membaiki atap yang bocor tidak memerlukan permit.

### Bolehkah kontraktor memohon bagi pihak saya?
Boleh, dengan surat wakil yang ditandatangani pemilik.

### Bagaimana menyemak status permohonan?
Status boleh disemak di portal eBina Kerian menggunakan nombor rujukan."""),
("Hubungi Jabatan Kejuruteraan dan Perancangan", """Jabatan Kejuruteraan dan Perancangan, Majlis Daerah Kerian, Jalan Sempadan, 34200 Parit Buntar, Perak. Telefon: 05-7162040. E-mel: bangunan@mdkerian.example.invalid. Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]),

dict(id="my/kerian/letak-kereta.md", fmt="md", updated="2026-01-30",
     source="https://mdkerian.example.invalid/perkhidmatan/letak-kereta",
     title="Letak Kereta Berbayar di Parit Buntar dan Bagan Serai", **KR,
     sections=[
("Zon Letak Kereta Berbayar", """Majlis Daerah Kerian menguruskan petak letak kereta berbayar di pusat bandar Parit Buntar dan Bagan Serai. Petak berbayar ditandakan dengan garisan putih dan papan tanda zon. Petak bergaris kuning adalah untuk kenderaan perkhidmatan dan tidak boleh digunakan."""),
("Waktu Bayaran Dikenakan", """Bayaran dikenakan dari Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. Letak kereta adalah percuma pada hari Ahad dan cuti umum."""),
("Kadar Bayaran Letak Kereta", """| Tempoh | Kadar |
|---|---|
| Setiap 30 minit | RM0.30 |
| Satu jam | RM0.60 |
| Satu hari penuh | RM4.00 |
| Motosikal | Percuma |"""),
("Bayaran Melalui Aplikasi", """Pengguna boleh membayar melalui aplikasi ParkKerian dengan memasukkan nombor pendaftaran kenderaan dan nombor zon. Masa letak kereta boleh dilanjutkan dari telefon tanpa kembali ke kenderaan. Caj perkhidmatan aplikasi ialah RM0.10 bagi setiap transaksi."""),
("Kupon Letak Kereta", """Kupon kertas dijual di kaunter Majlis dan kedai yang dilantik dalam buku berisi 20 keping. Tarikh dan masa mesti dikoyak dengan betul, dan kupon dipamerkan di papan pemuka supaya mudah dilihat dari luar."""),
("Pas Bulanan", """Pas bulanan letak kereta berharga RM60.00 sebulan dan sah untuk satu kenderaan di semua zon. Pas boleh dibeli melalui aplikasi ParkKerian atau di kaunter sebelum 5 haribulan setiap bulan."""),
("Kompaun Letak Kereta", """Kenderaan yang diletakkan tanpa bayaran atau melebihi masa yang dibayar akan dikenakan kompaun RM30. Meletakkan kenderaan di petak OKU tanpa pelekat yang sah dikenakan kompaun RM100. Kompaun yang dijelaskan dalam tempoh 7 hari dikurangkan kepada RM15."""),
("Rayuan Kompaun", """Rayuan dibuat secara bertulis dalam tempoh 14 hari dari tarikh kompaun melalui aplikasi ParkKerian atau di kaunter, dengan bukti seperti resit bayaran atau tangkapan skrin transaksi. Keputusan dimaklumkan dalam tempoh 10 hari bekerja."""),
("Pengecualian", """Pemegang pelekat OKU yang sah boleh meletakkan kenderaan secara percuma di petak OKU. Kenderaan kecemasan dan kenderaan Majlis yang sedang bertugas juga dikecualikan."""),
("Perkara Yang Tidak Diliputi", """Halaman ini tidak meliputi saman trafik polis dan tempat letak kereta Hospital Parit Buntar, yang diuruskan oleh pihak hospital sendiri."""),
("Soalan Lazim", """### Adakah kupon Majlis lain boleh digunakan?
Tidak, hanya kupon Majlis Daerah Kerian diterima.

### Jika aplikasi gagal, adakah saya dikompaun?
Gunakan kupon sebagai ganti dan simpan tangkapan skrin sebagai bukti rayuan.

### Bolehkah saya letak kereta semalaman?
Boleh, bayaran hanya dikenakan dalam waktu yang ditetapkan."""),
("Hubungi Unit Letak Kereta", """Unit Letak Kereta, Majlis Daerah Kerian, Jalan Sempadan, 34200 Parit Buntar, Perak. Telefon: 05-7162077. E-mel: parkir@mdkerian.example.invalid. Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]),

dict(id="my/kerian/sewa-gerai.md", fmt="md", updated="2026-03-02",
     source="https://mdkerian.example.invalid/perkhidmatan/sewa-gerai",
     title="Sewaan Gerai dan Kiosk Majlis Daerah Kerian", **KR,
     sections=[
("Lokasi Gerai Majlis", """Majlis Daerah Kerian menyewakan gerai dan kiosk di Pasar Awam Parit Buntar, Medan Selera Bagan Serai dan Kompleks Penjaja Kuala Kurau. Gerai kosong diiklankan di papan kenyataan Majlis dan di portal rasmi apabila ada kekosongan."""),
("Siapa Yang Layak", """Pemohon mestilah warganegara Malaysia berumur 18 tahun ke atas, bermastautin di daerah Kerian dan tidak memiliki gerai Majlis yang lain. Pemohon tidak boleh mempunyai tunggakan sewa atau kompaun dengan Majlis."""),
("Kadar Sewa Bulanan", """| Jenis gerai | Sewa sebulan |
|---|---|
| Gerai basah Pasar Awam Parit Buntar | RM90.00 |
| Gerai kering Pasar Awam Parit Buntar | RM70.00 |
| Gerai makanan Medan Selera Bagan Serai | RM150.00 |
| Kiosk Kompleks Penjaja Kuala Kurau | RM60.00 |

Caj elektrik dan air dibayar berasingan mengikut meter."""),
("Deposit Sewaan", """Penyewa mesti membayar deposit bersamaan dengan tiga bulan sewa sebelum kunci diserahkan. Deposit dikembalikan apabila perjanjian tamat, selepas ditolak tunggakan dan kos kerosakan."""),
("Cara Memohon Gerai", """Permohonan dibuat dengan Borang SG-4 di kaunter Jabatan Perlesenan atau melalui portal eGerai Kerian semasa tempoh iklan kekosongan dibuka. Permohonan mesti disertakan salinan MyKad, gambar pasport dan bukti suntikan tifoid bagi gerai makanan."""),
("Pemilihan Penyewa", """Pemilihan dibuat melalui temu duga oleh Jawatankuasa Penyewaan. Keputusan dimaklumkan melalui surat dalam tempoh 21 hari selepas tarikh tutup permohonan. Calon yang berjaya mesti menandatangani perjanjian dalam tempoh 14 hari."""),
("Tempoh Perjanjian Sewa", """Perjanjian sewa gerai adalah selama 2 tahun dan boleh diperbaharui. Penyewa tidak dibenarkan menyewakan semula gerai kepada pihak lain. Gerai mesti dibuka sekurang-kurangnya 20 hari sebulan."""),
("Bayaran Sewa dan Penalti Lewat", """Sewa mesti dibayar sebelum 7 haribulan setiap bulan. Bayaran lewat dikenakan penalti RM10.00 bagi setiap bulan tertunggak. Tunggakan selama 3 bulan berturut-turut boleh menyebabkan perjanjian ditamatkan dan gerai diambil semula."""),
("Perkara Yang Tidak Termasuk", """Halaman ini tidak meliputi lesen penjaja pasar malam. Tapak pasar malam di daerah Kerian diuruskan melalui permohonan lesen penjaja yang berasingan."""),
("Soalan Lazim", """### Bolehkah isteri saya menjaga gerai?
Boleh, ahli keluarga terdekat boleh didaftarkan sebagai pembantu.

### Adakah gerai boleh diubah suai?
Ubah suai kecil memerlukan kebenaran bertulis Majlis terlebih dahulu.

### Bolehkah saya bayar sewa setahun sekali gus?
Boleh, bayaran pendahuluan diterima di kaunter."""),
("Hubungi Jabatan Perlesenan", """Jabatan Perlesenan, Majlis Daerah Kerian, Jalan Sempadan, 34200 Parit Buntar, Perak. Telefon: 05-7162055. E-mel: gerai@mdkerian.example.invalid. Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]),
]
