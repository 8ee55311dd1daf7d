"""The four Kota Cimahi documents."""

PBB = r"""
## Apa Itu PBB-P2

Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) adalah pajak daerah atas tanah dan/atau bangunan yang dimiliki, dikuasai, atau dimanfaatkan oleh orang pribadi atau badan di wilayah Kota Cimahi. Pajak ini dikelola oleh Badan Pendapatan Daerah (Bapenda) Kota Cimahi. Setiap awal tahun, Bapenda menerbitkan Surat Pemberitahuan Pajak Terutang (SPPT) yang dibagikan melalui kelurahan dan ketua RW di Kecamatan Cimahi Utara, Cimahi Tengah, dan Cimahi Selatan.

## Siapa Wajib Pajak

Wajib pajak adalah pemilik sertifikat atau pihak yang secara nyata menguasai objek pajak, termasuk penyewa jangka panjang jika hal itu disepakati dalam perjanjian sewa. Objek berupa rumah ibadah, fasilitas sosial, dan lahan makam umum dikecualikan dari PBB-P2. Jika SPPT belum diterima sampai akhir Maret, wajib pajak dapat meminta salinan di kelurahan atau mencetaknya sendiri dari portal.

## Tarif PBB-P2 Tahun 2026

Pajak dihitung dari Nilai Jual Objek Pajak (NJOP) setelah dikurangi NJOP Tidak Kena Pajak sebesar Rp15.000.000 untuk setiap wajib pajak.

| NJOP objek pajak | Tarif |
|---|---|
| Sampai dengan Rp500.000.000 | 0,09% |
| Di atas Rp500.000.000 sampai Rp2.000.000.000 | 0,14% |
| Di atas Rp2.000.000.000 | 0,2% |
| Lahan produksi pangan dan peternakan | 0,07% |

Contoh: rumah dengan NJOP Rp415.000.000 membayar 0,09% x (Rp415.000.000 - Rp15.000.000) = Rp360.000.

## Jatuh Tempo

Batas akhir pembayaran PBB-P2 tahun 2026 adalah 30 September 2026. Wajib pajak yang melunasi sebelum 30 Juni 2026 mendapat potongan 5% melalui program Bayar Awal. Potongan diberikan otomatis pada saat pembayaran dan tidak perlu diajukan.

## Cara dan Tempat Membayar

Pembayaran dapat dilakukan di teller dan ATM bank persepsi, kantor pos, minimarket, dan dompet digital dengan memasukkan Nomor Objek Pajak (NOP) 18 digit yang tertera di SPPT. Pembayaran juga dapat dilakukan dengan QRIS melalui portal Cimahi Bayar Pajak. Bukti bayar elektronik sah tanpa stempel dan dapat diunduh ulang kapan saja.

## Sanksi Keterlambatan

Pembayaran setelah jatuh tempo dikenai sanksi administratif berupa bunga 1,2% per bulan dari pokok pajak, dihitung paling lama 24 bulan. Tunggakan lebih dari dua tahun diterbitkan Surat Teguran, dan objek pajak dapat dicantumkan dalam daftar tunggakan yang diumumkan di kantor kelurahan.

## Pengurangan dan Keringanan

Wajib pajak pensiunan, veteran, dan warga berpenghasilan rendah dapat mengajukan pengurangan hingga 40% dari pokok pajak. Permohonan diajukan paling lambat 31 Mei 2026 dengan melampirkan SPPT, KTP, dan surat keterangan penghasilan atau kartu pensiun. Objek pajak yang rusak akibat bencana dapat memperoleh pengurangan hingga 75%.

## Mutasi atau Balik Nama SPPT

Setelah jual beli, hibah, atau pembagian waris, nama pada SPPT perlu diganti melalui mutasi. Mutasi penuh dilakukan untuk seluruh bidang tanah, sedangkan mutasi sebagian dilakukan jika satu bidang dipecah menjadi beberapa bidang.

## Berkas untuk Mutasi

- formulir Surat Pemberitahuan Objek Pajak (SPOP) yang sudah diisi dan ditandatangani;
- fotokopi KTP dan Kartu Keluarga pemohon;
- fotokopi sertifikat tanah atau akta jual beli;
- SPPT tahun terakhir dan bukti lunas PBB tiga tahun terakhir;
- surat kuasa bermeterai jika pengurusan dikuasakan.

## Lama Proses

Mutasi penuh selesai dalam 5 hari kerja, sedangkan mutasi sebagian memerlukan 10 hari kerja karena ada pengukuran lapangan. Salinan SPPT yang hilang dapat dicetak ulang di loket pada hari yang sama tanpa biaya.

## Layanan Daring

Cek tagihan, cetak ulang SPPT, dan pengajuan mutasi dapat dilakukan di portal Cimahi Bayar Pajak (https://example.invalid/cimahi/pajak). Berkas diunggah dalam format PDF dengan ukuran paling besar 2 MB per file. Status permohonan dikirim melalui e-mail.

## Kantor dan Kontak

Loket PBB Bapenda Kota Cimahi berada di Jl. Sangkuriang No. 27, Cimahi. Loket buka Senin sampai Kamis pukul 08.00-15.00 dan Jumat pukul 08.00-11.30. Telepon (022) 6631 4470, WhatsApp 0812 2040 7781, e-mail pbb.cimahi@example.invalid.
"""

AKTA = r"""
## Tentang Layanan Akta Kelahiran

Akta kelahiran adalah bukti sah mengenai kelahiran seseorang yang memuat nama, tempat dan tanggal lahir, serta nama orang tua. Akta ini diperlukan untuk mendaftar sekolah, membuat paspor, dan mengurus hak waris, sehingga sebaiknya dibuat segera setelah anak lahir. Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Cimahi menerbitkan akta kelahiran bagi setiap anak yang orang tuanya terdaftar sebagai penduduk Kota Cimahi, baik anak lahir di rumah sakit, di bidan, maupun di rumah.

## Yang Bisa Mengajukan

Permohonan dapat diajukan oleh ayah atau ibu, anggota keluarga lain yang tercantum dalam Kartu Keluarga, atau pihak lain dengan surat kuasa. Anak yang lahir di luar Cimahi tetap dilayani selama orang tuanya penduduk Kota Cimahi.

## Persyaratan

- surat keterangan kelahiran dari rumah sakit, puskesmas, bidan, atau kelurahan;
- Kartu Keluarga asli tempat anak akan dicatat;
- KTP elektronik kedua orang tua;
- buku nikah atau akta perkawinan orang tua;
- KTP dua orang saksi kelahiran;
- Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) jika surat keterangan kelahiran atau buku nikah tidak dimiliki.

## Biaya

Seluruh layanan akta kelahiran tidak dipungut biaya, termasuk cetak ulang dan pembetulan. Jika ada pihak yang meminta bayaran, laporkan melalui kontak pengaduan di bagian akhir halaman ini.

## Batas Waktu Pelaporan

Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir. Kota Cimahi tidak mengenakan denda keterlambatan, tetapi pelaporan yang melewati 60 hari wajib melampirkan surat pernyataan keterlambatan yang ditandatangani orang tua dan diketahui lurah. Kelahiran yang baru dilaporkan setelah anak berusia 1 tahun memerlukan verifikasi lapangan oleh petugas kelurahan.

## Langkah Pengurusan di Loket

1. Siapkan berkas dan ambil nomor antrean di mesin antrean; pemohon yang membawa bayi atau lansia dapat meminta antrean prioritas.
2. Serahkan berkas ke loket pencatatan sipil.
3. Petugas memeriksa berkas; bila lengkap, pemohon menerima tanda terima.
4. Akta dicetak bersama Kartu Keluarga baru dan Kartu Identitas Anak (KIA).
5. Ambil dokumen dengan menunjukkan tanda terima.

## Pengajuan Daring

Permohonan dapat diajukan dari rumah melalui aplikasi Dukcapil Cimahi Online (DCO). Unggah hasil pindai berkas asli dalam format JPG atau PDF. Akta dikirim dalam bentuk PDF bertanda tangan elektronik ke e-mail pemohon dan dicetak sendiri pada kertas HVS A4 80 gram. Akta hasil cetak sendiri sah dan tidak perlu dilegalisasi.

## Waktu Penyelesaian

Di loket, akta selesai pada hari yang sama apabila berkas lengkap diterima sebelum pukul 11.00; berkas yang masuk setelah itu selesai keesokan harinya. Permohonan melalui aplikasi selesai paling lama 3 hari kerja.

## Layanan Jemput Bola

Melalui program Lahir Langsung Akta, bayi yang lahir di RSUD Cibabat dan rumah sakit mitra dapat langsung dibuatkan akta. Orang tua cukup menyerahkan berkas di meja layanan rumah sakit sebelum pulang, dan akta dikirim ke e-mail. Kantor kelurahan juga menerima berkas setiap Selasa dan Kamis.

## Jam Layanan

Loket Disdukcapil berada di Mal Pelayanan Publik Kota Cimahi lantai 2, Jl. Djulaeha Karmita No. 5. Layanan buka Senin sampai Jumat pukul 08.00-15.00. Pada hari Sabtu pukul 08.00-12.00 loket hanya melayani pengambilan dokumen.

## Pertanyaan Umum

### Apakah akta bisa dicetak ulang jika hilang?

Bisa, dengan membawa Kartu Keluarga dan fotokopi akta lama atau nomor aktanya.

### Nama anak salah ketik di akta, bagaimana?

Ajukan pembetulan akta dengan dokumen pendukung yang memuat nama yang benar; selesai dalam 5 hari kerja.

### Orang tua belum punya buku nikah, apakah tetap bisa?

Bisa, dengan SPTJM kebenaran sebagai pasangan suami istri yang ditandatangani dua saksi.

## Kontak dan Pengaduan

Layanan informasi Disdukcapil Kota Cimahi melalui WhatsApp 0811 2233 9087 (hanya pesan tertulis) dan e-mail capil.cimahi@example.invalid.
"""

SAMPAH = r"""
## Tentang Layanan Pengangkutan Sampah

Dinas Lingkungan Hidup (DLH) Kota Cimahi mengangkut sampah rumah tangga dari Tempat Penampungan Sementara (TPS) dan, di kawasan tertentu, langsung dari depan rumah warga. Sampah dibawa ke tempat pemrosesan akhir regional. Warga diminta memilah sampah organik dan anorganik sejak dari rumah agar volume yang diangkut berkurang. Layanan ini mencakup pengangkutan rutin, pengangkutan barang besar, pendaftaran pelanggan baru, dan penanganan pengaduan. Pengolahan sampah di tingkat RW, seperti komposter dan bank sampah, tetap didorong agar sampah yang dikirim ke tempat pemrosesan akhir makin sedikit.

## Siapa yang Dilayani

Layanan ditujukan bagi rumah tangga, usaha kecil seperti warung dan kios, kantor, sekolah, serta rumah makan. Pengangkutan dari rumah ke TPS di permukiman umumnya dikelola RW dengan gerobak; iuran gerobak RW terpisah dari retribusi kota dan ditetapkan oleh pengurus RW.

## Jadwal Pengangkutan

- TPS di jalan utama: setiap hari pukul 05.00-10.00.
- Pengangkutan langsung di kawasan perumahan: Senin, Rabu, dan Jumat.
- Sampah organik terpilah: Selasa dan Sabtu.

Pengangkutan tetap berjalan pada hari libur nasional, kecuali pada 1 Syawal. Keluarkan kantong sampah paling lambat pukul 06.00 pada hari pengangkutan dan gunakan kantong yang terikat rapat. Sampah yang dikeluarkan setelah truk lewat diangkut pada jadwal berikutnya.

## Tarif Retribusi Persampahan

- Rumah tangga dengan daya listrik sampai 1.300 VA: Rp8.000 per bulan;
- Rumah tangga dengan daya listrik di atas 1.300 VA: Rp15.000 per bulan;
- Warung dan kios: Rp25.000 per bulan;
- Rumah makan dan kafe: Rp75.000 per bulan;
- Kantor dan usaha dengan volume di atas 1 m3 per hari: Rp180.000 per m3.

## Cara Berlangganan Pengangkutan Langsung

1. Isi formulir pendaftaran di kantor DLH atau melalui portal Cimahi Resik.
2. Lampirkan KTP dan rekening listrik bulan terakhir.
3. Petugas melakukan survei lokasi dalam 7 hari kerja.
4. Pengangkutan dimulai minggu berikutnya setelah hasil survei disetujui.

## Pembayaran Retribusi

Retribusi dibayar bulanan dengan kode bayar dari portal Cimahi Resik, melalui QRIS, atau di loket DLH. Batas pembayaran adalah tanggal 20 setiap bulan. Jika retribusi tidak dibayar 3 bulan berturut-turut, pengangkutan langsung dihentikan sementara sampai tunggakan dilunasi.

## Sampah Besar dan Sampah Khusus

Kasur, sofa, lemari, dan perabot besar lain diangkut melalui layanan angkut barang besar. Daftarkan paling lambat tiga hari sebelumnya; biayanya Rp50.000 per pengangkutan dengan volume paling banyak 1 m3. Sampah elektronik dan limbah B3 rumah tangga seperti baterai dan lampu diserahkan ke kotak penampungan di kantor kelurahan, tidak dicampur dengan sampah biasa. Puing bangunan tidak dilayani.

## Bank Sampah

Lebih dari 180 bank sampah unit aktif di tingkat RW menerima plastik, kertas, kardus, dan logam dari warga. Saldo tabungan sampah dapat dipakai untuk membayar retribusi persampahan atau ditukar dengan sembako. Daftar lokasi bank sampah dan harga beli setiap jenis sampah diperbarui setiap bulan di portal Cimahi Resik.

## Sanksi Membuang Sampah Sembarangan

Membuang sampah ke sungai, selokan, atau lahan kosong dikenai denda administratif hingga Rp500.000. Membakar sampah di pekarangan dikenai teguran tertulis, lalu denda Rp250.000 jika diulangi. Pengawasan dilakukan bersama Satpol PP dan aparat kelurahan.

## Pengaduan Sampah Tidak Terangkut

Jika sampah di TPS atau depan rumah tidak terangkut sesuai jadwal, kirim foto dan lokasi melalui WhatsApp 0813 2100 4455. Laporan ditindaklanjuti paling lama 2x24 jam.

## Kantor dan Jam Layanan

Kantor DLH Kota Cimahi berada di Jl. Mahar Martanegara No. 48, Cimahi. Loket layanan buka Senin sampai Jumat pukul 08.00-16.00. E-mail: kebersihan.cimahi@example.invalid.

## Pertanyaan Umum

### Kalau pindah rumah, apakah langganan bisa dipindahkan?

Bisa. Ajukan pemindahan alamat di portal Cimahi Resik tanpa biaya.

### Apakah daun dan ranting ikut diangkut?

Ya, jika diikat dengan panjang paling besar 1 meter dan dikeluarkan pada jadwal sampah organik.
"""

REKLAME = r"""
## Pengertian Izin Reklame

Izin penyelenggaraan reklame adalah persetujuan Pemerintah Kota Cimahi untuk memasang media reklame seperti papan nama usaha berukuran besar, baliho, billboard, spanduk, umbul-umbul, dan videotron. Izin diterbitkan oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Cimahi setelah mendapat rekomendasi teknis dari tim reklame. Pajak reklame dibayar terpisah kepada Bapenda Kota Cimahi. Setiap reklame yang terlihat dari jalan umum wajib memiliki izin, kecuali yang dikecualikan di halaman ini, karena pemasangan tanpa izin dapat membahayakan pengguna jalan dan merusak keindahan kota.

## Jenis Reklame

- Reklame tetap, seperti billboard, neon box, videotron, dan papan nama di atas 2 m2. Izin berlaku 1 tahun.
- Reklame insidentil, seperti spanduk, baliho acara, dan umbul-umbul. Izin berlaku paling lama 30 hari.

Papan nama usaha sampai 1 m2 yang menempel pada dinding bangunan tidak memerlukan izin, cukup dilaporkan ke kelurahan. Reklame pada kendaraan, seperti mobil boks berstiker usaha, dan reklame di dalam bangunan yang tidak terlihat dari jalan tidak termasuk dalam layanan ini.

## Persyaratan

- KTP pemohon, serta NIB untuk badan usaha;
- gambar desain, ukuran, dan naskah reklame;
- foto lokasi dan titik koordinat pemasangan;
- surat persetujuan pemilik lahan atau bangunan;
- gambar konstruksi dan perhitungan struktur yang ditandatangani tenaga ahli untuk reklame tetap di atas 12 m2;
- polis asuransi tanggung gugat untuk billboard dan videotron.

## Biaya dan Pajak Reklame

Permohonan izin tidak dipungut biaya. Pajak reklame dihitung oleh Bapenda berdasarkan ukuran, lokasi, dan lama pemasangan. Sebagai gambaran, spanduk berukuran 1 x 5 meter dikenai pajak Rp35.000 per lembar untuk 14 hari, sedangkan billboard di jalan protokol dikenai Rp275.000 per m2 per tahun. Izin baru berlaku setelah pajak dilunasi.

## Waktu Proses

Izin reklame insidentil selesai dalam 2 hari kerja. Izin reklame tetap selesai dalam 10 hari kerja, termasuk peninjauan lokasi oleh tim teknis. Waktu tersebut dihitung sejak berkas dinyatakan lengkap. Jika berkas perlu diperbaiki, pemohon mendapat pemberitahuan melalui e-mail dan diberi waktu 5 hari kerja untuk mengunggah perbaikan sebelum permohonan ditolak.

## Alur Permohonan

1. Buat akun dan ajukan permohonan di portal.
2. Petugas DPMPTSP memverifikasi berkas.
3. Tim teknis meninjau lokasi, khusus untuk reklame tetap.
4. Bapenda menerbitkan ketetapan pajak reklame dan pemohon membayar.
5. Izin terbit bersama stiker tanda izin yang wajib ditempel pada reklame.

## Pengajuan Daring

Seluruh permohonan diajukan melalui portal Cimahi Izin Mudah (https://example.invalid/cimahi/izin). Status permohonan dikirim melalui e-mail dan SMS. Dokumen izin berbentuk PDF bertanda tangan elektronik.

## Lokasi yang Dilarang

- trotoar yang mengganggu pejalan kaki, taman kota, dan median jalan;
- pohon, tiang listrik, tiang telepon, dan rambu lalu lintas;
- lingkungan sekolah, rumah ibadah, dan kantor pemerintahan untuk reklame rokok;
- radius 100 meter dari Alun-Alun Cimahi untuk reklame tetap komersial.

## Sanksi Reklame Tanpa Izin

Reklame tetap tanpa izin atau yang izinnya kedaluwarsa diberi peringatan tertulis dengan tenggat 3 hari, lalu dibongkar oleh Satpol PP. Biaya pembongkaran sebesar Rp1.500.000 per unit dibebankan kepada pemilik reklame. Spanduk tanpa izin langsung diturunkan tanpa peringatan.

## Perpanjangan Izin

Perpanjangan diajukan paling lambat 14 hari sebelum izin berakhir, dengan melampirkan foto kondisi reklame terbaru. Jika masa berlaku sudah lewat, pemohon wajib mengajukan permohonan baru. Izin reklame insidentil tidak dapat diperpanjang; ajukan izin baru untuk acara berikutnya.

## Kontak dan Jam Layanan

Gerai DPMPTSP berada di Mal Pelayanan Publik Kota Cimahi, Jl. Djulaeha Karmita No. 5. Gerai buka Senin sampai Jumat pukul 08.00-15.30. Telepon (022) 6654 2310, e-mail reklame.cimahi@example.invalid.
"""
