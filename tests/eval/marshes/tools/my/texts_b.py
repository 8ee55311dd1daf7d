"""Texts of the marshes-my documents (part B: Kapit, Machang). All figures invented."""
from texts_a import END

DOCS_B = [
dict(
 id="my/kapit/sewa-dewan-suarah.md", fmt="md",
 title="Sewaan Dewan Suarah Kapit dan Dewan Majlis",
 region="Kapit, Sarawak", agency="Majlis Daerah Kapit",
 source="https://mdkapit.example.invalid/kemudahan/sewa-dewan",
 updated="2026-02-24",
 sections=[
("Dewan Yang Boleh Ditempah", """
Majlis Daerah Kapit menyewakan dua dewan kepada orang awam, persatuan dan agensi: Dewan Suarah Kapit yang memuatkan sehingga 800 orang, dan Dewan Kecil di Kompleks Majlis yang memuatkan 150 orang. Dewan sesuai untuk majlis perkahwinan, gawai, seminar dan acara kebudayaan.

Kedua-dua dewan dilengkapi tandas, surau kecil, ruang letak kereta dan akses kerusi roda. Dewan Suarah Kapit juga mempunyai pentas utama dan bilik persiapan yang boleh disewa bersama.
"""),
("Kadar Sewa", """
| Kemudahan | Separuh hari (5 jam) | Sehari penuh |
|---|---|---|
| Dewan Suarah Kapit | RM350.00 | RM600.00 |
| Dewan Kecil Kompleks Majlis | RM120.00 | RM200.00 |
| Bilik persiapan pengantin | RM50.00 | RM80.00 |

Persatuan berdaftar dan sekolah kerajaan menerima potongan 30% daripada kadar sewa.
"""),
("Deposit Dan Caj Lain", """
Deposit keselamatan sebanyak RM300.00 dibayar semasa tempahan dan dipulangkan dalam 14 hari bekerja selepas pemeriksaan dewan. Penggunaan penghawa dingin dikenakan RM40.00 sejam, dan sistem siaraya RM100.00 bagi setiap penggunaan. Penggunaan melebihi masa yang ditempah dikenakan RM80.00 bagi setiap jam tambahan.
"""),
("Syarat Penggunaan", """
- Acara mesti tamat selewat-lewatnya 11.00 malam.
- Memasak di dalam dewan tidak dibenarkan; kawasan dapur luar disediakan.
- Penyewa bertanggungjawab membersihkan dewan dan membuang sampah ke tong yang disediakan.
- Penghias luar perlu mendapat kelulusan pegawai dewan.

Pelanggaran syarat boleh menyebabkan sebahagian atau keseluruhan deposit dilucuthakkan.
"""),
("Prosedur Tempahan", """
Tempahan dibuat sekurang-kurangnya 14 hari sebelum tarikh acara dan tidak lebih awal daripada 6 bulan. Isi Borang Tempahan Dewan (Borang MDK-D2), semak kekosongan tarikh dengan pegawai, dan jelaskan bayaran penuh dalam tempoh 3 hari bekerja selepas tempahan disahkan. Tempahan yang tidak dibayar dalam tempoh itu dibatalkan secara automatik.
"""),
("Pembatalan Oleh Penyewa", """
Pembatalan lebih daripada 7 hari sebelum acara layak menerima bayaran balik 50% daripada sewa. Pembatalan dalam tempoh 7 hari sebelum acara tidak layak menerima bayaran balik sewa, tetapi deposit tetap dipulangkan.

Pembatalan hendaklah dibuat secara bertulis atau melalui sistem tempahan. Jika majlis terpaksa membatalkan tempahan kerana kecemasan atau acara rasmi kerajaan, penyewa menerima bayaran balik penuh atau tarikh ganti.
"""),
("Tempahan Melalui Internet", """
Kekosongan tarikh boleh disemak dan tempahan dibuat melalui sistem eDewan Kapit di https://edewan.mdkapit.example.invalid. Bayaran dalam talian menggunakan FPX.

Tempahan dalam talian disahkan selepas bayaran diterima, dan slip pengesahan perlu ditunjukkan kepada pegawai dewan pada hari acara. Pertukaran tarikh dibenarkan sekali sahaja tanpa caj, tertakluk kepada kekosongan.
"""),
("Kemudahan Lain Yang Tidak Disewakan Di Sini", """
Halaman ini tidak meliputi tempahan padang bola, gelanggang dan kompleks sukan, yang diuruskan oleh Pejabat Belia dan Sukan Bahagian Kapit. Tapak khemah di tebing Sungai Rajang memerlukan permit ruang awam yang berasingan.
"""),
("Soalan Lazim Penyewa", """
### Adakah kerusi dan meja disediakan?

Ya. Sewa Dewan Suarah termasuk 500 kerusi dan 50 meja bulat.

### Bolehkah saya menempah untuk dua hari berturut-turut?

Boleh, tertakluk kepada kekosongan; kadar dikira bagi setiap hari.

### Bolehkah muzik dimainkan?

Boleh, dengan syarat bunyi diperlahankan selepas 10.00 malam.
"""),
("Pejabat Tempahan Dewan", """
Pejabat Tempahan dibuka Isnin hingga Jumaat, 8.30 pagi hingga 4.00 petang. Telefon: 084-796 233. E-mel: dewan@mdkapit.example.invalid.

""" + END),
 ]),

dict(
 id="my/kapit/kutipan-sampah-sisa-pukal.md", fmt="md",
 title="Kutipan Sampah Domestik dan Sisa Pukal di Kapit",
 region="Kapit, Sarawak", agency="Majlis Daerah Kapit",
 source="https://mdkapit.example.invalid/perkhidmatan/kutipan-sampah",
 updated="2026-03-11",
 sections=[
("Pengenalan", """
Majlis Daerah Kapit menyediakan perkhidmatan kutipan sampah domestik kepada kediaman dan premis dalam kawasan majlis. Perkhidmatan ini dibiayai melalui cukai taksiran dan tidak dikenakan bayaran tambahan bagi sampah harian.

Perkhidmatan meliputi pusat bandar Kapit, kawasan perumahan, kedai dan gerai di sekitar Pasar Teresang. Kerjasama penduduk dalam mengasingkan sampah dan mematuhi jadual kutipan membantu mengurangkan masalah bau, lalat dan tikus.
"""),
("Jadual Kutipan Mengikut Kawasan", """
| Kawasan | Kekerapan | Hari |
|---|---|---|
| Pusat bandar dan Pasar Teresang | Setiap hari | Isnin hingga Ahad |
| Taman perumahan sekitar Jalan Airport | 3 kali seminggu | Isnin, Rabu, Jumaat |
| Kawasan pinggir bandar | Seminggu sekali | Sabtu |

Kutipan bermula jam 6.30 pagi. Sampah hendaklah diletakkan di luar selewat-lewatnya 6.00 pagi pada hari kutipan.
"""),
("Peraturan Tong Dan Beg Sampah", """
- Sampah mesti diikat dalam beg plastik sebelum dimasukkan ke dalam tong.
- Tong bertutup berukuran sekurang-kurangnya 120 liter disyorkan bagi setiap rumah.
- Sisa dapur hendaklah dikeringkan sebelum dibuang.

Barang kitar semula seperti kertas, botol plastik dan tin aluminium boleh diasingkan dan dihantar ke pusat kitar semula di Kompleks Majlis setiap hari Sabtu. Tong yang rosak hendaklah diganti oleh pemilik premis.
"""),
("Perkhidmatan Sisa Pukal", """
Sisa pukal seperti tilam, sofa, almari dan peti sejuk tidak dikutip bersama sampah harian. Penduduk boleh memohon kutipan khas dengan caj RM30.00 setiap trip bagi muatan sehingga 1 tan. Kutipan dijadualkan dalam tempoh 5 hari bekerja selepas bayaran.
"""),
("Sisa Taman Dan Dahan Pokok", """
Dahan dan daun yang diikat dalam berkas tidak melebihi 1.5 meter panjang dikutip secara percuma pada hari Sabtu pertama setiap bulan.

Pokok tumbang di kawasan awam dan di tepi jalan dilaporkan terus kepada majlis. Bagi pokok di dalam kawasan rumah, pemilik perlu melantik kontraktor sendiri dan memastikan batang pokok dipotong kepada saiz yang boleh diangkat.
"""),
("Aduan Sampah Tidak Dikutip", """
Aduan boleh dibuat melalui aplikasi Kapit Bersih, telefon atau WhatsApp. Setiap aduan diberi nombor rujukan dan diambil tindakan dalam tempoh 48 jam.

Nyatakan alamat lengkap, tarikh kutipan terlepas dan gambar lokasi jika ada. Aduan berulang bagi lokasi yang sama akan dirujuk kepada penyelia kontraktor untuk tindakan lanjut.
"""),
("Pembuangan Sampah Secara Haram", """
Membuang sampah di tepi jalan, tebing sungai atau tanah kosong adalah satu kesalahan. Pesalah boleh dikenakan kompaun sehingga RM500.00 bagi kesalahan pertama dan didakwa di mahkamah bagi kesalahan berulang.
"""),
("Yang Tidak Dikutip Oleh Majlis", """
Perkhidmatan ini tidak meliputi sisa berjadual dan sisa klinikal, yang dikawal oleh Jabatan Alam Sekitar, serta sisa binaan daripada kerja pengubahsuaian. Sisa binaan mesti dihantar sendiri oleh kontraktor ke tapak pelupusan yang ditetapkan.

Minyak masak terpakai dan bateri tidak boleh dibuang bersama sampah domestik; ia boleh dihantar ke pusat kitar semula majlis.
"""),
("Soalan Yang Kerap Ditanya", """
### Adakah sampah dikutip pada hari cuti umum?

Kutipan di pusat bandar diteruskan, tetapi kutipan di taman perumahan ditangguhkan ke hari bekerja berikutnya.

### Bolehkah saya meminta tong sampah daripada majlis?

Majlis menjual tong 120 liter pada harga RM85.00 seunit di Kaunter Hasil.

### Adakah sisa pukal dari kedai juga boleh dikutip?

Boleh, dengan caj yang sama.
"""),
("Talian Aduan Kebersihan", """
Unit Kesihatan Awam dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Telefon: 084-796 260. WhatsApp aduan: 013-820 4417. E-mel: bersih@mdkapit.example.invalid.

""" + END),
 ]),

dict(
 id="my/machang/lesen-penjaja-pasar-malam.docx", fmt="docx",
 title="Lesen Penjaja dan Tapak Pasar Malam Majlis Daerah Machang",
 region="Machang, Kelantan", agency="Majlis Daerah Machang",
 source="https://mdmachang.example.invalid/perkhidmatan/lesen-penjaja",
 updated="2026-02-05",
 sections=[
("Pengenalan Lesen Penjaja", """
Lesen penjaja dikeluarkan oleh Majlis Daerah Machang kepada individu yang berniaga secara kecil-kecilan di tapak terbuka, gerai sementara atau secara bergerak dalam kawasan majlis, termasuk di pasar malam dan pasar minggu.

Lesen dikeluarkan atas nama individu dan tidak boleh dipindah milik. Setiap penjaja wajib membawa lesen semasa berniaga dan menunjukkannya apabila diminta oleh pegawai penguatkuasa majlis.
"""),
("Kategori Penjaja", """
- Penjaja statik di tapak yang ditetapkan oleh majlis
- Penjaja bergerak menggunakan motosikal, van atau kereta tolak
- Penjaja pasar malam dan pasar minggu
- Penjaja sementara semasa musim perayaan atau karnival
"""),
("Syarat Kelayakan", """
- Warganegara Malaysia yang bermastautin di Jajahan Machang
- Berumur 18 tahun ke atas
- Penjaja makanan mesti telah menerima suntikan tifoid dan menghadiri Kursus Pengendali Makanan
- Setiap pemohon hanya layak memegang satu lesen penjaja

Keutamaan diberikan kepada pemohon berpendapatan rendah, ibu tunggal dan Orang Kurang Upaya yang berdaftar.
"""),
("Dokumen Permohonan", """
- Borang Permohonan Lesen Penjaja (Borang MDM-PJ1)
- Salinan MyKad
- Dua keping gambar berukuran pasport
- Kad suntikan tifoid (penjaja makanan)

Pemohon baharu perlu hadir sendiri untuk sesi taklimat ringkas tentang peraturan pasar malam, kebersihan tapak dan tanggungjawab penjaja sebelum lesen dikeluarkan.
"""),
("Kadar Fi Lesen Dan Sewa Tapak", """
| Perkara | Kadar |
|---|---|
| Lesen penjaja statik (setahun) | RM60.00 |
| Lesen penjaja bergerak (setahun) | RM80.00 |
| Sewa tapak pasar malam (setiap malam) | RM5.00 |
| Lesen penjaja sementara (sebulan) | RM25.00 |
| Penggantian lesen hilang | RM10.00 |
"""),
("Lokasi Dan Jadual Pasar Malam", """
Pasar Malam Bandar Machang beroperasi setiap malam Khamis di Jalan Pasir Puteh Lama, dari 5.00 petang hingga 11.00 malam. Pasar Minggu Labok diadakan setiap pagi Jumaat dari 7.00 pagi hingga 12.00 tengah hari. Tapak diagihkan mengikut nombor petak yang tertera pada lesen.

Penjaja mesti membersihkan tapak dan membawa keluar sampah selepas tamat berniaga. Kenderaan penjaja tidak dibenarkan diletakkan di laluan pejalan kaki sepanjang tempoh pasar malam.
"""),
("Proses Dan Tempoh Kelulusan", """
Permohonan diserahkan di Kaunter Pelesenan dan diputuskan dalam tempoh 10 hari bekerja. Pemohon yang berjaya perlu menjelaskan fi dan mengambil lesen dalam tempoh 14 hari dari surat kelulusan.

Pemohon yang ditolak boleh memohon semula selepas 3 bulan dengan dokumen yang dilengkapkan. Surat kelulusan dihantar melalui pos atau boleh diambil sendiri di kaunter.
"""),
("Pembaharuan Dan Tindakan Penguatkuasaan", """
Lesen tahunan mesti diperbaharui sebelum 31 Januari setiap tahun. Pembaharuan lewat dikenakan denda RM20.00 sebulan. Menjaja tanpa lesen boleh dikenakan kompaun sehingga RM300.00 dan barangan boleh disita.
"""),
("Permohonan Secara Atas Talian", """
Permohonan baharu dan pembaharuan boleh dibuat melalui portal ePenjaja Machang di https://epenjaja.mdmachang.example.invalid. Tapak pasar malam yang kosong juga dipaparkan di portal tersebut.

Pemohon memilih tapak yang dikehendaki, memuat naik dokumen dan menjelaskan fi melalui FPX. Lesen digital boleh ditunjukkan melalui telefon bimbit semasa pemeriksaan.
"""),
("Soalan Lazim Penjaja", """
### Bolehkah saya menggaji pembantu di gerai?

Boleh, maksimum 2 orang pembantu warganegara Malaysia.

### Adakah lesen penjaja sah di jajahan lain?

Tidak. Lesen hanya sah dalam kawasan Majlis Daerah Machang.

### Bolehkah saya bertukar petak di pasar malam?

Boleh, dengan mengisi borang pertukaran tapak di kaunter.
"""),
("Kaunter Pelesenan Machang", """
Kaunter Pelesenan, Majlis Daerah Machang dibuka Ahad hingga Khamis, 8.00 pagi hingga 4.00 petang. Telefon: 09-975 1320. E-mel: penjaja@mdmachang.example.invalid.

""" + END),
 ]),

dict(
 id="my/machang/kompaun-dan-rayuan.md", fmt="md",
 title="Bayaran Kompaun dan Rayuan Kompaun Majlis Daerah Machang",
 region="Machang, Kelantan", agency="Majlis Daerah Machang",
 source="https://mdmachang.example.invalid/perkhidmatan/kompaun",
 updated="2026-01-14",
 sections=[
("Mengenai Kompaun Majlis", """
Kompaun ialah tawaran untuk menyelesaikan sesuatu kesalahan di bawah undang-undang kecil Majlis Daerah Machang tanpa dibawa ke mahkamah. Notis kompaun dikeluarkan oleh pegawai penguatkuasa dan diletakkan pada kenderaan atau diserahkan kepada pesalah.

Kompaun yang dikeluarkan tidak menjejaskan rekod jenayah pesalah jika dijelaskan dalam tempoh yang ditetapkan. Setiap notis mengandungi nombor siri, tarikh, masa, lokasi kesalahan dan nama pegawai yang mengeluarkannya.
"""),
("Kesalahan Lazim Dan Amaun", """
| Kesalahan | Amaun kompaun |
|---|---|
| Meletak kenderaan tanpa kupon atau bayaran parkir | RM30.00 |
| Meletak kenderaan di petak OKU tanpa kelayakan | RM150.00 |
| Meletak kenderaan menghalang lalu lintas | RM50.00 |
| Membuang sampah di tempat awam | RM250.00 |
| Memasang iklan tanpa permit | RM200.00 |
"""),
("Potongan Bagi Bayaran Segera", """
Kompaun letak kenderaan yang dijelaskan dalam tempoh 7 hari dari tarikh notis menerima potongan 50%. Selepas 7 hari, amaun penuh dikenakan.

Potongan ini tidak terpakai bagi kesalahan membuang sampah dan memasang iklan tanpa permit, yang mesti dijelaskan pada amaun penuh. Potongan juga tidak diberikan bagi kompaun yang sedang dalam proses rayuan.
"""),
("Saluran Menjelaskan Kompaun", """
- Kaunter Bayaran, Majlis Daerah Machang, Jalan Bakar Bata, 18500 Machang
- Aplikasi Machang Smart Parking
- Portal eKompaun di https://ekompaun.mdmachang.example.invalid
- Kiosk bayaran di Bazar Machang

Nombor notis kompaun diperlukan untuk semua bayaran.

Bayaran di kiosk hanya menerima kad debit dan kad kredit. Resit bayaran hendaklah disimpan sekurang-kurangnya 6 bulan sebagai bukti sekiranya berlaku pertikaian.
"""),
("Tempoh Sebelum Tindakan Mahkamah", """
Kompaun mesti dijelaskan dalam tempoh 60 hari dari tarikh notis. Kompaun yang tidak dijelaskan akan dirujuk ke Mahkamah Majistret Machang dan pesalah boleh didenda sehingga RM2,000.00.

Majlis akan menghantar notis peringatan ke alamat pemilik kenderaan berdaftar sebelum kes dirujuk ke mahkamah.
"""),
("Cara Mengemukakan Rayuan", """
Rayuan untuk pengurangan atau pembatalan kompaun dibuat menggunakan Borang Rayuan Kompaun MDM-R02 dalam tempoh 14 hari dari tarikh notis. Sertakan salinan notis kompaun dan bukti sokongan seperti gambar atau resit parkir. Rayuan boleh diserahkan di kaunter atau melalui portal eKompaun.

Alasan yang biasa dipertimbangkan termasuk kecemasan perubatan, kerosakan kenderaan dan kesilapan maklumat pada notis. Rayuan yang dihantar selepas tempoh tersebut tidak akan dilayan.
"""),
("Keputusan Rayuan", """
Keputusan rayuan dimaklumkan secara bertulis dalam tempoh 21 hari bekerja. Sepanjang rayuan diproses, tempoh 60 hari untuk membayar ditangguhkan. Keputusan jawatankuasa rayuan adalah muktamad.

Jika rayuan diluluskan sebahagian, pesalah perlu menjelaskan baki amaun yang ditetapkan dalam tempoh 14 hari dari tarikh surat keputusan.
"""),
("Saman Yang Bukan Dikeluarkan Oleh Majlis", """
Halaman ini tidak meliputi saman trafik yang dikeluarkan oleh Polis Diraja Malaysia (PDRM) atau Jabatan Pengangkutan Jalan (JPJ). Saman tersebut perlu disemak dan dibayar melalui saluran agensi berkenaan.

Kompaun yang dikeluarkan oleh Jabatan Kesihatan Jajahan Machang bagi kesalahan kebersihan premis makanan juga tidak dibayar di kaunter majlis.
"""),
("Soalan Lazim Kompaun", """
### Notis kompaun pada kereta saya hilang, bagaimana?

Semak kompaun menggunakan nombor pendaftaran kenderaan di portal eKompaun.

### Adakah kompaun boleh dibayar secara ansuran?

Tidak. Kompaun mesti dijelaskan sepenuhnya.

### Bolehkah saya merayu selepas membayar?

Tidak. Bayaran dianggap sebagai pengakuan dan penyelesaian kesalahan.
"""),
("Unit Penguatkuasaan Dan Kaunter", """
Kaunter Bayaran dibuka Ahad hingga Khamis, 8.00 pagi hingga 4.30 petang. Unit Penguatkuasaan: 09-975 1344. E-mel: kompaun@mdmachang.example.invalid.

""" + END),
 ]),

dict(
 id="my/machang/pelan-bangunan-ubah-suai.md", fmt="md",
 title="Kelulusan Pelan Bangunan dan Permit Ubah Suai di Machang",
 region="Machang, Kelantan", agency="Majlis Daerah Machang",
 source="https://mdmachang.example.invalid/perkhidmatan/pelan-bangunan",
 updated="2026-03-02",
 sections=[
("Tujuan Halaman", """
Halaman ini menerangkan cara memohon kelulusan pelan bangunan baharu dan permit ubah suai kecil bagi rumah dan premis dalam kawasan Majlis Daerah Machang, termasuk Bandar Machang, Labok, Pulai Chondong dan Temangan.
"""),
("Bila Kelulusan Diperlukan", """
Kelulusan pelan bangunan diperlukan bagi membina bangunan baharu atau menambah ruang lantai. Permit ubah suai kecil diperlukan bagi kerja seperti membina anjung, pagar, bumbung tambahan atau menukar susun atur dalaman yang melibatkan dinding. Kerja mengecat dan menukar jubin lantai tidak memerlukan permit.
"""),
("Dokumen Yang Perlu Dikemukakan", """
- Borang Permohonan Pelan Bangunan (Borang MDM-PB1) atau Borang Permit Ubah Suai (Borang MDM-US2)
- Lima salinan pelan yang ditandatangani oleh arkitek atau pelukis pelan berdaftar
- Salinan geran tanah dan resit cukai tanah tahun semasa
- Salinan resit cukai taksiran terkini
- Surat persetujuan jiran bagi kerja yang bersempadan dengan rumah jiran
"""),
("Aliran Permohonan", """
Permohonan dikemukakan di Jabatan Kejuruteraan. Pegawai akan menyemak kelengkapan dokumen, membuat lawatan tapak dan mendapatkan ulasan agensi teknikal seperti Bomba dan Tenaga Nasional jika perlu. Keputusan dikeluarkan secara bertulis.

Pemohon akan dimaklumkan tarikh lawatan tapak melalui telefon. Pemilik atau wakil perlu berada di tapak semasa lawatan untuk memberi penjelasan tentang kerja yang dicadangkan.
"""),
("Fi Pemprosesan Pelan", """
| Jenis permohonan | Fi |
|---|---|
| Pelan bangunan kediaman | RM2.00 bagi setiap meter persegi |
| Pelan bangunan komersial | RM4.00 bagi setiap meter persegi |
| Permit ubah suai kecil | RM100.00 |
| Permit pagar dan pintu pagar | RM50.00 |
| Salinan pelan yang diluluskan | RM20.00 setiap helai |

Fi minimum bagi pelan bangunan ialah RM200.00.
"""),
("Tempoh Kelulusan", """
Permit ubah suai kecil diputuskan dalam 14 hari bekerja. Pelan bangunan baharu diputuskan dalam 45 hari bekerja dari tarikh dokumen lengkap diterima. Kelulusan sah selama 2 tahun; kerja mesti bermula dalam tempoh tersebut.
"""),
("Kerja Tanpa Kelulusan", """
Membina atau mengubah suai tanpa kelulusan boleh dikenakan denda sehingga RM10,000.00 dan notis merobohkan bangunan tambahan dalam tempoh 30 hari.

Majlis juga boleh mengarahkan kerja dihentikan serta-merta dan menyita peralatan di tapak. Pemilik yang ingin memutihkan kerja yang telah siap perlu mengemukakan pelan bersama fi tambahan.
"""),
("Permohonan Secara Digital", """
Pelukis pelan berdaftar boleh mengemukakan pelan secara digital melalui portal ePelan Machang di https://epelan.mdmachang.example.invalid. Pemilik rumah boleh menyemak status permohonan menggunakan nombor rujukan.
"""),
("Perkara Di Luar Bidang Majlis", """
Halaman ini tidak meliputi permohonan tukar syarat tanah, pecah sempadan atau pecah lot, yang diuruskan oleh Pejabat Tanah dan Jajahan Machang. Sijil Perakuan Siap dan Pematuhan (CCC) dikeluarkan oleh profesional yang dilantik, bukan oleh majlis.
"""),
("Pertanyaan Umum", """
### Perlukah saya permit untuk membina bumbung kereta (car porch)?

Ya. Ia tergolong dalam permit ubah suai kecil.

### Bolehkah saya melukis pelan sendiri?

Permit ubah suai kecil boleh menggunakan lakaran tangan berskala; pelan bangunan baharu mesti disediakan oleh pelukis pelan berdaftar.

### Adakah rumah di atas tanah wakaf boleh dipohon?

Boleh, dengan surat kebenaran daripada Majlis Agama Islam Kelantan.
"""),
("Jabatan Kejuruteraan", """
Jabatan Kejuruteraan dibuka Ahad hingga Khamis, 8.00 pagi hingga 4.00 petang. Sesi khidmat nasihat setiap hari Rabu, 9.00 pagi hingga 12.00 tengah hari. Telefon: 09-975 1361. E-mel: kejuruteraan@mdmachang.example.invalid.

""" + END),
 ]),
]
