"""The two national documents (Kartu Keluarga, BPJS Kesehatan mandiri), as Markdown bodies."""

END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = ("Dokumen untuk set evaluasi: semua biaya, tarif, tenggat, lama proses, jam layanan, "
        "alamat, nomor telepon dan nama aplikasi adalah rekaan.")

KK = {
    "path": "id/nasional/kartu-keluarga.md",
    "fields": {
        "title": "Kartu Keluarga (KK): Buat Baru, Tambah Anggota, Ubah Data dan Ganti yang Hilang",
        "lang": "id",
        "country": "ID",
        "region": "Nasional",
        "agency": "Direktorat Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri",
        "source": "https://dukcapil.example.invalid/layanan/kartu-keluarga",
        "updated": "2026-02-16",
        "note": NOTE,
    },
    "body": f"""# Kartu Keluarga (KK): Buat Baru, Tambah Anggota, Ubah Data dan Ganti yang Hilang

## Apa Itu Kartu Keluarga

Kartu Keluarga (KK) adalah dokumen kependudukan yang memuat susunan dan hubungan dalam keluarga serta identitas setiap anggotanya. Setiap KK memiliki nomor yang berlaku secara nasional dan tercatat dalam database kependudukan yang dikelola Direktorat Jenderal Kependudukan dan Pencatatan Sipil (Ditjen Dukcapil). KK dipakai untuk hampir semua urusan: pendaftaran sekolah, jaminan kesehatan, perbankan, sampai bantuan sosial.

Permohonan dilayani oleh Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) kabupaten/kota sesuai alamat pemohon, tetapi aturan dan alurnya sama di seluruh Indonesia.

## Siapa yang Dapat Mengajukan

- Kepala keluarga atau anggota keluarga yang sudah berusia 17 tahun atau sudah menikah.
- Pasangan yang baru menikah dan ingin memiliki KK sendiri (pisah dari KK orang tua).
- Orang yang diberi kuasa oleh keluarga, dengan surat kuasa bermeterai dan KTP-el penerima kuasa.

## Jenis Layanan KK

Ada lima layanan yang paling sering diminta warga:

- KK baru, misalnya setelah menikah atau pisah dari KK orang tua.
- Penambahan anggota keluarga, misalnya bayi yang baru lahir atau kerabat yang menumpang.
- Perubahan data, misalnya pendidikan, pekerjaan, status perkawinan atau golongan darah.
- Penggantian KK yang hilang atau rusak.
- Cetak KK mandiri di rumah.

## Dokumen yang Disiapkan

### KK baru

- Buku nikah atau akta perkawinan.
- KK orang tua dari kedua pasangan.
- Formulir Permohonan KK-01 yang sudah diisi dan ditandatangani.

### Penambahan anggota

- KK yang akan ditambah.
- Akta kelahiran bayi, atau surat keterangan pindah bagi anggota yang datang dari daerah lain.

### Perubahan data

- KK asli dan bukti perubahannya, misalnya ijazah terbaru, surat keterangan kerja atau akta cerai.

### KK hilang atau rusak

- Surat keterangan kehilangan dari kepolisian, atau fisik KK yang rusak.
- KTP-el kepala keluarga.

## Langkah Pengajuan

1. Siapkan dokumen dalam bentuk foto atau hasil pindai yang jelas dan tidak terpotong.
2. Ajukan lewat aplikasi Adminduk Genggam, atau datang ke loket Disdukcapil maupun kantor kelurahan yang melayani.
3. Petugas memeriksa berkas. Bila ada yang kurang, pemohon diberi tahu lewat notifikasi aplikasi atau SMS dan dapat melengkapinya tanpa mengulang dari awal.
4. Setelah disetujui, KK dikirim dalam bentuk berkas PDF bertanda tangan elektronik untuk dicetak sendiri.

## Biaya

Semua layanan KK tidak dipungut biaya. Tidak ada biaya cetak, biaya formulir atau "uang lelah". Jika ada petugas atau calo yang meminta bayaran, laporkan lewat kanal pengaduan di bagian Kontak.

## Lama Penyelesaian

| Layanan | Waktu penyelesaian |
|---|---|
| KK baru | 3 hari kerja |
| Penambahan anggota | 2 hari kerja |
| Perubahan data | 2 hari kerja |
| KK hilang atau rusak | 1 hari kerja |

Waktu dihitung sejak berkas dinyatakan lengkap, bukan sejak pertama kali diunggah.

## Mencetak KK Sendiri

Karena KK sudah memakai tanda tangan elektronik, KK tidak lagi dicetak di kertas khusus. Warga boleh mencetak sendiri berkas PDF yang diterima:

- Cetak pada kertas HVS A4 80 gram, berwarna atau hitam putih.
- Jangan mengubah skala halaman; kode QR di pojok kanan bawah harus utuh dan terbaca.
- KK hasil cetak sendiri sah dan sama kedudukannya dengan yang dicetak petugas.
- Kata sandi berkas PDF adalah 6 digit terakhir NIK kepala keluarga.

Berkas yang terhapus dapat diunduh ulang dari menu "Dokumen Saya" di aplikasi, paling banyak 5 kali dalam sebulan.

## Keadaan Khusus

- Anak yang lahir di luar negeri dicatat lebih dulu di perwakilan RI setempat sebelum ditambahkan ke KK.
- Perubahan nama atau agama pada KK memerlukan penetapan pengadilan atau dokumen pendukung lain; prosesnya 5 hari kerja.
- Layanan ini tidak termasuk penerbitan KTP-el, akta kelahiran dan surat pindah antarkota; ketiganya memiliki alur tersendiri.

## Pertanyaan yang Sering Diajukan

### Apakah KK lama harus dikembalikan?

Tidak perlu diserahkan, tetapi KK lama otomatis tidak berlaku sejak KK baru terbit dan sebaiknya dimusnahkan.

### Bolehkah KK dicetak di kertas F4 atau folio?

Tidak disarankan. Gunakan ukuran A4 supaya kode QR tidak terpotong atau bergeser.

### Bayi baru lahir, apakah langsung masuk KK?

Ya. Jika akta kelahiran diurus bersamaan, anak langsung ditambahkan ke KK orang tuanya tanpa permohonan terpisah.

### Saya kehilangan KK saat merantau, bisa diurus dari kota lain?

Bisa diajukan lewat aplikasi dari mana saja. Verifikasi tetap dilakukan oleh Disdukcapil sesuai alamat dalam KK.

## Kontak

- Pusat panggilan Dukcapil: 1500-884 (Senin–Jumat, 08.00–16.00 WIB)
- Surel: layanan.kk@dukcapil.example.invalid
- Aplikasi: Adminduk Genggam

{END}
""",
}

BPJS = {
    "path": "id/nasional/bpjs-kesehatan-mandiri.md",
    "fields": {
        "title": "Peserta Mandiri BPJS Kesehatan: Pendaftaran, Kelas, Iuran, Tunggakan dan Pindah Faskes",
        "lang": "id",
        "country": "ID",
        "region": "Nasional",
        "agency": "BPJS Kesehatan",
        "source": "https://bpjs-kesehatan.example.invalid/peserta/mandiri",
        "updated": "2026-03-02",
        "note": NOTE,
    },
    "body": f"""# Peserta Mandiri BPJS Kesehatan: Pendaftaran, Kelas, Iuran, Tunggakan dan Pindah Faskes

## Siapa Peserta Mandiri

Peserta mandiri adalah peserta Program Jaminan Kesehatan Nasional (JKN) yang membayar iuran sendiri, bukan dipotong dari gaji dan bukan dibayar pemerintah. Kelompok ini disebut Pekerja Bukan Penerima Upah (PBPU) dan Bukan Pekerja (BP), misalnya pedagang, petani, pengemudi ojek daring, pekerja lepas, pemilik usaha kecil, atau pensiunan yang tidak lagi ditanggung.

## Syarat Pendaftaran

- Warga negara Indonesia, atau warga negara asing yang sudah tinggal di Indonesia paling sedikit 6 bulan.
- Seluruh anggota keluarga yang tercantum dalam satu Kartu Keluarga wajib didaftarkan bersama dan memilih kelas yang sama.
- NIK sudah terdaftar dan aktif di database kependudukan.
- Memiliki rekening bank atas nama peserta atau anggota keluarga untuk pembayaran autodebet.

## Dokumen yang Diunggah

- Foto KTP-el dan Kartu Keluarga.
- Pasfoto terbaru ukuran 3x4.
- Nomor telepon seluler dan alamat surel yang aktif.
- Formulir Daftar Isian Peserta (DIP) yang diisi langsung di aplikasi.

## Cara Mendaftar

- Lewat aplikasi JKN Genggam: pilih menu "Pendaftaran Peserta Baru", isi data, lalu pilih kelas dan fasilitas kesehatan tingkat pertama (FKTP).
- Lewat layanan WhatsApp Sapa JKN di nomor 0811-4400-771.
- Datang ke kantor cabang BPJS Kesehatan terdekat dengan membawa dokumen asli.

Setelah data diterima, peserta mendapat nomor virtual account untuk membayar iuran pertama. Kartu baru aktif 21 hari setelah pendaftaran disetujui dan iuran pertama dibayar; selama masa tunggu itu layanan belum dapat dipakai.

## Kelas dan Besaran Iuran

| Kelas | Iuran per orang per bulan | Ruang rawat inap |
|---|---|---|
| Kelas I | Rp172.000 | 2 tempat tidur per kamar |
| Kelas II | Rp118.000 | 3 sampai 4 tempat tidur per kamar |
| Kelas III | Rp46.000 | 4 sampai 6 tempat tidur per kamar |

Iuran dihitung per jiwa. Contoh: keluarga berempat di Kelas II membayar Rp472.000 setiap bulan.

## Jadwal dan Cara Membayar

Iuran dibayar paling lambat tanggal 12 setiap bulan untuk bulan berjalan. Pembayaran dapat dilakukan lewat autodebet, teller dan ATM bank, gerai minimarket, kantor pos, atau menu pembayaran di aplikasi. Iuran boleh dibayar di muka sampai 12 bulan sekaligus.

## Tunggakan dan Denda Pelayanan

Jika iuran tidak dibayar sampai akhir bulan, kepesertaan dinonaktifkan mulai tanggal 1 bulan berikutnya. Untuk mengaktifkan kembali, seluruh tunggakan harus dilunasi; tunggakan yang ditagih paling banyak 24 bulan.

Denda pelayanan dikenakan bila peserta menjalani rawat inap dalam 45 hari sejak kepesertaan aktif kembali. Besarnya 4% dari biaya diagnosa awal rawat inap dikalikan jumlah bulan tertunggak (paling banyak 12 bulan), dengan batas tertinggi Rp27.500.000. Denda ini tidak berlaku untuk rawat jalan.

Peserta yang kesulitan melunasi dapat mengikuti program Cicil Iuran di aplikasi, dengan tunggakan dibagi paling banyak 6 kali pembayaran.

## Pindah Kelas

Pindah kelas, naik maupun turun, dapat diajukan setelah menjadi peserta paling sedikit 12 bulan di kelas yang sama. Semua anggota keluarga dalam satu KK ikut pindah, dan tidak boleh ada tunggakan. Kelas baru berlaku mulai tanggal 1 bulan berikutnya.

## Mengganti Klinik atau Puskesmas (FKTP)

Peserta boleh pindah FKTP setelah terdaftar paling sedikit 90 hari di FKTP lama. Perubahan diajukan lewat aplikasi dan berlaku mulai tanggal 1 bulan berikutnya. Peserta yang pindah alamat atau bertugas di kota lain dapat pindah FKTP kapan saja dengan melampirkan bukti alamat baru.

## Di Luar Cakupan Halaman Ini

Halaman ini tidak membahas peserta Penerima Bantuan Iuran (PBI) yang iurannya dibayar pemerintah, maupun pekerja penerima upah yang iurannya dipotong dari gaji. Program BPJS Ketenagakerjaan dikelola lembaga yang berbeda.

## Tanya Jawab

**Kartu saya nonaktif karena telat 3 bulan, apakah langsung kena denda?**

Tunggakan 3 bulan wajib dilunasi lebih dulu. Denda pelayanan hanya muncul jika Anda dirawat inap dalam 45 hari setelah kartu aktif kembali.

**Bolehkah saya mendaftar sendiri tanpa anggota keluarga lain?**

Tidak. Seluruh anggota keluarga dalam satu KK harus didaftarkan bersama.

**Bisakah membayar iuran beberapa bulan sekaligus?**

Bisa, sampai 12 bulan di muka lewat kanal pembayaran mana pun.

**Bagaimana mengganti nomor HP yang terdaftar?**

Gunakan menu "Ubah Data Peserta" di aplikasi; perubahan berlaku dalam 1 hari kerja.

## Kontak

- Pusat layanan BPJS Kesehatan: 1500-771 (24 jam)
- WhatsApp Sapa JKN: 0811-4400-771
- Surel: peserta@bpjs-kesehatan.example.invalid

{END}
""",
}

DOCS = [KK, BPJS]
