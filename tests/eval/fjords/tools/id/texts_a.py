"""Texts of the fjords-id documents (part A): national pages and Kota Pagar Alam."""

END = "Dokumen evaluasi: angka, alamat dan jam layanan di halaman ini adalah rekaan."
NOTE = ("Halaman evaluasi. Nama instansi dan nama wilayah nyata; semua tarif, biaya, tenggat, "
        "lama proses, jam layanan, alamat, nomor telepon, nomor formulir, nama aplikasi dan "
        "portal adalah rekaan.")

DOCS = {}

DOCS["id/nasional/kip-kuliah.md"] = dict(
    fmt="md", region="Nasional",
    agency="Kementerian Pendidikan Tinggi, Sains, dan Teknologi",
    source="https://kip-kuliah.example.invalid/informasi/pendaftaran",
    updated="2026-02-10",
    title="KIP Kuliah: Bantuan Biaya Pendidikan Tinggi bagi Mahasiswa Kurang Mampu",
    body="""
## Tentang Program Ini

Kartu Indonesia Pintar Kuliah (KIP Kuliah) adalah bantuan pemerintah bagi lulusan SMA, SMK, MA atau sederajat dari keluarga kurang mampu yang diterima di perguruan tinggi. Bantuan membebaskan biaya kuliah dan memberikan bantuan biaya hidup selama masa studi normal.

## Siapa yang Berhak Mendaftar

- Lulusan tahun berjalan atau paling lama 2 tahun sebelumnya.
- Memiliki potensi akademik baik, dengan nilai rata-rata rapor minimal 70.
- Berasal dari keluarga pemegang KIP, peserta PKH, terdaftar di DTKS, atau berpenghasilan gabungan orang tua paling banyak Rp4.000.000 per bulan.
- Diterima di program studi berakreditasi pada perguruan tinggi negeri atau swasta.

## Berkas yang Perlu Disiapkan

Siapkan Nomor Induk Siswa Nasional (NISN), Nomor Pokok Sekolah Nasional (NPSN), NIK, alamat e-mail aktif, kartu KIP atau bukti kepesertaan PKH bila ada, surat keterangan penghasilan orang tua dari kelurahan, serta foto rumah tampak depan dan ruang keluarga.

## Cara Membuat Akun dan Mendaftar

1. Buka portal SIPENA-KIPK di kip-daftar.example.invalid dan pilih menu Daftar.
2. Isi NIK, NISN, NPSN dan e-mail; kode akses dikirim ke e-mail dalam 1x24 jam.
3. Masuk dengan kode akses, lengkapi data keluarga dan unggah berkas.
4. Pilih jalur seleksi masuk (SNBP, SNBT atau mandiri) dan perguruan tinggi tujuan.
5. Cetak kartu peserta bernomor formulir KIPK-01.

## Seleksi dan Penetapan Penerima

Perguruan tinggi memverifikasi kondisi ekonomi, termasuk kunjungan rumah bila diperlukan. Hasil penetapan diumumkan paling lambat 30 hari kerja setelah pengumuman kelulusan seleksi masuk. Kuota tiap kampus ditetapkan kementerian.

## Besaran Bantuan per Semester

Biaya kuliah dibayarkan langsung ke perguruan tinggi. Bantuan biaya hidup ditransfer ke rekening mahasiswa setiap awal semester, mengikuti klaster daerah.

| Komponen | Besaran |
|---|---|
| Biaya kuliah (prodi akreditasi unggul) | paling tinggi Rp9.200.000 per semester |
| Biaya hidup klaster 1 | Rp875.000 per bulan |
| Biaya hidup klaster 3 | Rp1.150.000 per bulan |
| Biaya hidup klaster 5 | Rp1.450.000 per bulan |

## Jadwal Pendaftaran 2026

Pendaftaran akun dibuka 3 Februari 2026 dan ditutup 31 Oktober 2026. Calon peserta jalur SNBP wajib mendaftar sebelum batas akhir pendaftaran SNBP.

## Kewajiban Penerima dan Penghentian Bantuan

Penerima wajib menjaga IPK minimal 2,75 setiap semester. Bantuan dihentikan bila mahasiswa cuti tanpa izin, terbukti memberikan data palsu, atau melewati 8 semester untuk program sarjana. Data palsu mewajibkan pengembalian seluruh bantuan.

## Di Luar Cakupan Halaman Ini

Halaman ini tidak mengatur Program Indonesia Pintar (PIP) untuk siswa SD sampai SMA, yang diurus melalui sekolah, dan tidak mengatur beasiswa LPDP untuk S2 dan S3.

## Tanya Jawab

### Apakah mahasiswa tingkat dua boleh mendaftar?

Boleh, melalui usulan perguruan tinggi bila kampus masih memiliki kuota.

### Apakah bantuan biaya hidup bisa dicairkan tunai?

Tidak. Bantuan hanya ditransfer ke rekening atas nama mahasiswa.

### Bolehkah pindah program studi?

Boleh satu kali, dengan persetujuan perguruan tinggi.

## Layanan Informasi

Pusat layanan KIP Kuliah: telepon 021-5550-1742, Senin sampai Jumat pukul 08.00-16.00 WIB, e-mail layanan@kip-kuliah.example.invalid.
""")

DOCS["id/nasional/pencatatan-nikah-kua.md"] = dict(
    fmt="md", region="Nasional", agency="Kementerian Agama",
    source="https://kua.example.invalid/layanan/pencatatan-nikah",
    updated="2026-01-20",
    title="Pendaftaran dan Pencatatan Nikah di Kantor Urusan Agama (KUA)",
    body="""
## Gambaran Layanan

Kantor Urusan Agama (KUA) kecamatan mencatat pernikahan warga yang beragama Islam. Pencatatan memberikan kepastian hukum bagi suami, istri dan anak, dan menjadi dasar perubahan data di Kartu Keluarga.

## Syarat Calon Pengantin

- Calon suami dan calon istri telah berusia 19 tahun.
- Fotokopi KTP, Kartu Keluarga dan akta kelahiran masing-masing.
- Surat pengantar nikah dari kelurahan atau desa (formulir N1 sampai N4).
- Pas foto 2x3 dan 4x6 berlatar biru, masing-masing 4 lembar.
- Surat izin orang tua bagi yang belum berusia 21 tahun.
- Akta cerai atau surat kematian pasangan bagi duda atau janda.

## Tahapan Pendaftaran

1. Urus surat pengantar di kelurahan tempat tinggal.
2. Daftarkan kehendak nikah di KUA tempat akad akan dilangsungkan, langsung atau lewat aplikasi SIMKAH-Daring.
3. Ikuti pemeriksaan berkas dan wawancara bersama wali.
4. Ikuti bimbingan perkawinan selama 1 hari.
5. Akad dilaksanakan dan dicatat oleh penghulu.

## Pemberitahuan Paling Lambat 10 Hari Kerja

Kehendak nikah wajib didaftarkan paling lambat 10 hari kerja sebelum tanggal akad. Bila kurang dari itu, calon pengantin harus meminta surat dispensasi dari camat setempat.

## Biaya Pencatatan

| Tempat akad | Biaya |
|---|---|
| Di kantor KUA pada jam kerja | Rp0 (gratis) |
| Di luar kantor atau di luar jam kerja | Rp650.000 |
| Warga tidak mampu dengan surat keterangan kelurahan | Rp0 (gratis) |

Biaya akad di luar kantor disetor ke bank persepsi, bukan kepada petugas. Bukti setor wajib diserahkan paling lambat 3 hari kerja sebelum akad.

## Jam Pelayanan KUA

KUA melayani pendaftaran Senin sampai Kamis pukul 07.30-15.30 dan Jumat pukul 07.30-11.30 waktu setempat. Akad di kantor dilayani pada hari kerja sampai pukul 14.00.

## Buku Nikah dan Kartu Nikah Digital

Setelah akad, pasangan menerima dua buku nikah dan kartu nikah digital yang dapat diunduh dari SIMKAH-Daring. Buku nikah yang hilang dapat diganti dengan duplikat dalam 3 hari kerja dengan membawa surat kehilangan dari kepolisian.

## Hal yang Tidak Ditangani KUA

Halaman ini tidak mencakup pencatatan perkawinan bagi warga non-Muslim, yang dilakukan di Dinas Kependudukan dan Pencatatan Sipil, dan tidak mencakup perkara perceraian, yang diajukan ke Pengadilan Agama.

## Pertanyaan Umum

### Bisakah menikah di KUA kecamatan lain?

Bisa, dengan surat rekomendasi nikah (numpang nikah) dari KUA tempat tinggal.

### Berapa lama buku nikah diterima?

Buku nikah diserahkan pada hari akad setelah pencatatan selesai.

### Apakah wali boleh diwakilkan?

Boleh, dengan surat taukil wali yang dibuat di hadapan penghulu.

## Kontak Layanan

Hubungi layanan informasi Bimas Islam di 021-5550-8823 atau kirim e-mail ke simkah@kua.example.invalid.
""")

DOCS["id/pagar-alam/retribusi-sampah.md"] = dict(
    fmt="md", region="Kota Pagar Alam, Sumatera Selatan",
    agency="Dinas Lingkungan Hidup Kota Pagar Alam",
    source="https://dlh.pagaralam.example.invalid/layanan/retribusi-sampah",
    updated="2026-03-02",
    title="Retribusi Pelayanan Persampahan Kota Pagar Alam",
    body="""
## Dasar dan Tujuan

Retribusi persampahan dipungut atas pengangkutan sampah rumah tangga dan usaha dari tempat penampungan sementara (TPS) ke TPA Sumber Jaya. Hasil retribusi dipakai untuk operasional armada dan kebersihan kota.

## Siapa yang Wajib Membayar

Setiap rumah tangga, toko, rumah makan, hotel dan usaha lain di Kecamatan Pagar Alam Utara, Pagar Alam Selatan, Dempo Utara, Dempo Tengah dan Dempo Selatan yang terlayani armada pengangkut.

## Tarif Bulanan

| Golongan | Tarif |
|---|---|
| Rumah tangga | Rp10.000 per bulan |
| Kios dan toko kecil | Rp25.000 per bulan |
| Rumah makan dan kafe | Rp60.000 per bulan |
| Hotel dan penginapan | Rp150.000 per bulan |
| Kegiatan keramaian atau pesta | Rp75.000 per kegiatan |

## Cara Membayar

Retribusi dibayar melalui petugas kelurahan yang membawa karcis bernomor seri, di loket DLH, atau secara nontunai melalui aplikasi BESEMAH-Bersih. Simpan karcis sebagai bukti pembayaran.

## Batas Waktu dan Denda

Retribusi dibayar paling lambat tanggal 20 setiap bulan. Keterlambatan dikenakan denda 2 persen per bulan dari tarif yang terutang, paling lama 12 bulan.

## Jadwal Pengangkutan

Armada mengangkut sampah dari TPS pukul 05.00-09.00 WIB setiap hari, termasuk hari Minggu. Warga diminta tidak membuang sampah ke TPS setelah pukul 18.00.

## Permintaan Angkutan Khusus

Sampah dalam jumlah besar, seperti sisa renovasi ringan atau pohon tumbang, dapat diangkut atas permintaan. Ajukan paling lambat 2 hari kerja sebelumnya; biayanya Rp200.000 per rit.

## Layanan yang Diurus di Tempat Lain

Halaman ini tidak mencakup pengurasan tangki septik (sedot tinja), yang dilayani UPTD IPLT Dinas PUPR Kota Pagar Alam, dan tidak mencakup limbah B3 dari rumah sakit atau bengkel.

## Tanya Jawab Warga

### Rumah saya kosong, apakah tetap ditagih?

Tidak, bila Anda melapor ke kelurahan dengan surat keterangan rumah tidak dihuni.

### Bagaimana melapor TPS yang penuh?

Laporkan lewat aplikasi BESEMAH-Bersih menu Lapor TPS; petugas menindaklanjuti dalam 1x24 jam.

### Apakah tarif usaha bisa dicicil?

Tidak, tarif usaha dibayar penuh setiap bulan.

## Hubungi Kami

Kantor DLH, Jalan Lapangan Merdeka No. 14, Pagar Alam. Loket buka Senin sampai Jumat pukul 08.00-15.00 WIB. Telepon 0730-555-0211, WhatsApp 0812-5550-3301, e-mail dlh@pagaralam.example.invalid.
""")

DOCS["id/pagar-alam/sedot-tinja-iplt.pdf"] = dict(
    fmt="pdf", region="Kota Pagar Alam, Sumatera Selatan",
    agency="Dinas Pekerjaan Umum dan Penataan Ruang Kota Pagar Alam",
    source="https://pupr.pagaralam.example.invalid/layanan/sedot-tinja",
    updated="2026-02-18",
    title="Layanan Sedot Tinja dan IPLT Kota Pagar Alam",
    body="""
## Ruang Lingkup Layanan

UPTD Instalasi Pengolahan Lumpur Tinja (IPLT) Dinas PUPR Kota Pagar Alam melayani pengurasan tangki septik rumah tangga, sekolah, kantor dan usaha, lalu mengolah lumpurnya di IPLT Karang Dalo agar tidak mencemari sungai.

## Persyaratan Permohonan

- Fotokopi KTP pemohon.
- Alamat lengkap dan titik lokasi rumah atau bangunan.
- Akses jalan yang dapat dilalui truk tinja berkapasitas 3 meter kubik.
- Tangki septik memiliki lubang kontrol yang dapat dibuka.

## Alur Pemesanan

1. Pesan melalui telepon, WhatsApp atau formulir IPLT-02 di kantor UPTD.
2. Petugas mengonfirmasi jadwal dan perkiraan biaya.
3. Truk datang, petugas menguras tangki dan membersihkan area kerja.
4. Pemohon membayar dan menerima kuitansi resmi.

## Tarif Pengurasan

Tarif pengurasan per tangki septik:
Rumah tangga | Rp250.000 per 3 meter kubik
Usaha dan kantor | Rp400.000 per 3 meter kubik
Sekolah dan tempat ibadah | Rp150.000 per 3 meter kubik
Jarak lebih dari 10 km dari IPLT | tambahan Rp50.000

## Waktu Penjadwalan

Pengurasan dijadwalkan paling lama 3 hari kerja setelah pesanan dikonfirmasi. Satu kali pengurasan rumah tangga berlangsung sekitar 1 jam.

## Jam Operasional

Pemesanan dilayani Senin sampai Sabtu pukul 08.00-16.00 WIB. Armada tidak beroperasi pada hari Minggu dan hari libur nasional.

## Penyedotan Berkala

Warga dianjurkan menguras tangki septik setiap 3 tahun. Pelanggan yang mendaftar program sedot berkala mendapat potongan 20 persen dari tarif rumah tangga.

## Larangan dan Sanksi

Membuang lumpur tinja ke sungai atau selokan dilarang. Penyedia jasa swasta yang membuang lumpur di luar IPLT dikenakan denda Rp5.000.000 per kejadian.

## Yang Tidak Dilayani

UPTD IPLT tidak melayani pengangkutan sampah rumah tangga, yang menjadi tugas Dinas Lingkungan Hidup, dan tidak melayani perbaikan saluran air hujan.

## Pertanyaan yang Sering Muncul

**Apakah bisa bayar nontunai?**
Bisa, dengan transfer ke rekening kas daerah atau QRIS di kuitansi.

**Apakah truk bisa masuk gang sempit?**
Untuk gang sempit tersedia mobil kecil kapasitas 1 meter kubik.

**Bagaimana kalau tangki penuh mendadak?**
Pesan layanan darurat; bila armada tersedia, petugas datang hari itu juga.

## Kontak UPTD IPLT

UPTD IPLT, Jalan Serma Wanar No. 7, Pagar Alam. Telepon 0730-555-0476. WhatsApp 0813-5550-7720.
""")

DOCS["id/pagar-alam/pbb-p2.md"] = dict(
    fmt="md", region="Kota Pagar Alam, Sumatera Selatan",
    agency="Badan Pengelola Pajak dan Retribusi Daerah Kota Pagar Alam",
    source="https://bpprd.pagaralam.example.invalid/pajak/pbb-p2",
    updated="2026-01-12",
    title="Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kota Pagar Alam",
    body="""
## Pengertian PBB-P2

PBB-P2 adalah pajak daerah atas tanah dan bangunan yang dimiliki, dikuasai atau dimanfaatkan oleh orang atau badan di Kota Pagar Alam, kecuali kawasan perkebunan, perhutanan dan pertambangan.

## Tarif dan NJOP Tidak Kena Pajak

| Nilai Jual Objek Pajak (NJOP) | Tarif |
|---|---|
| sampai Rp1 miliar | 0,1 persen |
| di atas Rp1 miliar | 0,2 persen |
| Lahan produksi pangan dan ternak | 0,08 persen |

NJOP tidak kena pajak ditetapkan Rp15.000.000 untuk setiap wajib pajak.

## SPPT dan Jatuh Tempo

Surat Pemberitahuan Pajak Terutang (SPPT) dibagikan melalui kelurahan mulai Maret. Jatuh tempo pembayaran PBB-P2 tahun 2026 adalah 31 Agustus 2026.

## Tempat dan Cara Pembayaran

PBB-P2 dapat dibayar di Bank Sumsel Babel, kantor pos, minimarket mitra, atau secara daring melalui aplikasi PAJAK-Pagaralam dengan memasukkan Nomor Objek Pajak (NOP) 18 digit.

## Denda Keterlambatan

Pembayaran setelah jatuh tempo dikenakan sanksi administratif 1 persen per bulan, paling lama 24 bulan.

## Pengurangan dan Keringanan

Wajib pajak pensiunan, veteran, atau berpenghasilan rendah dapat mengajukan pengurangan paling tinggi 50 persen. Permohonan diajukan paling lambat 3 bulan sejak SPPT diterima, memakai formulir PBB-05.

## Mutasi dan Pendaftaran Objek Baru

Balik nama SPPT setelah jual beli atau waris memerlukan fotokopi sertifikat, akta jual beli atau surat keterangan waris, dan KTP pemilik baru. Proses mutasi selesai dalam 7 hari kerja.

## Di Luar Urusan BPPRD

Halaman ini tidak mencakup Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB) saat jual beli, yang dihitung notaris, dan tidak mencakup penerbitan sertifikat tanah oleh Kantor Pertanahan.

## Pertanyaan Wajib Pajak

### SPPT saya hilang, bagaimana?

Minta salinan SPPT di loket BPPRD dengan membawa KTP; salinan dicetak hari itu juga.

### Apakah bisa mengecek tagihan tahun lalu?

Bisa, melalui menu Cek Tunggakan di aplikasi PAJAK-Pagaralam.

### Luas bangunan di SPPT salah, apa yang dilakukan?

Ajukan pembetulan SPPT; petugas akan meninjau lokasi dalam 14 hari kerja.

## Pelayanan dan Kontak

Loket BPPRD, Jalan Ahmad Yani No. 2, Pagar Alam, buka Senin sampai Jumat pukul 08.00-14.30 WIB. Telepon 0730-555-0930, e-mail pbb@bpprd.pagaralam.example.invalid.
""")

DOCS["id/pagar-alam/ambulans-gratis.html"] = dict(
    fmt="html", region="Kota Pagar Alam, Sumatera Selatan",
    agency="Dinas Kesehatan Kota Pagar Alam",
    source="https://dinkes.pagaralam.example.invalid/layanan/ambulans",
    updated="2026-03-09",
    title="Layanan Ambulans Gratis Kota Pagar Alam",
    portal="Portal Resmi Dinas Kesehatan Kota Pagar Alam",
    body="""
## Keterangan Umum

Dinas Kesehatan Kota Pagar Alam menyediakan ambulans gratis bagi warga ber-KTP Pagar Alam untuk mengantar pasien gawat darurat ke puskesmas atau RSUD Besemah, dan mengantar jenazah ke rumah duka di dalam kota.

## Warga yang Dapat Dilayani

Layanan diberikan kepada warga yang tercatat di Kartu Keluarga Kota Pagar Alam, serta pendatang yang mengalami kecelakaan di wilayah kota.

## Cara Memanggil Ambulans

1. Telepon call center 119 atau nomor layanan ambulans 0730-555-0119.
2. Sebutkan nama pasien, kondisi, dan alamat lengkap beserta patokan.
3. Petugas menanyakan kondisi pasien dan memberi arahan pertolongan pertama.
4. Ambulans berangkat dari pos terdekat.

## Biaya Layanan

| Jenis perjalanan | Biaya |
|---|---|
| Gawat darurat di dalam kota | gratis |
| Antar jenazah di dalam kota | gratis |
| Rujukan ke Palembang | Rp1.200.000 sekali jalan |
| Rujukan ke Lahat | Rp450.000 sekali jalan |

## Perkiraan Waktu Tiba

Ambulans ditargetkan tiba dalam 30 menit untuk alamat di Kecamatan Pagar Alam Utara dan Pagar Alam Selatan, dan dalam 45 menit untuk Dempo Utara, Dempo Tengah dan Dempo Selatan.

## Jam Siaga

Ambulans siaga 24 jam setiap hari, termasuk hari libur. Pos siaga berada di RSUD Besemah dan Puskesmas Dempo Tengah.

## Pendaftaran Lewat Aplikasi

Warga dapat memanggil ambulans melalui aplikasi SIAGA-Besemah dengan tombol Panggil Ambulans. Lokasi dikirim otomatis dari ponsel.

## Batasan Layanan

Ambulans gratis tidak dipakai untuk kontrol rutin atau pasien yang tidak dalam keadaan darurat. Layanan ini juga tidak mencakup biaya perawatan di rumah sakit, yang dijamin BPJS Kesehatan sesuai kepesertaan masing-masing.

## Pertanyaan yang Kerap Diajukan

### Apakah perlu membawa KTP?

Ya, tunjukkan KTP atau Kartu Keluarga kepada petugas; bila tertinggal, dapat menyusul paling lambat 3 hari.

### Bisakah memesan ambulans untuk acara?

Bisa, pengajuan siaga acara dibuat paling lambat 7 hari sebelum acara.

### Apakah ada perawat di dalam ambulans?

Setiap ambulans membawa seorang perawat dan seorang pengemudi terlatih.

## Alamat dan Kontak

Dinas Kesehatan Kota Pagar Alam, Jalan Masik Siagim No. 21, Pagar Alam. Telepon kantor 0730-555-0150, e-mail ambulans@dinkes.pagaralam.example.invalid.
""")
