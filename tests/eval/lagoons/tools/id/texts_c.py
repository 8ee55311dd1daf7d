"""Texts of the Kota Sibolga and national pages (data). Every figure here is invented."""
from texts_a import END

DOCS = {}

DOCS["id/sibolga/akta-kelahiran.md"] = dict(
    fmt="md",
    title="Penerbitan Akta Kelahiran di Kota Sibolga",
    region="Kota Sibolga, Sumatera Utara",
    agency="Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga",
    source="https://disdukcapil.sibolgakota.example.invalid/layanan/akta-kelahiran",
    updated="2026-01-09",
    sections=[
("Dasar Layanan", """Setiap kelahiran penduduk wajib dilaporkan dan dicatat oleh Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Sibolga. Akta kelahiran menjadi bukti sah identitas anak dan diperlukan untuk sekolah, BPJS Kesehatan, dan paspor.

Halaman ini tidak mencakup pencatatan akta kematian, perkawinan, maupun perceraian; masing-masing dijelaskan pada halaman layanan tersendiri."""),
("Dokumen Persyaratan", """- Surat keterangan lahir dari rumah sakit, puskesmas, bidan, atau kepala lingkungan;
- fotokopi Kartu Keluarga tempat anak akan didaftarkan;
- fotokopi KTP-el kedua orang tua;
- fotokopi buku nikah atau akta perkawinan orang tua;
- formulir F-2.01 yang ditandatangani pelapor;
- bila tidak ada buku nikah, Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)."""),
("Prosedur Permohonan", """1. Pelapor menyerahkan berkas di loket Disdukcapil, di kantor kecamatan, atau secara daring.
2. Petugas memverifikasi data dan mencocokkannya dengan database kependudukan.
3. Akta kelahiran diterbitkan bersama Kartu Keluarga yang telah memuat nama anak.
4. Dokumen dapat dicetak sendiri di rumah pada kertas HVS A4 80 gram."""),
("Biaya Layanan", """Seluruh layanan akta kelahiran tidak dipungut biaya. Setiap pungutan oleh oknum merupakan pungutan liar dan dapat dilaporkan."""),
("Batas Waktu Pelaporan", """Kelahiran dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan yang melewati batas tersebut tetap dilayani dengan melampirkan surat pernyataan keterlambatan, tanpa denda."""),
("Lama Penerbitan", """Jika berkas lengkap dan data sesuai, akta kelahiran selesai dalam 1 hari kerja untuk pengajuan di loket dan paling lama 3 hari kerja untuk pengajuan daring."""),
("Lokasi dan Jam Pelayanan", """| Tempat | Hari | Jam |
|---|---|---|
| Kantor Disdukcapil | Senin–Jumat | 08.00–15.00 WIB |
| Kantor Camat Sibolga Utara, Sibolga Kota, Sibolga Selatan, Sibolga Sambas | Selasa dan Kamis | 09.00–12.00 WIB |
| RSUD Dr. F.L. Tobing (bayi baru lahir) | Senin–Sabtu | 08.00–13.00 WIB |"""),
("Pengajuan Secara Daring", """Permohonan dapat diajukan melalui aplikasi Sibolga Dukcapil Online (SIDOLIN) dengan mengunggah hasil pindai dokumen asli. Akta dalam bentuk PDF dikirim ke alamat surel pemohon setelah ditandatangani secara elektronik."""),
("Pertanyaan dari Warga", """### Apakah akta bisa diurus oleh kakek atau nenek?
Bisa, pelapor boleh anggota keluarga lain dengan membawa KTP-el pelapor.

### Anak lahir di Medan, tetapi KK kami di Sibolga. Di mana mengurusnya?
Boleh di Disdukcapil Kota Sibolga sesuai domisili Kartu Keluarga.

### Ada salah ketik nama di akta, bagaimana?
Ajukan pembetulan akta dengan membawa akta asli dan dokumen pendukung; prosesnya 5 hari kerja."""),
("Hubungi Disdukcapil", """Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga, Jl. Sisingamangaraja No. 30, Sibolga Kota.
Telepon: (0631) 21 6450
WhatsApp: 0813 7044 2190
Surel: akta@disdukcapil.sibolgakota.example.invalid

""" + END),
    ])

DOCS["id/sibolga/lampu-jalan-pju.md"] = dict(
    fmt="md",
    title="Pengaduan dan Pemasangan Penerangan Jalan Umum (PJU) Kota Sibolga",
    region="Kota Sibolga, Sumatera Utara",
    agency="Dinas Perhubungan Kota Sibolga",
    source="https://dishub.sibolgakota.example.invalid/layanan/pju",
    updated="2026-02-24",
    sections=[
("Penjelasan Singkat", """Dinas Perhubungan Kota Sibolga memelihara lampu Penerangan Jalan Umum (PJU) di jalan kota dan jalan lingkungan di Kecamatan Sibolga Utara, Sibolga Kota, Sibolga Selatan dan Sibolga Sambas. Warga dapat melaporkan lampu yang padam, tiang yang miring atau kabel yang terkelupas, serta mengusulkan titik lampu baru.

Lampu di jalan nasional lintas Sibolga–Tarutung dan jalan provinsi bukan kewenangan dinas ini; laporannya diteruskan ke balai jalan terkait. Gangguan listrik ke rumah warga juga tidak ditangani di sini, melainkan oleh PLN."""),
("Apa Saja yang Dapat Dilaporkan", """- lampu PJU mati atau berkedip;
- lampu menyala pada siang hari;
- tiang PJU roboh, miring atau berkarat;
- kabel PJU terbuka yang membahayakan;
- pencurian lampu atau kabel PJU."""),
("Langkah Pelaporan", """1. Catat nomor tiang yang tertera pada stiker di tiang PJU, bila ada.
2. Ambil foto lokasi dan sebutkan patokan terdekat.
3. Kirim laporan melalui aplikasi, WhatsApp, atau datang ke kantor.
4. Pelapor menerima nomor tiket untuk memantau perbaikan."""),
("Biaya", """Pelaporan dan perbaikan PJU di jalan kota tidak dipungut biaya.

| Jenis permohonan | Biaya |
|---|---|
| Laporan lampu padam | Gratis |
| Usulan titik PJU baru di jalan kota | Gratis, sesuai anggaran |
| Pemindahan tiang atas permintaan pribadi | Rp1.500.000 per tiang |
| Sewa lampu sorot untuk acara | Rp200.000 per malam |"""),
("Target Waktu Perbaikan", """Lampu padam diperbaiki paling lambat 3 hari kerja setelah laporan diterima. Tiang roboh atau kabel terbuka yang membahayakan ditangani dalam 1x24 jam. Usulan titik lampu baru diverifikasi dalam 14 hari kerja dan dimasukkan ke rencana pemasangan tahun berikutnya."""),
("Usulan Titik Lampu Baru", """Usulan diajukan oleh kepala lingkungan atau lurah dengan melampirkan surat permohonan, denah lokasi, dan daftar tanda tangan paling sedikit 10 kepala keluarga di sekitar lokasi."""),
("Jam Layanan Kantor", """Loket pengaduan buka Senin sampai Jumat pukul 08.00–16.00 WIB. Laporan melalui WhatsApp diterima 24 jam dan ditindaklanjuti pada hari kerja, kecuali keadaan darurat."""),
("Larangan dan Sanksi", """Warga dilarang menyambung listrik dari jaringan PJU untuk kepentingan pribadi. Penyambungan liar dikenai denda Rp2.500.000 dan pemutusan sambungan, serta dapat diproses secara pidana. Merusak atau mencuri perlengkapan PJU akan dilaporkan ke kepolisian."""),
("Aplikasi Pengaduan", """Laporan dapat dikirim melalui aplikasi Terang Sibolga, yang menampilkan peta lampu padam dan status perbaikan setiap tiket."""),
("Pertanyaan Warga", """### Lampu di depan rumah saya dipasang sendiri, apakah akan diperbaiki dinas?
Tidak, lampu pribadi menjadi tanggung jawab pemiliknya.

### Berapa lama nomor tiket berlaku?
Nomor tiket tetap aktif sampai laporan dinyatakan selesai.

### Bisakah lampu diganti jenis LED?
Penggantian ke LED dilakukan bertahap oleh dinas di seluruh kota."""),
("Kontak Dinas", """Bidang Prasarana Dinas Perhubungan Kota Sibolga, Jl. Jenderal Ahmad Yani No. 14, Sibolga Kota.
Telepon: (0631) 22 3817
WhatsApp PJU: 0822 7650 1183
Surel: pju@dishub.sibolgakota.example.invalid

""" + END),
    ])

DOCS["id/sibolga/retribusi-pasar.html"] = dict(
    fmt="html",
    portal="Portal Resmi Dinas Perdagangan Kota Sibolga",
    title="Sewa Kios dan Retribusi Pasar Kota Sibolga",
    region="Kota Sibolga, Sumatera Utara",
    agency="Dinas Perdagangan Kota Sibolga",
    source="https://disdag.sibolgakota.example.invalid/layanan/retribusi-pasar",
    updated="2026-03-05",
    sections=[
("Layanan Pasar Daerah", """Dinas Perdagangan Kota Sibolga mengelola pasar milik pemerintah kota, antara lain Pasar Sibolga Nauli di Kecamatan Sibolga Kota dan Pasar Belakang. Pedagang dapat menyewa kios, los atau lapak, dan membayar retribusi pelayanan pasar.

Layanan ini tidak mencakup Tempat Pelelangan Ikan (TPI) dan pelabuhan perikanan; retribusi di sana dipungut oleh dinas yang membidangi perikanan."""),
("Ketentuan Calon Penyewa", """- Warga negara Indonesia dan memiliki KTP-el;
- memiliki Nomor Induk Berusaha (NIB) atau bersedia dibantu mengurusnya;
- tidak memiliki tunggakan retribusi di pasar mana pun milik pemerintah kota;
- menandatangani perjanjian sewa dan tata tertib pasar."""),
("Proses Permohonan Kios", """1. Ajukan formulir PS-03 di kantor UPTD Pasar.
2. Petugas memeriksa ketersediaan kios dan menunjukkan lokasinya.
3. Pemohon menandatangani perjanjian sewa dan membayar sewa di muka.
4. Kartu Izin Pemakaian Tempat diterbitkan sebagai bukti hak menempati."""),
("Besaran Sewa dan Retribusi", """| Jenis tempat | Tarif |
|---|---|
| Kios lantai dasar | Rp350.000 per bulan |
| Kios lantai atas | Rp200.000 per bulan |
| Los (meja terbuka) | Rp4.000 per hari |
| Lapak pelataran | Rp3.000 per hari |
| Kebersihan dan keamanan | Rp2.000 per hari |"""),
("Penerbitan Kartu Izin", """Kartu Izin Pemakaian Tempat diterbitkan paling lama 5 hari kerja setelah perjanjian ditandatangani. Kartu berlaku selama 3 tahun dan dapat diperpanjang."""),
("Jadwal Pembayaran", """Sewa kios dibayar paling lambat tanggal 10 setiap bulan. Retribusi harian los dan lapak ditagih oleh petugas setiap pagi dengan karcis resmi."""),
("Denda dan Pencabutan Izin", """Keterlambatan pembayaran sewa kios dikenakan denda 2% per bulan. Kios yang menunggak 3 bulan berturut-turut akan disegel, dan izin pemakaian dapat dicabut. Kios tidak boleh dipindahtangankan atau disewakan kembali kepada pihak lain."""),
("Jam Operasional", """Pasar buka setiap hari pukul 05.00–18.00 WIB. Kantor UPTD Pasar melayani administrasi Senin sampai Sabtu pukul 08.00–14.00 WIB."""),
("Pembayaran Nontunai", """Pedagang dapat membayar sewa dan retribusi melalui aplikasi Pasar Sibolga Digital atau memindai QRIS yang tertempel di setiap kios. Riwayat pembayaran dapat diunduh sebagai bukti."""),
("Tanya Jawab Pedagang", """### Bolehkah satu orang menyewa dua kios?
Boleh, paling banyak dua kios yang bersebelahan.

### Apakah kios bisa diwariskan?
Hak pemakaian dapat dialihkan kepada ahli waris dengan surat keterangan waris.

### Bagaimana melaporkan pungutan tanpa karcis?
Laporkan ke WhatsApp pengaduan UPTD Pasar."""),
("Kontak UPTD Pasar", """UPTD Pasar Dinas Perdagangan Kota Sibolga, Jl. Diponegoro No. 5, Sibolga Kota. Telepon (0631) 24 1190. WhatsApp pengaduan 0812 6322 8057. Surel pasar@disdag.sibolgakota.example.invalid.

""" + END),
    ])

DOCS["id/nasional/balik-nama-sertifikat.md"] = dict(
    fmt="md",
    title="Pendaftaran Peralihan Hak (Balik Nama Sertifikat Tanah)",
    region="Nasional",
    agency="Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    source="https://atrbpn.example.invalid/layanan/peralihan-hak",
    updated="2026-01-30",
    sections=[
("Pengertian Peralihan Hak", """Balik nama sertifikat adalah pendaftaran peralihan hak atas tanah dari pemilik lama kepada pemilik baru karena jual beli, hibah, tukar-menukar atau pewarisan. Pendaftaran dilakukan di Kantor Pertanahan kabupaten/kota tempat tanah berada, di bawah Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN).

Halaman ini tidak menjelaskan pemecahan atau penggabungan bidang tanah dan pengurusan sertifikat pertama kali melalui PTSL; layanan tersebut memiliki prosedur sendiri."""),
("Berkas yang Wajib Dilengkapi", """- Formulir permohonan yang ditandatangani pemohon atau kuasanya;
- sertifikat hak atas tanah asli;
- akta jual beli atau akta hibah dari PPAT, atau surat keterangan waris;
- fotokopi KTP-el dan KK para pihak;
- bukti pelunasan BPHTB dan PPh final;
- fotokopi SPPT PBB tahun berjalan."""),
("Tahapan Pendaftaran", """1. Para pihak menandatangani akta di hadapan PPAT.
2. PPAT menyampaikan akta dan berkas ke Kantor Pertanahan paling lambat 7 hari kerja setelah akta ditandatangani.
3. Petugas memeriksa berkas dan mencatat peralihan dalam buku tanah.
4. Nama pemilik baru dicantumkan pada sertifikat, atau diterbitkan sertifikat elektronik."""),
("Biaya Pendaftaran", """Biaya pendaftaran mengikuti rumus Penerimaan Negara Bukan Pajak (PNBP): nilai tanah dibagi 1.000, ditambah biaya pendaftaran Rp50.000.

| Contoh nilai tanah | PNBP |
|---|---|
| Rp100.000.000 | Rp150.000 |
| Rp250.000.000 | Rp300.000 |
| Rp500.000.000 | Rp550.000 |

Biaya ini belum termasuk honorarium PPAT dan pajak."""),
("Jangka Waktu Penyelesaian", """Pendaftaran peralihan hak diselesaikan dalam 5 hari kerja sejak berkas dinyatakan lengkap, tidak termasuk hari pengecekan sertifikat."""),
("Peralihan Karena Warisan", """Untuk warisan, ahli waris melampirkan akta kematian pewaris dan surat keterangan waris. Pendaftaran peralihan hak karena pewarisan dianjurkan paling lambat 6 bulan sejak pewaris meninggal dunia. Jika ahli waris lebih dari satu, semua nama dicantumkan kecuali ada akta pembagian hak bersama."""),
("Jam Layanan Kantor Pertanahan", """Loket Kantor Pertanahan buka Senin sampai Jumat pukul 08.00–15.00 waktu setempat. Beberapa kantor membuka layanan akhir pekan setiap Sabtu pukul 08.00–12.00 melalui program PELATARAN."""),
("Layanan Elektronik", """Status berkas dapat dipantau melalui aplikasi Sentuh Tanahku dengan memasukkan nomor berkas. Pembayaran PNBP dilakukan dengan Surat Perintah Setor yang dibayar di bank persepsi atau kantor pos."""),
("Pertanyaan Seputar Balik Nama", """### Apakah balik nama bisa dilakukan sendiri tanpa PPAT?
Untuk jual beli dan hibah tetap diperlukan akta PPAT; untuk warisan, ahli waris dapat mengajukan langsung.

### Sertifikat masih atas nama kakek, apa bisa langsung ke nama cucu?
Harus dicatat berurutan sesuai peristiwa pewarisan, namun dapat diajukan dalam satu permohonan.

### Apakah ada denda jika terlambat balik nama?
Tidak ada denda dari Kantor Pertanahan, namun keterlambatan berisiko menimbulkan sengketa."""),
("Informasi dan Pengaduan", """Hotline ATR/BPN: 0811 1068 0000
Surel: pengaduan@atrbpn.example.invalid
Pengaduan juga dapat disampaikan ke loket pengaduan di setiap Kantor Pertanahan.

""" + END),
    ])

DOCS["id/nasional/bpjs-ketenagakerjaan-bpu.md"] = dict(
    fmt="md",
    title="BPJS Ketenagakerjaan untuk Pekerja Bukan Penerima Upah (BPU)",
    region="Nasional",
    agency="BPJS Ketenagakerjaan",
    source="https://bpjsketenagakerjaan.example.invalid/peserta/bpu",
    updated="2026-02-12",
    sections=[
("Siapa Peserta BPU", """Peserta Bukan Penerima Upah (BPU) adalah pekerja yang berusaha sendiri atau bekerja tanpa pemberi kerja tetap, seperti pedagang, petani, nelayan, ojek daring, tukang dan pekerja lepas. BPJS Ketenagakerjaan memberikan perlindungan Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM), serta pilihan Jaminan Hari Tua (JHT).

Program ini tidak mencakup jaminan kesehatan atau berobat; layanan kesehatan diurus melalui BPJS Kesehatan."""),
("Syarat Mendaftar", """- Warga negara Indonesia atau asing yang bekerja di Indonesia paling singkat 6 bulan;
- berusia paling tinggi 65 tahun saat mendaftar;
- memiliki KTP-el dan nomor ponsel aktif;
- mengisi data pekerjaan dan penghasilan per bulan."""),
("Cara Pendaftaran", """1. Daftar melalui aplikasi, kantor cabang, atau mitra Perisai.
2. Pilih program dan besarnya penghasilan yang dilaporkan.
3. Bayar iuran pertama untuk mengaktifkan kepesertaan.
4. Kartu peserta digital terbit di aplikasi setelah pembayaran berhasil."""),
("Besaran Iuran Bulanan", """Iuran minimal paket JKK dan JKM adalah Rp16.800 per bulan, untuk penghasilan yang dilaporkan sampai Rp1.000.000.

| Program | Iuran |
|---|---|
| JKK | 1% dari penghasilan yang dilaporkan |
| JKM | Rp6.800 per bulan |
| JHT (pilihan) | 2% dari penghasilan yang dilaporkan |

Iuran dapat dibayar bulanan, triwulanan, atau sekaligus 12 bulan."""),
("Tenggat Iuran dan Status Kepesertaan", """Iuran dibayar paling lambat tanggal 15 setiap bulan. Peserta yang tidak membayar iuran lebih dari 3 bulan berturut-turut berstatus nonaktif, dan kecelakaan yang terjadi selama nonaktif tidak ditanggung sampai iuran dilunasi."""),
("Manfaat Kecelakaan Kerja dan Kematian", """JKK menanggung biaya perawatan akibat kecelakaan kerja tanpa batas biaya sesuai kebutuhan medis, termasuk kecelakaan dalam perjalanan berangkat dan pulang kerja. Ahli waris peserta yang meninggal bukan karena kecelakaan kerja menerima santunan JKM sebesar Rp42.000.000. Jika meninggal karena kecelakaan kerja, santunan diberikan 48 kali penghasilan yang dilaporkan."""),
("Pengajuan Klaim", """Klaim diajukan paling lambat 2 tahun sejak kejadian dengan melampirkan:

- kartu peserta dan KTP-el;
- surat keterangan kecelakaan atau akta kematian;
- Kartu Keluarga dan buku rekening ahli waris.

Klaim JKM dibayarkan paling lambat 3 hari kerja setelah berkas dinyatakan lengkap."""),
("Jam Layanan Kantor Cabang", """Kantor cabang melayani Senin sampai Jumat pukul 08.00–15.00 waktu setempat. Layanan konsultasi melalui telepon tersedia setiap hari pukul 07.00–22.00."""),
("Layanan Lewat Ponsel", """Pendaftaran, pembayaran iuran dan pengajuan klaim dapat dilakukan melalui aplikasi JMO (Jamsostek Mobile). Iuran juga dapat dibayar di minimarket, kantor pos, dan dompet digital."""),
("Pertanyaan Peserta", """### Bolehkah mendaftarkan orang tua yang berdagang?
Boleh, selama usianya belum melewati batas saat mendaftar.

### Saya pindah jadi karyawan, bagaimana kepesertaan BPU?
Kepesertaan dialihkan menjadi peserta penerima upah oleh perusahaan.

### Apakah iuran bisa dibayar oleh orang lain?
Bisa, cukup dengan nomor peserta atau NIK."""),
("Kontak BPJS Ketenagakerjaan", """Layanan pelanggan: 175
Surel: care@bpjsketenagakerjaan.example.invalid

""" + END),
    ])
