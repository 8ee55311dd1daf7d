"""Texts of the three Kota Batu documents."""

from texts_nasional import END

KIR = """# Pengujian Berkala Kendaraan Bermotor (Uji KIR) Kota Batu

## Penjelasan Umum

Pengujian bertujuan memastikan kendaraan yang beroperasi di jalan laik jalan, aman bagi penumpang, dan tidak mencemari udara, terutama di jalur wisata yang menanjak dan berkelok.

Dinas Perhubungan Kota Batu melaksanakan pengujian berkala kendaraan bermotor bagi mobil barang, mobil penumpang umum, dan bus yang terdaftar di Kota Batu. Pengujian dilakukan di Unit Pelaksana Teknis Pengujian Kendaraan Bermotor di Kecamatan Junrejo.

## Kendaraan yang Wajib Uji

Kendaraan yang mengalami perubahan bentuk atau dimensi, misalnya penambahan bak atau pemasangan boks, wajib mengikuti uji ulang sebelum kembali dioperasikan.

Kendaraan wajib uji meliputi mobil pikap, truk, mobil boks, angkutan kota, mobil travel berpelat kuning, dan bus pariwisata. Mobil pribadi berpelat hitam tidak wajib uji berkala.

## Dokumen yang Diperlukan

- STNK asli dan fotokopi yang masih berlaku.
- Buku uji atau kartu uji elektronik (untuk uji ulang).
- Fotokopi KTP pemilik atau surat kuasa bila diwakilkan.
- Formulir permohonan UJ-03.

## Urutan Pengujian

Pemilik kendaraan dapat menunggu di ruang tunggu yang disediakan. Hasil pemeriksaan setiap alat uji ditampilkan di layar dan dicetak sebagai lembar hasil uji.

Pemohon mendaftar di loket, membayar retribusi, lalu kendaraan memasuki jalur uji untuk pemeriksaan emisi gas buang, rem, lampu, kincup roda, dan speedometer. Kendaraan yang lulus menerima kartu uji elektronik dan tanda lulus uji berupa stiker hologram.

## Tarif Retribusi Uji

| Jenis kendaraan | Retribusi per uji |
|---|---|
| Mobil penumpang umum | Rp 65.000 |
| Mobil barang sampai 3.500 kg | Rp 80.000 |
| Mobil barang di atas 3.500 kg | Rp 110.000 |
| Bus | Rp 125.000 |
| Penggantian kartu uji hilang | Rp 40.000 |

## Masa Berlaku Hasil Uji

Hasil uji berkala berlaku selama 6 bulan. Uji berkala pertama bagi kendaraan baru dilakukan paling lambat 1 tahun sejak STNK terbit.

## Keterlambatan dan Tidak Lulus Uji

Kendaraan yang terlambat diuji dikenakan denda Rp 20.000 per bulan keterlambatan. Kendaraan yang tidak lulus wajib memperbaiki kekurangan dan mengikuti uji ulang paling lama 14 hari tanpa retribusi tambahan.

## Jam Operasional

Pendaftaran uji dibuka Senin sampai Jumat pukul 07.30–12.00. Pengujian di jalur berlangsung sampai pukul 14.00. Hari Sabtu buka pukul 07.30–11.00 khusus uji ulang.

## Pendaftaran Antrean Daring

Antrean dapat dipesan paling lambat satu hari sebelumnya melalui aplikasi BATU UJI. Pemohon dengan antrean daring dilayani di loket prioritas.

## Bukan Layanan Unit Pengujian

Perpanjangan STNK dan pembayaran pajak kendaraan diurus di Samsat, bukan di unit pengujian. Izin trayek angkutan umum diurus melalui bidang angkutan Dinas Perhubungan.

## Pertanyaan Umum

### Apakah mobil pikap pribadi wajib KIR?

Ya. Semua mobil barang wajib diuji berkala, walaupun dipakai untuk keperluan pribadi.

### Bolehkah kendaraan dari luar kota diuji di Batu?

Boleh, dengan surat numpang uji dari dinas asal kendaraan.

### Berapa lama proses pengujian?

Pengujian satu kendaraan memerlukan waktu sekitar 40 menit bila tidak antre.

## Kontak Unit Pengujian

UPT Pengujian Kendaraan Bermotor Dinas Perhubungan Kota Batu, Jalan Raya Tlekung No. 9, Junrejo. Telepon (0341) 593-118, surel ujikir@batukota.example.invalid.

""" + END + "\n"

SAMPAH = """# Pelayanan dan Retribusi Sampah Kota Batu

## Sekilas Layanan

Sebagai kota wisata, Kota Batu menghasilkan sampah dalam jumlah besar pada akhir pekan dan musim liburan. Karena itu jadwal pengangkutan di kawasan wisata ditambah pada hari Sabtu dan Minggu.

Dinas Lingkungan Hidup Kota Batu mengangkut sampah dari Tempat Penampungan Sementara (TPS) dan TPS 3R di Kecamatan Batu, Junrejo dan Bumiaji menuju Tempat Pemrosesan Akhir (TPA) Tlekung. Pengangkutan dari rumah ke TPS dikelola oleh desa atau kelurahan.

## Wajib Retribusi

Penetapan kategori tarif bagi usaha didasarkan pada jenis usaha dan perkiraan volume sampah. Usaha yang volumenya bertambah wajib melapor agar kategori disesuaikan.

Retribusi dikenakan pada rumah tangga, usaha perdagangan, hotel, vila, tempat wisata, dan kantor yang sampahnya diangkut oleh armada dinas.

## Besaran Retribusi

| Kategori | Tarif per bulan |
|---|---|
| Rumah tangga | Rp 8.000 |
| Toko dan warung | Rp 20.000 |
| Vila dan homestay | Rp 60.000 |
| Hotel berbintang | Rp 350.000 |
| Tempat wisata | Rp 500.000 |

Penyetoran langsung ke TPA Tlekung oleh pihak swasta dikenakan Rp 45.000 per meter kubik.

## Pendaftaran Pelanggan Usaha

Vila dan homestay yang belum memiliki NIB tetap dapat mendaftar sementara dengan surat keterangan usaha dari desa atau kelurahan.

Pelaku usaha mendaftar di kantor dinas dengan membawa fotokopi NIB, KTP penanggung jawab, dan denah lokasi. Pelanggan usaha menerima kartu pelanggan dalam 5 hari kerja.

## Pemilahan Sampah

Sampah organik diolah menjadi kompos di TPS 3R, sedangkan sampah anorganik yang masih bernilai disalurkan ke bank sampah. Minyak jelantah dan baterai bekas dikumpulkan terpisah pada hari yang diumumkan desa.

Warga wajib memilah sampah organik dan anorganik sebelum diserahkan ke TPS. Sampah yang tidak dipilah dapat ditolak oleh petugas TPS 3R.

## Waktu Pembayaran

Retribusi dibayar setiap bulan paling lambat tanggal 10 melalui pengelola desa atau kelurahan, atau langsung di kantor dinas.

## Denda dan Larangan

Keterlambatan pembayaran dikenakan denda 2 persen per bulan. Membuang sampah di sungai atau lahan kosong diancam denda paling banyak Rp 1.000.000.

## Pembayaran Non-Tunai

Pelanggan usaha dapat membayar melalui QRIS atau aplikasi BATU RESIK yang juga menyediakan fitur pelaporan sampah liar.

## Jam Kerja Kantor dan TPA

Kantor dinas melayani Senin sampai Jumat pukul 07.30–15.30. TPA Tlekung menerima kiriman sampah setiap hari pukul 06.00–18.00.

## Urusan yang Ditangani Pihak Lain

Penyedotan tinja tidak dilayani oleh Dinas Lingkungan Hidup Kota Batu. Pengaduan lampu penerangan jalan rusak diurus Dinas Perhubungan.

## Pertanyaan yang Sering Ditanyakan

### Apakah ada bank sampah di Kota Batu?

Ada. Bank sampah aktif di sebagian besar desa dan kelurahan; hasil tabungan sampah dapat dipakai membayar retribusi.

### Bagaimana membuang sampah bekas renovasi rumah?

Puing bangunan tidak diangkut armada rutin. Ajukan pengangkutan khusus dengan biaya Rp 300.000 per rit.

### TPS di dekat rumah saya penuh, ke mana melapor?

Laporkan melalui aplikasi dengan menyertakan foto dan lokasi TPS.

## Hubungi Kami

Dinas Lingkungan Hidup Kota Batu, Jalan Panglima Sudirman No. 507, Kecamatan Batu. Telepon (0341) 512-447, surel dlh@batukota.example.invalid.

""" + END + "\n"

PERPUS = """# Keanggotaan dan Layanan Perpustakaan Umum Kota Batu

## Profil Layanan

Koleksi perpustakaan meliputi buku pelajaran, novel, buku pertanian dan pariwisata, majalah, serta koleksi lokal tentang sejarah dan budaya Batu. Ruang baca dapat dipakai tanpa menjadi anggota.

Dinas Perpustakaan dan Kearsipan Kota Batu mengelola perpustakaan umum kota yang menyediakan koleksi buku, ruang baca, ruang anak, dan akses internet bagi masyarakat.

## Syarat Menjadi Anggota

- Fotokopi KTP atau kartu pelajar; anak di bawah 17 tahun memakai Kartu Keluarga.
- Pas foto ukuran 3x4 sebanyak 1 lembar.
- Mengisi formulir keanggotaan AG-1.

Warga luar Kota Batu dapat menjadi anggota dengan melampirkan surat keterangan domisili atau kartu mahasiswa.

## Proses Pendaftaran

Anggota wajib memberitahukan perubahan alamat dan nomor telepon agar informasi pengingat pengembalian buku dapat diterima.

Calon anggota mengisi formulir di meja layanan, menyerahkan persyaratan, dan difoto. Kartu anggota dicetak langsung dan dapat dipakai pada hari yang sama.

## Biaya Keanggotaan dan Layanan

| Layanan | Biaya |
|---|---|
| Pendaftaran anggota baru | Gratis |
| Penggantian kartu anggota hilang | Rp 10.000 |
| Cetak atau fotokopi per lembar | Rp 500 |
| Sewa ruang diskusi per 2 jam | Rp 50.000 |

## Aturan Peminjaman

Buku referensi, koleksi langka, dan surat kabar hanya dapat dibaca di tempat dan tidak dapat dipinjam pulang.

Setiap anggota boleh meminjam paling banyak 3 buku selama 7 hari. Peminjaman dapat diperpanjang satu kali untuk 7 hari berikutnya.

## Denda Keterlambatan

Anggota yang masih memiliki tunggakan denda atau pinjaman tidak dapat meminjam buku baru sampai tunggakan diselesaikan.

Buku yang terlambat dikembalikan dikenai denda Rp 1.000 per buku per hari. Buku hilang atau rusak wajib diganti dengan judul yang sama atau uang senilai harga buku.

## Jam Buka

Perpustakaan buka Senin sampai Jumat pukul 08.00–20.00 dan Sabtu–Minggu pukul 09.00–15.00. Perpustakaan tutup pada hari libur nasional.

## Layanan Digital

Koleksi digital dapat dipinjam paling banyak 2 judul sekaligus dan akan kembali otomatis ketika masa pinjam berakhir, sehingga tidak ada denda untuk buku elektronik.

Anggota dapat membaca buku elektronik melalui aplikasi BATU MEMBACA dengan nomor anggota. Perpanjangan pinjaman juga dapat dilakukan melalui aplikasi.

## Perpustakaan Keliling

Sekolah atau kelompok masyarakat yang ingin dikunjungi dapat mengajukan surat permohonan paling lambat dua minggu sebelum tanggal kunjungan yang diharapkan.

Mobil perpustakaan keliling mengunjungi sekolah dan desa di Kecamatan Bumiaji dan Junrejo setiap Selasa dan Kamis.

## Yang Tidak Dilayani

Perpustakaan umum tidak melayani penyimpanan arsip pribadi dan tidak menerbitkan ISBN; pengajuan ISBN dilakukan penerbit ke Perpustakaan Nasional.

## Tanya Jawab

### Apakah anak-anak boleh meminjam buku?

Boleh, dengan kartu anggota anak yang didaftarkan oleh orang tua.

### Apakah tersedia Wi-Fi?

Tersedia Wi-Fi gratis untuk anggota selama jam buka.

### Bisakah menyumbangkan buku?

Bisa. Sumbangan buku diterima di meja layanan pada jam kerja.

## Alamat Perpustakaan

Perpustakaan Umum Kota Batu, Jalan Diponegoro No. 2, Kecamatan Batu. Telepon (0341) 596-230, surel perpus@batukota.example.invalid.

""" + END + "\n"
