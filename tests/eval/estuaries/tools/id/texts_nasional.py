"""Texts of the two national documents (Markdown-lite: ## sections, ### FAQ, | tables)."""

END = "Dokumen evaluasi: angka, alamat dan jam layanan di halaman ini adalah rekaan."

PRAKERJA = """# Program Kartu Prakerja: Pendaftaran, Pelatihan dan Insentif

## Tentang Program Ini

Kartu Prakerja adalah program pengembangan kompetensi kerja dan kewirausahaan yang dikelola oleh Manajemen Pelaksana Program Kartu Prakerja. Program ini memberikan bantuan biaya pelatihan dan insentif kepada pencari kerja, pekerja yang terkena pemutusan hubungan kerja, serta pelaku usaha mikro yang ingin meningkatkan keterampilan.

## Persyaratan Calon Peserta

Pendaftar wajib memenuhi ketentuan berikut:

- Warga Negara Indonesia berusia paling rendah 18 tahun dan tidak sedang menempuh pendidikan formal.
- Memiliki Nomor Induk Kependudukan yang terdaftar pada Dukcapil.
- Bukan anggota TNI, Polri, ASN, kepala desa atau perangkat desa, serta bukan anggota DPR dan DPRD.
- Dalam satu Kartu Keluarga paling banyak 2 orang penerima Kartu Prakerja.

## Cara Membuat Akun dan Mendaftar

Pendaftaran hanya dilakukan secara daring melalui portal resmi program. Calon peserta membuat akun dengan alamat surel dan nomor ponsel aktif, memverifikasi NIK dan foto KTP, mengisi data diri, lalu mengerjakan Tes Motivasi dan Kemampuan Dasar dengan durasi 15 menit. Setelah tes selesai, peserta menekan tombol Gabung Gelombang.

## Seleksi per Gelombang

Penerimaan peserta dibuka dalam beberapa gelombang setiap tahun. Setiap gelombang dibuka selama 4 hari kalender. Hasil seleksi diumumkan melalui SMS dan dasbor akun paling lambat 5 hari kalender setelah gelombang ditutup. Pendaftar yang belum lolos akan otomatis diikutsertakan dalam gelombang berikutnya tanpa perlu mendaftar ulang, sampai 3 kali berturut-turut.

## Pemilihan dan Penyelesaian Pelatihan

Peserta yang lolos wajib membeli pelatihan pertama paling lambat 30 hari kalender sejak penetapan kepesertaan. Apabila batas waktu itu terlewati, kepesertaan dicabut dan saldo dikembalikan ke kas negara. Pelatihan dapat berbentuk daring, luring, atau campuran dan dipilih melalui mitra platform digital yang tercantum di dasbor.

## Nilai Bantuan yang Diterima

| Komponen | Nilai per peserta |
|---|---|
| Bantuan biaya pelatihan | Rp 3.750.000 |
| Insentif pasca pelatihan | Rp 650.000 (satu kali) |
| Insentif pengisian survei | Rp 50.000 per survei, paling banyak 2 survei |

## Pencairan Insentif

Insentif pasca pelatihan dibayarkan setelah peserta menyelesaikan pelatihan pertama dan memberikan ulasan. Dana ditransfer ke rekening bank atau dompet digital yang telah ditautkan paling lambat 10 hari kerja sejak sertifikat terbit. Nama pemilik rekening wajib sama dengan nama pada KTP.

## Pencabutan Kepesertaan

Kepesertaan dicabut apabila peserta memberikan data yang tidak benar, memperjualbelikan akun, atau menukar saldo pelatihan dengan uang tunai. Peserta yang dicabut wajib mengembalikan seluruh bantuan yang telah diterima dan tidak dapat mendaftar kembali.

## Layanan di Luar Program Ini

Halaman ini tidak membahas bantuan sosial tunai seperti PKH atau BLT, yang diurus melalui Dinas Sosial setempat. Pelatihan tatap muka di Balai Latihan Kerja pemerintah daerah juga tidak termasuk program ini; tanyakan langsung kepada Dinas Tenaga Kerja kabupaten atau kota.

## Tanya Jawab

### Apakah peserta yang pernah menerima Kartu Prakerja dapat mendaftar lagi?

Tidak. Setiap NIK hanya dapat menjadi penerima satu kali.

### Bagaimana jika nomor ponsel saya hilang?

Ajukan penggantian nomor melalui menu Bantuan di dasbor dengan mengunggah swafoto bersama KTP. Proses verifikasi memerlukan waktu 3 hari kerja.

### Apakah pelatihan boleh diikuti dari ponsel?

Boleh, selama pelatihan yang dipilih berbentuk daring.

## Kontak Layanan

Pusat kontak melayani setiap hari pukul 08.00–20.00 WIB melalui telepon (021) 5091-7740, surel bantuan@prakerja.example.invalid, dan formulir daring di https://prakerja.example.invalid/bantuan.

""" + END + "\n"

SAMSAT = """# Pembayaran Pajak Kendaraan Tahunan dan Pengesahan STNK di Samsat

## Ruang Lingkup Layanan

Sistem Administrasi Manunggal Satu Atap (Samsat) adalah layanan terpadu antara Kepolisian, Badan Pendapatan Daerah provinsi, dan PT Jasa Raharja. Setiap tahun pemilik kendaraan wajib membayar Pajak Kendaraan Bermotor (PKB) dan Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan (SWDKLLJ) sekaligus mengesahkan STNK.

## Berkas yang Harus Dibawa

Untuk pengesahan tahunan, wajib pajak membawa STNK asli dan KTP asli pemilik yang namanya tercantum di STNK. Bila pembayaran diwakilkan, sertakan surat kuasa bermeterai serta fotokopi KTP penerima kuasa. BPKB tidak perlu dibawa untuk pengesahan tahunan.

## Urutan Pelayanan di Kantor Samsat

1. Ambil nomor antrean dan serahkan berkas ke loket pendaftaran.
2. Tunggu panggilan penetapan pajak dan periksa rincian tagihan.
3. Bayar di loket kasir atau kanal pembayaran yang tersedia.
4. Ambil STNK yang telah disahkan di loket penyerahan.

Seluruh proses pengesahan tahunan di loket selesai dalam waktu sekitar 45 menit pada hari kerja biasa.

## Penggantian STNK dan Pelat Lima Tahunan

Setiap 5 tahun STNK diterbitkan ulang dan Tanda Nomor Kendaraan Bermotor (pelat nomor) diganti. Pada pengurusan lima tahunan, kendaraan wajib dibawa untuk cek fisik nomor rangka dan nomor mesin, dan pemilik membawa BPKB asli. Pelat baru dapat diambil paling lambat 14 hari kerja setelah pembayaran.

## Rincian Biaya

| Komponen | Sepeda motor | Mobil penumpang |
|---|---|---|
| SWDKLLJ per tahun | Rp 32.000 | Rp 140.000 |
| Penerbitan STNK (lima tahunan) | Rp 95.000 | Rp 190.000 |
| Penerbitan TNKB (lima tahunan) | Rp 55.000 | Rp 95.000 |

Besaran PKB dihitung dari nilai jual kendaraan dan tarif daerah masing-masing provinsi dan tercantum pada notice pajak.

## Sanksi atas Keterlambatan

Keterlambatan membayar PKB dikenakan denda 2 persen per bulan dari pokok pajak, paling lama 24 bulan. Keterlambatan SWDKLLJ dikenakan denda tetap sebesar Rp 35.000 untuk sepeda motor dan Rp 100.000 untuk mobil penumpang.

## Pembayaran Secara Daring

Pengesahan tahunan dapat dilakukan tanpa datang ke kantor melalui aplikasi SAMSAT-KITA. Setelah pembayaran berhasil, bukti pengesahan elektronik dikirim dalam bentuk e-TBPKP, dan stiker pengesahan dikirim ke alamat pemilik paling lambat 7 hari kerja. Layanan daring tidak dapat dipakai untuk penggantian pelat lima tahunan.

## Waktu Pelayanan

Kantor Samsat induk melayani Senin sampai Jumat pukul 08.00–14.30 dan Sabtu pukul 08.00–11.30. Gerai Samsat di pusat perbelanjaan buka pukul 10.00–17.00.

## Yang Tidak Dilayani Melalui Halaman Ini

Balik nama kendaraan (BBNKB), mutasi kendaraan antarprovinsi, dan penerbitan BPKB baru tidak dibahas di sini; urusan tersebut diproses di kantor Samsat induk bersama Satuan Lalu Lintas Polres. Pembuatan atau perpanjangan SIM juga tidak termasuk layanan ini.

## Pertanyaan Umum

### Bolehkah membayar pajak kendaraan milik orang lain?

Boleh, dengan membawa STNK asli, KTP pemilik dan surat kuasa.

### Apakah STNK yang hilang bisa diurus bersamaan?

Bisa, dengan melampirkan surat keterangan kehilangan dari kepolisian. Penerbitan STNK pengganti memerlukan 3 hari kerja.

### Apakah bisa membayar di luar provinsi?

Pembayaran tahunan hanya dapat dilakukan di provinsi tempat kendaraan terdaftar, kecuali melalui aplikasi.

## Layanan Informasi

Pertanyaan seputar tagihan dapat disampaikan ke pusat informasi Samsat di nomor 0800-1400-727 atau surel info@samsat.example.invalid.

""" + END + "\n"
