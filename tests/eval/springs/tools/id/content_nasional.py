"""The two national documents (Markdown-like source; rendered by make_docs.py)."""

PASPOR = r"""
## Tentang Paspor Biasa

Paspor biasa adalah dokumen perjalanan yang diterbitkan oleh Direktorat Jenderal Imigrasi bagi warga negara Indonesia yang akan bepergian ke luar negeri, baik untuk berwisata, beribadah umrah dan haji, belajar, maupun bekerja. Paspor biasa tersedia dalam dua bentuk, yaitu paspor non-elektronik dan paspor elektronik (e-paspor) yang dilengkapi cip berisi data biometrik pemegangnya. Keduanya berisi 48 halaman dan berlaku 10 tahun bagi pemohon dewasa.

## Siapa yang Dapat Mengajukan

Setiap warga negara Indonesia dapat mengajukan paspor biasa di kantor imigrasi mana pun, tidak harus sesuai dengan alamat di KTP. Pemohon anak yang belum berusia 17 tahun dan belum menikah wajib didampingi ayah dan ibu, atau salah satu orang tua dengan surat persetujuan dari orang tua lainnya. Paspor anak di bawah 17 tahun berlaku 5 tahun.

## Dokumen yang Harus Disiapkan

Bawa dokumen asli berikut saat datang ke kantor imigrasi:

- KTP elektronik yang masih berlaku;
- Kartu Keluarga;
- akta kelahiran, buku nikah, atau ijazah yang memuat nama, tempat dan tanggal lahir, serta nama orang tua;
- surat penetapan ganti nama dari pengadilan, jika nama pernah diubah;
- paspor lama, bagi pemohon penggantian.

Untuk pemohon anak, tambahkan KTP kedua orang tua dan akta kelahiran anak. Fotokopi tidak diperlukan karena petugas memindai dokumen asli.

## Biaya Paspor

Biaya dibayar setelah permohonan diverifikasi, melalui bank persepsi, kantor pos, atau dompet digital yang terhubung dengan aplikasi. Kode pembayaran berlaku 6 jam sejak diterbitkan; jika lewat, permohonan harus diulang.

| Jenis layanan | Tarif |
|---|---|
| Paspor non-elektronik 48 halaman (10 tahun) | Rp385.000 |
| Paspor elektronik 48 halaman (10 tahun) | Rp680.000 |
| Layanan percepatan selesai hari yang sama | tambahan Rp1.100.000 |
| Denda paspor hilang | Rp1.250.000 |
| Denda paspor rusak | Rp600.000 |

## Mendaftar Lewat Aplikasi Paspor Kita

Semua permohonan dimulai dari aplikasi Paspor Kita yang tersedia untuk ponsel Android dan iOS.

1. Buat akun dengan alamat e-mail dan nomor ponsel aktif.
2. Pilih jenis permohonan: baru, penggantian, atau hilang/rusak.
3. Unggah foto KTP dan dokumen pendukung.
4. Pilih kantor imigrasi serta tanggal dan jam kedatangan.
5. Bayar biaya sesuai kode pembayaran yang muncul.
6. Datang pada jadwal yang dipilih untuk wawancara, foto, dan pengambilan sidik jari.

Kuota harian dibuka setiap hari pukul 17.00 WIB untuk jadwal dua minggu ke depan.

## Lama Penyelesaian

Paspor selesai dalam 4 hari kerja setelah wawancara dan pembayaran terverifikasi. Pemohon layanan percepatan menerima paspor pada hari yang sama jika wawancara selesai sebelum pukul 12.00. Paspor dapat diambil sendiri atau dikirim ke alamat rumah melalui pos dengan ongkos kirim sesuai tarif pos. Paspor yang tidak diambil dalam 30 hari dibatalkan dan biayanya tidak dikembalikan.

## Penggantian Paspor Habis Berlaku atau Penuh

Penggantian boleh diajukan kapan saja, termasuk ketika masa berlaku masih tersisa, karena banyak negara mensyaratkan sisa masa berlaku paspor paling sedikit 6 bulan. Bawa paspor lama; paspor itu akan dilubangi dan dikembalikan kepada pemohon. Akta kelahiran atau ijazah tidak perlu dibawa lagi jika data di paspor lama sama dengan KTP.

## Paspor Hilang atau Rusak

Jika paspor hilang, segera buat surat keterangan hilang dari kepolisian, lalu ajukan permohonan di aplikasi dengan memilih jenis hilang/rusak. Pemohon menjalani pemeriksaan oleh petugas yang dituangkan dalam berita acara pemeriksaan (BAP). Penggantian paspor hilang dikenai denda Rp1.250.000 dan paspor rusak Rp600.000, di luar biaya paspor baru. Denda tidak dikenakan jika paspor hilang atau rusak karena bencana alam yang dibuktikan dengan surat keterangan dari BPBD. Paspor pengganti untuk kasus hilang selesai paling lama 7 hari kerja setelah BAP.

## Jam Layanan Kantor Imigrasi

Kantor imigrasi melayani permohonan paspor pada hari Senin sampai Jumat pukul 07.30-15.30 waktu setempat. Sebagian kantor membuka layanan Sabtu pukul 08.00-12.00 khusus bagi pemohon yang sudah memiliki jadwal di aplikasi. Datanglah 30 menit sebelum jadwal; pemohon yang terlambat lebih dari 60 menit harus mendaftar ulang.

## Di Luar Cakupan Halaman Ini

Halaman ini hanya membahas paspor biasa. Paspor dinas, paspor diplomatik, dan Surat Perjalanan Laksana Paspor (SPLP) diurus melalui kementerian atau perwakilan Republik Indonesia dengan ketentuan tersendiri dan tidak dilayani lewat aplikasi Paspor Kita.

## Pertanyaan yang Sering Diajukan

### Bolehkah membuat paspor di kota lain, bukan sesuai KTP?

Boleh. Anda dapat memilih kantor imigrasi mana pun di Indonesia.

### Apakah harus membawa fotokopi dokumen?

Tidak. Cukup dokumen asli, karena semuanya dipindai di loket.

### Bagaimana jika jadwal di aplikasi selalu penuh?

Buka aplikasi tepat ketika kuota baru dirilis, atau pilih kantor imigrasi lain yang berdekatan.

## Kontak dan Pengaduan

Pusat panggilan imigrasi dapat dihubungi di nomor 1500 486 setiap hari pukul 07.00-21.00 WIB, atau melalui e-mail paspor@example.invalid. Keluhan tentang pungutan liar dapat dilaporkan melalui menu Pengaduan di aplikasi Paspor Kita.
"""

BPJS = r"""
## Apa Itu Peserta Mandiri

Peserta mandiri atau Pekerja Bukan Penerima Upah (PBPU) adalah peserta Program Jaminan Kesehatan Nasional (JKN) yang membayar iuran sendiri, misalnya pedagang, petani, pekerja lepas, pengemudi ojek daring, dan pemilik usaha kecil. Kartu JKN yang aktif dapat digunakan di puskesmas, klinik, dan rumah sakit yang bekerja sama dengan BPJS Kesehatan di seluruh Indonesia.

## Siapa yang Harus Mendaftar

Seluruh anggota keluarga yang tercantum dalam satu Kartu Keluarga wajib didaftarkan sekaligus dan memilih kelas perawatan yang sama. Warga yang bekerja pada pemberi kerja didaftarkan oleh kantornya, bukan sebagai peserta mandiri. Warga tidak mampu dapat diusulkan sebagai Penerima Bantuan Iuran (PBI) melalui dinas sosial setempat; pengusulan PBI tidak dibahas di halaman ini.

## Persyaratan Pendaftaran

- NIK yang sudah terdaftar di Dukcapil;
- Kartu Keluarga;
- nomor ponsel dan alamat e-mail aktif;
- nomor rekening tabungan atas nama salah satu anggota keluarga untuk autodebet iuran;
- pas foto terbaru ukuran 3x4, khusus pendaftaran di kantor cabang.

## Besaran Iuran Bulanan

Iuran dibayar per orang per bulan sesuai kelas yang dipilih:

- Kelas I: Rp162.500 per orang;
- Kelas II: Rp108.000 per orang;
- Kelas III: Rp44.000 per orang, dengan bantuan pemerintah Rp8.000 sehingga peserta cukup membayar Rp36.000.

Contoh: keluarga berisi empat orang di Kelas II membayar Rp432.000 setiap bulan.

## Masa Aktif Kartu

Setelah pendaftaran disetujui, peserta menerima nomor virtual account melalui e-mail. Iuran pertama dibayar paling cepat 21 hari dan paling lambat 30 hari setelah pendaftaran. Kartu langsung aktif begitu iuran pertama terbayar. Jika iuran pertama tidak dibayar dalam 30 hari, pendaftaran dibatalkan dan harus diulang.

## Daftar Lewat Aplikasi JKN Genggam

1. Unduh aplikasi JKN Genggam dan pilih menu Pendaftaran Peserta Baru.
2. Masukkan NIK seluruh anggota keluarga sesuai Kartu Keluarga.
3. Pilih kelas perawatan dan fasilitas kesehatan tingkat pertama, yaitu puskesmas atau klinik.
4. Isi data rekening untuk autodebet.
5. Simpan nomor virtual account yang dikirim melalui e-mail.

Pendaftaran juga dapat dilakukan lewat layanan Chat Sahabat JKN di WhatsApp 0811 8700 215.

## Pembayaran, Keterlambatan, dan Tunggakan

Iuran dibayar paling lambat tanggal 15 setiap bulan melalui autodebet, bank, kantor pos, minimarket, atau dompet digital. Jika terlambat, kartu dinonaktifkan mulai tanggal 16. Kartu aktif kembali setelah seluruh tunggakan dilunasi; tunggakan dihitung paling banyak 24 bulan. Dalam 45 hari setelah kartu aktif kembali, peserta yang menjalani rawat inap dikenai denda pelayanan sebesar 4% dari biaya rawat inap dikali jumlah bulan tertunggak, paling banyak 12 bulan, dengan denda paling tinggi Rp27.500.000.

## Program Cicilan Tunggakan

Peserta yang menunggak lebih dari 3 bulan dapat mengikuti program Cicil Sehat, yaitu pelunasan tunggakan secara bertahap paling lama 10 kali angsuran bulanan. Pendaftaran program dilakukan lewat menu Cicil Sehat di aplikasi JKN Genggam. Selama masa cicilan kartu belum aktif; kartu aktif kembali setelah angsuran terakhir dibayar.

## Pindah Kelas Perawatan

Peserta dapat naik atau turun kelas paling cepat 9 bulan setelah terdaftar atau setelah perubahan kelas sebelumnya. Perubahan berlaku untuk seluruh anggota keluarga dalam satu Kartu Keluarga dan hanya diproses jika tidak ada tunggakan. Ajukan lewat menu Ubah Kelas di aplikasi; kelas baru berlaku mulai bulan berikutnya.

## Kantor Cabang dan Jam Pelayanan

Kantor cabang BPJS Kesehatan melayani pada hari Senin sampai Jumat pukul 08.00-15.00 waktu setempat. Nomor antrean dapat diambil lebih dulu melalui menu Antrean di aplikasi. Pada hari Sabtu, sebagian mal pelayanan publik membuka loket BPJS Kesehatan pukul 08.00-12.00.

## Tanya Jawab

### Bolehkah hanya mendaftarkan sebagian anggota keluarga?

Tidak. Semua nama dalam satu Kartu Keluarga harus didaftarkan bersama.

### Bagaimana jika saya berhenti bekerja dari kantor?

Ajukan peralihan menjadi peserta mandiri dalam 30 hari sejak status pekerja berakhir agar tidak ada jeda masa aktif.

### Apakah bayi baru lahir perlu didaftarkan?

Ya. Bayi wajib didaftarkan paling lambat 28 hari setelah lahir agar biaya perawatannya dijamin.

## Hubungi Kami

BPJS Kesehatan Care Center dapat dihubungi di nomor 1500 733 selama 24 jam, atau melalui e-mail kepesertaan@example.invalid.
"""
