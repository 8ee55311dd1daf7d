"""Further paragraphs, added at the end of the named section of each document."""

EXTRA = {
"id/nasional/kip-kuliah.md": {
 "Tentang Program Ini": "Program ini dikelola Pusat Layanan Pembiayaan Pendidikan bersama perguruan tinggi. Mahasiswa penerima tetap mengikuti seluruh kewajiban akademik kampus seperti mahasiswa lain, dan statusnya sebagai penerima tidak dicantumkan pada ijazah.",
 "Seleksi dan Penetapan Penerima": "Perguruan tinggi dapat membatalkan penetapan bila hasil kunjungan rumah menunjukkan keluarga mampu. Calon penerima yang tidak lolos dapat mengajukan keberatan satu kali melalui bagian kemahasiswaan kampus dalam 7 hari kerja setelah pengumuman.",
 "Jadwal Pendaftaran 2026": "Calon peserta jalur SNBT dan jalur mandiri dapat mendaftar sampai tanggal penutupan. Perguruan tinggi menetapkan batas waktu verifikasi sendiri, sehingga pendaftar disarankan tidak menunggu hari terakhir agar berkas sempat diperiksa.",
 "Layanan Informasi": "Pertanyaan tentang pencairan bantuan di kampus tertentu sebaiknya diajukan lebih dulu ke bagian kemahasiswaan perguruan tinggi masing-masing.",
},
"id/nasional/pencatatan-nikah-kua.md": {
 "Gambaran Layanan": "Pendaftaran dapat dilakukan sendiri oleh calon pengantin atau diwakili keluarga dengan membawa berkas asli. Seluruh pencatatan dilakukan oleh penghulu atau kepala KUA kecamatan tempat akad.",
 "Tahapan Pendaftaran": "Pemeriksaan berkas dan wawancara (rafa') dilakukan paling lambat 5 hari kerja sebelum akad. Bila ada kekurangan syarat, petugas memberi tahu calon pengantin agar dilengkapi sebelum jadwal akad.",
 "Pemberitahuan Paling Lambat 10 Hari Kerja": "Perhitungan 10 hari kerja tidak termasuk hari Sabtu, Minggu dan libur nasional. Calon pengantin yang akan menikah di luar daerah tempat tinggal perlu memperhitungkan waktu pengurusan surat rekomendasi nikah.",
 "Buku Nikah dan Kartu Nikah Digital": "Kesalahan penulisan nama atau tanggal lahir di buku nikah dibetulkan di KUA tempat akad dicatat dengan membawa akta kelahiran dan KTP. Pembetulan tidak dipungut biaya.",
},
"id/pagar-alam/retribusi-sampah.md": {
 "Dasar dan Tujuan": "Pemungutan retribusi berpedoman pada peraturan daerah tentang retribusi jasa umum. Besaran tarif ditinjau paling cepat setiap tiga tahun dengan memperhatikan biaya operasional dan kemampuan masyarakat.",
 "Cara Membayar": "Pembayaran nontunai tercatat otomatis dan bukti bayarnya dapat diunduh dari aplikasi. Warga yang membayar untuk satu tahun sekaligus di loket DLH mendapat potongan 10 persen dari tarif rumah tangga.",
 "Jadwal Pengangkutan": "Pada hari besar keagamaan jadwal pengangkutan dapat bertambah satu rit sore. Perubahan jadwal diumumkan melalui kelurahan dan akun resmi DLH.",
 "Permintaan Angkutan Khusus": "Permintaan diajukan melalui formulir DLH-S3 di loket atau menu Angkut Khusus pada aplikasi. Petugas menghubungi pemohon untuk memastikan jenis dan volume sampah sebelum armada diberangkatkan.",
},
"id/pagar-alam/sedot-tinja-iplt.pdf": {
 "Ruang Lingkup Layanan": "Layanan ini mendukung program sanitasi aman Kota Pagar Alam. Lumpur yang diolah di IPLT tidak dibuang ke alam sebelum memenuhi baku mutu.",
 "Alur Pemesanan": "Pesanan dicatat dengan nomor antrean. Pemohon diminta berada di lokasi saat pengurasan dan menunjukkan letak lubang kontrol kepada petugas.",
 "Waktu Penjadwalan": "Bila cuaca buruk atau jalan tidak dapat dilalui, jadwal dipindahkan ke hari kerja berikutnya dan pemohon diberi tahu melalui telepon atau WhatsApp.",
 "Penyedotan Berkala": "Peserta program dihubungi petugas sebulan sebelum jadwal pengurasan berikutnya. Pendaftaran program dapat dilakukan sekaligus saat pengurasan pertama.",
},
"id/pagar-alam/pbb-p2.md": {
 "Pengertian PBB-P2": "Objek pajak yang dipakai untuk tempat ibadah, sekolah negeri, panti sosial dan kantor pemerintah tidak dikenakan PBB-P2. Wajib pajak adalah pihak yang namanya tercantum pada SPPT.",
 "SPPT dan Jatuh Tempo": "Wajib pajak yang belum menerima SPPT sampai akhir April dapat menanyakannya di kelurahan atau loket BPPRD. Keterlambatan penerimaan SPPT tidak menunda tanggal jatuh tempo.",
 "Tempat dan Cara Pembayaran": "Bukti pembayaran dari bank atau aplikasi berlaku sebagai tanda lunas. Simpan bukti tersebut, karena sering diminta saat mengurus jual beli, balik nama atau pinjaman bank.",
 "Mutasi dan Pendaftaran Objek Baru": "Bangunan baru wajib didaftarkan dengan formulir Surat Pemberitahuan Objek Pajak (SPOP) paling lambat 30 hari setelah bangunan selesai. Petugas dapat meninjau lokasi untuk menilai luas bangunan.",
},
"id/pagar-alam/ambulans-gratis.html": {
 "Keterangan Umum": "Layanan ini merupakan bagian dari Public Safety Center Kota Pagar Alam. Armada terdiri atas ambulans gawat darurat dan mobil jenazah yang dilengkapi peralatan dasar.",
 "Warga yang Dapat Dilayani": "Pasien dari luar kota yang dirawat di RSUD Besemah dapat memakai ambulans rujukan dengan tarif yang tercantum di bawah.",
 "Cara Memanggil Ambulans": "Jangan menutup telepon sebelum petugas selesai mencatat. Bila alamat sulit ditemukan, keluarga diminta menunggu di tepi jalan utama.",
 "Biaya Layanan": "Biaya rujukan ke luar kota dibayar di kasir RSUD Besemah sebelum keberangkatan. Warga tidak mampu yang terdaftar di DTKS dibebaskan dari biaya rujukan dengan surat keterangan dari Dinas Sosial.",
},
"id/gunungsitoli/kartu-kuning-ak1.docx": {
 "Penjelasan Singkat": "Data pencari kerja yang tercatat juga dipakai untuk menyusun informasi pasar kerja dan menyalurkan lowongan dari perusahaan di Kepulauan Nias.",
 "Prosedur Pengajuan": "Pemohon yang berkasnya belum lengkap diberi catatan kekurangan dan dapat kembali pada hari kerja berikutnya tanpa mengulang antrean dari awal.",
 "Layanan Daring": "Kartu elektronik memuat kode QR yang dapat diperiksa perusahaan. Kartu cetak tetap dapat diminta di loket bila perusahaan mensyaratkan kartu fisik.",
 "Setelah Mendapat Pekerjaan": "Laporan penempatan dapat disampaikan lewat portal KERJA-Nias dengan mengunggah surat keterangan kerja atau kontrak dari perusahaan.",
},
"id/gunungsitoli/akta-kelahiran.md": {
 "Maksud Layanan": "Akta kelahiran diperlukan untuk mendaftar sekolah, membuat paspor, mengurus warisan dan layanan jaminan sosial. Setiap anak berhak memiliki akta kelahiran sejak lahir.",
 "Langkah Pengurusan": "Bila berkas kurang, petugas memberi tahu melalui aplikasi atau nomor telepon pemohon. Berkas yang tidak dilengkapi dalam 14 hari dianggap batal dan harus diajukan ulang.",
 "Waktu Penyelesaian": "Akta yang dicetak sendiri memiliki kekuatan hukum yang sama dengan akta yang dicetak di loket, karena memakai tanda tangan elektronik pejabat.",
 "Pelayanan Jemput Bola": "Jadwal kunjungan setiap kecamatan diumumkan melalui kantor desa dan akun resmi Disdukcapil. Layanan jemput bola juga tersedia bagi penyandang disabilitas dan lansia atas permintaan keluarga.",
},
"id/gunungsitoli/pju-lampu-jalan.html": {
 "Tentang Layanan PJU": "Jalan nasional dan jalan provinsi yang melintasi kota juga dipantau, tetapi perbaikannya dapat memerlukan koordinasi dengan balai jalan yang berwenang.",
 "Cara Melaporkan Lampu Rusak": "Laporan yang tidak menyebut lokasi jelas akan dikonfirmasi ulang oleh petugas. Satu laporan cukup untuk satu ruas jalan, tidak perlu dikirim berulang kali.",
 "Biaya bagi Warga": "Penggantian lampu, kabel dan tiang ditanggung anggaran daerah. Warga tidak perlu membeli lampu sendiri untuk diserahkan kepada petugas.",
 "Usulan Titik Lampu Baru": "Tim Dishub meninjau lokasi usulan untuk memastikan tersedianya jaringan listrik dan jarak antar-tiang. Hasil peninjauan disampaikan kepada pengusul secara tertulis.",
},
"id/baubau/uji-kir.md": {
 "Penjelasan Uji Berkala": "Pengujian memakai peralatan uji yang dikalibrasi secara berkala. Hasil uji tercatat secara elektronik sehingga dapat diperiksa petugas di jalan.",
 "Urutan Pengujian": "Pemilik kendaraan disarankan datang dengan kendaraan bersih dan ban dalam kondisi baik. Kendaraan yang membawa muatan harus dikosongkan sebelum masuk jalur uji.",
 "Kendaraan Tidak Lulus": "Petugas menyerahkan lembar hasil uji yang menyebut bagian yang harus diperbaiki. Bila uji ulang melewati batas tersebut, pemilik membayar retribusi penuh.",
 "Waktu Pelayanan": "Pendaftaran antrean harian ditutup satu jam sebelum tempat uji tutup. Antrean lewat aplikasi dapat dipesan untuk 7 hari ke depan.",
},
"id/baubau/retribusi-pasar-kios.md": {
 "Pasar yang Dikelola": "Setiap pasar memiliki UPTD yang mengatur penempatan pedagang, kebersihan dan keamanan. Pembagian blok disesuaikan dengan jenis dagangan.",
 "Proses Permohonan Tempat Berdagang": "Bila kios yang diminta sudah terisi, pemohon dicatat dalam daftar tunggu dan dihubungi ketika ada kios kosong.",
 "Pembayaran": "Karcis retribusi harian wajib disimpan pedagang selama hari pasar. Karcis tanpa nomor seri atau cap dinas bukan karcis resmi.",
 "Jam Operasional Pasar": "Bongkar muat barang hanya diizinkan sebelum pukul 07.00 dan setelah pukul 15.00 agar lalu lintas di sekitar pasar tetap lancar.",
},
"id/baubau/perpustakaan-daerah.md": {
 "Sekilas Perpustakaan": "Perpustakaan juga menyelenggarakan kegiatan mendongeng untuk anak, pelatihan literasi digital dan pameran buku pada bulan Mei dan September.",
 "Cara Mendaftar": "Pendaftar melalui aplikasi cukup menunjukkan kode pendaftaran dan kartu identitas asli saat mengambil kartu anggota.",
 "Aturan Peminjaman": "Perpanjangan dapat dilakukan di meja layanan atau lewat aplikasi sebelum tanggal kembali. Koleksi referensi, naskah kuno dan surat kabar hanya dapat dibaca di tempat.",
 "Perpustakaan Keliling": "Sekolah yang ingin dikunjungi dapat mengajukan surat permohonan kepada kepala dinas paling lambat 14 hari sebelum tanggal kunjungan.",
},
}

EXTRA2 = {
"id/baubau/perpustakaan-daerah.md": {
 "Syarat Menjadi Anggota": "Satu orang hanya boleh memiliki satu kartu anggota. Data anggota dijaga kerahasiaannya dan hanya dipakai untuk keperluan layanan perpustakaan.",
 "Masa Berlaku Kartu": "Anggota yang masih memiliki pinjaman atau denda belum dibayar tidak dapat memperpanjang kartu sebelum urusannya diselesaikan di meja layanan.",
 "Jam Buka": "Layanan internet dan komputer umum ditutup 30 menit sebelum perpustakaan tutup. Pengunjung diminta menitipkan tas di loker yang tersedia di pintu masuk.",
},
"id/baubau/retribusi-pasar-kios.md": {
 "Syarat Menempati Kios atau Los": "Pedagang yang pernah dicabut perjanjian sewanya karena tunggakan baru dapat mengajukan kembali setelah seluruh tunggakan dilunasi.",
 "Tunggakan dan Sanksi": "Sebelum penyegelan, pedagang menerima surat teguran pertama dan kedua dengan selang 7 hari. Kios yang telah disegel dapat dibuka kembali setelah tunggakan dan denda dilunasi.",
 "Pengalihan Hak Pakai": "Pedagang yang ingin berhenti berdagang wajib mengembalikan kunci dan kartu izin tempat berdagang kepada UPTD pasar.",
},
"id/baubau/uji-kir.md": {
 "Masa Berlaku dan Jadwal Ulang": "Pemilik kendaraan dapat mengecek tanggal habis masa uji melalui aplikasi KIR-Baubau dengan memasukkan nomor uji atau nomor polisi.",
 "Berkas yang Dibawa": "Kendaraan mutasi dari luar daerah membawa surat keterangan mutasi uji dari daerah asal.",
},
"id/gunungsitoli/akta-kelahiran.md": {
 "Biaya Pengurusan": "Seluruh layanan administrasi kependudukan tidak dipungut biaya. Petugas yang meminta imbalan dapat dilaporkan ke kontak di bawah.",
},
"id/gunungsitoli/kartu-kuning-ak1.docx": {
 "Ketentuan Pemohon": "Pemohon penyandang disabilitas dilayani di loket prioritas dan dapat didampingi keluarga.",
 "Masa Berlaku dan Wajib Lapor": "Laporan enam bulanan dapat disampaikan lewat portal KERJA-Nias atau langsung di loket dengan membawa kartu AK1.",
 "Jam Pelayanan": "Pada masa penerimaan CPNS dan rekrutmen besar, loket dapat dibuka pada hari Sabtu sesuai pengumuman dinas.",
},
"id/gunungsitoli/pju-lampu-jalan.html": {
 "Jenis Laporan yang Diterima": "Laporan tentang kabel yang terputus dan tiang roboh diprioritaskan karena membahayakan pengguna jalan.",
 "Target Waktu Perbaikan": "Target dihitung sejak laporan diverifikasi. Bila suku cadang harus didatangkan dari luar pulau, petugas memberi tahu pelapor perkiraan waktu perbaikan.",
 "Larangan bagi Warga": "Warga juga dilarang memasang spanduk atau reklame pada tiang PJU tanpa izin.",
},
"id/pagar-alam/ambulans-gratis.html": {
 "Perkiraan Waktu Tiba": "Waktu tiba dapat lebih lama pada saat hujan lebat, kabut di kawasan Gunung Dempo, atau bila seluruh armada sedang bertugas.",
 "Jam Siaga": "Setiap pos memiliki paling sedikit satu ambulans cadangan untuk menjaga kesiapan layanan.",
 "Pendaftaran Lewat Aplikasi": "Aplikasi juga menampilkan posisi ambulans yang sedang menuju lokasi, sehingga keluarga dapat bersiap.",
},
"id/pagar-alam/pbb-p2.md": {
 "Denda Keterlambatan": "Sanksi dihitung dari pokok pajak yang belum dibayar. Tunggakan yang tidak dilunasi dapat ditagih dengan surat teguran dan surat paksa.",
 "Pengurangan dan Keringanan": "Keputusan atas permohonan pengurangan diterbitkan paling lama 30 hari kerja setelah berkas lengkap.",
},
"id/pagar-alam/retribusi-sampah.md": {
 "Siapa yang Wajib Membayar": "Wajib retribusi didata oleh kelurahan bersama DLH. Usaha baru wajib mendaftar di loket DLH paling lambat satu bulan setelah mulai beroperasi.",
 "Batas Waktu dan Denda": "Denda tidak dikenakan bagi rumah tangga yang terdaftar sebagai keluarga penerima bantuan sosial.",
},
"id/pagar-alam/sedot-tinja-iplt.pdf": {
 "Persyaratan Permohonan": "Pemohon yang menyewa rumah dapat mengajukan atas nama sendiri dengan persetujuan pemilik rumah.",
 "Jam Operasional": "Pesanan yang masuk di luar jam operasional dicatat dan dikonfirmasi pada hari kerja berikutnya.",
 "Larangan dan Sanksi": "Penyedia jasa swasta wajib terdaftar di UPTD IPLT dan membuang lumpur hanya di IPLT Karang Dalo.",
},
}
for _doc, _extra in EXTRA2.items():
    for _head, _text in _extra.items():
        EXTRA.setdefault(_doc, {})
        EXTRA[_doc][_head] = (EXTRA[_doc][_head] + " " + _text) if _head in EXTRA[_doc] else _text
