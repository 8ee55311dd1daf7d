"""Texts of the fjords-my documents (part A: Kota Marudu). Mini-markup per section body:
blank line = new paragraph; '- ' = bullet; '|' = table row (first row is the header);
'### ' = FAQ question (stays inside its section)."""

END = "Dokumen penilaian: angka, alamat dan waktu di halaman ini adalah rekaan."
NOTE = ("Dokumen penilaian (set fjords-my). Nama agensi dan tempat adalah benar; semua kadar, "
        "fi, tarikh akhir, tempoh proses, waktu operasi, alamat, nombor telefon, nombor borang "
        "serta nama portal dan aplikasi adalah rekaan.")

KM = dict(region="Kota Marudu, Sabah", agency="Majlis Daerah Kota Marudu")

DOCS_A = [
dict(id="my/kota-marudu/cukai-taksiran.md", fmt="md", updated="2026-02-02",
     source="https://mdkm.example.invalid/perkhidmatan/cukai-taksiran",
     title="Cukai Taksiran Pegangan di Kawasan Majlis Daerah Kota Marudu", **KM,
     sections=[
("Pengenalan", """Cukai taksiran dikenakan ke atas setiap pegangan yang berada dalam kawasan pentadbiran Majlis Daerah Kota Marudu, termasuk Pekan Kota Marudu, Tandek, Langkon dan Taritipan. Hasil kutipan digunakan untuk membiayai perkhidmatan perbandaran seperti lampu jalan, penyelenggaraan longkang, landskap dan kebersihan kawasan awam."""),
("Pihak Yang Bertanggungjawab Membayar", """Cukai taksiran wajib dibayar oleh pemilik berdaftar pegangan. Penyewa tidak bertanggungjawab terhadap cukai ini kecuali dinyatakan dalam perjanjian sewa mereka dengan pemilik.

Pemilik baharu hendaklah memaklumkan pertukaran hak milik kepada Majlis dalam tempoh 30 hari dari tarikh pindah milik dengan menggunakan Borang CT-3."""),
("Kadar Cukai Mengikut Jenis Pegangan", """Kadar dikira sebagai peratusan daripada nilai tahunan pegangan yang ditetapkan dalam senarai nilaian Majlis.

| Jenis pegangan | Kadar setahun |
|---|---|
| Kediaman | 4% daripada nilai tahunan |
| Kedai dan premis perniagaan | 8% daripada nilai tahunan |
| Industri dan gudang | 9% daripada nilai tahunan |
| Tanah kosong dalam kawasan Majlis | 2% daripada nilai tahunan |

Cukai minimum bagi setiap pegangan ialah RM30.00 setahun."""),
("Tarikh Akhir Bayaran", """Cukai taksiran boleh dibayar sekali gus atau dalam dua penggal. Bayaran penggal pertama mesti dijelaskan sebelum 28 Februari 2026, manakala bayaran penggal kedua mesti dijelaskan sebelum 31 Ogos 2026."""),
("Denda Lewat dan Tindakan Penguatkuasaan", """Bayaran yang diterima selepas tarikh akhir dikenakan denda lewat sebanyak 10% daripada amaun penggal yang tertunggak. Sekiranya tunggakan tidak dijelaskan dalam tempoh 60 hari selepas tarikh akhir, Majlis akan mengeluarkan Notis E dan boleh memohon waran tahanan ke atas harta alih di pegangan tersebut."""),
("Saluran Pembayaran", """Pembayaran boleh dibuat melalui kaedah berikut:

- kaunter Bahagian Hasil di ibu pejabat Majlis;
- portal eBayar MDKM menggunakan FPX atau kad debit;
- kiriman wang pos atas nama Majlis Daerah Kota Marudu.

Bayaran melalui portal akan dikemas kini dalam akaun pegangan dalam masa 3 hari bekerja."""),
("Rebat Warga Emas dan OKU", """Pemilik kediaman yang berumur 60 tahun ke atas atau pemegang kad OKU boleh memohon rebat 20% daripada cukai tahunan bagi satu pegangan kediaman yang didiami sendiri. Permohonan dibuat menggunakan Borang CT-7 dan mesti dihantar sebelum 31 Mac 2026 untuk tahun semasa."""),
("Pertukaran Nama dan Alamat Surat-Menyurat", """Pertukaran nama pemilik dalam rekod Majlis diproses dalam tempoh 14 hari bekerja selepas Borang CT-3 lengkap diterima bersama salinan geran atau surat perjanjian jual beli. Salinan penyata akaun pegangan boleh diperoleh dengan bayaran RM10.00 setiap salinan."""),
("Bantahan Terhadap Nilai Tahunan", """Pemilik yang tidak bersetuju dengan nilai tahunan dalam notis penilaian boleh mengemukakan bantahan bertulis dalam tempoh 30 hari dari tarikh notis. Bantahan akan didengar oleh Majlis dalam satu sesi pendengaran dan pemilik akan dimaklumkan tarikhnya secara bertulis."""),
("Perkara Di Luar Bidang Halaman Ini", """Halaman ini tidak meliputi cukai tanah (cukai petak). Cukai tanah di Sabah dibayar kepada Jabatan Tanah dan Ukur Sabah, bukan kepada Majlis Daerah Kota Marudu."""),
("Soalan Lazim", """### Adakah saya menerima bil setiap tahun?
Ya, bil dihantar ke alamat surat-menyurat yang didaftarkan pada bulan Januari setiap tahun.

### Bolehkah saya membayar bagi pihak ibu bapa saya?
Boleh. Sila nyatakan nombor akaun pegangan semasa membuat bayaran.

### Bagaimana jika bil tidak sampai?
Bil yang tidak diterima tidak menangguhkan tarikh akhir. Semak baki melalui portal eBayar MDKM."""),
("Hubungi Bahagian Hasil", """Bahagian Hasil, Majlis Daerah Kota Marudu, Jalan Pejabat Majlis, 89100 Kota Marudu, Sabah.

Telefon: 088-661234. E-mel: hasil@mdkm.example.invalid.

Waktu kaunter: Isnin hingga Khamis, 8.00 pagi hingga 4.30 petang; Jumaat, 8.00 pagi hingga 11.30 pagi dan 2.00 petang hingga 4.30 petang."""),
]),

dict(id="my/kota-marudu/lesen-perniagaan.pdf", fmt="pdf", updated="2026-01-19",
     source="https://mdkm.example.invalid/perkhidmatan/lesen-perniagaan.pdf",
     title="Lesen Perdagangan Premis Tetap Majlis Daerah Kota Marudu", **KM,
     sections=[
("Skop Lesen", """Lesen perdagangan diperlukan bagi setiap premis perniagaan tetap dalam kawasan Majlis Daerah Kota Marudu, seperti kedai runcit, kedai makan, bengkel kenderaan, salun dan kedai pakaian. Satu lesen dikeluarkan bagi satu premis."""),
("Syarat Pemohon", """- Warganegara Malaysia berumur 18 tahun ke atas.
- Perniagaan didaftarkan dengan Suruhanjaya Syarikat Malaysia (SSM).
- Premis mempunyai kelulusan penggunaan bangunan.
- Pengendali makanan telah menerima suntikan tifoid dan menghadiri kursus pengendalian makanan."""),
("Dokumen Yang Perlu Disertakan", """- Borang LP-1 yang lengkap diisi.
- Salinan MyKad pemohon dan sijil pendaftaran SSM.
- Salinan perjanjian sewa atau geran premis.
- Dua keping gambar premis (bahagian hadapan dan dalam)."""),
("Langkah Permohonan", """Pemohon menghantar Borang LP-1 bersama dokumen ke Unit Pelesenan. Pegawai akan menyemak dokumen dan menjadualkan pemeriksaan premis. Selepas permohonan diluluskan, pemohon dimaklumkan melalui SMS untuk membuat bayaran dan mengambil lesen."""),
("Fi Lesen Tahunan", """Kedai runcit: RM60.00 setahun
Restoran atau kedai makan: RM120.00 setahun
Bengkel kenderaan: RM150.00 setahun
Salun dan kedai gunting rambut: RM50.00 setahun
Fi pemprosesan yang tidak dikembalikan: RM20.00 bagi setiap permohonan"""),
("Tempoh Memproses Permohonan", """Permohonan lengkap yang tidak memerlukan ulasan jabatan lain diproses dalam tempoh 7 hari bekerja. Permohonan yang memerlukan ulasan Jabatan Bomba dan Penyelamat atau Pejabat Kesihatan Daerah mengambil masa sehingga 21 hari bekerja."""),
("Pembaharuan Lesen", """Semua lesen tamat pada 31 Disember setiap tahun. Lesen hendaklah diperbaharui sebelum 31 Januari tahun berikutnya. Pembaharuan selepas tarikh itu dikenakan surcaj 20% daripada fi lesen tahunan."""),
("Kesalahan dan Kompaun", """Menjalankan perniagaan tanpa lesen yang sah boleh dikenakan kompaun sehingga RM500 bagi setiap kesalahan. Majlis juga boleh menyita barang dagangan dan menutup premis sehingga lesen diperoleh."""),
("Permohonan Melalui Portal", """Permohonan baharu dan pembaharuan boleh dibuat melalui portal eLesen MDKM. Dokumen dimuat naik dalam format PDF dan bayaran dibuat melalui FPX. Lesen digital boleh dicetak sendiri setelah bayaran disahkan."""),
("Urusan Yang Tidak Termasuk", """Dokumen ini tidak meliputi lesen penjaja dan tapak tamu mingguan, yang diterangkan dalam halaman lesen penjaja Majlis. Lesen menjual minuman keras dikeluarkan oleh lembaga pelesenan yang berasingan dan tidak diuruskan oleh Unit Pelesenan."""),
("Soalan Lazim", """Perlukah saya lesen jika berniaga dari rumah secara dalam talian?
Perniagaan dalam talian tanpa premis untuk pelanggan tidak memerlukan lesen perdagangan premis.
Bolehkah lesen dipindahkan kepada pemilik baharu?
Tidak. Pemilik baharu perlu membuat permohonan baharu.
Adakah papan tanda kedai termasuk dalam lesen?
Tidak. Papan tanda memerlukan permit iklan yang berasingan."""),
("Maklumat Perhubungan", """Unit Pelesenan, Majlis Daerah Kota Marudu, Jalan Pejabat Majlis, 89100 Kota Marudu, Sabah.
Telefon: 088-661250. E-mel: lesen@mdkm.example.invalid.
Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang."""),
]),

dict(id="my/kota-marudu/sewa-dewan.html", fmt="html", updated="2026-03-05",
     source="https://mdkm.example.invalid/kemudahan/tempahan-dewan",
     title="Tempahan Dewan Serbaguna Majlis Daerah Kota Marudu", **KM,
     sections=[
("Dewan Yang Boleh Ditempah", """Majlis Daerah Kota Marudu menyediakan tiga dewan untuk disewa oleh orang awam: Dewan Serbaguna Pekan Kota Marudu (kapasiti 500 orang), Dewan Komuniti Tandek (kapasiti 250 orang) dan Dewan Komuniti Langkon (kapasiti 150 orang). Dewan boleh digunakan untuk majlis perkahwinan, kenduri, mesyuarat dan aktiviti kebudayaan."""),
("Kelayakan Penyewa", """Dewan boleh disewa oleh individu yang berumur 21 tahun ke atas, persatuan berdaftar, syarikat dan agensi kerajaan. Penyewa individu mesti mengemukakan salinan MyKad dan menandatangani akujanji penggunaan dewan."""),
("Kadar Sewa Dewan", """Kadar berikut adalah bagi satu hari penggunaan, dari 8.00 pagi hingga 11.00 malam.

| Dewan | Hari biasa | Hujung minggu dan cuti umum |
|---|---|---|
| Dewan Serbaguna Pekan Kota Marudu | RM350.00 | RM450.00 |
| Dewan Komuniti Tandek | RM200.00 | RM260.00 |
| Dewan Komuniti Langkon | RM150.00 | RM190.00 |

Caj penggunaan penyaman udara ialah RM40.00 sejam bagi Dewan Serbaguna sahaja."""),
("Wang Cagaran", """Setiap tempahan memerlukan wang cagaran sebanyak RM300.00 yang dibayar bersama sewa. Wang cagaran dikembalikan dalam tempoh 14 hari bekerja selepas pemeriksaan dewan, setelah ditolak kos kerosakan atau kerja pembersihan tambahan, jika ada."""),
("Cara Membuat Tempahan", """Tempahan boleh dibuat di kaunter Unit Kemudahan Awam atau melalui aplikasi Tempah MDKM. Tempahan dibuka paling awal 6 bulan sebelum tarikh majlis dan mesti dibuat selewat-lewatnya 14 hari sebelum tarikh penggunaan."""),
("Pengesahan Tempahan", """Tempahan disahkan dalam tempoh 3 hari bekerja selepas borang diterima. Sewa dan wang cagaran mesti dibayar penuh dalam tempoh 7 hari selepas pengesahan; tempahan yang tidak dibayar akan dibatalkan secara automatik."""),
("Pembatalan dan Pemulangan Wang", """Pembatalan yang dimaklumkan sekurang-kurangnya 30 hari sebelum tarikh penggunaan layak menerima pemulangan 80% daripada sewa. Pembatalan kurang daripada 30 hari tidak layak menerima pemulangan sewa, tetapi wang cagaran tetap dikembalikan."""),
("Syarat Penggunaan", """Penyewa dilarang memasak di dalam dewan, menampal hiasan pada dinding dengan paku dan membawa masuk minuman keras. Sistem bunyi mesti diperlahankan selepas 10.00 malam. Kunci dewan dipulangkan pada hari bekerja berikutnya sebelum 10.00 pagi."""),
("Perkhidmatan Yang Tidak Diuruskan Di Sini", """Halaman ini tidak meliputi tempahan padang bola dan gelanggang sukan. Tempahan kemudahan sukan di daerah ini diuruskan oleh Pejabat Belia dan Sukan Daerah Kota Marudu."""),
("Soalan Lazim", """### Bolehkah saya melihat dewan sebelum menempah?
Boleh, lawatan diatur bersama pegawai pada waktu pejabat.

### Adakah kerusi dan meja disediakan?
Ya, 300 kerusi dan 40 meja disediakan tanpa caj tambahan di Dewan Serbaguna.

### Bolehkah tempahan dipindahkan kepada orang lain?
Tidak, tempahan hanya sah atas nama penyewa asal."""),
("Hubungi Unit Kemudahan Awam", """Unit Kemudahan Awam, Majlis Daerah Kota Marudu, Jalan Pejabat Majlis, 89100 Kota Marudu, Sabah. Telefon: 088-661275. E-mel: dewan@mdkm.example.invalid. Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.00 petang."""),
]),

dict(id="my/kota-marudu/lesen-penjaja-tamu.md", fmt="md", updated="2026-02-20",
     source="https://mdkm.example.invalid/perkhidmatan/lesen-penjaja-tamu",
     title="Lesen Penjaja dan Tapak Tamu Mingguan Kota Marudu", **KM,
     sections=[
("Tentang Tamu Mingguan", """Tamu ialah pasar mingguan tradisional yang menjadi tempat penduduk kampung menjual hasil tani, kuih-muih, ikan dan kraf tangan. Majlis Daerah Kota Marudu mengendalikan dua tamu: Tamu Pekan Kota Marudu setiap hari Ahad dan Tamu Tandek setiap hari Khamis."""),
("Kelayakan Penjaja", """Lesen penjaja boleh dipohon oleh warganegara Malaysia berumur 18 tahun ke atas yang bermastautin di daerah Kota Marudu. Keutamaan diberikan kepada petani dan nelayan kecil yang menjual hasil sendiri. Setiap individu hanya boleh memegang satu lesen penjaja."""),
("Kategori Lesen Penjaja", """Majlis mengeluarkan tiga kategori lesen: lesen penjaja tamu (tapak bertanda di tamu mingguan), lesen penjaja bergerak (menggunakan motosikal atau kenderaan) dan lesen penjaja sementara untuk pesta atau karnival yang sah selama 7 hari."""),
("Bayaran Lesen dan Tapak", """| Perkara | Bayaran |
|---|---|
| Lesen penjaja tamu (setahun) | RM24.00 |
| Lesen penjaja bergerak (setahun) | RM48.00 |
| Lesen penjaja sementara (7 hari) | RM15.00 |
| Sewa tapak tamu (setiap hari tamu) | RM3.00 |
| Kad penjaja gantian | RM5.00 |

Sewa tapak dikutip oleh petugas Majlis di tapak pada setiap hari tamu."""),
("Waktu Operasi Tamu", """Tamu dibuka dari 6.00 pagi hingga 12.00 tengah hari. Penjaja boleh mula menyusun barang dari 5.00 pagi dan mesti mengosongkan serta membersihkan tapak selewat-lewatnya 1.00 petang."""),
("Prosedur Memohon", """Pemohon mengisi Borang PJ-2 di kaunter Unit Pelesenan dan menyertakan salinan MyKad serta sekeping gambar berukuran pasport. Pengendali makanan mesti menyertakan bukti suntikan tifoid. Pemohon yang layak akan diberikan nombor tapak dan kad penjaja."""),
("Tempoh Kelulusan", """Permohonan lesen penjaja tamu diproses dalam tempoh 5 hari bekerja. Lesen penjaja sementara untuk karnival mesti dipohon sekurang-kurangnya 10 hari sebelum acara bermula."""),
("Larangan dan Penalti", """Penjaja dilarang menjual di luar tapak yang ditetapkan, meninggalkan sampah dan menggunakan pembesar suara. Berniaga tanpa lesen penjaja boleh dikenakan kompaun sehingga RM250 dan barang jualan boleh disita. Lesen boleh dibatalkan jika penjaja tidak hadir selama 8 minggu berturut-turut tanpa makluman."""),
("Permohonan Dalam Talian", """Pembaharuan lesen penjaja boleh dibuat melalui portal eLesen MDKM. Permohonan kali pertama masih perlu dibuat di kaunter kerana pemohon perlu diambil gambar untuk kad penjaja."""),
("Di Luar Skop Lesen Penjaja", """Halaman ini tidak meliputi lesen perdagangan untuk kedai dan premis tetap. Sila rujuk halaman lesen perdagangan Majlis untuk premis tetap."""),
("Soalan Lazim", """### Bolehkah anak saya menggantikan saya di tapak?
Boleh, dengan syarat ahli keluarga itu didaftarkan sebagai pembantu dalam kad penjaja.

### Adakah tamu dibuka pada cuti umum?
Ya, kecuali pada hari pertama Hari Raya Aidilfitri dan Hari Krismas.

### Bolehkah saya memilih nombor tapak?
Tapak diagihkan mengikut kategori barangan dan kekosongan."""),
("Untuk Pertanyaan", """Unit Pelesenan, Majlis Daerah Kota Marudu, 89100 Kota Marudu, Sabah. Telefon: 088-661252. E-mel: penjaja@mdkm.example.invalid. Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang."""),
]),
]
