"""Content of the two national documents (Markdown bodies; converted per format)."""

LAST = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."

SIM = {
    "path": "id/nasional/sim-baru-perpanjangan.md",
    "fmt": "md",
    "title": "Surat Izin Mengemudi (SIM): Pembuatan Baru, Perpanjangan, Ujian dan Biaya",
    "region": "Nasional",
    "agency": "Korps Lalu Lintas Kepolisian Negara Republik Indonesia (Korlantas Polri)",
    "source": "https://example.invalid/korlantas/layanan/sim",
    "updated": "2026-02-10",
    "service": "SIM baru, perpanjangan, ujian, biaya",
    "body": """
## Tentang Layanan SIM

Surat Izin Mengemudi (SIM) adalah bukti registrasi dan identifikasi yang diberikan Polri kepada seseorang yang telah memenuhi persyaratan administrasi, sehat jasmani dan rohani, memahami peraturan lalu lintas, serta terampil mengemudikan kendaraan bermotor. Halaman ini menjelaskan pembuatan SIM baru, perpanjangan, ujian, dan biaya untuk SIM A, SIM C, SIM C I, dan SIM B I yang dilayani di seluruh Satuan Penyelenggara Administrasi SIM (Satpas) di Indonesia.

## Golongan SIM dan Batas Usia

- SIM C untuk sepeda motor sampai 250 cc, usia minimal 17 tahun.
- SIM C I untuk sepeda motor di atas 250 cc sampai 500 cc, usia minimal 18 tahun.
- SIM A untuk mobil penumpang dan barang dengan berat sampai 3.500 kg, usia minimal 17 tahun.
- SIM B I untuk mobil penumpang dan barang di atas 3.500 kg, usia minimal 20 tahun dan sudah memiliki SIM A paling singkat 12 bulan.

## Persyaratan Pembuatan SIM Baru

Pemohon SIM baru wajib membawa:

1. KTP elektronik asli dan fotokopinya (warga negara asing membawa paspor dan KITAS).
2. Surat keterangan sehat jasmani dari dokter.
3. Surat keterangan lulus tes psikologi.
4. Sertifikat pelatihan mengemudi dari sekolah mengemudi terakreditasi, khusus untuk SIM B I.
5. Bukti pendaftaran dan pembayaran, bila mendaftar secara daring.

## Tahapan Ujian Teori dan Praktik

Ujian teori dilakukan di komputer dan terdiri atas 25 soal pilihan ganda tentang rambu, marka, dan etika berlalu lintas. Pemohon dinyatakan lulus jika menjawab benar minimal 18 soal. Setelah lulus teori, pemohon mengikuti ujian praktik di lapangan Satpas: untuk SIM C antara lain zig-zag, angka delapan, dan putar balik; untuk SIM A antara lain parkir paralel, parkir seri, dan berhenti di tanjakan. Pemohon yang gagal dapat mengulang ujian paling cepat 10 hari kalender kemudian, paling banyak 3 kali dalam satu pendaftaran. Ujian ulang tidak dikenai biaya tambahan.

## Perpanjangan SIM

SIM dapat diperpanjang mulai 90 hari sebelum tanggal berakhir. Perpanjangan boleh dilakukan di Satpas mana pun di Indonesia, di gerai SIM, atau di SIM keliling, tidak harus di kota tempat SIM diterbitkan. Bawa SIM lama, KTP elektronik, surat keterangan sehat jasmani, dan hasil tes psikologi. SIM yang masa berlakunya sudah lewat lebih dari 1 hari tidak dapat diperpanjang, sehingga pemilik harus mengajukan SIM baru lengkap dengan ujian teori dan praktik.

## Biaya Penerbitan

Biaya berikut adalah Penerimaan Negara Bukan Pajak (PNBP) yang dibayar melalui bank persepsi atau kode bayar. Di luar tabel ini tidak ada pungutan resmi lain.

| Jenis layanan | Biaya |
|---|---|
| SIM A baru | Rp140.000 |
| SIM C baru | Rp110.000 |
| SIM C I baru | Rp115.000 |
| SIM B I baru | Rp150.000 |
| Perpanjangan SIM A | Rp90.000 |
| Perpanjangan SIM C | Rp85.000 |
| Perpanjangan SIM B I | Rp110.000 |
| Penggantian SIM hilang atau rusak | sama dengan perpanjangan |
| Tes psikologi | Rp45.000 |
| Pemeriksaan kesehatan jasmani | Rp35.000 |

## Lama Proses dan Masa Berlaku

Jika pemohon lulus ujian teori dan praktik pada hari yang sama, SIM baru dicetak pada hari itu juga. Perpanjangan rata-rata selesai dalam 60 menit setelah berkas diterima loket. SIM berlaku 5 tahun sejak tanggal terbit, dan tanggal berakhirnya mengikuti tanggal lahir pemilik.

## Daftar Online lewat Aplikasi LintasKita

Pendaftaran SIM baru dan perpanjangan dapat dilakukan melalui aplikasi LintasKita. Pemohon mengisi data diri, mengunggah foto KTP dan tanda tangan, memilih Satpas dan jadwal kedatangan, lalu membayar dengan kode bayar yang berlaku 24 jam. Untuk perpanjangan SIM A dan SIM C yang masih berlaku, SIM baru dapat dikirim ke alamat rumah dengan ongkos kirim Rp25.000. Tes psikologi daring juga dapat diikuti di aplikasi yang sama.

## Tempat dan Jam Pelayanan

Layanan SIM tersedia di Satpas Polres dan Polresta di setiap kabupaten dan kota. Jam pelayanan Satpas: Senin sampai Kamis pukul 08.00–14.00, Jumat pukul 08.00–11.30, dan Sabtu pukul 08.00–12.00 khusus perpanjangan. Gerai SIM di pusat perbelanjaan buka setiap hari pukul 10.00–17.00 dan hanya melayani perpanjangan. Jadwal SIM keliling diumumkan setiap minggu oleh Satlantas Polres setempat.

## Sanksi Mengemudi Tanpa SIM

Mengemudi tanpa SIM atau dengan SIM yang sudah mati dapat ditilang dengan denda paling banyak Rp1.000.000 atau kurungan paling lama 4 bulan. Pengemudi yang memiliki SIM tetapi tidak membawanya dapat didenda paling banyak Rp250.000. Tilang elektronik dapat dikonfirmasi dan dibayar melalui aplikasi LintasKita dalam 7 hari.

## Pengaduan dan Kontak

Pengaduan pungutan liar, calo, atau layanan yang lambat dapat disampaikan ke Call Center Lantas 1500-732, melalui e-mail sim@korlantas.example.invalid, atau menu Pengaduan di aplikasi LintasKita. Sertakan nama Satpas, tanggal, dan jam kejadian.

## Pertanyaan yang Sering Diajukan

**SIM saya hilang, apa yang harus dibawa?** Bawa surat keterangan kehilangan dari kepolisian, KTP elektronik, dan fotokopi SIM lama bila ada. Biayanya sama dengan perpanjangan dan tidak perlu ujian ulang.

**Apakah halaman ini juga mengatur SIM Internasional?** Tidak. SIM Internasional dan SIM untuk pengemudi angkutan umum dilayani dengan ketentuan tersendiri dan tidak dibahas di sini.

**Apakah ada jalur cepat berbayar?** Tidak ada. Semua pembayaran hanya melalui bank persepsi atau kode bayar resmi.
""",
}

JHT = {
    "path": "id/nasional/klaim-jht-bpjs-ketenagakerjaan.pdf",
    "fmt": "pdf",
    "title": "Klaim Jaminan Hari Tua (JHT) BPJS Ketenagakerjaan",
    "region": "Nasional",
    "agency": "BPJS Ketenagakerjaan",
    "source": "https://example.invalid/bpjsketenagakerjaan/program/jht/klaim",
    "updated": "2026-01-22",
    "service": "klaim JHT",
    "body": """
## Apa Itu Jaminan Hari Tua

Jaminan Hari Tua (JHT) adalah program tabungan wajib bagi pekerja yang dikelola BPJS Ketenagakerjaan. Setiap bulan pekerja penerima upah menyetor 2% dari upah dan pemberi kerja menambah 3,7% dari upah. Saldo beserta hasil pengembangannya dibayarkan sekaligus kepada peserta pada saat tertentu. Halaman ini menjelaskan siapa yang berhak mengklaim, dokumen yang dibutuhkan, cara klaim daring maupun di kantor cabang, dan lama pencairan.

## Siapa yang Berhak Mengajukan Klaim

Saldo JHT dapat dicairkan penuh apabila peserta:

- mencapai usia pensiun 56 tahun;
- berhenti bekerja karena mengundurkan diri, terkena PHK, atau kontrak kerjanya berakhir;
- meninggalkan Indonesia untuk selamanya;
- mengalami cacat total tetap;
- meninggal dunia, dan klaim diajukan oleh ahli waris.

Peserta yang berhenti bekerja baru dapat mengajukan klaim setelah masa tunggu 30 hari kalender sejak tanggal berhenti bekerja tercatat di sistem.

## Dokumen yang Harus Disiapkan

- Kartu peserta BPJS Ketenagakerjaan atau nomor kepesertaan.
- KTP elektronik dan Kartu Keluarga.
- Buku tabungan atas nama peserta sendiri.
- Surat keterangan berhenti bekerja (paklaring), surat PHK, atau perjanjian kerja yang telah berakhir.
- NPWP, khusus untuk saldo di atas Rp60.000.000.
- Untuk ahli waris: akta kematian, surat keterangan ahli waris dari kelurahan, dan KTP ahli waris.

## Klaim Sebagian Selama Masih Bekerja

Peserta yang masih aktif bekerja dan sudah terdaftar paling singkat 10 tahun dapat mencairkan sebagian saldo satu kali selama menjadi peserta: paling banyak 10% untuk persiapan masa pensiun, atau paling banyak 30% untuk kepemilikan rumah. Klaim sebagian memerlukan surat keterangan masih aktif bekerja dari perusahaan, dan klaim 30% juga memerlukan dokumen pembiayaan perumahan dari bank.

## Klaim Daring lewat Aplikasi PesertaKu

Peserta dengan saldo JHT sampai dengan Rp20.000.000 dapat mengajukan klaim seluruhnya melalui aplikasi PesertaKu tanpa datang ke kantor. Langkahnya:

1. Masuk ke aplikasi PesertaKu dan pilih menu Klaim JHT.
2. Lakukan verifikasi wajah (swafoto) sesuai foto KTP.
3. Unggah dokumen yang diminta dan isi nomor rekening atas nama sendiri.
4. Kirim pengajuan dan simpan nomor klaim yang muncul.

Saldo di atas batas tersebut diajukan lewat wawancara video atau dengan datang ke kantor cabang.

## Klaim di Kantor Cabang

Ambil nomor antrean melalui portal Antrean Cabang paling lambat satu hari sebelum kedatangan. Datang 15 menit sebelum jadwal dengan membawa dokumen asli. Kantor cabang melayani klaim Senin sampai Jumat pukul 08.00 sampai 15.00. Kuota antrean harian setiap kantor cabang terbatas, jadi pilihlah jadwal sejak awal.

## Lama Proses dan Pencairan Dana

Klaim yang berkasnya lengkap diproses paling lama 5 hari kerja. Dana ditransfer ke rekening peserta dan pemberitahuan dikirim melalui SMS dan aplikasi. Jika berkas kurang, petugas menghubungi peserta, dan peserta wajib melengkapinya dalam 14 hari kalender; lewat dari itu pengajuan dibatalkan dan harus diulang dari awal. Status klaim dapat dipantau di aplikasi PesertaKu dengan nomor klaim.

## Pajak atas Manfaat JHT

Manfaat JHT yang dibayarkan sekaligus sampai dengan Rp60.000.000 tidak dipotong pajak. Bagian di atas Rp60.000.000 dikenai PPh final 5%. Besar potongan tercantum dalam bukti potong yang dapat diunduh di aplikasi PesertaKu.

## Kepesertaan Setelah Klaim

Setelah saldo JHT dicairkan penuh, kepesertaan program JHT pada perusahaan lama berakhir. Jika peserta bekerja kembali, perusahaan baru mendaftarkannya dengan nomor kepesertaan yang sama dan saldo dimulai lagi dari nol. Riwayat kepesertaan lama tetap tercatat dan dapat dilihat di aplikasi.

## Kontak dan Pengaduan

Layanan informasi BPJS Ketenagakerjaan dapat dihubungi di 1500-917 setiap hari pukul 07.00 sampai 21.00, atau melalui e-mail layanan@bpjstk.example.invalid. Pengaduan atas klaim yang terlambat dapat disampaikan dengan menyebutkan nomor klaim.

## Pertanyaan Umum

**Apakah klaim bisa diwakilkan?** Bisa, dengan surat kuasa bermeterai dan KTP penerima kuasa, kecuali klaim lewat aplikasi yang wajib dilakukan peserta sendiri.

**Bolehkah dana ditransfer ke rekening istri atau suami?** Tidak. Rekening harus atas nama peserta, kecuali pada klaim oleh ahli waris.

**Kartu peserta saya hilang.** Cukup membawa KTP elektronik; nomor kepesertaan dapat dilihat di aplikasi PesertaKu.
""",
}

DOCS = [SIM, JHT]
