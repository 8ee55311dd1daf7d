"""Content of the three Kota Binjai documents (Markdown bodies; converted per format)."""

PDAM = {
    "path": "id/binjai/tagihan-air-minum.md",
    "fmt": "md",
    "title": "Tagihan dan Tarif Air Minum Perumda Tirtasari Kota Binjai",
    "region": "Kota Binjai",
    "agency": "Perumda Air Minum Tirtasari Kota Binjai",
    "source": "https://example.invalid/binjaikota/tirtasari/tagihan-air",
    "updated": "2026-02-26",
    "service": "tagihan dan tarif air PDAM",
    "body": """
## Ruang Lingkup Layanan

Perumda Air Minum Tirtasari melayani air bersih bagi pelanggan rumah tangga, niaga, dan sosial di Kota Binjai. Halaman ini menerangkan golongan pelanggan, tarif pemakaian, pencatatan meter, batas pembayaran, denda, serta pengaduan tagihan. Pemasangan sambungan baru dan pemindahan meter tidak dibahas di halaman ini.

## Golongan Pelanggan

Golongan ditentukan dari jenis dan luas bangunan. Rumah Tangga A untuk rumah dengan luas bangunan sampai 70 meter persegi, Rumah Tangga B untuk rumah di atas 70 meter persegi, Niaga Kecil untuk toko, warung, dan usaha rumahan, serta Sosial Umum untuk rumah ibadah dan hidran umum. Perubahan golongan diajukan di kantor pelayanan dengan bukti perubahan bangunan.

## Tarif Pemakaian Air

Tarif dihitung per meter kubik menurut blok pemakaian dalam satu bulan:

| Golongan | 0 s.d. 10 m3 | 11 s.d. 20 m3 | di atas 20 m3 |
|---|---|---|---|
| Rumah Tangga A | Rp3.200 | Rp4.100 | Rp5.600 |
| Rumah Tangga B | Rp3.900 | Rp4.800 | Rp6.300 |
| Niaga Kecil | Rp5.700 | Rp6.900 | Rp8.200 |
| Sosial Umum | Rp1.900 | Rp2.300 | Rp2.900 |

Selain pemakaian, setiap rekening dikenai biaya beban tetap Rp12.500 per bulan untuk pemeliharaan meter dan jaringan.

## Pencatatan Meter dan Terbitnya Tagihan

Petugas mencatat angka meter setiap tanggal 1 sampai 15. Pelanggan juga dapat membaca meter sendiri dengan mengirim foto meter melalui aplikasi AirKu Binjai pada tanggal 1 sampai 5. Tagihan bulan berjalan terbit mulai tanggal 16 dan dapat dicek di aplikasi dengan nomor sambungan. Bila petugas tidak dapat membaca meter karena rumah kosong atau pagar terkunci, tagihan dihitung dari rata-rata pemakaian tiga bulan terakhir dan disesuaikan pada pencatatan berikutnya.

## Batas Pembayaran dan Denda

Rekening air dibayar paling lambat tanggal 20 setiap bulan. Pembayaran setelah tanggal tersebut dikenai denda Rp15.000 per rekening. Tunggakan 2 bulan berakibat penyegelan meter atau penutupan sementara, dan tunggakan 3 bulan berakibat pencabutan sambungan. Penyambungan kembali setelah segel dikenai biaya Rp175.000 setelah seluruh tunggakan dilunasi.

## Cara Membayar Rekening

- loket kantor pusat dan kantor cabang Perumda Tirtasari;
- kantor pos dan minimarket mitra;
- mobile banking dan dompet digital, menu Air/PDAM, pilih Tirtasari Binjai;
- aplikasi AirKu Binjai dengan QRIS.

Bukti bayar elektronik sah sebagai tanda lunas. Pembayaran melalui minimarket dan dompet digital dikenai biaya administrasi sesuai ketentuan masing-masing mitra.

## Tagihan Tiba-Tiba Melonjak

Jika tagihan jauh lebih tinggi dari biasanya, periksa kebocoran pipa setelah meter dengan menutup semua keran dan melihat apakah jarum meter masih berputar. Bila tidak ada kebocoran, ajukan pengaduan untuk tera ulang meter. Pemeriksaan dilakukan dalam 3 hari kerja. Tera ulang gratis bila meter terbukti rusak; bila meter normal, pelanggan membayar biaya tera Rp50.000.

## Gangguan dan Air Mati

Informasi pemeliharaan jaringan diumumkan lewat aplikasi AirKu Binjai dan media sosial resmi. Bila gangguan berlangsung lebih dari 24 jam, pelanggan di wilayah terdampak dapat meminta pengiriman tangki air bersih gratis melalui call center. Pipa bocor di jalan dapat dilaporkan melalui WhatsApp dengan foto dan titik lokasi; tim teknik menanganinya paling lambat 24 jam setelah laporan diterima.

## Kantor Pelayanan dan Jam Buka

Kantor pusat Perumda Tirtasari berada di Jl. Jenderal Gatot Subroto No. 77, Binjai. Jam pelayanan pengaduan Senin sampai Jumat pukul 08.00–15.30. Loket pembayaran buka Senin sampai Jumat pukul 08.00–16.00 dan Sabtu pukul 08.00–12.00.

## Kontak Pelanggan

Call center (061) 882-4410, WhatsApp 0811-6520-3381, e-mail pelanggan.tirtasari@example.invalid.

## Tanya Jawab

**Apakah boleh membayar beberapa bulan sekaligus?** Boleh, termasuk tunggakan, tetapi denda tiap bulan yang terlambat tetap dihitung.

**Saya pindah rumah, apakah rekening bisa dialihkan?** Bisa melalui balik nama di kantor pelayanan dengan membawa KTP pemilik baru dan bukti lunas rekening terakhir.

**Rumah saya kosong beberapa bulan, apakah tetap ditagih?** Biaya beban tetap ditagih selama sambungan aktif. Pelanggan dapat mengajukan penutupan sementara agar tidak ditagih.
""",
}

PBG = {
    "path": "id/binjai/persetujuan-bangunan-gedung.md",
    "fmt": "md",
    "title": "Persetujuan Bangunan Gedung (PBG) di Kota Binjai",
    "region": "Kota Binjai",
    "agency": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Binjai",
    "source": "https://example.invalid/binjaikota/dpmptsp/pbg",
    "updated": "2026-03-09",
    "service": "izin bangunan (PBG)",
    "body": """
## Apa Itu PBG

Persetujuan Bangunan Gedung (PBG) adalah izin yang diberikan kepada pemilik untuk membangun baru, mengubah, memperluas, mengurangi, atau merawat bangunan gedung sesuai standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Di Kota Binjai permohonan PBG diterima Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP), sedangkan penilaian teknis dilakukan Dinas Pekerjaan Umum dan Penataan Ruang. PBG wajib dimiliki sebelum pekerjaan konstruksi dimulai, dan nomor PBG harus dipasang pada papan proyek di lokasi pembangunan agar mudah diperiksa petugas.

## Bangunan yang Wajib Memiliki PBG

PBG wajib untuk rumah tinggal, ruko, gudang, tempat usaha, bangunan sosial, dan bangunan umum, termasuk penambahan lantai atau perluasan. Renovasi ringan yang tidak mengubah struktur, fungsi, dan luas bangunan, seperti mengganti keramik, mengecat, atau memperbaiki dapur, tidak memerlukan PBG.

## Dokumen Persyaratan

- KTP elektronik pemilik bangunan;
- bukti kepemilikan tanah (sertifikat) atau surat perjanjian pemanfaatan tanah;
- Keterangan Rencana Kota (KRK) dari portal BangunBinjai;
- gambar arsitektur (denah, tampak, potongan);
- gambar dan perhitungan struktur untuk bangunan lebih dari 2 lantai;
- SPPT PBB tahun berjalan yang sudah lunas.

## Retribusi PBG

Retribusi dihitung dari luas bangunan, indeks fungsi dan kompleksitas, serta harga satuan retribusi yang ditetapkan wali kota. Sebagai gambaran, rumah tinggal 1 lantai seluas 90 meter persegi dikenai retribusi sekitar Rp1.350.000. Rumah tinggal sederhana milik masyarakat berpenghasilan rendah dengan luas sampai 45 meter persegi dibebaskan dari retribusi. Nilai akhir retribusi tercantum dalam Surat Ketetapan Retribusi Daerah (SKRD) yang dikirim melalui portal. SKRD harus dibayar paling lambat 14 hari kalender; bila lewat, permohonan dianggap batal dan harus diajukan ulang.

## Alur Permohonan

1. Daftar akun dan isi data bangunan di portal BangunBinjai.
2. Unggah dokumen dan gambar teknis.
3. Verifikasi kelengkapan oleh DPMPTSP.
4. Konsultasi dengan Tim Profesi Ahli atau Tim Penilai Teknis.
5. Penilaian dan penetapan nilai retribusi.
6. Pembayaran retribusi melalui kode bayar.
7. PBG terbit dan dapat diunduh di portal.

## Lama Proses

PBG rumah tinggal selesai dalam 21 hari kerja sejak dokumen dinyatakan lengkap. Bangunan usaha dan bangunan umum memerlukan 35 hari kerja. Waktu perbaikan gambar oleh pemohon tidak dihitung. Pemohon menerima pemberitahuan di portal dan melalui e-mail setiap kali berkas berpindah tahap. Bila ada gambar yang perlu diperbaiki, catatan perbaikan dikirim paling lambat 5 hari kerja setelah konsultasi.

## Sertifikat Laik Fungsi

Setelah bangunan selesai, pemilik bangunan usaha dan bangunan umum wajib mengajukan Sertifikat Laik Fungsi (SLF) sebelum bangunan dipakai. SLF bangunan umum berlaku 5 tahun dan harus diperpanjang; SLF rumah tinggal tunggal berlaku 20 tahun.

## Sanksi Membangun Tanpa PBG

Bangunan yang didirikan tanpa PBG diberi teguran tertulis sebanyak 3 kali dengan selang 7 hari kerja. Bila tidak diindahkan, pekerjaan dihentikan sementara dan pemilik dikenai denda administratif sebesar 2% dari nilai bangunan. Bangunan yang melanggar garis sempadan atau tata ruang dapat dibongkar.

## Lokasi Layanan dan Jam Kerja

Loket PBG berada di Mal Pelayanan Publik Kota Binjai, Jl. Sultan Hasanuddin No. 15, Binjai. Loket buka Senin sampai Kamis pukul 08.00–15.00 dan Jumat pukul 08.00–11.30. Klinik konsultasi PBG gratis dibuka setiap Selasa dan Kamis pukul 09.00–12.00 bagi warga yang ingin bertanya sebelum mengajukan.

## Konsultasi dan Kontak

Telepon (061) 882-7132, WhatsApp 0852-7566-1409, e-mail pbg.binjai@example.invalid. Status permohonan dapat dipantau di portal BangunBinjai dengan nomor registrasi.

## Pertanyaan Umum

**Rumah saya punya IMB lama, apakah harus diganti PBG?** Tidak. IMB yang sudah terbit tetap berlaku selama bangunan tidak diubah.

**Bolehkah mulai membangun sambil menunggu PBG?** Tidak. Pekerjaan konstruksi baru boleh dimulai setelah PBG terbit.

**Apakah pengajuan bisa diwakilkan kepada arsitek atau kontraktor?** Bisa, dengan surat kuasa dari pemilik bangunan. Akun di portal tetap atas nama pemilik.
""",
}

SAMPAH = {
    "path": "id/binjai/retribusi-sampah.html",
    "fmt": "html",
    "title": "Pengangkutan Sampah dan Retribusi Persampahan Kota Binjai",
    "region": "Kota Binjai",
    "agency": "Dinas Lingkungan Hidup Kota Binjai",
    "source": "https://example.invalid/binjaikota/dlh/retribusi-sampah",
    "updated": "2026-01-30",
    "service": "pengangkutan sampah dan retribusi",
    "site": "Dinas Lingkungan Hidup Kota Binjai",
    "body": """
## Tentang Layanan Persampahan

Dinas Lingkungan Hidup (DLH) Kota Binjai mengangkut sampah rumah tangga dan sampah usaha dari tempat penampungan sementara (TPS) dan dari rumah pelanggan ke tempat pemrosesan akhir. Warga yang menerima layanan membayar retribusi persampahan setiap bulan. Halaman ini menjelaskan jadwal, tarif, cara membayar, dan aturan membuang sampah. Limbah bahan berbahaya dan beracun (B3) dari industri tidak termasuk layanan ini dan wajib diserahkan kepada pengelola limbah berizin.

## Wilayah dan Jadwal Pengangkutan

Layanan mencakup lima kecamatan: Binjai Kota, Binjai Utara, Binjai Timur, Binjai Selatan, dan Binjai Barat. Sampah rumah tangga di permukiman diangkut 3 kali seminggu sesuai jadwal kelurahan masing-masing. Sampah di jalan protokol, pasar, dan kawasan pertokoan diangkut setiap hari mulai pukul 05.00. Jadwal hari angkut setiap kelurahan ditempel di kantor kelurahan dan dapat dilihat di aplikasi Binjai Bersih. Pada hari libur nasional, pengangkutan di permukiman digeser ke hari kerja berikutnya.

## Besaran Retribusi

- Rumah tangga: Rp10.000 per bulan.
- Rumah kos atau kontrakan lebih dari 5 pintu: Rp25.000 per bulan.
- Toko, ruko, dan kios: Rp35.000 per bulan.
- Rumah makan dan kafe: Rp60.000 per bulan.
- Hotel, klinik, dan perkantoran swasta: Rp150.000 per bulan.

Sekolah negeri dan rumah ibadah dibebaskan dari retribusi.

## Cara Membayar Retribusi

Retribusi dibayar paling lambat tanggal 15 setiap bulan melalui petugas kelurahan yang membawa karcis resmi bernomor seri, melalui aplikasi Binjai Bersih, atau melalui QRIS yang tertera pada kartu pelanggan. Jangan membayar kepada orang yang tidak membawa karcis resmi. Pelanggan yang menunggak lebih dari 3 bulan akan menerima surat pemberitahuan dari kelurahan. Tunggakan tidak dikenai denda, tetapi harus dilunasi sebelum pelanggan mengurus surat keterangan domisili usaha.

## Mendaftar sebagai Pelanggan

Warga baru atau pemilik usaha baru mendaftar di kantor kelurahan atau aplikasi Binjai Bersih dengan fotokopi KTP dan alamat lengkap. Kartu pelanggan terbit dalam 5 hari kerja dan pengangkutan dimulai pada jadwal berikutnya.

## Sampah Besar dan Puing Bangunan

Kasur, lemari, sofa, dahan pohon, dan puing renovasi tidak diangkut bersama sampah harian. Warga dapat memesan angkutan khusus paling lambat 3 hari sebelumnya dengan biaya Rp150.000 per trip truk bak terbuka. Puing dalam jumlah besar dari proyek bangunan menjadi tanggung jawab pemilik proyek.

## Bank Sampah

Sampah plastik, kertas, kardus, dan logam yang dipilah dapat ditabung di bank sampah kelurahan. Saldo tabungan bank sampah dapat dipakai untuk membayar retribusi persampahan atau ditukar dengan sembako. Daftar bank sampah aktif tersedia di aplikasi Binjai Bersih. Penimbangan dilakukan setiap Sabtu pagi di masing-masing bank sampah, dan harga per kilogram diumumkan setiap awal bulan.

## Jam Buang Sampah di TPS

Sampah dibuang ke TPS hanya pada pukul 18.00 sampai 06.00, dalam kantong tertutup. Di luar jam tersebut TPS sedang dikosongkan dan dibersihkan. Sampah tidak boleh diletakkan di luar bak TPS atau di bahu jalan.

## Larangan dan Denda

Membuang sampah di sungai, parit, lahan kosong, atau di luar TPS dilarang. Pelanggar dapat dikenai denda paling banyak Rp2.500.000 dan wajib membersihkan kembali lokasi. Pembakaran sampah di pekarangan juga dilarang karena mencemari udara.

## Kantor dan Kontak

Kantor DLH Kota Binjai, Jl. Tengku Amir Hamzah No. 102, Binjai, buka Senin sampai Jumat pukul 08.00–16.00. Telepon (061) 882-5519, WhatsApp pengaduan 0813-7044-2286, e-mail dlh.binjai@example.invalid.

## Pertanyaan yang Sering Ditanyakan

**Truk tidak datang sesuai jadwal, ke mana melapor?** Kirim nama jalan dan kelurahan ke WhatsApp pengaduan; petugas menindaklanjuti dalam 1 hari kerja.

**Apakah sampah medis rumah tangga boleh dibuang ke TPS?** Jarum suntik dan sisa obat dibungkus rapat dan diserahkan ke puskesmas, bukan dibuang ke TPS.

**Bagaimana jika saya pindah rumah?** Laporkan ke kelurahan atau aplikasi Binjai Bersih agar tagihan retribusi di alamat lama dihentikan.
""",
}

DOCS = [PDAM, PBG, SAMPAH]
