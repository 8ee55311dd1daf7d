"""Further paragraphs appended to sections (data), to bring each page to its length."""
EXTRA = {
"id/metro/retribusi-sampah.md": {
 "Siapa yang Wajib Membayar": "Pemilik bangunan yang disewakan bertanggung jawab memastikan penyewanya terdaftar. Apabila penyewa tidak membayar, tagihan dialihkan kepada pemilik bangunan sesuai data pada Nomor Pelanggan Retribusi.",
 "Layanan Daring": "Warga yang belum memiliki ponsel pintar dapat meminta bantuan petugas kelurahan untuk mendaftar dan memeriksa tagihan. Data pelanggan dilindungi dan hanya dipakai untuk keperluan penagihan dan pelayanan.",
},
"id/metro/sedot-tinja.pdf": {
 "Syarat Pemesanan": "Bila truk tidak dapat masuk ke gang, petugas memakai selang tambahan dari jalan terdekat.\nPemohon diminta membuka penutup tangki septik sebelum petugas tiba di lokasi.\nPenghuni rumah sewa dapat memesan sendiri tanpa surat dari pemilik rumah.",
 "Jadwal Operasional": "Pesanan yang masuk setelah pukul 20.00 WIB dicatat sebagai pesanan hari berikutnya.\nJadwal penyedotan untuk kawasan pasar dan pertokoan diatur pada pagi hari agar lalu lintas lancar.",
 "Lama Tunggu Layanan": "Waktu tunggu dapat lebih lama pada musim hujan karena permintaan meningkat.\nPetugas akan memberi kabar melalui pesan singkat bila jadwal harus digeser.",
 "Pemesanan Daring": "Setelah penyedotan selesai, pemohon dapat memberi penilaian atas pelayanan petugas.\nRiwayat penyedotan tersimpan di akun sehingga warga tahu kapan tangki perlu disedot lagi.",
},
"id/metro/kartu-kuning-ak1.md": {
 "Keterangan Umum": "Data pencari kerja yang terdaftar juga dipakai dinas untuk menyalurkan informasi lowongan, bursa kerja, dan program pemagangan kepada warga yang sesuai dengan pendidikan dan keahliannya.",
 "Alur Pengurusan": "Pemohon wajib datang sendiri saat verifikasi pertama karena petugas mencocokkan wajah dengan foto pada KTP-el. Pengambilan kartu berikutnya boleh diwakilkan.",
 "Masa Berlaku dan Lapor Ulang": "Lapor ulang dapat dilakukan di loket maupun melalui portal daring dengan mengunggah foto kartu dan mengisi status terakhir, misalnya masih mencari kerja, sedang mengikuti pelatihan, atau sudah bekerja.",
},
"id/metro/uji-kir.html": {
 "Kendaraan yang Wajib Diuji": "Pemilik kendaraan yang memindahkan kendaraannya dari daerah lain ke Kota Metro wajib melakukan mutasi uji dengan membawa berkas dari unit pengujian asal. Kendaraan yang telah dimodifikasi bentuk atau dimensinya tidak dapat lulus uji sebelum dikembalikan sesuai SRUT.",
 "Lama Proses": "Pada awal bulan antrean biasanya lebih panjang, sehingga pemilik kendaraan disarankan datang pagi atau mengambil antrean daring lebih dulu.",
},
"id/banjar/pbb-p2.md": {
 "Jadwal Penerimaan SPPT": "Wajib pajak diminta memeriksa nama, alamat objek, luas tanah dan luas bangunan yang tercantum. Kesalahan data sebaiknya segera dilaporkan agar dapat dibetulkan sebelum jatuh tempo.",
 "Layanan Online": "Bukti bayar elektronik yang diunduh dari aplikasi berlaku sah sebagai tanda lunas, termasuk untuk keperluan jual beli tanah, pengajuan kredit, dan pengurusan izin bangunan.",
},
"id/banjar/sambungan-air-pdam.docx": {
 "Maksud Layanan": "Wilayah pelayanan meliputi sebagian besar Kecamatan Banjar, Purwaharja dan Pataruman, serta sebagian Kecamatan Langensari. Calon pelanggan dapat menanyakan ketersediaan jaringan sebelum mendaftar.",
 "Proses Pendaftaran": "Apabila jaringan belum tersedia, permohonan dicatat dalam daftar tunggu dan pemohon dihubungi kembali setelah pipa distribusi dibangun di wilayahnya.",
 "Jam Pelayanan Kantor": "Pada bulan Ramadan jam pelayanan kantor disesuaikan dan diumumkan melalui media sosial resmi perusahaan serta papan pengumuman di kantor pelayanan.",
 "Waktu Pemasangan": "Pemohon atau perwakilannya harus berada di lokasi saat pemasangan untuk menunjukkan titik meter. Setelah pemasangan, pelanggan menerima nomor sambungan yang dipakai untuk membayar rekening.",
},
"id/banjar/ambulans-gratis.md": {
 "Siapa yang Dapat Dilayani": "Layanan juga dapat dipakai ibu hamil yang akan melahirkan, lansia yang sulit berjalan, dan penyandang disabilitas yang perlu kontrol rutin ke fasilitas kesehatan. Petugas ambulans terdiri atas pengemudi terlatih dan perawat.",
 "Cara Memanggil Ambulans": "Jangan menutup telepon sebelum petugas selesai mencatat. Bila pasien tidak sadar atau mengalami perdarahan hebat, ikuti petunjuk pertolongan pertama yang diberikan petugas melalui telepon sambil menunggu ambulans tiba.",
 "Ketentuan Penggunaan": "Ambulans mengantar pasien ke fasilitas kesehatan terdekat yang sesuai kondisi pasien. Permintaan keluarga untuk dibawa ke rumah sakit tertentu dipertimbangkan selama tidak membahayakan pasien.",
},
"id/sibolga/akta-kelahiran.md": {
 "Dasar Layanan": "Anak yang lahir dari orang tua warga Kota Sibolga di luar negeri dicatat terlebih dahulu di perwakilan Republik Indonesia, lalu dilaporkan kembali ke Disdukcapil setelah kembali ke tanah air.",
 "Prosedur Permohonan": "Pelapor yang mengajukan di kantor kecamatan akan menerima akta melalui kecamatan yang sama. Petugas dapat meminta dokumen asli untuk dicocokkan apabila terdapat perbedaan data.",
 "Pengajuan Secara Daring": "Pemohon wajib memastikan alamat surel dan nomor ponsel yang didaftarkan masih aktif, karena pemberitahuan kekurangan berkas dikirim melalui kedua kanal tersebut. Berkas yang tidak dilengkapi dalam 7 hari dianggap batal.",
},
"id/sibolga/lampu-jalan-pju.md": {
 "Langkah Pelaporan": "Laporan yang lengkap dengan foto dan nomor tiang dapat ditangani lebih cepat karena petugas tidak perlu mencari lokasi.",
 "Usulan Titik Lampu Baru": "Prioritas pemasangan diberikan pada jalan yang rawan kecelakaan atau kejahatan, jalan menuju sekolah dan rumah ibadah, serta kawasan permukiman yang belum memiliki penerangan sama sekali.",
},
"id/sibolga/retribusi-pasar.html": {
 "Ketentuan Calon Penyewa": "Apabila peminat lebih banyak dari kios yang tersedia, penetapan penyewa dilakukan melalui undian terbuka yang disaksikan perwakilan pedagang. Pedagang lama yang terdampak renovasi pasar mendapat prioritas.",
 "Jadwal Pembayaran": "Pedagang yang membayar sewa kios untuk 6 bulan sekaligus tetap wajib membayar retribusi kebersihan dan keamanan harian. Simpan karcis atau bukti bayar sebagai bukti bila terjadi selisih tagihan.",
 "Pembayaran Nontunai": "Pembayaran nontunai dianjurkan untuk mengurangi peredaran uang tunai di pasar dan mencegah pungutan yang tidak resmi oleh pihak yang tidak berwenang.",
 "Jam Operasional": "Bongkar muat barang hanya diperbolehkan sebelum pukul 08.00 WIB dan setelah pukul 16.00 WIB agar jalan di sekitar pasar tidak macet.",
},
"id/nasional/balik-nama-sertifikat.md": {
 "Tahapan Pendaftaran": "Sebelum akta dibuat, PPAT melakukan pengecekan sertifikat ke Kantor Pertanahan untuk memastikan sertifikat tidak sedang diblokir, disita, atau menjadi objek sengketa. Pembeli disarankan ikut memeriksa hasil pengecekan tersebut.",
 "Layanan Elektronik": "Sertifikat elektronik dapat diunduh oleh pemilik melalui akun yang sama. Pemilik wajib menjaga kerahasiaan akun dan segera melapor bila menemukan perubahan data yang tidak dikenal.",
},
"id/nasional/bpjs-ketenagakerjaan-bpu.md": {
 "Cara Pendaftaran": "Mitra Perisai adalah agen resmi di lingkungan warga yang membantu pendaftaran dan penagihan iuran. Peserta dapat meminta bukti pembayaran resmi dari mitra setiap kali membayar iuran.",
 "Layanan Lewat Ponsel": "Melalui aplikasi, peserta juga dapat melihat riwayat iuran, mengunduh kartu peserta, dan memperbarui data ahli waris. Pastikan data ahli waris selalu sesuai Kartu Keluarga agar klaim tidak tertunda.",
},
}

EXTRA2 = {
"id/metro/retribusi-sampah.md": {"Tata Cara dan Tenggat Pembayaran": "Simpan bukti bayar setiap bulan. Bukti tersebut diperlukan bila terjadi perbedaan data tagihan, ketika mengajukan keringanan, atau saat mengurus surat keterangan dari kelurahan."},
"id/metro/sedot-tinja.pdf": {"Tarif Retribusi Penyedotan": "Tarif sudah termasuk biaya pengolahan lumpur tinja di IPLT.\nPembayaran dilakukan setelah penyedotan selesai, secara tunai atau melalui QRIS."},
"id/metro/kartu-kuning-ak1.md": {"Biaya": "Fotokopi berkas dan pas foto disiapkan sendiri oleh pemohon. Dinas tidak menyediakan jasa foto maupun fotokopi di kantor pelayanan, sehingga pemohon dianjurkan membawa berkas yang sudah lengkap dari rumah.", "Waktu Penyelesaian": "Antrean paling padat biasanya terjadi pada awal pekan dan menjelang pembukaan penerimaan calon pegawai, sehingga pemohon dianjurkan datang pada pagi hari."},
"id/metro/uji-kir.html": {"Antrean Daring": "Pemilik yang datang tanpa kode booking tetap dilayani melalui antrean langsung di loket, sepanjang kuota harian belum habis. Kuota harian diumumkan di aplikasi setiap pagi."},
"id/banjar/ambulans-gratis.md": {"Waktu Respons": "Waktu tiba dapat lebih lama ketika hujan deras, banjir di sekitar Sungai Citanduy, atau saat seluruh armada sedang bertugas. Dalam keadaan itu, petugas akan meminta bantuan ambulans dari puskesmas terdekat.", "Kanal Digital": "Aplikasi juga menampilkan daftar puskesmas dan rumah sakit yang melayani gawat darurat 24 jam di Kota Banjar, lengkap dengan nomor teleponnya."},
"id/banjar/pbb-p2.md": {"Sanksi Administratif": "Sebelum Surat Paksa diterbitkan, wajib pajak lebih dulu menerima Surat Teguran. Wajib pajak yang kesulitan melunasi tunggakan dapat mengajukan pembayaran secara angsuran ke kantor BKD."},
"id/banjar/sambungan-air-pdam.docx": {"Tarif Pemakaian Air": "Tarif golongan lain, seperti niaga dan instansi pemerintah, diumumkan di kantor pelayanan dan di aplikasi perusahaan. Penyesuaian tarif diberitahukan kepada pelanggan paling lambat satu bulan sebelum berlaku."},
"id/sibolga/akta-kelahiran.md": {"Batas Waktu Pelaporan": "Orang tua dianjurkan melaporkan kelahiran sesegera mungkin agar anak dapat langsung didaftarkan sebagai peserta BPJS Kesehatan dan memperoleh Kartu Identitas Anak pada waktunya."},
"id/sibolga/lampu-jalan-pju.md": {"Target Waktu Perbaikan": "Perbaikan dapat tertunda bila suku cadang harus didatangkan dari luar kota atau cuaca buruk. Status tiket akan diperbarui dan pelapor menerima pemberitahuan melalui WhatsApp."},
"id/sibolga/retribusi-pasar.html": {"Penerbitan Kartu Izin": "Perpanjangan kartu diajukan paling lambat 30 hari sebelum masa berlakunya berakhir, dengan melampirkan bukti lunas sewa dan retribusi tiga bulan terakhir."},
"id/nasional/balik-nama-sertifikat.md": {"Jangka Waktu Penyelesaian": "Jangka waktu dapat lebih lama bila berkas harus diperbaiki, misalnya karena data pada akta tidak sesuai dengan buku tanah atau nama pada KTP-el berbeda dengan nama pada sertifikat."},
"id/nasional/bpjs-ketenagakerjaan-bpu.md": {"Tenggat Iuran dan Status Kepesertaan": "Peserta dapat mengaktifkan kembali kepesertaan kapan saja dengan membayar iuran bulan berjalan. Pengingat jatuh tempo dikirim melalui aplikasi dan pesan singkat."},
}
