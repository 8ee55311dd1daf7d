"""Texts of the fjords-id documents (part B): Kota Gunungsitoli and Kota Baubau."""

DOCS = {}

DOCS["id/gunungsitoli/kartu-kuning-ak1.docx"] = dict(
    fmt="docx", region="Kota Gunungsitoli, Sumatera Utara",
    agency="Dinas Tenaga Kerja Kota Gunungsitoli",
    source="https://disnaker.gunungsitolikota.example.invalid/layanan/kartu-ak1",
    updated="2026-02-03",
    title="Pembuatan Kartu Tanda Pencari Kerja (Kartu Kuning AK1) di Kota Gunungsitoli",
    body="""
## Penjelasan Singkat

Kartu AK1 atau kartu kuning adalah tanda bahwa seseorang terdaftar sebagai pencari kerja di Dinas Tenaga Kerja Kota Gunungsitoli. Kartu ini sering diminta perusahaan dan instansi saat melamar pekerjaan.

## Ketentuan Pemohon

- Warga Kota Gunungsitoli yang berusia paling rendah 18 tahun.
- Tidak sedang bekerja atau sedang mencari pekerjaan lain.
- Membawa KTP asli dan fotokopinya.
- Fotokopi ijazah terakhir dan transkrip nilai.
- Pas foto 3x4 sebanyak 2 lembar.

## Prosedur Pengajuan

1. Daftar akun di portal KERJA-Nias atau datang ke loket pelayanan.
2. Isi formulir AK-1/GS dan unggah berkas.
3. Petugas memeriksa berkas dan mencetak kartu.
4. Pemohon menandatangani kartu dan menerima nomor pencari kerja.

## Biaya dan Lama Proses

| Layanan | Biaya | Lama proses |
|---|---|---|
| Kartu AK1 baru | gratis | 1 hari kerja |
| Perpanjangan atau laporan | gratis | 30 menit |
| Penggantian kartu hilang | gratis | 1 hari kerja |

## Masa Berlaku dan Wajib Lapor

Kartu AK1 berlaku 2 tahun sejak diterbitkan. Pemegang kartu wajib melapor setiap 6 bulan; kartu yang tidak dilaporkan tidak dapat dipakai untuk melamar.

## Jam Pelayanan

Loket AK1 buka Senin sampai Jumat pukul 08.00-15.00 WIB, istirahat pukul 12.00-13.00. Pada hari Jumat layanan ditutup pukul 11.30.

## Layanan Daring

Pemohon yang mendaftar di portal KERJA-Nias dapat mengunduh kartu elektronik berbentuk PDF setelah diverifikasi, tanpa datang ke kantor, bila berkas lengkap.

## Setelah Mendapat Pekerjaan

Pencari kerja yang sudah diterima bekerja wajib melapor paling lambat 14 hari setelah mulai bekerja, agar datanya dikeluarkan dari daftar pencari kerja.

## Bukan Bagian Layanan Ini

Halaman ini tidak mencakup pelatihan kerja di Balai Latihan Kerja dan tidak mencakup pengaduan perselisihan hubungan industrial atau pesangon, yang ditangani bidang hubungan industrial.

## Pertanyaan dan Jawaban

### Apakah kartu bisa diwakilkan?

Tidak, pemohon harus hadir sendiri untuk tanda tangan atau memakai akun sendiri.

### Saya lulusan luar kota, bisa buat di sini?

Bisa, asalkan KTP Anda beralamat di Kota Gunungsitoli.

### Bagaimana bila kartu rusak?

Bawa kartu yang rusak ke loket; kartu baru dicetak hari itu juga.

## Alamat Kantor dan Kontak

Dinas Tenaga Kerja Kota Gunungsitoli, Jalan Diponegoro No. 48, Gunungsitoli. Telepon 0639-555-0321, WhatsApp 0821-5550-4410, e-mail ak1@disnaker.gunungsitolikota.example.invalid.
""")

DOCS["id/gunungsitoli/akta-kelahiran.md"] = dict(
    fmt="md", region="Kota Gunungsitoli, Sumatera Utara",
    agency="Dinas Kependudukan dan Pencatatan Sipil Kota Gunungsitoli",
    source="https://disdukcapil.gunungsitolikota.example.invalid/layanan/akta-kelahiran",
    updated="2026-01-27",
    title="Penerbitan Akta Kelahiran di Disdukcapil Kota Gunungsitoli",
    body="""
## Maksud Layanan

Akta kelahiran adalah bukti sah kelahiran seseorang. Disdukcapil Kota Gunungsitoli menerbitkan akta bagi kelahiran penduduk yang terdaftar di kecamatan Gunungsitoli, Gunungsitoli Idanoi, Gunungsitoli Selatan, Gunungsitoli Utara, Gunungsitoli Barat dan Gunungsitoli Alo'oa.

## Dokumen Persyaratan

- Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau kepala desa.
- Kartu Keluarga tempat anak akan dicatat.
- Buku nikah atau akta perkawinan orang tua.
- KTP elektronik dua orang saksi.
- Formulir F-2.01 yang telah diisi.

## Langkah Pengurusan

1. Isi formulir F-2.01 di kantor desa, kelurahan atau loket Disdukcapil.
2. Serahkan berkas di loket atau unggah lewat aplikasi DUKCAPIL-Gusit.
3. Petugas memverifikasi dan mencetak akta.
4. Akta dan Kartu Keluarga baru diambil atau dicetak sendiri di kertas HVS.

## Biaya Pengurusan

| Layanan | Biaya |
|---|---|
| Akta kelahiran baru | gratis |
| Kutipan kedua karena hilang | gratis |
| Pengiriman akta ke rumah | Rp15.000 |

## Waktu Penyelesaian

Akta kelahiran selesai dalam 2 hari kerja sejak berkas dinyatakan lengkap. Pengajuan lewat aplikasi diproses paling lama 3 hari kerja.

## Batas Waktu Pelaporan

Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan yang melewati batas itu tetap dilayani, dengan surat pernyataan tanggung jawab mutlak (SPTJM).

## Sanksi Administratif

Keterlambatan pelaporan lebih dari 60 hari dikenakan denda administratif Rp50.000, sesuai peraturan daerah. Denda tidak dikenakan bagi keluarga miskin yang terdaftar di DTKS.

## Pelayanan Jemput Bola

Petugas keliling melayani perekaman dan pengajuan akta di kantor kecamatan setiap Kamis minggu kedua, khususnya untuk desa yang jauh dari pusat kota.

## Yang Tidak Dilayani di Sini

Halaman ini tidak mencakup pembuatan Kartu Identitas Anak (KIA) dan tidak mencakup perubahan nama, yang memerlukan penetapan pengadilan negeri.

## Soal yang Sering Ditanyakan

### Orang tua belum punya buku nikah, bisakah?

Bisa, akta diterbitkan dengan SPTJM kebenaran pasangan suami istri.

### Apakah akta bisa dicetak sendiri?

Bisa, akta berkode QR dapat dicetak sendiri di kertas HVS 80 gram.

### Anak lahir di luar kota, diurus di mana?

Diurus di Disdukcapil tempat Kartu Keluarga orang tua terdaftar.

## Informasi Lebih Lanjut

Disdukcapil Kota Gunungsitoli, Jalan Sudirman No. 27, Gunungsitoli. Loket buka Senin sampai Jumat pukul 08.00-15.30 WIB. Telepon 0639-555-0712, e-mail akta@disdukcapil.gunungsitolikota.example.invalid.
""")

DOCS["id/gunungsitoli/pju-lampu-jalan.html"] = dict(
    fmt="html", region="Kota Gunungsitoli, Sumatera Utara",
    agency="Dinas Perhubungan Kota Gunungsitoli",
    source="https://dishub.gunungsitolikota.example.invalid/layanan/pju",
    updated="2026-02-25",
    title="Pengaduan dan Pemasangan Penerangan Jalan Umum (PJU) Kota Gunungsitoli",
    portal="Portal Layanan Dinas Perhubungan Kota Gunungsitoli",
    body="""
## Tentang Layanan PJU

Dinas Perhubungan Kota Gunungsitoli memelihara lampu penerangan jalan umum (PJU) di jalan kota dan jalan lingkungan. Warga dapat melaporkan lampu mati, tiang miring atau kabel terkelupas, serta mengusulkan titik lampu baru.

## Jenis Laporan yang Diterima

- Lampu PJU padam atau berkedip.
- Tiang PJU roboh, miring atau berkarat berat.
- Kabel PJU terputus atau terkelupas.
- Lampu menyala pada siang hari.

## Cara Melaporkan Lampu Rusak

1. Kirim laporan melalui aplikasi TERANG-Gusit atau WhatsApp pengaduan.
2. Sertakan foto, nama jalan dan nomor tiang bila terlihat.
3. Catat nomor tiket yang dikirim sistem untuk memantau laporan.

## Target Waktu Perbaikan

| Jenis kerusakan | Target penanganan |
|---|---|
| Lampu padam | 3 hari kerja |
| Kabel terputus atau terkelupas | 1x24 jam |
| Tiang roboh | 1x24 jam untuk pengamanan |
| Penggantian tiang | 14 hari kerja |

## Biaya bagi Warga

Perbaikan PJU tidak dipungut biaya apa pun. Petugas yang meminta uang dapat dilaporkan ke nomor pengaduan.

## Usulan Titik Lampu Baru

Usulan lampu baru diajukan oleh kepala lingkungan atau lurah dengan surat usulan dan denah. Usulan yang masuk sebelum 30 Juni 2026 dibahas untuk anggaran tahun berikutnya.

## Jam Layanan Pengaduan

Pengaduan lewat aplikasi diterima 24 jam. Petugas lapangan bekerja pukul 08.00-17.00 WIB, dan regu siaga malam bertugas sampai pukul 23.00 WIB untuk kerusakan berbahaya.

## Larangan bagi Warga

Warga dilarang menyambung listrik dari tiang PJU. Penyambungan liar dikenakan denda Rp2.500.000 dan pemutusan sambungan.

## Di Luar Kewenangan Dishub

Dinas Perhubungan tidak menangani lampu di dalam pekarangan rumah atau gangguan listrik rumah tangga, yang diadukan ke PLN, dan tidak menangani jalan berlubang, yang menjadi urusan Dinas PUPR.

## Pertanyaan Seputar PJU

### Lampu di gang saya tidak pernah ada, bisa diusulkan?

Bisa, melalui usulan kepala lingkungan seperti diuraikan di atas.

### Berapa lama nomor tiket berlaku?

Nomor tiket dapat dipantau selama 30 hari.

### Apakah lampu taman juga dilayani?

Lampu taman kota dilayani; lampu taman perumahan swasta tidak.

## Kontak Bidang PJU

Bidang Sarana dan Prasarana Dishub, Jalan Lagundri No. 9, Gunungsitoli. WhatsApp pengaduan 0822-5550-6061, telepon 0639-555-0644.
""")

DOCS["id/baubau/uji-kir.md"] = dict(
    fmt="md", region="Kota Baubau, Sulawesi Tenggara",
    agency="Dinas Perhubungan Kota Baubau",
    source="https://dishub.baubaukota.example.invalid/layanan/uji-berkala",
    updated="2026-03-05",
    title="Pengujian Berkala Kendaraan Bermotor (Uji KIR) Kota Baubau",
    body="""
## Penjelasan Uji Berkala

Uji berkala atau uji KIR memastikan mobil barang, mobil penumpang umum, bus dan kereta gandengan laik jalan. UPTD Pengujian Kendaraan Bermotor Dinas Perhubungan Kota Baubau melaksanakan uji di tempat uji Palagimata.

## Kendaraan Wajib Uji

Mobil barang, pikap, truk, angkutan kota, taksi, bus dan kendaraan khusus yang berdomisili di Kota Baubau, termasuk kendaraan pindahan dari daerah lain.

## Berkas yang Dibawa

- STNK asli dan fotokopinya.
- Bukti lulus uji elektronik (BLUe) untuk uji ulang.
- KTP pemilik atau surat kuasa bila diwakilkan.
- Izin angkutan untuk kendaraan umum.

## Urutan Pengujian

1. Daftar antrean melalui aplikasi KIR-Baubau atau di loket.
2. Bayar retribusi dan terima nomor uji.
3. Kendaraan diperiksa emisi, rem, lampu, klakson dan kaca.
4. Kendaraan lulus menerima kartu BLUe dan stiker tanda uji.

## Retribusi Uji

| Jenis kendaraan | Retribusi |
|---|---|
| Mobil penumpang umum dan pikap | Rp85.000 |
| Truk sedang | Rp110.000 |
| Bus dan truk besar | Rp140.000 |
| Kereta gandengan | Rp95.000 |
| Penggantian kartu BLUe hilang | Rp30.000 |

## Masa Berlaku dan Jadwal Ulang

Hasil uji berlaku 6 bulan. Uji ulang sebaiknya dilakukan paling cepat 14 hari sebelum masa berlaku habis.

## Denda Keterlambatan Uji

Keterlambatan uji dikenakan denda 10 persen dari retribusi untuk setiap bulan keterlambatan, paling banyak 50 persen.

## Kendaraan Tidak Lulus

Kendaraan yang tidak lulus dapat diuji ulang tanpa biaya tambahan dalam 7 hari kerja setelah perbaikan.

## Waktu Pelayanan

Tempat uji buka Senin sampai Kamis pukul 08.00-14.00 WITA dan Jumat pukul 08.00-11.00 WITA. Pada hari Sabtu, Minggu dan libur nasional tempat uji tutup.

## Tidak Termasuk Layanan Ini

Uji KIR tidak mencakup perpanjangan STNK dan pajak kendaraan, yang diurus di Samsat Baubau, dan tidak mencakup izin trayek angkutan.

## Tanya Jawab Pemilik Kendaraan

### Mobil pribadi perlu KIR?

Tidak, mobil penumpang pribadi tidak wajib uji berkala.

### Bisa bayar nontunai?

Bisa, melalui QRIS di loket atau virtual account di aplikasi KIR-Baubau.

### Berapa lama proses uji?

Sekitar 45 menit bila antrean normal.

## Kontak UPTD PKB

UPTD PKB, Jalan Palagimata, Kelurahan Kaisabu Baru, Kecamatan Sorawolio, Baubau. Telepon 0402-555-0287, e-mail kir@dishub.baubaukota.example.invalid.
""")

DOCS["id/baubau/retribusi-pasar-kios.md"] = dict(
    fmt="md", region="Kota Baubau, Sulawesi Tenggara",
    agency="Dinas Perindustrian dan Perdagangan Kota Baubau",
    source="https://disperindag.baubaukota.example.invalid/pasar/retribusi",
    updated="2026-02-14",
    title="Sewa Kios dan Retribusi Pelayanan Pasar Kota Baubau",
    body="""
## Pasar yang Dikelola

Dinas Perindustrian dan Perdagangan Kota Baubau mengelola Pasar Wameo di Kecamatan Batupoaro, Pasar Karya Nugraha di Kecamatan Wolio, dan Pasar Laelangi di Kecamatan Betoambari.

## Syarat Menempati Kios atau Los

- KTP dan Kartu Keluarga.
- Surat permohonan formulir PSR-01.
- Pas foto 3x4 sebanyak 2 lembar.
- Surat pernyataan bersedia mematuhi tata tertib pasar.

## Proses Permohonan Tempat Berdagang

1. Ajukan permohonan di kantor UPTD pasar.
2. Petugas memeriksa ketersediaan kios atau los.
3. Pemohon menandatangani perjanjian sewa.
4. Kartu izin tempat berdagang diterbitkan dalam 5 hari kerja.

## Daftar Tarif

| Jenis tempat | Tarif |
|---|---|
| Kios permanen | Rp350.000 per bulan |
| Los beratap | Rp4.000 per hari |
| Pelataran atau lapak terbuka | Rp2.000 per hari |
| Retribusi kebersihan pasar | Rp1.000 per hari |

## Pembayaran

Retribusi harian ditarik petugas dengan karcis resmi. Sewa kios bulanan dibayar di loket UPTD atau lewat aplikasi PASAR-Baubau paling lambat tanggal 10 setiap bulan.

## Tunggakan dan Sanksi

Tunggakan sewa kios dikenakan denda 2 persen per bulan. Tunggakan 3 bulan berturut-turut dapat mengakibatkan kios disegel dan perjanjian sewa dicabut.

## Pengalihan Hak Pakai

Kios tidak boleh disewakan kembali kepada pihak lain. Pengalihan kepada ahli waris diajukan dengan surat keterangan waris dan diproses dalam 10 hari kerja.

## Jam Operasional Pasar

Pasar buka setiap hari pukul 05.00-17.00 WITA. Kantor UPTD melayani Senin sampai Sabtu pukul 07.30-14.00 WITA.

## Bukan Wewenang Dinas

Halaman ini tidak mencakup izin usaha atau Nomor Induk Berusaha, yang diurus melalui sistem OSS, dan tidak mencakup pasar ikan di Pelabuhan Murhum.

## Pertanyaan Pedagang

### Apakah kios bisa dipakai untuk gudang?

Tidak, kios wajib dipakai untuk berdagang setiap hari pasar.

### Bisakah sewa kios dibayar per tahun?

Bisa, pembayaran tahunan mendapat potongan 10 persen.

### Bagaimana melapor pungutan liar?

Laporkan ke nomor pengaduan di bawah dengan menyebut nama pasar dan waktu kejadian.

## Kontak Pengelola Pasar

Bidang Pengelolaan Pasar, Jalan Betoambari No. 33, Baubau. Telepon 0402-555-0558, WhatsApp 0852-5550-9087.
""")

DOCS["id/baubau/perpustakaan-daerah.md"] = dict(
    fmt="md", region="Kota Baubau, Sulawesi Tenggara",
    agency="Dinas Perpustakaan dan Kearsipan Kota Baubau",
    source="https://dispusip.baubaukota.example.invalid/layanan/keanggotaan",
    updated="2026-01-30",
    title="Keanggotaan dan Layanan Perpustakaan Daerah Kota Baubau",
    body="""
## Sekilas Perpustakaan

Perpustakaan Daerah Kota Baubau menyediakan koleksi buku umum, buku anak, naskah sejarah Kesultanan Buton, surat kabar, serta ruang baca dan internet gratis bagi masyarakat.

## Syarat Menjadi Anggota

- Fotokopi KTP atau kartu pelajar.
- Pas foto 2x3 sebanyak 1 lembar.
- Anak di bawah 17 tahun didaftarkan orang tua atau guru.
- Warga luar Baubau membawa surat keterangan domisili atau kartu mahasiswa.

## Cara Mendaftar

Isi formulir keanggotaan di meja layanan atau daftar lewat aplikasi BACA-Baubau, lalu ambil kartu anggota di meja layanan. Kartu dicetak dalam 15 menit.

## Biaya Keanggotaan dan Denda

| Layanan | Biaya |
|---|---|
| Kartu anggota baru | gratis |
| Penggantian kartu hilang | Rp10.000 |
| Denda keterlambatan | Rp500 per buku per hari |
| Buku hilang atau rusak | mengganti buku yang sama |

## Aturan Peminjaman

Anggota boleh meminjam paling banyak 3 buku selama 7 hari. Peminjaman dapat diperpanjang satu kali untuk 7 hari berikutnya.

## Masa Berlaku Kartu

Kartu anggota berlaku 3 tahun dan dapat diperpanjang tanpa biaya dengan membawa kartu lama.

## Jam Buka

Perpustakaan buka Senin sampai Kamis pukul 08.00-16.00 WITA, Jumat pukul 08.00-11.30 WITA, dan Sabtu pukul 09.00-13.00 WITA. Hari Minggu dan libur nasional tutup.

## Perpustakaan Keliling

Mobil perpustakaan keliling mengunjungi sekolah dan kelurahan di Kecamatan Bungi, Lea-Lea dan Sorawolio setiap Selasa dan Kamis.

## Yang Tidak Tersedia

Perpustakaan tidak melayani penerbitan ISBN, yang diajukan penerbit ke Perpustakaan Nasional, dan tidak melayani salinan arsip kependudukan.

## Tanya Jawab Pengunjung

### Apakah bisa membaca tanpa kartu?

Bisa, membaca di tempat terbuka untuk umum tanpa kartu.

### Boleh pinjam e-book?

Boleh, anggota dapat meminjam buku digital di aplikasi BACA-Baubau selama 14 hari.

### Apakah ada ruang untuk belajar kelompok?

Ada, ruang diskusi dapat dipesan paling lambat 1 hari sebelumnya.

## Lokasi dan Kontak

Perpustakaan Daerah Kota Baubau, Jalan Yos Sudarso No. 12, Kecamatan Wolio, Baubau. Telepon 0402-555-0163, e-mail perpustakaan@dispusip.baubaukota.example.invalid.
""")
