"""Texts of the documents, as data (part B: Maran and Baling). Same markup as texts_a."""

DOCS = []

DOCS.append(dict(
    id="my/maran/lesen-perniagaan.docx", fmt="docx",
    title="Lesen Perniagaan Premis Majlis Daerah Maran",
    region="Maran", agency="Majlis Daerah Maran (MDM)",
    source="https://www.mdm.example.invalid/perkhidmatan/lesen-perniagaan",
    updated="2026-03-11",
    sections=[
("Skop Pelesenan",
"""Setiap perniagaan yang dijalankan di premis tetap dalam kawasan Majlis Daerah Maran (MDM) wajib mempunyai lesen perniagaan yang sah. Kawasan ini meliputi Bandar Maran, Bandar Pusat Jengka, Chenor, Luit dan Sri Jaya.

Lesen dikeluarkan di bawah Undang-Undang Kecil Pelesenan Tred, Perniagaan dan Perindustrian Majlis Daerah Maran, dan perlu dipamerkan di tempat yang mudah dilihat di dalam premis."""),
("Kategori Lesen",
"""Lesen dibahagikan kepada tiga kategori:

- lesen am bagi kedai runcit, pakaian dan perkhidmatan;
- lesen makanan bagi restoran, kafe dan kedai makanan;
- lesen berisiko bagi bengkel, stor bahan mudah terbakar dan pusat cucian kenderaan.

Kategori lesen menentukan jabatan yang perlu memberi ulasan sebelum lesen diluluskan."""),
("Syarat Am Pemohon",
"""Pemohon mestilah berdaftar dengan Suruhanjaya Syarikat Malaysia (SSM), mempunyai premis yang diluluskan penggunaannya, dan tiada tunggakan cukai taksiran bagi premis tersebut. Bagi lesen makanan, semua pekerja mesti mempunyai suntikan pelalian tifoid.

Premis mesti mematuhi syarat kebersihan, mempunyai alat pemadam api dan tidak menggunakan kaki lima untuk meletakkan barang tanpa kebenaran."""),
("Dokumen Sokongan",
"""- Salinan MyKad pemilik dan sijil pendaftaran SSM.
- Salinan perjanjian sewa atau geran premis.
- Pelan lokasi dan gambar hadapan premis.
- Sokongan Jabatan Bomba dan Penyelamat bagi lesen berisiko.
- Sijil suntikan pelalian tifoid pekerja bagi lesen makanan."""),
("Kadar Fi Lesen Tahunan",
"""| Jenis perniagaan | Fi setahun |
| Kedai runcit | RM 80 |
| Restoran atau kafe | RM 150 |
| Kedai gunting rambut | RM 60 |
| Bengkel kenderaan | RM 200 |
| Pusat cucian kenderaan | RM 120 |

Fi pemprosesan borang sebanyak RM 10 dikenakan bagi setiap permohonan baharu."""),
("Tempoh Pertimbangan Lesen",
"""Permohonan lesen am dan lesen makanan yang lengkap diluluskan dalam tempoh 7 hari bekerja. Lesen berisiko yang memerlukan ulasan jabatan teknikal diproses dalam tempoh 30 hari bekerja.

Pegawai pelesenan mungkin membuat lawatan ke premis sebelum kelulusan. Pemohon akan dihubungi untuk menetapkan tarikh lawatan."""),
("Pembaharuan Lesen",
"""Semua lesen tamat pada 31 Disember setiap tahun. Pembaharuan perlu dibuat sebelum 31 Januari tahun berikutnya. Pembaharuan selepas tarikh itu dikenakan denda lewat RM 10 bagi setiap bulan kelewatan.

Notis peringatan pembaharuan dihantar melalui SMS pada bulan Disember kepada pemegang lesen yang berdaftar."""),
("Berniaga Tanpa Lesen",
"""Menjalankan perniagaan tanpa lesen yang sah boleh dikenakan kompaun RM 500. Kesalahan berulang boleh menyebabkan premis ditutup dan barang perniagaan disita.

Pegawai penguat kuasa menjalankan pemeriksaan berkala di semua pekan dalam daerah Maran, termasuk pada hujung minggu."""),
("Permohonan Dalam Talian",
"""Permohonan baharu dan pembaharuan boleh dibuat melalui portal eLesen MDM. Fi boleh dibayar dengan FPX atau kad debit, dan lesen digital boleh dicetak sendiri selepas kelulusan.

Pengguna kali pertama perlu mendaftar akaun menggunakan nombor MyKad dan nombor pendaftaran SSM. Status permohonan boleh dijejak dalam akaun yang sama."""),
("Tidak Diuruskan Melalui Halaman Ini",
"""Halaman ini tidak meliputi lesen penjaja dan gerai tepi jalan, serta lesen menjual minuman keras yang dikeluarkan oleh Lembaga Pelesenan Eksais di bawah Jabatan Kastam Diraja Malaysia.

Permohonan lesen penjaja dibuat di kaunter Unit Pelesenan dengan borang yang berasingan."""),
("Soalan Lazim Peniaga",
"""### Saya berniaga dari rumah, perlukah lesen?

Perniagaan dalam talian tanpa pelanggan datang ke rumah tidak memerlukan lesen premis.

### Bolehkah lesen dipindahkan kepada orang lain?

Tidak. Pemilik baharu mesti memohon lesen baharu.

### Bolehkah saya berniaga sementara menunggu kelulusan?

Tidak, perniagaan hanya boleh dimulakan selepas lesen dikeluarkan."""),
("Hubungi Unit Pelesenan",
"""Unit Pelesenan, Majlis Daerah Maran, Jalan Temerloh, 26500 Maran, Pahang.

Telefon: 09-477 1523. E-mel: lesen@mdm.example.invalid

Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang (rehat Jumaat 12.15 tengah hari hingga 2.45 petang)."""),
]))

DOCS.append(dict(
    id="my/maran/kompaun-rayuan.md", fmt="md",
    title="Kompaun Majlis Daerah Maran: Bayaran dan Rayuan",
    region="Maran", agency="Majlis Daerah Maran (MDM)",
    source="https://www.mdm.example.invalid/penguatkuasaan/kompaun",
    updated="2026-02-24",
    sections=[
("Tentang Kompaun Majlis",
"""Kompaun ialah tawaran untuk menyelesaikan kesalahan di bawah undang-undang kecil Majlis Daerah Maran tanpa dibawa ke mahkamah. Notis kompaun dikeluarkan oleh pegawai penguat kuasa dan mengandungi nombor kompaun, jenis kesalahan dan amaun.

Kompaun dikeluarkan di bawah pelbagai undang-undang kecil, termasuk undang-undang kecil letak kereta, pelesenan, iklan dan kebersihan. Notis boleh diserahkan sendiri, ditampal pada kenderaan atau dihantar melalui pos."""),
("Kesalahan Lazim dan Amaun Kompaun",
"""| Kesalahan | Amaun kompaun |
| Meletak kenderaan di petak OKU tanpa pelekat | RM 100 |
| Tidak membayar caj letak kereta | RM 30 |
| Membuang atau melonggok sampah | RM 300 |
| Memasang iklan tanpa permit | RM 200 |
| Berniaga tanpa lesen | RM 500 |

Amaun di atas ialah amaun asal sebelum sebarang potongan. Kesalahan lain yang tidak disenaraikan akan dinyatakan amaunnya dalam notis kompaun."""),
("Tempoh Menjelaskan Kompaun",
"""Kompaun mesti dijelaskan dalam tempoh 14 hari dari tarikh notis dikeluarkan. Selepas tempoh itu, tawaran kompaun luput dan kes boleh dibawa ke mahkamah.

Tarikh notis ialah tarikh yang dicetak pada notis, bukan tarikh notis itu ditemui oleh pemilik kenderaan."""),
("Potongan Bayaran Awal",
"""Kompaun yang dibayar dalam tempoh 7 hari dari tarikh notis layak menerima potongan 30% daripada amaun asal. Potongan ini tidak diberi bagi kesalahan berulang dalam tempoh setahun.

Potongan dikira secara automatik semasa bayaran dibuat di kaunter atau dalam aplikasi."""),
("Kaedah Pembayaran",
"""Kompaun boleh dibayar di kaunter hasil Majlis, melalui aplikasi MDM Pay, atau melalui perbankan dalam talian dengan FPX menggunakan nombor kompaun. Simpan resit sebagai bukti bayaran.

Bayaran di kaunter boleh dibuat secara tunai, kad debit atau kad kredit. Bayaran dalam talian dikemas kini dalam sistem dalam tempoh satu hari bekerja."""),
("Hak Membuat Rayuan",
"""Penerima notis yang tidak bersetuju dengan kompaun boleh membuat rayuan bertulis menggunakan Borang RK-1 dalam tempoh 14 hari dari tarikh notis. Sertakan salinan notis, gambar dan sebarang bukti sokongan.

Rayuan yang tidak lengkap atau dihantar selepas tempoh yang ditetapkan tidak akan dipertimbangkan."""),
("Keputusan Rayuan",
"""Rayuan dipertimbangkan oleh jawatankuasa rayuan kompaun. Keputusan dimaklumkan secara bertulis dalam tempoh 10 hari bekerja. Kompaun boleh dikekalkan, dikurangkan atau dibatalkan, dan rayuan hanya boleh dibuat sekali bagi setiap notis.

Sementara rayuan dipertimbangkan, tempoh bayaran kompaun ditangguhkan sehingga keputusan dikeluarkan."""),
("Akibat Tidak Membayar",
"""Kompaun yang tidak dibayar boleh menyebabkan pendakwaan di Mahkamah Majistret. Pemilik kenderaan atau premis yang mempunyai tunggakan kompaun juga tidak dapat memperbaharui lesen perniagaan sehingga tunggakan dijelaskan.

Majlis juga boleh menyenaraihitamkan kenderaan yang mempunyai tiga atau lebih kompaun tertunggak."""),
("Kompaun Agensi Lain",
"""Halaman ini tidak meliputi saman trafik Polis Diraja Malaysia (PDRM) atau saman Jabatan Pengangkutan Jalan (JPJ). Saman tersebut perlu disemak dan dibayar melalui agensi masing-masing.

Kompaun yang dikeluarkan oleh Majlis Perbandaran Temerloh atau pihak berkuasa tempatan lain juga perlu dijelaskan kepada pihak berkuasa yang mengeluarkannya."""),
("Pertanyaan Lazim",
"""### Saya hilang notis kompaun, bagaimana mahu bayar?

Semak dengan nombor plat kenderaan atau MyKad di aplikasi MDM Pay.

### Adakah potongan diberi jika saya membuat rayuan?

Potongan hanya diberi jika kompaun dibayar dalam tempoh 7 hari.

### Bolehkah orang lain membayar kompaun saya?

Ya, dengan menggunakan nombor kompaun."""),
("Hubungi Unit Penguatkuasaan",
"""Unit Penguatkuasaan, Majlis Daerah Maran, Jalan Temerloh, 26500 Maran, Pahang.

Telefon: 09-477 1540. E-mel: kompaun@mdm.example.invalid

Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]))

DOCS.append(dict(
    id="my/maran/lampu-jalan.md", fmt="md",
    title="Aduan Lampu Jalan Rosak di Daerah Maran",
    region="Maran", agency="Majlis Daerah Maran (MDM)",
    source="https://www.mdm.example.invalid/aduan/lampu-jalan",
    updated="2026-01-15",
    sections=[
("Peranan Majlis",
"""Majlis Daerah Maran menyelenggara lampu jalan di jalan perbandaran, kawasan perumahan dan taman awam di Bandar Maran, Bandar Pusat Jengka, Chenor dan Luit. Kerja pembaikan dijalankan oleh kontraktor yang dilantik Majlis.

Majlis bertanggungjawab ke atas lebih kurang 6,500 tiang lampu jalan di seluruh kawasan pentadbirannya. Kebanyakan lampu lama sedang ditukar kepada lampu LED secara berperingkat bagi menjimatkan tenaga."""),
("Kerosakan Yang Boleh Diadukan",
"""- Lampu padam atau berkelip.
- Lampu menyala pada waktu siang.
- Tiang condong, berkarat atau tumbang.
- Wayar atau kotak kawalan terdedah.

Aduan juga boleh dibuat jika lampu dilitupi dahan pokok sehingga cahaya tidak sampai ke jalan."""),
("Maklumat Dalam Aduan",
"""Setiap tiang mempunyai label nombor bermula dengan MDM-LJ. Nyatakan nombor tiang, nama jalan atau taman, dan jenis kerosakan. Gambar tiang akan mempercepatkan tindakan.

Jika nombor tiang tidak kelihatan, nyatakan nombor rumah atau bangunan yang berhampiran, atau kongsi lokasi melalui peta di telefon bimbit."""),
("Cara Membuat Aduan",
"""Aduan boleh dibuat melalui aplikasi Aduan Maran, WhatsApp 019-972 3301, talian pejabat atau kaunter Majlis. Setiap aduan diberi nombor rujukan melalui SMS.

Aduan yang diterima selepas waktu pejabat akan didaftarkan pada hari bekerja berikutnya, kecuali aduan kecemasan."""),
("Tempoh Pembaikan",
"""| Jenis kerosakan | Tempoh tindakan |
| Wayar terdedah atau tiang tumbang | 24 jam |
| Lebih tiga lampu padam berturut-turut | 3 hari bekerja |
| Satu lampu padam | 7 hari bekerja |
| Tiang berkarat atau condong | 14 hari bekerja |

Tempoh tindakan dikira dari tarikh aduan didaftarkan. Pembaikan yang memerlukan penggantian kabel bawah tanah mungkin mengambil masa lebih lama."""),
("Waktu Operasi Pasukan Pembaikan",
"""Pasukan pembaikan bertugas dari 8.00 pagi hingga 5.00 petang pada hari bekerja. Aduan kecemasan seperti wayar terdedah diterima 24 jam melalui talian kecemasan 09-477 1599.

Orang ramai dinasihatkan tidak menyentuh tiang atau wayar yang rosak dan menjauhkan kanak-kanak dari kawasan tersebut."""),
("Permohonan Lampu Jalan Baharu",
"""Jawatankuasa kampung atau persatuan penduduk boleh memohon lampu jalan baharu menggunakan Borang LJ-2. Permohonan dinilai berdasarkan keselamatan dan peruntukan, dan keputusan dimaklumkan dalam tempoh 60 hari.

Permohonan perlu disertakan pelan lakar lokasi, bilangan rumah yang terlibat dan tandatangan sekurang-kurangnya sepuluh orang penduduk."""),
("Kos Kerosakan Akibat Kemalangan",
"""Pemandu yang melanggar tiang lampu jalan akan dikenakan kos penggantian sebanyak RM 2,800 bagi setiap tiang, termasuk kerja pemasangan. Majlis akan mendapatkan laporan polis bagi menuntut kos tersebut.

Pemandu boleh membuat tuntutan kepada syarikat insurans kenderaan masing-masing bagi kos tersebut."""),
("Di Luar Bidang Kuasa Majlis",
"""Lampu isyarat trafik diselenggara oleh Jabatan Kerja Raya (JKR) Daerah Maran. Lampu di Lebuhraya Pantai Timur diuruskan oleh syarikat konsesi lebuh raya, dan gangguan bekalan elektrik ke rumah perlu dilaporkan kepada Tenaga Nasional Berhad (TNB).

Lampu jalan di kawasan tanah rancangan FELDA Jengka yang belum diserahkan kepada Majlis diselenggara oleh pihak pengurusan FELDA."""),
("Soalan Orang Ramai",
"""### Lampu di jalan kampung saya bukan milik Majlis, bagaimana?

Majlis akan memanjangkan aduan kepada pemilik yang berkenaan.

### Bolehkah saya menyemak status aduan?

Ya, dengan nombor rujukan dalam aplikasi Aduan Maran.

### Adakah sebarang bayaran untuk aduan?

Tiada bayaran dikenakan."""),
("Hubungi Jabatan Kejuruteraan",
"""Jabatan Kejuruteraan, Majlis Daerah Maran, Jalan Temerloh, 26500 Maran, Pahang.

Telefon: 09-477 1560. E-mel: kejuruteraan@mdm.example.invalid

Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang."""),
]))

DOCS.append(dict(
    id="my/baling/sewa-gerai.html", fmt="html",
    title="Sewaan Gerai dan Kiosk Majlis Daerah Baling",
    region="Baling", agency="Majlis Daerah Baling (MDB)",
    source="https://www.mdb.example.invalid/perkhidmatan/sewa-gerai",
    updated="2026-02-12",
    portal="Portal Rasmi Majlis Daerah Baling",
    sections=[
("Premis Yang Disewakan",
"""Majlis Daerah Baling menyewakan gerai dan kiosk di tiga lokasi: Medan Selera Baling, Pasar Awam Kuala Ketil dan Kompleks Gerai Kupang. Kekosongan diiklankan di papan kenyataan Majlis dan laman web rasmi.

Medan Selera Baling menempatkan 32 gerai makanan, Pasar Awam Kuala Ketil mempunyai 48 petak pasar basah, manakala Kompleks Gerai Kupang mempunyai 20 kiosk jualan barang kering."""),
("Syarat Kelayakan Penyewa",
"""Pemohon mestilah warganegara Malaysia, berumur 18 tahun ke atas, menetap di daerah Baling dan tidak mempunyai tunggakan sewa atau kompaun dengan Majlis. Setiap keluarga hanya boleh menyewa satu gerai.

Pemohon yang menjual makanan mesti mempunyai sijil suntikan pelalian tifoid dan Sijil Latihan Pengendali Makanan sebelum gerai diserahkan. Pemohon yang pernah ditamatkan perjanjian sewa dalam tempoh tiga tahun lepas tidak layak memohon."""),
("Kadar Sewa Bulanan",
"""| Lokasi | Jenis | Sewa sebulan |
| Medan Selera Baling | Gerai makanan | RM 150 |
| Pasar Awam Kuala Ketil | Petak pasar basah | RM 90 |
| Kompleks Gerai Kupang | Kiosk kering | RM 70 |

Caj air dan elektrik dibayar berasingan mengikut meter.

Kadar sewa disemak semula setiap tiga tahun dan sebarang perubahan akan dimaklumkan sekurang-kurangnya sebulan lebih awal."""),
("Deposit dan Perjanjian Sewa",
"""Penyewa yang berjaya perlu membayar deposit bersamaan 3 bulan sewa dan menandatangani perjanjian sewa selama 2 tahun. Deposit dipulangkan apabila perjanjian tamat dan tiada tunggakan.

Perjanjian boleh diperbaharui untuk tempoh yang sama jika penyewa mematuhi semua syarat dan membayar sewa dengan teratur."""),
("Cara Memohon",
"""Isi Borang GR-01 di kaunter Majlis atau melalui portal eGerai MDB dalam tempoh iklan kekosongan. Jika permohonan melebihi bilangan gerai, pemilihan dibuat melalui undian terbuka.

Permohonan yang tidak lengkap atau tanpa salinan MyKad akan ditolak tanpa dimaklumkan."""),
("Tempoh Keputusan",
"""Keputusan permohonan dimaklumkan melalui surat dan SMS dalam tempoh 30 hari selepas tarikh tutup permohonan.

Pemohon yang berjaya perlu mengambil kunci dan memulakan perniagaan dalam tempoh sebulan selepas perjanjian ditandatangani."""),
("Bayaran Sewa dan Tunggakan",
"""Sewa perlu dibayar sebelum 10hb setiap bulan. Tunggakan dikenakan caj lewat RM 15 sebulan. Perjanjian boleh ditamatkan jika sewa tertunggak selama tiga bulan berturut-turut.

Sewa boleh dibayar di kaunter Majlis, melalui portal eGerai MDB atau melalui potongan terus dari akaun bank."""),
("Waktu Operasi Premis",
"""Medan Selera Baling dibuka dari 7.00 pagi hingga 12.00 tengah malam. Pasar Awam Kuala Ketil beroperasi dari 6.00 pagi hingga 2.00 petang, manakala Kompleks Gerai Kupang dari 8.00 pagi hingga 10.00 malam.

Penyewa perlu memastikan gerai dibersihkan setiap hari. Penyewa tidak dibenarkan berniaga melebihi waktu operasi tanpa kebenaran bertulis."""),
("Perkara Berkaitan Yang Tidak Diliputi",
"""Halaman ini tidak meliputi lesen penjaja pasar malam dan tapak bazar Ramadan, serta sewaan gerai di tanah persendirian yang diuruskan sendiri oleh pemilik tanah.

Permohonan lesen perniagaan bagi kedai persendirian juga diuruskan melalui kaunter pelesenan yang berasingan."""),
("Soalan Lazim Bakal Penyewa",
"""### Bolehkah gerai disewakan semula kepada orang lain?

Tidak. Penyewaan semula akan menyebabkan perjanjian ditamatkan.

### Bolehkah saya menukar jenis jualan?

Ya, dengan kelulusan bertulis daripada Majlis.

### Adakah ubah suai gerai dibenarkan?

Ubah suai kecil dibenarkan selepas pelan diluluskan."""),
("Hubungi Unit Pelesenan dan Penjaja",
"""Unit Pelesenan dan Penjaja, Majlis Daerah Baling, Jalan Baling-Kupang, 09100 Baling, Kedah.

Telefon: 04-470 2136. E-mel: gerai@mdb.example.invalid

Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 4.30 petang."""),
]))

DOCS.append(dict(
    id="my/baling/permit-iklan.md", fmt="md",
    title="Permit Iklan dan Papan Tanda di Daerah Baling",
    region="Baling", agency="Majlis Daerah Baling (MDB)",
    source="https://www.mdb.example.invalid/perkhidmatan/permit-iklan",
    updated="2026-03-05",
    sections=[
("Keperluan Permit Iklan",
"""Setiap iklan yang dipamerkan kepada orang ramai di kawasan Majlis Daerah Baling memerlukan permit, termasuk papan tanda premis, kain rentang, bunting dan papan iklan besar. Permit memastikan iklan selamat, kemas dan tidak menghalang pandangan pengguna jalan.

Permit dikeluarkan di bawah Undang-Undang Kecil Iklan Majlis Daerah Baling dan terpakai di semua pekan dalam daerah, termasuk Pekan Baling, Kuala Ketil dan Kupang."""),
("Jenis Iklan",
"""- Papan tanda premis yang dilekatkan pada bangunan.
- Kain rentang untuk program atau jualan.
- Bunting yang dipasang pada tiang.
- Papan iklan besar berdiri sendiri.
- Iklan pada kenderaan yang diletakkan secara tetap di satu lokasi."""),
("Syarat Permohonan",
"""Iklan tidak boleh menghalang lampu isyarat, papan tanda jalan atau laluan pejalan kaki. Kandungan mesti dalam Bahasa Melayu, dan bahasa lain hanya dibenarkan dalam saiz yang lebih kecil."""),
("Dokumen Diperlukan",
"""- Lakaran reka bentuk iklan beserta ukuran.
- Gambar lokasi pemasangan.
- Surat kebenaran pemilik bangunan atau tanah.
- Pelan struktur yang disahkan jurutera bagi papan iklan besar."""),
("Kadar Fi Permit",
"""| Jenis iklan | Fi |
| Papan tanda premis | RM 20 setiap meter persegi setahun |
| Kain rentang | RM 5 sehelai seminggu |
| Bunting | RM 1 sehelai seminggu |
| Papan iklan besar | RM 40 setiap meter persegi setahun |

Fi dikira berdasarkan keluasan iklan yang dibundarkan ke meter persegi yang terdekat. Pertubuhan kebajikan dan program kerajaan boleh memohon pengecualian fi."""),
("Tempoh Kelulusan",
"""Permohonan kain rentang dan bunting diluluskan dalam tempoh 3 hari bekerja. Papan tanda premis diluluskan dalam tempoh 14 hari bekerja, manakala papan iklan besar memerlukan sehingga 45 hari bekerja."""),
("Tempoh Sah Permit",
"""Permit kain rentang dan bunting sah paling lama 21 hari. Permit papan tanda premis dan papan iklan besar sah selama setahun dan mesti diperbaharui sebelum tamat tempoh.

Pemohon perlu menurunkan sendiri kain rentang dan bunting dalam tempoh tiga hari selepas program tamat."""),
("Tindakan Terhadap Iklan Tanpa Permit",
"""Iklan tanpa permit akan diturunkan oleh Majlis. Pemilik iklan boleh dikenakan kompaun RM 200 bagi setiap iklan serta kos menurunkan iklan.

Iklan yang diturunkan boleh dituntut semula di stor Majlis dalam tempoh tujuh hari selepas kompaun dibayar."""),
("Permohonan Secara Dalam Talian",
"""Permohonan boleh dihantar melalui portal ePermit MDB. Pemohon boleh memuat naik dokumen, membayar fi dan mencetak pelekat permit yang mesti ditampal pada setiap kain rentang dan bunting.

Status permohonan dan tarikh tamat permit boleh disemak dalam akaun pemohon pada bila-bila masa."""),
("Di Luar Skop Permit Majlis",
"""Halaman ini tidak meliputi iklan di rizab jalan persekutuan, yang memerlukan kebenaran Jabatan Kerja Raya (JKR), dan tidak meliputi bahan kempen semasa pilihan raya.

Pemasangan iklan di jalan negeri yang diselenggara JKR juga perlu dipohon terus kepada agensi berkenaan."""),
("Soalan Kerap Mengenai Permit",
"""### Perlukah permit untuk poster di dalam kedai sendiri?

Tidak, jika poster itu tidak menghadap jalan.

### Bolehkah saya memasang kain rentang sebelum permit lulus?

Tidak. Kain rentang akan diturunkan.

### Adakah fi dipulangkan jika program dibatalkan?

Fi permit tidak dipulangkan."""),
("Hubungi Jabatan Perancangan",
"""Jabatan Perancangan Bandar, Majlis Daerah Baling, Jalan Baling-Kupang, 09100 Baling, Kedah.

Telefon: 04-470 2150. E-mel: iklan@mdb.example.invalid

Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 4.30 petang."""),
]))

DOCS.append(dict(
    id="my/baling/tebang-pokok.md", fmt="md",
    title="Permohonan Tebang dan Cantas Pokok di Daerah Baling",
    region="Baling", agency="Majlis Daerah Baling (MDB)",
    source="https://www.mdb.example.invalid/perkhidmatan/tebang-pokok",
    updated="2026-02-27",
    sections=[
("Skop Perkhidmatan",
"""Majlis Daerah Baling menebang dan mencantas pokok yang berbahaya di rizab jalan Majlis, taman awam dan kawasan lapang di Pekan Baling, Kuala Ketil, Kupang dan Tawar. Pokok yang reput, condong atau dahannya menghampiri rumah boleh dilaporkan.

Kerja dijalankan oleh pasukan landskap Majlis atau kontraktor yang dilantik, dan biasanya pada waktu pagi bagi mengurangkan gangguan lalu lintas."""),
("Pokok Di Tanah Persendirian",
"""Pemilik tanah boleh memohon perkhidmatan Majlis untuk menebang pokok di tanah sendiri dengan bayaran. Pokok berukuran lilitan melebihi 1.2 meter di kawasan perumahan memerlukan kebenaran Majlis walaupun ditebang sendiri.

Kebenaran ini bertujuan memastikan kerja menebang dijalankan dengan selamat dan tidak merosakkan harta jiran atau talian utiliti."""),
("Siapa Boleh Memohon",
"""Pemohon mestilah pemilik tanah atau penghuni yang mendapat kebenaran bertulis pemilik. Permohonan bagi pokok di kawasan awam boleh dibuat oleh mana-mana penduduk."""),
("Kaedah Permohonan",
"""Isi Borang TP-3 di kaunter Majlis atau melalui aplikasi MDB Prihatin. Sertakan gambar pokok, alamat lokasi dan salinan geran jika pokok berada di tanah persendirian.

Nombor rujukan permohonan akan dihantar melalui SMS dan boleh digunakan untuk menyemak status dalam aplikasi. Permohonan juga boleh dibuat melalui wakil Majlis Pengurusan Komuniti Kampung (MPKK)."""),
("Caj Menebang dan Mencantas",
"""| Jenis kerja | Caj setiap pokok |
| Tebang pokok kecil (tinggi bawah 5 meter) | RM 80 |
| Tebang pokok sederhana (5 hingga 10 meter) | RM 250 |
| Tebang pokok besar (melebihi 10 meter) | RM 600 |
| Cantas dahan | RM 50 |

Caj hanya dikenakan bagi pokok di tanah persendirian. Pokok di kawasan awam dibersihkan tanpa caj."""),
("Pemeriksaan dan Tindakan",
"""Pegawai landskap akan memeriksa pokok dalam tempoh 7 hari bekerja selepas permohonan diterima. Kerja tebang dijadualkan dalam tempoh 21 hari selepas caj dibayar.

Pegawai akan menentukan sama ada pokok perlu ditebang atau hanya dicantas. Pokok yang sihat dan tidak berbahaya biasanya tidak akan ditebang."""),
("Kecemasan Pokok Tumbang",
"""Pokok tumbang yang menghalang jalan atau menimpa rumah perlu dilaporkan segera melalui talian kecemasan 04-470 8899, yang beroperasi 24 jam. Pasukan kecemasan akan membersihkan laluan terlebih dahulu.

Jangan cuba memotong pokok tumbang yang tersangkut pada wayar elektrik. Jauhkan diri dan tunggu ketibaan pasukan kecemasan."""),
("Penalti Menebang Tanpa Kebenaran",
"""Menebang pokok di kawasan awam atau pokok yang memerlukan kebenaran tanpa kelulusan Majlis boleh dikenakan kompaun sehingga RM 1,500 bagi setiap pokok.

Majlis juga boleh mengarahkan pesalah menanam semula pokok gantian di lokasi yang sama atas kos sendiri."""),
("Di Luar Tanggungjawab Majlis",
"""Halaman ini tidak meliputi pokok di tepi jalan persekutuan, yang diuruskan oleh JKR Daerah Baling, pokok di hutan simpan di bawah Jabatan Perhutanan Negeri Kedah, dan pokok yang menyentuh talian elektrik, yang perlu dilaporkan kepada TNB.

Kerja memotong rumput dan membersihkan semak di tanah persendirian juga tidak termasuk dalam perkhidmatan ini."""),
("Soalan Lazim Penduduk",
"""### Siapa perlu membuang batang pokok selepas ditebang?

Majlis membawa keluar batang dan dahan bagi kerja yang dibuat oleh Majlis.

### Bolehkah saya menyimpan kayu pokok itu?

Ya, jika dimaklumkan semasa permohonan.

### Pokok jiran condong ke rumah saya, apa boleh dibuat?

Buat aduan dan Majlis akan menghantar notis kepada pemilik tanah."""),
("Hubungi Unit Landskap",
"""Unit Landskap, Majlis Daerah Baling, Jalan Baling-Kupang, 09100 Baling, Kedah.

Telefon: 04-470 2172. E-mel: landskap@mdb.example.invalid

Waktu kaunter: Ahad hingga Khamis, 8.00 pagi hingga 4.30 petang."""),
]))
