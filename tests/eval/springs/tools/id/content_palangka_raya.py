"""The three Kota Palangka Raya documents."""

PBG = r"""
## Apa Itu PBG

Persetujuan Bangunan Gedung (PBG) adalah izin dari Pemerintah Kota Palangka Raya untuk membangun baru, mengubah, memperluas, mengurangi, atau merawat bangunan gedung sesuai standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Permohonan dilayani oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Palangka Raya bersama tim teknis bangunan gedung. Dengan PBG, pemilik memperoleh kepastian bahwa bangunannya aman, sesuai tata ruang, dan dapat dijual atau dijadikan jaminan tanpa masalah perizinan.

## Kapan Anda Memerlukan PBG

PBG wajib dimiliki sebelum membangun rumah atau gedung baru, menambah lantai, memperluas bangunan, atau mengubah fungsi bangunan, misalnya dari rumah tinggal menjadi ruko. Renovasi ringan seperti mengecat, mengganti keramik, atau mengganti atap dengan bentuk yang sama tidak memerlukan PBG.

## Persyaratan Dokumen

- KTP pemohon, atau akta pendirian untuk badan usaha;
- bukti kepemilikan tanah, seperti sertifikat atau Surat Keterangan Tanah yang diregister kelurahan;
- informasi tata ruang atau KKPR untuk lokasi bangunan;
- gambar arsitektur, struktur, dan utilitas;
- bukti pembayaran PBB tahun berjalan.

Untuk rumah tinggal sederhana satu lantai dengan luas sampai 100 m2, pemohon dapat memakai gambar prototipe gratis yang disediakan dinas, sehingga tidak perlu menyewa konsultan. Seluruh dokumen diunggah dalam format PDF dengan ukuran paling besar 5 MB per berkas.

## Retribusi PBG

Retribusi dihitung dari luas bangunan dikalikan indeks bangunan dan harga satuan retribusi. Sebagai pedoman, harga satuan untuk rumah tinggal adalah Rp11.500 per m2 dan untuk ruko atau bangunan usaha Rp32.000 per m2. Rumah tinggal sampai 36 m2 milik masyarakat berpenghasilan rendah dibebaskan dari retribusi. Retribusi dibayar setelah Surat Ketetapan Retribusi Daerah (SKRD) terbit.

## Alur Pengajuan

1. Buat akun dan isi permohonan di portal SIPBG Isen Mulang.
2. Unggah dokumen persyaratan dalam format PDF.
3. Ikuti konsultasi dengan tim penilai teknis sesuai jadwal yang dikirim portal.
4. Terima pernyataan pemenuhan standar teknis.
5. Bayar retribusi sesuai SKRD.
6. PBG terbit bersama plakat yang wajib dipasang di lokasi bangunan.

## Lama Proses

Setelah dokumen dinyatakan lengkap, PBG rumah tinggal sederhana satu sampai dua lantai selesai dalam 12 hari kerja. Bangunan usaha dan bangunan umum selesai dalam 28 hari kerja. Waktu perbaikan dokumen oleh pemohon tidak dihitung. Setiap tahap dapat dipantau melalui menu Lacak Permohonan di portal, dan pemberitahuan dikirim ke e-mail ketika ada dokumen yang perlu diperbaiki. Jadwal konsultasi biasanya dikirim dalam 3 hari kerja setelah dokumen diunggah.

## Klinik Konsultasi PBG

DPMPTSP membuka klinik konsultasi gratis setiap Selasa dan Kamis pukul 09.00-12.00 di Mal Pelayanan Publik. Petugas membantu memeriksa kelengkapan gambar, mengisi portal, dan memilih gambar prototipe. Bawa foto lokasi dan sketsa rencana bangunan.

## Sertifikat Laik Fungsi

Bangunan usaha dan bangunan umum wajib memiliki Sertifikat Laik Fungsi (SLF) sebelum digunakan. SLF diajukan melalui portal yang sama paling lambat 30 hari setelah pembangunan selesai, dengan melampirkan laporan pemeriksaan kelaikan dari pengkaji teknis.

## Sanksi Membangun Tanpa PBG

Bangunan tanpa PBG diberi peringatan tertulis tiga kali dengan selang 7 hari. Jika tidak ditindaklanjuti, pembangunan dihentikan sementara dan pemilik dikenai denda administratif 2% dari nilai bangunan. Bangunan yang melanggar tata ruang dapat diperintahkan untuk dibongkar.

## Loket dan Jam Layanan

Loket PBG berada di Mal Pelayanan Publik Kota Palangka Raya, Jl. Tjilik Riwut Km 5,5. Layanan buka Senin sampai Kamis pukul 08.00-15.00 dan Jumat pukul 08.00-11.00. Telepon (0536) 322 7714, e-mail pbg.palangkaraya@example.invalid.

## Pertanyaan Umum

### Rumah saya sudah berdiri tanpa IMB, apakah bisa diurus sekarang?

Bisa, melalui PBG untuk bangunan yang sudah ada dengan tambahan laporan kajian teknis. Tidak ada denda jika permohonan diajukan sebelum 31 Desember 2026.

### Apakah pengurusan boleh dikuasakan kepada pemborong?

Boleh, dengan surat kuasa bermeterai dan KTP penerima kuasa.
"""

PINDAH = r"""
## Tentang Layanan Pindah Penduduk

Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Palangka Raya melayani perpindahan penduduk, baik yang pindah keluar dari Palangka Raya maupun yang datang dari daerah lain. Dokumen utama layanan ini adalah Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) yang diterbitkan oleh daerah asal. Perpindahan wajib dilaporkan agar data kependudukan sesuai dengan tempat tinggal sebenarnya. Data yang benar diperlukan untuk pendaftaran sekolah, BPJS Kesehatan, bantuan sosial, dan pemilihan umum.

## Jenis Kepindahan

- pindah alamat di dalam Kota Palangka Raya, misalnya dari Kecamatan Pahandut ke Kecamatan Jekan Raya, yang cukup diproses dengan perubahan Kartu Keluarga;
- pindah keluar dari Kota Palangka Raya ke kabupaten atau kota lain;
- pindah datang dari kabupaten atau kota lain ke Kota Palangka Raya.

Pindah antarkecamatan di dalam kota tidak memerlukan SKPWNI; cukup bawa Kartu Keluarga dan KTP elektronik ke loket.

## Syarat Pindah Keluar

- Kartu Keluarga asli;
- KTP elektronik seluruh anggota keluarga yang pindah;
- formulir F-1.03 yang memuat alamat tujuan dan alasan pindah;
- surat kuasa bermeterai jika pengurusan diwakilkan.

## Syarat Pindah Datang

- nomor SKPWNI dari daerah asal;
- KTP elektronik;
- surat persetujuan pemilik rumah atau perjanjian sewa, jika menumpang di alamat orang lain;
- buku nikah, jika bergabung dengan Kartu Keluarga pasangan.

## Biaya

Semua layanan pindah keluar, pindah datang, dan pencetakan dokumen baru tidak dipungut biaya. Pemohon tidak perlu memakai calo atau biro jasa karena seluruh proses dapat dilakukan sendiri.

## Langkah Pengurusan

1. Isi formulir dan siapkan berkas sesuai jenis kepindahan.
2. Serahkan berkas di loket Disdukcapil atau unggah melalui aplikasi.
3. Petugas memverifikasi data dan menerbitkan SKPWNI atau memproses pindah datang.
4. Untuk pindah datang, Kartu Keluarga dan KTP elektronik baru dicetak.
5. Ambil dokumen di loket atau unduh Kartu Keluarga dalam bentuk PDF.

## Layanan Daring Betang Dukcapil

Permohonan pindah keluar dan pindah datang dapat diajukan melalui aplikasi Betang Dukcapil. Kartu Keluarga baru dikirim dalam bentuk PDF ke e-mail pemohon, sedangkan KTP elektronik tetap diambil di loket dengan membawa KTP lama.

## Waktu Penyelesaian

SKPWNI untuk pindah keluar selesai dalam 1 hari kerja. Kartu Keluarga dan KTP elektronik baru untuk pindah datang selesai dalam 3 hari kerja setelah berkas lengkap. Jika data di daerah asal belum sinkron, petugas menghubungi Disdukcapil daerah asal dan pemohon diberi tahu melalui WhatsApp.

## Masa Berlaku SKPWNI dan Dokumen Lama

SKPWNI berlaku 90 hari sejak diterbitkan. Jika lewat dari itu, SKPWNI harus diajukan ulang di daerah asal. KTP elektronik lama ditarik saat KTP baru dicetak. Anak yang ikut pindah otomatis tercantum dalam SKPWNI, dan Kartu Identitas Anak diterbitkan ulang dengan alamat baru.

## Lokasi dan Jam Layanan

Kantor Disdukcapil Kota Palangka Raya berada di Jl. Yos Sudarso No. 21. Loket buka Senin sampai Jumat pukul 07.30-15.00. Kantor Kecamatan Jekan Raya dan Kantor Kecamatan Pahandut juga membuka layanan pindah setiap Sabtu pukul 08.00-12.00.

## Tanya Jawab

### Saya tinggal di kos, bisakah pindah KTP ke Palangka Raya?

Bisa, dengan status numpang KK di alamat kos. Lampirkan surat persetujuan pemilik kos yang diketahui ketua RT.

### Apakah mahasiswa wajib pindah KTP?

Tidak wajib. Mahasiswa cukup melapor sebagai penduduk nonpermanen di kantor kelurahan tempat tinggalnya.

### Saya pindah dari Kabupaten Katingan, harus ke sana dulu?

Tidak perlu, selama Disdukcapil daerah asal menerima permohonan SKPWNI secara daring.

## Kontak

Layanan informasi melalui WhatsApp 0811 5210 6642 (hanya pesan tertulis) dan e-mail pindah.palangkaraya@example.invalid.
"""

PARKIR = r"""
## Tentang Layanan Perparkiran

Dinas Perhubungan Kota Palangka Raya mengelola parkir di tepi jalan umum, menerbitkan kartu parkir berlangganan, membina juru parkir resmi, dan menertibkan kendaraan yang parkir di tempat terlarang. Halaman ini menjelaskan tarif parkir tepi jalan, kartu parkir berlangganan, ciri juru parkir resmi, sanksi parkir liar, dan cara mengambil kendaraan yang diderek. Retribusi parkir menjadi pendapatan daerah dan digunakan untuk pemeliharaan ruas jalan dan rambu.

## Tarif Parkir Tepi Jalan Umum

Tarif berlaku untuk sekali parkir, tanpa batas durasi pada hari yang sama di titik yang sama.

| Jenis kendaraan | Tarif biasa | Tarif kawasan khusus |
|---|---|---|
| Sepeda motor | Rp2.000 | Rp3.000 |
| Mobil penumpang | Rp4.000 | Rp5.000 |
| Pikap dan minibus | Rp5.000 | Rp7.000 |
| Truk dan bus | Rp10.000 | Rp12.000 |

Kawasan khusus meliputi sekitar Pasar Besar dan Bundaran Besar.

## Parkir Berlangganan

Pemilik kendaraan dapat membeli kartu parkir berlangganan yang berlaku satu tahun di semua titik parkir tepi jalan umum, termasuk kawasan khusus. Harganya Rp90.000 per tahun untuk sepeda motor dan Rp240.000 per tahun untuk mobil penumpang. Kartu berupa stiker yang ditempel di kaca depan mobil atau di spakbor depan sepeda motor. Pemegang kartu tidak perlu membayar lagi kepada juru parkir; cukup tunjukkan stiker yang masih berlaku. Kartu hanya berlaku untuk kendaraan yang nomornya tercantum pada stiker dan tidak dapat dipindahkan ke kendaraan lain.

## Syarat Kartu Langganan

- STNK asli yang masih berlaku, untuk kendaraan berpelat nomor KH;
- KTP pemilik sesuai STNK, atau surat kuasa jika diwakilkan;
- kendaraan dibawa ke loket untuk pemasangan stiker.

## Cara Mendaftar

1. Isi formulir di loket Dishub atau di aplikasi Tambun Parkir.
2. Bayar biaya langganan secara nontunai.
3. Pasang stiker di loket; petugas mencocokkan nomor rangka dengan STNK.
4. Kartu langsung berlaku sejak stiker terpasang.

## Pembayaran Nontunai

Parkir sekali bayar dapat dibayar tunai atau dengan QRIS yang tertera pada rompi juru parkir. Pembayaran melalui aplikasi Tambun Parkir juga dapat dipakai untuk memperpanjang langganan tanpa datang ke loket.

## Juru Parkir Resmi

Juru parkir resmi memakai rompi oranye dan kartu tanda anggota ber-barcode yang diterbitkan Dinas Perhubungan. Juru parkir wajib memberikan karcis setiap kali menerima pembayaran. Jam operasional parkir tepi jalan adalah pukul 07.00-22.00. Juru parkir membantu kendaraan keluar masuk dengan aman, tetapi tidak bertanggung jawab atas barang yang ditinggal di dalam kendaraan.

## Larangan dan Sanksi

Kendaraan yang parkir di bawah rambu larangan, di trotoar, di jalur hijau, atau di depan hidran dapat digembok rodanya atau diderek. Pelanggar dikenai denda administratif Rp250.000, ditambah biaya derek Rp150.000 untuk mobil atau Rp75.000 untuk sepeda motor, serta biaya penyimpanan Rp25.000 per hari.

## Mengambil Kendaraan yang Diderek

Kendaraan yang diderek disimpan di depo Dishub yang buka 24 jam. Bawa STNK asli dan KTP, lalu bayar denda dan biaya melalui transfer ke rekening kas daerah. Kendaraan yang tidak diambil dalam 30 hari diserahkan ke pengadilan untuk diproses lebih lanjut.

## Pengaduan Juru Parkir Liar

Jangan membayar lebih dari tarif resmi. Laporkan juru parkir tanpa rompi atau yang meminta tarif berlebih melalui WhatsApp 0813 4950 2287 dengan foto dan lokasi. Laporan ditindaklanjuti oleh tim penertiban pada hari yang sama.

## Kantor dan Jam Layanan

Kantor Dinas Perhubungan Kota Palangka Raya berada di Jl. G. Obos No. 42. Loket kartu langganan buka Senin sampai Jumat pukul 07.30-15.30. E-mail: parkir.palangkaraya@example.invalid.

## Tanya Jawab

### Apakah kartu langganan berlaku di parkiran minimarket dan mal?

Tidak. Parkir di minimarket, mal, dan rumah sakit swasta dikelola pihak swasta dengan tarif sendiri.

### Kartu langganan hilang atau kaca diganti, bagaimana?

Ajukan penggantian stiker di loket dengan membawa STNK; biayanya Rp15.000.
"""
